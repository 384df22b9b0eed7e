// Whether a word is ordinary English: asked of a sentence's first word (is it a name?) and of a
// text's words (is it English copy?).
import { ENGLISH_WORD_KEYS } from "./bloom.js";
import { STOPWORDS } from "./stopwords.js";

const POSSESSIVE = /['’]s?$/u;

/**
 * Abbreviations of wire copy and its tables that the word list leaves out: a row label (Shr, Revs,
 * Avg shrs) opens its line like a sentence and is no name.
 */
export const WIRE_ABBREVIATIONS = new Set(
  `shr shrs qtr qtly revs rev oper avg div mths mth wks yr yrs dlr dlrs cts pct mln bln vs inc corp ltd co
  plc prev est approx`.split(/\s+/u),
);
/**
 * A Latin word without a vowel is an abbreviation (Mths, Shr, Qtly, Pty), not a name. Y is a vowel
 * inside a word (Smyth, Lynch, Flynn, Byrd, Sky) but not in a final "ly" or "ty" (Qtly, Wkly, Pty).
 */
export const LATIN_WITHOUT_VOWEL = /^(?:[b-df-hj-np-tv-xz]+|[b-df-hj-np-tv-xz]*[lt]y)$/u;

/** Whether a word is an ordinary English word: every part of a compound, without its possessive. */
export function isEnglishWord(word: string): boolean {
  const bare = word.replace(POSSESSIVE, "").toLowerCase().replace(/’/gu, "'");
  // Contractions (It's, Don't, We'll) are ordinary words the list leaves out.
  if (bare.includes("'")) return true;
  if (WIRE_ABBREVIATIONS.has(bare) || LATIN_WITHOUT_VOWEL.test(bare)) return true;
  // The list leaves out a few function words ("a", "I", "Mr"); the stopwords have them.
  const parts = bare.split(/[-‐]/u);
  return parts.every((part, k) => part === "" || STOPWORDS.has(part) || (k < parts.length - 1 && HYPHENATED_PREFIXES.has(part)) || ENGLISH_WORD_KEYS.mayContain(part));
}

/** Prefixes English writes with a hyphen before a word ("pre-war", "non-EU", "co-founder"), which the word list holds no entry for alone. */
const HYPHENATED_PREFIXES: ReadonlySet<string> = new Set(
  "pre post anti pro non co ex mid multi semi sub super inter intra trans self cross counter neo ultra mini micro macro quasi pseudo".split(" "),
);


/**
 * Bases shorter than this say nothing: the word list holds single letters and short abbreviations
 * ("re", "fr", "t"), so "Reed" is no "re" + "ed" and "Ted" no "t" + "ed".
 */
const SHORTEST_BASE = 3;
const DOUBLED_CONSONANT = /([b-df-hj-np-tv-z])\1$/u;
/** A final s that may make a plural: not a possessive's, not a double s ("Congress"). */
const PLURAL_S = /[^'’s]s$/u;

/**
 * Whether a word is an English word's plural, past form, "-ing" form or adverb, by the word list:
 * "Officials" (official), "Asked" (ask), "Stopped" (stop), "Using" (use), "Likely" (like). A name
 * that only ends as they do is none: "Reed", "Kelly", "King", "Fleming", "Edwards".
 */
export function isInflectedEnglishWord(word: string): boolean {
  const lower = word.toLowerCase();
  const bases: string[] = [];
  const undoubled = (stem: string) => {
    if (DOUBLED_CONSONANT.test(stem)) bases.push(stem.slice(0, -1));
  };
  if (PLURAL_S.test(lower)) {
    bases.push(lower.slice(0, -1));
    if (lower.endsWith("es")) bases.push(lower.slice(0, -2));
    if (lower.endsWith("ies")) bases.push(`${lower.slice(0, -3)}y`);
  } else if (lower.endsWith("ed")) {
    const stem = lower.slice(0, -2);
    bases.push(stem, lower.slice(0, -1));
    undoubled(stem);
    if (lower.endsWith("ied")) bases.push(`${lower.slice(0, -3)}y`);
  } else if (lower.endsWith("ing")) {
    const stem = lower.slice(0, -3);
    bases.push(stem, `${stem}e`);
    undoubled(stem);
    if (stem.endsWith("y")) bases.push(`${stem.slice(0, -1)}ie`);
  } else if (lower.endsWith("ly")) {
    bases.push(lower.slice(0, -2));
    if (lower.endsWith("ily")) bases.push(`${lower.slice(0, -3)}y`);
    if (lower.endsWith("ally")) bases.push(lower.slice(0, -4));
    if (lower.endsWith("bly")) bases.push(`${lower.slice(0, -1)}e`);
  }
  return bases.some((base) => base.length >= SHORTEST_BASE && isEnglishWord(base));
}

/** The shortest word a misspelling is looked for in: shorter ones are too often another word. */
const SHORTEST_MISSPELLED = 3;
/** Edits a misspelling may be from its word: one in a short word, two from this length on. */
const TWO_EDITS_FROM = 6;
const LOWER_LATIN_WORD = /^[a-z]+$/u;
/** What one form of a word adds to another: "carryforward" + "s" is a plural, no misspelling. */
const INFLECTION_ENDING = /^(?:s|es|ed|d|ing|ly|er|ers)$/u;

/**
 * Whether one of two lower-case words is a misspelling of the other: one is an ordinary English
 * word by the word list and the other is none, with the same first letter, one edit apart (two in
 * a longer word; a swap of two letters is one: "approcah" → "approach", "goernments" →
 * "governments", "presidnet"). Not an inflection ("carryforwards" → "carryforward"): that is
 * another form of the word, not its spelling.
 */
export function isMisspelling(a: string, b: string): boolean {
  if (a === b || a[0] !== b[0] || !LOWER_LATIN_WORD.test(a) || !LOWER_LATIN_WORD.test(b)) return false;
  if (Math.min(a.length, b.length) < SHORTEST_MISSPELLED) return false;
  if (isEnglishWord(a) === isEnglishWord(b)) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (longer.startsWith(shorter) && INFLECTION_ENDING.test(longer.slice(shorter.length))) return false;
  const limit = Math.max(a.length, b.length) >= TWO_EDITS_FROM ? 2 : 1;
  return transpositionDistance(a, b, limit) <= limit;
}

/**
 * Edits from one word to the other, a swap of two neighbouring letters counted as one; more than
 * `limit` at once when the lengths alone differ by more (the table is whole otherwise: it is asked
 * of two short words). names.ts's editDistance counts a swap as two, which its respellings of
 * names rely on.
 */
function transpositionDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      let value = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, rows[i - 2]![j - 2]! + 1);
      row.push(value);
    }
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

// When a capitalised word is a proper name. Mid-sentence, a capital says so. A sentence's first word
// is capitalised anyway, so there it takes evidence a reader would accept: an acronym (NATO); a
// word the story capitalises mid-sentence somewhere, in either version; a word that is not an
// ordinary English word by a real word list (12dicts, data/english-words.txt); or a close
// respelling of such a name on the other side (Orlov → Orloff, Dmitriy → Dmitry).
import { STOPWORDS } from "../text/stopwords.js";
import { ENGLISH_WORDS } from "../text/wordlist.js";

const ACRONYM = /^\p{Lu}{2,}/u;
const POSSESSIVE = /['’]s?$/u;
/** A capitalised word, not at a sentence's start (see `capitalisedMidSentence`). */
const CAPITALISED_WORD = /(?<![\p{L}\p{M}\p{N}'’\-‐])\p{Lu}[\p{L}\p{M}\p{N}]*(?:['’\-‐][\p{L}\p{M}\p{N}]+)*/gu;
/** What may stand before a word that opens a sentence or a quotation: its capital proves nothing. */
const OPENS_BEFORE = /(?:^|[.!?:;…]["”’'»)\]]*\s+|["“‘'«(\[]\s*|[—–-]\s+)$/u;
/** Characters looked at before a word to see whether it opens a sentence. */
const LOOK_BEHIND = 6;

/**
 * Respellings this close count as one name written two ways: Orlov/Orloff is 2 edits in 6 letters;
 * Officials/Diplomats is 8. A third of the longer form, at least one edit, and the first letter kept.
 */
const RESPELLING_SHARE = 1 / 3;

/** The words of these sentences that are capitalised where nothing else calls for a capital. */
export function capitalisedMidSentence(sentences: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    CAPITALISED_WORD.lastIndex = 0;
    for (let match = CAPITALISED_WORD.exec(sentence); match; match = CAPITALISED_WORD.exec(sentence)) {
      if (match[0].length < 2) continue;
      if (OPENS_BEFORE.test(sentence.slice(Math.max(0, match.index - LOOK_BEHIND), match.index))) continue;
      found.add(match[0].replace(POSSESSIVE, ""));
    }
  }
  return found;
}

/** Where a story's mid-sentence capitals come from: worked out only when a question needs them. */
export interface NameContext {
  isCapitalisedElsewhere(word: string): boolean;
}

/** A context over the sentences of both versions, built on first use. */
export function nameContext(...sentenceLists: (readonly string[])[]): NameContext {
  let words: Set<string> | undefined;
  return {
    isCapitalisedElsewhere(word) {
      words ??= capitalisedMidSentence(sentenceLists.flat());
      return words.has(word.replace(POSSESSIVE, ""));
    },
  };
}

/**
 * Abbreviations of wire copy and its tables that the word list leaves out: a row label (Shr, Revs,
 * Avg shrs) opens its line like a sentence and is no name.
 */
const WIRE_ABBREVIATIONS = new Set(
  `shr shrs qtr qtly revs rev oper avg div mths mth wks yr yrs dlr dlrs cts pct mln bln vs inc corp ltd co
  plc jan feb mar apr jun jul aug sep sept oct nov dec mon tues wed thurs fri sat sun prev est approx`.split(/\s+/u),
);
/** A Latin word without a vowel (y aside) is an abbreviation (Qtly, Mths, Shr), not a name. */
const LATIN_WITHOUT_VOWEL = /^[b-df-hj-np-tv-z]+$/u;

/** Whether a word is an ordinary English word: every part of a compound, without its possessive. */
export function isEnglishWord(word: string): boolean {
  const bare = word.replace(POSSESSIVE, "").toLowerCase().replace(/’/gu, "'");
  // Contractions (It's, Don't, We'll) are ordinary words the list leaves out.
  if (bare.includes("'")) return true;
  if (WIRE_ABBREVIATIONS.has(bare) || LATIN_WITHOUT_VOWEL.test(bare)) return true;
  // The list leaves out a few function words ("a", "I", "Mr"); the stopwords have them.
  return bare.split(/[-‐]/u).every((part) => part === "" || STOPWORDS.has(part) || ENGLISH_WORDS.has(part));
}

/** Whether a capitalised word that opens a sentence is a name by the evidence above (respellings aside). */
export function isOpeningName(word: string, context: NameContext): boolean {
  if (ACRONYM.test(word)) return true;
  return !isEnglishWord(word) || context.isCapitalisedElsewhere(word);
}

/** Edits (insert, delete, substitute) from one word to the other, given up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether two words are close respellings of one another (see RESPELLING_SHARE). */
export function isRespelling(a: string, b: string): boolean {
  const [x, y] = [a.replace(POSSESSIVE, "").toLowerCase(), b.replace(POSSESSIVE, "").toLowerCase()];
  if (x === y || x[0] !== y[0]) return false;
  const limit = Math.max(1, Math.floor(Math.max(x.length, y.length) * RESPELLING_SHARE));
  return editDistance(x, y, limit) <= limit;
}

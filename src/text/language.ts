// The language of a version: what decides how its figures, dates and quotations are read ("1.200"
// is 1,200 in German and 1.2 in English). It comes from --lang, else from the page (<html lang>,
// Content-Language), else from the text, detected by franc (languages by trigrams, no model
// weights, maintained by the unified collective), among the languages of text/alphabets.ts.
import { francAll } from "franc";
import { expressions as FRANC_SCRIPTS } from "franc/expressions.js";
import { ALPHABETS } from "./alphabets.js";
import { functionWordWeights, isAnyFunctionWord } from "./function-words.js";
import { lookupTable } from "./lookup.js";
import { ClassPattern } from "./classes.js";
import { isEnglishWord } from "./english.js";
import { UNDETERMINED } from "./language-tag.js";
import { STOPWORDS } from "./stopwords.js";

export { canonicalLanguage, primaryLanguage, UNDETERMINED } from "./language-tag.js";

/** Where a version's language came from: the --lang option, the page's markup or headers, or its text. */
export type LanguageSource = "option" | "page" | "text";


/**
 * Characters of text the detector reads: franc's own default limit. A story's language shows in
 * its first paragraphs; reading more costs time and tells nothing new.
 */
export const SAMPLE_LENGTH = 2048;
/** Below this many characters franc answers "undetermined" (its default is 10; a headline is enough). */
const MIN_DETECT_LENGTH = 3;

/**
 * English copy is told without franc, whose trigram tables take ~21 ms to build on first use, as
 * much as a whole small diff: at least this share of its Latin words are English function words
 * (the, of, said…: English prose has 40–50%; a short German sentence with "am" and "in" twice,
 * 25%), and at least ENGLISH_MIN_FUNCTION_WORDS of them. Of the 528 Reuters-21578 versions and
 * the 209 English labelled cases, 736 of 737 are taken as English this way or the next (franc
 * alone reads 77 of them as another language, wire tables mostly), and no case of the other
 * languages' sets is (bench/language.js).
 */
const ENGLISH_FUNCTION_SHARE = 0.3;
const ENGLISH_MIN_FUNCTION_WORDS = 2;
/**
 * Wire tables ("Shr 12 cts vs 19 cts", "Avg shrs") have few function words, and franc reads them
 * as French: text whose words are nearly all in the English word list (12dicts, with wire
 * abbreviations) is English too. A French or German sentence has under half its words there
 * ("die", "hat", "a", "postes" are; "gouvernement", "angekündigt" are not).
 */
const ENGLISH_WORD_SHARE = 0.8;
const ENGLISH_MIN_WORDS = 3;
/**
 * Under this many words, function words alone do not make a sentence English: Portuguese "No
 * quarto trimestre as vendas subiram 4%" has "no" and "as", two of six. Such a sentence is
 * English when at least ENGLISH_SHORT_WORD_SHARE of its lower-case words (names aside) are in the
 * word list. Of the labelled sets' sentences that have the function words, the English ones have
 * at least 0.67 there ("neighbourhood" is not), the others at most 0.44 (that Portuguese one 0.40).
 */
const ENGLISH_SHORT_WORDS = 25;
const ENGLISH_SHORT_WORD_SHARE = 0.55;
/** Letters outside ASCII past this share of a text's letters make it no English copy, whatever its words. */
const ENGLISH_MAX_OTHER_LETTERS = 0.05;

/** Latin words, accented letters in them ("zwölf" is one word, not "zw" and "lf", two abbreviations by the word list's rule). */
const LATIN_WORD = /[a-z\u00df-\u024f]+(?:'[a-z]+)?/g;

/**
 * The stopwords (all a-z) as a trie over letter codes: a scan walks it along each word as it reads
 * the word, so that counting function words neither slices a string per word nor hashes it.
 * Node k's child by letter l is child[k * 26 + l]; 0 is "no such word" (the root is node 1).
 */
interface FunctionWordTrie {
  child: Uint16Array;
  isWord: Uint8Array;
}
let functionWordTrie: FunctionWordTrie | undefined;

function buildFunctionWordTrie(): FunctionWordTrie {
  const letters = [...STOPWORDS].reduce((sum, word) => sum + word.length, 0);
  const child = new Uint16Array((letters + 2) * 26);
  const isWord = new Uint8Array(letters + 2);
  let nodes = 2;
  for (const word of STOPWORDS) {
    let node = 1;
    for (let i = 0; i < word.length; i++) {
      const slot = node * 26 + word.charCodeAt(i) - 97;
      if (child[slot] === 0) child[slot] = nodes++;
      node = child[slot]!;
    }
    isWord[node] = 1;
  }
  return { child, isWord };
}

/** Classes of the characters below U+0250, a bit each, looked up where calls to predicates cost a call per character (V8 inlines nothing here: bin/newsdiff.cjs). */
const LATIN_WORD_CHAR = 1;
const ASCII_LOWER = 2;
const OTHER_LETTER = 4;
/** The first code point the table leaves out: every character from here on is no LATIN_WORD character. */
const TABLE_END = 0x250;
/**
 * Characters beyond ASCII that are not its punctuation's typographic forms (no-break space, curly
 * quotes, dashes, currency signs) count as other letters: letters of other scripts and accented
 * ones, near enough. Code units, so a character beyond U+FFFF counts twice, once per surrogate.
 */
const isOtherLetter = (code: number) =>
  !(code <= 0x7f || (code >= 0xa0 && code <= 0xbf) || code === 0xd7 || code === 0xf7 || (code >= 0x2000 && code <= 0x206f) || (code >= 0x20a0 && code <= 0x20cf) || (code >= 0x2100 && code <= 0x214f));
let characterClasses: Uint8Array | undefined;
/** a-z, for what the table does not cover: an apostrophe's tail ("don't") is rare enough for a call. */
const isAsciiLower = (code: number) => code >= 97 && code <= 122;

function buildCharacterClasses(): Uint8Array {
  const classes = new Uint8Array(TABLE_END);
  for (let code = 0; code < TABLE_END; code++) {
    const lower = isAsciiLower(code);
    classes[code] = (lower || code >= 0xdf ? LATIN_WORD_CHAR : 0) | (lower ? ASCII_LOWER : 0) | (isOtherLetter(code) ? OTHER_LETTER : 0);
  }
  return classes;
}

/**
 * LATIN_WORD's words of a lowered sample counted in one scan: how many, their letters (with
 * apostrophes, as `word.length` counts), how many are function words, and how many characters are
 * other letters. It reads what `lowered.match(LATIN_WORD)` would, without building the words: on
 * the 264 real pairs, the matches and their strings were 5 MB of the 116 MB a run allocated
 * (test/text/language.test.ts holds the scan to the patterns' counts).
 */
export function countWords(lowered: string): { words: number; letters: number; functionWords: number; others: number } {
  const { child, isWord } = (functionWordTrie ??= buildFunctionWordTrie());
  const classes = (characterClasses ??= buildCharacterClasses());
  let words = 0;
  let letters = 0;
  let functionWords = 0;
  let others = 0;
  const length = lowered.length;
  let i = 0;
  while (i < length) {
    let code = lowered.charCodeAt(i);
    if (code >= TABLE_END) {
      if (isOtherLetter(code)) others += 1;
      i += 1;
      continue;
    }
    let found = classes[code]!;
    if ((found & LATIN_WORD_CHAR) === 0) {
      if ((found & OTHER_LETTER) !== 0) others += 1;
      i += 1;
      continue;
    }
    const start = i;
    let node = 1;
    do {
      if ((found & ASCII_LOWER) !== 0) {
        if (node !== 0) node = child[node * 26 + code - 97]!;
      } else {
        node = 0;
        if ((found & OTHER_LETTER) !== 0) others += 1;
      }
      i += 1;
      if (i === length) break;
      code = lowered.charCodeAt(i);
      found = code < TABLE_END ? classes[code]! : 0;
    } while ((found & LATIN_WORD_CHAR) !== 0);
    // An apostrophe and a-z letters after it belong to the word ("don't"); no function word has one.
    if (code === 39 && i + 1 < length && isAsciiLower(lowered.charCodeAt(i + 1))) {
      node = 0;
      i += 2;
      while (i < length && isAsciiLower(lowered.charCodeAt(i))) i += 1;
    }
    words += 1;
    letters += i - start;
    if (node !== 0 && isWord[node] === 1) functionWords += 1;
  }
  return { words, letters, functionWords, others };
}

/** Whether a sample reads as English by its function words (see ENGLISH_FUNCTION_SHARE). */
function looksEnglish(sample: string): boolean {
  const lowered = sample.toLowerCase();
  const { words, letters, functionWords, others } = countWords(lowered);
  if (words === 0) return false;
  if (others > (letters + others) * ENGLISH_MAX_OTHER_LETTERS) return false;
  const manyFunctionWords = functionWords >= ENGLISH_MIN_FUNCTION_WORDS && functionWords >= words * ENGLISH_FUNCTION_SHARE;
  if (manyFunctionWords && words >= ENGLISH_SHORT_WORDS) return true;
  if (!manyFunctionWords && words < ENGLISH_MIN_WORDS) return false;
  if (manyFunctionWords) return (lowerCaseEnglishShare(sample) ?? 1) >= ENGLISH_SHORT_WORD_SHARE;
  // Few function words (a wire table, a short sentence of names, or another language): the word
  // list decides, word by word, on the lower-case words where there are a few ("Halden shares rose
  // 2% on Monday"), else on all (a table in capitals).
  const lowerCase = lowerCaseEnglishShare(sample);
  if (lowerCase !== null) return lowerCase >= ENGLISH_WORD_SHARE;
  let english = 0;
  for (const word of lowered.match(LATIN_WORD)!) if (isEnglishWord(word)) english += 1;
  return english >= words * ENGLISH_WORD_SHARE;
}

/** Words as written, from a letter to a letter (accented ones in them), to tell lower-case ones from names. */
const CASED_LATIN_WORD = /[A-Za-z\u00c0-\u024f]+(?:'[a-z]+)?/g;

/** Fewer lower-case words than this say too little of a text (a headline of names, a table in capitals). */
const ENGLISH_MIN_LOWER_CASE_WORDS = 2;

/** The share of a sample's lower-case words that are in the English word list, null when it has too few (ENGLISH_MIN_LOWER_CASE_WORDS). */
function lowerCaseEnglishShare(sample: string): number | null {
  let lowerCase = 0;
  let english = 0;
  for (const word of sample.match(CASED_LATIN_WORD) ?? []) {
    if (word[0] !== word[0]!.toLowerCase()) continue;
    lowerCase += 1;
    if (isEnglishWord(word)) english += 1;
  }
  return lowerCase < ENGLISH_MIN_LOWER_CASE_WORDS ? null : english / lowerCase;
}

/**
 * franc's codes that CLDR's aliases leave as they are, where CLDR has the language under its
 * macrolanguage's code: Standard Malay (zlm) as ms, Nigerian Fulfulde as ff, Chimborazo Quichua as
 * qu. As "zlm", Malay copy was read with no figure locale at all (no weekdays, months or numbers).
 */
const CLDR_MACROLANGUAGES: Readonly<Record<string, string>> = lookupTable({ zlm: "ms", fuv: "ff", qug: "qu" });

/** A franc code (ISO 639-3) as a BCP 47 tag: "deu" → "de", "cmn" → "zh", "arb" → "ar", by CLDR's aliases. */
export function fromIso6393(code: string): string {
  if (code === UNDETERMINED) return UNDETERMINED;
  const macrolanguage = CLDR_MACROLANGUAGES[code];
  if (macrolanguage !== undefined) return macrolanguage;
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}

/**
 * The scripts whose languages franc tells apart by their trigrams here (text/alphabets.ts's);
 * each other script of its expressions.js is written in one language the detector names.
 */
export const TRIGRAM_SCRIPTS: ReadonlySet<string> = new Set(Object.keys(ALPHABETS));
/** The languages franc ranks: it has trigrams for 187, of which these (text/alphabets.ts). */
export const TRIGRAM_LANGUAGES: readonly string[] = [...new Set(Object.values(ALPHABETS).flatMap((languages) => Object.keys(languages)))];
/**
 * Scripts franc has trigrams for several languages of, of which the detector names one: Burmese
 * (not Shan), Amharic (not Tigrinya), Hebrew (not Yiddish). Each other script of franc's
 * expressions.js that is no trigram script is named by its one language's code.
 */
const SCRIPT_LANGUAGES: Readonly<Record<string, string>> = { Myanmar: "mya", Ethiopic: "amh", Hebrew: "heb" };
/** franc reads this many characters at most (its MAX_LENGTH). */
const FRANC_MAX_LENGTH = 2048;

/** Every language the detector can name, as franc's codes: those it ranks by trigrams, and those a script names alone. */
export function detectableLanguages(): string[] {
  const codes = new Set(TRIGRAM_LANGUAGES);
  for (const script of Object.keys(FRANC_SCRIPTS)) if (!TRIGRAM_SCRIPTS.has(script)) codes.add(SCRIPT_LANGUAGES[script] ?? script);
  return [...codes];
}

/**
 * franc's answer for a text in a script only one of its languages is written in (Han: cmn, Hangul:
 * kor, Greek: ell, Thai, Bengali…), told as franc tells it, without its module: franc's module
 * builds every script's trigram tables when it runs (~15 ms here), which such a text never reads.
 * The script is the one with the largest share of the text's characters (the first, on a tie),
 * "und" when no script has any. Null when that script's languages are told by trigrams: franc
 * decides then.
 */
export function singleScriptLanguage(sample: string, minLength: number): string | null {
  if (sample.length === 0 || sample.length < minLength) return UNDETERMINED;
  const value = sample.slice(0, FRANC_MAX_LENGTH);
  let top: string | undefined;
  let topShare = -1;
  for (const script of Object.keys(FRANC_SCRIPTS)) {
    const share = (value.match(FRANC_SCRIPTS[script]!)?.length ?? 0) / value.length || 0;
    if (share > topShare) {
      top = script;
      topShare = share;
    }
  }
  if (top === undefined) return UNDETERMINED;
  if (TRIGRAM_SCRIPTS.has(top)) return null;
  return topShare === 0 ? UNDETERMINED : (SCRIPT_LANGUAGES[top] ?? top);
}

/**
 * How far a language falls behind in franc's ranking (whose scores run from 1 for the closest
 * down) for the share of a sample's words it has no letters for: all of them cost it 2. Trigrams
 * alone read a sentence or two badly (Turkish as Hausa or Javanese, Russian as Bulgarian); letters
 * a language does not write rule it out where they are many ("yapılacak" is no Javanese, "открыла"
 * no Bulgarian), and a name or two in a long text barely moves it. On the labelled sets' 1,832
 * sentences, among franc-min's languages: 1,701 detected right by franc's first answer, 1,756
 * with a cost of 0.5, 1,764 with 1, 1,770 with 2 (bench/language.js gives today's counts).
 */
const FOREIGN_WORD_PENALTY = 2;

/**
 * How far a language goes ahead in franc's ranking for the share of a sample's words that are its
 * function words (function-words.ts): all of them give it 1. Trigrams read a short sentence of
 * German as Norwegian, of Spanish as Portuguese; "der", "im", "los", "fueron" tell them apart.
 * Half the penalty for a foreign word: a name or a loanword the other language writes does not
 * outweigh its letters. Of 580 probe sentences in 40 languages (none in the labelled sets), 0.5
 * read 511 right, 1 read 519 and 2 read 523, where the labelled sets lose 3 more cases at 2 than
 * at 1: 1. A detection costs ~230 µs where it cost ~200 (629 labelled texts, in process): more of
 * franc's ranking is read, as far as the sample's function words could lift a language.
 */
const FUNCTION_WORD_BONUS = 1;

/** A word's letters (spelled out for Latin text, where \p{L} would cost ~1 ms to compile in a run). */
const LETTER_RUN = new ClassPattern((c) => `[${c.letter}]+`, "gu");

/** Each language's letters (in any script: the text's own are what it is tested on), built on first use. */
const alphabets = new Map<string, ReadonlySet<string>>();

function alphabetOf(code: string): ReadonlySet<string> {
  let letters = alphabets.get(code);
  if (letters === undefined) {
    let all = "";
    for (const script in ALPHABETS) all += ALPHABETS[script]![code] ?? "";
    alphabets.set(code, (letters = new Set(all)));
  }
  return letters;
}

/**
 * franc's language for a sample in a script several of its languages write (Latin, Cyrillic,
 * Arabic, Devanagari): its ranking, each language set back by the words it has no letters for
 * (FOREIGN_WORD_PENALTY).
 */
function francByLetters(sample: string): string {
  const ranked = francAll(sample, { minLength: MIN_DETECT_LENGTH, only: TRIGRAM_LANGUAGES as string[] });
  if (ranked.length < 2) return ranked[0]?.[0] ?? UNDETERMINED;
  const words = new Map<string, number>();
  // Words in capitals ("AS", Amerika Serikat) are acronyms, no function words ("as", Portuguese "the").
  const acronyms = new Map<string, number>();
  let total = 0;
  const composed = sample.normalize("NFC");
  for (const written of composed.match(LETTER_RUN.for(composed)) ?? []) {
    const word = written.toLowerCase();
    words.set(word, (words.get(word) ?? 0) + 1);
    if (written.length > 1 && written !== word && written === written.toUpperCase()) acronyms.set(word, (acronyms.get(word) ?? 0) + 1);
    total += 1;
  }
  // The most any language's function words can give: the share of the sample's words that are any language's.
  let functionWords = 0;
  for (const [word, count] of words) if (isAnyFunctionWord(word)) functionWords += count - (acronyms.get(word) ?? 0);
  const mostBonus = (FUNCTION_WORD_BONUS * functionWords) / Math.max(total, 1);
  let best = ranked[0]![0];
  let bestScore = -Infinity;
  for (const [code, score] of ranked) {
    // Once franc's own score with the most function words can give is no better, nothing further down wins.
    if (score + mostBonus <= bestScore) break;
    const letters = alphabetOf(code);
    const own = functionWordWeights(code);
    let foreign = 0;
    let functional = 0;
    for (const [word, count] of words) {
      if (own !== undefined) functional += (count - (acronyms.get(word) ?? 0)) * (own.get(word) ?? 0);
      for (const letter of word) {
        if (!letters.has(letter)) {
          foreign += count;
          break;
        }
      }
    }
    const adjusted = score + (FUNCTION_WORD_BONUS * functional - FOREIGN_WORD_PENALTY * foreign) / Math.max(total, 1);
    if (adjusted > bestScore) {
      best = code;
      bestScore = adjusted;
    }
  }
  return best;
}

/** The language of a text as a BCP 47 primary tag ("en", "de", "zh"), or "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  if (looksEnglish(sample)) return "en";
  return fromIso6393(singleScriptLanguage(sample, MIN_DETECT_LENGTH) ?? francByLetters(sample));
}


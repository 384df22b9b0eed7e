// The language of a version: what decides how its figures, dates and quotations are read ("1.200"
// is 1,200 in German and 1.2 in English). It comes from --lang, else from the page (<html lang>,
// Content-Language), else from the text, detected by franc (franc-min: 82 languages by trigrams,
// no model weights, maintained by the unified collective).
import { franc } from "franc-min";
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
/** Letters outside ASCII past this share of a text's letters make it no English copy, whatever its words. */
const ENGLISH_MAX_OTHER_LETTERS = 0.05;

/** Latin words, accented letters in them ("zwölf" is one word, not "zw" and "lf", two abbreviations by the word list's rule). */
const LATIN_WORD = /[a-z\u00df-\u024f]+(?:'[a-z]+)?/g;
/**
 * Characters beyond ASCII that are not its punctuation's typographic forms (no-break space, curly
 * quotes, dashes, currency signs): letters of other scripts and accented ones, near enough. Ranges,
 * not \p{L}: a pattern of Unicode properties costs ~0.3 ms to compile, paid by every English run.
 */
const OTHER_LETTER = /[^\x00-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/g;

/** Whether a sample reads as English by its function words (see ENGLISH_FUNCTION_SHARE). */
function looksEnglish(sample: string): boolean {
  const lowered = sample.toLowerCase();
  const words = lowered.match(LATIN_WORD);
  if (words === null) return false;
  const others = lowered.match(OTHER_LETTER)?.length ?? 0;
  let letters = 0;
  let function_ = 0;
  for (const word of words) {
    letters += word.length;
    if (STOPWORDS.has(word)) function_ += 1;
  }
  if (others > (letters + others) * ENGLISH_MAX_OTHER_LETTERS) return false;
  if (function_ >= ENGLISH_MIN_FUNCTION_WORDS && function_ >= words.length * ENGLISH_FUNCTION_SHARE) return true;
  if (words.length < ENGLISH_MIN_WORDS) return false;
  let english = 0;
  for (const word of words) if (isEnglishWord(word)) english += 1;
  return english >= words.length * ENGLISH_WORD_SHARE;
}

/** A franc code (ISO 639-3) as a BCP 47 tag: "deu" → "de", "cmn" → "zh", "arb" → "ar", by CLDR's aliases. */
function fromIso6393(code: string): string {
  if (code === UNDETERMINED) return UNDETERMINED;
  try {
    return Intl.getCanonicalLocales(code)[0] ?? code;
  } catch {
    return code;
  }
}

/** The language of a text as a BCP 47 primary tag ("en", "de", "zh"), or "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.length > SAMPLE_LENGTH ? text.slice(0, SAMPLE_LENGTH) : text;
  if (looksEnglish(sample)) return "en";
  return fromIso6393(franc(sample, { minLength: MIN_DETECT_LENGTH }));
}


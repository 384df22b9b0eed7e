import type { Token, TokenType } from "../model.js";
import { BySpelling, LATIN_TEXT, type Classes } from "../text/classes.js";

// One alternation, tried in order at each position:
//  - numbers with their separators and signs: 1,200  4.65%  $10.8  €3  (but "12-bank" is a word)
//  - runs of initials: U.S.  J.K.  a.m.
//  - words: letters, marks and digits, with apostrophes and hyphens inside (president’s, Kassym-Jomart)
//  - whitespace
//  - anything else, one grapheme-ish unit at a time (emoji sequences and combining marks kept whole)
// Written over character classes (text/classes.ts), so that the same patterns serve with Unicode's
// properties and with those properties spelled out for Latin text.

interface Patterns {
  /** Every token, the alternatives in the order above: `tokenize` collects them in one call and types each by its text (tokenType). */
  token: RegExp;
  /** The word-like alternatives alone, to count or collect words without building tokens. */
  wordLike: RegExp;
  /**
   * A word-like token is a number exactly when its whole text has this shape: NUMBER is tried
   * first, and what WORD or INITIALS take instead holds a letter, a mark, an apostrophe, a hyphen
   * or a digit that NUMBER's lookahead refused (a property test in test/property checks it against `tokenize`).
   */
  numberShaped: RegExp;
  /** A word's first character: a letter, a mark or a digit. */
  wordStart: RegExp;
}

export function patterns(c: Classes): Patterns {
  const number = String.raw`[${c.currency}]?[${c.digit}]+(?:[.,][${c.digit}]+)*%?(?![${c.letter}${c.mark}${c.digit}]|['’\-‐][${c.letter}${c.digit}]|[.,][${c.digit}])`;
  const initials = String.raw`(?:[${c.letter}]\.){2,}(?![${c.letter}${c.mark}])`;
  // Digits with a decimal point or group marks and letters written on ("3.5km", "2.5bn",
  // "1,200km", "9.30am", "1.5-billion") are one word, which the word diff keeps whole: cut at the
  // point ("3", ".", "5km"), "3.5km" → "5km" showed as "[-3.-]5km". NUMBER refuses to stop
  // before such a point, and WORD alone does not take one ("Rs500,000" stays "Rs500", ",", "000").
  const decimalWord = String.raw`[${c.digit}]+(?:[.,][${c.digit}]+)+[${c.letter}${c.mark}${c.number}]*(?:['’\-‐][${c.letter}${c.mark}${c.number}]+)*`;
  const word = String.raw`[${c.letter}${c.mark}${c.number}]+(?:['’\-‐][${c.letter}${c.mark}${c.number}]+)*`;
  const other = String.raw`[${c.pictographic}](?:[\u200d\ufe0f${c.mark}]+[${c.pictographic}]?)*|[^][${c.mark}]*`;
  return {
    token: new RegExp(`${number}|${decimalWord}|${initials}|${word}|\\s+|${other}`, "gu"),
    wordLike: new RegExp(`${number}|${decimalWord}|${initials}|${word}`, "gu"),
    numberShaped: new RegExp(String.raw`^[${c.currency}]?[${c.digit}]+(?:[.,][${c.digit}]+)*%?$`, "u"),
    wordStart: new RegExp(`^[${c.letter}${c.mark}${c.number}]`, "u"),
  };
}

/** The patterns for a text: spelled out for Latin text, Unicode's properties for the rest. */
const PATTERNS = new BySpelling(patterns);
const patternsFor = (text: string): Patterns => PATTERNS.for(text);

// Scripts written without spaces between words: their runs are cut into words by the ICU word
// segmenter instead of being one token per clause.
const UNSPACED_SOURCE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]`;
/**
 * Every character of those scripts lies in these ranges (Thai, the first, starts at U+0E00; the
 * gap below U+2E80 holds curly quotes, dashes and currency signs). Text with none of them never
 * builds the script pattern, whose construction alone costs ~0.7 ms of a run. No u flag, on
 * purpose: a scan of code units is faster, and a character beyond U+FFFF is a surrogate pair,
 * whose units (U+D800-U+DFFF) fall in the second range.
 */
export const MAYBE_UNSPACED = /[\u0E00-\u1FFF\u2E80-\uFFFF]/;
let unspacedPattern: RegExp | undefined;
let wordSegmenter: Intl.Segmenter | undefined;

/** Whether `text` has a character of a script written without spaces. */
export function hasUnspaced(text: string): boolean {
  if (!MAYBE_UNSPACED.test(text)) return false;
  unspacedPattern ??= new RegExp(UNSPACED_SOURCE, "u");
  return unspacedPattern.test(text);
}

function pushWords(tokens: Token[], word: string, unspaced: boolean): void {
  if (!unspaced || !hasUnspaced(word)) {
    tokens.push({ text: word, type: "word" });
    return;
  }
  wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: "word" });
  for (const { segment } of wordSegmenter.segment(word)) tokens.push({ text: segment, type: "word" });
}

/** Splits text into tokens whose texts, joined, give back the text exactly. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // One test of the whole text spares one per word in the common case of no unspaced script.
  const unspaced = hasUnspaced(text);
  const found = patternsFor(text);
  // All the tokens' texts in one native call, each typed after (tokenType): a match array per
  // token, with its three groups, was an eighth of what a run over the real pairs allocated.
  const texts = text.match(found.token);
  if (texts === null) return tokens;
  for (let i = 0; i < texts.length; i++) {
    const type = tokenType(texts[i]!, found);
    if (type === "word") pushWords(tokens, texts[i]!, unspaced);
    else tokens.push({ text: texts[i]!, type });
  }
  return unspaced ? joinCutNumbers(tokens, found) : tokens;
}

/** Digits alone, or with decimal points and group marks: what a number cut apart starts as. */
const DIGITS_SO_FAR = /^[0-9]+(?:[.,][0-9]+)*$/;
/** What a number cut apart goes on with after its mark: digits, with marks of their own ("4", ",", "200,000"), and a percent sign at the end. */
const DIGITS_AFTER_MARK = /^[0-9]+(?:[.,][0-9]+)*%?$/;

/**
 * Numbers written straight after a word of an unspaced script ("增长5.2%", "率は3.5%"), joined
 * again: the token pattern takes the digits into the word before them, the word segmenter cuts
 * them off, and the decimal point or group mark after them stood apart from the digits that
 * follow it ("5", ".", "2%"), where Latin text has one number token, "5.2%".
 */
function joinCutNumbers(tokens: Token[], found: Patterns): Token[] {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const mark = joined[joined.length - 1];
    const digits = joined[joined.length - 2];
    if (
      (mark?.text === "." || mark?.text === ",") && digits !== undefined && DIGITS_SO_FAR.test(digits.text) &&
      (token.type === "word" || token.type === "number") && DIGITS_AFTER_MARK.test(token.text)
    ) {
      joined.length -= 2;
      const text = digits.text + mark.text + token.text;
      joined.push({ text, type: found.numberShaped.test(text) ? "number" : "word" });
      continue;
    }
    joined.push(token);
  }
  return joined;
}

const LEADING_SPACE = /^\s/u;

/**
 * Which alternative of the token pattern matched `text`, from the text alone: whitespace only the
 * space run starts with; a number has NUMBER_SHAPED's shape, which no word has (see numberShaped);
 * a word starts with a letter, mark or digit, which nothing later in the alternation can start
 * with; anything else is punctuation. ASCII first characters are told by their codes.
 */
function tokenType(text: string, found: Patterns): TokenType {
  const code = text.charCodeAt(0);
  if (code < 128) {
    if (code === 32 || (code >= 9 && code <= 13)) return "space";
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) return "word";
    if (code >= 48 && code <= 57) return found.numberShaped.test(text) ? "number" : "word";
    return code === 36 && found.numberShaped.test(text) ? "number" : "punct";
  }
  if (LEADING_SPACE.test(text)) return "space";
  if (found.numberShaped.test(text)) return "number";
  return found.wordStart.test(text) ? "word" : "punct";
}

/**
 * Scanning text for the word-like alternatives finds exactly `tokenize`'s word and number tokens,
 * except where a token is more than what it starts with: a combining mark after punctuation, and
 * the marks, variation selectors and joiners of an emoji sequence, belong to that punctuation or
 * emoji in `tokenize`, where a scan would start a word at the mark; and unspaced scripts, which
 * the word segmenter cuts. Text with none of these (nearly all copy: accents come precomposed) is
 * scanned; the rest goes through `tokenize`.
 */
let SCAN_MISREADS: RegExp | undefined;

function scanFindsTokens(text: string): boolean {
  // Latin text has no marks and no unspaced script (see text/classes.ts); SCAN_MISREADS is built only for the rest.
  if (LATIN_TEXT.test(text)) return !text.includes("\u200d");
  return !hasUnspaced(text) && !(SCAN_MISREADS ??= /[\p{M}\u200d]/u).test(text);
}

/**
 * Calls `visit` with the text of each word and number token that `tokenize` finds, in order, and
 * whether it is a number. One native call collects them, where building a token for every word,
 * space and punctuation mark cost twice as much.
 */
export function forEachWordLike(text: string, visit: (text: string, isNumber: boolean) => void): void {
  if (!scanFindsTokens(text)) {
    for (const token of tokenize(text)) if (isWordLike(token)) visit(token.text, token.type === "number");
    return;
  }
  const { wordLike, numberShaped } = patternsFor(text);
  const texts = text.match(wordLike);
  if (texts === null) return;
  for (let i = 0; i < texts.length; i++) {
    // A word that starts with an ASCII letter is no number (a number starts with a currency sign
    // or a digit): nine words in ten spare the pattern's call.
    const lower = texts[i]!.charCodeAt(0) | 32;
    visit(texts[i]!, !(lower >= 97 && lower <= 122) && numberShaped.test(texts[i]!));
  }
}

export function isWordLike(token: Token): boolean {
  return token.type === "word" || token.type === "number";
}

/** How many word and number tokens `tokenize` would find in `text`, without building them. */
export function countWordTokens(text: string): number {
  if (!scanFindsTokens(text)) return tokenize(text).filter(isWordLike).length;
  const { wordLike } = patternsFor(text);
  let count = 0;
  wordLike.lastIndex = 0;
  while (wordLike.test(text)) count += 1;
  return count;
}

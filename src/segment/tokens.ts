import type { Token, TokenType } from "../model.js";

// One alternation, tried in order at each position:
//  - numbers with their separators and signs: 1,200  4.65%  $10.8  €3  (but "12-bank" is a word)
//  - runs of initials: U.S.  J.K.  a.m.
//  - words: letters, marks and digits, with apostrophes and hyphens inside (president’s, Kassym-Jomart)
//  - whitespace
//  - anything else, one grapheme-ish unit at a time (emoji sequences and combining marks kept whole)
const NUMBER = String.raw`\p{Sc}?\p{Nd}+(?:[.,]\p{Nd}+)*%?(?![\p{L}\p{M}\p{Nd}]|['’\-‐][\p{L}\p{Nd}])`;
const INITIALS = String.raw`(?:\p{L}\.){2,}(?![\p{L}\p{M}])`;
const WORD = String.raw`[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*`;
const OTHER = String.raw`\p{Extended_Pictographic}(?:[\u200d\ufe0f\p{M}]+\p{Extended_Pictographic}?)*|[^]\p{M}*`;
// Three capture groups (number, word, space; punctuation is what is left): each match builds an
// array of them, and five made tokenizing a quarter slower.
const TOKEN = new RegExp(`(${NUMBER})|(${INITIALS}|${WORD})|(\\s+)|(?:${OTHER})`, "gu");
/** The word-like alternatives alone, to count or collect words without building tokens. */
const WORD_LIKE = new RegExp(`${NUMBER}|${INITIALS}|${WORD}`, "gu");
/**
 * A word-like token is a number exactly when its whole text has this shape: NUMBER is tried first,
 * and what WORD or INITIALS take instead holds a letter, a mark, an apostrophe, a hyphen or a digit
 * that NUMBER's lookahead refused (a property test in test/property checks it against `tokenize`).
 */
const NUMBER_SHAPED = /^\p{Sc}?\p{Nd}+(?:[.,]\p{Nd}+)*%?$/u;

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
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const type: TokenType = match[1] !== undefined ? "number" : match[2] !== undefined ? "word" : match[3] !== undefined ? "space" : "punct";
    if (type === "word") pushWords(tokens, match[0], unspaced);
    else tokens.push({ text: match[0], type });
  }
  return tokens;
}

/**
 * Scanning text for the word-like alternatives finds exactly `tokenize`'s word and number tokens,
 * except where a token is more than what it starts with: a combining mark after punctuation, and
 * the marks, variation selectors and joiners of an emoji sequence, belong to that punctuation or
 * emoji in `tokenize`, where a scan would start a word at the mark; and unspaced scripts, which
 * the word segmenter cuts. Text with none of these (nearly all copy: accents come precomposed) is
 * scanned; the rest goes through `tokenize`.
 */
const SCAN_MISREADS = /[\p{M}\u200d]/u;

function scanFindsTokens(text: string): boolean {
  return !hasUnspaced(text) && !SCAN_MISREADS.test(text);
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
  const texts = text.match(WORD_LIKE);
  if (texts === null) return;
  for (let i = 0; i < texts.length; i++) visit(texts[i]!, NUMBER_SHAPED.test(texts[i]!));
}

export function isWordLike(token: Token): boolean {
  return token.type === "word" || token.type === "number";
}

/** How many word and number tokens `tokenize` would find in `text`, without building them. */
export function countWordTokens(text: string): number {
  if (!scanFindsTokens(text)) return tokenize(text).filter(isWordLike).length;
  let count = 0;
  WORD_LIKE.lastIndex = 0;
  while (WORD_LIKE.test(text)) count += 1;
  return count;
}

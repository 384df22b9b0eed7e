// Folding: the forms of a text that house style may change without changing what it says.

const QUOTES = /[\u2018\u2019\u201a\u201b\u2032\u2035\u00b4`]/gu;
const DOUBLE_QUOTES = /[\u201c\u201d\u201e\u201f\u2033\u2036\u00ab\u00bb]/gu;
const DASHES = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/gu;
const SPACES = /[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/gu;

/** Anything but ASCII, and the backtick (an ASCII quote mark): text without it is already folded. */
const MAY_FOLD = /[^\x00-\x5f\x61-\x7f]/;

/** Curly and other quotes, dashes and ellipses written the plain ASCII way. */
export function foldTypography(text: string): string {
  // Plain ASCII copy (all of Reuters-21578) skips a normalization and four scans per sentence.
  if (!MAY_FOLD.test(text)) return text;
  return text
    .normalize("NFKC")
    .replace(QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(/\u2026/gu, "...");
}

export function foldWhitespace(text: string): string {
  return text.replace(SPACES, " ").trim();
}

/** Printable ASCII with single spaces and no backtick: already in folded form. */
function isFolded(text: string): boolean {
  let previousSpace = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === 0x60) return false;
    const space = code === 0x20;
    if (space && previousSpace) return false;
    previousSpace = space;
  }
  return !previousSpace || text.length === 0;
}

/** The key two sentences share when they differ only in whitespace, quote style or dash style. */
export function identityKey(text: string): string {
  return isFolded(text) ? text : foldWhitespace(foldTypography(text));
}

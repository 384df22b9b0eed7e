import { LETTER_OR_DIGIT } from "../text/classes.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

/** [start, end) character ranges of a sentence that lie inside quotation marks. */
export type Span = [number, number];

/**
 * Each opening mark and the marks that close it, in the styles of the languages news is written
 * in: “…” and ‘…’ (English, Chinese), „…“ and ‚…‘ (German; „…” in Polish and Hungarian), «…»
 * (French, Spanish, Russian, Arabic), »…« (German books and Danish; »…» in Swedish and Finnish),
 * 「…」 and 『…』 (Japanese, traditional Chinese), ‹…› and ›…‹.
 */
const OPENERS: Record<string, string> = {
  '"': '"', "“": "”", "„": "“”", "«": "»", "‘": "’", "'": "'", "‚": "‘’", "»": "«»", "「": "」", "『": "』", "‹": "›", "›": "‹",
};
/**
 * Swedish and Finnish copy opens a quotation with the mark that closes it, ”…” (and »…»): ” opens
 * where an opener stands, at the start or after a space or a bracket and before a letter or a
 * digit ("”Vi bygger om”, sa hon"); elsewhere it closes.
 */
const CLOSER_AS_OPENER: Record<string, string> = { "”": "”" };
const BEFORE_OPENER = /[\s([{—–-]/u;
/**
 * Every opening mark and every closing mark, for a character class: what may stand before a
 * sentence's or a quotation's first word (classify/index.ts, names.ts) is read from the table above,
 * so that a language's marks are known everywhere once they are known here.
 */
export const OPENING_MARKS = Object.keys(OPENERS).join("");
export const CLOSING_MARKS = [...new Set(Object.values(OPENERS).join(""))].join("");
const OPENERS_AND_CLOSERS = new Set([...OPENING_MARKS, ...CLOSING_MARKS]);
/** Openers that French copy follows with a (no-break) space: « Nous partons ». */
const SPACED_OPENERS = new Set(["«", "‹"]);
const OPENS_WITH_MARK = new RegExp(`^\\s*[${OPENING_MARKS}]`, "u");
/** Every opener and closer: a native scan finds them faster than a loop over each character. */
const QUOTE_MARK = /["“„«‘'”»’‚「」『』‹›]/gu;

/**
 * Where the quotations of a sentence are: straight or curly, double or single. A quote left open
 * runs to the end of the sentence (it goes on in the next one); a closing mark with no opener
 * closes a quote that began before the sentence. Single marks count only where they cannot be
 * apostrophes: an opener after a space or bracket, a closer before a space or punctuation.
 * `openBefore`: the marks that close a quotation an earlier sentence left open (openQuoteBefore),
 * which the sentence stands inside from its start ("We will rebuild. It will take years. …").
 */
export function quoteSpans(text: string, openBefore: string | null = null): Span[] {
  return scanQuotes(text, openBefore).spans;
}

/**
 * The marks that would close a quotation still open at the start of a sentence, left open by the
 * sentences of its paragraph before it, or null. Wire copy quotes several sentences inside one
 * pair of marks: the middle ones hold no mark and are quoted all the same. A paragraph starts with
 * none open (a quotation that runs on into the next paragraph opens it again with a mark).
 *
 * One reader per version: it keeps where it got to, so that pairs asked about in order scan each
 * sentence once. Scanning from the paragraph's start for each pair was quadratic in a paragraph's
 * sentences: a 200,000-word text in one paragraph (~5,000 sentence pieces) spent 7.4 of its 14 s
 * there.
 */
export class OpenQuoteReader {
  /** The sentence the reader stands at, and the marks that would close a quotation open at its start. */
  private at = 0;
  private open: string | null = null;

  constructor(
    private readonly sentences: readonly string[],
    /** Each sentence's paragraph index, in order (Side.paragraphs). */
    private readonly paragraphs: readonly number[],
  ) {}

  before(index: number): string | null {
    const paragraph = this.paragraphs[index];
    if (index < this.at || this.paragraphs[this.at] !== paragraph) {
      // Asked about an earlier sentence (a moved pair) or another paragraph: start again at the
      // paragraph's start, found going back no further than where the reader stands.
      let first = index;
      const floor = index < this.at ? 0 : this.at;
      while (first > floor && this.paragraphs[first - 1] === paragraph) first--;
      this.at = first;
      this.open = null;
    }
    for (; this.at < index; this.at++) this.open = scanQuotes(this.sentences[this.at]!, this.open).open;
    return this.open;
  }
}

/** A sentence's quotations (quoteSpans), and the marks that would close one it leaves open at its end, or null. */
function scanQuotes(text: string, openBefore: string | null): { spans: Span[]; open: string | null } {
  // Every quotation mark is a single UTF-16 unit, so indexes of marks are indexes of units.
  const spans: Span[] = [];
  // A sentence that opens with a mark opens a quotation of its own: the one before was left open by mistake.
  const opensItself = openBefore !== null && OPENS_WITH_MARK.test(text);
  let open: { at: number; close: string } | null = openBefore === null || opensItself ? null : { at: 0, close: openBefore };
  QUOTE_MARK.lastIndex = 0;
  for (let mark = QUOTE_MARK.exec(text); mark; mark = QUOTE_MARK.exec(text)) {
    const at = mark.index;
    const char = mark[0];
    const before = at > 0 ? text[at - 1]! : " ";
    const after = at + 1 < text.length ? text[at + 1]! : " ";
    const single = char === "'" || char === "‘" || char === "’";
    if (open && open.close.includes(char) && (!single || !LETTER_OR_DIGIT.test(after))) {
      spans.push([open.at, at + 1]);
      open = null;
      continue;
    }
    // A single mark before a digit cuts a year or decade short ('90s, ’08): no quotation opens there.
    if (!open && char in OPENERS && (!single || ((BEFORE_OPENER.test(before) || at === 0) && !(after >= "0" && after <= "9"))) && (!/\s/u.test(after) || SPACED_OPENERS.has(char))) {
      open = { at, close: OPENERS[char]! };
      continue;
    }
    if (!open && char in CLOSER_AS_OPENER && (at === 0 || BEFORE_OPENER.test(before)) && LETTER_OR_DIGIT.test(after)) {
      open = { at, close: CLOSER_AS_OPENER[char]! };
      continue;
    }
    if (!open && spans.length === 0 && (char === "”" || char === "»" || char === "」" || char === "』" || (char === '"' && /[\s.,;:!?]/u.test(after)))) {
      spans.push([0, at + 1]);
    }
  }
  if (open) spans.push([open.at, text.length]);
  return { spans, open: open?.close ?? null };
}

export function insideQuote(spans: readonly Span[], start: number, end: number): boolean {
  for (let k = 0; k < spans.length; k++) if (start < spans[k]![1] && end > spans[k]![0]) return true;
  return false;
}

/**
 * How many quotation marks open or close a quotation in [from, to) of a text: apostrophes, and the
 * ends of a quotation that runs on past the sentence, are none.
 */
export function quotationMarksIn(text: string, spans: readonly Span[], from: number, to: number): number {
  let count = 0;
  const isMark = (at: number) => at >= from && at < to && OPENERS_AND_CLOSERS.has(text[at]!);
  for (let k = 0; k < spans.length; k++) {
    if (isMark(spans[k]![0])) count++;
    if (isMark(spans[k]![1] - 1)) count++;
  }
  return count;
}

/**
 * The words that stand inside quotation marks, in order, one space between: what the quotations of
 * a sentence say, whatever marks they are written with. Differing between two versions whose words
 * are the same, the marks made words a quotation or unmade one (`said "no"` → `said no`).
 */
export function quotedWords(text: string, spans: readonly Span[]): string {
  let words = "";
  for (let k = 0; k < spans.length; k++) {
    let inWord = false;
    for (let at = spans[k]![0]; at < spans[k]![1]; at++) {
      const letter = LETTER_OR_DIGIT.test(text[at]!);
      if (letter && !inWord && words !== "" && !words.endsWith("|")) words += " ";
      if (letter) words += text[at];
      inWord = letter;
    }
    words += "|";
  }
  return words;
}

export type Style = "plain" | "delete" | "insert" | "dim" | "bold" | "tag" | "moved" | "gutterDelete" | "gutterInsert" | "gutterChange";

/** A run of text in one style; renderers build spans, and colour is applied last, at the edge. */
export interface Span {
  text: string;
  style: Style;
}

export type Painter = (text: string, style: Style) => string;

export const plainPainter: Painter = (text) => text;

/** Display columns of a string (wide CJK characters count two, combining marks none). */
export type Measure = (text: string) => number;

/**
 * Any character not certainly one column wide. The certain ones (test/render/layout.test.ts checks
 * each against string-width): printable ASCII, Latin-1 and Latin Extended letters, the dashes,
 * quotation marks and other general punctuation of news copy, currency signs, and the symbols
 * newsdiff prints. Left out on purpose: © ® ‼ ⁉, which string-width counts as two (emoji), and
 * the soft hyphen and other invisible characters (none). Text of only the certain ones never loads
 * string-width and its ICU segmenter (~14 ms a run): curly quotes alone used to.
 */
const NEEDS_WIDTH_TABLE = /[^\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u024f\u2010-\u2027\u2030-\u203b\u203d-\u2048\u204a-\u205e\u20a0-\u20c0→⋯═]/u;

/** Whether every character of `text` is one column wide without asking a width table. */
export function isNarrowText(text: string): boolean {
  return !NEEDS_WIDTH_TABLE.test(text);
}

/**
 * A measure that counts narrow text by its length and hands the rest to `wide` (string-width,
 * loaded by the CLI only when some text needs it). Without `wide`, code points are counted.
 */
export function measureWith(wide?: Measure): Measure {
  return (text) => (isNarrowText(text) ? text.length : wide ? wide(text) : [...text].length);
}

let graphemes: Intl.Segmenter | undefined;

/** Cuts a word wider than the line into pieces that fit, at grapheme boundaries. */
function splitWide(word: string, width: number, measure: Measure): string[] {
  const pieces: string[] = [];
  let piece = "";
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment } of graphemes.segment(word)) {
    if (piece && measure(piece + segment) > width) {
      pieces.push(piece);
      piece = "";
    }
    piece += segment;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

function push(line: Span[], text: string, style: Style): void {
  const last = line[line.length - 1];
  if (last && last.style === style) last.text += text;
  else line.push({ text, style });
}

/**
 * Lays spans out in lines of at most `width` columns (null: one line), breaking at spaces; every
 * whitespace run shows as one space. `firstWidth` is what the first line has after its prefix.
 */
export function wrapSpans(spans: readonly Span[], width: number | null, measure: Measure, firstWidth = width): Span[][] {
  const lines: Span[][] = [[]];
  let used = 0;
  let pendingSpace: Style | null = null;
  const available = () => (lines.length === 1 ? firstWidth : width);
  for (const span of spans) {
    // Break at ordinary spaces only: a no-break space keeps what it joins on one line.
    for (const piece of span.text.match(/[ \t\n\r\f\v]+|[^ \t\n\r\f\v]+/gu) ?? []) {
      if (/^[ \t\n\r\f\v]/u.test(piece)) {
        if (used > 0) pendingSpace = span.style;
        continue;
      }
      const limit = available();
      const pieceWidth = measure(piece);
      const needed = pieceWidth + (pendingSpace ? 1 : 0);
      if (limit !== null && used > 0 && used + needed > limit) {
        lines.push([]);
        used = 0;
        pendingSpace = null;
      }
      const line = lines[lines.length - 1]!;
      if (pendingSpace) {
        push(line, " ", pendingSpace);
        used += 1;
        pendingSpace = null;
      }
      const room = available();
      if (room !== null && pieceWidth > room) {
        const parts = splitWide(piece, Math.max(1, room), measure);
        parts.forEach((part, index) => {
          if (index > 0) {
            lines.push([]);
            used = 0;
          }
          push(lines[lines.length - 1]!, part, span.style);
          used += measure(part);
        });
      } else {
        push(line, piece, span.style);
        used += pieceWidth;
      }
    }
  }
  return lines;
}

/** No-break spaces have done their work (keeping words together); they print as plain spaces. */
export function paintLine(line: readonly Span[], paint: Painter): string {
  return line.map((span) => paint(span.text.replace(/\u00a0/gu, " "), span.style)).join("");
}

/** A line of one style, wrapped to `width` with `indent` spaces before its continuation lines. */
export function wrappedLine(text: string, style: Style, layout: { width: number | null; paint: Painter; measure: Measure }, indent = 2): string {
  const { width, paint, measure } = layout;
  const lines = wrapSpans([{ text, style }], width === null ? null : Math.max(10, width - indent), measure, width);
  return lines.map((line, index) => (index === 0 ? "" : " ".repeat(indent)) + paintLine(line, paint)).join("\n");
}

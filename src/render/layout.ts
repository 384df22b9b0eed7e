import stringWidth from "string-width";

export type Style = "plain" | "delete" | "insert" | "dim" | "bold" | "tag" | "moved" | "gutterDelete" | "gutterInsert" | "gutterChange";

/** A run of text in one style; renderers build spans, and colour is applied last, at the edge. */
export interface Span {
  text: string;
  style: Style;
}

export type Painter = (text: string, style: Style) => string;

export const plainPainter: Painter = (text) => text;

/** Printable ASCII: one column a character, no need to ask string-width (which is slow). */
function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 || code > 0x7e) return false;
  }
  return true;
}

/** Display columns of a string: wide CJK characters count two, combining marks none. */
export function displayWidth(text: string): number {
  return isPlainAscii(text) ? text.length : stringWidth(text);
}

let graphemes: Intl.Segmenter | undefined;

/** Cuts a word wider than the line into pieces that fit, at grapheme boundaries. */
function splitWide(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  graphemes ??= new Intl.Segmenter(undefined, { granularity: "grapheme" });
  for (const { segment } of graphemes.segment(word)) {
    if (piece && displayWidth(piece + segment) > width) {
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
export function wrapSpans(spans: readonly Span[], width: number | null, firstWidth = width): Span[][] {
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
      const pieceWidth = displayWidth(piece);
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
        const parts = splitWide(piece, Math.max(1, room));
        parts.forEach((part, index) => {
          if (index > 0) {
            lines.push([]);
            used = 0;
          }
          push(lines[lines.length - 1]!, part, span.style);
          used += displayWidth(part);
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
export function wrappedLine(text: string, style: Style, width: number | null, paint: Painter, indent = 2): string {
  const lines = wrapSpans([{ text, style }], width === null ? null : Math.max(10, width - indent), width);
  return lines.map((line, index) => (index === 0 ? "" : " ".repeat(indent)) + paintLine(line, paint)).join("\n");
}

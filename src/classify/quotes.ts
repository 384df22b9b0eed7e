/** [start, end) character ranges of a sentence that lie inside quotation marks. */
export type Span = [number, number];

const OPENERS: Record<string, string> = { '"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "'": "'" };

/**
 * Where the quotations of a sentence are: straight or curly, double or single. A quote left open
 * runs to the end of the sentence (it goes on in the next one); a closing mark with no opener
 * closes a quote that began before the sentence. Single marks count only where they cannot be
 * apostrophes: an opener after a space or bracket, a closer before a space or punctuation.
 */
export function quoteSpans(text: string): Span[] {
  const spans: Span[] = [];
  let open: { at: number; close: string } | null = null;
  const chars = [...text];
  let offset = 0;
  const positions: number[] = [];
  for (const char of chars) {
    positions.push(offset);
    offset += char.length;
  }
  chars.forEach((char, index) => {
    const at = positions[index]!;
    const before = chars[index - 1] ?? " ";
    const after = chars[index + 1] ?? " ";
    const single = char === "'" || char === "‘" || char === "’";
    if (open && char === open.close && (!single || !/[\p{L}\p{N}]/u.test(after))) {
      spans.push([open.at, at + char.length]);
      open = null;
      return;
    }
    if (!open && char in OPENERS && (!single || /[\s([{—–-]/u.test(before) || index === 0) && !/\s/u.test(after)) {
      open = { at, close: OPENERS[char]! };
      return;
    }
    if (!open && spans.length === 0 && (char === "”" || char === "»" || (char === '"' && /[\s.,;:!?]/u.test(after)))) {
      spans.push([0, at + char.length]);
    }
  });
  if (open) spans.push([(open as { at: number }).at, text.length]);
  return spans;
}

export function insideQuote(spans: readonly Span[], start: number, end: number): boolean {
  return spans.some(([from, to]) => start < to && end > from);
}

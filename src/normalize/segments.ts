import type { RuleName } from "../model.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

/** A stretch of one paragraph: kept in the body (rule null) or taken out by a rule. */
export interface Segment {
  text: string;
  rule: RuleName | null;
}

/** The pieces of a paragraph, in order; joined they give back the paragraph exactly. */
export type SegmentedParagraph = Segment[];

export function keptText(paragraph: SegmentedParagraph): string {
  if (paragraph.length === 1) return paragraph[0]!.rule === null ? paragraph[0]!.text : "";
  return paragraph
    .filter((segment) => segment.rule === null)
    .map((segment) => segment.text)
    .join("");
}

/**
 * Cuts every match of `pattern` out of the kept segments of a paragraph and marks it with `rule`.
 * `pattern` must be global; a match of nothing is skipped. Returns the matches' groups, in order.
 */
export function cutMatches(
  paragraph: SegmentedParagraph,
  pattern: RegExp,
  rule: RuleName,
): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const result: Segment[] = [];
  for (let k = 0; k < paragraph.length; k++) {
    const segment = paragraph[k]!;
    if (segment.rule !== null) {
      result.push(segment);
      continue;
    }
    let last = 0;
    pattern.lastIndex = 0;
    for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
      if (match[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      if (match.index > last) result.push({ text: segment.text.slice(last, match.index), rule: null });
      result.push({ text: match[0], rule });
      last = match.index + match[0].length;
      found.push(match);
    }
    if (last < segment.text.length) result.push({ text: segment.text.slice(last), rule: null });
  }
  paragraph.splice(0, paragraph.length, ...result);
  return found;
}

/** Marks a whole paragraph as removed by `rule`. */
export function cutWhole(paragraph: SegmentedParagraph, rule: RuleName): void {
  const text = paragraph.map((segment) => segment.text).join("");
  paragraph.splice(0, paragraph.length, { text, rule });
}

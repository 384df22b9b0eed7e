import type { Comparison, Pair } from "../model.js";
import { paintLine, wrapSpans, type Span } from "./layout.js";
import { closingLines, evidenceSpans, GUTTER, GUTTER_STYLE, noteSpans, openingLines, sentenceNumbers, sideTokens, tokenSpans } from "./spans.js";
import { changeRows, type View } from "./view.js";

/** Without a terminal or --width, columns are laid out as if on a terminal this wide. */
export const SIDE_BY_SIDE_DEFAULT_WIDTH = 160;

/** One side of a pair: the tokens that side has (equal + its own changes), numbered. */
function sideSpans(pair: Pair, side: "old" | "new", view: View, context: boolean): Span[] {
  const tokens = sideTokens(pair.tokens, side);
  if (tokens.length === 0) return [];
  if (context) return [{ text: tokens.map((token) => token.text).join(""), style: "dim" }];
  return tokenSpans(tokens, view.color);
}

/** Old on the left, new on the right, one row per pair, each column wrapped to its own width. */
export function renderSideBySide(comparison: Comparison, view: View): string {
  const { paint } = view;
  const width = Math.max(40, view.width ?? SIDE_BY_SIDE_DEFAULT_WIDTH);
  const column = Math.floor((width - 3) / 2);
  const out = openingLines(comparison, view);
  const rows = changeRows(comparison, view);
  const numberWidth = Math.max(1, ...comparison.pairs.flatMap((pair) => [sentenceNumbers(pair.old), sentenceNumbers(pair.new)]).map((text) => text.length));
  for (const row of rows) {
    if (!("pair" in row)) {
      out.push(paint(`${"⋯".padStart(numberWidth)} ${row.fold} unchanged sentence${row.fold === 1 ? "" : "s"}`, "dim"));
      continue;
    }
    const { pair } = row;
    const context = row.role === "context";
    const op = context ? "equal" : pair.op;
    const textWidth = column - numberWidth - 1;
    const left = wrapSpans(sideSpans(pair, "old", view, context), textWidth, view.measure);
    const right = wrapSpans([...sideSpans(pair, "new", view, context), ...(context ? [] : noteSpans(comparison, pair))], textWidth, view.measure);
    // --explain: each kind's evidence under the new text, indented as in the terminal view.
    if (view.explain && !context) {
      for (const evidence of evidenceSpans(pair)) for (const line of wrapSpans(evidence, textWidth - 2, view.measure)) right.push([{ text: "  ", style: "plain" }, ...line]);
    }
    for (let line = 0; line < Math.max(left.length, right.length); line++) {
      const leftLine = left[line] ?? [];
      const rightLine = right[line] ?? [];
      const leftNumber = line === 0 ? sentenceNumbers(pair.old) : "";
      const rightNumber = line === 0 ? sentenceNumbers(pair.new) : "";
      const leftText = paintLine(leftLine, paint);
      const padding = " ".repeat(Math.max(0, textWidth - view.measure(leftLine.map((span) => span.text).join(""))));
      const mark = line === 0 ? paint(GUTTER[op], GUTTER_STYLE[op]) : " ";
      out.push(
        `${paint(leftNumber.padStart(numberWidth), "dim")} ${leftText}${padding} ${mark} ${paint(rightNumber.padStart(numberWidth), "dim")} ${paintLine(rightLine, paint)}`.trimEnd(),
      );
    }
  }
  out.push(...closingLines(comparison, view, rows.length));
  return `${out.join("\n")}\n`;
}

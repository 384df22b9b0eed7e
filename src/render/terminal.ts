import type { Comparison, Pair } from "../model.js";
import type { Span } from "./layout.js";
import { closingLines, contextText, GUTTER, GUTTER_STYLE, noteSpans, openingLines, pairLabel, prefixedRow, tokenSpans } from "./spans.js";
import { changeRows, type View } from "./view.js";

function rowSpans(comparison: Comparison, pair: Pair, view: View, context: boolean): Span[] {
  if (context) return [{ text: contextText(pair), style: "dim" }];
  return [...tokenSpans(pair.tokens, view.color), ...noteSpans(comparison, pair)];
}

/** The default view: one block per changed pair, context around it, folds between, a summary. */
export function renderTerminal(comparison: Comparison, view: View): string {
  const { paint } = view;
  const out = openingLines(comparison, view);
  const rows = changeRows(comparison, view);
  const labels = rows.map((row) => ("pair" in row ? pairLabel(row.pair) : ""));
  const labelWidth = Math.max(0, ...labels.map(view.measure));
  rows.forEach((row, index) => {
    if (!("pair" in row)) {
      out.push(paint(`  ${"⋯".padStart(labelWidth)}  ${row.fold} unchanged sentence${row.fold === 1 ? "" : "s"}`, "dim"));
      return;
    }
    const context = row.role === "context";
    const op = context ? "equal" : row.pair.op;
    const prefix = `${GUTTER[op]} ${labels[index]!.padStart(labelWidth)}  `;
    // The evidence, one kind a line, under a change's words.
    out.push(...prefixedRow(prefix, GUTTER_STYLE[op], rowSpans(comparison, row.pair, view, context), view, context ? null : row.pair));
  });
  if (comparison.degraded) out.push(paint("some pairs were too different to diff word by word and are shown whole", "dim"));
  out.push(...closingLines(comparison, view, rows.length));
  return `${out.join("\n")}\n`;
}

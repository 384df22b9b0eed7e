import { isReported } from "../gate.js";
import type { Comparison, Pair } from "../model.js";
import { paintLine, wrappedLine, wrapSpans, type Span } from "./layout.js";
import { boilerplateLine, contextText, GUTTER, GUTTER_STYLE, headerLine, noteSpans, pairLabel, summaryLine, tokenSpans } from "./spans.js";
import { visibleRows, type View } from "./view.js";

function rowSpans(comparison: Comparison, pair: Pair, view: View, context: boolean): Span[] {
  if (context) return [{ text: contextText(pair), style: "dim" }];
  return [...tokenSpans(pair.tokens, view.color), ...noteSpans(comparison, pair)];
}

/** The default view: one block per changed pair, context around it, folds between, a summary. */
export function renderTerminal(comparison: Comparison, view: View): string {
  const { paint } = view;
  const out: string[] = [wrappedLine(headerLine(comparison), "bold", view)];
  if (comparison.old.removed.length + comparison.new.removed.length > 0) out.push(wrappedLine(boilerplateLine(comparison), "dim", view));
  const changed = (pair: Pair) => isReported(pair, view.gate);
  const rows = comparison.pairs.some(changed) ? visibleRows(comparison, view, changed) : [];
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
    const textWidth = view.width === null ? null : Math.max(10, view.width - view.measure(prefix));
    const lines = wrapSpans(rowSpans(comparison, row.pair, view, context), textWidth, view.measure);
    lines.forEach((line, lineIndex) => {
      const lead = lineIndex === 0 ? paint(prefix, GUTTER_STYLE[op]) : " ".repeat(view.measure(prefix));
      out.push(lead + paintLine(line, paint));
    });
  });
  if (rows.length === 0) out.push(`no differences after normalization (${comparison.new.sentences.length} sentences)`);
  if (comparison.degraded) out.push(paint("some pairs were too different to diff word by word and are shown whole", "dim"));
  out.push(wrappedLine(summaryLine(comparison), "bold", view));
  return `${out.join("\n")}\n`;
}

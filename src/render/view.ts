import type { Gate } from "../gate.js";
import { isReported } from "../gate.js";
import type { Comparison, Pair } from "../model.js";
import type { Measure, Painter } from "./layout.js";

/** Everything a renderer may depend on besides the comparison, resolved once at the edge. */
export interface View {
  /** Colour is on: renderers leave markers out and let the painter style the text. */
  color: boolean;
  /** Styles text for the terminal (a no-op without colour). */
  paint: Painter;
  /** Display columns of a text, for wrapping and columns. */
  measure: Measure;
  /** Columns to wrap to; null for no wrapping. */
  width: number | null;
  /** Unchanged sentences shown around each change. */
  context: number;
  /** Show the evidence for each kind under its pair (--explain). */
  explain?: boolean;
  gate: Gate;
}

export type Row = { pair: Pair; index: number; role: "change" | "context" } | { fold: number };

/** Which pairs a folded view shows: every reported change, `context` pairs around each, folds between. */
export function visibleRows(comparison: Comparison, view: View, isChange: (pair: Pair) => boolean): Row[] {
  const pairs = comparison.pairs;
  const shown = new Array<"change" | "context" | null>(pairs.length).fill(null);
  pairs.forEach((pair, index) => {
    if (!isChange(pair)) return;
    shown[index] = "change";
    for (let k = Math.max(0, index - view.context); k <= Math.min(pairs.length - 1, index + view.context); k++) {
      shown[k] ??= "context";
    }
  });
  const rows: Row[] = [];
  let folded = 0;
  pairs.forEach((pair, index) => {
    const role = shown[index];
    if (role === null || role === undefined) {
      folded += 1;
      return;
    }
    if (folded > 0) rows.push({ fold: folded });
    folded = 0;
    rows.push({ pair, index, role });
  });
  if (folded > 0) rows.push({ fold: folded });
  return rows;
}

/** The rows of a folded view for the reported changes; none at all when nothing is reported. */
export function changeRows(comparison: Comparison, view: View): Row[] {
  const changed = (pair: Pair) => isReported(pair, view.gate);
  return comparison.pairs.some(changed) ? visibleRows(comparison, view, changed) : [];
}

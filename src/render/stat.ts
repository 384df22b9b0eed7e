import { isReported } from "../gate.js";
import type { Comparison } from "../model.js";
import type { View } from "./view.js";

/** One line for the file pair, like `diff --stat` or `wdiff -s`: counts, similarity and kinds. */
export function renderStat(comparison: Comparison, view: View): string {
  const { summary } = comparison;
  const ignored = comparison.pairs.filter((pair) => pair.op !== "equal" && !isReported(pair, view.gate)).length;
  const kinds = Object.entries(summary.kinds).map(([kind, count]) => `${kind} ${count}`).join(", ");
  const headline = comparison.headline !== null && comparison.headline.op !== "equal" ? [`headline ${comparison.headline.op}`] : [];
  const fields = [
    ...headline,
    `${summary.equal} kept`,
    `${summary.changed} changed`,
    `${summary.added} added`,
    `${summary.removed} removed`,
    `${summary.moved} moved`,
    ...(ignored > 0 ? [`${ignored} ignored`] : []),
    `similarity ${summary.similarity.toFixed(2)}`,
  ];
  return `${comparison.old.path} → ${comparison.new.path}: ${fields.join(", ")}${kinds ? ` · ${kinds}` : ""}\n`;
}

import { isReported } from "../gate.js";
import type { Comparison, Kind, Pair } from "../model.js";
import { pairLabel, tokenSpans } from "./spans.js";
import type { View } from "./view.js";

/** Without --fail-on, these kinds are errors and the rest warnings: what an editor must look at. */
export const DEFAULT_ERROR_KINDS: readonly Kind[] = ["quote", "number", "name"];

// Workflow commands: data escapes %, CR and LF; properties also escape : and ,.
const escapeData = (text: string) => text.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
const escapeProperty = (text: string) => escapeData(text).replace(/:/gu, "%3A").replace(/,/gu, "%2C");

/** The line in the new file a pair belongs to; a removed sentence takes the line of what follows it. */
function lineOf(comparison: Comparison, index: number): number {
  for (let k = index; k < comparison.pairs.length; k++) {
    const first = comparison.pairs[k]!.new[0];
    if (first !== undefined) return comparison.new.lines[first] ?? 1;
  }
  return comparison.new.lines[comparison.new.lines.length - 1] ?? 1;
}

function level(pair: Pair, view: View): "error" | "warning" {
  const errors = view.gate.failOn ?? new Set(DEFAULT_ERROR_KINDS);
  return pair.kinds.some((kind) => errors.has(kind) && !view.gate.ignore.has(kind)) ? "error" : "warning";
}

/** One GitHub Actions annotation per reported pair, on the new file's line. */
export function renderGithub(comparison: Comparison, view: View): string {
  const lines = comparison.pairs.flatMap((pair, index) => {
    if (!isReported(pair, view.gate)) return [];
    const kinds = pair.kinds.length > 0 ? pair.kinds.join(" ") : pair.op;
    const text = tokenSpans(pair.tokens, false).map((span) => span.text).join("");
    const properties = `file=${escapeProperty(comparison.new.path)},line=${lineOf(comparison, index)},title=${escapeProperty(`newsdiff: ${kinds}`)}`;
    return [`::${level(pair, view)} ${properties}::${escapeData(`${pair.op} ${pairLabel(pair)}: ${text}`)}`];
  });
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

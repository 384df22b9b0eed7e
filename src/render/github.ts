import { isReported } from "../gate.js";
import type { Comparison, Kind, Pair } from "../model.js";
import { evidenceText, pairLabel, tokenSpans } from "./spans.js";
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

/** The kinds that make an annotation an error: --fail-on's, else quote, number and name; never an ignored one. */
function isErrorKind(kind: Kind, view: View): boolean {
  return (view.gate.failOn ?? new Set(DEFAULT_ERROR_KINDS)).has(kind) && !view.gate.ignore.has(kind);
}

function level(pair: Pair, view: View): "error" | "warning" {
  return pair.kinds.some((kind) => isErrorKind(kind, view)) ? "error" : "warning";
}

/**
 * Why the pair is annotated, before its words: the evidence for its error kinds ("number: 14 →
 * 1.4"), else for its other kinds, so that a reviewer sees why the gate failed without the log.
 */
function evidenceSummary(pair: Pair, view: View): string {
  const changes = pair.changes ?? [];
  const failing = changes.filter((change) => isErrorKind(change.kind, view));
  const shown = failing.length > 0 ? failing : changes.filter((change) => !view.gate.ignore.has(change.kind));
  return shown.map((change) => evidenceText({ ...change, old: clip(change.old), new: clip(change.new) })).join("; ");
}

/** Evidence longer than this (a whole added sentence) is cut: the pair's words follow anyway. */
const EVIDENCE_CLIP = 80;
const clip = (text: string | null) => (text !== null && text.length > EVIDENCE_CLIP ? `${text.slice(0, EVIDENCE_CLIP - 1)}…` : text);

/** One GitHub Actions annotation per reported pair, on the new file's line. */
export function renderGithub(comparison: Comparison, view: View): string {
  const headline = comparison.headline;
  const headlineLines: string[] = [];
  if (headline !== null && isReported(headline, view.gate)) {
    // The headline stands above the body: its annotation goes on the file's first line.
    const kinds = headline.kinds.length > 0 ? headline.kinds.join(" ") : headline.op;
    const text = tokenSpans(headline.tokens, false).map((span) => span.text).join("");
    const properties = `file=${escapeProperty(comparison.new.path)},line=1,title=${escapeProperty(`newsdiff: headline ${kinds}`)}`;
    const why = evidenceSummary(headline, view);
    headlineLines.push(`::${level(headline, view)} ${properties}::${escapeData(`${why === "" ? "" : `${why} — `}headline ${headline.op}: ${text}`)}`);
  }
  const lines = comparison.pairs.flatMap((pair, index) => {
    if (!isReported(pair, view.gate)) return [];
    const kinds = pair.kinds.length > 0 ? pair.kinds.join(" ") : pair.op;
    const text = tokenSpans(pair.tokens, false).map((span) => span.text).join("");
    const properties = `file=${escapeProperty(comparison.new.path)},line=${lineOf(comparison, index)},title=${escapeProperty(`newsdiff: ${kinds}`)}`;
    const why = evidenceSummary(pair, view);
    return [`::${level(pair, view)} ${properties}::${escapeData(`${why === "" ? "" : `${why} — `}${pair.op} ${pairLabel(pair)}: ${text}`)}`];
  });
  const all = [...headlineLines, ...lines];
  return all.length > 0 ? `${all.join("\n")}\n` : "";
}

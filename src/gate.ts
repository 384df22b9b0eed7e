import type { Comparison, Kind, Pair } from "./model.js";

/** What counts as a difference: kinds to leave out, and (when set) the only kinds that fail. */
export interface Gate {
  ignore: ReadonlySet<Kind>;
  failOn: ReadonlySet<Kind> | null;
}

export const OPEN_GATE: Gate = { ignore: new Set(), failOn: null };

/** A pair that differs, unless every kind of its change is ignored. */
export function isReported(pair: Pair, gate: Gate): boolean {
  if (pair.op === "equal") return false;
  return pair.kinds.length === 0 || !pair.kinds.every((kind) => gate.ignore.has(kind));
}

/** A reported pair that also trips `--fail-on` (every reported pair does when it is not set). */
export function isFailing(pair: Pair, gate: Gate): boolean {
  if (!isReported(pair, gate)) return false;
  if (gate.failOn === null) return true;
  return pair.kinds.some((kind) => gate.failOn!.has(kind) && !gate.ignore.has(kind));
}

/** The body's pairs and a changed headline (a web page's) count alike. */
export function differs(comparison: Comparison, gate: Gate): boolean {
  return (comparison.headline !== null && isFailing(comparison.headline, gate)) || comparison.pairs.some((pair) => isFailing(pair, gate));
}

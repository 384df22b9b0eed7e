import type { Kind, Pair } from "../model.js";

/** The kinds of change in a pair, most serious first; [] for an equal pair. */
export function classify(pair: Pair): Kind[] {
  if (pair.op === "equal") return [];
  return [];
}

import type { AlignedPair } from "../model.js";

type OrderedPair = AlignedPair & { inOrder: boolean };

/**
 * Puts pairs in reading order of the new version; a removed sentence stands where it stood in the
 * old one: after the in-place pair before it, ahead of what was added in the same stretch.
 */
export function order(pairs: readonly OrderedPair[], removedOld: readonly number[], addedNew: readonly number[]): AlignedPair[] {
  const byNew = new Map<number, OrderedPair | "added">();
  for (const pair of pairs) byNew.set(pair.new[0]!, pair);
  for (const index of addedNew) byNew.set(index, "added");
  const starts = [...byNew.keys()].sort((a, b) => a - b);
  const inPlace = pairs.filter((pair) => pair.inOrder).sort((a, b) => a.new[0]! - b.new[0]!);
  const removed = [...removedOld].sort((a, b) => a - b);
  const result: AlignedPair[] = [];
  let nextInPlace = 0;
  let nextRemoved = 0;
  const flushRemovedBefore = (limit: number) => {
    while (nextRemoved < removed.length && removed[nextRemoved]! < limit) {
      result.push({ op: "removed", old: [removed[nextRemoved]!], new: [], similarity: 0 });
      nextRemoved += 1;
    }
  };
  for (const start of starts) {
    while (nextInPlace < inPlace.length && inPlace[nextInPlace]!.new[0]! < start) nextInPlace += 1;
    const boundary = inPlace[nextInPlace];
    flushRemovedBefore(boundary ? boundary.old[0]! : Number.POSITIVE_INFINITY);
    const entry = byNew.get(start)!;
    if (entry === "added") result.push({ op: "added", old: [], new: [start], similarity: 0 });
    else result.push({ op: entry.op, old: entry.old, new: entry.new, similarity: entry.similarity });
  }
  flushRemovedBefore(Number.POSITIVE_INFINITY);
  return result;
}

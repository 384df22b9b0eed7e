import type { AlignedPair } from "../model.js";

export type OrderedPair = AlignedPair & { inOrder: boolean };

/** Similarity starts as a double, NaN, for the reason given at align/index.ts newLink. */
function alignedPair(op: AlignedPair["op"], oldIndexes: number[], newIndexes: number[], similarity: number): AlignedPair {
  const pair: AlignedPair = { op, old: oldIndexes, new: newIndexes, similarity: Number.NaN };
  pair.similarity = similarity;
  return pair;
}

/**
 * Puts pairs in reading order of the new version; a removed sentence stands where it stood in the
 * old one: after the in-place pair before it, ahead of what was added in the same stretch.
 */
export function order(pairs: readonly OrderedPair[], removedOld: readonly number[], addedNew: readonly number[], newCount: number): AlignedPair[] {
  // Each new sentence starts one pair or is added: placed by its index, they are in reading order
  // without a sort (a long story has ~12,000).
  const byNew = new Array<OrderedPair | "added" | undefined>(newCount);
  // Indexed loops: see align/index.ts.
  for (let k = 0; k < pairs.length; k++) byNew[pairs[k]!.new[0]!] = pairs[k];
  for (let k = 0; k < addedNew.length; k++) byNew[addedNew[k]!] = "added";
  const starts: number[] = [];
  const inPlace: OrderedPair[] = [];
  for (let index = 0; index < newCount; index++) {
    const entry = byNew[index];
    if (entry === undefined) continue;
    starts.push(index);
    if (entry !== "added" && entry.inOrder) inPlace.push(entry);
  }
  const removed = [...removedOld].sort((a, b) => a - b);
  const result: AlignedPair[] = [];
  let nextInPlace = 0;
  let nextRemoved = 0;
  const flushRemovedBefore = (limit: number) => {
    while (nextRemoved < removed.length && removed[nextRemoved]! < limit) {
      result.push(alignedPair("removed", [removed[nextRemoved]!], [], 0));
      nextRemoved += 1;
    }
  };
  for (let k = 0; k < starts.length; k++) {
    const start = starts[k]!;
    while (nextInPlace < inPlace.length && inPlace[nextInPlace]!.new[0]! < start) nextInPlace += 1;
    const boundary = inPlace[nextInPlace];
    flushRemovedBefore(boundary ? boundary.old[0]! : Number.POSITIVE_INFINITY);
    const entry = byNew[start]!;
    if (entry === "added") result.push(alignedPair("added", [], [start], 0));
    else result.push(alignedPair(entry.op, entry.old, entry.new, entry.similarity));
  }
  flushRemovedBefore(Number.POSITIVE_INFINITY);
  return result;
}

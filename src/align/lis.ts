/**
 * One longest strictly increasing subsequence of `values` (patience sorting, O(n log n)), as a
 * flag per position (1: on it). Pairs on it keep the story's order; the rest moved.
 */
export function longestIncreasingRun(values: readonly number[]): Uint8Array {
  const tails: number[] = [];
  const previous = new Array<number>(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // Most links of a long story are in order: a value above the longest run's end extends it,
    // which the search below would find after log n steps.
    let lo = tails.length > 0 && values[tails[tails.length - 1]!]! < value ? tails.length : 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (values[tails[mid]!]! < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Uint8Array(values.length);
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) keep[i] = 1;
  return keep;
}

/**
 * Maps `items` through `work` with at most `limit` calls in flight, keeping the input order.
 * Bounds open files and memory when many inputs are read.
 */
export async function mapPool<T, R>(items: readonly T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Files read at once: enough to hide disk latency, few enough for any ulimit. */
export const READ_CONCURRENCY = 8;

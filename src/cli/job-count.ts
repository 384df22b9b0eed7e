// How many threads a many-file run uses: apart from cli/workers.ts, so that deciding on one thread
// does not load node:worker_threads (~3-6 ms of a run). node:os too is required only when a run
// has enough files to ask how many cores there are (~1 ms to load it).
import { createRequire } from "node:module";

const cpuCount = () => (createRequire(import.meta.url)("node:os") as typeof import("node:os")).availableParallelism();

/**
 * Below this many files, a worker's start (~25-45 ms: a new V8 isolate that loads the bundle) costs
 * more than it saves; a small article pair takes ~0.5 ms to diff in a warm thread.
 */
export const WORKERS_MIN_FILES = 100;
/** Default pool size at most: past four threads, writing the output in order is the bottleneck. */
export const MAX_DEFAULT_JOBS = 4;
/**
 * Cores left to the main thread: a run in one thread already keeps ~1.4 cores busy (V8 collects
 * garbage and compiles on helper threads), so on 2 cores two workers measured no faster than none
 * (1,000 small pairs: 0.67-0.81x of a loop of git against 0.62-0.68x, docs/performance.md).
 */
const CORES_KEPT = 1;
/** How many threads to use: `--jobs` if given, else all cores but one (up to 4) for a run large enough. */
export function jobCount(requested: number | null, files: number, cores?: number): number {
  if (requested !== null) return requested;
  return files >= WORKERS_MIN_FILES ? Math.max(1, Math.min((cores ?? cpuCount()) - CORES_KEPT, MAX_DEFAULT_JOBS)) : 1;
}

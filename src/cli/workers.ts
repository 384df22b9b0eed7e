// Runs the many-file modes' jobs in a pool of worker threads, handing results back in the jobs'
// order. Workers read their own files (blocking, one job at a time each), so the pool is also the
// bounded pool of concurrent reads. Imported only by the many-file modes and by a worker: loading
// node:worker_threads costs a single pair ~3 ms.
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { buildView, runJob, type Executor, type Job, type JobContext, type JobResult, type ViewSettings } from "./jobs.js";
import type { CliOptions } from "./options.js";
import { WORKER_ARGUMENT } from "./worker-argument.js";

export interface WorkerSettings {
  options: CliOptions;
  view: ViewSettings;
}

export { jobCount, MAX_DEFAULT_JOBS, WORKERS_MIN_FILES } from "./job-count.js";

/** Jobs sent to a worker before its first result comes back, so that it never waits for the next. */
const IN_FLIGHT_PER_WORKER = 2;
/** Finished results held while an earlier, slower job runs: bounds memory to a few stories. */
const WINDOW_PER_WORKER = 8;

type Reply = { id: number; result: JobResult } | { id: number; error: string };

export function inWorkers(script: string, count: number, settings: WorkerSettings): Executor {
  return {
    run(jobs, each) {
      return new Promise<void>((resolve, reject) => {
        const workers = Array.from({ length: Math.min(count, jobs.length) }, () => new Worker(script, { argv: [WORKER_ARGUMENT], workerData: settings }));
        const finished = new Map<number, JobResult>();
        const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
        let nextJob = 0;
        let nextResult = 0;
        let stopped = false;
        const stop = (error?: Error) => {
          if (stopped) return;
          stopped = true;
          for (const worker of workers) void worker.terminate();
          if (error) reject(error);
          else resolve();
        };
        const feed = (worker: Worker) => {
          while (load.get(worker)! < IN_FLIGHT_PER_WORKER && nextJob < jobs.length && nextJob < nextResult + WINDOW_PER_WORKER * workers.length) {
            worker.postMessage({ id: nextJob, job: jobs[nextJob] });
            nextJob += 1;
            load.set(worker, load.get(worker)! + 1);
          }
        };
        for (const worker of workers) {
          worker.on("message", (reply: Reply) => {
            if ("error" in reply) return stop(new Error(reply.error));
            load.set(worker, load.get(worker)! - 1);
            finished.set(reply.id, reply.result);
            while (finished.has(nextResult)) {
              const result = finished.get(nextResult)!;
              finished.delete(nextResult);
              nextResult += 1;
              try {
                each(result);
              } catch (error) {
                return stop(error as Error);
              }
            }
            if (nextResult === jobs.length) return stop();
            for (const other of workers) feed(other);
          });
          worker.on("error", (error) => stop(error));
          worker.on("exit", (code) => {
            if (nextResult < jobs.length) stop(new Error(`a worker thread exited with status ${code}`));
          });
          feed(worker);
        }
        if (jobs.length === 0) stop();
      });
    },
  };
}

/** The body of a worker thread: answers each job with its result. */
export async function serveJobs(): Promise<void> {
  const port = parentPort;
  if (isMainThread || !port) throw new Error(`${WORKER_ARGUMENT} is for the worker threads newsdiff starts itself`);
  const settings = workerData as WorkerSettings;
  const context: JobContext = { options: settings.options, view: await buildView(settings.view) };
  port.on("message", ({ id, job }: { id: number; job: Job }) => {
    runJob(job, context).then(
      (result) => port.postMessage({ id, result } satisfies Reply),
      (error: unknown) => port.postMessage({ id, error: (error as Error)?.message ?? String(error) } satisfies Reply),
    );
  });
}

#!/usr/bin/env node
// The executable: the only place that touches process state (exit status, signals, broken pipes).
// It is also the script of the worker threads that the many-file modes start (cli/workers.ts).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { EXIT } from "./exit.js";
import { standardError, standardOutput, type StandardDescriptor } from "./cli/fd-output.js";
import { run } from "./cli/main.js";

import { WORKER_ARGUMENT } from "./cli/worker-argument.js";

// cli/workers.ts (and node:worker_threads, ~3 ms) loads only in a worker or a many-file run.
if (process.argv[2] === WORKER_ARGUMENT) {
  import("./cli/workers.js")
    .then(({ serveJobs }) => serveJobs())
    .catch((error: unknown) => {
      process.stderr.write(`newsdiff: ${(error as Error)?.message ?? String(error)}\n`);
      process.exitCode = EXIT.error;
    });
} else {
  const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };

  // A reader that stops early (`newsdiff a b | head -1`) is not an error worth a word.
  const quietOnBrokenPipe = (error: NodeJS.ErrnoException): never => {
    if (error.code === "EPIPE") process.exit(EXIT.same);
    throw error;
  };
  // Node's stream objects for the two are made only when a run needs them (cli/fd-output.ts).
  const made = new Set<NodeJS.WriteStream>();
  const descriptor = (fd: 1 | 2): StandardDescriptor => ({
    fd,
    stream() {
      const created = fd === 1 ? process.stdout : process.stderr;
      if (!made.has(created)) created.on("error", quietOnBrokenPipe);
      made.add(created);
      return created;
    },
    failed: quietOnBrokenPipe,
  });
  const [stdout, stderr] = [standardOutput(descriptor(1)), standardError(descriptor(2))];
  // No SIGINT handler on purpose: the pipeline is synchronous, so a handler would run only after
  // the work is done. Node's default ends the process at once, silently; the shell sees 130.

  // No top-level await: the shipped bundle is CommonJS (see scripts/bundle.js).
  // The launcher's V8 flags for long runs (the same module instance the launcher loaded).
  const tuneForLongRun = () => {
    const launcher = createRequire(import.meta.url)(fileURLToPath(new URL("../bin/cached-script.cjs", import.meta.url))) as { tuneForLongRun(): void };
    launcher.tuneForLongRun();
  };
  const io = { stdout, stderr, env: process.env, version, workerScript: process.argv[1], tuneForLongRun };
  void run(process.argv.slice(2), io).then((status) => {
    process.exitCode = status;
    // Once the output is out, end at once: a process left to wind down on its own tears down its
    // heap and waits for V8's background work, 40 ms of two unrelated 20k-word texts and 140 ms of
    // 1,000 pairs. Output still buffered (a pipe that is asynchronous, as on macOS) is let drain.
    for (const created of made) if (created.writableLength > 0) return;
    process.exit(status);
  });
}

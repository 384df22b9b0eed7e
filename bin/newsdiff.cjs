#!/usr/bin/env node
// The installed command. It runs dist/newsdiff.cjs (see scripts/bundle.js) compiled from V8's code
// cache when the cache matches this build and this node, and compiles it normally when not. V8's
// flags for long runs are set by the CLI once it knows the run is one (bin/cached-script.cjs).
"use strict";
const { join } = require("node:path");
const { readBundleText, runCachedBundle, tuneForLongRun } = require("./cached-script.cjs");

// A worker thread runs jobs of a many-file run, which set V8's flags (they are the process's)
// before it started the worker: its bundle is compiled, and its cache chosen, as such a run's.
// The argument is src/cli/worker-argument.ts's WORKER_ARGUMENT (this file runs before the
// bundle); test/e2e/launch.test.ts fails if a worker compiles from any cache but the tuned one.
if (process.argv[2] === "--newsdiff-worker") tuneForLongRun();

const bundle = join(__dirname, "..", "dist", "newsdiff.cjs");
let source;
try {
  // The bundle is ASCII (scripts/bundle.js checks): read as Latin-1, it is a one-byte string at once.
  source = readBundleText(bundle, "latin1");
} catch {
  process.stderr.write(`newsdiff: the built CLI is missing; run npm run build (${bundle})\n`);
  process.exit(2);
}
// NEWSDIFF_WRITE_CODE_CACHE is set only by scripts/bundle.js's training runs.
runCachedBundle(bundle, source, "NEWSDIFF_WRITE_CODE_CACHE");

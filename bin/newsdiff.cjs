#!/usr/bin/env node
// The installed command. It runs dist/newsdiff.cjs (see scripts/bundle.js) compiled from V8's code
// cache when the cache matches this build and this node, and compiles it normally when not.
"use strict";
const { setFlagsFromString } = require("node:v8");
// Regular expressions straight to machine code: V8 otherwise interprets each one first, and the
// tokenizer's large Unicode pattern ran several times slower that way on real copy (its first
// pass over a story's 12 sentences: 8.7 ms interpreted, 2.6 ms compiled). Set before anything
// is compiled, so that the code cache's build and its use see the same flags.
setFlagsFromString("--no-regexp-tier-up");
// No inlining in V8's optimizing compiler: a run is over in well under a second, and on two cores
// the compiler thread was busy all through a 1,000-pair run (0.95 s of compiling for ~130
// functions) while the code waited for it in slower tiers. Without inlining each function
// compiles sooner: 1,000 pairs, the 200k-word pair and two unrelated texts all ran ~6% faster
// (7 alternating rounds each), a small pair the same.
setFlagsFromString("--no-turbo-inlining");
// Scavenges (the young generation's collections, dozens a run) on the main thread alone: V8 splits
// each over helper threads, which on two cores wait for the optimizing compiler's thread. The 264
// real pairs 0.97x the time, a small pair 0.96x, a 20k-word story 0.98x; the other rows within
// noise (7 alternating rounds). Its siblings that stop concurrent marking or set
// --single-threaded-gc cut the 200k-word pair to 0.72x, but set after start-up they crash V8 at
// its next full collection (5 runs of 5, on the fixtures' web pages): only this one is safe here.
setFlagsFromString("--no-parallel-scavenge");
// The young generation keeps its first size (1 MB a semi-space) instead of doubling when much of
// it survives: each doubling touches fresh pages, and a first touch is a page fault, ~11 us a 4 KB
// page on the machine we measure on (1 MB = 2.8 ms). Long stories keep their pairs alive, so the
// young generation grew to 16 MB: the 20k-word story 0.92x the time, the 200k-word pair 0.86x,
// two unrelated 20k-word texts 0.85x (the same under node 24); the real pairs, whose data dies
// young, 0.96x (with growth, they took 1.04x as long), 1,000 small pairs 1.02x (noise; 7-21
// alternating rounds). Unlike the sizes themselves, the growth factor is read when the heap
// grows, so it can be set here.
setFlagsFromString("--semi-space-growth-factor=1");
// Node 20's V8 (11.x) sends a function to its optimizing compiler after this much work in lower
// tiers (66 KB of bytecode run by default): three times later, fewer functions are compiled for
// a run that ends before they pay. 264 real pairs 0.91x the time (13 alternating rounds), a small
// pair and 1,000 small pairs the same. Node 22 and later tier up by other counters (the flag is
// gone there, and an unknown flag is an error on standard error).
if (Number(process.versions.v8.split(".")[0]) < 12) setFlagsFromString("--interrupt-budget=200000");
const { join } = require("node:path");
const { readBundleText, runCachedBundle } = require("./cached-script.cjs");

const bundle = join(__dirname, "..", "dist", "newsdiff.cjs");
let source;
try {
  // The bundle is ASCII (scripts/bundle.js checks): read as Latin-1, it is a one-byte string at once.
  source = readBundleText(bundle, "latin1");
} catch {
  process.stderr.write(`newsdiff: the built CLI is missing; run npm run build (${bundle})\n`);
  process.exit(2);
}
// NEWSDIFF_WRITE_CODE_CACHE is set only by scripts/bundle.js's training run.
const { cache } = runCachedBundle(bundle, source, "NEWSDIFF_WRITE_CODE_CACHE");
if (process.env.NEWSDIFF_DEBUG_CODE_CACHE) process.stderr.write(`newsdiff: code cache ${cache}\n`);

// Runs one of dist/'s CommonJS bundles compiled from the V8 code cache its build recorded
// (scripts/bundle.js), or compiled as usual when the cache is missing or does not fit this build
// and this node (V8 rejects it then). Serves the CLI's bundle (bin/newsdiff.cjs), the page
// loader's (dist/newsdiff-page.cjs, required only for a web page), the language data's
// (dist/newsdiff-language.cjs, required only for copy in another language than English) and
// fast-glob's (dist/newsdiff-glob.cjs, required only to walk directories).
"use strict";
const { closeSync, fstatSync, openSync, readSync, writeFileSync } = require("node:fs");
const { basename, dirname, join } = require("node:path");
const { Script } = require("node:vm");

const V8_MAJOR = Number(process.versions.v8.split(".")[0]);

/**
 * V8's flags for a long run: many files, or one long pair. Each measured on two cores; the CLI
 * sets them (tuneForLongRun) once its options are parsed and its inputs read, after the CLI's
 * bundle was compiled: set then, they keep their gain (the real pairs 1.007× of setting them
 * first, 21 rounds). One small pair runs without them: loading node:v8 to set them cost 3.5 ms
 * under node 20, 7.5 under node 22 and 5.7 under node 24, more than they gave it.
 */
const LONG_RUN_FLAGS = [
  // Regular expressions straight to machine code: V8 otherwise interprets each one first, and the
  // tokenizer's large Unicode pattern ran several times slower that way on real copy (its first
  // pass over a story's 12 sentences: 8.7 ms interpreted, 2.6 ms compiled).
  "--no-regexp-tier-up",
  // No inlining in V8's optimizing compiler: a run is over in well under a second, and on two cores
  // the compiler thread was busy all through a 1,000-pair run (0.95 s of compiling for ~130
  // functions) while the code waited for it in slower tiers. Without inlining each function
  // compiles sooner: 1,000 pairs, the 200k-word pair and two unrelated texts all ran ~6% faster
  // (7 alternating rounds each), a small pair the same.
  "--no-turbo-inlining",
  // Scavenges (the young generation's collections, dozens a run) on the main thread alone: V8 splits
  // each over helper threads, which on two cores wait for the optimizing compiler's thread. The 264
  // real pairs 0.97x the time, a small pair 0.96x, a 20k-word story 0.98x; the other rows within
  // noise (7 alternating rounds). Its siblings that stop concurrent marking or set
  // --single-threaded-gc cut the 200k-word pair to 0.72x, but set after start-up they crash V8 at
  // its next full collection (5 runs of 5, on the fixtures' web pages): only this one is safe here.
  "--no-parallel-scavenge",
  // The young generation keeps its first size (1 MB a semi-space) instead of doubling when much of
  // it survives: each doubling touches fresh pages, and a first touch is a page fault, ~11 us a 4 KB
  // page on the machine we measure on (1 MB = 2.8 ms). Long stories keep their pairs alive, so the
  // young generation grew to 16 MB: the 20k-word story 0.92x the time, the 200k-word pair 0.86x,
  // two unrelated 20k-word texts 0.85x (the same under node 24); the real pairs, whose data dies
  // young, 0.96x (with growth, they took 1.04x as long), 1,000 small pairs 1.02x (noise; 7-21
  // alternating rounds). Unlike the sizes themselves, the growth factor is read when the heap
  // grows, so it can be set after start-up.
  "--semi-space-growth-factor=1",
  // Node 20's V8 (11.x) sends a function to its optimizing compiler after this much work in lower
  // tiers (66 KB of bytecode run by default): three times later, fewer functions are compiled for
  // a run that ends before they pay. 264 real pairs 0.91x the time (13 alternating rounds), a small
  // pair and 1,000 small pairs the same. Node 22 and later tier up by other counters (the flag is
  // gone there, and an unknown flag is an error on standard error).
  ...(V8_MAJOR < 12 ? ["--interrupt-budget=200000"] : []),
  // Node 24's V8 (13.x) runs Maglev, its middle optimizing tier, and compiles for it on up to two
  // threads of its own beside TurboFan's: on two cores, three compiler threads and the main thread
  // took turns (a run over the real pairs compiled ~380 functions with Maglev and ~30 with
  // TurboFan, ~360 ms of compiling in a ~400 ms run). One Maglev thread, node 22's
  // default: the 264 real pairs 0.95x the time (0.953, 0.914, 0.974 and 0.974 in four runs of 15-41
  // alternating rounds), the same CPU. Set whatever the core count: it is part of V8's flag hash,
  // and a count-dependent flag would reject the tuned caches on a machine other than the build's.
  ...(V8_MAJOR >= 13 ? ["--concurrent-maglev-max-threads=1"] : []),
];

let tuned = false;

/**
 * Sets LONG_RUN_FLAGS, once. V8 checks that a code cache was made under the flags it is used
 * under, so from then on the bundles' caches are the ".tuned" ones their build trained on
 * many-file runs (scripts/bundle.js).
 */
function tuneForLongRun() {
  if (tuned) return;
  tuned = true;
  const { setFlagsFromString } = v8Flags();
  for (const flag of LONG_RUN_FLAGS) setFlagsFromString(flag);
}

/**
 * What sets V8's flags. node:v8 took 3.3-4.0 ms to load under node 20 and ~6 ms under node 22 (it
 * loads node's stream layers for its heap snapshots), the internal binding it wraps 0.2-0.5 ms:
 * ~4-8% of a 20,000-word story's time above node's start-up. process.binding is deprecated
 * (DEP0111), so its warning, which would be ours to print, is held back while it is called; node
 * 24 has no such binding (it throws), and there, or wherever it is refused, node:v8 is loaded.
 */
function v8Flags() {
  const quiet = process.noDeprecation;
  try {
    process.noDeprecation = true;
    const binding = process.binding("v8");
    if (typeof binding.setFlagsFromString === "function") return binding;
  } catch {
    // no binding: node:v8 below
  } finally {
    process.noDeprecation = quiet;
  }
  return require("node:v8");
}

/**
 * One buffer that each bundle's text and then its code cache are read into, in turn. The first
 * touch of a page of fresh memory is a page fault (~11 µs on the machine we measure on), and the
 * CLI's cache, read into the pages its text was read into a moment before, spares 77 of them: a
 * run had 3,397 faults and now ~3,320 (the text is copied into a string of its own before the
 * cache is read, and V8 has read the cache before the next bundle's text comes).
 */
let scratch = null;

/** A file's bytes, in `scratch` until the next read. */
function readIntoScratch(file) {
  const fd = openSync(file, "r");
  try {
    const size = fstatSync(fd).size;
    // Room for a cache larger than its text (the CLI's is ~1.35×): pages not written are not touched.
    if (scratch === null || scratch.length < size) scratch = Buffer.allocUnsafeSlow(Math.max(2 * size, 1 << 20));
    let filled = 0;
    while (filled < size) {
      const count = readSync(fd, scratch, filled, size - filled, filled);
      if (count === 0) break;
      filled += count;
    }
    return scratch.subarray(0, filled);
  } finally {
    closeSync(fd);
  }
}

/** A bundle's text: "latin1" for the CLI's, which is ASCII (a one-byte string at once), "utf8" for the others. */
function readBundleText(file, encoding) {
  return readIntoScratch(file).toString(encoding);
}

/**
 * A bundle's build line (`// newsdiff build <id>`, or `page`, `language` or `glob` before `build`)
 * names the cache made for it, `<name>.<id>.cache` beside it. When the
 * environment variable `writeCacheVariable` is set (a training run at build time), the bytecode of
 * everything the run compiled is written there at exit. NEWSDIFF_DEBUG_CODE_CACHE=1 says on stderr
 * what became of the cache. Returns the bundle's exports.
 */
function runCachedBundle(file, source, writeCacheVariable) {
  const build = /^\/\/ newsdiff (?:page |language |glob )?build (\w+)/u.exec(source);
  const cachePath = () => join(dirname(file), `${basename(file, ".cjs")}.${build ? build[1] : "unknown"}${tuned ? ".tuned" : ""}.cache`);
  let cachedData;
  try {
    cachedData = build ? readIntoScratch(cachePath()) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The file holds the bundle inside CommonJS's module function (scripts/bundle.js's bundleFile):
  // its text is compiled as read, with no copy. No dynamic import() can run in a bundle: compiled
  // from a cache, node 20 drops the script's import callback. scripts/bundle.js keeps every
  // dependency in a bundle or behind require().
  const script = new Script(source, { filename: file, cachedData });
  // Named at exit: a training run that became a long one wrote a cache made under the flags.
  if (process.env[writeCacheVariable] && build) process.once("exit", () => writeFileSync(cachePath(), script.createCachedData()));
  const cache = cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  if (process.env.NEWSDIFF_DEBUG_CODE_CACHE) process.stderr.write(`newsdiff: code cache ${cache} (${basename(file)}${tuned ? ", tuned" : ""})\n`);
  const bundleModule = { exports: {} };
  // This file's require() serves the bundle: it asks only for node's builtins, the other bundles
  // by absolute path and an optional package (linkedom's canvas), which resolve alike from bin/
  // and dist/. createRequire(file) would load node:module and node's ESM loader (~0.7 ms).
  script.runInThisContext()(bundleModule.exports, require, bundleModule, file, dirname(file));
  return bundleModule.exports;
}

module.exports = { LONG_RUN_FLAGS, readBundleText, runCachedBundle, tuneForLongRun };

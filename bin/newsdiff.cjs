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
const { readFileSync, writeFileSync } = require("node:fs");
const { createRequire } = require("node:module");
const { join } = require("node:path");
const { Script } = require("node:vm");

const dist = join(__dirname, "..", "dist");
const bundle = join(dist, "newsdiff.cjs");
let source;
try {
  source = readFileSync(bundle, "utf8");
} catch {
  process.stderr.write(`newsdiff: the built CLI is missing; run npm run build (${bundle})\n`);
  process.exit(2);
}
// The bundle's second line names its build; the cache made for that build carries the same name.
const build = /^#!.*\n\/\/ newsdiff build (\w+)/u.exec(source);
const cachePath = join(dist, `newsdiff.${build ? build[1] : "unknown"}.cache`);
let cachedData;
try {
  cachedData = build ? readFileSync(cachePath) : undefined;
} catch {
  cachedData = undefined;
}
const wrapper = `(function (exports, require, module, __filename, __dirname) {${source.replace(/^#!.*/u, "")}\n})`;
// No dynamic import() can run in the bundle: compiled from a cache, node 20 drops the script's
// import callback. scripts/bundle.js keeps every dependency in the bundle or behind require().
const script = new Script(wrapper, { filename: bundle, cachedData });
// Set only by scripts/bundle.js's training run: keep the bytecode of everything that run compiled.
if (process.env.NEWSDIFF_WRITE_CODE_CACHE && build) process.once("exit", () => writeFileSync(cachePath, script.createCachedData()));
if (process.env.NEWSDIFF_DEBUG_CODE_CACHE) {
  process.stderr.write(`newsdiff: code cache ${cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used"}\n`);
}
const bundleModule = { exports: {} };
script.runInThisContext()(bundleModule.exports, createRequire(bundle), bundleModule, bundle, dist);

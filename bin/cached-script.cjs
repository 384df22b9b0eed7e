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
 * everything the run compiled is written there at exit. Returns the bundle's exports and what became of the cache.
 */
function runCachedBundle(file, source, writeCacheVariable) {
  const build = /^\/\/ newsdiff (?:page |language |glob )?build (\w+)/u.exec(source);
  const cachePath = join(dirname(file), `${basename(file, ".cjs")}.${build ? build[1] : "unknown"}.cache`);
  let cachedData;
  try {
    cachedData = build ? readIntoScratch(cachePath) : undefined;
  } catch {
    cachedData = undefined;
  }
  // The file holds the bundle inside CommonJS's module function (scripts/bundle.js's bundleFile):
  // its text is compiled as read, with no copy. No dynamic import() can run in a bundle: compiled
  // from a cache, node 20 drops the script's import callback. scripts/bundle.js keeps every
  // dependency in a bundle or behind require().
  const script = new Script(source, { filename: file, cachedData });
  if (process.env[writeCacheVariable] && build) process.once("exit", () => writeFileSync(cachePath, script.createCachedData()));
  const bundleModule = { exports: {} };
  // This file's require() serves the bundle: it asks only for node's builtins, the other bundles
  // by absolute path and an optional package (linkedom's canvas), which resolve alike from bin/
  // and dist/. createRequire(file) would load node:module and node's ESM loader (~0.7 ms).
  script.runInThisContext()(bundleModule.exports, require, bundleModule, file, dirname(file));
  return { exports: bundleModule.exports, cache: cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used" };
}

module.exports = { readBundleText, runCachedBundle };

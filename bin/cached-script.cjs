// Runs one of dist/'s CommonJS bundles compiled from the V8 code cache its build recorded
// (scripts/bundle.js), or compiled as usual when the cache is missing or does not fit this build
// and this node (V8 rejects it then). Serves the CLI's bundle (bin/newsdiff.cjs), the page
// loader's (dist/newsdiff-page.cjs, required only for a web page), the language data's
// (dist/newsdiff-language.cjs, required only for copy in another language than English) and
// fast-glob's (dist/newsdiff-glob.cjs, required only to walk directories).
"use strict";
const { readFileSync, writeFileSync } = require("node:fs");
const { basename, dirname, join } = require("node:path");
const { Script } = require("node:vm");

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
    cachedData = build ? readFileSync(cachePath) : undefined;
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

module.exports = { runCachedBundle };

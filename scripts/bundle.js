// Bundles the CLI into dist/cli.js (after tsc has type-checked and emitted dist/): one file to
// parse instead of ~80 modules to resolve, which is most of a small diff's start-up time.
// Code that only some modes need (fast-glob for directories and --history) stays in lazy chunks.
import { build } from "esbuild";

await build({
  entryPoints: { cli: "src/cli.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  minifyWhitespace: true,
  minifySyntax: true,
  chunkNames: "chunks/[name]-[hash]",
  // CommonJS dependencies (commander, fast-glob) call require() for node's own modules.
  banner: { js: "import { createRequire as __newsdiffRequire } from 'node:module'; const require = __newsdiffRequire(import.meta.url);" },
  logLevel: "warning",
});

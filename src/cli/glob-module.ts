import { createRequire } from "node:module";

// fast-glob is loaded only by the modes that walk directories. Here, for the library and the
// unbundled CLI, with require() from node_modules; the CLI's bundle replaces this module
// (scripts/bundle.js) with a require() of dist/newsdiff-glob.cjs, compiled from its code cache.
export const loadGlob = () => createRequire(import.meta.url)("fast-glob") as typeof import("fast-glob");

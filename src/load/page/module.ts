// How the page loader is brought in: a dynamic import here, for the library. The CLI's bundle
// replaces this module (scripts/bundle.js) with a require() of dist/newsdiff-page.cjs, the loader
// and its libraries bundled apart, so that a run on text files never compiles them.
export type PageModule = typeof import("./extract.js");

export async function pageModule(): Promise<PageModule> {
  return import("./extract.js");
}

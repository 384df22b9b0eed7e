// Bundles the CLI into one CommonJS file, dist/newsdiff.cjs, and makes a V8 code cache for it
// (after tsc has type-checked and emitted dist/). Start-up is most of a small diff's time:
//  - one file to compile instead of ~80 modules to resolve and link;
//  - CommonJS because only a classic script can be compiled from a code cache on node 20
//    (node 22's module.enableCompileCache is the built-in version of what bin/newsdiff.cjs does);
//  - the cache is made by a training run on the demo pair, so it holds the bytecode of every
//    function a diff runs, not just the top level: ~17 ms less per run, measured.
// The cache file is named after a hash of the bundle, so a stale cache can never be used.
import { pathToFileURL } from "node:url";
import { createHash } from "node:crypto";
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { build } from "esbuild";

const BUNDLE = "dist/newsdiff.cjs";

// commander requires child_process (and with it net, dgram and streams) for executable subcommands,
// which newsdiff has none of: load it only if something asks for it.
const lazyChildProcess = {
  name: "lazy-child-process",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes("node_modules") ? { path: "lazy-child-process", namespace: "newsdiff" } : undefined,
    );
    pluginBuild.onLoad({ filter: /.*/, namespace: "newsdiff" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:child_process")[key] });',
      loader: "js",
    }));
  },
};

// src/ imports createRequire from node:module to require a builtin on first use (node:crypto,
// node:os): loading node:module takes node's ESM loader with it (~0.7 ms of every run). In the
// bundle, require() is the one bin/cached-script.cjs hands it, so src/'s createRequire(...) is that.
const builtinRequire = {
  name: "builtin-require",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^node:module$/ }, (args) => (/[\\/]src[\\/]/.test(args.importer) ? { path: "builtin-require", namespace: "newsdiff-require" } : undefined));
    pluginBuild.onLoad({ filter: /.*/, namespace: "newsdiff-require" }, () => ({ contents: "exports.createRequire = () => require;", loader: "js" }));
  },
};

// chalk detects colour support on import (loading node:tty, node:net and node:os, ~3 ms); newsdiff
// resolves the level itself (src/cli/color.ts) and always gives chalk one, so chalk gets its own
// browser build of that detection, which loads nothing.
const chalkWithoutDetection = {
  name: "chalk-without-detection",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^#supports-color$/ }, (args) => ({ path: join(dirname(args.importer), "vendor", "supports-color", "browser.js") }));
  },
};

// Language detection (franc, whose trigram tables take ~21 ms to build) and the spelled-number
// tables (n2words) serve only copy in other languages than English, and bundled with the CLI they
// doubled its size (259 KB → 515 KB) and slowed every English run by ~4%: they go in a bundle of
// their own, dist/newsdiff-language.cjs, required on first use. Each import of them from src/
// becomes a module whose functions require that bundle when first called.
const LANGUAGE_BUNDLE = "newsdiff-language.cjs";
const LANGUAGE_MODULES = ["franc", "n2words/ar-SA", "n2words/de-DE", "n2words/es-ES", "n2words/fr-FR", "n2words/it-IT", "n2words/ja-JP", "n2words/nl-NL", "n2words/pl-PL", "n2words/pt-PT", "n2words/ru-RU", "n2words/tr-TR", "n2words/zh-Hans-CN",
  "n2words/cs-CZ", "n2words/da-DK", "n2words/el-GR", "n2words/fi-FI", "n2words/fil-PH", "n2words/hr-HR", "n2words/hu-HU", "n2words/id-ID", "n2words/ms-MY", "n2words/nb-NO", "n2words/lt-LT", "n2words/lv-LV",
  "n2words/ro-RO", "n2words/sr-Cyrl-RS", "n2words/sr-Latn-RS", "n2words/sv-SE", "n2words/uk-UA",
  "n2words/bn-BD", "n2words/fa-IR", "n2words/gu-IN", "n2words/hi-IN", "n2words/kn-IN", "n2words/mr-IN", "n2words/pa-IN", "n2words/ta-IN", "n2words/te-IN", "n2words/ur-PK", "n2words/vi-VN", "n2words/sw-KE"];
const LAZY_MODULES = /^(franc|n2words\/[\w-]+)$/;
const lazyLanguageData = {
  name: "lazy-language-data",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: LAZY_MODULES }, (args) => {
      if (!LANGUAGE_MODULES.includes(args.path)) throw new Error(`${args.path} is not in scripts/bundle.js's LANGUAGE_MODULES`);
      return { path: args.path, namespace: "newsdiff-lazy" };
    });
    pluginBuild.onResolve({ filter: /^newsdiff-language-loader$/ }, () => ({ path: "loader", namespace: "newsdiff-lazy" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "newsdiff-lazy" }, (args) => {
      if (args.path === "loader") return { contents: LANGUAGE_LOADER, loader: "js" };
      const exported = args.path === "franc" ? ["francAll"] : ["toCardinal", "toOrdinal"];
      const contents = [
        'const { languageBundle } = require("newsdiff-language-loader");',
        ...exported.map((name) => `exports.${name} = (...values) => languageBundle()[${JSON.stringify(args.path)}].${name}(...values);`),
      ].join("\n");
      return { contents, loader: "js" };
    });
  },
};

/**
 * The source of a module, inside the CLI's bundle, whose `exportName()` returns the exports of one
 * of dist/'s side bundles, compiled on first call from the code cache its training run recorded
 * (bin/cached-script.cjs; `cacheVariable` names the environment variable of that run). Without a
 * cache, requiring them cost: the language bundle 9 ms, the page bundle 41 ms, fast-glob 25 ms.
 */
function sideBundleLoader(bundle, cacheVariable, exportName) {
  return `
const { join } = require("node:path");
let loaded;
module.exports.${exportName} = () => {
  if (loaded === undefined) {
    const file = join(__dirname, ${JSON.stringify(bundle)});
    const { readBundleText, runCachedBundle } = require(join(__dirname, "..", "bin", "cached-script.cjs"));
    loaded = runCachedBundle(file, readBundleText(file, "utf8"), ${JSON.stringify(cacheVariable)});
  }
  return loaded;
};
`;
}

// The language bundle is trained on a German pair.
const LANGUAGE_LOADER = sideBundleLoader(LANGUAGE_BUNDLE, "NEWSDIFF_WRITE_LANGUAGE_CODE_CACHE", "languageBundle");

// Web pages are read by src/load/page/extract.ts with linkedom, Readability and iconv-lite (1.2 MB
// bundled): they go in a bundle of their own, dist/newsdiff-page.cjs, that the CLI require()s only
// when an input is a web page. In the CLI's bundle, page/module.ts becomes that require().
const PAGE_BUNDLE = "newsdiff-page.cjs";
const pageBundleRequire = {
  name: "page-bundle-require",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/module\.js$/ }, (args) =>
      /src[\\/]load[\\/]page$/.test(args.resolveDir) ? { path: "page-module", namespace: "newsdiff-page" } : undefined,
    );
    pluginBuild.onResolve({ filter: /newsdiff-page\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "newsdiff-page" }, () => ({ contents: PAGE_LOADER, loader: "js" }));
  },
};

// The page bundle is trained on a pair of pages. A cache that does not match this build or this
// node is rejected by V8, and a bundle then compiles as usual.
const PAGE_LOADER = `${sideBundleLoader(PAGE_BUNDLE, "NEWSDIFF_WRITE_PAGE_CODE_CACHE", "pageBundle")}
module.exports.pageModule = async () => module.exports.pageBundle();
`;

// fast-glob (with micromatch, picomatch, braces…) walks directories for the modes that take them:
// a bundle of its own, dist/newsdiff-glob.cjs, trained on a directory run. Required from
// node_modules it was compiled on every such run (~25 ms of a run over 264 pairs); bundled with
// the CLI, every pair would deserialize it. In the CLI's bundle, src/cli/glob-module.ts becomes the loader.
const GLOB_BUNDLE = "newsdiff-glob.cjs";
const globBundleRequire = {
  name: "glob-bundle-require",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^\.\/glob-module\.js$/ }, (args) => (/src[\\/]cli$/.test(args.resolveDir) ? { path: "glob-module", namespace: "newsdiff-glob" } : undefined));
    pluginBuild.onLoad({ filter: /.*/, namespace: "newsdiff-glob" }, () => ({
      contents: `${sideBundleLoader(GLOB_BUNDLE, "NEWSDIFF_WRITE_GLOB_CODE_CACHE", "globBundle")}\nmodule.exports.loadGlob = () => module.exports.globBundle();\n`,
      loader: "js",
    }));
  },
};

// fast-glob requires node:stream (~20 of node's own modules, ~2.5 ms to load) for its streaming
// API, at the top of its modules and of merge2's; newsdiff calls only fg.sync. In the glob bundle
// both are loaded when first used: node:stream behind a proxy (fast-glob and @nodelib reach it only
// inside functions), merge2 behind a function (it takes Stream.PassThrough at its top level).
const lazyStreams = {
  name: "lazy-streams",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^(node:)?stream$/ }, (args) =>
      args.importer.includes("node_modules") && !args.importer.includes(`${join("node_modules", "merge2")}`) ? { path: "lazy-stream", namespace: "newsdiff-stream" } : undefined,
    );
    pluginBuild.onResolve({ filter: /^merge2$/ }, (args) => (args.namespace === "newsdiff-stream" ? undefined : { path: "lazy-merge2", namespace: "newsdiff-stream" }));
    pluginBuild.onLoad({ filter: /^lazy-stream$/, namespace: "newsdiff-stream" }, () => ({
      contents: 'module.exports = new Proxy({}, { get: (_, key) => require("node:stream")[key] });',
      loader: "js",
    }));
    pluginBuild.onLoad({ filter: /^lazy-merge2$/, namespace: "newsdiff-stream" }, () => ({
      contents: 'module.exports = function merge2() { return require("merge2").apply(this, arguments); };',
      resolveDir: process.cwd(),
      loader: "js",
    }));
  },
};

// linkedom parses the CSS of <style> elements with cssomnom (0.37 MB), for style sheets the loader
// never reads: an empty parser in its place.
const withoutCssParser = {
  name: "without-css-parser",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^cssomnom(\/.*)?$/ }, () => ({ path: "cssomnom", namespace: "newsdiff-css" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "newsdiff-css" }, () => ({ contents: "exports.parse = () => ({ cssRules: [] });", loader: "js" }));
  },
};

/**
 * The CLI's bundle is ASCII, so that bin/newsdiff.cjs reads it as Latin-1: a one-byte string, read
 * without decoding, which V8 also hashes and compiles from its cache faster (4.5 ms less a run,
 * 21 alternating runs; esbuild escapes strings itself, but not regular expression literals or
 * String.raw templates). Each character beyond ASCII in src/ is written as a \uXXXX escape before
 * esbuild reads it: the same character in a string, a template or a regular expression (a UTF-16
 * pair for one beyond U+FFFF, which a pattern with the u flag reads as one). A String.raw template
 * keeps the escape as text, which is only right where it becomes a pattern; src/ has them only
 * there (src/segment/tokens.ts, src/normalize/rules.ts).
 */
const asciiSource = {
  name: "ascii-source",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, (args) => ({
      contents: readFileSync(args.path, "utf8").replace(/[^\x00-\x7f]/gu, (char) =>
        Array.from({ length: char.length }, (_, k) => `\\u${char.charCodeAt(k).toString(16).padStart(4, "0")}`).join(""),
      ),
      loader: "ts",
    }));
  },
};

/**
 * A bundle's file: its build line (bin/cached-script.cjs finds the code cache by it), then the
 * bundle inside the function CommonJS wraps a module in, so that the loader compiles the file's
 * text as it is. Wrapped at run time, the text was copied whole (a 270 KB string, ~0.8 ms of page
 * faults here) and flattened again for the compilation cache: a small pair 0.94-0.97x the time.
 */
function bundleFile(buildLine, code) {
  return `${buildLine}\n(function (exports, require, module, __filename, __dirname) {${code}\n})`;
}

/** What both bundles are: one CommonJS file for node 20, written by this script (with its build line). */
const BUNDLE_OPTIONS = {
  bundle: true,
  format: "cjs",
  platform: "node",
  target: "node20",
  minifyWhitespace: !process.env.BUNDLE_READABLE,
  minifySyntax: true,
  // Node has had \p{…} escapes since 10, but esbuild rewrites regular expression literals that use
  // them into `new RegExp("…")` calls: keep them literals, as written (no measurable time either way).
  supported: { "regexp-unicode-property-escapes": true },
  write: false,
  logLevel: "warning",
};

const pageResult = await build({
  ...BUNDLE_OPTIONS,
  entryPoints: ["src/load/page/extract.ts"],
  outfile: `dist/${PAGE_BUNDLE}`,
  plugins: [withoutCssParser],
});

const result = await build({
  ...BUNDLE_OPTIONS,
  entryPoints: ["src/cli.ts"],
  outfile: BUNDLE,
  define: { "import.meta.url": "__newsdiffUrl" },
  banner: { js: 'const __newsdiffUrl = require("node:url").pathToFileURL(__filename).href;' },
  plugins: [lazyChildProcess, chalkWithoutDetection, pageBundleRequire, lazyLanguageData, globBundleRequire, builtinRequire, asciiSource],
});

// The language bundle has a getter for each module under its name ({ "franc": { francAll },
// "n2words/de-DE": { toCardinal }, … }): each is require()d, so esbuild runs its code only when
// first asked for, and German copy read with --lang never builds franc's tables.
// franc builds the trigram tables of all its 187 languages when its module runs (~47 ms here);
// the detector ranks those of src/text/alphabets.ts only (francAll's `only`), so the bundle holds
// their tables alone (~23 ms), with the same rankings.
const { ALPHABETS } = await import("../dist/text/alphabets.js");
const francTrigramsRanked = {
  name: "franc-trigrams-ranked",
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /[\\/]node_modules[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const { data } = await import(pathToFileURL(args.path).href);
      const ranked = Object.fromEntries(Object.entries(ALPHABETS).map(([script, languages]) => [script, Object.fromEntries(Object.keys(languages).map((code) => [code, data[script][code]]))]));
      return { contents: `export const data = ${JSON.stringify(ranked)};`, loader: "js" };
    });
  },
};
const languageResult = await build({
  ...BUNDLE_OPTIONS,
  stdin: {
    contents: `module.exports = { ${LANGUAGE_MODULES.map((name) => `get ${JSON.stringify(name)}() { return require(${JSON.stringify(name)}); }`).join(", ")} };`,
    resolveDir: process.cwd(),
    loader: "js",
  },
  outfile: `dist/${LANGUAGE_BUNDLE}`,
  plugins: [francTrigramsRanked],
});
const globResult = await build({
  ...BUNDLE_OPTIONS,
  stdin: { contents: 'module.exports = require("fast-glob");', resolveDir: process.cwd(), loader: "js" },
  outfile: `dist/${GLOB_BUNDLE}`,
  plugins: [lazyStreams],
});
const globCode = globResult.outputFiles[0].text;
writeFileSync(`dist/${GLOB_BUNDLE}`, bundleFile(`// newsdiff glob build ${createHash("sha256").update(globCode).digest("hex").slice(0, 16)}`, globCode));
const languageCode = languageResult.outputFiles[0].text;
writeFileSync(`dist/${LANGUAGE_BUNDLE}`, bundleFile(`// newsdiff language build ${createHash("sha256").update(languageCode).digest("hex").slice(0, 16)}`, languageCode));

const pageCode = pageResult.outputFiles[0].text;
const pageId = createHash("sha256").update(pageCode).digest("hex").slice(0, 16);
writeFileSync(`dist/${PAGE_BUNDLE}`, bundleFile(`// newsdiff page build ${pageId}`, pageCode));

const code = result.outputFiles[0].text.replace(/^#!.*\n/u, "");
// Compiled from a code cache, a script loses its dynamic-import callback on node 20: an import()
// left in the bundle would fail at run time (ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING).
const dynamicImport = /(?<![\w$.])import\(/u.exec(code);
if (dynamicImport) throw new Error(`${BUNDLE} would call import() at ${code.slice(dynamicImport.index, dynamicImport.index + 60)}: bundle the module or require() it`);
const nonAscii = /[^\x00-\x7f]/u.exec(code);
if (nonAscii) throw new Error(`${BUNDLE} is read as Latin-1 and must be ASCII: ${JSON.stringify(code.slice(Math.max(0, nonAscii.index - 40), nonAscii.index + 10))}`);
const id = createHash("sha256").update(code).digest("hex").slice(0, 16);
writeFileSync(BUNDLE, bundleFile(`// newsdiff build ${id}`, code));
for (const name of readdirSync("dist")) if (name.endsWith(".cache")) rmSync(`dist/${name}`);

const training = spawnSync(process.execPath, ["bin/newsdiff.cjs", "--color", "always", "--width", "100", "fixtures/demo/old.txt", "fixtures/demo/new.txt"], {
  env: { ...process.env, NEWSDIFF_WRITE_CODE_CACHE: "1" },
  encoding: "utf8",
});
if (training.status !== 1) throw new Error(`the training run of ${BUNDLE} exited ${training.status}: ${training.stderr}`);
const pageTraining = spawnSync(process.execPath, ["bin/newsdiff.cjs", "--format", "json", "fixtures/html/story/old.html", "fixtures/html/story/new.html"], {
  env: { ...process.env, NEWSDIFF_WRITE_PAGE_CODE_CACHE: "1" },
  encoding: "utf8",
});
if (pageTraining.status !== 1) throw new Error(`the training run of dist/${PAGE_BUNDLE} exited ${pageTraining.status}: ${pageTraining.stderr}`);
// German copy, its language detected: franc and the German spelled numbers both run.
const languageTraining = spawnSync(process.execPath, ["bin/newsdiff.cjs", "--format", "json", "fixtures/languages/de/old.txt", "fixtures/languages/de/new.txt"], {
  env: { ...process.env, NEWSDIFF_WRITE_LANGUAGE_CODE_CACHE: "1" },
  encoding: "utf8",
});
if (languageTraining.status !== 1) throw new Error(`the training run of dist/${LANGUAGE_BUNDLE} exited ${languageTraining.status}: ${languageTraining.stderr}`);
// The runs above are small pairs, which run without the long-run V8 flags; the runs below are
// many-file runs, which set them first (bin/cached-script.cjs's tuneForLongRun), and V8 takes a
// cache only under the flags it was made with: each bundle a long run loads gets a ".tuned" cache
// from one of them. Two directories of article files: fast-glob walks both (its only cache: only
// many-file runs load it), and the CLI's own cache for worker threads, which start tuned.
const globTraining = spawnSync(process.execPath, ["bin/newsdiff.cjs", "--format", "stat", "fixtures/alignment", "fixtures/alignment"], {
  env: { ...process.env, NEWSDIFF_WRITE_GLOB_CODE_CACHE: "1", NEWSDIFF_WRITE_CODE_CACHE: "1" },
  encoding: "utf8",
});
if (globTraining.status !== 0) throw new Error(`the training run of dist/${GLOB_BUNDLE} exited ${globTraining.status}: ${globTraining.stderr}`);
// A page pair and a German pair as a many-file run.
const tunedTraining = spawnSync(process.execPath, ["bin/newsdiff.cjs", "--format", "json", "--pairs-from", "-"], {
  input: ["fixtures/html/story/old.html\tfixtures/html/story/new.html", "fixtures/languages/de/old.txt\tfixtures/languages/de/new.txt", ""].join("\n"),
  env: { ...process.env, NEWSDIFF_WRITE_PAGE_CODE_CACHE: "1", NEWSDIFF_WRITE_LANGUAGE_CODE_CACHE: "1" },
  encoding: "utf8",
});
if (tunedTraining.status !== 1) throw new Error(`the tuned training run of dist/${PAGE_BUNDLE} and dist/${LANGUAGE_BUNDLE} exited ${tunedTraining.status}: ${tunedTraining.stderr}`);

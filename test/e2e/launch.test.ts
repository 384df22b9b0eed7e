import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

const DEMO = ["fixtures/demo/old.txt", "fixtures/demo/new.txt"];

describe("bin/newsdiff.cjs and its code cache", () => {
  const copy = mkdtempSync(join(tmpdir(), "newsdiff-launch-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("compiles the bundle from the cache the build made for it", () => {
    const run = newsdiff(DEMO, { env: { NEWSDIFF_DEBUG_CODE_CACHE: "1" } });
    expect(run.stderr).toBe("newsdiff: code cache used (newsdiff.cjs)\n");
    expect(run.status).toBe(1);
  });

  // V8's flags for long runs are set once a run is known to be one (bin/cached-script.cjs), and V8
  // takes a code cache only under the flags it was made with: each bundle has a cache for each
  // state it loads in. node:v8, which sets the flags, is loaded only then.
  it("sets V8's long-run flags for a long run only, and finds every bundle's cache in either state", () => {
    const preload = join(copy, "v8-loaded.cjs");
    // The flags are set through node:v8 or, under node 20 and 22, the binding it wraps.
    writeFileSync(preload, 'process.on("exit", () => require("node:fs").writeSync(2, `v8 ${process.moduleLoadList.includes("NativeModule v8") || process.moduleLoadList.includes("Internal Binding v8")}\\n`));');
    const long = join(copy, "long.txt");
    writeFileSync(long, Array.from({ length: 1500 }, (_, i) => `Sentence number ${i} says the council met on day ${i % 28}.`).join("\n\n"));
    const stderr = (args: string[]) =>
      spawnSync(process.execPath, ["-r", preload, join(ROOT, "bin", "newsdiff.cjs"), "--format", "stat", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, NEWSDIFF_DEBUG_CODE_CACHE: "1" } }).stderr;
    const used = (...bundles: string[]) => bundles.map((bundle) => `newsdiff: code cache used (${bundle})\n`).join("");
    expect(stderr(["fixtures/languages/de/old.txt", "fixtures/languages/de/new.txt"])).toBe(`${used("newsdiff.cjs", "newsdiff-language.cjs")}v8 false\n`);
    expect(stderr(["fixtures/html/story/old.html", "fixtures/html/story/new.html"])).toBe(`${used("newsdiff.cjs", "newsdiff-page.cjs")}v8 false\n`);
    expect(stderr(["fixtures/demo/old.txt", long])).toBe(`${used("newsdiff.cjs")}v8 true\n`);
    expect(stderr(["fixtures/languages/de", "fixtures/languages/de"])).toBe(`${used("newsdiff.cjs", "newsdiff-glob.cjs, tuned", "newsdiff-language.cjs, tuned")}v8 true\n`);
    expect(stderr(["fixtures/html/story", "fixtures/html/story"])).toBe(`${used("newsdiff.cjs", "newsdiff-glob.cjs, tuned", "newsdiff-page.cjs, tuned")}v8 true\n`);
    // Worker threads start under the flags, and compile the CLI from its tuned cache. Their lines
    // interleave in whatever order the two threads reach stderr, so each is counted, not placed.
    // Two workers start for the two jobs; on a loaded machine one may do both before the other has
    // compiled the CLI, and the pool ends it first (CI once saw one line of two): every worker that
    // reports used the tuned cache, and none used another.
    const workers = stderr(["--jobs", "2", "fixtures/languages/de", "fixtures/languages/de"]).split("\n");
    const cliCaches = workers.filter((line) => line.startsWith("newsdiff: code cache") && line.includes("newsdiff.cjs"));
    expect(cliCaches[0]).toBe("newsdiff: code cache used (newsdiff.cjs)");
    expect(cliCaches.length).toBeGreaterThanOrEqual(2);
    expect(cliCaches.length).toBeLessThanOrEqual(3);
    expect(cliCaches.slice(1).every((line) => line === "newsdiff: code cache used (newsdiff.cjs, tuned)")).toBe(true);
    expect(workers.at(-2)).toBe("v8 true");
  });

  // fast-glob requires node:stream for its streaming API, which newsdiff does not call: the glob
  // bundle loads it on first use (scripts/bundle.js's lazyStreams), and the walk still works. The
  // bundle is loaded alone: under node 24 a long run loads node:v8, which loads streams itself.
  it("loads fast-glob's bundle and walks a directory without loading node's streams", () => {
    const script = [
      'const { join } = require("node:path");',
      `const { readBundleText, runCachedBundle } = require(${JSON.stringify(join(ROOT, "bin", "cached-script.cjs"))});`,
      `const file = ${JSON.stringify(join(ROOT, "dist", "newsdiff-glob.cjs"))};`,
      'const before = process.moduleLoadList.includes("NativeModule stream");',
      'const fg = runCachedBundle(file, readBundleText(file, "utf8"), "NEWSDIFF_NO_CACHE_WRITE");',
      'const found = fg.sync(["*/old.txt"], { cwd: join(process.cwd(), "fixtures", "alignment") }).length;',
      'require("node:fs").writeSync(2, `${before} ${process.moduleLoadList.includes("NativeModule stream")} ${found > 10}\\n`);',
    ].join("\n");
    const run = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
    expect(run.stderr).toBe("false false true\n");
    expect(run.status).toBe(0);
  });

  it("gives the same output with a cache that does not fit, and with none", () => {
    const expected = newsdiff(DEMO).stdout;
    cpSync(join(ROOT, "bin"), join(copy, "bin"), { recursive: true });
    cpSync(join(ROOT, "dist"), join(copy, "dist"), { recursive: true });
    cpSync(join(ROOT, "data"), join(copy, "data"), { recursive: true });
    cpSync(join(ROOT, "package.json"), join(copy, "package.json"));
    const cache = readdirSync(join(copy, "dist")).find((name) => /^newsdiff\.\w+\.cache$/u.test(name));
    expect(cache).toBeDefined();
    const cli = join(copy, "bin", "newsdiff.cjs");
    const args = DEMO.map((path) => join(ROOT, path));

    writeFileSync(join(copy, "dist", cache!), "not bytecode");
    const rejected = newsdiff(args, { env: { NEWSDIFF_DEBUG_CODE_CACHE: "1" }, cli });
    expect(rejected.stderr).toBe("newsdiff: code cache rejected (newsdiff.cjs)\n");
    expect(rejected.stdout).toBe(expected.replaceAll("fixtures/", `${ROOT}/fixtures/`));

    rmSync(join(copy, "dist", cache!));
    const missing = newsdiff(args, { env: { NEWSDIFF_DEBUG_CODE_CACHE: "1" }, cli });
    expect(missing.stderr).toBe("newsdiff: code cache missing (newsdiff.cjs)\n");
    expect(missing.stdout).toBe(rejected.stdout);
  });

  it("reads web pages the same with the page bundle's cache broken, and without it", () => {
    const pages = ["fixtures/html/story/old.html", "fixtures/html/story/new.html"];
    const expected = newsdiff(["--json", ...pages]).stdout;
    const pageCache = readdirSync(join(copy, "dist")).find((name) => /^newsdiff-page\.\w+\.cache$/u.test(name));
    expect(pageCache).toBeDefined();
    const cli = join(copy, "bin", "newsdiff.cjs");
    writeFileSync(join(copy, "dist", pageCache!), "not bytecode");
    expect(newsdiff(["--json", ...pages], { cli }).stdout).toBe(expected);
    rmSync(join(copy, "dist", pageCache!));
    expect(newsdiff(["--json", ...pages], { cli }).stdout).toBe(expected);
  });
});

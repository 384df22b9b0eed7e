import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

const DEMO = ["fixtures/demo/old.txt", "fixtures/demo/new.txt"];

describe("bin/newsdiff.cjs and its code cache", () => {
  const copy = mkdtempSync(join(tmpdir(), "newsdiff-launch-"));
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  it("compiles the bundle from the cache the build made for it", () => {
    const run = newsdiff(DEMO, { env: { NEWSDIFF_DEBUG_CODE_CACHE: "1" } });
    expect(run.stderr).toBe("newsdiff: code cache used\n");
    expect(run.status).toBe(1);
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
    expect(rejected.stderr).toBe("newsdiff: code cache rejected\n");
    expect(rejected.stdout).toBe(expected.replaceAll("fixtures/", `${ROOT}/fixtures/`));

    rmSync(join(copy, "dist", cache!));
    const missing = newsdiff(args, { env: { NEWSDIFF_DEBUG_CODE_CACHE: "1" }, cli });
    expect(missing.stderr).toBe("newsdiff: code cache missing\n");
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

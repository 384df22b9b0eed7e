// The package as a user gets it: packed, installed into a project of its own, imported from
// TypeScript that tsc checks, and its bin run. attw and publint judge the same package.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers.js";

const BIN = join(ROOT, "node_modules", ".bin");
const run = (command: string, args: string[], cwd: string) => spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });

const CONSUMER = `
import { compareFiles, compareTexts, differs, KINDS, NewsdiffError, render, type Comparison, type Evidence, type Kind } from "newsdiff";

const demo = (side: string) => ${JSON.stringify(join(FIXTURES, "demo"))} + "/" + side + ".txt";
const comparison: Comparison = await compareFiles(demo("old"), demo("new"));
const numbers: Evidence[] = comparison.pairs.flatMap((pair) => pair.changes ?? []).filter((change) => change.kind === "number");
const kinds: Kind[] = comparison.pairs.flatMap((pair) => pair.kinds);
let code = "";
try {
  await compareFiles(demo("missing"), demo("new"));
} catch (error) {
  if (error instanceof NewsdiffError) code = error.code + " " + error.path;
}
const texts = compareTexts({ path: "a", text: "It cost 14 cts." }, { path: "b", text: "It cost 1.4 cts." });
console.log(JSON.stringify({
  version: comparison.version,
  changed: comparison.summary.changed,
  numbers,
  allKnown: kinds.every((kind) => KINDS.includes(kind)),
  differs: differs(comparison),
  ignoringAll: differs(comparison, { ignore: KINDS }),
  code,
  texts: texts.pairs[0]?.kinds,
  markup: (await render(texts, { format: "markup" })).trim(),
}));
`;

describe("the packed package", () => {
  const work = mkdtempSync(join(tmpdir(), "newsdiff-package-"));
  const project = join(work, "project");
  let tarball = "";

  beforeAll(() => {
    // Without its scripts: `prepare` would build dist/ again (~9 s) while the other test files run
    // the CLI from it, and `npm test` has just built it.
    const pack = run("npm", ["pack", "--pack-destination", work, "--silent", "--ignore-scripts"], ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    tarball = join(work, readdirSync(work).find((name) => name.endsWith(".tgz"))!);
    mkdirSync(project);
    writeFileSync(join(project, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // Dependencies come from npm's cache, which the project's own install filled.
    const install = run("npm", ["install", tarball, "--no-audit", "--no-fund", "--prefer-offline"], project);
    // npm 11.16+ lists the package's own prepare script for a tarball install (not from a registry):
    // that is the installing project's policy to settle, so no warning is asserted away here.
    expect(install.status, install.stderr).toBe(0);
  }, 120_000);
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("is imported from ESM TypeScript that tsc checks, with the types of every field, and runs", () => {
    writeFileSync(join(project, "consumer.ts"), CONSUMER);
    const tsconfig = {
      compilerOptions: {
        module: "nodenext",
        moduleResolution: "nodenext",
        target: "es2022",
        strict: true,
        skipLibCheck: false,
        outDir: "out",
        types: ["node"],
        typeRoots: [join(ROOT, "node_modules", "@types")],
      },
      files: ["consumer.ts"],
    };
    writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig));
    const check = run(join(BIN, "tsc"), ["-p", "."], project);
    expect(check.stdout + check.stderr).toBe("");
    const result = run(process.execPath, [join(project, "out", "consumer.js")], project);
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({
      version: 1,
      changed: 3,
      numbers: [{ kind: "number", old: "$410 million", new: "$450 million" }],
      allKnown: true,
      differs: true,
      ignoringAll: false,
      code: `not-found ${join(FIXTURES, "demo", "missing.txt")}`,
      texts: ["number"],
      markup: "It cost [-14-]{+1.4+} cts.",
    });
  });

  it("installs a newsdiff command that runs, by its bin and by npx", () => {
    const files = [join(FIXTURES, "demo", "old.txt"), join(FIXTURES, "demo", "new.txt")];
    const bin = run(join(project, "node_modules", ".bin", "newsdiff"), ["--format", "stat", ...files], project);
    expect(bin.status).toBe(1);
    expect(bin.stdout).toContain("3 changed, 1 added, 1 removed");
    const npx = run("npx", ["--no-install", "newsdiff", "--version"], project);
    expect(npx.stdout.trim()).toBe("0.1.0");
  });

  it("passes @arethetypeswrong/cli (an ESM-only package) and publint", () => {
    const attw = run(join(BIN, "attw"), [tarball, "--profile", "esm-only", "--format", "ascii"], ROOT);
    expect(attw.status, attw.stdout + attw.stderr).toBe(0);
    const publint = run(join(BIN, "publint"), ["--strict"], ROOT);
    expect(publint.status, publint.stdout + publint.stderr).toBe(0);
    expect(publint.stdout).toContain("All good!");
  });
});

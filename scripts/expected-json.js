#!/usr/bin/env node
// The JSON of every fixture pair and, when ../shared is there, of every Reuters-21578 pair, as a
// SHA-256 digest a pair in fixtures/expected/json-sha256.tsv: what test/e2e/output-identity.test.ts
// holds the built CLI to, byte for byte, so that a change made for speed changes no output. The
// Reuters texts stay out of the repository; their digests do not carry them.
//   node scripts/expected-json.js           lists the pairs whose JSON differs from the file
//   node scripts/expected-json.js --write   rewrites the file (review the differences first)
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const EXPECTED = join(ROOT, "fixtures", "expected", "json-sha256.tsv");
const REUTERS = join(ROOT, "..", "shared", "reuters-21578");

/** Every old/new pair of fixtures/ (old.X with new.X), and of ../shared/reuters-21578 when there, as paths relative to the root. */
export function expectedPairs() {
  const pairs = [];
  const walk = (dir) => {
    const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      if (entry.isDirectory()) walk(join(dir, entry.name));
      else if (/^old\.\w+$/u.test(entry.name)) {
        const next = join(dir, entry.name.replace(/^old/u, "new"));
        if (existsSync(next)) pairs.push([relative(ROOT, join(dir, entry.name)), relative(ROOT, next)]);
      }
    }
  };
  walk(join(ROOT, "fixtures"));
  if (existsSync(REUTERS)) {
    for (const name of readdirSync(REUTERS).filter((entry) => /^\d+$/u.test(entry)).sort()) {
      pairs.push([join("..", "shared", "reuters-21578", name, "old.txt"), join("..", "shared", "reuters-21578", name, "new.txt")]);
    }
  }
  return pairs;
}

/** The built CLI's JSON of each pair (one process, --pairs-from, JSON Lines), digested: [old path, digest]. */
export function actualDigests(pairs, node = process.execPath) {
  const input = pairs.map(([oldPath, newPath]) => `${oldPath}\t${newPath}`).join("\n");
  const run = spawnSync(node, ["bin/newsdiff.cjs", "--pairs-from", "-", "--format", "jsonl", "--jobs", "1"], { cwd: ROOT, input, encoding: "utf8", maxBuffer: 1 << 30 });
  if (run.status !== 0 && run.status !== 1) throw new Error(`newsdiff exited ${run.status}: ${run.stderr}`);
  const lines = run.stdout.split("\n").filter((line) => line !== "");
  if (lines.length !== pairs.length) throw new Error(`${pairs.length} pairs gave ${lines.length} JSON lines: ${run.stderr}`);
  return lines.map((line, index) => [pairs[index][0], createHash("sha256").update(line).digest("hex")]);
}

export function readExpected() {
  return new Map(readFileSync(EXPECTED, "utf8").trim().split("\n").filter((line) => !line.startsWith("#")).map((line) => line.split("\t")));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const digests = actualDigests(expectedPairs());
  if (process.argv.includes("--write")) {
    const header = "# SHA-256 of the built CLI's JSON Lines output for each pair (scripts/expected-json.js); old path<TAB>digest";
    writeFileSync(EXPECTED, `${header}\n${digests.map((row) => row.join("\t")).join("\n")}\n`);
    console.log(`wrote ${digests.length} digests to ${relative(ROOT, EXPECTED)}`);
  } else {
    const expected = readExpected();
    const differ = digests.filter(([path, digest]) => expected.get(path) !== digest);
    for (const [path] of differ) console.log(`differs: ${path}`);
    console.log(`${digests.length - differ.length} of ${digests.length} pairs as expected`);
    process.exitCode = differ.length === 0 ? 0 : 1;
  }
}

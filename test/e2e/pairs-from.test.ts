import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { newsdiff } from "./run-cli.js";

const JOBS = [
  "fixtures/demo/old.txt\tfixtures/demo/new.txt",
  "not a job",
  '{"old": "fixtures/kinds/number/old.txt", "new": "fixtures/kinds/number/new.txt"}',
  '{"story": "port", "versions": ["fixtures/demo/old.txt", "fixtures/demo/new.txt"]}',
  "fixtures/nope.txt\tfixtures/demo/new.txt",
].join("\n");

describe("--pairs-from", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-pairs-from-"));
  const file = join(dir, "jobs.txt");
  writeFileSync(file, `${JOBS}\n`);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("runs each line's job in input order, reports a bad line by its number, goes on, and exits 2", () => {
    const run = newsdiff(["--pairs-from", file, "--format", "stat"]);
    expect(run.status).toBe(2);
    expect(run.stdout.split("\n").map((line) => line.split(":")[0])).toEqual([
      "fixtures/demo/old.txt → fixtures/demo/new.txt",
      "fixtures/kinds/number/old.txt → fixtures/kinds/number/new.txt",
      "fixtures/demo/old.txt → fixtures/demo/new.txt",
      "",
    ]);
    expect(run.stderr).toBe(
      [`newsdiff: expected OLD<TAB>NEW, or a JSON object (${file}:2)`, "newsdiff: no such file (fixtures/nope.txt)", "newsdiff: 2 inputs could not be read", ""].join("\n"),
    );
  });

  it("reads standard input, writes JSON Lines and one JSON document, the same with --jobs 2", () => {
    const lines = newsdiff(["--pairs-from", "-", "--format", "jsonl"], { input: JOBS });
    expect(lines.stderr).toContain("(stdin:2)");
    const rows = lines.stdout.trim().split("\n").map((line) => JSON.parse(line) as { story: string | null; step: number | null });
    expect(rows.map((row) => [row.story, row.step])).toEqual([
      [null, null],
      [null, null],
      ["port", 1],
    ]);
    expect(newsdiff(["--pairs-from", file, "--format", "jsonl", "--jobs", "2"]).stdout).toBe(lines.stdout);
    const document = JSON.parse(newsdiff(["--pairs-from", file, "--json"]).stdout) as { version: number; jobs: unknown[]; errors: unknown[] };
    expect(document.version).toBe(1);
    expect(document.jobs).toHaveLength(3);
    expect(document.errors).toEqual([
      { path: `${file}:2`, message: "expected OLD<TAB>NEW, or a JSON object" },
      { path: "fixtures/nope.txt", message: "no such file" },
    ]);
  });

  it("takes no other inputs, and says so when it is given none", () => {
    expect(newsdiff(["--pairs-from", file, "a.txt", "b.txt"]).stderr).toBe("newsdiff: --pairs-from takes its jobs from its file; give no <old> <new> and no --history\n");
    expect(newsdiff(["--pairs-from", join(dir, "missing.txt")]).stderr).toBe(`newsdiff: no such file (${join(dir, "missing.txt")})\n`);
    const empty = newsdiff(["--pairs-from", "-"], { input: "\n" });
    expect([empty.status, empty.stderr]).toEqual([0, "newsdiff: warning: no jobs in standard input\n"]);
  });
});

// --history is a flag and its inputs are positional, through the built CLI: the issue's own
// examples and the refusals. Every option in both positions is checked in process, in
// test/cli/history-options.test.ts. (Before, `--history --format jsonl a b` took --format and
// jsonl as paths and printed the terminal view.)
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

// One story in two versions whose only change is a figure (fixtures/kinds/number).
const dir = mkdtempSync(join(tmpdir(), "newsdiff-history-"));
const [v1, v2] = [join(dir, "story-1.txt"), join(dir, "story-2.txt")];
writeFileSync(v1, readFileSync(join(FIXTURES, "kinds", "number", "old.txt")));
writeFileSync(v2, readFileSync(join(FIXTURES, "kinds", "number", "new.txt")));

describe("--history as a flag, through the built CLI", () => {
  it("keeps what each option says: JSON Lines are lines, the gate is the gate", () => {
    const lines = newsdiff(["--history", "--format", "jsonl", v1, v2]);
    expect(lines.stdout.trim().split("\n").map((line) => JSON.parse(line).step)).toEqual([1]);
    // A change that is only a figure does not fail a gate on quotes, and fails one on figures.
    expect(newsdiff(["--history", "--fail-on", "quote", v1, v2]).status).toBe(0);
    expect(newsdiff(["--history", "--fail-on", "number", v1, v2]).status).toBe(1);
  });

  it("refuses what does not fit: a third input to a pair, archive options without a story URL", () => {
    expect(newsdiff([v1, v2, v1]).stderr).toBe("newsdiff: too many inputs (3): give <old> <new>, or --history and the versions\n");
    for (const option of [["--from", "2024"], ["--to", "2024-03-04"], ["--limit", "5"], ["--live"]]) {
      const run = newsdiff(["--history", ...option, v1, v2]);
      expect([run.status, run.stderr], option.join(" ")).toEqual([2, `newsdiff: ${option[0]} applies only to --history with a story URL\n`]);
    }
    expect(newsdiff(["--from", "yesterday", "--history", "https://example.com/x"]).stderr).toBe(
      "newsdiff: option '--from <time>' argument 'yesterday' is invalid. --from takes a time as YYYY[MMDD[hhmmss]] or YYYY-MM-DD\n",
    );
  });
});

// Every option that applies to --history over files means the same wherever it stands: between
// --history and the inputs (where the old `--history <paths...>` took it for a path) and after
// them all. Run in process (cli/main.ts's run, with its own Io); the built CLI is held to the same
// by test/e2e/history-options.test.ts.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { FIXTURES } from "../helpers.js";

const dir = mkdtempSync(join(tmpdir(), "newsdiff-history-"));
const [v1, v2] = [join(dir, "story-1.txt"), join(dir, "story-2.txt")];
writeFileSync(v1, readFileSync(join(FIXTURES, "kinds", "number", "old.txt")));
writeFileSync(v2, readFileSync(join(FIXTURES, "kinds", "number", "new.txt")));

/** Every option that applies to --history over files, with a value where it takes one. */
const OPTIONS: string[][] = [
  ["--format", "jsonl"],
  ["--format", "stat"],
  ["-f", "github"],
  ["--format", "html"],
  ["--json"],
  ["-y"],
  ["--fail-on", "quote"],
  ["--fail-on", "number"],
  ["--ignore", "number"],
  ["--color", "always"],
  ["--width", "40"],
  ["--context", "0"],
  ["--explain"],
  ["--keep", "dateline"],
  ["--story", "(story)"],
  ["--jobs", "1"],
  ["--lang", "de"],
  ["--encoding", "latin1"],
  ["--max-size", "100000"],
  ["--whole-page"],
];

async function newsdiff(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ["", ""];
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env: {}, version: "0.0.0-test" };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

describe("options mean what they say wherever they stand", () => {
  it.each(OPTIONS.map((option) => [option.join(" "), option]))("%s: between --history and the inputs, and after them all", async (_, option) => {
    const [between, after] = [await newsdiff(["--history", ...option, v1, v2]), await newsdiff([v1, v2, ...option, "--history"])];
    // --whole-page acts on web pages only, and says so when no input is one.
    expect(between.stderr).toBe(option[0] === "--whole-page" ? "newsdiff: warning: --whole-page has no effect: no input is a web page\n" : "");
    expect(between.stdout).not.toBe("");
    expect([after.status, after.stdout, after.stderr]).toEqual([between.status, between.stdout, between.stderr]);
  });

  it("each option changes what it should: none is ignored in either position", async () => {
    const plain = await newsdiff(["--history", v1, v2]);
    for (const option of OPTIONS) {
      const given = await newsdiff(["--history", ...option, v1, v2]);
      // These change nothing here: one thread is the default, the files are ASCII and small, none is a
      // page, the only change is a figure (so failing on figures is the default's exit 1), and "12"
      // → "14" reads alike in German, and the story is too short to have context to hide. Every
      // other option changes the output or the status.
      const same = ["--jobs 1", "--encoding latin1", "--max-size 100000", "--whole-page", "--fail-on number", "--lang de", "--context 0"].includes(option.join(" "));
      if (!same) expect([given.status, given.stdout], option.join(" ")).not.toEqual([plain.status, plain.stdout]);
    }
  });
});

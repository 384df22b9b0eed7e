// No option is dropped in silence: one that its mode cannot take is refused (exit 2), one that has
// nothing to act on in this run (no URL, no web page, one pair, a format that does not read it) is
// said on stderr and the run goes on as without it. Run in process (cli/main.ts's run).
import { copyFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { FIXTURES } from "../helpers.js";

const PAIR = [join(FIXTURES, "demo", "old.txt"), join(FIXTURES, "demo", "new.txt")];
const PAGES = [join(FIXTURES, "html", "story", "old.html"), join(FIXTURES, "html", "story", "new.html")];

async function newsdiff(args: string[], env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  let [stdout, stderr] = ["", ""];
  const io = { stdout: { write: (text: string) => (stdout += text) }, stderr: { write: (text: string) => (stderr += text) }, env, version: "0.0.0-test" };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

describe("options with nothing to act on", () => {
  it.each([
    [["--timeout", "5"], "--timeout has no effect: no input is a URL"],
    [["--save", join(tmpdir(), "newsdiff-unused-save")], "--save has no effect: no input is a URL"],
    [["--selector", "article"], "--selector has no effect: no input is a web page"],
    [["--whole-page"], "--whole-page has no effect: no input is a web page"],
    [["--jobs", "2"], "--jobs has no effect on one pair: it is compared in one thread"],
  ])("%s on a pair of text files: said once, and the output is as without it", async (option, warning) => {
    const [plain, given] = [await newsdiff(PAIR), await newsdiff([...option, ...PAIR])];
    expect([given.status, given.stdout, given.stderr]).toEqual([plain.status, plain.stdout, `newsdiff: warning: ${warning}\n`]);
  });

  it("says nothing when the option acts: --selector and --whole-page on web pages", async () => {
    expect((await newsdiff(["--selector", "article", "--format", "stat", ...PAGES])).stderr).toBe("");
    // --whole-page says what it did to each page (load/page), and nothing more.
    expect((await newsdiff(["--whole-page", "--format", "stat", ...PAGES])).stderr).not.toContain("no effect");
  });

  it("in directories, --jobs acts and --timeout has no URL to act on", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsdiff-unused-"));
    for (const [side, file] of [["a", PAIR[0]!], ["b", PAIR[1]!]] as const) {
      mkdirSync(join(root, side));
      copyFileSync(file, join(root, side, "story.txt"));
    }
    const given = await newsdiff(["--jobs", "2", "--timeout", "5", "--format", "stat", join(root, "a"), join(root, "b")]);
    expect([given.status, given.stderr]).toEqual([1, "newsdiff: warning: --timeout has no effect: no input is a URL\n"]);
  });

  it("names every view option its format does not read, in one line, before the run", async () => {
    const plain = await newsdiff(["--format", "json", ...PAIR]);
    const given = await newsdiff(["--format", "json", "--width", "40", "--context", "2", "--explain", "--color", "always", ...PAIR]);
    expect([given.status, given.stdout, given.stderr]).toEqual([plain.status, plain.stdout, "newsdiff: warning: --context, --width, --explain, --color always have no effect with --format json\n"]);
    expect((await newsdiff(["--format", "html", "--explain", "--width", "80", ...PAIR])).stderr).toBe("newsdiff: warning: --width, --explain have no effect with --format html\n");
    // What the format does anyway is no request it ignores; the terminal and side-by-side views read them all.
    expect((await newsdiff(["-y", "--width", "40", "--context", "2", "--explain", "--color", "always", ...PAIR])).stderr).toBe("");
    expect((await newsdiff(["--format", "json", "--color", "never", ...PAIR])).stderr).toBe("");
    expect((await newsdiff(["--width", "40", "--context", "2", "--explain", "--color", "always", ...PAIR])).stderr).toBe("");
  });

  it("with --history, --story has no files to key when every input is a story URL", async () => {
    // A closed port: the archive cannot be read, and the warning comes before that failure.
    const given = await newsdiff(["--history", "--story", "(x)", "https://example.com/story"], { NEWSDIFF_WAYBACK_URL: "http://127.0.0.1:9" });
    expect(given.status).toBe(2);
    expect(given.stderr.split("\n")[0]).toBe("newsdiff: warning: --story has no effect: each story URL is a story of its own");
  });
});

describe("options their mode cannot take", () => {
  it("refuses a gate that no change could trip: every --fail-on kind ignored", async () => {
    expect(await newsdiff(["--fail-on", "number", "--ignore", "number,quote", ...PAIR])).toEqual({
      status: 2,
      stdout: "",
      stderr: "newsdiff: --ignore takes every --fail-on kind (number): no change could fail\n",
    });
    expect((await newsdiff(["--fail-on", ",", ...PAIR])).stderr).toBe("newsdiff: --fail-on names no kind: no change could fail\n");
    // Groups may overlap where something is left to fail: all but the cosmetic kinds.
    expect((await newsdiff(["--fail-on", "all", "--ignore", "cosmetic", ...PAIR])).status).toBe(1);
  });

  it("refuses --story without --history", async () => {
    expect(await newsdiff(["--story", "(x)", ...PAIR])).toEqual({ status: 2, stdout: "", stderr: "newsdiff: --story applies only to --history\n" });
  });
});

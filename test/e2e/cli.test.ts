import { closeSync, constants, mkdtempSync, openSync, readFileSync, readSync, writeFileSync, chmodSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { CLI, newsdiff } from "./run-cli.js";
import { ROOT } from "../helpers.js";

const DEMO = ["fixtures/demo/old.txt", "fixtures/demo/new.txt"];
const ANSI = /\u001b\[/u;

describe("exit status and errors", () => {
  it.each([
    [["fixtures/nope.txt", "fixtures/demo/new.txt"], "newsdiff: no such file (fixtures/nope.txt)"],
    [["fixtures/demo", "fixtures/demo/new.txt"], "newsdiff: is a directory, and the other side is not; give two directories to compare them file by file (fixtures/demo)"],
    [["-", "-"], "newsdiff: standard input can be read only once; give a file for one side (-)"],
    [["--format", "yaml", ...DEMO], "newsdiff: option '-f, --format <format>' argument 'yaml' is invalid. Allowed choices are terminal, side-by-side, json, jsonl, html, markup, github, stat."],
    [["--bogus", ...DEMO], "newsdiff: unknown option '--bogus'"],
    [["--fail-on", "constructor", ...DEMO], "newsdiff: option '--fail-on <kinds>' argument 'constructor' is invalid. unknown \"constructor\"; valid: quote, number, name, wording, spelling, typography, case, punctuation, whitespace, cosmetic, all"],
    [["--keep", "constructor", ...DEMO], 'newsdiff: option \'--keep <rules>\' argument \'constructor\' is invalid. unknown "constructor"; valid: caption, tickers, published, read-more, credits, dateline, editor-note, newsletter, share, byline, advertisement, consent, navigation'],
    [["--ignore", "__proto__", ...DEMO], "newsdiff: option '--ignore <kinds>' argument '__proto__' is invalid. unknown \"__proto__\"; valid: quote, number, name, wording, spelling, typography, case, punctuation, whitespace, cosmetic, all"],
    [["--width", "0", ...DEMO], "newsdiff: option '-w, --width <n>' argument '0' is invalid. --width takes a whole number of at least 20"],
    [["--keep", "captions", ...DEMO], 'newsdiff: option \'--keep <rules>\' argument \'captions\' is invalid. unknown "captions"; valid: caption, tickers, published, read-more, credits, dateline, editor-note, newsletter, share, byline, advertisement, consent, navigation'],
    [["fixtures/demo/old.txt"], "newsdiff: missing required argument 'new'"],
  ])("%j → one line on stderr, exit 2", (args, message) => {
    const run = newsdiff(args);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toBe(`${message}\n`);
  });

  it("says permission denied for an unreadable file (when not root)", () => {
    const dir = mkdtempSync(join(tmpdir(), "newsdiff-"));
    const file = join(dir, "locked.txt");
    writeFileSync(file, "x");
    chmodSync(file, 0o000);
    const run = newsdiff([file, "fixtures/demo/new.txt"]);
    const root = process.getuid?.() === 0;
    expect(run.status).toBe(root ? 1 : 2);
    if (!root) expect(run.stderr).toBe(`newsdiff: permission denied (${file})\n`);
  });

  it("adds a stack trace only with --debug", () => {
    expect(newsdiff(["nope.txt", "nope.txt"]).stderr).not.toMatch(/\n\s+at /u);
    expect(newsdiff(["--debug", "nope.txt", "nope.txt"]).stderr).toMatch(/\n\s+at /u);
  });

  it("exits 0 for --help and --version, printing them on stdout", () => {
    const help = newsdiff(["--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Usage: newsdiff [options] <old> <new>");
    expect(help.stdout).toContain("Exit status: 0 no differences, 1 differences, 2 error.");
    // Each option states its default once, in the unit it is given in (--timeout's is held in ms).
    const unwrapped = help.stdout.replace(/\n\s+/gu, " ");
    expect(unwrapped).toContain("give up on a URL after this long (default: 30)");
    expect(unwrapped).not.toMatch(/\(default:[^)]*\)\s*\(default:/u);
    expect(newsdiff(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/u);
  });

  it("says on stderr which options have no effect, and runs as without them", () => {
    const [plain, given] = [newsdiff(["--format", "json", ...DEMO]), newsdiff(["--format", "json", "--width", "40", "--jobs", "2", ...DEMO])];
    expect([given.status, given.stdout]).toEqual([plain.status, plain.stdout]);
    expect(given.stderr).toBe("newsdiff: warning: --width has no effect with --format json\nnewsdiff: warning: --jobs has no effect on one pair: it is compared in one thread\n");
  });

  it("reads one side from standard input", () => {
    const run = newsdiff(["--format", "json", "fixtures/demo/old.txt", "-"], { input: "Hello there." });
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout).new.sentences).toEqual(["Hello there."]);
  });

  it("exits quietly when the reader closes the pipe early", () => {
    const big = join(mkdtempSync(join(tmpdir(), "newsdiff-")), "big.txt");
    writeFileSync(big, Array.from({ length: 4000 }, (_, i) => `Sentence number ${i} is here.`).join("\n\n"));
    const result = spawnSync("bash", ["-c", `set -o pipefail; node ${CLI} --format markup fixtures/demo/old.txt ${big} | head -1`], { cwd: ROOT, encoding: "utf8" });
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")).toHaveLength(2);
    expect(result.status).toBe(0);
  });
});

describe("standard output", () => {
  it("writes the same bytes to a pipe, a file and /dev/null, and exits alike", () => {
    const file = join(mkdtempSync(join(tmpdir(), "newsdiff-")), "out.json");
    const piped = newsdiff(["--format", "json", ...DEMO]);
    const shell = (redirect: string) => spawnSync("bash", ["-c", `node ${CLI} --format json ${DEMO.join(" ")} ${redirect}; echo "status $?" >&2`], { cwd: ROOT, encoding: "utf8" });
    expect(shell(`> ${file}`).stderr).toBe("status 1\n");
    expect(readFileSync(file, "utf8")).toBe(piped.stdout);
    expect(shell("> /dev/null").stderr).toBe("status 1\n");
    // Standard error to /dev/null too (a usage error: three files).
    expect(shell("nope.txt 2> /dev/null").stderr).toBe("status 2\n");
  });

  // The JSON of a long story (~0.2 MB) through a pipe left non-blocking by the process that started
  // newsdiff (perl here: node's spawn makes a child's standard output blocking), read slowly: the
  // pipe fills, the CLI's writes are refused (EAGAIN), and node's stream must take the rest
  // (cli/fd-output.ts). Every byte arrives, in order, and the run exits as usual.
  const perl = spawnSync("perl", ["-e", "use Fcntl; exit 0"]).status === 0;
  it.skipIf(process.platform === "win32" || !perl)("arrives whole through a non-blocking pipe whose reader is slow", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsdiff-"));
    const story = Array.from({ length: 3000 }, (_, i) => `Sentence number ${i} says the council met on day ${i % 28}.`);
    writeFileSync(join(dir, "old.txt"), story.join("\n\n"));
    writeFileSync(join(dir, "new.txt"), story.map((line, i) => (i % 500 === 0 ? line.replace("met", "gathered") : line)).join("\n\n"));
    const args = ["--format", "json", join(dir, "old.txt"), join(dir, "new.txt")];
    const expected = newsdiff(args).stdout;
    expect(expected.length).toBeGreaterThan(200_000);

    const fifo = join(dir, "out");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    const writer = openSync(fifo, constants.O_WRONLY | constants.O_NONBLOCK);
    const nonBlocking = "use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV";
    const child = spawn("perl", ["-e", nonBlocking, process.execPath, CLI, ...args], { cwd: ROOT, stdio: ["ignore", writer, "pipe"] });
    closeSync(writer);
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    const chunks: Buffer[] = [];
    const buffer = Buffer.alloc(16 * 1024);
    let done = false;
    void exited.then(() => (done = true));
    // At most 16 KB every 5 ms: slower than the CLI writes, so the pipe's 64 KB fill up.
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      let count = 0;
      try {
        count = readSync(reader, buffer, 0, buffer.length, null);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
        continue;
      }
      if (count === 0 && done) break;
      chunks.push(Buffer.from(buffer.subarray(0, count)));
    }
    closeSync(reader);
    expect(await exited).toBe(1);
    expect(stderr).toBe("");
    expect(Buffer.concat(chunks).toString("utf8")).toBe(expected);
  });
});

describe("colour", () => {
  it("is off in a pipe, on with --color always, off with --color never", () => {
    expect(newsdiff(DEMO).stdout).not.toMatch(ANSI);
    expect(newsdiff(["--color", "always", ...DEMO]).stdout).toMatch(ANSI);
    expect(newsdiff(["--color", "never", ...DEMO], { env: { FORCE_COLOR: "1" } }).stdout).not.toMatch(ANSI);
  });

  it("honours FORCE_COLOR in a pipe, and markers appear only without colour", () => {
    const forced = newsdiff(DEMO, { env: { FORCE_COLOR: "1" } }).stdout;
    expect(forced).toMatch(ANSI);
    expect(forced).not.toContain("[-");
    expect(newsdiff(DEMO).stdout).toContain("[-$410-]{+$450+}");
  });
});

describe("formats", () => {
  it("--json is --format json", () => {
    expect(newsdiff(["--json", ...DEMO]).stdout).toBe(newsdiff(["--format", "json", ...DEMO]).stdout);
  });

  it("markup prints the whole new version with wdiff markers", () => {
    const run = newsdiff(["--format", "markup", ...DEMO]);
    expect(run.stdout.split("\n")[0]).toBe(
      "The Port Alder [-harbour-]{+harbor+} authority on Tuesday approved a [-$410-]{+$450+} million expansion of its container terminal, its chairman Mikhail [-Orlov-]{+Orloff+} told reporters, ending a two-year dispute with the town council.",
    );
    expect(run.stdout).toContain("[-Environmental groups have criticised the project, saying dredging will damage the estuary's oyster beds.-]");
  });

  it("--context 0 shows changed pairs only", () => {
    const run = newsdiff(["--context", "0", "--color", "never", "fixtures/added-removed/old.txt", "fixtures/added-removed/new.txt"]);
    expect(run.stdout).not.toContain("Rescue teams");
    expect(run.stdout).toContain("⋯  2 unchanged sentences");
  });
});

import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { CLI, newsdiff } from "./run-cli.js";

const dir = mkdtempSync(join(tmpdir(), "newsdiff-hostile-"));
function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const story = " date 2026-01-05\n\nLONDON (Reuters) - The first sentence. The second one.\n\nA new paragraph here.\n";

describe("empty and partial files", () => {
  it.each([
    ["empty", ""],
    ["whitespace only", "  \n\n\t \n"],
    ["header only", " date 2026-01-05\n"],
    ["caption only", " date 2026-01-05 A caption via REUTERS\n"],
  ])("%s: compared as an article with no sentences", (name, content) => {
    const path = file(`${name}.txt`, content);
    const same = newsdiff(["--json", path, path]);
    expect(same.status).toBe(0);
    expect(JSON.parse(same.stdout).pairs).toEqual([]);
    const against = newsdiff(["--json", path, file("story.txt", story)]);
    expect(against.status).toBe(1);
    expect(JSON.parse(against.stdout).summary.added).toBe(3);
  });

  it("reads a file with no date header (date null) and warns about a malformed date", () => {
    const noDate = file("nodate.txt", "Just text. More text.");
    expect(JSON.parse(newsdiff(["--json", noDate, noDate]).stdout).old.date).toBeNull();
    const bad = file("baddate.txt", " date 2022-13-45\n\nBody text.");
    const run = newsdiff(["--json", bad, bad]);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(`newsdiff: warning: not a valid date "2022-13-45" in the header; date taken as unknown (${bad})\n`.repeat(2));
    expect(JSON.parse(run.stdout).old.date).toBeNull();
  });

  it("compares a path with itself", () => {
    const path = file("same.txt", story);
    expect(newsdiff([path, path]).status).toBe(0);
  });
});

describe("encodings and line endings", () => {
  const plain = JSON.parse(newsdiff(["--json", file("lf.txt", story), file("lf2.txt", story)]).stdout);
  const sentences = (path: string) => JSON.parse(newsdiff(["--json", path, path]).stdout).old.sentences;

  it.each([
    ["UTF-8 with BOM", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(story)])],
    ["UTF-16 LE with BOM", Buffer.from(`\ufeff${story}`, "utf16le")],
    ["UTF-16 BE with BOM", Buffer.from(`\ufeff${story}`, "utf16le").swap16()],
    ["CRLF", Buffer.from(story.replace(/\n/gu, "\r\n"))],
    ["lone CR", Buffer.from(story.replace(/\n/gu, "\r"))],
  ])("%s reads like plain UTF-8 with LF", (name, bytes) => {
    expect(sentences(file(`${name}.txt`, bytes))).toEqual(plain.old.sentences);
  });

  it("refuses invalid UTF-8 naming the offset, unless --encoding latin1", () => {
    const path = file("latin1.txt", Buffer.from("Caf\xe9 society.", "latin1"));
    const run = newsdiff([path, path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newsdiff: invalid UTF-8 at byte 3; try --encoding latin1 (${path})\n`);
    expect(JSON.parse(newsdiff(["--json", "--encoding", "latin1", path, path]).stdout).old.sentences).toEqual(["Café society."]);
  });

  it("refuses binary files, as git does", () => {
    const path = file("doc.pdf", Buffer.from("%PDF-1.4\n\x00\x01\x02binary", "latin1"));
    const run = newsdiff([path, "fixtures/demo/new.txt"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newsdiff: binary file, not an article (${path})\n`);
  });

  it("leaves input files untouched", () => {
    const path = file("untouched.txt", story);
    const before = statSync(path).mtimeMs;
    newsdiff([path, "fixtures/demo/new.txt"]);
    expect(readFileSync(path, "utf8")).toBe(story);
    expect(statSync(path).mtimeMs).toBe(before);
  });
});

describe("size limits", () => {
  it("stops before reading a file over --max-size", () => {
    const path = file("big.txt", "x".repeat(2000));
    const run = newsdiff(["--max-size", "1000", path, path]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newsdiff: file is 2000 bytes, over --max-size 1000 (${path})\n`);
  });

  it("cuts a 1 MB sentence with no full stops into pieces, warns, and says so in JSON", () => {
    const path = file("endless.txt", "word ".repeat(200_000));
    const run = newsdiff(["--json", path, "fixtures/demo/new.txt"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^newsdiff: warning: a sentence of 999999 characters was cut into 250 pieces of at most 4000/u);
    const document = JSON.parse(run.stdout);
    expect(document.old.sentences).toHaveLength(250);
    expect(document.warnings).toHaveLength(1);
  });
});

describe("options", () => {
  it.each([
    [["--width", "-5"], "newsdiff: option '-w, --width <n>' argument '-5' is invalid. --width takes a whole number of at least 20"],
    [["--width", "wide"], "newsdiff: option '-w, --width <n>' argument 'wide' is invalid. --width takes a whole number of at least 20"],
    [["--context", "-1"], "newsdiff: option '-c, --context <n>' argument '-1' is invalid. --context takes a whole number"],
    [["--json", "--format", "markup"], "newsdiff: option '--json' cannot be used with option '-f, --format <format>'"],
    [["--color", "sometimes"], "newsdiff: option '--color <when>' argument 'sometimes' is invalid. Allowed choices are auto, always, never."],
    [["--encoding", "ebcdic"], "newsdiff: option '--encoding <name>' argument 'ebcdic' is invalid. Allowed choices are utf8, latin1."],
  ])("%j → exit 2 naming the valid values", (options, message) => {
    const run = newsdiff([...options, "fixtures/demo/old.txt", "fixtures/demo/new.txt"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`${message}\n`);
  });
});

describe("signals", () => {
  it("ends at once on SIGINT, without a stack trace (the shell sees 130)", async () => {
    const big = file("slow.txt", Array.from({ length: 60_000 }, (_, i) => `Sentence ${i} says ${i * 7} things.`).join("\n\n"));
    const child = spawn("bash", ["-c", `node ${CLI} --json ${big} fixtures/demo/new.txt > /dev/null & pid=$!; sleep 0.4; kill -INT $pid; wait $pid; echo "status $?"`], { cwd: ROOT });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    await new Promise((resolve) => child.on("close", resolve));
    expect(output).toBe("status 130\n");
  });
});

describe("wide characters through the CLI", () => {
  it("keeps side-by-side lines within --width, measuring CJK and emoji by display width", async () => {
    const { default: stringWidth } = await import("string-width");
    const oldPath = file("cjk-old.txt", "北京市政府周一宣布新的交通规则。游客👍🏽很满意。Café owners agreed.");
    const newPath = file("cjk-new.txt", "北京市政府周二宣布新的交通规则。游客👍🏽不满意。Café owners disagreed.");
    const run = newsdiff(["-y", "--width", "50", "--color", "never", oldPath, newPath]);
    expect(run.status).toBe(1);
    const rows = run.stdout.split("\n").slice(1, -2);
    expect(rows.length).toBeGreaterThan(3);
    for (const line of rows) expect(stringWidth(line)).toBeLessThanOrEqual(50);
    expect(run.stdout).toContain("[-周一-]");
  });
});

describe("control characters in articles and file names", () => {
  // An escape sequence that would clear the screen, one that would retitle the window, a bell.
  const hostile = (word: string) => ` date 2026-01-05\n\nThe port said \u001b[2J\u001b]0;pwned\u0007 ${word}. Bells \u0007 rang.\n`;
  const oldPath = file("control-old.txt", hostile("no"));
  const newPath = file("control-new\u001b[31m.txt", hostile("yes"));

  it.each(["terminal", "side-by-side", "markup", "stat", "github"])("%s shows them instead of sending them to the terminal", (format) => {
    const run = newsdiff(["--format", format, "--color", "always", oldPath, newPath]);
    expect(run.status).toBe(1);
    // The only escapes left are newsdiff's own colours (ESC [ digits m).
    expect(run.stdout.replace(/\u001b\[[0-9;]*m/gu, "")).not.toMatch(/\p{Cc}(?<!\n)/u);
    if (format !== "markup") expect(run.stdout).toContain("control-new␛[31m.txt");
    if (format !== "stat") expect(run.stdout).toContain("␛[2J␛]0;pwned␇");
  });

  it("keeps them exactly in JSON", () => {
    const document = JSON.parse(newsdiff(["--json", oldPath, newPath]).stdout);
    expect(document.new.path).toBe(newPath);
    expect(document.new.sentences[0]).toBe("The port said \u001b[2J\u001b]0;pwned\u0007 yes.");
  });

  it("shows them in messages on stderr", () => {
    const run = newsdiff([file("gone\u001b.txt", "x"), join(dir, "missing\u001b[2J.txt")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newsdiff: no such file (${join(dir, "missing␛[2J.txt")})\n`);
  });
});

describe("a hostile web page", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-hostile-page-"));
  const page = (title: string, figure: string) =>
    `<!doctype html><html><head><title>${title} \u001b]0;pwned\u0007 title</title></head><body><article><p>The council approved the budget of ${figure} million pounds after a long debate in the chamber on Tuesday evening, officials said on Wednesday morning.<script>alert(1)</script><img src=x onerror=alert(1)></p></article></body></html>`;
  const oldPage = join(dir, "old.html");
  const newPage = join(dir, "new.html");
  writeFileSync(oldPage, page("Evil", "12"));
  writeFileSync(newPage, page("Bad", "13"));

  it("shows a title's control characters instead of sending them to the terminal", () => {
    const run = newsdiff(["--color", "never", oldPage, newPage]);
    expect(run.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/u);
    expect(run.stdout).toContain("headline  [-Evil-]{+Bad+} ␛]0;pwned␇ title [wording]\n");
  });

  it("leaves the page's script and handlers out of the article and the report", () => {
    const document = JSON.parse(newsdiff(["--json", oldPage, newPage]).stdout) as { new: { sentences: string[] } };
    expect(document.new.sentences).toEqual(["The council approved the budget of 13 million pounds after a long debate in the chamber on Tuesday evening, officials said on Wednesday morning."]);
    expect(newsdiff(["--format", "html", oldPage, newPage]).stdout).not.toMatch(/onerror|alert\(1\)/u);
  });
});

import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { SortedList, SPELLING_VARIANTS } from "../../src/text/wordlist.js";
import { ROOT } from "../helpers.js";

/** What a lookup must answer, from the list's lines read whole. */
function reference(text: string): Map<string, string> {
  const entries = new Map<string, string>();
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const tab = line.indexOf("\t");
    entries.set(tab === -1 ? line : line.slice(0, tab), tab === -1 ? "" : line.slice(tab + 1));
  }
  return entries;
}

/** Keys that sort next to each present one and are not in the list. */
const absentNear = (keys: Iterable<string>, present: Map<string, string>) =>
  [...keys].flatMap((key) => [key.slice(0, -1), `${key}~`, `${key}a`, `${key.slice(0, -1)}~`]).filter((key) => !present.has(key));

describe("SortedList", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-wordlist-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("finds every line of the spelling list, and nothing that is not one, however the search reads it", () => {
    const text = readFileSync(join(ROOT, "data", "spelling-variants.tsv"), "utf8");
    const entries = reference(text);
    const absent = absentNear(entries.keys(), entries);
    // The list as the command reads it (block by block, then whole), and one read in blocks of 64 bytes to its end.
    for (const list of [SPELLING_VARIANTS, new SortedList(join(ROOT, "data", "spelling-variants.tsv"), { blockSize: 64, blocksBeforeWhole: Infinity })]) {
      for (const [key, value] of entries) if (list.get(key) !== value) expect.fail(`${key}: ${list.get(key)} instead of ${value}`);
      for (const key of absent) if (list.get(key) !== undefined) expect.fail(`${key} is not in the list`);
    }
  });

  it("cuts lines longer than its reach, lines across blocks, lines without a value and multi-byte keys", () => {
    const keys = ["a", "ab", "abc", `b${"x".repeat(700)}`, `bb${"y".repeat(3000)}`, `bc${"z".repeat(3000)}`, "c", "café", "cafe\u0301", "d", "zz", "\u00e9t\u00e9", "日本"].sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    const lines = keys.map((key, index) => (index % 3 === 0 ? key : `${key}\t${"v".repeat(index * 40)}${index}`));
    for (const ending of ["\n", ""]) {
      const path = join(dir, `list${ending === "" ? "-no-final-newline" : ""}.tsv`);
      const text = lines.join("\n") + ending;
      writeFileSync(path, text);
      const entries = reference(text);
      for (const reading of [{ blockSize: 7, blocksBeforeWhole: Infinity }, { blockSize: 16, blocksBeforeWhole: 3 }, {}]) {
        const list = new SortedList(path, reading);
        for (const [key, value] of entries) expect(list.get(key), `${key} (${JSON.stringify(reading)})`).toBe(value);
        for (const key of [...absentNear(entries.keys(), entries), "", "0", "\uffff"]) expect(list.get(key), key).toBeUndefined();
      }
    }
  });

  it("reads a value on past its reach: a probe at the start of a long line", () => {
    // 5,992 bytes: the search's first probe, at byte 2,996, falls 5 bytes into the second line.
    const path = join(dir, "long-value.tsv");
    writeFileSync(path, `a\t${"v".repeat(2988)}\nb\t${"w".repeat(2998)}\n`);
    expect(new SortedList(path).get("b")).toBe("w".repeat(2998));
    expect(new SortedList(path).get("a")).toBe("v".repeat(2988));
  });

  it("answers nothing from an empty list", () => {
    const path = join(dir, "empty.tsv");
    writeFileSync(path, "");
    expect(new SortedList(path).get("a")).toBeUndefined();
  });
});

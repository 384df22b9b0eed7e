import { describe, expect, it } from "vitest";
import { parseJobLines } from "../../src/cli/pairs-from.js";

describe("parseJobLines", () => {
  it("reads tab-separated pairs, JSON pairs and JSON stories, and numbers what it cannot read", () => {
    const input = [
      "a.txt\tb.txt",
      "",
      '{"old": "c.txt", "new": "d.txt"}',
      '{"story": "port", "versions": ["v1.txt", "v2.txt", "v3.txt"]}',
      '{"versions": ["x1.txt", "x2.txt"]}',
      "just one path",
      "a\tb\tc",
      '{"old": "c.txt"}',
      '{"story": "s", "versions": ["only.txt"]}',
      "{not json",
      "[1, 2]",
      "with space.txt\tother space.txt\r",
    ].join("\n");
    const { jobs, bad } = parseJobLines(`${input}\n`);
    expect(jobs).toEqual([
      { line: 1, job: { kind: "pair", old: "a.txt", new: "b.txt" } },
      { line: 3, job: { kind: "pair", old: "c.txt", new: "d.txt" } },
      { line: 4, job: { kind: "story", story: "port", paths: ["v1.txt", "v2.txt", "v3.txt"] } },
      { line: 5, job: { kind: "story", story: "x1.txt", paths: ["x1.txt", "x2.txt"] } },
      { line: 12, job: { kind: "pair", old: "with space.txt", new: "other space.txt" } },
    ]);
    expect(bad).toEqual([
      { line: 6, message: "expected OLD<TAB>NEW, or a JSON object" },
      { line: 7, message: "expected OLD<TAB>NEW, or a JSON object" },
      { line: 8, message: 'a JSON line needs "old" and "new" paths, or "versions"' },
      { line: 9, message: "a story needs two versions or more" },
      { line: 10, message: "not valid JSON" },
      { line: 11, message: "expected OLD<TAB>NEW, or a JSON object" },
    ]);
  });
});

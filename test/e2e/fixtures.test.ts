import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

// Each fixture pair has the JSON document and the plain terminal view we read and agreed with.
const CASES: [name: string, exit: number][] = [
  ["demo", 1],
  ["boilerplate-only", 0],
  // A story saved from a page: its furniture (a stamp, a later caption, an advertisement's label, a
  // newsletter prompt, a related link, a copyright line) is boilerplate, so nothing differs.
  ["page-furniture", 0],
  // A wire story's second version whose every difference is what an update renews: the version
  // marker, the stamp block (time, reading time, word count), a link's screen-reader cue, a
  // newsletter pitch, a coverage link, credits and trailers. A --fail-on gate passes it.
  ["wire-update", 0],
  // An agency's story and a paper's print of it: a byline with no "By", the paper's own dateline, an
  // embedded post's placeholder and consent prompt, a newsletter's marks, the republication line
  // and the agency's copyright. --fail-on all passes it.
  ["syndicated-copy", 0],
  ["added-removed", 1],
  ["moved-paragraph", 1],
  ["abbreviations", 1],
  ["identical", 0],
];

describe.each(CASES)("fixtures/%s", (name, exit) => {
  const files = [`fixtures/${name}/old.txt`, `fixtures/${name}/new.txt`];

  it("prints the expected JSON document", () => {
    const run = newsdiff(["--format", "json", ...files]);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(exit);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(readFileSync(join(FIXTURES, name, "expected.json"), "utf8")));
  });

  it("prints the expected terminal view without colour", () => {
    const run = newsdiff(["--color", "never", "--width", "100", ...files]);
    expect(run.status).toBe(exit);
    expect(run.stdout).toBe(readFileSync(join(FIXTURES, name, "expected.txt"), "utf8"));
  });
});

describe("fixtures/syndicated-copy", () => {
  it("passes a gate on every kind: what differs is the paper's and the agency's furniture", () => {
    const run = newsdiff(["--fail-on", "all", "--format", "json", "fixtures/syndicated-copy/old.txt", "fixtures/syndicated-copy/new.txt"]);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).summary.equal).toBe(5);
  });
});

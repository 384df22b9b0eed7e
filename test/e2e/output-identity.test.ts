import { describe, expect, it } from "vitest";
import { actualDigests, expectedPairs, readExpected } from "../../scripts/expected-json.js";
import { hasReuters } from "../helpers.js";

type Row = [string, string];

describe("the JSON of every fixture pair and real pair, byte for byte (fixtures/expected/json-sha256.tsv)", () => {
  const pairs = expectedPairs() as Row[];
  const expected = readExpected() as Map<string, string>;

  it(`is what was reviewed, for ${hasReuters ? "the fixtures and the Reuters-21578 pairs" : "the fixtures (../shared not found: the Reuters-21578 pairs skipped)"}`, () => {
    const differ = (actualDigests(pairs) as Row[]).filter(([path, digest]) => expected.get(path) !== digest).map(([path]) => path);
    // A change of output is reviewed, then recorded with `node scripts/expected-json.js --write`.
    expect(differ).toEqual([]);
    expect(pairs.length).toBe(hasReuters ? expected.size : [...expected.keys()].filter((path) => path.startsWith("fixtures/")).length);
  });
});

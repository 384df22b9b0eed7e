import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { linksOf, score, total, type Links } from "../../src/align/evaluate.js";
import { compareTexts } from "../../src/compare.js";
import { FIXTURES, REUTERS, hasReuters } from "../helpers.js";

const SET = join(FIXTURES, "alignment");
const read = (path: string) => ({ path, text: readFileSync(path, "utf8") });

function evaluate(oldPath: string, newPath: string, gold: { sentences: [number, number]; pairs: Links }) {
  const result = compareTexts(read(oldPath), read(newPath));
  expect([result.old.sentences.length, result.new.sentences.length]).toEqual(gold.sentences);
  return score(linksOf(result.pairs), gold.pairs);
}

describe("the labelled alignment set in fixtures/alignment", () => {
  const cases = readdirSync(SET, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  it.each(cases)("%s: every gold pair found, nothing else", (name) => {
    const gold = JSON.parse(readFileSync(join(SET, name, "gold.json"), "utf8"));
    expect(evaluate(join(SET, name, "old.txt"), join(SET, name, "new.txt"), gold).f1).toBe(1);
  });
});

describe.skipIf(!hasReuters)("labelled real pairs of ../shared/reuters-21578", () => {
  const { cases } = JSON.parse(readFileSync(join(SET, "reuters-21578.json"), "utf8")) as { cases: { pair: string; sentences: [number, number]; pairs: Links }[] };

  it("finds every gold pair of the 40 and nothing else", () => {
    const scores = cases.map((gold) => evaluate(join(REUTERS, gold.pair, "old.txt"), join(REUTERS, gold.pair, "new.txt"), gold));
    const overall = total(scores);
    expect(overall.precision).toBe(1);
    expect(overall.f1).toBe(1);
    expect(overall.truePositives).toBe(overall.gold);
  });
});

describe("score", () => {
  it("counts split edges and penalises both misses and extras", () => {
    expect(score([[[0], [0, 1]]], [[[0], [0, 1]]]).f1).toBe(1);
    const partial = score([[[0], [0]], [[1], [2]]], [[[0], [0, 1]]]);
    expect([partial.precision, partial.recall]).toEqual([0.5, 0.5]);
  });
});

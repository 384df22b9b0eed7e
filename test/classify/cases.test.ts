import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { readLabelledCases } from "../../bench/labelled-cases.js";
import { classifyTexts } from "../../src/classify/evaluate.js";
import type { Classification } from "../../src/classify/index.js";
import { KINDS } from "../../src/model.js";
import { ROOT, hasReuters } from "../helpers.js";

/**
 * The kinds found for a case. A one-line case is classified as one changed pair, whatever the
 * aligner would make of it: this set measures kinds, fixtures/alignment measures alignment.
 */
function classified(oldText: string, newText: string): Classification[] {
  if (oldText.includes("\n") || newText.includes("\n")) {
    return compareTexts({ path: "old", text: oldText }, { path: "new", text: newText })
      .pairs.filter((pair) => pair.op !== "equal")
      .map((pair) => ({ kinds: pair.kinds, changes: pair.changes ?? [] }));
  }
  return [classifyTexts(oldText, newText)];
}

describe("the labelled set of kinds (fixtures/kinds/cases.tsv)", () => {
  const cases = readLabelledCases(ROOT).map(({ line, expected, old, new: now }) => ({ line, kinds: expected, old, new: now }));

  it("has at least 150 cases, labelled with known kinds, weighted toward figures, quotes and names", () => {
    expect(cases.length).toBeGreaterThanOrEqual(150);
    for (const { kinds } of cases) for (const kind of kinds) expect(KINDS).toContain(kind);
    const weighty = cases.filter(({ kinds }) => kinds.some((kind) => kind === "number" || kind === "quote" || kind === "name")).length;
    expect(weighty / cases.length).toBeGreaterThan(0.5);
  });

  it.each(cases.map((c) => [c.line, c.kinds.join(" "), c] as const))("line %i: %s", (_, __, c) => {
    const changed = classified(c.old, c.new);
    expect(changed.map((pair) => pair.kinds), `${c.old}\n${c.new}`).toEqual([c.kinds]);
    // Every kind shows its evidence.
    for (const kind of c.kinds) expect(changed[0]!.changes!.some((change) => change.kind === kind)).toBe(true);
  });
});

describe.skipIf(!hasReuters)("kinds on the labelled Reuters-21578 pairs (fixtures/kinds/reuters-21578.json)", () => {
  it("finds every gold kind, and says number only once where no figure changed (166: 'on Monday' → 'today (Monday)')", async () => {
    // bench/kinds.js reads and scores the set; the test holds the score it prints.
    const { reutersCases, score } = await import("../../bench/kinds.js");
    const scores = score(reutersCases(ROOT)!);
    expect(scores.all.recall).toBe(1);
    expect(scores.number.recall).toBe(1);
    expect(scores.number.falsePositives).toBeLessThanOrEqual(1);
    for (const kind of ["quote", "name", "wording", "spelling", "typography", "case", "punctuation", "whitespace"] as const) expect(scores[kind].precision, kind).toBe(1);
  });
});

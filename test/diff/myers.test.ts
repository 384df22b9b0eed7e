import { diffArrays } from "diff";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { editScript } from "../../src/diff/myers.js";

/** jsdiff's own script, run for run, as the oracle. */
const jsdiffScript = (a: number[], b: number[], maxEditLength: number) => diffArrays(a, b, { maxEditLength })?.map(({ count, added, removed }) => ({ count, added, removed })) ?? null;

describe("editScript", () => {
  it("is jsdiff's script where scripts tie: a repeated item added after its twin, not before", () => {
    expect(editScript([1], [1, 1], 10)).toEqual([
      { count: 1, added: false, removed: false },
      { count: 1, added: true, removed: false },
    ]);
    expect(editScript([1, 2, 3], [1, 4, 3], 10)).toEqual(jsdiffScript([1, 2, 3], [1, 4, 3], 10));
    expect(editScript([], [], 10)).toEqual([]);
    expect(editScript([1, 2], [], 10)).toEqual([{ count: 2, added: false, removed: true }]);
  });

  it("gives up past maxEditLength, as jsdiff does", () => {
    expect(editScript([1, 2, 3], [4, 5, 6], 5)).toBeNull();
    expect(editScript([1, 2, 3], [4, 5, 6], 6)).toHaveLength(2);
    expect(editScript([1, 2], [1, 2], 0)).toEqual([{ count: 2, added: false, removed: false }]);
  });

  // Few distinct items make many scripts of the same length: each tie must break as jsdiff's does.
  it("matches jsdiff's diffArrays on random arrays, with and without a bound", () => {
    const items = fc.array(fc.integer({ min: 0, max: 4 }), { maxLength: 24 });
    fc.assert(
      fc.property(items, items, fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(2000)), (a, b, bound) => {
        expect(editScript(a, b, bound)).toEqual(jsdiffScript(a, b, bound));
      }),
      { numRuns: 5000 },
    );
  });

  it("matches jsdiff on long arrays that grow its run list past its first size", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 100, maxLength: 400 }), fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 100, maxLength: 400 }), (a, b) => {
        expect(editScript(a, b, 2000)).toEqual(jsdiffScript(a, b, 2000));
      }),
      { numRuns: 40 },
    );
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { naturalOrder } from "../../src/text/collate.js";

const collator = new Intl.Collator("en", { numeric: true });

describe("naturalOrder", () => {
  it("puts version numbers in order, as people number them", () => {
    expect(["v10.txt", "v2.txt", "v1.txt", "a/v3.txt", "v02.txt"].sort(naturalOrder)).toEqual(["a/v3.txt", "v1.txt", "v2.txt", "v02.txt", "v10.txt"]);
    expect(["Story 10.txt", "story 9.txt", "Ärger.txt"].sort(naturalOrder)).toEqual(["Ärger.txt", "story 9.txt", "Story 10.txt"]);
  });

  it("orders plain names (lower-case ASCII, digits, _ - . /) as ICU's collator does", () => {
    const plain = fc.string({ unit: fc.constantFrom(..."0019azb_-./"), maxLength: 12 });
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(Math.sign(naturalOrder(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 20_000 },
    );
  });

  it("orders every other name with the collator", () => {
    const any = fc.string({ unit: fc.constantFrom(..."0a A_é.-"), maxLength: 8 });
    fc.assert(
      fc.property(any, any, (a, b) => {
        expect(Math.sign(naturalOrder(a, b))).toBe(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 2000 },
    );
  });
});

import { describe, expect, it } from "vitest";
import { lookupTable } from "../../src/text/lookup.js";

describe("lookupTable", () => {
  it("finds its own keys and nothing an object inherits", () => {
    const table = lookupTable({ million: 6, billion: 9 });
    expect(table["million"]).toBe(6);
    for (const key of ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf"]) {
      expect(table[key]).toBeUndefined();
      expect(key in table).toBe(false);
    }
    expect(Object.keys(table)).toEqual(["million", "billion"]);
  });
});

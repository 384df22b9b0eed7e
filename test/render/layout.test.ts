import stringWidth from "string-width";
import { describe, expect, it } from "vitest";
import { isNarrowText, measureWith } from "../../src/render/layout.js";
import { charactersWhere } from "../helpers.js";

describe("isNarrowText", () => {
  it("says narrow only of characters string-width counts as one column", () => {
    expect(charactersWhere(0xffff, (char) => isNarrowText(char) && stringWidth(char) !== 1)).toEqual([]);
  });

  it("takes news copy with curly quotes, dashes and accents without the width table", () => {
    expect(isNarrowText("“Wir sind bereit,” said Müller — café owner, €3.50 … ¶ 2 → 3")).toBe(true);
    expect(isNarrowText("東京")).toBe(false);
    expect(isNarrowText("© 2026")).toBe(false);
    expect(isNarrowText("e\u0301")).toBe(false);
  });

  it("measures narrow text by its length and the rest with the width table", () => {
    const measure = measureWith(stringWidth);
    expect(measure("“quoted” — 12")).toBe(13);
    expect(measure("東京 e\u0301")).toBe(6);
  });
});

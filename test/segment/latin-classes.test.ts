import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { LATIN_CLASSES, LATIN_TEXT, patterns, UNICODE_CLASSES } from "../../src/segment/tokens.js";

const PROPERTIES: Record<keyof typeof LATIN_CLASSES, string> = {
  letter: "L",
  mark: "M",
  number: "N",
  digit: "Nd",
  currency: "Sc",
  pictographic: "Extended_Pictographic",
};

describe("the tokenizer's classes spelled out for Latin text", () => {
  // Every character LATIN_TEXT admits, one by one: the spelled-out class and Unicode's property
  // must agree on each, so that the Latin patterns find exactly the tokens the Unicode ones do.
  const admitted: string[] = [];
  for (let code = 0; code <= 0xffff; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    const char = String.fromCharCode(code);
    if (LATIN_TEXT.test(char)) admitted.push(char);
  }

  it("admit Latin letters, general punctuation and currency signs, and nothing of other scripts", () => {
    expect(admitted.length).toBe(0x250 + 0x70 - 1 + 0x20);
    expect(LATIN_TEXT.test("Zoë’s café — “€3,5”…")).toBe(true);
    expect(LATIN_TEXT.test("Москва")).toBe(false);
    expect(LATIN_TEXT.test("e\u0301")).toBe(false);
  });

  it.each(Object.entries(PROPERTIES))("%s: the same characters as \\p{%s}", (name, property) => {
    const spelled = new RegExp(`[${LATIN_CLASSES[name as keyof typeof LATIN_CLASSES]}]`, "u");
    const unicode = new RegExp(`\\p{${property}}`, "u");
    const disagree = admitted.filter((char) => spelled.test(char) !== unicode.test(char)).map((char) => char.charCodeAt(0).toString(16));
    expect(disagree).toEqual([]);
  });
});

describe("the Latin patterns against the Unicode ones", () => {
  const latin = patterns(LATIN_CLASSES);
  const unicode = patterns(UNICODE_CLASSES);
  const matches = (pattern: RegExp, text: string) => [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`))].map((m) => [m.index, ...m]);
  const piece = fc.constantFrom("1", "22", "1,200", "4.65", "%", "$", "€", "£", "-", "‐", "'", "’", ".", ",", "a", "U", "é", "Ø", "ß", "²", "½", "©", " ", "\u00a0", "\u2009", "“", "”", "—", "…", "s", "Mr.", "U.S.", "\u200d");

  it("find the same tokens, words and numbers in Latin text", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((parts) => parts.join("")), (text) => {
        expect(LATIN_TEXT.test(text)).toBe(true);
        for (const key of ["token", "wordLike", "numberShaped"] as const) expect(matches(latin[key], text)).toEqual(matches(unicode[key], text));
      }),
      { numRuns: 3000 },
    );
  });
});

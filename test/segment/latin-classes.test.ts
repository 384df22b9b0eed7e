import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { patterns } from "../../src/segment/tokens.js";
import { LATIN_CLASSES, LATIN_TEXT, UNICODE_CLASSES } from "../../src/text/classes.js";

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

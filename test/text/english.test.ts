import { describe, expect, it } from "vitest";
import { isEnglishWord, LATIN_WITHOUT_VOWEL } from "../../src/text/english.js";

describe("LATIN_WITHOUT_VOWEL", () => {
  it("takes a word without a vowel for an abbreviation, y counted as a vowel but in a final -ly or -ty", () => {
    for (const word of ["mths", "shr", "qtly", "wkly", "pty", "mthly", "cng"]) expect(LATIN_WITHOUT_VOWEL.test(word), word).toBe(true);
    // Names written with y for their vowel were read as abbreviations, and their changes as wording.
    for (const word of ["smyth", "lynch", "flynn", "byrd", "glynn", "sky", "nyt", "orlov"]) expect(LATIN_WITHOUT_VOWEL.test(word), word).toBe(false);
  });
});

describe("isEnglishWord", () => {
  it("knows ordinary words and wire abbreviations, and no names", () => {
    for (const word of ["Officials", "Smith", "Green", "It's", "Mths", "Qtly", "colour-coded"]) expect(isEnglishWord(word), word).toBe(true);
    for (const word of ["Orlov", "Flynn", "Kovacs", "Zelensky"]) expect(isEnglishWord(word), word).toBe(false);
  });
});

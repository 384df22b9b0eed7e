import { describe, expect, it } from "vitest";
import { isEnglishWord, isInflectedEnglishWord, isMisspelling, LATIN_WITHOUT_VOWEL } from "../../src/text/english.js";

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

describe("isInflectedEnglishWord", () => {
  it("knows a plural, a past form, an -ing form and an adverb by their base in the word list", () => {
    for (const word of ["Officials", "Churches", "Companies", "Asked", "Used", "Stopped", "Tried", "Speaking", "Using", "Running", "Dying", "Likely", "Happily", "Basically", "Probably"]) expect(isInflectedEnglishWord(word), word).toBe(true);
  });
  it("takes no name for one that only ends as they do, nor a base too short to tell", () => {
    // "Reed" is no "re" + "ed", "Ted" no "t" + "ed": the list holds short abbreviations and letters.
    for (const word of ["Reed", "Ted", "Ahmed", "Kelly", "Sally", "King", "Fleming", "Beijing", "Edwards", "Congress", "Apple's"]) expect(isInflectedEnglishWord(word), word).toBe(false);
  });
});

describe("isMisspelling", () => {
  it("takes a non-word one edit from a word (two in a longer one, a swap of letters one) for its misspelling", () => {
    for (const [a, b] of [["goernments", "governments"], ["approcah", "approach"], ["presidnet", "president"], ["recieved", "received"], ["whithin", "within"]]) {
      expect(isMisspelling(a!, b!), `${a} ${b}`).toBe(true);
      expect(isMisspelling(b!, a!), `${b} ${a}`).toBe(true);
    }
  });
  it("takes no two words, no two non-words, no other first letter, no inflection and no word too far or too short", () => {
    for (const [a, b] of [["from", "form"], ["orlov", "orloff"], ["governments", "xovernments"], ["carryforwards", "carryforward"], ["government", "gvrnmnt"], ["ot", "to"], ["Approcah", "approach"]]) {
      expect(isMisspelling(a!, b!), `${a} ${b}`).toBe(false);
    }
  });
});

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { data } from "franc/data.js";
import { alphabetsSource, exemplarLetters, OUTPUT } from "../../scripts/alphabets.js";
import { ALPHABETS } from "../../src/text/alphabets.js";

describe("the alphabets of the languages franc ranks (src/text/alphabets.ts)", () => {
  it("are what scripts/alphabets.js writes from CLDR and franc, as committed", () => {
    expect(readFileSync(OUTPUT, "utf8")).toBe(alphabetsSource());
  });

  it("read CLDR's exemplar sets: letters, sequences, ranges and escapes, lower-case", () => {
    expect(exemplarLetters("[a b {dž} e-g \\- Ä]")).toEqual(["a", "b", "d", "ž", "e", "f", "g", "ä"]);
    expect(exemplarLetters("[а б в г д её ж]")).toEqual(["а", "б", "в", "г", "д", "е", "ё", "ж"]);
  });

  it("hold, for each script's languages, every letter of their own trigrams", () => {
    const missing: string[] = [];
    for (const [script, languages] of Object.entries(ALPHABETS)) {
      for (const [code, alphabet] of Object.entries(languages)) {
        const trigrams = data[script]![code]!;
        const letters = new Set(alphabet);
        for (const char of new Set(trigrams)) if (/\p{L}/u.test(char) && !letters.has(char)) missing.push(`${script} ${code} ${char}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("tell the Cyrillic languages apart by the letters each writes", () => {
    const cyrillic = ALPHABETS.Cyrillic!;
    expect(["ы", "э", "ё"].every((letter) => cyrillic.rus!.includes(letter) && !cyrillic.bul!.includes(letter) && !cyrillic.ukr!.includes(letter))).toBe(true);
    expect(["ї", "є", "ґ"].every((letter) => cyrillic.ukr!.includes(letter) && !cyrillic.rus!.includes(letter))).toBe(true);
    expect(ALPHABETS.Latin!.tur).toContain("ı");
    expect(ALPHABETS.Latin!.hau).not.toContain("ı");
  });
});

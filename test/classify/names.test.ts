import { describe, expect, it } from "vitest";
import { areFormsOfOneWord, isArticle } from "../../src/classify/names.js";

describe("isArticle", () => {
  it("knows each language's articles and the prepositions joined to one, in any case", () => {
    for (const [word, language] of [["the", "en"], ["The", "en"], ["An", "en"], ["einem", "de"], ["Zum", "de"], ["des", "fr"], ["Aux", "fr"], ["los", "es"], ["del", "es"], ["sugli", "it"], ["dagli", "it"], ["pelas", "pt"], ["às", "pt"], ["het", "nl"]]) {
      expect(isArticle(word!, language!), `${word} (${language})`).toBe(true);
    }
  });

  it("knows no other word, and no article of another language", () => {
    for (const [word, language] of [["then", "en"], ["they", "en"], ["der", "en"], ["the", "de"], ["einemal", "de"], ["Smith", "en"], ["la", "en"], ["le", "ru"], ["the", "und"]]) {
      expect(isArticle(word!, language!), `${word} (${language})`).toBe(false);
    }
  });
});

describe("areFormsOfOneWord", () => {
  it("pairs the forms of one word that the next word chooses, in any case, and nothing else", () => {
    expect(areFormsOfOneWord("an", "a", "en")).toBe(true);
    expect(areFormsOfOneWord("An", "A", "en")).toBe(true);
    expect(areFormsOfOneWord("во", "в", "ru")).toBe(true);
    expect(areFormsOfOneWord("обо", "о", "ru")).toBe(true);
    expect(areFormsOfOneWord("передо", "перед", "ru")).toBe(true);
    expect(areFormsOfOneWord("y", "e", "es")).toBe(true);
    expect(areFormsOfOneWord("a", "a", "en")).toBe(false);
    expect(areFormsOfOneWord("a", "the", "en")).toBe(false);
    expect(areFormsOfOneWord("в", "во", "en")).toBe(false);
    expect(areFormsOfOneWord("y", "e", "en")).toBe(false);
    expect(areFormsOfOneWord("ode", "od", "pl")).toBe(true);
    expect(areFormsOfOneWord("o", "ode", "pl")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { areFormsOfOneWord, countryNames, isArticle, isCountryName, nameContext } from "../../src/classify/names.js";
import { classifyTexts } from "../../src/classify/evaluate.js";

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

describe("isCountryName", () => {
  it("knows a country by CLDR's long and short names in the language, Chinese in either script", () => {
    expect(isCountryName("美国", "zh")).toBe(true);
    expect(isCountryName("美國", "zh")).toBe(true);
    expect(isCountryName("イギリス", "ja")).toBe(true);
    expect(isCountryName("米国", "ja")).toBe(true);
    expect(isCountryName("Frankreich", "de")).toBe(true);
    expect(isCountryName("工厂", "zh")).toBe(false);
    expect(countryNames("zh").size).toBeGreaterThan(200);
  });

  it("reads the name under a clitic letter (Arabic, Hebrew) or a particle (Korean), not under any letters", () => {
    expect(isCountryName("بفرنسا", "ar")).toBe(true);
    expect(isCountryName("בצרפת", "he")).toBe(true);
    expect(isCountryName("ומצרפת", "he")).toBe(true);
    expect(isCountryName("미국을", "ko")).toBe(true);
    expect(isCountryName("일본에서", "ko")).toBe(true);
    expect(isCountryName("קצרפת", "he")).toBe(false);
  });

  it("makes a changed country a name in Hebrew copy, which has no labelled set", () => {
    expect(classifyTexts("השר ביקר בצרפת.", "השר ביקר בגרמניה.", "he").kinds).toEqual(["name"]);
    expect(classifyTexts("השר חזר מצרפת.", "השר חזר מגרמניה.", "he").kinds).toEqual(["name"]);
  });
});

describe("nameContext's isNamedElsewhere", () => {
  const story = nameContext(["Präsident Macron besuchte Berlin.", "Merz traf Macrons Berater."], ["美国总统拜登抵达北京。"]);
  const afterTitle = (sentence: string, at: number) => sentence.slice(0, at).endsWith("Präsident ") || sentence.slice(0, at).endsWith("总统");

  it("asks the predicate of each place the word stands whole, in every version's sentences", () => {
    expect(story.isNamedElsewhere("Macron", "de", afterTitle)).toBe(true);
    expect(story.isNamedElsewhere("Berater", "de", afterTitle)).toBe(false);
    // "Macrons" holds "Macron" but not as a whole word: only the place after "Präsident" answers.
    expect(story.isNamedElsewhere("Macro", "de", () => true)).toBe(false);
  });

  it("finds a Chinese or Japanese word against its neighbours, with no spaces around it", () => {
    expect(story.isNamedElsewhere("拜登", "zh", afterTitle)).toBe(true);
  });

  it("keeps each language's answer apart", () => {
    expect(story.isNamedElsewhere("Berlin", "de", () => false)).toBe(false);
    expect(story.isNamedElsewhere("Berlin", "en", () => true)).toBe(true);
  });
});

import { describe, expect, it } from "vitest";
import { americanSpelling, isSpellingVariant } from "../../src/text/spelling.js";

describe("americanSpelling", () => {
  it.each([
    ["summarised", "summarized"], ["organisation", "organization"], ["destabilising", "destabilizing"], ["criticised", "criticized"],
    ["analyse", "analyze"], ["paralysed", "paralyzed"],
    ["colour", "color"], ["labour", "labor"], ["honourable", "honorable"], ["favourite", "favorite"], ["neighbourhood", "neighborhood"],
    ["centre", "center"], ["theatres", "theaters"], ["centred", "centered"], ["fibre", "fiber"],
    ["defence", "defense"], ["offences", "offenses"], ["licence", "license"],
    ["travelled", "traveled"], ["cancelling", "canceling"], ["modelled", "modeled"], ["fuelled", "fueled"], ["signalled", "signaled"],
    ["paediatric", "pediatric"], ["oestrogen", "estrogen"], ["manoeuvre", "maneuver"], ["programme", "program"], ["grey", "gray"],
  ])("%s → %s", (uk, us) => {
    expect(americanSpelling(uk)).toBe(us);
  });

  it.each([
    "advise", "compromise", "exercised", "surprise", "promises", "raised", "noise", "otherwise", "uprising", "premises",
    "four", "hour", "tour", "your", "devour", "contour", "glamour", "flour",
    "acre", "massacre", "genre", "ogre", "hatred", "there", "were", "more",
    "compelled", "controlled", "patrolled", "installed", "fulfilled", "called", "killed", "spelled", "stonewalled", "enthralled", "quelled",
    "crisis", "this", "basis",
  ])("leaves %s alone", (word) => {
    expect(americanSpelling(word)).toBe(word);
  });
});

describe("isSpellingVariant", () => {
  it("pairs UK and US forms in either order and any case, and nothing else", () => {
    expect(isSpellingVariant("Colour", "color")).toBe(true);
    expect(isSpellingVariant("summarized", "summarised")).toBe(true);
    expect(isSpellingVariant("color", "color")).toBe(false);
    expect(isSpellingVariant("color", "colour-blind")).toBe(false);
  });
});

describe("the variant list (VarCon)", () => {
  it("checks each part of a hyphenated or slashed compound", () => {
    expect(americanSpelling("colour-coded")).toBe("color-coded");
    expect(isSpellingVariant("colour-coded", "color-coded")).toBe(true);
    expect(isSpellingVariant("labour/defence", "labor/defense")).toBe(true);
    expect(isSpellingVariant("colour-coded", "colour-blind")).toBe(false);
  });

  it("keeps possessives and knows families the old suffix rules missed", () => {
    expect(americanSpelling("centre's")).toBe("center's");
    expect(isSpellingVariant("pretence", "pretense")).toBe(true);
    expect(isSpellingVariant("storey", "story")).toBe(true);
    expect(isSpellingVariant("jewellery", "jewelry")).toBe(true);
    expect(isSpellingVariant("tonne", "ton")).toBe(false);
  });

  it("takes ß and ss for one spelling in any copy (Swiss German writes no ß)", () => {
    for (const [a, b] of [["Straße", "Strasse"], ["daß", "dass"], ["äußerte", "äusserte"]]) expect(isSpellingVariant(a, b), a).toBe(true);
    expect(isSpellingVariant("Straße", "Strassen")).toBe(false);
  });

  it("knows the other orthography of German, Portuguese, French, Spanish, Italian and Hindi, and only in that language", () => {
    const variants: [string, string, string][] = [
      ["de", "Schiffahrt", "Schifffahrt"],
      ["de", "Potential", "Potenzial"],
      ["de", "essentiell", "essenziell"],
      ["de", "Geographie", "Geografie"],
      ["pt", "acção", "ação"],
      ["pt", "óptimo", "ótimo"],
      ["pt", "facto", "fato"],
      ["pt", "económico", "econômico"],
      ["pt", "António", "Antônio"],
      ["fr", "coût", "cout"],
      ["fr", "connaître", "connaitre"],
      ["fr", "événement", "évènement"],
      ["fr", "réglementation", "règlementation"],
      ["es", "sólo", "solo"],
      ["es", "éstos", "estos"],
      ["es", "vídeo", "video"],
      ["it", "perchè", "perché"],
      ["hi", "गाँव", "गांव"],
      ["hi", "ज़्यादा", "ज्यादा"],
      ["hi", "\u095Eैसला", "फैसला"],
    ];
    for (const [language, a, b] of variants) {
      expect(isSpellingVariant(a, b, language), `${language} ${a}`).toBe(true);
      expect(isSpellingVariant(a, b, "en"), `en ${a}`).toBe(false);
    }
  });

  it("leaves words apart that a fold would join but that mean another thing", () => {
    const others: [string, string, string][] = [
      ["pt", "pacto", "pato"],
      ["pt", "apto", "ato"],
      ["pt", "captar", "catar"],
      ["fr", "sûr", "sur"],
      ["fr", "mûr", "mur"],
      ["fr", "dû", "du"],
      ["fr", "jeûne", "jeune"],
      ["es", "está", "esta"],
      ["es", "año", "ano"],
      ["it", "è", "e"],
      ["de", "Müller", "Möller"],
      ["hi", "हँसी", "हंसी"],
      ["hi", "पेड़", "पेड"],
    ];
    for (const [language, a, b] of others) expect(isSpellingVariant(a, b, language), `${language} ${a}`).toBe(false);
  });
});

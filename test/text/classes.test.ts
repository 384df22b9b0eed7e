import { describe, expect, it } from "vitest";
import { ClassPattern, LATIN_CLASSES, LATIN_TEXT, UNICODE_CLASSES, type Classes } from "../../src/text/classes.js";

const PROPERTIES: Record<keyof Classes, string> = {
  letter: "L",
  upper: "Lu",
  lower: "Ll",
  title: "Lt",
  otherLetter: "Lo",
  mark: "M",
  number: "N",
  digit: "Nd",
  currency: "Sc",
  pictographic: "Extended_Pictographic",
  han: "Script=Han",
};

// Every character LATIN_TEXT admits, one by one.
const admitted: string[] = [];
for (let code = 0; code <= 0xffff; code++) {
  if (code >= 0xd800 && code <= 0xdfff) continue;
  const char = String.fromCharCode(code);
  if (LATIN_TEXT.test(char)) admitted.push(char);
}

describe("Latin text", () => {
  it("admits Latin letters, general punctuation and currency signs, and nothing of other scripts", () => {
    expect(admitted.length).toBe(0x250 + 0x70 - 1 + 0x20);
    expect(LATIN_TEXT.test("Zoë’s café — “€3,5”…")).toBe(true);
    expect(LATIN_TEXT.test("Москва")).toBe(false);
    expect(LATIN_TEXT.test("e\u0301")).toBe(false);
  });
});

describe("the classes spelled out for Latin text", () => {
  it("name every property the Unicode spelling uses", () => {
    for (const [name, property] of Object.entries(PROPERTIES)) expect(UNICODE_CLASSES[name as keyof Classes]).toBe(`\\p{${property}}`);
  });

  // The spelled-out class and Unicode's property must agree on each admitted character, alone, negated
  // and beside another class, so that a pattern in either spelling matches the same Latin text.
  it.each(Object.entries(PROPERTIES))("%s: the same characters as \\p{%s}", (name, property) => {
    const spelled = LATIN_CLASSES[name as keyof Classes];
    const forms = [
      [new RegExp(`^[${spelled}]$`, "u"), new RegExp(`^\\p{${property}}$`, "u")],
      [new RegExp(`^[^${spelled}]$`, "u"), new RegExp(`^\\P{${property}}$`, "u")],
      [new RegExp(`^[${spelled}.]$`, "u"), new RegExp(`^[\\p{${property}}.]$`, "u")],
    ] as const;
    for (const [latin, unicode] of forms) {
      const disagree = admitted.filter((char) => latin.test(char) !== unicode.test(char)).map((char) => char.charCodeAt(0).toString(16));
      expect(disagree).toEqual([]);
    }
  });
});

describe("a pattern over the classes", () => {
  const capitalised = new ClassPattern((c) => `^[${c.upper}]`, "u");

  it("runs in the spelling each text needs, built once", () => {
    expect(capitalised.for("Zoë").source).toBe(`^[${LATIN_CLASSES.upper}]`);
    expect(capitalised.for("Москва").source).toBe(String.raw`^[\p{Lu}]`);
    expect(capitalised.for("Éloi")).toBe(capitalised.for("Zoë"));
  });

  it("refuses the i flag, under which case folding reaches past Latin text (µ folds to Greek μ)", () => {
    expect(() => new ClassPattern((c) => `[${c.upper}]`, "iu")).toThrow(/i flag/);
  });

  it("answers alike in both spellings", () => {
    for (const text of ["Zoë", "zoë", "Ǆemal", "ǅemal", "1987", "«Non»", "Москва", "москва"]) {
      expect(capitalised.test(text)).toBe(new RegExp(String.raw`^\p{Lu}`, "u").test(text));
    }
  });
});

import { readFileSync } from "node:fs";
import fc from "fast-check";
import fg from "fast-glob";
import { describe, expect, it } from "vitest";
import { changeKinds, classify } from "../../src/classify/index.js";
import { nameContext } from "../../src/classify/names.js";
import { compareTexts } from "../../src/compare.js";
import { diffWords } from "../../src/diff/index.js";
import type { Pair } from "../../src/model.js";
import { FIXTURES } from "../helpers.js";

/** Every sentence of every fixture article, and a few made to hit each branch. */
function sentences(): string[] {
  const found = new Set<string>([
    "“We will not sell,” said Mayor Ana Ruiz of the U.S. port.",
    "NATO said on Friday it had sent twelve ships.",
    "'Nothing,' he said, 'has changed.' Officials in Port Alder disagreed.",
    "(Reporting by Jo Lim) Prices rose 4.5% to $1,200.",
    "IADB officials met in March.",
    "He said “no” — then left… Then he came back.",
    "“Yes.”",
    "The harbour’s crane, the port’s pride, stood idle.",
  ]);
  for (const path of fg.sync("**/*.txt", { cwd: FIXTURES, absolute: true })) {
    const text = readFileSync(path, "utf8");
    for (const sentence of compareTexts({ path, text }, { path, text }).old.sentences) found.add(sentence);
  }
  return [...found];
}

describe("a sentence added or removed whole", () => {
  const all = sentences();

  it("has the kinds the general path gives it (checked on every fixture sentence)", () => {
    expect(all.length).toBeGreaterThan(100);
    const seen = new Set<string>();
    for (const sentence of all) {
      for (const op of ["added", "removed"] as const) {
        const [oldText, newText] = op === "added" ? ["", sentence] : [sentence, ""];
        const diff = diffWords(oldText, newText);
        const pair: Pair = { op, old: [], new: [], similarity: 0, tokens: diff.tokens, kinds: [] };
        const { kinds } = classify(pair, oldText, newText, diff.sides!);
        expect(kinds, `${op}: ${sentence}`).toEqual(changeKinds(pair, oldText, newText, diff.sides!).kinds);
        seen.add(kinds.join(" "));
      }
    }
    // The sentences reach every kind a whole sentence can have, alone and together.
    expect([...seen].join(" | ")).toMatch(/quote/);
    for (const kind of ["number", "name", "wording", "quote"]) expect([...seen].some((kinds) => kinds.split(" ").includes(kind))).toBe(true);
  });

  it("is typography when it is only a company's suffix or a courtesy title before a name, as the general path reads them", () => {
    // Found by the property below (seed -481916334): "Mr. " added was wording here, typography there.
    for (const [sentence, op, kinds] of [["Mr. ", "added", ["typography"]], ["Inc.", "removed", ["typography"]], ["Mr.", "added", ["wording"]]] as const) {
      const [oldText, newText] = op === "added" ? ["", sentence] : [sentence, ""];
      const diff = diffWords(oldText, newText);
      const pair: Pair = { op, old: [], new: [], similarity: 0, tokens: diff.tokens, kinds: [] };
      expect(classify(pair, oldText, newText, diff.sides!).kinds, sentence).toEqual(kinds);
      expect(changeKinds(pair, oldText, newText, diff.sides!).kinds, sentence).toEqual(kinds);
    }
  });

  it("has the kinds the general path gives it, for sentences made of any of the pieces that decide kinds", () => {
    const piece = fc.constantFrom("The", "the", "a", "port", "said", "“", "”", '"', "'", "‘", "’", "—", "-", "…", "(", ")", " ", ", ", ".", "4.5%", "$1,200", "12", "twelve", "NATO", "IADB", "U.S.", "Mr.", "Ruiz", "harbour’s", "colour", "e\u0301", "北京", "👍🏽", "❤\ufe0f", "\u00a0");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.constantFrom("added", "removed"), (pieces, op: "added" | "removed") => {
        // As the segmenter gives them: a sentence (or sentences joined by a space) starts and ends with no space.
        const sentence = pieces.join("").trim();
        fc.pre(sentence !== "");
        const [oldText, newText] = op === "added" ? ["", sentence] : [sentence, ""];
        const diff = diffWords(oldText, newText);
        const pair: Pair = { op, old: [], new: [], similarity: 0, tokens: diff.tokens, kinds: [] };
        expect(classify(pair, oldText, newText, diff.sides!).kinds).toEqual(changeKinds(pair, oldText, newText, diff.sides!).kinds);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });

  it("has the kinds the general path gives it in any language, for pieces of other languages' figures and quotes", () => {
    const piece = fc.constantFrom(
      "Die", "der", "la", "el", "Regierung", "1.200", "3,5", "zwölf", "Millionen", "Prozent", "%", "4.", "März", "2024", "am", "Montag", "„", "“", "»", "«", "‚", "‘",
      "1", "\u202f", "200", "\u00a0", "200,5", "1'200", ".5", "mil millones", "de", "marzo", "в", "марте", "миллиона", "Петров",
      "420", "名", "万", "亿", "3", "月", "4", "日", "年", "十二", "周一", "「", "」", "『", "』", "４２０", "％", "٤٢٠", "٬", "٫", "٪", "مليون", " ", ", ", ".",
    );
    const languages = fc.constantFrom("en", "de", "de-CH", "fr", "es", "ru", "ar", "zh", "ja", "und");
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.constantFrom("added", "removed"), languages, (pieces, op: "added" | "removed", lang) => {
        // As the segmenter gives them: a sentence (or sentences joined by a space) starts and ends with no space.
        const sentence = pieces.join("").trim();
        fc.pre(sentence !== "");
        const [oldText, newText] = op === "added" ? ["", sentence] : [sentence, ""];
        const diff = diffWords(oldText, newText);
        const pair: Pair = { op, old: [], new: [], similarity: 0, tokens: diff.tokens, kinds: [] };
        const context = { names: nameContext([oldText, newText]), languages: { old: lang, new: lang } };
        expect(classify(pair, oldText, newText, diff.sides!, context).kinds).toEqual(changeKinds(pair, oldText, newText, diff.sides!, context).kinds);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 300) },
    );
  });
});

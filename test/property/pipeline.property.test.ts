import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { KINDS, type Comparison } from "../../src/model.js";
import { forEachWordLike, isWordLike, tokenize } from "../../src/segment/tokens.js";

/** Runs per property: small in `npm test` (the suite stays fast), larger in `npm run fuzz`. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
/** A case takes about a millisecond; the longer fuzz runs get time in proportion. */
const TIMEOUT = Math.max(20_000, RUNS * 5);

const WORDS = ["the", "council", "said", "Mr.", "U.S.", "Jan.", "22", "1,200", "4.65%", "$10.8", "colour", "color", "“quoted”", '"quoted"', "—", "–", "-", "Kassym-Jomart", "president’s", "北京", "مرحبا", "café", "e\u0301", "👍🏽", "No.", "2", "St.", "Louis", "...", "(Reuters)", "read", "more", "\u00a0"];

const sentence = fc
  .tuple(fc.constantFrom("The", "A", "“We", '"They', "Officials", "Mr.", "It"), fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 14 }), fc.constantFrom(".", "?", "!", '."', ".”", "", "…"))
  .map(([first, words, end]) => `${first} ${words.join(" ")}${end}`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const article = fc
  .tuple(fc.option(fc.constantFrom(" date 2026-01-11", "date 2026-13-45", " date 2026-01-11 A caption via REUTERS")), fc.array(paragraph, { maxLength: 6 }), fc.constantFrom("\n\n", "\r\n\r\n", "\n\n\n"))
  .map(([header, paragraphs, gap]) => [...(header === null ? [] : [header]), ...paragraphs].join(gap));

type Edit = { type: "insert" | "delete" | "replace" | "move" | "respell" | "requote"; at: number; text: string };
const edit: fc.Arbitrary<Edit> = fc.record({
  type: fc.constantFrom("insert", "delete", "replace", "move", "respell", "requote"),
  at: fc.nat(40),
  text: sentence,
});

function applyEdits(text: string, edits: readonly Edit[]): string {
  const parts = text.split(/(?<=[.!?…])\s+/u);
  for (const e of edits) {
    const i = parts.length === 0 ? 0 : e.at % parts.length;
    if (e.type === "insert") parts.splice(i, 0, e.text);
    else if (e.type === "delete") parts.splice(i, 1);
    else if (e.type === "replace") parts[i] = e.text;
    else if (e.type === "move" && parts.length > 1) parts.push(...parts.splice(i, 1));
    else if (e.type === "respell") parts[i] = (parts[i] ?? "").replace(/colou?r/gu, (w) => (w === "color" ? "colour" : "color"));
    else if (e.type === "requote") parts[i] = (parts[i] ?? "").replace(/"/gu, "“");
  }
  return parts.join(" ");
}

function checkInvariants(result: Comparison): void {
  for (const side of ["old", "new"] as const) {
    const seen = result.pairs.flatMap((pair) => pair[side]).sort((a, b) => a - b);
    expect(seen).toEqual(result[side].sentences.map((_, index) => index));
  }
  for (const pair of result.pairs) {
    // Splits and merges list their sentences ascending, at most four, one side single.
    for (const side of [pair.old, pair.new]) expect(side).toEqual([...side].sort((a, b) => a - b));
    expect(Math.max(pair.old.length, pair.new.length)).toBeLessThanOrEqual(4);
    expect(Math.min(pair.old.length, pair.new.length)).toBeLessThanOrEqual(1);
    const rebuild = (keep: "delete" | "insert") => pair.tokens.filter((t) => t.op === "equal" || t.op === keep).map((t) => t.text).join("");
    expect(rebuild("delete")).toBe(pair.old.map((i) => result.old.sentences[i]).join(" "));
    expect(rebuild("insert")).toBe(pair.new.map((i) => result.new.sentences[i]).join(" "));
  }
}

describe("pipeline properties", () => {
  it("never throws, puts each sentence in exactly one pair, and tokens rebuild both sides", () => {
    fc.assert(
      fc.property(article, fc.array(edit, { maxLength: 5 }), (text, edits) => {
        const result = compareTexts({ path: "a", text }, { path: "b", text: applyEdits(text, edits) });
        checkInvariants(result);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("gives every changed, added or removed pair known kinds, each with its evidence", () => {
    fc.assert(
      fc.property(article, fc.array(edit, { maxLength: 5 }), (text, edits) => {
        const result = compareTexts({ path: "a", text }, { path: "b", text: applyEdits(text, edits) });
        for (const pair of result.pairs) {
          if (pair.op === "equal") {
            expect(pair.kinds).toEqual([]);
            continue;
          }
          const textChanged = pair.old.map((i) => result.old.sentences[i]).join(" ") !== pair.new.map((i) => result.new.sentences[i]).join(" ");
          if (pair.op !== "moved" || textChanged) expect(pair.kinds.length, JSON.stringify(pair.tokens)).toBeGreaterThan(0);
          for (const kind of pair.kinds) expect(KINDS).toContain(kind);
          expect(new Set(pair.changes!.map((change) => change.kind))).toEqual(new Set(pair.kinds));
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("reads copy in any language: never throws, and every changed pair has known kinds with their evidence", () => {
    // Other languages' figures, dates, quotes and separators, mixed with English words, read in any of the languages.
    const foreign = ["1.200", "3,5", "zwölf", "Millionen", "Prozent", "4.", "März", "Montag", "„Wir“", "»nein«", "1\u202f200", "1'200.5", "mil", "millones", "марте", "миллиона", "Королёв", "420名", "３月４日", "2024年3月4日", "十二名", "周一", "「延期」", "٤٢٠", "١٢٬٥٠٠", "٢٫٥٪", "مليون", "Sánchez", "% ", "14\u00a0%"];
    const words = fc.array(fc.constantFrom(...WORDS, ...foreign), { minLength: 1, maxLength: 14 });
    const story = fc.array(words.map((list) => `${list.join(" ")}.`), { minLength: 1, maxLength: 6 }).map((list) => list.join(" "));
    const lang = fc.constantFrom("de", "de-CH", "fr", "es", "ru", "ar", "zh", "ja", "en", "pt");
    fc.assert(
      fc.property(story, fc.array(edit, { maxLength: 5 }), fc.array(fc.constantFrom(...foreign), { maxLength: 3 }), lang, (text, edits, swaps, language) => {
        let changed = applyEdits(text, edits);
        for (const swap of swaps) changed = changed.replace(/\S+/u, swap);
        const result = compareTexts({ path: "a", text }, { path: "b", text: changed }, { lang: language });
        checkInvariants(result);
        expect([result.old.lang, result.new.lang]).toEqual([language, language]);
        for (const pair of result.pairs) {
          for (const kind of pair.kinds) expect(KINDS).toContain(kind);
          if (pair.op !== "equal") expect(new Set(pair.changes!.map((change) => change.kind))).toEqual(new Set(pair.kinds));
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("calls a story whose sentences are only broken otherwise whitespace, and nothing else", () => {
    // The same words, with paragraph and sentence breaks moved: "Stock\n\nExchange".
    const words = fc.array(fc.constantFrom("the", "port", "Halden", "said", "12", "rose", "Mr.", "U.S.", "“quoted”", "colour", "4.65%", "—"), { minLength: 4, maxLength: 30 });
    fc.assert(
      fc.property(words, fc.array(fc.nat(29), { maxLength: 4 }), fc.array(fc.nat(29), { maxLength: 4 }), (list, oldBreaks, newBreaks) => {
        const broken = (breaks: number[]) => list.map((word, i) => (i > 0 && breaks.includes(i) ? `\n\n${word}` : word)).join(" ").replace(/ \n\n/gu, "\n\n");
        const result = compareTexts({ path: "a", text: `${broken(oldBreaks)}.` }, { path: "b", text: `${broken(newBreaks)}.` });
        for (const pair of result.pairs) {
          if (pair.op === "equal") continue;
          const [before, after] = [pair.old.map((i) => result.old.sentences[i]).join(" "), pair.new.map((i) => result.new.sentences[i]).join(" ")];
          if (before === after) expect(pair.kinds, `${before} | ${after}`).toEqual(pair.op === "moved" && pair.old.length === pair.new.length ? [] : ["whitespace"]);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("finds identical inputs equal", () => {
    fc.assert(
      fc.property(article, (text) => {
        const result = compareTexts({ path: "a", text }, { path: "b", text });
        expect(result.pairs.every((pair) => pair.op === "equal")).toBe(true);
        expect(result.summary.similarity).toBe(1);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("tokenizes any string so that the tokens rebuild it", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(tokenize(text).map((t) => t.text).join("")).toBe(text);
      }),
      { numRuns: RUNS * 4 },
    );
  }, TIMEOUT);

  it("finds the word-like tokens of any string, and which are numbers, as tokenize does", () => {
    // Text mixed from the pieces that the number, initials and word patterns turn on.
    const piece = fc.constantFrom("1", "22", "1,200", "4.65", "%", "$", "€", "-", "‐", "'", "’", ".", ",", "a", "U", "é", "\u0301", "²", "٣", "北京", " ", "👍🏽", "s");
    const mixed = fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join(""));
    fc.assert(
      fc.property(fc.oneof(mixed, fc.string({ unit: "grapheme", maxLength: 200 })), (text) => {
        const visited: string[] = [];
        forEachWordLike(text, (word, isNumber) => visited.push(`${isNumber ? "number" : "word"}:${word}`));
        expect(visited).toEqual(tokenize(text).filter(isWordLike).map((token) => `${token.type}:${token.text}`));
      }),
      { numRuns: RUNS * 4 },
    );
  }, TIMEOUT);
});

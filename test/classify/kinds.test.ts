import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { FIXTURES, ORIGINAL, REWRITE, hasArticles } from "../helpers.js";

function kindsOf(oldText: string, newText: string): string[][] {
  return compareTexts({ path: "a", text: oldText }, { path: "b", text: newText })
    .pairs.filter((pair) => pair.op !== "equal")
    .map((pair) => pair.kinds);
}

function fixtureKinds(name: string): string[][] {
  const read = (side: string) => readFileSync(join(FIXTURES, "kinds", name, `${side}.txt`), "utf8");
  return kindsOf(read("old"), read("new"));
}

describe("kinds on fixtures/kinds (one changed sentence each)", () => {
  it.each([
    ["quote", ["quote", "wording"]],
    ["quote-style-only", ["typography"]],
    // the closing quote mark stands alone after the kept full stop, and goes with the quotation added
    ["quote-added", ["quote", "wording"]],
    ["number", ["number"]],
    ["number-date", ["number"]],
    ["number-format", ["typography"]],
    ["name", ["name"]],
    ["name-changed", ["name"]],
    ["spelling", ["spelling"]],
    ["respelled-word", ["spelling"]],
    ["typography", ["typography"]],
    ["case", ["case"]],
    ["punctuation", ["punctuation"]],
    ["whitespace", ["whitespace"]],
    ["wording", ["wording"]],
    ["moved-name", ["wording"]],
    ["demonym", ["wording"]],
  ])("%s → %j", (name, kinds) => {
    expect(fixtureKinds(name)).toEqual([kinds]);
  });
});

describe("spacing", () => {
  it("is whitespace when only plain spacing changed, typography for a no-break space", () => {
    expect(kindsOf("The bridge is closed\nto traffic.", "The bridge is closed to traffic.")).toEqual([["whitespace"]]);
    expect(kindsOf("It cost 12\u00a0million crowns.", "It cost 12 million crowns.")).toEqual([["typography"]]);
  });
});

describe("percent", () => {
  it("written another way is typography; added to a bare figure it is a change of unit, so number", () => {
    expect(kindsOf("The rate rose 5%.", "The rate rose 5 per cent.")).toEqual([["typography"]]);
    expect(kindsOf("Output fell 3 pct.", "Output fell 3%.")).toEqual([["typography"]]);
    expect(kindsOf("The rate rose 5.", "The rate rose 5 percent.")).toEqual([["number"]]);
  });
});

describe("names at the start of a sentence", () => {
  it("count when they are acronyms, not when only the first word's capital is in play", () => {
    expect(kindsOf("IABD officials said so.", "IADB officials said so.")).toEqual([["name"]]);
    expect(kindsOf("Officials said the bridge would reopen on time.", "Diplomats said the bridge would reopen on time.")).toEqual([["wording"]]);
  });

  it("start a quotation in any language's marks as they start a sentence", () => {
    // „…” (Polish), „…“ (German), »…« (Danish): the capital after the opening mark is no evidence.
    const kinds = (old: string, now: string, lang: string) => compareTexts({ path: "a", text: old }, { path: "b", text: now }, { lang }).pairs.map((pair) => pair.kinds);
    expect(kinds("„Nie przełożymy głosowania” – powiedział burmistrz.", "„Przełożymy głosowanie” – powiedział burmistrz.", "pl")).toEqual([["quote", "wording"]]);
    expect(kinds("»Ikke i år«, sagde borgmesteren.", "»Måske i år«, sagde borgmesteren.", "da")).toEqual([["quote", "wording"]]);
  });
});

describe("a vowel written as a sign on its consonant", () => {
  const kinds = (old: string, now: string, lang: string) => compareTexts({ path: "a", text: old }, { path: "b", text: now }, { lang }).pairs.map((pair) => pair.kinds);

  it("is a letter of the word: Hindi की → का, होगी → होगा are words changed, not punctuation", () => {
    expect(kinds("नगर परिषद की बैठक लखनऊ में होगी।", "नगर परिषद का सम्मेलन लखनऊ में होगा।", "hi")).toEqual([["wording"]]);
    expect(kinds("बैठक होगी।", "बैठक होगा।", "hi")).toEqual([["wording"]]);
    expect(kinds("ผมจะไป", "ผมจะไป่", "th")).toEqual([["wording"]]);
    // The danda is a mark of punctuation of the same block.
    expect(kinds("बैठक होगी।", "बैठक होगी.", "hi")).toEqual([["punctuation"]]);
  });

  it("leaves other scripts' marks (accents, pointing) to the cosmetic kinds they were", () => {
    expect(kinds("Он дома.", "Он до\u0301ма.", "ru")).toEqual([["punctuation"]]);
  });
});

describe("split and merged pairs", () => {
  it("do not take the capital of a joined sentence's first word for a name", () => {
    const whole = "The port authority approved the plan to dredge the channel, and work would begin in April.";
    const halves = "The port authority approved the plan to dredge the channel. Work would begin in April.";
    expect(kindsOf(whole, halves)).toEqual([["wording", "punctuation"]]);
  });
});

describe("kinds of whole added and removed sentences", () => {
  it("are the kinds of their content", () => {
    const old = "The bridge opened.";
    expect(kindsOf(old, `${old} "It is a gift," said Mayor Brandt.`)).toEqual([["quote", "name", "wording"]]);
    expect(kindsOf(`${old} It cost 12 million crowns.`, old)).toEqual([["number", "wording"]]);
    // the capital after an opening quote starts the sentence: not a name
    expect(kindsOf(old, `${old} "Good work," the mayor said.`)).toEqual([["quote", "wording"]]);
  });
});

describe.skipIf(!hasArticles)("kinds on the two real versions (../shared/articles)", () => {
  // Read inside the tests: a skipped suite still runs its body when collected.
  const pairWith = (needle: string) =>
    compareTexts({ path: "o", text: readFileSync(ORIGINAL, "utf8") }, { path: "r", text: readFileSync(REWRITE, "utf8") }).pairs.find((pair) =>
      pair.tokens.some((token) => token.text.includes(needle)),
    )!;

  it("the altered “oppose external forces …” quote is quote", () => {
    expect(pairWith("oppose external forces").kinds).toContain("quote");
  });

  it("the unchanged “three evil forces” quote, restyled only, is not", () => {
    expect(pairWith("China defines").kinds).toEqual(["wording", "typography"]);
  });

  it("Sergei → Sergey is name; summarised → summarized is spelling", () => {
    expect(pairWith("Sergei").kinds).toContain("name");
    expect(pairWith("summarised").kinds).toContain("spelling");
  });

  it("China's → Chinese and a moved “on Friday” are wording, not name or number", () => {
    expect(pairWith("Xi Jinping").kinds).toEqual(["wording", "spelling"]);
  });
});

describe("an amount's sign written as a word", () => {
  const changesOf = (oldText: string, newText: string) =>
    compareTexts({ path: "a", text: oldText }, { path: "b", text: newText }).pairs.flatMap((pair) => pair.changes ?? []);

  it("down → up beside an amount is number, with the amount in the evidence", () => {
    expect(changesOf("Shares closed down 3%.\n", "Shares closed up 3%.\n")).toEqual([{ kind: "number", old: "down 3%", new: "up 3%" }]);
    expect(changesOf("Oper shr loss six cts vs loss 43 cts\n", "Oper shr profit six cts vs loss 43 cts\n")).toEqual([
      { kind: "number", old: "loss six cts", new: "profit six cts" },
    ]);
  });

  it("goes with the amount's own change, and leaves verbs, dates and lone words alone", () => {
    expect(kindsOf("Shares closed down 3%.\n", "Shares closed up 4%.\n")).toEqual([["number"]]);
    expect(kindsOf("The index rose 0.4 pct.\n", "The index fell 0.4 pct.\n")).toEqual([["wording"]]);
    expect(kindsOf("Prices were higher in March.\n", "Prices were lower in March.\n")).toEqual([["wording"]]);
    expect(kindsOf("He won more votes.\n", "He won fewer votes.\n")).toEqual([["wording"]]);
  });
});

describe("the evidence of figures that changed", () => {
  const numbersOf = (oldText: string, newText: string) =>
    compareTexts({ path: "a", text: oldText }, { path: "b", text: newText })
      .pairs.flatMap((pair) => pair.changes ?? [])
      .filter((change) => change.kind === "number");

  it("pairs a figure with the next of its class on the other side, not with the next figure", () => {
    // Reuters 266's rewrite: the count lost its bound, and a time was added before it.
    expect(numbersOf("The fire trapped 44 miners and killed at least one.\n", "The fire broke out last night, trapping 44 miners and killing one.\n")).toEqual([
      { kind: "number", old: "at least one", new: "one" },
      { kind: "number", old: null, new: "last night" },
    ]);
    // A rewrite that drops a unit keeps each amount with its own.
    expect(numbersOf("Revenue was 1.5 mln dlrs in the 4th quarter, and 5.1 mln for the year.\n", "Revenue was 1,523,000 dlrs in the quarter, and 5,090,000 dlrs for the year.\n")).toEqual([
      { kind: "number", old: "1.5 mln dlrs", new: "1,523,000 dlrs" },
      { kind: "number", old: "4th quarter", new: null },
      { kind: "number", old: "5.1 mln", new: "5,090,000 dlrs" },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { contentTerms, stem, TermWeights } from "../../src/align/terms.js";

describe("stem", () => {
  it("drops possessives, straight or curly, and common suffixes", () => {
    expect(stem("council's")).toBe("council");
    expect(stem("council’s")).toBe("council");
    expect(["supports", "supported", "supporting"].map(stem)).toEqual(["support", "support", "support"]);
    expect(stem("companies")).toBe("company");
    expect(stem("glass")).toBe("glass");
  });
});

describe("contentTerms", () => {
  it("keeps content words folded, American-spelled and stemmed, and numbers without separators", () => {
    expect(contentTerms("The harbour’s “new” terminals cost $1,200 million.")).toEqual(["harbor", "new", "terminal", "cost", "~1.2e+9"]);
  });

  it("reads a Latin word the same with or without its accents or ß, and keeps other scripts' marks", () => {
    expect(contentTerms("José Martínez closed the Straße.")).toEqual(contentTerms("Jose Martinez closed the Strasse."));
    expect(contentTerms("会議が開かれる")).not.toEqual(contentTerms("会議か開かれる"));
  });

  it("reads initials the same with or without their full stops, and keeps other words' stops", () => {
    expect(contentTerms("The U.S. and U.K. agreed.")).toEqual(["us", "uk", "agre"]);
    expect(contentTerms("The US and UK agreed.")).toEqual(["us", "uk", "agre"]);
    expect(contentTerms("Output was 4.5 pct.")).toEqual(["output", "4.5", "pct"]);
  });
});

describe("TermWeights", () => {
  const weights = new TermWeights([
    ["port", "vote"],
    ["port", "crane"],
    ["port", "vote", "budget"],
  ]);

  it("scores the same terms 1, none shared 0, and rarer shared terms higher", () => {
    const vote = weights.vector(["port", "vote"]);
    expect(weights.similarity(vote, weights.vector(["vote", "port", "vote"]))).toBe(1);
    expect(weights.similarity(vote, weights.vector(["crane"]))).toBe(0);
    const sharesRare = weights.similarity(weights.vector(["crane", "port"]), weights.vector(["crane", "budget"]));
    const sharesCommon = weights.similarity(weights.vector(["crane", "port"]), weights.vector(["port", "budget"]));
    expect(sharesRare).toBeGreaterThan(sharesCommon);
  });

  it("measures containment one way and merges vectors as a union", () => {
    const part = weights.vector(["crane"]);
    const whole = weights.merge(weights.vector(["crane", "port"]), weights.vector(["vote", "crane"]));
    expect([...whole.ids]).toHaveLength(3);
    expect(weights.containment(part, whole)).toBe(1);
    expect(weights.containment(whole, part)).toBeLessThan(1);
  });

  it("weighs a term it has not seen as the rarest", () => {
    const unseen = weights.vector(["harbor"]);
    expect(unseen.total).toBeCloseTo(Math.log(1 + 3 / 1));
  });
});

describe("figures as alignment terms", () => {
  it("are values: a large figure and its rounding share a term, small numbers and years keep their digits", () => {
    const figure = (text: string) => contentTerms(text).filter((term) => /\d/u.test(term));
    expect(figure("Net 5,948,000 dlrs")).toEqual(figure("Net 5.9 mln dlrs"));
    expect(figure("gain of 1,197,000 dlrs")).toEqual(figure("gain of 1.2 million dlrs"));
    expect(figure("Net 4,567,000")).not.toEqual(figure("Net 3,210,000"));
    expect(figure("in 1987, 12 people")).toEqual(["1987", "12"]);
    expect(figure("in 1988, 12 people")).not.toEqual(figure("in 1987, 12 people"));
  });
});

import { describe, expect, it } from "vitest";
import { diffWords, MAX_EDIT_LENGTH } from "../../src/diff/index.js";

const markup = (a: string, b: string) =>
  diffWords(a, b)
    .tokens.map((t) => (t.op === "equal" ? t.text : t.op === "delete" ? `[-${t.text}-]` : `{+${t.text}+}`))
    .join("");

describe("diffWords", () => {
  it("marks changed words only", () => {
    expect(markup("Shares rose 3.4% on Monday.", "Shares rose 3.9% on Monday.")).toBe("Shares rose [-3.4%-]{+3.9%+} on Monday.");
  });

  it("keeps a figure with a decimal point and a unit written on whole", () => {
    expect(markup("It ran 3.5km.", "It ran 5km.")).toBe("It ran [-3.5km-]{+5km+}.");
    expect(markup("The deal values the firm at about $2.5bn.", "The deal values the firm.")).toBe("The deal values the firm[- at about $2.5bn-].");
  });

  it("folds a lone function word between two changes into one run", () => {
    expect(markup("to put down a countrywide uprising", "to quell an uprising across the country")).toBe(
      "to [-put down a countrywide uprising-]{+quell an uprising across the country+}",
    );
    expect(markup("captured or torched in cities last week", "captured or set on fire in cities over the past week")).toBe(
      "captured or [-torched -]{+set on fire +}in cities [-last -]{+over the past +}week",
    );
  });

  it("counts words for the summary", () => {
    expect(diffWords("a b c", "a b d").words).toEqual({ equal: 2, old: 3, new: 3 });
    expect(diffWords("same text", "same text")).toEqual({ tokens: [{ op: "equal", text: "same text" }], degraded: false, words: { equal: 2, old: 2, new: 2 } });
  });

  it("gives up word by word on a pathological pair and says so", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `b${i}`).join(" ");
    const result = diffWords(a, b);
    expect(result.degraded).toBe(true);
    expect(result.tokens).toEqual([{ op: "delete", text: a }, { op: "insert", text: b }]);
  });
});

describe("a sentence added or removed whole", () => {
  it("is one inserted or deleted run, with its words counted", () => {
    const added = diffWords("", "Shares rose 3.4% on Tuesday.");
    expect(added.tokens).toEqual([{ op: "insert", text: "Shares rose 3.4% on Tuesday." }]);
    expect(added.words).toEqual({ equal: 0, old: 0, new: 5 });
    expect(added.degraded).toBe(false);
    expect(diffWords("Shares rose.", "").tokens).toEqual([{ op: "delete", text: "Shares rose." }]);
  });

  it("is degraded past MAX_EDIT_LENGTH tokens, as a changed pair would be", () => {
    const long = Array.from({ length: MAX_EDIT_LENGTH }, () => "a").join(" ");
    const result = diffWords("", long);
    expect(result.degraded).toBe(true);
    expect(result.tokens).toEqual([{ op: "insert", text: long }]);
  });
});

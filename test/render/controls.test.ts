import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { visibleControls, visibleLine, withVisibleControls } from "../../src/render/controls.js";

describe("control characters in what people read", () => {
  it("shows C0 controls and DEL as their Unicode pictures and C1 controls by code point", () => {
    expect(visibleControls("a\u001b[2Jb\u0007c\u007fd\u009be\rf")).toBe("a␛[2Jb␇c␡d<U+009B>e␍f");
  });

  it("keeps tabs and line feeds in text, and shows them in a one-line path or message", () => {
    expect(visibleControls("one\ttwo\nthree")).toBe("one\ttwo\nthree");
    expect(visibleLine("new\nline\t.txt")).toBe("new␊line␉.txt");
  });

  it("leaves other text alone, curly quotes, accents and all", () => {
    const text = "“Café” — naïve 北京 👍🏽\u00a0end";
    expect(visibleControls(text)).toBe(text);
    expect(visibleLine(text)).toBe(text);
  });

  it("returns the same comparison when nothing needs showing, and a shown copy otherwise", () => {
    const clean = compareTexts({ path: "a.txt", text: "The port said no." }, { path: "b.txt", text: "The port said yes." });
    expect(withVisibleControls(clean)).toBe(clean);
    const hostile = compareTexts({ path: "a\u001b.txt", text: "The port said \u001b[2J no." }, { path: "b.txt", text: "The port said \u001b[2J yes." });
    const shown = withVisibleControls(hostile);
    expect(shown.old.path).toBe("a␛.txt");
    expect(shown.new.sentences).toEqual(["The port said ␛[2J yes."]);
    expect(shown.pairs[0]!.tokens.map((token) => token.text).join("")).not.toContain("\u001b");
    expect(shown.pairs[0]!.changes).toEqual([{ kind: "wording", old: "no", new: "yes" }]);
    const hostileEvidence = compareTexts({ path: "a", text: "The port said no." }, { path: "b", text: "The port said \u001b]0;owned\u0007 yes." });
    expect(JSON.stringify(withVisibleControls(hostileEvidence).pairs[0]!.changes)).not.toMatch(/\\u001b|\\u0007/u);
    // The comparison itself keeps the texts as read (JSON writes them exactly).
    expect(hostile.new.sentences).toEqual(["The port said \u001b[2J yes."]);
  });
});

describe("the control characters spelled out", () => {
  it("are Unicode's \\p{Cc}, every code point checked", () => {
    const control = /^\p{Cc}$/u;
    const differ: string[] = [];
    for (let code = 0; code <= 0x10ffff; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      const shown = visibleLine(char) !== char;
      if (shown !== control.test(char)) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it("keep tab and line feed in article text, and show the rest", () => {
    expect(visibleControls("a\tb\nc\u0000d\u009fe")).toBe("a\tb\nc\u2400d<U+009F>e");
  });
});

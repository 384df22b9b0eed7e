import { describe, expect, it } from "vitest";
import { hasUnspaced, MAYBE_UNSPACED, tokenize } from "../../src/segment/tokens.js";
import { charactersWhere } from "../helpers.js";

const shape = (text: string) => tokenize(text).map((token) => `${token.type}:${token.text}`);

describe("tokenize", () => {
  it("keeps numbers with their separators and signs", () => {
    expect(shape("1,200 at 4.65% or $10.8")).toEqual(["number:1,200", "space: ", "word:at", "space: ", "number:4.65%", "space: ", "word:or", "space: ", "number:$10.8"]);
  });

  it("keeps apostrophes and hyphens inside words, and initials together", () => {
    expect(shape("president’s Kassym-Jomart U.S. 12-bank")).toEqual([
      "word:president’s", "space: ", "word:Kassym-Jomart", "space: ", "word:U.S.", "space: ", "word:12-bank",
    ]);
  });

  it("keeps digits with a decimal point or group marks and letters written on as one word", () => {
    expect(shape("3.5km $2.5bn 1,200km 9.30am $1.5-billion 3,5km")).toEqual([
      "word:3.5km", "space: ", "punct:$", "word:2.5bn", "space: ", "word:1,200km", "space: ", "word:9.30am", "space: ",
      "punct:$", "word:1.5-billion", "space: ", "word:3,5km",
    ]);
    // A word that opens with letters takes no point: a currency's code before grouped digits stays apart.
    expect(shape("Rs500,000 Rp1.500.000")).toEqual(["word:Rs500", "punct:,", "number:000", "space: ", "word:Rp1", "punct:.", "number:500.000"]);
    // A number still ends before a sentence's full stop.
    expect(shape("rose 3.5.")).toEqual(["word:rose", "space: ", "number:3.5", "punct:."]);
  });

  it("splits punctuation off words", () => {
    expect(shape('"Yes," he said.')).toEqual(['punct:"', "word:Yes", "punct:,", 'punct:"', "space: ", "word:he", "space: ", "word:said", "punct:."]);
  });

  it("keeps letters with combining marks and emoji sequences whole", () => {
    expect(shape("cafe\u0301 👩‍👩‍👧!")).toEqual(["word:cafe\u0301", "space: ", "punct:👩‍👩‍👧", "punct:!"]);
  });

  it("keeps a number written straight after Chinese or Japanese whole, as in Latin text", () => {
    expect(shape("GDP增长5.2%，")).toEqual(["word:GDP", "word:增长", "number:5.2%", "punct:，"]);
    expect(shape("価格は12.5円")).toEqual(["word:価格", "word:は", "number:12.5", "word:円"]);
    expect(shape("增长了1,200万元")).toEqual(["word:增长", "word:了", "number:1,200", "word:万", "word:元"]);
    // The word breaker cuts "4,200,000円" as "4", ",", "200,000".
    expect(shape("被害額は4,200,000円")).toEqual(["word:被害", "word:額", "word:は", "number:4,200,000", "word:円"]);
    // A mark between words stays a mark.
    expect(shape("北京.上海")).toEqual(["word:北京", "punct:.", "word:上海"]);
  });

  it.each(["", "  ", "Ünïcödé — “quotes” … 北京 مرحبا", "a\u00a0b\tc\r\nd", "\u0301lone mark", "增长5.2%，价格12.5元"])("rebuilds %j exactly", (text) => {
    expect(tokenize(text).map((token) => token.text).join("")).toBe(text);
  });
});

describe("countWordTokens", async () => {
  const { countWordTokens } = await import("../../src/segment/tokens.js");
  // The marks and joiners: punctuation or an emoji sequence takes them in, where a scan for words
  // counted one (a heart with its variation selector was a word).
  it.each(["12-bank loans rose 4.65% to $10.8 at U.S. banks.", "president’s Kassym-Jomart", "北京 café e\u0301 👍🏽", "北京市政府周一宣布新的交通规则。", "", "I ❤\ufe0f it", "’\u0301", "#\ufe0f\u20e3 1", "👩\u200dℹ", "3.5km, $2.5bn and Rs500,000 at 9.30am"])("agrees with tokenize on %j", (text) => {
    expect(countWordTokens(text)).toBe(tokenize(text).filter((token) => token.type === "word" || token.type === "number").length);
  });
});

describe("the cheap test for unspaced scripts", () => {
  it("lets through every character of those scripts", () => {
    const scripts = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
    expect(charactersWhere(0x10ffff, (char) => scripts.test(char) && !MAYBE_UNSPACED.test(char))).toEqual([]);
  });

  it("finds them in text and not in Latin text with curly quotes and dashes", () => {
    expect(hasUnspaced("“Quoted” — text, €3 and 1,200")).toBe(false);
    expect(hasUnspaced("東京で")).toBe(true);
    expect(hasUnspaced("ภาษาไทย")).toBe(true);
    expect(hasUnspaced("Ελληνικά кириллица")).toBe(false);
  });
});

import { describe, expect, it } from "vitest";
import { foldTypography, identityKey } from "../../src/text/fold.js";

describe("foldTypography", () => {
  it("writes quotes, dashes and ellipses the plain ASCII way", () => {
    expect(foldTypography("“Yes,” she said — it’s …")).toBe(`"Yes," she said - it's ...`);
    expect(foldTypography("ﬁnal ½")).toBe("final 1⁄2");
  });

  it("leaves ASCII as it is but for the backtick", () => {
    for (let code = 0; code < 0x80; code++) {
      const char = String.fromCharCode(code);
      expect(foldTypography(char)).toBe(char === "`" ? "'" : char);
    }
    expect(foldTypography("Plain `text`, 1,200 -- ok...")).toBe("Plain 'text', 1,200 -- ok...");
  });
});

describe("identityKey", () => {
  it("is the same for texts that differ only in spacing, quote style and dash style", () => {
    expect(identityKey("He said:  “no” – twice")).toBe(identityKey(`He said: "no" - twice`));
  });
});

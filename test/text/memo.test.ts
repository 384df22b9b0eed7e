import { describe, expect, it } from "vitest";
import { memoizedPerWord, onFirstUse } from "../../src/text/memo.js";

describe("memoizedPerWord", () => {
  it("works each word out once, and forgets everything past its limit", () => {
    const seen: string[] = [];
    const upper = memoizedPerWord((word) => {
      seen.push(word);
      return word.toUpperCase();
    }, 2);
    expect([upper("a"), upper("b"), upper("a")]).toEqual(["A", "B", "A"]);
    expect(seen).toEqual(["a", "b"]);
    expect(upper("c")).toBe("C");
    expect(upper("a")).toBe("A");
    expect(seen).toEqual(["a", "b", "c", "a"]);
  });
});

describe("onFirstUse", () => {
  it("builds nothing until the first call, then the same value every time", () => {
    let built = 0;
    const pattern = onFirstUse(() => {
      built += 1;
      return /\p{Lu}/u;
    });
    expect(built).toBe(0);
    const first = pattern();
    expect(pattern()).toBe(first);
    expect(built).toBe(1);
    expect(first.test("É")).toBe(true);
  });
});

import { it } from "vitest";
import { changeKinds, classify } from "../src/classify/index.js";
import { diffWords } from "../src/diff/index.js";
it("x", () => {
  for (const s of ["twelve\u00a0", "12\u00a0", "twelve\u00a0\u00a0"]) {
  const diff = diffWords("", s);
  const pair: any = { op: "added", old: [], new: [], similarity: 0, tokens: diff.tokens, kinds: [] };
  console.log(JSON.stringify(classify(pair, "", s, diff.sides!)), JSON.stringify(changeKinds(pair, "", s, diff.sides!)));
  }
});

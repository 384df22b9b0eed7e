// fixtures/kinds/cases.tsv, the labelled set of kinds: one case a line, `kinds<TAB>old<TAB>new`,
// "#" for a comment, "\n" in a text for a line break. Read by bench/kinds.js and the tests alike.
import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The cases with their 1-based line in the file. */
export function readLabelledCases(root) {
  return readFileSync(join(root, "fixtures", "kinds", "cases.tsv"), "utf8")
    .split("\n")
    .flatMap((row, index) => {
      if (row === "" || row.startsWith("#")) return [];
      const [kinds, old, now] = row.split("\t");
      const unescape = (text) => (text ?? "").replaceAll("\\n", "\n");
      return [{ line: index + 1, expected: kinds.split(" "), old: unescape(old), new: unescape(now) }];
    });
}

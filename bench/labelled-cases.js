// The labelled sets of kinds: fixtures/kinds/cases.tsv (English) and cases.<language>.tsv (one
// file a language, named by its BCP 47 tag). One case a line, `kinds<TAB>old<TAB>new`, "#" for a
// comment, "\n" in a text for a line break. Read by bench/kinds.js and the tests alike.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

const CASE_FILE = /^cases\.([a-z]{2,3})\.tsv$/u;

/** The languages with a labelled set: English first, then the others by tag. */
export function labelledLanguages(root) {
  const others = readdirSync(join(root, "fixtures", "kinds")).flatMap((name) => CASE_FILE.exec(name)?.[1] ?? []);
  return ["en", ...others.sort()];
}

/** The cases of one language's set with their 1-based line in the file and the language. */
export function readLabelledCases(root, language = "en") {
  const file = language === "en" ? "cases.tsv" : `cases.${language}.tsv`;
  return readFileSync(join(root, "fixtures", "kinds", file), "utf8")
    .split("\n")
    .flatMap((row, index) => {
      if (row === "" || row.startsWith("#")) return [];
      const [kinds, old, now] = row.split("\t");
      const unescape = (text) => (text ?? "").replaceAll("\\n", "\n");
      return [{ line: index + 1, language, expected: kinds.split(" "), old: unescape(old), new: unescape(now) }];
    });
}

#!/usr/bin/env node
// Language detection (src/text/language.ts) on real English copy (the Reuters-21578 versions in
// ../shared, when there) and on the labelled sets' cases (old and new sentence together: a sentence
// or two is the hardest input a detector gets; a story's first paragraphs are what it is given in a
// comparison). Beside each, franc alone, to show what the English check adds. Part of
// `npm run kinds` and `npm run bench`; alone: `node bench/language.js` after a build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { franc } from "franc";
import { detectableLanguages, detectLanguage } from "../dist/text/language.js";
import { labelledLanguages, readLabelledCases } from "./labelled-cases.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Texts to check as { set, name, text, expected }. */
function texts(root) {
  const found = [];
  const corpus = join(root, "..", "shared", "reuters-21578");
  if (existsSync(corpus)) {
    for (const pair of readdirSync(corpus)) {
      for (const side of ["old", "new"]) {
        const file = join(corpus, pair, `${side}.txt`);
        if (existsSync(file)) found.push({ set: "Reuters-21578 versions", name: `reuters ${pair}/${side}`, text: readFileSync(file, "utf8"), expected: "en" });
      }
    }
  }
  for (const language of labelledLanguages(root)) {
    for (const testCase of readLabelledCases(root, language)) {
      found.push({ set: `labelled cases, ${language}`, name: `cases.${language}:${testCase.line}`, text: `${testCase.old}\n${testCase.new}`, expected: language });
    }
  }
  return found;
}

/** franc's answer among the languages the detector names, as a BCP 47 tag, on the same sample detectLanguage reads. */
function francAlone(text) {
  const code = franc(text.slice(0, 2048), { minLength: 3, only: detectableLanguages() });
  return code === "und" ? "und" : Intl.getCanonicalLocales(code)[0];
}

export function languageReport(root = ROOT) {
  const rows = new Map();
  const misses = [];
  let elapsed = 0;
  const all = texts(root);
  for (const { set, name, text, expected } of all) {
    const start = process.hrtime.bigint();
    const detected = detectLanguage(text);
    elapsed += Number(process.hrtime.bigint() - start) / 1e6;
    const alone = francAlone(text);
    const row = rows.get(set) ?? { texts: 0, right: 0, franc: 0 };
    row.texts += 1;
    if (detected === expected) row.right += 1;
    else misses.push(`${name}: ${detected} (franc alone: ${alone})`);
    if (alone === expected) row.franc += 1;
    rows.set(set, row);
  }
  const lines = ["## Language detection", "", "| texts | count | detected right | franc alone |", "|---|---|---|---|"];
  const share = (count, total) => `${count} (${(count / total).toFixed(3)})`;
  for (const [set, row] of rows) lines.push(`| ${set} | ${row.texts} | ${share(row.right, row.texts)} | ${share(row.franc, row.texts)} |`);
  lines.push("", `${all.length} texts in ${elapsed.toFixed(0)} ms, franc's tables built once among them.`);
  if (!existsSync(join(root, "..", "shared", "reuters-21578"))) lines.push("", "Reuters-21578: ../shared/reuters-21578 not found, skipped.");
  if (misses.length > 0) lines.push("", "Misses:", ...misses.map((miss) => `- ${miss}`));
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${languageReport()}\n`);

#!/usr/bin/env node
// Language detection: does the English fast path (src/text/language.ts looksEnglish) agree with
// franc on real English copy, and how long does detection take? Reads the Reuters-21578 versions
// (../shared, when there) and the fictional labelled sets. `node bench/language.js` after a build.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { franc } from "franc-min";
import { detectLanguage } from "../dist/text/language.js";
import { readLabelledCases, labelledLanguages } from "./labelled-cases.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Texts to check as { name, text, expected }. */
function texts() {
  const found = [];
  const corpus = join(root, "..", "shared", "reuters-21578");
  if (existsSync(corpus)) {
    for (const pair of readdirSync(corpus)) {
      for (const side of ["old", "new"]) {
        const file = join(corpus, pair, `${side}.txt`);
        if (existsSync(file)) found.push({ name: `reuters ${pair}/${side}`, text: readFileSync(file, "utf8"), expected: "en" });
      }
    }
  }
  for (const language of labelledLanguages(root)) {
    for (const testCase of readLabelledCases(root, language)) found.push({ name: `cases ${language}:${testCase.line}`, text: `${testCase.old} ${testCase.new}`, expected: language });
  }
  return found;
}

export function languageReport() {
  const all = texts();
  const rows = new Map();
  let fast = 0;
  let fastDisagrees = 0;
  const misses = [];
  for (const { name, text, expected } of all) {
    const detected = detectLanguage(text);
    const byFranc = Intl.getCanonicalLocales(franc(text.slice(0, 2048), { minLength: 3 }) === "und" ? "und" : franc(text.slice(0, 2048), { minLength: 3 }))[0];
    const row = rows.get(expected) ?? { texts: 0, right: 0 };
    row.texts += 1;
    if (detected === expected) row.right += 1;
    else misses.push(`${name}: ${detected} (franc alone: ${byFranc})`);
    rows.set(expected, row);
    if (detected === "en" && byFranc !== "en") fastDisagrees += 1;
    if (detected === "en") fast += 1;
  }
  const lines = ["## Language detection", "", "| language | texts | detected right |", "|---|---|---|"];
  for (const [language, row] of rows) lines.push(`| ${language} | ${row.texts} | ${row.right} (${(row.right / row.texts).toFixed(3)}) |`);
  lines.push("", `English fast path: ${fast} texts, franc disagrees on ${fastDisagrees}.`);
  if (misses.length > 0) lines.push("", "Misses:", ...misses.slice(0, 40).map((miss) => `- ${miss}`));
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) process.stdout.write(`${languageReport()}\n`);

#!/usr/bin/env node
// The classifier's accuracy: per-kind precision and recall on the labelled set of fictional cases
// (fixtures/kinds/cases.tsv) and on the labelled Reuters-21578 pairs (fixtures/kinds/
// reuters-21578.json, when ../shared is there). Part of `npm run bench`; alone: `npm run kinds`.
// Each case is classified as one changed pair, so alignment does not enter the score.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { classifyTexts, scoreKinds } from "../dist/classify/evaluate.js";
import { compareTexts } from "../dist/compare.js";
import { KINDS } from "../dist/model.js";
import { labelledLanguages, readLabelledCases } from "./labelled-cases.js";
import { languageReport } from "./language.js";

/** fixtures/kinds/cases.tsv (or cases.<language>.tsv) as { line, language, expected, old, new }. */
export const ownCases = readLabelledCases;

/** The labelled Reuters-21578 pairs as { expected, old, new }, or null without ../shared. */
export function reutersCases(root) {
  const corpus = join(root, "..", "shared", "reuters-21578");
  if (!existsSync(join(corpus, "index.tsv"))) return null;
  const { cases } = JSON.parse(readFileSync(join(root, "fixtures", "kinds", "reuters-21578.json"), "utf8"));
  const sides = new Map();
  return cases.map((gold) => {
    if (!sides.has(gold.pair)) {
      const read = (name) => ({ path: name, text: readFileSync(join(corpus, gold.pair, `${name}.txt`), "utf8") });
      // Sentences as newsdiff cuts them; an equal pair of texts compares nothing, only splits.
      const comparison = compareTexts(read("old"), read("new"));
      sides.set(gold.pair, { old: comparison.old.sentences, new: comparison.new.sentences });
    }
    const { old, new: now } = sides.get(gold.pair);
    return { expected: gold.kinds, old: gold.old.map((i) => old[i]).join(" "), new: gold.new.map((i) => now[i]).join(" ") };
  });
}

/** Cases that contain a line break go through the whole pipeline (a sentence broken across paragraphs). */
function predicted(testCase) {
  if (testCase.old.includes("\n") || testCase.new.includes("\n")) {
    const changed = compareTexts({ path: "old", text: testCase.old }, { path: "new", text: testCase.new }).pairs.filter((pair) => pair.op !== "equal");
    return [...new Set(changed.flatMap((pair) => pair.kinds))];
  }
  // Each set's cases are read in its language, as a page that declares it or --lang has them read:
  // the sets measure the kinds; detection from a sentence or two is measured apart (bench/language.js).
  return classifyTexts(testCase.old, testCase.new, testCase.language).kinds;
}

export function score(cases) {
  return scoreKinds(cases.map((testCase) => ({ expected: testCase.expected, predicted: predicted(testCase) })));
}

const percent = (value) => value.toFixed(3);

function table(title, cases) {
  const scores = score(cases);
  const lines = [`${title} (${cases.length} cases)`, "", "| kind | gold | precision | recall |", "|---|---|---|---|"];
  for (const kind of [...KINDS, "all"]) {
    const s = scores[kind];
    const gold = s.truePositives + s.falseNegatives;
    if (gold === 0 && s.falsePositives === 0) continue;
    lines.push(`| ${kind === "all" ? "**all (micro)**" : kind} | ${gold} | ${percent(s.precision)} | ${percent(s.recall)} |`);
  }
  return lines.join("\n");
}

/**
 * A case read as a run without --lang reads it: each version's language detected (a short version
 * with the other where they disagree), through the whole pipeline.
 */
function predictedDetected(testCase) {
  const changed = compareTexts({ path: "old", text: testCase.old }, { path: "new", text: testCase.new }).pairs.filter((pair) => pair.op !== "equal");
  return [...new Set(changed.flatMap((pair) => pair.kinds))];
}

/** The kinds whose precision and recall are shown language by language: those a CI gate is set on, and the ones they are told from. */
const LANGUAGE_KINDS = ["number", "quote", "name", "typography", "wording"];

/**
 * One line a language: its cases, how many are classified exactly (read in their language, and
 * with it detected), micro-averaged precision and recall, and P/R of each of LANGUAGE_KINDS ("—"
 * where the set has none of that kind, found or gold).
 */
function languageTable(root) {
  const header = `| language | cases | exact | exact, language detected | precision | recall | ${LANGUAGE_KINDS.map((kind) => `${kind} P / R`).join(" | ")} |`;
  const lines = ["Labelled sets by language (fixtures/kinds/cases*.tsv)", "", header, `|${"---|".repeat(6 + LANGUAGE_KINDS.length)}`];
  const all = [];
  for (const language of labelledLanguages(root)) {
    const cases = ownCases(root, language);
    all.push(...cases);
    const exact = cases.filter((testCase) => predicted(testCase).join(" ") === testCase.expected.join(" ")).length;
    const exactDetected = cases.filter((testCase) => predictedDetected(testCase).join(" ") === testCase.expected.join(" ")).length;
    const scores = score(cases);
    const kinds = LANGUAGE_KINDS.map((kind) => {
      const s = scores[kind];
      return s.truePositives + s.falsePositives + s.falseNegatives === 0 ? "—" : `${percent(s.precision)} / ${percent(s.recall)}`;
    });
    lines.push(`| ${language} | ${cases.length} | ${exact} | ${exactDetected} | ${percent(scores.all.precision)} | ${percent(scores.all.recall)} | ${kinds.join(" | ")} |`);
  }
  return { text: lines.join("\n"), all };
}

export function kindsReport(root) {
  const languages = languageTable(root);
  const others = languages.all.filter((testCase) => testCase.language !== "en");
  const parts = [
    "## Kinds",
    "",
    table("Fictional labelled set, fixtures/kinds/cases.tsv", ownCases(root)),
    "",
    languages.text,
    "",
    table("Fictional labelled sets in other languages, fixtures/kinds/cases.<language>.tsv", others),
  ];
  const reuters = reutersCases(root);
  parts.push("", reuters ? table("Labelled Reuters-21578 pairs, fixtures/kinds/reuters-21578.json", reuters) : "Reuters-21578: ../shared/reuters-21578 not found, skipped.");
  return parts.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.stdout.write(`${kindsReport(join(dirname(fileURLToPath(import.meta.url)), ".."))}\n\n${languageReport()}\n`);
}

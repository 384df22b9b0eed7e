#!/usr/bin/env node
// Where the time of a comparison goes, stage by stage, in process: load (decode and parse a text
// file), normalize, segment (with the version's language), align, diff, classify, render (JSON and
// the terminal view). On the real Reuters-21578 pairs (../shared, when there; their sum), a small
// pair and a 20,000-word story of the bench corpus. The stages are called as src/compare.ts calls
// them (keep the two alike when either changes). Part of `npm run bench`; alone:
// `node bench/stages.js` after a build.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { align } from "../dist/align/index.js";
import { classify, rebrokenKinds } from "../dist/classify/index.js";
import { nameContext } from "../dist/classify/names.js";
import { compareArticles } from "../dist/compare.js";
import { diffWords } from "../dist/diff/index.js";
import { decodeArticle } from "../dist/load/decode.js";
import { parseArticle } from "../dist/load/parse.js";
import { normalize } from "../dist/normalize/index.js";
import { RENDERERS } from "../dist/render/index.js";
import { measureWith, plainPainter } from "../dist/render/layout.js";
import { segmentParagraphs } from "../dist/segment/sentences.js";
import { monthsAfterDayStop } from "../dist/text/dates.js";
import { detectLanguage } from "../dist/text/language.js";
import { generateCorpus } from "./corpus.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const { LONG_RUN_FLAGS } = createRequire(import.meta.url)("../bin/cached-script.cjs");
export const STAGES = ["load", "normalize", "segment", "align", "diff", "classify", "render"];
const VIEW = { color: false, paint: plainPainter, measure: measureWith(), width: 80, context: 1, explain: false, gate: { ignore: new Set(), failOn: null } };

const clock = () => Number(process.hrtime.bigint()) / 1e6;

/** One comparison of two files, each stage timed into `times`. */
function timedCompare(oldPath, newPath, times) {
  let start = clock();
  const mark = (stage) => {
    const now = clock();
    times[stage] += now - start;
    start = now;
  };
  const raw = [oldPath, newPath].map((path) => parseArticle(decodeArticle(readFileSync(path), path), path));
  mark("load");
  const normalized = raw.map((article) => normalize(article, { keep: new Set() }));
  mark("normalize");
  const split = new Map();
  const sides = normalized.map((article) => {
    const lang = detectLanguage(article.paragraphs.join("\n").slice(0, 2048));
    return { lang, ...segmentParagraphs(article.paragraphs, article.path, article.paragraphLines, split, monthsAfterDayStop(lang)) };
  });
  mark("segment");
  const [oldSentences, newSentences] = sides.map((side) => side.sentences.map((sentence) => sentence.text));
  const aligned = align(oldSentences, newSentences);
  mark("align");
  const joined = (sentences, indexes) => indexes.map((index) => sentences[index]).join(" ");
  const diffs = aligned.map((pair) => diffWords(joined(oldSentences, pair.old), joined(newSentences, pair.new)));
  mark("diff");
  const context = { names: nameContext(oldSentences, newSentences), languages: { old: sides[0].lang, new: sides[1].lang } };
  aligned.forEach((pair, k) => {
    if (pair.op === "equal") return;
    const diff = diffs[k];
    const item = { ...pair, tokens: diff.tokens, kinds: [] };
    if (diff.sides) classify(item, joined(oldSentences, pair.old), joined(newSentences, pair.new), diff.sides, context);
    else rebrokenKinds(pair.old.map((index) => oldSentences[index]), pair.new.map((index) => newSentences[index]));
  });
  mark("classify");
  // The renderers are timed on the comparison compareArticles makes of the same articles.
  const comparison = compareArticles(raw[0], raw[1]);
  start = clock();
  RENDERERS.json(comparison, VIEW);
  RENDERERS.terminal(comparison, VIEW);
  mark("render");
}

/**
 * The stages of one comparison in a fresh process, as a CLI run meets them: code not yet compiled,
 * patterns not yet built. `boot` is what the process took before the first stage (node's start-up
 * and loading the modules, unbundled here, so more than the CLI's bundle with its code cache).
 */
function coldSplit(oldPath, newPath, runs, longRun) {
  const samples = Object.fromEntries([...STAGES, "boot"].map((stage) => [stage, []]));
  for (let run = 0; run < runs; run++) {
    // A long run with the V8 flags the CLI sets for one, a small pair without: patterns and
    // functions compile as in a CLI run.
    const flags = longRun ? LONG_RUN_FLAGS : [];
    const child = spawnSync(process.execPath, [...flags, fileURLToPath(import.meta.url), "--cold", oldPath, newPath], { encoding: "utf8" });
    if (child.status !== 0) throw new Error(child.stderr);
    const times = JSON.parse(child.stdout);
    for (const stage of Object.keys(samples)) samples[stage].push(times[stage]);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(Object.keys(samples).map((stage) => [stage, median(samples[stage])]));
}

/** Median per stage over `rounds` rounds of comparing every pair. */
function split(pairs, rounds) {
  const samples = Object.fromEntries(STAGES.map((stage) => [stage, []]));
  for (let round = 0; round < rounds; round++) {
    const times = Object.fromEntries(STAGES.map((stage) => [stage, 0]));
    for (const [oldPath, newPath] of pairs) timedCompare(oldPath, newPath, times);
    for (const stage of STAGES) samples[stage].push(times[stage]);
  }
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(STAGES.map((stage) => [stage, median(samples[stage])]));
}

export function stagesReport(root = ROOT) {
  const corpus = mkdtempSync(join(tmpdir(), "newsdiff-stages-"));
  const generated = generateCorpus(corpus, { manyPairs: 1 }).pairs;
  const find = (prefix) => generated.find((pair) => pair.name.startsWith(prefix));
  const inputs = [];
  const reuters = join(root, "..", "shared", "reuters-21578");
  if (existsSync(reuters)) {
    const pairs = readdirSync(reuters).filter((name) => existsSync(join(reuters, name, "old.txt"))).map((name) => [join(reuters, name, "old.txt"), join(reuters, name, "new.txt")]);
    inputs.push([`the ${pairs.length} Reuters-21578 pairs`, pairs, 5]);
  }
  const small = find("small");
  const long = find("20k words, scattered");
  inputs.push(["a small pair (~600 words)", [[small.old, small.new]], 21], ["a 20,000-word story, a few edits", [[long.old, long.new]], 7]);
  const lines = [
    "## Where the time goes",
    "",
    "Stage by stage, ms, medians. **Warm**: in one process, each input compared again and again (what a long run over many pairs",
    "tends to); **cold**: the first comparison of a fresh process (what one CLI run pays), after `boot`, node's start-up and",
    "the unbundled modules' loading.",
    "",
    `| input | ${STAGES.join(" | ")} | total |`,
    `|---|${STAGES.map(() => "---|").join("")}---|`,
  ];
  const row = (name, times) => {
    const total = STAGES.reduce((sum, stage) => sum + times[stage], 0);
    lines.push(`| ${name} | ${STAGES.map((stage) => `${times[stage].toFixed(1)} (${((100 * times[stage]) / total).toFixed(0)}%)`).join(" | ")} | ${total.toFixed(1)}${times.boot === undefined ? "" : ` (boot ${times.boot.toFixed(0)})`} |`);
  };
  for (const [name, pairs, rounds] of inputs) row(`${name}, warm`, split(pairs, rounds));
  row("a small pair (~600 words), cold", coldSplit(small.old, small.new, 11, false));
  row("a 20,000-word story, cold", coldSplit(long.old, long.new, 5, true));
  if (!existsSync(reuters)) lines.push("", "Reuters-21578: ../shared/reuters-21578 not found, skipped.");
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv[2] === "--cold") {
    const boot = performance.now();
    const times = Object.fromEntries(STAGES.map((stage) => [stage, 0]));
    timedCompare(process.argv[3], process.argv[4], times);
    process.stdout.write(JSON.stringify({ ...times, boot }));
  } else process.stdout.write(`${stagesReport()}\n`);
}

#!/usr/bin/env node
// `npm run extraction`: newsdiff's article text on the Zyte article-extraction benchmark's 181 real
// pages (corpora/zyte-article-extraction), scored by the benchmark's measure
// (src/load/page/evaluate.ts), beside the benchmark's published outputs of Readability.js and
// trafilatura scored the same way, and Readability alone over linkedom as a baseline timed in the
// same run. The article text is what newsdiff compares: the body's paragraphs after normalization,
// a paragraph a line.
//   --evaluate PATH   also run the benchmark's own evaluate.py (from a clone of
//                     scrapinghub/article-extraction-benchmark) on newsdiff's output
//   --pages N         only the first N pages (quick look)
//   --worst N         list the N pages with the lowest F1
//   --json FILE       write newsdiff's predictions in the benchmark's output format
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { loadPage } from "../dist/load/page/extract.js";
import { extractionScore, pagePrecision, pageRecall, shingleCounts } from "../dist/load/page/evaluate.js";
import { normalize } from "../dist/normalize/index.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const ZYTE = join(ROOT, "corpora", "zyte-article-extraction");

function option(name) {
  const at = process.argv.indexOf(name);
  return at === -1 ? null : process.argv[at + 1];
}

/** The benchmark's pages in key order: { key, bytes, truth }. */
export function zytePages(limit = Infinity) {
  const truth = JSON.parse(readFileSync(join(ZYTE, "ground-truth.json"), "utf8"));
  return Object.keys(truth)
    .sort()
    .slice(0, limit)
    .map((key) => ({ key, bytes: gunzipSync(readFileSync(join(ZYTE, `${key}.html.gz`))), truth: truth[key].articleBody ?? "" }));
}

/** newsdiff's article text of a page: its normalized body, a paragraph a line ("" when it finds none). */
export function newsdiffText(bytes, path = "page.html") {
  const raw = loadPage({ bytes, path, contentType: null, url: null, date: null, keep: new Set(), wholePage: false });
  if ("failure" in raw) return { text: "", failed: raw.failure };
  return { text: normalize(raw).paragraphs.join("\n"), failed: null, warnings: raw.warnings };
}

function readabilityText(bytes) {
  const { document } = parseHTML(new TextDecoder().decode(bytes));
  return new Readability(document).parse()?.textContent ?? "";
}

function publishedRow(name) {
  const data = JSON.parse(gunzipSync(readFileSync(join(ZYTE, "published", `${name}.json.gz`))).toString("utf8"));
  return { version: data.version ?? "", output: data.output ?? data };
}

const fixed = (value) => value.toFixed(3);

function main() {
  const pages = zytePages(Number(option("--pages") ?? Infinity));
  const truths = pages.map((page) => page.truth);
  const timed = (read) => {
    const start = process.hrtime.bigint();
    const texts = pages.map((page) => read(page.bytes));
    return { texts, ms: Number(process.hrtime.bigint() - start) / 1e6 };
  };
  // Readability first, so that newsdiff's row does not pay for compiling the shared libraries.
  const alone = timed(readabilityText);
  const failures = [];
  const ours = timed((bytes) => newsdiffText(bytes));
  ours.texts = ours.texts.map((result, k) => {
    if (result.failed !== null) failures.push(`${pages[k].key}: ${result.failed}`);
    return result.text;
  });
  const rows = [
    ["newsdiff", "this build", extractionScore(truths, ours.texts), `${(ours.ms / 1000).toFixed(1)} s`],
    ["readability+linkedom", "0.6.0", extractionScore(truths, alone.texts), `${(alone.ms / 1000).toFixed(1)} s`],
  ];
  for (const name of ["readability_js", "trafilatura", "go_trafilatura", "rs_trafilatura"]) {
    const { version, output } = publishedRow(name);
    rows.push([`${name} (published)`, version, extractionScore(truths, pages.map((page) => output[page.key]?.articleBody ?? "")), ""]);
  }
  console.log(`Zyte article-extraction benchmark, ${pages.length} pages`);
  console.log(`${"".padEnd(28)} ${"version".padEnd(10)} F1     precision recall accuracy time`);
  for (const [name, version, s, time] of rows) {
    console.log(`${name.padEnd(28)} ${version.slice(0, 10).padEnd(10)} ${fixed(s.f1)}  ${fixed(s.precision)}     ${fixed(s.recall)}  ${fixed(s.accuracy)}    ${time}`);
  }
  console.log(`pages with no article text: ${failures.length}${failures.map((line) => `\n  ${line}`).join("")}`);
  const worst = Number(option("--worst") ?? 0);
  if (worst > 0) {
    const scored = pages.map((page, k) => {
      const counts = shingleCounts(page.truth, ours.texts[k]);
      const [p, r] = [pagePrecision(counts), pageRecall(counts)];
      return { key: page.key, p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
    });
    scored.sort((a, b) => a.f - b.f);
    for (const s of scored.slice(0, worst)) console.log(`  ${s.key.slice(0, 12)}  F1 ${fixed(s.f)}  P ${fixed(s.p)}  R ${fixed(s.r)}`);
  }
  const output = Object.fromEntries(pages.map((page, k) => [page.key, { articleBody: ours.texts[k] }]));
  const jsonPath = option("--json");
  if (jsonPath) writeFileSync(jsonPath, JSON.stringify({ version: "newsdiff", output }));
  const evaluate = option("--evaluate");
  if (evaluate) {
    // evaluate.py reads ground-truth.json and output/*.json from its working directory.
    const work = mkdtempSync(join(tmpdir(), "newsdiff-zyte-"));
    mkdirSync(join(work, "output"));
    copyFileSync(join(ZYTE, "ground-truth.json"), join(work, "ground-truth.json"));
    writeFileSync(join(work, "output", "newsdiff.json"), JSON.stringify({ version: "this build", output }));
    for (const name of readdirSync(join(ZYTE, "published"))) {
      writeFileSync(join(work, "output", name.replace(/\.gz$/u, "")), gunzipSync(readFileSync(join(ZYTE, "published", name))));
    }
    const run = spawnSync("python3", [evaluate, "--n-bootstrap", "100"], { cwd: work, encoding: "utf8" });
    console.log(`\nevaluate.py (${evaluate}):\n${run.stdout}${run.stderr}`);
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) main();

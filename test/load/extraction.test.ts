// Article extraction against the Zyte article-extraction benchmark (corpora/zyte-article-extraction):
// the measure itself, and a floor on a fixed sample of its real pages. The whole corpus is scored by
// `npm run extraction` (bench/extraction.js); README gives its numbers.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { extractionScore, shingleCounts } from "../../src/load/page/evaluate.js";
import { loadPage } from "../../src/load/page/extract.js";
import { normalize } from "../../src/normalize/index.js";
import { ROOT } from "../helpers.js";

const ZYTE = join(ROOT, "corpora", "zyte-article-extraction");
const truth = JSON.parse(readFileSync(join(ZYTE, "ground-truth.json"), "utf8")) as Record<string, { articleBody?: string }>;
const keys = Object.keys(truth).sort();

/**
 * Floors on every fifth page (37 of 181), the scores this build reaches there (F1 0.963, recall
 * 0.994; the sample holds the corpus's lowest page, 0.19 precision): a change that lowers
 * either fails. The whole corpus: F1 0.974, recall 0.988 (README, "Article extraction").
 */
const SAMPLE_F1_FLOOR = 0.962;
const SAMPLE_RECALL_FLOOR = 0.993;

function articleText(key: string): string {
  const bytes = gunzipSync(readFileSync(join(ZYTE, `${key}.html.gz`)));
  const raw = loadPage({ bytes, path: `${key}.html`, contentType: null, url: null, date: null, keep: new Set(), wholePage: false });
  if ("failure" in raw) throw new Error(`${key}: ${raw.failure}`);
  return normalize(raw).paragraphs.join("\n");
}

describe("the benchmark's measure", () => {
  it("reproduces the benchmark's published row for Readability.js 0.6.0 from its published output", () => {
    const published = JSON.parse(gunzipSync(readFileSync(join(ZYTE, "published", "readability_js.json.gz"))).toString("utf8")) as { output: Record<string, { articleBody: string }> };
    const score = extractionScore(
      keys.map((key) => truth[key]!.articleBody ?? ""),
      keys.map((key) => published.output[key]!.articleBody),
    );
    expect([score.f1, score.precision, score.recall, score.accuracy].map((value) => value.toFixed(3))).toEqual(["0.947", "0.914", "0.982", "0.166"]);
  });

  it("counts word 4-grams as multisets, scaled to sum to one", () => {
    expect(shingleCounts("one two three four five", "one two three four five")).toEqual({ truePositives: 1, falsePositives: 0, falseNegatives: 0 });
    // 2 true shingles, 1 found and 1 extra: tp 1, fp 1, fn 1.
    const counts = shingleCounts("a b c d e", "a b c d x");
    expect([counts.truePositives, counts.falsePositives, counts.falseNegatives].map((value) => value.toFixed(3))).toEqual(["0.333", "0.333", "0.333"]);
    // Punctuation and case are not words: "A, b" is "A b".
    expect(shingleCounts("Über, straße! 3", "Über straße 3").falsePositives).toBe(0);
  });
});

describe("article text of real pages", () => {
  it(`scores at least F1 ${SAMPLE_F1_FLOOR} and recall ${SAMPLE_RECALL_FLOOR} on every fifth page of the benchmark, none failing`, () => {
    const sample = keys.filter((_, index) => index % 5 === 0);
    const score = extractionScore(
      sample.map((key) => truth[key]!.articleBody ?? ""),
      sample.map(articleText),
    );
    expect(score.pages).toBe(37);
    expect(score.f1).toBeGreaterThanOrEqual(SAMPLE_F1_FLOOR);
    expect(score.recall).toBeGreaterThanOrEqual(SAMPLE_RECALL_FLOOR);
  });
});

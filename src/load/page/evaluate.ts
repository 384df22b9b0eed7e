// The article-extraction benchmark's measure (Zyte's article-extraction-benchmark, its evaluate.py),
// written again for our bench and tests: each text is cut into word 4-grams ("shingles"), the two
// multisets are matched, and each page's true positives, false positives and false negatives are
// scaled to sum to one, so that a long page weighs no more than a short one. Precision and recall
// are the means over pages; F1 is the harmonic mean of those two means, as the benchmark computes it.

/** A page's matched, extra and missing shingles, scaled to sum to 1 (all 0 when both texts are empty). */
export interface ShingleCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface ExtractionScore {
  precision: number;
  recall: number;
  f1: number;
  /** Pages whose tokens equal the truth's exactly, as a share. */
  accuracy: number;
  pages: number;
}

/** The benchmark's shingle length. */
const SHINGLE_WORDS = 4;

// Python's \w under re.UNICODE: letters, digits and numbers of any script, and the underscore.
const WORD = /[\p{L}\p{N}_]+/gu;

/** The benchmark's words: runs of letters, digits and underscores. */
export function benchmarkWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Each shingle with its count; a text of fewer than four words is one short shingle, none when it has no word. */
export function shingles(text: string): Map<string, number> {
  const tokens = benchmarkWords(text);
  const counts = new Map<string, number>();
  const last = Math.max(1, tokens.length - SHINGLE_WORDS + 1);
  for (let start = 0; start < last; start++) {
    const shingle = tokens.slice(start, start + SHINGLE_WORDS);
    if (shingle.length === 0) continue;
    // A separator no token holds: shingles compare as tuples.
    const key = shingle.join("\u0000");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

export function shingleCounts(truth: string, predicted: string): ShingleCounts {
  const expected = shingles(truth);
  const found = shingles(predicted);
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  for (const [key, count] of found) {
    const wanted = expected.get(key) ?? 0;
    truePositives += Math.min(count, wanted);
    falsePositives += Math.max(0, count - wanted);
  }
  for (const [key, count] of expected) falseNegatives += Math.max(0, count - (found.get(key) ?? 0));
  const sum = truePositives + falsePositives + falseNegatives;
  if (sum === 0) return { truePositives, falsePositives, falseNegatives };
  return { truePositives: truePositives / sum, falsePositives: falsePositives / sum, falseNegatives: falseNegatives / sum };
}

export function pagePrecision({ truePositives: tp, falsePositives: fp, falseNegatives: fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fp === 0 ? 0 : tp / (tp + fp);
}

export function pageRecall({ truePositives: tp, falsePositives: fp, falseNegatives: fn }: ShingleCounts): number {
  if (fp === 0 && fn === 0) return 1;
  return tp === 0 && fn === 0 ? 0 : tp / (tp + fn);
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** The benchmark's score of predicted article texts against true ones, page by page in the same order. */
export function extractionScore(truths: readonly string[], predictions: readonly string[]): ExtractionScore {
  if (truths.length !== predictions.length) throw new Error("as many predictions as truths are needed");
  const counts = truths.map((truth, k) => shingleCounts(truth, predictions[k]!));
  // As evaluate.py: a page with nothing predicted has no precision, one with nothing true no recall.
  const precision = mean(counts.filter((c) => c.truePositives + c.falsePositives > 0).map(pagePrecision));
  const recall = mean(counts.filter((c) => c.truePositives + c.falseNegatives > 0).map(pageRecall));
  const f1 = (2 * precision * recall) / (precision + recall);
  const same = (a: string, b: string) => benchmarkWords(a).join(" ") === benchmarkWords(b).join(" ");
  const accuracy = mean(truths.map((truth, k) => (same(truth, predictions[k]!) ? 1 : 0)));
  return { precision, recall, f1, accuracy, pages: truths.length };
}

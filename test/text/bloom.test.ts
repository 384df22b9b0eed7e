import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BloomFilter, ENGLISH_WORD_KEYS, SPELLING_VARIANT_KEYS } from "../../src/text/bloom.js";
import { ROOT } from "../helpers.js";

const DATA = join(ROOT, "data");
const lines = (name: string) => readFileSync(join(DATA, name), "utf8").trim().split("\n");

/** Letters in a fixed pseudo-random order: strings that are almost never words. */
function nonWords(count: number): string[] {
  let seed = 20261203;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
  return Array.from({ length: count }, () => Array.from({ length: 5 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join(""));
}

function falsePositiveRate(filter: BloomFilter, keys: Set<string>, others: string[]): number {
  const outside = others.filter((word) => !keys.has(word));
  return outside.filter((word) => filter.mayContain(word)).length / outside.length;
}

describe("the word lists' Bloom filters (data/*.bloom, made by scripts/wordlists.js)", () => {
  it("let every key of the variant list through, and ~1% of other words", () => {
    const keys = lines("spelling-variants.tsv").map((line) => line.split("\t")[0]!);
    expect(keys.length).toBeGreaterThan(10_000);
    for (const key of keys) if (!SPELLING_VARIANT_KEYS.mayContain(key)) expect.fail(`${key} is in the list but not the filter`);
    expect(falsePositiveRate(SPELLING_VARIANT_KEYS, new Set(keys), lines("english-words.txt"))).toBeLessThan(0.015);
  });

  it("answer the same read by blocks to the end as read whole (the command reads a few blocks, then the whole file)", () => {
    const keys = lines("spelling-variants.tsv").map((line) => line.split("\t")[0]!);
    const others = [...nonWords(5_000), ...lines("english-words.txt").slice(0, 5_000)];
    const byBlocks = new BloomFilter(join(DATA, "english-words.bloom"), { blockSize: 64, blocksBeforeWhole: Infinity });
    const whole = new BloomFilter(join(DATA, "english-words.bloom"), { blocksBeforeWhole: 0 });
    for (const word of [...keys, ...others]) if (byBlocks.mayContain(word) !== whole.mayContain(word)) expect.fail(word);
    const variants = new BloomFilter(join(DATA, "spelling-variants.bloom"), { blockSize: 64, blocksBeforeWhole: Infinity });
    for (const key of keys) if (!variants.mayContain(key)) expect.fail(`${key} is in the list but not the filter read by blocks`);
  });

  it("let every English word through, and under 0.1% of strings that are not words", () => {
    const words = lines("english-words.txt");
    expect(words.length).toBeGreaterThan(80_000);
    for (const word of words) if (!ENGLISH_WORD_KEYS.mayContain(word)) expect.fail(`${word} is in the list but not the filter`);
    expect(falsePositiveRate(ENGLISH_WORD_KEYS, new Set(words), nonWords(50_000))).toBeLessThan(0.001);
  });
});

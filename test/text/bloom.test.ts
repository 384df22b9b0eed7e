import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ENGLISH_WORD_KEYS, SPELLING_VARIANT_KEYS, type BloomFilter } from "../../src/text/bloom.js";
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

  it("let every English word through, and under 0.1% of strings that are not words", () => {
    const words = lines("english-words.txt");
    expect(words.length).toBeGreaterThan(80_000);
    for (const word of words) if (!ENGLISH_WORD_KEYS.mayContain(word)) expect.fail(`${word} is in the list but not the filter`);
    expect(falsePositiveRate(ENGLISH_WORD_KEYS, new Set(words), nonWords(50_000))).toBeLessThan(0.001);
  });
});

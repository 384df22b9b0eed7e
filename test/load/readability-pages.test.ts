// Nothing of the article silently lost (issue 21, item 2): Mozilla Readability's own test pages of
// news sites (corpora/readability-test-pages, Apache-2.0), each with the article Readability's
// authors expect. Every paragraph of that article is in newsdiff's body or in its named removals,
// and the title is the headline with the site's name taken off by one rule (meta.ts withoutSiteName).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { blocksOf } from "../../src/load/page/blocks.js";
import type { DomDocument } from "../../src/load/page/dom.js";
import { benchmarkWords, shingles } from "../../src/load/page/evaluate.js";
import { loadPage } from "../../src/load/page/extract.js";
import { withoutSiteName } from "../../src/load/page/meta.js";
import { collapsed } from "../../src/load/page/rules.js";
import { normalize } from "../../src/normalize/index.js";
import { ROOT } from "../helpers.js";

const CORPUS = join(ROOT, "corpora", "readability-test-pages");
const names = readdirSync(CORPUS, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

/**
 * A paragraph is found when this share of its word 4-grams is in the body or the removals: a
 * caption reported apart from its credit, or a dateline (taken by its own rule) before a
 * paragraph's first words, break a 4-gram or two of a paragraph that is all there.
 */
const FOUND_SHARE = 0.8;

describe.each(names)("%s", (name) => {
  const source = gunzipSync(readFileSync(join(CORPUS, name, "source.html.gz")));
  const expected = gunzipSync(readFileSync(join(CORPUS, name, "expected.html.gz"))).toString("utf8");
  const metadata = JSON.parse(readFileSync(join(CORPUS, name, "expected-metadata.json"), "utf8")) as { title: string };
  const raw = loadPage({ bytes: source, path: `${name}.html`, contentType: null, url: null, date: null, keep: new Set(), wholePage: false });

  it("keeps every paragraph of the expected article, in its body or its named removals", () => {
    if ("failure" in raw) throw new Error(raw.failure);
    const article = normalize(raw);
    const all = [...article.paragraphs, ...article.removed.map((removal) => removal.text)].join(" ");
    const present = shingles(all);
    const joined = ` ${benchmarkWords(all).join(" ")} `;
    const { document } = parseHTML(`<html><body>${expected}</body></html>`) as unknown as { document: DomDocument };
    const lost = blocksOf(document.body!)
      .map((block) => block.text)
      .filter((paragraph) => {
        const tokens = benchmarkWords(paragraph);
        // Under four words, a paragraph is found as a whole.
        if (tokens.length < 4) return tokens.length > 0 && !joined.includes(` ${tokens.join(" ")} `);
        const own = [...shingles(paragraph).keys()];
        return own.filter((shingle) => present.has(shingle)).length < own.length * FOUND_SHARE;
      });
    expect(lost).toEqual([]);
  });

  it("has the expected headline, less the site's name", () => {
    if ("failure" in raw) throw new Error(raw.failure);
    expect(raw.page!.title).toBe(withoutSiteName(collapsed(metadata.title), null));
  });
});

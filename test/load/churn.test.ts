// The same article across captures (issue 21, item 3): each kind of churn a reload brings, run over
// real pages (Mozilla Readability's test pages of news sites, corpora/readability-test-pages), must
// leave every pair equal and the headline unchanged: what `newsdiff` reports as exit status 0.
// `npm test` runs each kind over a third of the pages, a different third for each kind, so that
// every page meets three kinds (the whole run was 29-40 s of the suite's three minutes);
// `npm run churn` runs every kind over every page.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { compareArticles } from "../../src/compare.js";
import { differs } from "../../src/index.js";
import { loadPage } from "../../src/load/page/extract.js";
import type { RawArticle } from "../../src/model.js";
import { ROOT } from "../helpers.js";
import { CHURN, churned, type ChurnKind } from "./churn.js";

const CORPUS = join(ROOT, "corpora", "readability-test-pages");
const pages = readdirSync(CORPUS, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => ({ name: entry.name, html: gunzipSync(readFileSync(join(CORPUS, entry.name, "source.html.gz"))).toString("utf8") }));

function read(html: string, name: string): RawArticle {
  const raw = loadPage({ bytes: new TextEncoder().encode(html), path: `${name}.html`, contentType: "text/html; charset=utf-8", url: null, date: null, keep: new Set(), wholePage: false });
  if ("failure" in raw) throw new Error(`${name}: ${raw.failure}`);
  return raw;
}

/** Each page as written back without churn: the capture every churned one is compared with (read once, when first needed). */
const base = new Map<string, RawArticle>();
const baseOf = (page: { name: string; html: string }) => {
  if (!base.has(page.name)) base.set(page.name, read(churned(page.html, null, 0), page.name));
  return base.get(page.name)!;
};
const ALL_PAGES = process.env.CHURN_PAGES === "all";
/** Pages in a sample, one in SAMPLE_EVERY, rotating with the kind. */
const SAMPLE_EVERY = 3;

describe("the same article across captures", () => {
  it.each((Object.keys(CHURN) as ChurnKind[]).map((kind, index) => [kind, index] as const))("%s change nothing that is compared", (kind, index) => {
    const differing: string[] = [];
    const sample = ALL_PAGES ? pages : pages.filter((_, k) => k % SAMPLE_EVERY === index % SAMPLE_EVERY);
    expect(sample.length).toBeGreaterThanOrEqual(ALL_PAGES ? 47 : 15);
    for (const page of sample) {
      const capture = read(churned(page.html, kind, 1), page.name);
      const comparison = compareArticles(baseOf(page), capture);
      if (!differs(comparison)) continue;
      const changed = comparison.pairs.filter((pair) => pair.op !== "equal").map((pair) => `${pair.op} ${[...pair.old.map((i) => comparison.old.sentences[i]), ...pair.new.map((i) => comparison.new.sentences[i])].join(" / ").slice(0, 120)}`);
      differing.push(`${page.name}: ${comparison.headline && comparison.headline.op !== "equal" ? "headline; " : ""}${changed.slice(0, 3).join("; ")}`);
    }
    expect(differing).toEqual([]);
  });
});

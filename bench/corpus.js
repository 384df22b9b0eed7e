// A deterministic corpus of article pairs for the benchmark: the same bytes on every machine.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** mulberry32: a small seeded generator, so the corpus never changes between runs. */
function generator(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ["ba", "lo", "ren", "ti", "mar", "ko", "se", "dan", "vi", "ul", "gor", "pa", "ne", "sta", "ri", "mon", "el", "far", "qui", "do"];
const FUNCTION_WORDS = ["the", "of", "and", "to", "in", "a", "said", "on", "for", "with", "that", "by", "at", "from", "its"];

function vocabulary(random, size) {
  const words = new Set();
  while (words.size < size) {
    const length = 2 + Math.floor(random() * 3);
    let word = "";
    for (let i = 0; i < length; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
    words.add(word);
  }
  return [...words];
}

function makeWriter(random, words) {
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sentence = () => {
    const length = 10 + Math.floor(random() * 16);
    const parts = [];
    for (let i = 0; i < length; i++) {
      const roll = random();
      if (roll < 0.35) parts.push(pick(FUNCTION_WORDS));
      else if (roll < 0.4) parts.push(String(Math.floor(random() * 5000)));
      else parts.push(pick(words));
    }
    const first = parts[0];
    parts[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${parts.join(" ")}.`;
  };
  return { sentence, pick };
}

/** An article of about `targetWords` words: paragraphs of three sentences. */
function article(writer, targetWords) {
  const sentences = [];
  let count = 0;
  while (count < targetWords) {
    const text = writer.sentence();
    sentences.push(text);
    count += text.split(" ").length;
  }
  return sentences;
}

/** Scattered edits: a changed word every `every` sentences, one sentence in 15 edits inserted, one removed. */
function edit(random, writer, sentences, every) {
  const result = [];
  sentences.forEach((text, index) => {
    if (index % every === every - 1) {
      const words = text.split(" ");
      const at = 1 + Math.floor(random() * (words.length - 2));
      words[at] = writer.pick(["altered", "revised", "14", "different"]);
      result.push(words.join(" "));
    } else if (index % (every * 15) === every * 7) {
      result.push(writer.sentence(), text);
    } else if (index % (every * 15) !== every * 11) {
      result.push(text);
    }
  });
  return result;
}

function layout(sentences, date) {
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(" "));
  return ` date ${date}\n\n${paragraphs.join("\n\n")}\n`;
}

const escape = (text) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;");

/**
 * A news page of about `targetBytes` around the article's paragraphs, in the shape real sites
 * have: metadata and JSON-LD, inline script and style, navigation, a share bar, a figure, an ad
 * slot and a newsletter prompt in the story, related links, comments and a footer.
 */
function pageLayout(sentences, date, headline, targetBytes) {
  const paragraphs = [];
  for (let i = 0; i < sentences.length; i += 3) paragraphs.push(`<p>${escape(sentences.slice(i, i + 3).join(" "))}</p>`);
  const menu = Array.from({ length: 60 }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join("");
  const related = Array.from({ length: 20 }, (_, k) => `<li><a href="/story/${k}">Related story number ${k} about the same subject</a></li>`).join("");
  const comments = Array.from({ length: 40 }, (_, k) => `<div class="comment"><p>Reader ${k} wrote a comment about this story and its figures.</p></div>`).join("");
  const head =
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(headline)} | The Bench Times</title>` +
    `<meta property="og:title" content="${escape(headline)}"><meta property="article:published_time" content="${date}T08:00:00Z">` +
    `<link rel="canonical" href="https://bench.example/story"><script type="application/ld+json">{"@type":"NewsArticle","headline":${JSON.stringify(headline)},"datePublished":"${date}T08:00:00Z"}</script>`;
  const body =
    `<body><header><nav class="main-nav"><ul>${menu}</ul></nav></header><main><article><h1>${escape(headline)}</h1><p class="byline">By Bench Writer</p>` +
    `<div class="share-bar"><a href="#">Share</a> <a href="#">Tweet</a></div><figure><img src="a.jpg"><figcaption>A picture of the scene. <span class="credit">Photo: Bench Agency</span></figcaption></figure>` +
    paragraphs.slice(0, 4).join("") +
    `<div class="ad-slot">Advertisement</div><div class="newsletter-signup"><p>Sign up for our newsletter.</p><form><input><button>Sign up</button></form></div>` +
    paragraphs.slice(4).join("") +
    `</article><section class="related-stories"><h2>Related</h2><ul>${related}</ul></section></main><section class="comments">${comments}</section><footer><p>© The Bench Times</p></footer></body></html>`;
  const filler = Math.max(0, targetBytes - head.length - body.length - 40);
  // Inline script, as sites ship analytics and state: bytes to read and parse, not text.
  return `${head}<script>window.state=${JSON.stringify("x".repeat(filler))};</script></head>${body}\n`;
}

/**
 * An archive for docs/scale.md: `stories` stories of `versions` versions each (300–700 words, a few
 * edits between versions), as dir/NNNNN-vK.txt with dated headers.
 */
export function generateArchive(dir, { stories, versions, seed = 20261203 }) {
  mkdirSync(dir, { recursive: true });
  const random = generator(seed);
  const writer = makeWriter(random, vocabulary(random, 3000));
  const digits = String(stories).length;
  let bytes = 0;
  for (let s = 1; s <= stories; s++) {
    let sentences = article(writer, 300 + Math.floor(random() * 400));
    for (let v = 1; v <= versions; v++) {
      const text = layout(sentences, `2026-01-${String(v).padStart(2, "0")}`);
      writeFileSync(join(dir, `${String(s).padStart(digits, "0")}-v${v}.txt`), text);
      bytes += text.length;
      sentences = edit(random, writer, sentences, 6);
    }
  }
  return bytes;
}

export function generateCorpus(dir, { manyPairs = 1000 } = {}) {
  const random = generator(20261123);
  const writer = makeWriter(random, vocabulary(random, 3000));
  const pairs = [];
  const write = (name, oldSentences, newSentences, runs) => {
    const slug = name.replace(/[^a-z0-9]+/giu, "-").replace(/^-|-$/gu, "");
    const old = join(dir, `${slug}.old.txt`);
    const next = join(dir, `${slug}.new.txt`);
    writeFileSync(old, layout(oldSentences, "2026-01-01"));
    writeFileSync(next, layout(newSentences, "2026-01-02"));
    pairs.push({ name, old, new: next, runs });
  };
  const small = article(writer, 600);
  write("small (~600 words, a few edits)", small, edit(random, writer, small, 8), 21);
  const medium = article(writer, 20_000);
  // 21 rounds: this row's ratio to wdiff (~35 ms a run) moved by ±0.3 between benches with 11.
  write("20k words, scattered edits", medium, edit(random, writer, medium, 40), 21);
  const large = article(writer, 200_000);
  write("200k words, scattered edits", large, edit(random, writer, large, 40), 5);
  write("20k words, unrelated texts", article(writer, 20_000), article(writer, 20_000), 7);

  // Web pages: ~100 KB each around a ~1,000-word story with a few edits and a changed headline.
  const story = article(writer, 1000);
  const oldPage = join(dir, "web-page.old.html");
  const newPage = join(dir, "web-page.new.html");
  writeFileSync(oldPage, pageLayout(story, "2026-01-01", "Council approves harbour budget", 100_000));
  writeFileSync(newPage, pageLayout(edit(random, writer, story, 8), "2026-01-02", "Council approves larger harbour budget", 100_000));
  pairs.push({ name: "web pages (~100 KB each, ~1,000 words)", old: oldPage, new: newPage, runs: 21 });

  const oldDir = join(dir, "many", "old");
  const newDir = join(dir, "many", "new");
  const historyDir = join(dir, "many", "history");
  for (const folder of [oldDir, newDir, historyDir]) mkdirSync(folder, { recursive: true });
  const digits = String(manyPairs).length;
  for (let i = 1; i <= manyPairs; i++) {
    const name = String(i).padStart(digits, "0");
    const sentences = article(writer, 300 + Math.floor(random() * 400));
    const oldText = layout(sentences, "2026-01-01");
    const newText = layout(edit(random, writer, sentences, 6), "2026-01-02");
    writeFileSync(join(oldDir, `${name}.txt`), oldText);
    writeFileSync(join(newDir, `${name}.txt`), newText);
    writeFileSync(join(historyDir, `story${name}-v1.txt`), oldText);
    writeFileSync(join(historyDir, `story${name}-v2.txt`), newText);
  }
  return { pairs, many: { count: manyPairs, oldDir, newDir, historyDir } };
}

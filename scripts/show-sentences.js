#!/usr/bin/env node
// Blind labelling aid for alignment golds: prints the two versions' sentences of ../shared/reuters-21578
// pairs after normalize and segment, numbered as the gold indexes them, never running the aligner. A
// sentence whose exact text occurs on the other side is marked "=N3" (and shortened); nothing else is
// suggested. Usage, after npm run build: node scripts/show-sentences.js 032 113
import { readFileSync } from "node:fs";
import { decodeArticle } from "../dist/load/decode.js";
import { parseArticle } from "../dist/load/parse.js";
import { normalize } from "../dist/normalize/index.js";
import { segmentParagraphs } from "../dist/segment/sentences.js";
import { monthsAfterDayStop } from "../dist/text/dates.js";
import { detectLanguage } from "../dist/text/language.js";
export function sentencesOf(path) {
  const article = normalize(parseArticle(decodeArticle(readFileSync(path), path), path), { keep: new Set() });
  const lang = detectLanguage(article.paragraphs.join("\n").slice(0, 2048));
  return segmentParagraphs(article.paragraphs, path, article.paragraphLines, new Map(), monthsAfterDayStop(lang)).sentences.map((s) => s.text);
}
if (import.meta.url === `file://${process.argv[1]}`) {
  for (const pair of process.argv.slice(2)) {
    const dir = `../shared/reuters-21578/${pair}`;
    const [o, n] = [sentencesOf(`${dir}/old.txt`), sentencesOf(`${dir}/new.txt`)];
    console.log(`=== ${pair}  old ${o.length}  new ${n.length}`);
    const eqN = (s) => n.map((x, j) => (x === s ? j : -1)).filter((j) => j >= 0);
    const eqO = (s) => o.map((x, j) => (x === s ? j : -1)).filter((j) => j >= 0);
    o.forEach((s, i) => { const e = eqN(s); console.log(`O${i}${e.length ? ` =N${e.join(",")}` : ""}: ${e.length ? s.slice(0, 60) + "…" : s}`); });
    n.forEach((s, j) => { const e = eqO(s); console.log(`N${j}${e.length ? ` =O${e.join(",")}` : ""}: ${e.length ? s.slice(0, 60) + "…" : s}`); });
  }
}

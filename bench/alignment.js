// The aligner's accuracy and cost, for `npm run bench`: F1 on the labelled set in
// fixtures/alignment (and the labelled Reuters-21578 pairs when ../shared is there), and the time
// to align two 2,000-sentence documents that share nothing, and two identical long ones.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { align } from "../dist/align/index.js";
import { kindAgreement, linksOf, score, total } from "../dist/align/evaluate.js";
import { compareTexts } from "../dist/compare.js";

const read = (path) => ({ path, text: readFileSync(path, "utf8") });

/** Edge F1 over the cases, and how many found gold links have the gold's kind and how many added/removed sentences are found. */
function scoreCases(cases) {
  const agreement = { matched: 0, sameKind: 0, unlinkedGold: 0, unlinkedFound: 0 };
  const scores = cases.map(({ old, next, gold }) => {
    const { pairs } = compareTexts(read(old), read(next));
    const agreed = kindAgreement(pairs, gold);
    for (const key of Object.keys(agreement)) agreement[key] += agreed[key];
    return score(linksOf(pairs), gold.pairs);
  });
  return { ...total(scores), agreement };
}

function median(runs, work) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    work();
    samples.push(performance.now() - start);
  }
  return samples.sort((a, b) => a - b)[Math.floor(runs / 2)];
}

export function alignmentReport(root) {
  const set = join(root, "fixtures", "alignment");
  const own = readdirSync(set, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({ old: join(set, name, "old.txt"), next: join(set, name, "new.txt"), gold: JSON.parse(readFileSync(join(set, name, "gold.json"), "utf8")) }));
  const reuters = join(root, "..", "shared", "reuters-21578");
  const real = existsSync(reuters)
    ? JSON.parse(readFileSync(join(set, "reuters-21578.json"), "utf8")).cases.map((c) => ({ old: join(reuters, c.pair, "old.txt"), next: join(reuters, c.pair, "new.txt"), gold: c }))
    : [];

  let state = 99;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const sentence = (offset) => `${Array.from({ length: 16 }, () => `w${(offset + Math.floor(random() * 20000)).toString(36)}`).join(" ")}.`;
  const a = Array.from({ length: 2000 }, () => sentence(0));
  const b = Array.from({ length: 2000 }, () => sentence(100000));
  const long = Array.from({ length: 20000 }, () => sentence(0));

  const line = (name, s) =>
    `| ${name} | ${s.gold} | ${s.predicted} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.agreement.sameKind}/${s.agreement.matched} | ${s.agreement.unlinkedFound}/${s.agreement.unlinkedGold} |`;
  const lines = ["| alignment set | gold edges | predicted | precision | recall | F1 | found links of the gold kind | added/removed found |", "|---|---|---|---|---|---|---|---|", line(`fixtures/alignment (${own.length} cases)`, scoreCases(own))];
  if (real.length > 0) lines.push(line(`Reuters-21578 (${real.length} labelled pairs)`, scoreCases(real)));
  lines.push("");
  lines.push(`Aligning two unrelated 2,000-sentence documents: ${median(5, () => align(a, b)).toFixed(0)} ms; two identical 20,000-sentence documents: ${median(5, () => align(long, long.slice())).toFixed(0)} ms (medians of 5, in process).`);
  return lines.join("\n");
}

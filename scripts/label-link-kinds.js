#!/usr/bin/env node
// Adds to each gold alignment file the kind of each gold link (equal, changed, moved, split,
// merge) and the sentences in no link (added, removed). Derived from the gold links and the two
// versions' sentences, never from the aligner: a split or merge by its shape, moved when the link
// is off the longest in-order run of gold links, equal when the two sentences are the same text.
// Needs `npm run build`; the Reuters-21578 gold needs ../shared. Only indexes and kinds are written.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareTexts } from "../dist/compare.js";
import { linkKinds, unlinked } from "../dist/align/evaluate.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const SET = join(ROOT, "fixtures", "alignment");
const REUTERS = join(ROOT, "..", "shared", "reuters-21578");

function label(gold, oldPath, newPath) {
  const read = (path) => ({ path, text: readFileSync(path, "utf8") });
  const { old, new: next } = compareTexts(read(oldPath), read(newPath));
  const sizes = [old.sentences.length, next.sentences.length];
  if (sizes.join() !== gold.sentences.join()) throw new Error(`${oldPath}: ${sizes} sentences, gold says ${gold.sentences}`);
  return { ...gold, kinds: linkKinds(gold.pairs, old.sentences, next.sentences), ...unlinked(gold.pairs, sizes) };
}

const compact = (value) => JSON.stringify(value).replace(/\],\[\[/gu, "], [[");
for (const entry of readdirSync(SET, { withFileTypes: true })) {
  if (!entry.isDirectory()) continue;
  const path = join(SET, entry.name, "gold.json");
  const gold = label(JSON.parse(readFileSync(path, "utf8")), join(SET, entry.name, "old.txt"), join(SET, entry.name, "new.txt"));
  writeFileSync(path, `{ "sentences": ${JSON.stringify(gold.sentences)}, "pairs": ${compact(gold.pairs)}, "kinds": ${JSON.stringify(gold.kinds)}, "removed": ${JSON.stringify(gold.removed)}, "added": ${JSON.stringify(gold.added)} }\n`);
}
if (existsSync(REUTERS)) {
  for (const name of ["reuters-21578.json", "reuters-21578-blind.json"]) {
    const path = join(SET, name);
    const file = JSON.parse(readFileSync(path, "utf8"));
    const cases = file.cases.map((gold) => label(gold, join(REUTERS, gold.pair, "old.txt"), join(REUTERS, gold.pair, "new.txt")));
    // A case's own fields (pair, kind, made) first, as they were; then the links and what follows from them.
    const line = (fields) => `    {${Object.entries(fields).map(([key, value]) => `${JSON.stringify(key)}: ${JSON.stringify(value)}`).join(", ")}}`;
    const lines = cases.map(({ sentences, pairs, kinds, removed, added, ...own }) => line({ ...own, sentences, pairs, kinds, removed, added }));
    const about = file.about.includes("kinds") ? file.about : `${file.about} Each case's kinds (one per gold pair) and removed/added sentences were then derived from those indexes and the texts by scripts/label-link-kinds.js, not from the aligner.`;
    writeFileSync(path, `{\n  "about": ${JSON.stringify(about)},\n  "cases": [\n${lines.join(",\n")}\n  ]\n}\n`);
  }
} else console.warn(`${REUTERS} not found: the Reuters-21578 golds are left as they are`);

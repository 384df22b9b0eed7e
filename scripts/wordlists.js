// Makes the word lists in data/ from their sources (run by hand when a source is updated; the
// outputs are committed and shipped). Sources, both from the en-wl/wordlist repository's v1 branch:
//   varcon/varcon.txt        VarCon 2020.12.07 — US/UK/Canadian/Australian spellings of one word
//   alt12dicts/2of12id.txt   12dicts 2of12id (Alan Beale, public domain) — common English words
// Usage (after npm run build): node scripts/wordlists.js path/to/varcon.txt path/to/2of12id.txt
// Licences and versions are in NOTICE.
import { readFileSync, writeFileSync } from "node:fs";
import { buildBloomFilter } from "../dist/text/bloom.js";

const [varconPath, wordsPath] = process.argv.slice(2);
if (!varconPath || !wordsPath) {
  process.stderr.write("usage: node scripts/wordlists.js varcon.txt 2of12id.txt\n");
  process.exit(2);
}

const LOWER_WORD = /^[a-zà-öø-ÿ][a-zà-öø-ÿ'.-]*$/u;
/** Byte order, which is what the binary search in src/text/wordlist.ts compares by. */
const byCodeUnit = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

// VarCon: every spelling on one line names one word; the spellings of all lines that share a
// spelling are one group (a noun line and a verb line, say). A group's canonical form is the
// first plain American spelling ("A" without a variant mark) met, else its first spelling.
const parent = new Map();
const find = (word) => {
  let root = word;
  while (parent.get(root) !== root) root = parent.get(root);
  parent.set(word, root);
  return root;
};
const lines = [];
for (const line of readFileSync(varconPath, "utf8").split("\n")) {
  if (line === "" || line.startsWith("#")) continue;
  const body = line.split(" | ")[0];
  const spellings = body.split(" / ").map((group) => {
    const [tags, word] = group.split(": ");
    return { american: tags.split(" ").includes("A"), word: word.trim() };
  });
  // Possessives are looked up without their 's; proper names (capitalised) are not spelling variants.
  if (spellings.some(({ word }) => !LOWER_WORD.test(word) || word.endsWith("'s"))) continue;
  const words = [...new Set(spellings.map(({ word }) => word))];
  if (words.length < 2) continue;
  for (const word of words) if (!parent.has(word)) parent.set(word, word);
  for (const word of words.slice(1)) parent.set(find(word), find(words[0]));
  lines.push({ words, american: (spellings.find((spelling) => spelling.american) ?? spellings[0]).word });
}
const canonicalOf = new Map();
for (const { words, american } of lines) {
  const root = find(words[0]);
  if (!canonicalOf.has(root)) canonicalOf.set(root, american);
}
const variants = [];
for (const word of parent.keys()) {
  const canonical = canonicalOf.get(find(word));
  if (canonical !== word) variants.push(`${word}\t${canonical}`);
}
variants.sort(byCodeUnit);
writeFileSync("data/spelling-variants.tsv", `${variants.join("\n")}\n`);

// 12dicts 2of12id: each line a lemma, a part of speech and its inflections, with marks for
// variants and uncommon forms; every lower-case form is an ordinary English word.
const words = new Set();
for (const line of readFileSync(wordsPath, "utf8").split("\n")) {
  for (const raw of line.split(/\s+/u)) {
    const word = raw.replace(/^[~{(!+@-]+/u, "").replace(/[)}|!]+$/u, "");
    if (LOWER_WORD.test(word)) words.add(word);
  }
}
writeFileSync("data/english-words.txt", `${[...words].sort(byCodeUnit).join("\n")}\n`);
process.stdout.write(`${variants.length} spelling variants, ${words.size} English words\n`);

// Bloom filters of both lists' keys (data/*.bloom), made by the code that reads them.
// The variant list is read when the filter says maybe (~1% of other words at 10 bits a key). The
// English word list is never read by newsdiff: its filter answers alone, wrong for ~0.05% of
// other words at 16 bits a key, where reading the 820 KB list cost ~2 ms of a run.
const variantFilter = buildBloomFilter(variants.map((line) => line.split("\t")[0]), 10);
writeFileSync("data/spelling-variants.bloom", variantFilter);
const wordFilter = buildBloomFilter([...words], 16);
writeFileSync("data/english-words.bloom", wordFilter);
process.stdout.write(`Bloom filters: ${variantFilter.length} and ${wordFilter.length} bytes\n`);

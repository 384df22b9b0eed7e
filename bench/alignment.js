// The aligner's accuracy and cost, for `npm run bench`: P/R/F1 on each labelled set — the fictional
// cases in fixtures/alignment, and, when ../shared is there, the 40 Reuters-21578 pairs labelled
// before and the 66 labelled blind — and the time to align two 2,000-sentence documents that share
// nothing, and two identical long ones. With a baseline build (`npm run bench -- --baseline DIR`,
// DIR a built checkout of an earlier commit) each set is scored by both builds, before and after.
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

const read = (path) => ({ path, text: readFileSync(path, "utf8") });

/** A build's aligner and scorer, from its dist/. */
async function buildAt(root, name) {
  const load = (module) => import(pathToFileURL(join(root, "dist", module)).href);
  const [{ compareTexts }, { align }, evaluate] = await Promise.all([load("compare.js"), load("align/index.js"), load("align/evaluate.js")]);
  return { name, compareTexts, align, ...evaluate };
}

/** Edge P/R/F1 over the cases, and how many found gold links have the gold's kind and how many added/removed sentences are found. */
function scoreCases(build, cases) {
  const agreement = { matched: 0, sameKind: 0, unlinkedGold: 0, unlinkedFound: 0 };
  const scores = cases.map(({ old, next, gold }) => {
    const { pairs } = build.compareTexts(read(old), read(next));
    const agreed = build.kindAgreement(pairs, gold);
    for (const key of Object.keys(agreement)) agreement[key] += agreed[key];
    return build.score(build.linksOf(pairs), gold.pairs);
  });
  return { ...build.total(scores), agreement };
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

/** The labelled sets: [name, cases] for each that can be read here. */
function labelledSets(root) {
  const set = join(root, "fixtures", "alignment");
  const own = readdirSync(set, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name }) => ({ old: join(set, name, "old.txt"), next: join(set, name, "new.txt"), gold: JSON.parse(readFileSync(join(set, name, "gold.json"), "utf8")) }));
  const sets = [[`fixtures/alignment (${own.length} fictional cases)`, own]];
  const reuters = join(root, "..", "shared", "reuters-21578");
  if (!existsSync(reuters)) return sets;
  const real = (file) =>
    JSON.parse(readFileSync(join(set, file), "utf8")).cases.map((c) => ({ old: join(reuters, c.pair, "old.txt"), next: join(reuters, c.pair, "new.txt"), gold: c }));
  const labelled = real("reuters-21578.json");
  const blind = real("reuters-21578-blind.json");
  sets.push([`Reuters-21578, ${labelled.length} pairs labelled before (not blind)`, labelled], [`Reuters-21578, ${blind.length} pairs labelled blind`, blind]);
  const rewrites = blind.filter(({ gold }) => gold.kind === "rewrite");
  sets.push([`…of which the ${rewrites.length} rewrites`, rewrites]);
  return sets;
}

export async function alignmentReport(root, baselineRoot = null) {
  const builds = [await buildAt(root, "this build")];
  if (baselineRoot !== null) {
    const commit = execFileSync("git", ["-C", baselineRoot, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    builds.push(await buildAt(baselineRoot, `baseline ${commit}`));
  }
  let state = 99;
  const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 4294967296);
  const sentence = (offset) => `${Array.from({ length: 16 }, () => `w${(offset + Math.floor(random() * 20000)).toString(36)}`).join(" ")}.`;
  const a = Array.from({ length: 2000 }, () => sentence(0));
  const b = Array.from({ length: 2000 }, () => sentence(100000));
  const long = Array.from({ length: 20000 }, () => sentence(0));

  const line = (name, build, s) =>
    `| ${name} | ${build} | ${s.gold} | ${s.predicted} | ${s.precision.toFixed(3)} | ${s.recall.toFixed(3)} | ${s.f1.toFixed(3)} | ${s.agreement.sameKind}/${s.agreement.matched} | ${s.agreement.unlinkedFound}/${s.agreement.unlinkedGold} |`;
  const lines = ["| alignment set | build | gold edges | predicted | precision | recall | F1 | found links of the gold kind | added/removed found |", "|---|---|---|---|---|---|---|---|---|"];
  for (const [name, cases] of labelledSets(root)) for (const build of builds) lines.push(line(name, build.name, scoreCases(build, cases)));
  lines.push("");
  for (const build of builds) {
    lines.push(
      `Aligning two unrelated 2,000-sentence documents (${build.name}): ${median(5, () => build.align(a, b)).toFixed(0)} ms; two identical 20,000-sentence documents: ${median(5, () => build.align(long, long.slice())).toFixed(0)} ms (medians of 5, in process).`,
    );
  }
  return lines.join("\n");
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf("--baseline");
  const root = join(import.meta.dirname ?? new URL(".", import.meta.url).pathname, "..");
  process.stdout.write(`${await alignmentReport(root, at === -1 ? null : process.argv[at + 1])}\n`);
}

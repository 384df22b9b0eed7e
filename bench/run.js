#!/usr/bin/env node
// `npm run bench`: times whole processes of newsdiff against git's word diff and wdiff on one
// generated corpus, in the same run, and prints medians and ratios (absolute times drift on a
// shared machine; ratios do not). `--write` also puts the table into docs/performance.md.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { jobCount } from "../dist/cli/workers.js";
import { alignmentReport } from "./alignment.js";
import { generateCorpus } from "./corpus.js";
import { kindsReport } from "./kinds.js";
import { languageReport } from "./language.js";
import { historyReport } from "./history.js";
import { stagesReport } from "./stages.js";
import { realPairsByNode, versionsReport } from "./versions.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CORPUS = join(ROOT, "bench", ".corpus");
const CLI = join(ROOT, "bin", "newsdiff.cjs");
const FLOOR_PROGRAM = join(ROOT, "bench", "floor.js");
const WRITE = process.argv.includes("--write");
const QUICK = process.argv.includes("--quick");
/** `--baseline DIR`: a built checkout of an earlier commit, measured in the same run as this one. */
const BASELINE = baselineArgument(process.argv);

function baselineArgument(argv) {
  const at = argv.indexOf("--baseline");
  if (at === -1) return null;
  const dir = argv[at + 1];
  if (!dir || !existsSync(join(dir, "dist", "newsdiff.cjs"))) throw new Error(`--baseline takes a built checkout of newsdiff (no dist/newsdiff.cjs in ${dir})`);
  return dir;
}

function have(command) {
  return spawnSync("bash", ["-c", `command -v ${command}`]).status === 0;
}

/** Wall time in ms of one execution of a bash command line (output discarded). */
function once(commandLine) {
  const start = process.hrtime.bigint();
  const result = spawnSync("bash", ["-c", `${commandLine} > /dev/null 2>&1`], { stdio: "ignore" });
  const elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  // 0 and 1 are "same" and "differs" for every tool here; anything else means the run is void.
  if (result.status !== 0 && result.status !== 1) throw new Error(`${commandLine} exited ${result.status}`);
  return elapsed;
}

/**
 * Median wall times of several command lines (null: not available), run in turn `runs` times:
 * interleaved, so that a machine slowing down mid-run slows every command of a row alike and the
 * ratios within a row stay honest.
 */
function timeTogether(commandLines, runs) {
  const names = Object.keys(commandLines).filter((name) => commandLines[name] !== null);
  const samples = Object.fromEntries(names.map((name) => [name, []]));
  for (let i = 0; i < runs; i++) for (const name of names) samples[name].push(once(commandLines[name]));
  const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return Object.fromEntries(Object.keys(commandLines).map((name) => [name, name in samples ? median(samples[name]) : null]));
}

/** Peak resident memory in KiB of one run, from GNU time. */
function peakMemory(commandLine) {
  const result = spawnSync("/usr/bin/time", ["-f", "%M", "bash", "-c", `${commandLine} > /dev/null 2>&1`], { encoding: "utf8" });
  return Number(result.stderr.trim().split("\n").pop());
}

const ms = (value) => (value === null ? "—" : `${value.toFixed(0)} ms`);
const ratio = (a, b) => (a === null || b === null ? "—" : `${(a / b).toFixed(2)}×`);

async function main() {
  if (!existsSync(join(ROOT, "dist", "newsdiff.cjs"))) throw new Error("bin/newsdiff.cjs has no dist/newsdiff.cjs: run npm run build first");
  rmSync(CORPUS, { recursive: true, force: true });
  mkdirSync(CORPUS, { recursive: true });
  const corpus = generateCorpus(CORPUS, { manyPairs: QUICK ? 200 : 1000 });
  // The generated corpus is plain ASCII; real copy has curly quotes and accents, which take other
  // paths (two-byte strings, the classifier's typography and spelling rules). The bundled demo
  // pair stands for it, measured the same way but not one of the issue's targets.
  corpus.pairs.push({
    name: "demo pair (real typography, 6 sentences)",
    old: join(ROOT, "fixtures", "demo", "old.txt"),
    new: join(ROOT, "fixtures", "demo", "new.txt"),
    runs: 21,
  });
  // Copy in other languages takes the language's own paths: detection (franc, or the script alone),
  // its CLDR data (the build's dist/locales/) and, for Chinese, ICU's word breaker.
  for (const [language, name] of [["de", "German"], ["zh", "Chinese"]]) {
    corpus.pairs.push({
      name: `${name} fixture pair (fixtures/languages/${language})`,
      old: join(ROOT, "fixtures", "languages", language, "old.txt"),
      new: join(ROOT, "fixtures", "languages", language, "new.txt"),
      runs: 21,
    });
  }
  const peers = { git: have("git"), wdiff: have("wdiff") };
  if (!peers.wdiff) console.warn("wdiff is not installed (apt-get install wdiff): its column stays empty");
  const runs = (n) => (QUICK ? Math.min(n, 3) : n);
  // Five rounds of ~8 s: with three, the many-pair ratios moved by ±10% between runs of one build.
  const MANY_ROUNDS = 5;
  // The real pairs take ~0.5 s a run; with 7 rounds their medians moved by ±3% between benches.
  const REAL_ROUNDS = 15;
  const node = `node ${CLI}`;

  const rows = [];
  for (const pair of corpus.pairs) {
    const files = `${pair.old} ${pair.new}`;
    const row = timeTogether(
      {
        floor: "node -e ''",
        floorProgram: `node ${FLOOR_PROGRAM} ${files}`,
        json: `${node} --format json ${files}`,
        terminal: `${node} --color always --width 120 ${files}`,
        html: `${node} --format html ${files}`,
        git: peers.git ? `git diff --no-index --word-diff=porcelain ${files}` : null,
        wdiff: peers.wdiff ? `wdiff ${files}` : null,
      },
      runs(pair.runs),
    );
    rows.push({ name: pair.name, ...row });
  }

  const many = corpus.many;
  const loop = (command) => `for i in $(seq -w 1 ${many.count}); do ${command} ${many.oldDir}/$i.txt ${many.newDir}/$i.txt; done`;
  const manyRow = {
    name: `${many.count} small pairs`,
    ...timeTogether(
      {
        dirs: `${node} --format json ${many.oldDir} ${many.newDir}`,
        // Two worker threads whatever the default here (one thread on a machine of two cores or fewer).
        dirsTwoJobs: `${node} --format json --jobs 2 ${many.oldDir} ${many.newDir}`,
        history: `${node} --format stat --history ${many.historyDir}`,
        floorProgram: `node ${FLOOR_PROGRAM} ${many.oldDir} ${many.newDir}`,
        gitLoop: peers.git ? loop("git diff --no-index --word-diff=porcelain") : null,
        wdiffLoop: peers.wdiff ? loop("wdiff") : null,
      },
      runs(MANY_ROUNDS),
    ),
  };

  // The real pairs, as two directories (copies: the bench times newsdiff, not symbolic links), by
  // this build and by the --baseline build in the same rounds, with each one's peak memory.
  const reuters = join(ROOT, "..", "shared", "reuters-21578");
  let realRow = null;
  if (existsSync(reuters)) {
    const names = readdirSync(reuters).filter((name) => /^\d+$/u.test(name));
    for (const side of ["old", "new"]) {
      mkdirSync(join(CORPUS, "reuters", side), { recursive: true });
      for (const name of names) copyFileSync(join(reuters, name, `${side}.txt`), join(CORPUS, "reuters", side, `${name}.txt`));
    }
    const dirs = `${join(CORPUS, "reuters", "old")} ${join(CORPUS, "reuters", "new")}`;
    const baselineCli = BASELINE === null ? null : `node ${join(BASELINE, "bin", "newsdiff.cjs")} --format json ${dirs}`;
    realRow = {
      dirs,
      count: names.length,
      ...timeTogether({ floor: "node -e ''", json: `${node} --format json ${dirs}`, baseline: baselineCli }, runs(REAL_ROUNDS)),
      memory: peakMemory(`${node} --format json ${dirs}`),
      baselineMemory: baselineCli === null ? null : peakMemory(baselineCli),
    };
  }

  const big = corpus.pairs.find((pair) => pair.name.startsWith("200k"));
  const memory = {
    node: peakMemory(`node -e ''`),
    newsdiff: peakMemory(`${node} --format json ${big.old} ${big.new}`),
    wdiff: peers.wdiff ? peakMemory(`wdiff ${big.old} ${big.new}`) : null,
    inputKiB: (readFileSync(big.old).length + readFileSync(big.new).length) / 1024,
  };

  const defaultJobs = jobCount(null, many.count * 2);
  const jobsNote = `${availableParallelism()} CPUs here, so ${defaultJobs === 1 ? "one thread" : `${defaultJobs} worker threads`}`;
  const above = (row) => (row.json === null ? null : Math.max(0, row.json - row.floor));
  const lines = [];
  const rounds = corpus.pairs.map((pair) => `${pair.name}: ${runs(pair.runs)}`).join("; ");
  lines.push(`Every command of a row ran in turn, round after round, and medians are shown. Rounds — ${rounds}; many pairs: ${runs(MANY_ROUNDS)}.`);
  lines.push("`node -e ''` is node's own start-up, measured in the same rounds; \"above floor\" subtracts it.");
  lines.push("The floor program (bench/floor.js) is the least a node program can do and still write our JSON: read, cut sentences with one regular expression, write one equal pair per sentence. Where it is slower than a peer, no node program writing this JSON can match that peer.");
  lines.push("");
  lines.push("| case | node -e '' | floor program | newsdiff json | newsdiff terminal | newsdiff html | html / json | git word-diff | wdiff | json / git | json / wdiff | json above floor / wdiff | floor program / wdiff |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
  for (const row of rows) {
    lines.push(
      `| ${row.name} | ${ms(row.floor)} | ${ms(row.floorProgram)} | ${ms(row.json)} | ${ms(row.terminal)} | ${ms(row.html)} | ${ratio(row.html, row.json)} | ${ms(row.git)} | ${ms(row.wdiff)} | ` +
        `${ratio(row.json, row.git)} | ${ratio(row.json, row.wdiff)} | ${ratio(above(row), row.wdiff)} | ${ratio(row.floorProgram, row.wdiff)} |`,
    );
  }
  const small = rows[0];
  lines.push("");
  const demo = rows.find((row) => row.name.startsWith("demo"));
  lines.push(`Small pair against bare node: json ${ratio(small.json, small.floor)}, terminal ${ratio(small.terminal, small.floor)} of \`node -e ''\`; the demo pair: json ${ratio(demo.json, demo.floor)}, terminal ${ratio(demo.terminal, demo.floor)}.`);
  const languages = rows.filter((row) => row.name.includes("fixtures/languages"));
  lines.push("");
  lines.push(`Other languages against bare node: ${languages.map((row) => `${row.name.split(" ")[0]} json ${ratio(row.json, row.floor)}, terminal ${ratio(row.terminal, row.floor)}`).join("; ")} of \`node -e ''\`.`);
  const web = rows.find((row) => row.name.startsWith("web pages"));
  lines.push("");
  lines.push(`Web pages against bare node: json ${ratio(web.json, web.floor)}, terminal ${ratio(web.terminal, web.floor)} of \`node -e ''\` (the target is 3× at most). git and wdiff diff the pages' markup in that row, not their articles: its peer ratios are there for scale only.`);
  lines.push("");
  lines.push(`Many pairs: newsdiff with its default --jobs (${jobsNote}) and with --jobs 2.`);
  lines.push("");
  lines.push("| many pairs | newsdiff dirs (json) | dirs, --jobs 2 | newsdiff --history (stat) | floor program (dirs) | bash loop of git | bash loop of wdiff | dirs / git loop | dirs -j 2 / git loop | history / git loop | floor program / git loop |");
  lines.push("|---|---|---|---|---|---|---|---|---|---|---|");
  lines.push(
    `| ${manyRow.name} | ${ms(manyRow.dirs)} | ${ms(manyRow.dirsTwoJobs)} | ${ms(manyRow.history)} | ${ms(manyRow.floorProgram)} | ${ms(manyRow.gitLoop)} | ${ms(manyRow.wdiffLoop)} | ` +
      `${ratio(manyRow.dirs, manyRow.gitLoop)} | ${ratio(manyRow.dirsTwoJobs, manyRow.gitLoop)} | ${ratio(manyRow.history, manyRow.gitLoop)} | ${ratio(manyRow.floorProgram, manyRow.gitLoop)} |`,
  );
  lines.push("");
  if (realRow === null) lines.push("Reuters-21578 real pairs: ../shared/reuters-21578 not found, not measured.");
  else {
    const baselineName = BASELINE === null ? null : execFileSync("git", ["-C", BASELINE, "rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    lines.push(`The ${realRow.count} real Reuters-21578 pairs as two directories, \`--format json\`, ${runs(REAL_ROUNDS)} rounds${baselineName === null ? " (give --baseline DIR to time an earlier build beside this one)" : `, beside the build of ${baselineName}`}:`);
    lines.push("");
    lines.push("| real pairs | node -e '' | this build | peak memory | baseline | baseline peak memory | this / baseline |");
    lines.push("|---|---|---|---|---|---|---|");
    const mib = (kib) => (kib === null ? "—" : `${(kib / 1024).toFixed(1)} MiB`);
    lines.push(`| ${realRow.count} pairs | ${ms(realRow.floor)} | ${ms(realRow.json)} | ${mib(realRow.memory)} | ${ms(realRow.baseline)} | ${mib(realRow.baselineMemory)} | ${ratio(realRow.json, realRow.baseline)} |`);
    if (BASELINE !== null) {
      lines.push("");
      lines.push(`The same under each node, each build trained on it (${runs(REAL_ROUNDS)} rounds):`);
      lines.push("");
      lines.push(realPairsByNode(ROOT, BASELINE, realRow.dirs, runs(REAL_ROUNDS), timeTogether));
    }
  }
  lines.push("");
  lines.push("A small pair against node's own start-up, under each node (each with a build trained there):");
  lines.push("");
  lines.push(versionsReport(ROOT, corpus.pairs[0], runs(21), timeTogether));
  lines.push("");
  const overNode = memory.newsdiff - memory.node;
  lines.push(
    `Peak memory on the 200k-word pair (${memory.inputKiB.toFixed(0)} KiB of input): newsdiff ${(memory.newsdiff / 1024).toFixed(0)} MiB, bare node ${(memory.node / 1024).toFixed(0)} MiB, ` +
      `so ${(overNode / 1024).toFixed(0)} MiB above node = ${(overNode / memory.inputKiB).toFixed(1)}× the input` +
      (memory.wdiff === null ? "." : `; wdiff ${(memory.wdiff / 1024).toFixed(1)} MiB.`),
  );
  lines.push("");
  lines.push(await alignmentReport(ROOT, BASELINE));
  lines.push("");
  lines.push(stagesReport(ROOT), "", kindsReport(ROOT), "", languageReport(), "", await historyReport());
  const table = lines.join("\n");
  console.log(table);

  if (WRITE) {
    const path = join(ROOT, "docs", "performance.md");
    const text = readFileSync(path, "utf8");
    const start = "<!-- bench:start -->";
    const end = "<!-- bench:end -->";
    const stamp = `Measured ${new Date().toISOString().slice(0, 10)} on this project's 2-core machine, node ${process.version}.`;
    const updated = text.replace(new RegExp(`${start}[^]*${end}`, "u"), `${start}\n${stamp}\n\n${table}\n${end}`);
    writeFileSync(path, updated);
    console.log(`\nwrote ${path}`);
  }
}

main();

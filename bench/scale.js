#!/usr/bin/env node
// `npm run scale`: throughput and peak memory of --history over a generated archive, for
// docs/scale.md. Times whole processes (GNU time for the peak resident memory), one thread and
// --jobs 2, and how the cost grows with versions per story at a fixed number of steps.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { cpus } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateArchive } from "./corpus.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CLI = join(ROOT, "bin", "newsdiff.cjs");
const WORK = join(ROOT, "bench", ".corpus", "scale");
const STORIES = Number(process.env.SCALE_STORIES ?? 10_000);

/** Wall seconds, user+system CPU seconds and peak RSS (MiB) of one run, writing JSON Lines to /dev/null. */
function measure(args) {
  const run = spawnSync("/usr/bin/time", ["-f", "%e %U %S %M", process.execPath, CLI, ...args], { stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
  const [wall, user, system, rss] = run.stderr.trim().split("\n").pop().split(" ").map(Number);
  if (run.status !== 0 && run.status !== 1) throw new Error(`newsdiff exited ${run.status}: ${run.stderr}`);
  return { wall, cpu: user + system, rssMiB: rss / 1024 };
}

const rows = [];
function row(label, stories, versions, jobs) {
  const dir = join(WORK, `${stories}x${versions}`);
  rmSync(dir, { recursive: true, force: true });
  const bytes = generateArchive(dir, { stories, versions });
  const steps = stories * (versions - 1);
  const result = measure(["--history", dir, "--format", "jsonl", "--jobs", String(jobs)]);
  rows.push(
    `| ${label} | ${stories.toLocaleString("en")} × ${versions} | ${(bytes / 1048576).toFixed(0)} MiB | ${jobs} | ${result.wall.toFixed(1)} s | ${(steps / result.wall).toFixed(0)} | ${(steps / result.cpu).toFixed(0)} | ${result.rssMiB.toFixed(0)} MiB |`,
  );
  process.stderr.write(`${rows[rows.length - 1]}\n`);
  return dir;
}

row("archive", STORIES, 3, 1);
row("archive", STORIES, 3, 2);
const fixedSteps = STORIES / 5;
for (const versions of [2, 3, 5, 9]) row("versions per story", Math.round(fixedSteps / (versions - 1)), versions, 1);
rmSync(WORK, { recursive: true, force: true });

process.stdout.write(
  [
    `Measured ${new Date().toISOString().slice(0, 10)}, node ${process.version}, ${cpus().length} CPUs, --history --format jsonl to /dev/null.`,
    "",
    "| run | stories × versions | text | threads | wall | steps a second | steps a CPU-second | peak memory |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
  ].join("\n"),
);

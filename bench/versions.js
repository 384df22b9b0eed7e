// The small pair against node's own start-up under each node a user runs: this one, and 22 and 24
// when scripts/test-node-versions.sh has put them in .cache/node/; and the real pairs under each,
// this build beside the --baseline build. Each node gets its own copy of a build, trained there:
// the V8 code caches a build records belong to one node version, and another node would compile
// the bundles from scratch. Part of `npm run bench`.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/**
 * A copy of the built checkout `root` whose code caches `nodeBin` made: the checkout's own
 * scripts/bundle.js, run by that node, trains them as a build does (the demo pair, the long-run
 * caches where the build has them), so that an earlier build is trained as it was then.
 */
function trainedCopy(root, nodeBin) {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-node-"));
  for (const entry of ["bin", "dist", "package.json", "scripts"]) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const entry of ["node_modules", "data", "fixtures", "src"]) if (existsSync(join(root, entry))) symlinkSync(join(root, entry), join(dir, entry));
  for (const file of readdirSync(join(dir, "dist"))) if (file.endsWith(".cache")) rmSync(join(dir, "dist", file));
  const env = { ...process.env, PATH: `${dirname(nodeBin)}:${process.env.PATH}` };
  const training = spawnSync(nodeBin, ["scripts/bundle.js"], { cwd: dir, env, encoding: "utf8" });
  if (training.status !== 0) throw new Error(`training ${root} under ${nodeBin} failed: ${training.stderr}`);
  return dir;
}

/** The nodes to measure: [label, path]. */
export function nodesToMeasure(root) {
  const nodes = [[process.version, process.execPath]];
  for (const major of ["22", "24"]) {
    const bin = join(root, ".cache", "node", major, "bin", "node");
    if (existsSync(bin) && !process.version.startsWith(`v${major}.`)) nodes.push([execFileSync(bin, ["--version"], { encoding: "utf8" }).trim(), bin]);
  }
  return nodes;
}

/**
 * Medians of `runs` alternating rounds, per node: `node -e ''` and newsdiff's JSON of the pair.
 * `timeTogether` is bench/run.js's (interleaved rounds, medians). Where NODE_EXTRA_CA_CERTS is set
 * (the machine we measure on sets it), both are timed without it as well: node 20 reads and parses
 * the CA bundle it names at every start (~55 ms of an 87 ms `node -e ''` there), node 22 and
 * later only when TLS needs it, so the ratio to `node -e ''` means something else under each.
 */
export function versionsReport(root, pair, runs, timeTogether) {
  const withoutCerts = process.env.NODE_EXTRA_CA_CERTS ? "env -u NODE_EXTRA_CA_CERTS " : null;
  const lines = withoutCerts
    ? [
        "| node | node -e '' | newsdiff json, small pair | newsdiff / node -e '' | above node's start-up | node -e '', no NODE_EXTRA_CA_CERTS | newsdiff json, without it | newsdiff / node -e '', without it |",
        "|---|---|---|---|---|---|---|---|",
      ]
    : ["| node | node -e '' | newsdiff json, small pair | newsdiff / node -e '' | above node's start-up |", "|---|---|---|---|---|"];
  for (const [label, bin] of nodesToMeasure(root)) {
    const copy = trainedCopy(root, bin);
    try {
      const json = `${bin} ${join(copy, "bin", "newsdiff.cjs")} --format json ${pair.old} ${pair.new}`;
      const row = timeTogether(
        { floor: `${bin} -e ''`, json, bareFloor: withoutCerts && `${withoutCerts}${bin} -e ''`, bareJson: withoutCerts && `${withoutCerts}${json}` },
        runs,
      );
      const cells = [label, `${row.floor.toFixed(0)} ms`, `${row.json.toFixed(0)} ms`, `${(row.json / row.floor).toFixed(2)}×`, `${(row.json - row.floor).toFixed(0)} ms`];
      if (withoutCerts) cells.push(`${row.bareFloor.toFixed(0)} ms`, `${row.bareJson.toFixed(0)} ms`, `${(row.bareJson / row.bareFloor).toFixed(2)}×`);
      lines.push(`| ${cells.join(" | ")} |`);
    } finally {
      rmSync(copy, { recursive: true, force: true });
    }
  }
  if (lines.length === 3) lines.push("", "Node 22 and 24: not in .cache/node (scripts/test-node-versions.sh fetches them), not measured.");
  return lines.join("\n");
}

/**
 * The real pairs (two directories, `--format json`) under each node: this build and the baseline
 * build in the same rounds, each trained on that node. The bench's main row runs them under the
 * node that runs the bench only, and what a change gains can differ by node (V8's tiers and
 * flags differ: node 20 tiers up by an interrupt budget, 22 and 24 by invocation counts).
 */
export function realPairsByNode(root, baseline, dirs, runs, timeTogether) {
  const lines = ["| node | this build | baseline | this / baseline |", "|---|---|---|---|"];
  for (const [label, bin] of nodesToMeasure(root)) {
    const copies = [trainedCopy(root, bin), trainedCopy(baseline, bin)];
    try {
      const [json, base] = copies.map((copy) => `${bin} ${join(copy, "bin", "newsdiff.cjs")} --format json ${dirs}`);
      const row = timeTogether({ json, base }, runs);
      lines.push(`| ${label} | ${row.json.toFixed(0)} ms | ${row.base.toFixed(0)} ms | ${(row.json / row.base).toFixed(2)}× |`);
    } finally {
      for (const copy of copies) rmSync(copy, { recursive: true, force: true });
    }
  }
  return lines.join("\n");
}

// The small pair against node's own start-up under each node a user runs: this one, and 22 and 24
// when scripts/test-node-versions.sh has put them in .cache/node/. Each node gets its own copy of
// the build, trained there: the V8 code cache the build records belongs to one node version, and
// another node would compile the bundle from scratch. Part of `npm run bench`.
import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** A copy of the built CLI whose code cache was made by `nodeBin`. */
function trainedCopy(root, nodeBin) {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-node-"));
  for (const entry of ["bin", "dist", "package.json"]) cpSync(join(root, entry), join(dir, entry), { recursive: true });
  for (const entry of ["node_modules", "data", "fixtures"]) symlinkSync(join(root, entry), join(dir, entry));
  // The demo pair, as the build's own training run (scripts/bundle.js).
  spawnSync(nodeBin, ["bin/newsdiff.cjs", "--color", "always", "--width", "100", "fixtures/demo/old.txt", "fixtures/demo/new.txt"], { cwd: dir, env: { ...process.env, NEWSDIFF_WRITE_CODE_CACHE: "1" } });
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

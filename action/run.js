#!/usr/bin/env node
// The GitHub Action's script (action.yml runs it): diffs every article file a pull request changed
// between its base and head commits (renames followed), prints `--format github` annotations and
// writes a job summary. Outside GitHub it runs the same given the same environment, which is how
// test/e2e/action.test.ts runs it.
//
// Environment: NEWSDIFF_BASE, NEWSDIFF_HEAD (commits), INPUT_PATHS (globs, one a line or comma-
// separated), INPUT_FAIL_ON, INPUT_IGNORE (kinds, comma-separated), GITHUB_STEP_SUMMARY (a file).
import { execFileSync } from "node:child_process";
import { appendFileSync } from "node:fs";
import fg from "fast-glob";
import { compareTexts, differs, KINDS, render } from "../dist/index.js";
import { KIND_GROUPS } from "../dist/cli/options.js";

const env = process.env;
const list = (value) => (value ?? "").split(/[\n,]/u).map((item) => item.trim()).filter(Boolean);

/** An input's error, as the command says its own: one line, exit 2. */
function refuse(message) {
  process.stderr.write(`newsdiff action: ${message}\n`);
  process.exit(2);
}

/** The kinds an input names, groups expanded; a name that is no kind is refused, not left to match nothing. */
function kinds(value, input) {
  return list(value).flatMap((name) => {
    const lowered = name.toLowerCase();
    if (KIND_GROUPS[lowered]) return KIND_GROUPS[lowered];
    if (!KINDS.includes(lowered)) refuse(`unknown kind "${name}" in ${input}; valid: ${[...KINDS, ...Object.keys(KIND_GROUPS)].join(", ")}`);
    return [lowered];
  });
}
const git = (...args) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 256 * 1024 * 1024 });

const base = env.NEWSDIFF_BASE;
const head = env.NEWSDIFF_HEAD || "HEAD";
if (!base) refuse("no base commit (NEWSDIFF_BASE); run it on a pull_request event or give the base input");
const patterns = list(env.INPUT_PATHS).length > 0 ? list(env.INPUT_PATHS) : ["**/*.txt", "**/*.md"];
const gate = { ignore: kinds(env.INPUT_IGNORE, "ignore"), ...(list(env.INPUT_FAIL_ON).length > 0 ? { failOn: kinds(env.INPUT_FAIL_ON, "fail-on") } : {}) };
// A gate that no change can trip would pass every pull request in silence.
if (gate.failOn && gate.failOn.every((kind) => gate.ignore.includes(kind))) refuse(`ignore takes every fail-on kind (${gate.failOn.join(", ")}): no change could fail`);

/** Files changed from base to head, with where each was before (renames followed). */
function changedFiles() {
  const fields = git("diff", "--name-status", "-z", "-M", "--diff-filter=AMR", base, head).split("\0").filter(Boolean);
  const files = [];
  for (let i = 0; i < fields.length; ) {
    const status = fields[i++];
    if (status.startsWith("R")) files.push({ status: "renamed", old: fields[i++], path: fields[i++] });
    else {
      const path = fields[i++];
      files.push({ status: status === "A" ? "added" : "modified", old: status === "A" ? null : path, path });
    }
  }
  return files;
}

/** Whether a path matches the globs: fast-glob over the head's tree, not a matcher of our own. */
function matching(files) {
  const tree = new Set(git("ls-tree", "-r", "--name-only", "-z", head).split("\0").filter(Boolean));
  const matched = new Set(fg.sync(patterns, { cwd: process.cwd(), dot: false, onlyFiles: true }).filter((path) => tree.has(path)));
  return files.filter((file) => matched.has(file.path));
}

const show = (commit, path) => git("show", `${commit}:${path}`);
const escapeCell = (text) => text.replace(/\|/gu, "\\|");

let failing = false;
const rows = [];
for (const file of matching(changedFiles())) {
  const oldText = file.old === null ? "" : show(base, file.old);
  const comparison = compareTexts({ path: file.old ?? file.path, text: oldText }, { path: file.path, text: show(head, file.path) });
  process.stdout.write(await render(comparison, { format: "github", ...gate }));
  if (differs(comparison, gate)) failing = true;
  const { changed, added, removed, moved, kinds: counts } = comparison.summary;
  const kindList = Object.entries(counts).map(([kind, count]) => `${kind} ${count}`).join(", ");
  const name = file.status === "renamed" ? `${file.old} → ${file.path}` : file.status === "added" ? `${file.path} (new)` : file.path;
  rows.push(`| ${escapeCell(name)} | ${changed} | ${added} | ${removed} | ${moved} | ${escapeCell(kindList || "—")} |`);
}

const summary = [
  "## newsdiff",
  "",
  rows.length === 0
    ? `No changed article files match ${patterns.map((pattern) => `\`${pattern}\``).join(", ")}.`
    : ["| file | changed | added | removed | moved | kinds |", "|---|---|---|---|---|---|", ...rows].join("\n"),
  "",
].join("\n");
if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, `${summary}\n`);
else process.stderr.write(summary);
process.exitCode = failing ? 1 : 0;

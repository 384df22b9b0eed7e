// The GitHub Action's script outside GitHub: a repository with two commits, the environment the
// action gives the script, the annotations and the job summary asserted whole.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers.js";

const SCRIPT = join(ROOT, "action", "run.js");

describe("the GitHub Action (action.yml, action/run.js)", () => {
  const repo = mkdtempSync(join(tmpdir(), "newsdiff-action-"));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } }).trim();

  /** One commit: each path gets a fixture's text or a text of its own; `git mv` first for a rename. */
  const commit = (message: string, files: Record<string, string>, move?: [string, string]) => {
    if (move) git("mv", ...move);
    for (const [path, source] of Object.entries(files)) {
      if (source.endsWith(".txt") && source.includes("/")) copyFileSync(join(FIXTURES, source), join(repo, path));
      else writeFileSync(join(repo, path), source);
    }
    git("add", "-A");
    git("commit", "-qm", message);
    return git("rev-parse", "HEAD");
  };
  mkdirSync(join(repo, "news"));
  git("init", "-q");
  const base = commit("base", {
    "news/port.txt": "demo/old.txt",
    "news/flood.txt": "added-removed/old.txt",
    "news/style.txt": "kinds/spelling/old.txt",
    "other.txt": "not news\n",
  });
  const head = commit(
    "head",
    {
      "news/port.txt": "demo/new.txt",
      "news/flood-update.txt": "added-removed/new.txt",
      "news/style.txt": "kinds/spelling/new.txt",
      "news/fresh.txt": "kinds/number/new.txt",
      "other.txt": "still not news\n",
    },
    ["news/flood.txt", "news/flood-update.txt"],
  );

  const action = (inputs: Record<string, string>) => {
    const summary = join(repo, `summary-${Object.values(inputs).join("-").replace(/\W+/gu, "_")}.md`);
    const run = spawnSync(process.execPath, [SCRIPT], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, NEWSDIFF_BASE: base, NEWSDIFF_HEAD: head, GITHUB_STEP_SUMMARY: summary, ...inputs },
    });
    // A refused run writes no summary.
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary: existsSync(summary) ? readFileSync(summary, "utf8") : null };
  };

  it("annotates every changed article (renames followed, new files too) and writes a summary table", () => {
    const run = action({ INPUT_PATHS: "news/**/*.txt", INPUT_FAIL_ON: "number" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(1);
    const lines = run.stdout.trim().split("\n");
    // Errors for the pairs with a --fail-on kind (number), warnings for the rest, file by file.
    expect(lines.map((line) => line.slice(0, line.indexOf(",line=")))).toEqual([
      "::error file=news/flood-update.txt",
      "::error file=news/flood-update.txt",
      "::warning file=news/flood-update.txt",
      "::warning file=news/flood-update.txt",
      "::error file=news/fresh.txt",
      "::error file=news/port.txt",
      "::warning file=news/port.txt",
      "::warning file=news/port.txt",
      "::warning file=news/port.txt",
      "::warning file=news/port.txt",
      "::warning file=news/style.txt",
    ]);
    expect(lines[4]).toBe(
      "::error file=news/fresh.txt,line=3,title=newsdiff%3A number wording::number: ∅ → 14; number: ∅ → $12.2 million — added ·→1: {+Flooding killed 14 people and caused $12.2 million in damage.+}",
    );
    expect(run.summary).toBe(
      [
        "## newsdiff",
        "",
        "| file | changed | added | removed | moved | kinds |",
        "|---|---|---|---|---|---|",
        "| news/flood.txt → news/flood-update.txt | 0 | 3 | 1 | 0 | number 2, name 1, wording 4 |",
        "| news/fresh.txt (new) | 0 | 1 | 0 | 0 | number 1, wording 1 |",
        "| news/port.txt | 3 | 1 | 1 | 0 | quote 1, number 1, name 2, wording 3, spelling 2, typography 2 |",
        "| news/style.txt | 1 | 0 | 0 | 0 | spelling 1 |",
        "",
        "",
      ].join("\n"),
    );
  });

  it("refuses a kind it does not know, and a gate that no change could trip", () => {
    expect(action({ INPUT_FAIL_ON: "numbers" })).toMatchObject({ status: 2, stdout: "", stderr: expect.stringMatching(/^newsdiff action: unknown kind "numbers" in fail-on; valid: quote, number, /u) });
    expect(action({ INPUT_FAIL_ON: "spelling", INPUT_IGNORE: "cosmetic" })).toMatchObject({
      status: 2,
      stderr: "newsdiff action: ignore takes every fail-on kind (spelling): no change could fail\n",
    });
    // Groups and capitals read as the command reads them.
    expect(action({ INPUT_PATHS: "news/style.txt", INPUT_FAIL_ON: "All", INPUT_IGNORE: "Cosmetic" })).toMatchObject({ status: 0, stderr: "" });
  });

  it("passes what --ignore leaves alone, and says so when no changed file matches", () => {
    const style = action({ INPUT_PATHS: "news/style.txt", INPUT_IGNORE: "cosmetic" });
    expect([style.status, style.stdout]).toEqual([0, ""]);
    expect(style.summary).toContain("| news/style.txt | 1 | 0 | 0 | 0 | spelling 1 |");
    const none = action({ INPUT_PATHS: "*.md" });
    expect([none.status, none.stdout, none.summary]).toEqual([0, "", "## newsdiff\n\nNo changed article files match `*.md`.\n\n"]);
  });
});

// The GitHub Action's script outside GitHub: a repository with two commits, the environment the
// action gives the script, the annotations and the job summary asserted whole.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, ROOT } from "../helpers.js";

const SCRIPT = join(ROOT, "action", "run.js");

describe("the GitHub Action (action.yml, action/run.js)", () => {
  const repo = mkdtempSync(join(tmpdir(), "newsdiff-action-"));
  afterAll(() => rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, encoding: "utf8", env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" } }).trim();
  const fixture = (name: string, side: string) => join(FIXTURES, name, `${side}.txt`);

  mkdirSync(join(repo, "news"));
  git("init", "-q");
  copyFileSync(fixture("demo", "old"), join(repo, "news", "port.txt"));
  copyFileSync(fixture("added-removed", "old"), join(repo, "news", "flood.txt"));
  copyFileSync(fixture("kinds/spelling", "old"), join(repo, "news", "style.txt"));
  writeFileSync(join(repo, "other.txt"), "not news\n");
  git("add", "-A");
  git("commit", "-qm", "base");
  const base = git("rev-parse", "HEAD");
  copyFileSync(fixture("demo", "new"), join(repo, "news", "port.txt"));
  git("mv", "news/flood.txt", "news/flood-update.txt");
  copyFileSync(fixture("added-removed", "new"), join(repo, "news", "flood-update.txt"));
  copyFileSync(fixture("kinds/spelling", "new"), join(repo, "news", "style.txt"));
  copyFileSync(fixture("kinds/number", "new"), join(repo, "news", "fresh.txt"));
  writeFileSync(join(repo, "other.txt"), "still not news\n");
  git("add", "-A");
  git("commit", "-qm", "head");
  const head = git("rev-parse", "HEAD");

  const action = (inputs: Record<string, string>) => {
    const summary = join(repo, `summary-${Object.values(inputs).join("-").replace(/\W+/gu, "_")}.md`);
    const run = spawnSync(process.execPath, [SCRIPT], {
      cwd: repo,
      encoding: "utf8",
      env: { ...process.env, NEWSDIFF_BASE: base, NEWSDIFF_HEAD: head, GITHUB_STEP_SUMMARY: summary, ...inputs },
    });
    return { status: run.status, stdout: run.stdout, stderr: run.stderr, summary: readFileSync(summary, "utf8") };
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

  it("passes what --ignore leaves alone, and says so when no changed file matches", () => {
    const style = action({ INPUT_PATHS: "news/style.txt", INPUT_IGNORE: "cosmetic" });
    expect([style.status, style.stdout]).toEqual([0, ""]);
    expect(style.summary).toContain("| news/style.txt | 1 | 0 | 0 | 0 | spelling 1 |");
    const none = action({ INPUT_PATHS: "*.md" });
    expect([none.status, none.stdout, none.summary]).toEqual([0, "", "## newsdiff\n\nNo changed article files match `*.md`.\n\n"]);
  });
});

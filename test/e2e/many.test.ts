import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

function tree(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), "newsdiff-many-"));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, ".."), { recursive: true });
    if (typeof content === "string" && content.startsWith("fixture:")) copyFileSync(join(FIXTURES, content.slice(8)), join(root, name));
    else writeFileSync(join(root, name), content);
  }
  return root;
}

describe("two directories", () => {
  const root = tree({
    "a/port.txt": "fixture:demo/old.txt",
    "b/port.txt": "fixture:demo/new.txt",
    "a/sub/same.txt": "fixture:identical/old.txt",
    "b/sub/same.txt": "fixture:identical/new.txt",
    "a/gone.txt": "fixture:abbreviations/old.txt",
    "b/arrived.txt": "fixture:abbreviations/new.txt",
  });
  const [a, b] = [join(root, "a"), join(root, "b")];

  it("pairs files by relative path and reports files on one side only", () => {
    const run = newsdiff(["--format", "stat", a, b]);
    expect(run.status).toBe(1);
    expect(run.stdout.split("\n")).toEqual([
      `${a}/port.txt → ${b}/port.txt: 1 kept, 3 changed, 1 added, 1 removed, 0 moved, similarity 0.80 · quote 1, number 1, name 2, wording 3, spelling 2, typography 2`,
      `${a}/sub/same.txt → ${b}/sub/same.txt: 5 kept, 0 changed, 0 added, 0 removed, 0 moved, similarity 1.00`,
      `Only in ${a}: gone.txt`,
      `Only in ${b}: arrived.txt`,
      "",
    ]);
  });

  it("names lone files relative to their directory however it was written", () => {
    const run = newsdiff(["--format", "stat", "./a", "b/"], { cwd: root });
    expect(run.stdout).toContain("Only in ./a: gone.txt\nOnly in b/: arrived.txt\n");
  });

  it("prints one JSON document with every pair, the lone files and the errors", () => {
    const document = JSON.parse(newsdiff(["--json", a, b]).stdout);
    expect(document.version).toBe(1);
    expect(document.files.map((file: { old: { path: string } }) => file.old.path)).toEqual([`${a}/port.txt`, `${a}/sub/same.txt`]);
    expect([document.onlyOld, document.onlyNew, document.errors]).toEqual([[`${a}/gone.txt`], [`${b}/arrived.txt`], []]);
  });

  it("keeps going past a broken file, reports it, and exits 2", () => {
    const broken = tree({ "a/x.txt": "fixture:demo/old.txt", "b/x.txt": "fixture:demo/new.txt", "a/bad.txt": Buffer.from([0, 1, 2]), "b/bad.txt": "fine." });
    const run = newsdiff(["--format", "stat", join(broken, "a"), join(broken, "b")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe(`newsdiff: binary file, not an article (${join(broken, "a", "bad.txt")})\n`);
    expect(run.stdout).toContain("x.txt: 1 kept, 3 changed");
  });

  it("reads linked files but does not walk into linked directories, so a link loop ends", () => {
    const linked = tree({ "a/port.txt": "fixture:demo/old.txt", "b/port.txt": "fixture:demo/new.txt", "store/same.txt": "fixture:identical/old.txt", "b/same.txt": "fixture:identical/new.txt" });
    symlinkSync(join(linked, "store", "same.txt"), join(linked, "a", "same.txt"));
    // Each a link back up the tree: followed, they listed every file again at each of ~40 levels.
    symlinkSync("..", join(linked, "a", "up"));
    symlinkSync(join(linked, "b"), join(linked, "b", "self"));
    const run = newsdiff(["--format", "stat", join(linked, "a"), join(linked, "b")]);
    const [a, b] = [join(linked, "a"), join(linked, "b")];
    expect(run.stdout.split("\n")).toEqual([
      `${a}/port.txt → ${b}/port.txt: 1 kept, 3 changed, 1 added, 1 removed, 0 moved, similarity 0.80 · quote 1, number 1, name 2, wording 3, spelling 2, typography 2`,
      `${a}/same.txt → ${b}/same.txt: 5 kept, 0 changed, 0 added, 0 removed, 0 moved, similarity 1.00`,
      "",
    ]);
    expect(newsdiff(["--format", "stat", "--history", linked]).stdout.split("\n").filter((line) => line.includes("/up/") || line.includes("/self/"))).toEqual([]);
  });

  it("names a missing path beside a directory as missing, not as a mismatch", () => {
    const run = newsdiff(["--format", "stat", join(root, "nope"), b]);
    expect([run.status, run.stderr]).toEqual([2, `newsdiff: no such file (${join(root, "nope")})\n`]);
  });

  it("warns when neither directory has an article file", () => {
    const other = tree({ "a/page.pdf": "%PDF-1.4", "b/page.pdf": "%PDF-1.4" });
    const run = newsdiff([join(other, "a"), join(other, "b")]);
    expect([run.status, run.stdout, run.stderr]).toEqual([0, "", `newsdiff: warning: no article files (*.txt, *.text, *.md, *.html, *.htm) in either directory (${join(other, "a")}, ${join(other, "b")})\n`]);
  });

  it("exits 0 for two identical directories", () => {
    const same = tree({ "a/s.txt": "fixture:demo/old.txt", "b/s.txt": "fixture:demo/old.txt" });
    expect(newsdiff([join(same, "a"), join(same, "b")]).status).toBe(0);
  });
});

describe("--history", () => {
  const root = tree({
    "port-v2.txt": "fixture:demo/new.txt",
    "port-v1.txt": "fixture:demo/old.txt",
    "flood-1.txt": "fixture:added-removed/old.txt",
    "flood-2.txt": "fixture:added-removed/new.txt",
    "solo.txt": "fixture:identical/old.txt",
  });

  it("groups versions into stories, orders them by date, and diffs each step", () => {
    const run = newsdiff(["--history", root, "--format", "stat"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(
      [
        `${root}/flood-1.txt → ${root}/flood-2.txt: 3 kept, 0 changed, 3 added, 1 removed, 0 moved, similarity 0.69 · number 2, name 1, wording 4`,
        `${root}/port-v1.txt → ${root}/port-v2.txt: 1 kept, 3 changed, 1 added, 1 removed, 0 moved, similarity 0.80 · quote 1, number 1, name 2, wording 3, spelling 2, typography 2`,
        "",
      ].join("\n"),
    );
  });

  it("titles each step in the terminal view", () => {
    const run = newsdiff(["--history", `${root}/port-*.txt`, "--color", "never"]);
    expect(run.stdout.split("\n")[0]).toBe(`══ ${root}/port · v1 2026-03-04 → v2 2026-03-05`);
  });

  it("prints { version, stories: [{ story, versions, steps }] } in JSON", () => {
    const document = JSON.parse(newsdiff(["--history", root, "--json"]).stdout);
    expect(document.stories.map((s: { story: string; versions: string[]; steps: unknown[] }) => [s.story, s.versions.length, s.steps.length])).toEqual([
      [`${root}/flood`, 2, 1],
      [`${root}/port`, 2, 1],
      [`${root}/solo`, 1, 0],
    ]);
    expect(document.stories[1].steps[0].pairs[0].kinds).toEqual(["number", "name", "spelling"]);
    expect(document.errors).toEqual([]);
  });

  it("orders by the date in each file, whatever its name or encoding says", () => {
    const demoOld = readFileSync(join(FIXTURES, "demo", "old.txt"), "utf8");
    const dated = tree({
      "rev-1.txt": "fixture:demo/new.txt",
      "rev-2.txt": "fixture:demo/old.txt",
      // UTF-16 with a byte-order mark, dated before both.
      "rev-3.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(demoOld.replace(/date \S+/u, "date 2026-03-01"), "utf16le")]),
    });
    const document = JSON.parse(newsdiff(["--history", dated, "--json"]).stdout);
    expect(document.stories[0].versions).toEqual(["rev-3.txt", "rev-2.txt", "rev-1.txt"].map((name) => join(dated, name)));
    const run = newsdiff(["--history", dated, "--color", "never"]);
    expect(run.stdout.split("\n").filter((line) => line.startsWith("══"))).toEqual([
      `══ ${dated}/rev · v1 2026-03-01 → v2 2026-03-04`,
      `══ ${dated}/rev · v2 2026-03-04 → v3 2026-03-05`,
    ]);
  });

  it("takes the story from --story's first group", () => {
    const nested = tree({ "s1/old.txt": "fixture:demo/old.txt", "s1/new.txt": "fixture:demo/new.txt" });
    const run = newsdiff(["--history", nested, "--story", "([^/]+)/[^/]+$", "--format", "stat"]);
    expect(run.stdout).toContain("old.txt → ");
  });

  it("warns when files do not match --story, or no story has two versions", () => {
    const run = newsdiff(["--history", root, "--story", "zzz", "--format", "stat"]);
    expect([run.status, run.stdout]).toEqual([0, ""]);
    expect(run.stderr).toBe(
      `newsdiff: warning: 5 of 5 files do not match --story and are each a story of their own (${root}/flood-1.txt)\n` +
        "newsdiff: warning: no story has two versions to compare (5 stories, 5 files)\n",
    );
    expect(newsdiff(["--history", root, "--format", "stat"]).stderr).toBe("");
  });

  it("names an input that matches nothing, even among others that match", () => {
    expect(newsdiff(["--history", "/nonexistent/*.txt"]).stderr).toBe("newsdiff: no article files match (/nonexistent/*.txt)\n");
    const run = newsdiff(["a.txt", "--history", root]);
    expect([run.status, run.stdout, run.stderr]).toEqual([2, "", "newsdiff: no article files match (a.txt)\n"]);
    expect(newsdiff(["--history"]).stderr).toBe("newsdiff: --history needs the versions: files, directories, globs or story URLs\n");
  });
});

describe("the many-files JSON documents match docs/schema/batch.schema.json", async () => {
  const { readFileSync } = await import("node:fs");
  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  const { ROOT } = await import("../helpers.js");
  const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, "docs", "schema", name), "utf8"));
  const ajv = new Ajv2020.default({ allErrors: true });
  ajv.addSchema(schema("pair.schema.json"));
  const validate = ajv.compile(schema("batch.schema.json"));
  const root = tree({ "a/x.txt": "fixture:demo/old.txt", "b/x.txt": "fixture:demo/new.txt", "h/s-v1.txt": "fixture:demo/old.txt", "h/s-v2.txt": "fixture:demo/new.txt" });

  it.each([
    ["directories", [join(root, "a"), join(root, "b")]],
    ["history", ["--history", join(root, "h")]],
  ])("%s", (_, args) => {
    const document = JSON.parse(newsdiff(["--json", ...args]).stdout);
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe("worker threads (--jobs)", () => {
  // Enough files that the order of results could come back shuffled, with a failure in the middle
  // and a step that warns, so that every kind of report has to stay in the jobs' order.
  const files: Record<string, string | Buffer> = {};
  const sources = ["demo", "abbreviations", "added-removed", "moved-paragraph", "boilerplate-only", "identical"];
  for (let k = 0; k < 30; k++) {
    const source = sources[k % sources.length]!;
    files[`a/${String(k).padStart(2, "0")}.txt`] = `fixture:${source}/old.txt`;
    files[`b/${String(k).padStart(2, "0")}.txt`] = `fixture:${source}/new.txt`;
    files[`history/story${k % 7}-v${k}.txt`] = `fixture:${source}/${k % 2 === 0 ? "old" : "new"}.txt`;
  }
  files["a/13.txt"] = Buffer.from([0, 1, 2]);
  files["history/story3-v99.txt"] = Buffer.from([0, 1, 2]);
  const root = tree(files);
  const [a, b, history] = ["a", "b", "history"].map((name) => join(root, name)) as [string, string, string];

  it.each([
    ["directories, json", ["--json", a, b]],
    ["directories, terminal", ["--color", "always", "--width", "100", a, b]],
    ["history, json", ["--json", "--history", history]],
    ["history, side by side", ["-y", "--width", "120", "--history", history]],
  ])("give exactly what one thread gives: %s", (_name, args) => {
    const single = newsdiff(["--jobs", "1", ...args]);
    const threaded = newsdiff(["--jobs", "3", ...args]);
    expect(single.status).toBe(2);
    expect(single.stderr).toContain("binary file, not an article");
    expect(threaded).toEqual(single);
  });

  it("runs in as many worker threads as asked, each loading the CLI from its code cache", () => {
    const loads = (jobs: string) => newsdiff(["--jobs", jobs, "--format", "stat", a, b], { env: { NEWSDIFF_DEBUG_CODE_CACHE: "1" } }).stderr.split("newsdiff: code cache used (newsdiff.cjs").length - 1;
    expect([loads("1"), loads("3")]).toEqual([1, 4]);
  });

  it("refuses a --jobs that is not a whole number of at least 1", () => {
    const run = newsdiff(["--jobs", "0", a, b]);
    expect(run.status).toBe(2);
    expect(run.stderr).toBe("newsdiff: option '-j, --jobs <n>' argument '0' is invalid. --jobs takes a whole number of at least 1\n");
  });
});

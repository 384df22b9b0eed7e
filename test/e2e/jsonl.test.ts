// JSON Lines read by a real reader: DuckDB loads a --history run's lines and, in SQL, finds the
// same counts per story and per kind as the JSON document of the same run.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

/** Two stories of three versions each, made from the fixtures (the third version edits the second). */
function archive(): string {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-jsonl-"));
  const versions = (name: string, story: string, edit: (text: string) => string) => {
    const [old, now] = ["old", "new"].map((side) => readFileSync(join(FIXTURES, name, `${side}.txt`), "utf8")) as [string, string];
    writeFileSync(join(dir, `${story}-v1.txt`), old);
    writeFileSync(join(dir, `${story}-v2.txt`), now);
    writeFileSync(join(dir, `${story}-v3.txt`), edit(now).replace(/date (\d{4}-\d{2})-(\d{2})/u, (_, month: string, day: string) => `date ${month}-${String(Number(day) + 1).padStart(2, "0")}`));
  };
  versions("demo", "port", (text) => text.replace("18 months", "20 months").replace("Orloff", "Orlov"));
  versions("added-removed", "flood", (text) => text.replace("red warning", "amber warning"));
  return dir;
}

describe("--format jsonl", () => {
  const dir = archive();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes one line per step with its story and step, which DuckDB counts as the JSON document does", async () => {
    const lines = newsdiff(["--history", dir, "--format", "jsonl"]);
    expect(lines.status).toBe(1);
    const rows = lines.stdout.trim().split("\n").map((line) => JSON.parse(line) as { story: string; step: number; pairs: { kinds: string[] }[] });
    expect(rows.map((row) => [row.story, row.step])).toEqual([
      [join(dir, "flood"), 1],
      [join(dir, "flood"), 2],
      [join(dir, "port"), 1],
      [join(dir, "port"), 2],
    ]);
    const file = join(dir, "steps.jsonl");
    writeFileSync(file, lines.stdout);

    // The same run as one JSON document: counts per story and per kind.
    const document = JSON.parse(newsdiff(["--history", dir, "--format", "json"]).stdout) as { stories: { story: string; steps: { pairs: { kinds: string[] }[] }[] }[] };
    const expectedSteps = Object.fromEntries(document.stories.map((story) => [story.story, story.steps.length]));
    const expectedKinds: Record<string, number> = {};
    for (const story of document.stories) for (const step of story.steps) for (const pair of step.pairs) for (const kind of pair.kinds) expectedKinds[kind] = (expectedKinds[kind] ?? 0) + 1;

    const db = await DuckDBInstance.create(":memory:");
    const connection = await db.connect();
    const query = async (sql: string) => (await connection.runAndReadAll(sql)).getRowObjects();
    const steps = await query(`SELECT story, count(*) AS steps FROM read_json_auto('${file}') GROUP BY story ORDER BY story`);
    expect(Object.fromEntries(steps.map((row) => [row.story, Number(row.steps)]))).toEqual(expectedSteps);
    const kinds = await query(`
      SELECT kind, count(*) AS pairs
      FROM (SELECT unnest(pair.kinds) AS kind FROM (SELECT unnest(pairs) AS pair FROM read_json_auto('${file}')))
      GROUP BY kind`);
    expect(Object.fromEntries(kinds.map((row) => [row.kind, Number(row.pairs)]))).toEqual(expectedKinds);
    expect(expectedKinds.number).toBeGreaterThan(0);
    // The evidence is there to query too: the figure corrected in the port story's second step.
    const figures = await query(`
      SELECT change.old AS old, change.new AS new
      FROM (SELECT unnest(pair.changes) AS change FROM (SELECT unnest(pairs) AS pair FROM read_json_auto('${file}') WHERE step = 2 AND story LIKE '%port'))
      WHERE change.kind = 'number'`);
    expect(figures).toEqual([{ old: "18 months", new: "20 months" }]);
    connection.closeSync();
  });

  it("is one line for a pair, and keeps files on one side only off standard output", () => {
    const pair = newsdiff(["--format", "jsonl", "fixtures/demo/old.txt", "fixtures/demo/new.txt"]);
    expect(pair.stdout.split("\n")).toHaveLength(2);
    expect(JSON.parse(pair.stdout)).toMatchObject({ story: null, step: null, version: 1, summary: { changed: 3 } });
    const dirs = newsdiff(["--format", "jsonl", "fixtures/demo", "fixtures/kinds/number"]);
    for (const line of dirs.stdout.trim().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
    expect(dirs.stderr).toMatch(/Only in fixtures\/demo: expected\.txt/u);
  });
});

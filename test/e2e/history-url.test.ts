// `--history URL`: a story's edits rebuilt from a stand-in Wayback Machine on 127.0.0.1
// (archive-server.ts). Every run has local-only.cjs required, which fails any fetch elsewhere, and
// every test checks the archive's log for what was fetched.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ROOT } from "../helpers.js";
import { startArchive, STORY, type Archive } from "./archive-server.js";
import { newsdiffAsync } from "./run-cli.js";

let archive: Archive;
const LOCAL_ONLY = join(ROOT, "test", "e2e", "local-only.cjs");
const env = () => ({ NEWSDIFF_WAYBACK_URL: archive.base, NODE_OPTIONS: `--require ${LOCAL_ONLY}` });
const history = (args: string[]) => newsdiffAsync(["--history", STORY, "--timeout", "1", ...args], { env: env() });
const fetched = () => archive.requests.filter((request) => request.startsWith("/web/")).map((request) => /\/web\/(\d+)id_/u.exec(request)![1]);

// The 429's Retry-After is waited out in full by the first test; the others ask for no wait, to keep the suite quick.
beforeEach(async (context) => {
  archive = await startArchive(undefined, { slowMs: 2500, retryAfter: context.task.name.startsWith("shows 14 captures") ? "1" : "0" });
});
afterEach(async () => {
  await archive.close();
});

describe("--history URL", () => {
  it("shows 14 captures as their 3 edits: digests and unchanged articles folded, a 404 and a slow capture skipped, a 429 waited for", async () => {
    const run = await history(["--color", "never", "--explain"]);
    const titles = run.stdout.split("\n").filter((line) => line.startsWith("══"));
    expect(titles).toEqual([
      `══ ${STORY} · 2024-03-04 08:00Z (3 captures to 09:00Z) → 2024-03-04 10:00Z (3 captures to 12:00Z)`,
      `══ ${STORY} · 2024-03-04 10:00Z (3 captures to 12:00Z) → 2024-03-04 14:00Z (3 captures to 16:00Z)`,
      `══ ${STORY} · 2024-03-04 14:00Z (3 captures to 16:00Z) → 2024-03-04 17:00Z (3 captures to 19:00Z)`,
    ]);
    // The headline-only edit, the correction, the added quote.
    expect(run.stdout).toContain("headline  Harbour bridge [-to reopen -]{+reopens +}on Monday [wording]");
    expect(run.stdout).toContain("number: $41.5 million → $43 million");
    expect(run.stdout).toContain("quote: ∅ → “We are proud of the crews who worked through two winters,”");
    expect(run.stderr.split("\n").filter(Boolean)).toEqual([
      `newsdiff: skipped 1 capture the archive recorded with an error status (4xx, 5xx) (${STORY})`,
      `newsdiff: capture 20240304130000 skipped: timed out after 1 s (${archive.base}/web/20240304130000/${STORY})`,
    ]);
    // One capture could not be read: exit 2, after every step was shown.
    expect(run.status).toBe(2);
    // Captures of bytes already seen (same digest) are never fetched; the 404 neither; the 429 twice.
    expect(fetched().sort()).toEqual(["20240304080000", "20240304090000", "20240304100000", "20240304100000", "20240304110000", "20240304120000", "20240304130000", "20240304140000", "20240304140000", "20240304160000", "20240304170000", "20240304190000"]);
    expect(archive.requests.every((request) => request.startsWith("/web/") || request.startsWith("/cdx/"))).toBe(true);
  });

  it("gives each step in JSON with its captures (an addition to the document), valid by the schemas", async () => {
    const run = await history(["--json"]);
    const document = JSON.parse(run.stdout);
    const schema = (name: string) => JSON.parse(readFileSync(join(ROOT, "docs", "schema", name), "utf8"));
    const ajv = new Ajv2020.default({ allErrors: true });
    ajv.addSchema(schema("pair.schema.json"), "pair.schema.json");
    const validate = ajv.compile(schema("batch.schema.json"));
    expect(validate(document), JSON.stringify(validate.errors)).toBe(true);
    const [story] = document.stories;
    expect(story.story).toBe(STORY);
    expect(story.versions).toEqual(["20240304080000", "20240304100000", "20240304140000", "20240304170000"].map((timestamp) => `${archive.base}/web/${timestamp}/${STORY}`));
    expect(story.steps).toHaveLength(3);
    const first = story.steps[0];
    expect(first.old.capture).toEqual({ timestamp: "20240304080000", time: "2024-03-04T08:00:00Z", url: `${archive.base}/web/20240304080000/${STORY}`, digest: "AAA", captures: 3, first: "2024-03-04T08:00:00Z", last: "2024-03-04T09:00:00Z" });
    // `url` is the archived page's own; the capture's address is in `capture`.
    expect([first.old.date, first.old.url, first.new.capture.timestamp, first.new.capture.captures]).toEqual(["2024-03-04", STORY, "20240304100000", 3]);
    expect(story.steps[1].pairs[0].kinds).toEqual(["number"]);
    expect(document.errors).toEqual([{ path: `${archive.base}/web/20240304130000/${STORY}`, message: "timed out after 1 s" }]);
  });

  it("writes JSON Lines, stat and GitHub annotations a step at a time", async () => {
    const lines = (await history(["--format", "jsonl"])).stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.story, line.step, line.new.capture.timestamp])).toEqual([
      [STORY, 1, "20240304100000"],
      [STORY, 2, "20240304140000"],
      [STORY, 3, "20240304170000"],
    ]);
    const stat = (await history(["--format", "stat", "--from", "20240304140000"])).stdout.trim().split("\n");
    expect(stat).toEqual([`${archive.base}/web/20240304140000/${STORY} → ${archive.base}/web/20240304170000/${STORY}: 2 kept, 0 changed, 1 added, 0 removed, 0 moved, similarity 0.82 · quote 1, number 1, name 1, wording 1`]);
    expect((await history(["--format", "github"])).stdout).toContain("$41.5 million → $43 million");
  });

  it("puts a timeline in the HTML page, with each step's kinds and links to the archive's diff view and captures", async () => {
    const html = (await history(["--format", "html"])).stdout;
    expect(html).toContain(`href="${archive.base}/web/diff/20240304100000/20240304140000/${STORY}"`);
    expect(html).toContain(`href="${archive.base}/web/20240304170000/${STORY}"`);
    expect(html).toContain("number 1");
  });

  it("takes at most --limit distinct captures and says how to get the rest; --from and --to choose them", async () => {
    const limited = await history(["--limit", "3", "--format", "stat"]);
    expect(limited.stderr).toContain(`newsdiff: 7 more distinct captures, from 20240304110000 on, left out (--limit 3); --limit 10 takes them all, --from 20240304110000 starts there (${STORY})`);
    expect(limited.stdout.trim().split("\n")).toHaveLength(1);
    expect(limited.status).toBe(1);
    const window = await history(["--from", "2024-03-04T14:00", "--to", "20240304180000", "--format", "jsonl"]);
    expect(window.stdout.trim().split("\n").map((line) => JSON.parse(line).old.capture.timestamp)).toEqual(["20240304140000"]);
    expect(archive.requests.some((request) => request.includes("from=202403041400") && request.includes("to=20240304180000"))).toBe(true);
  });

  it("ends with the live page with --live", async () => {
    const live = `${archive.base}/news/harbour-bridge`;
    const run = await newsdiffAsync(["--history", live, "--live", "--from", "20240304170000", "--format", "jsonl"], { env: env() });
    const steps = run.stdout.trim().split("\n").map((line) => JSON.parse(line));
    expect(steps.map((step) => [step.old.capture.timestamp, step.new.capture.timestamp])).toEqual([["20240304170000", "live"]]);
    expect(steps[0].new.capture).toEqual({ timestamp: "live", time: null, url: live, digest: "", captures: 1, first: null, last: null });
    // "reopens on Monday" → "reopens to traffic": a weekday gone, and words.
    expect(steps[0].headline.kinds).toEqual(["number", "wording"]);
  });

  it("keeps every capture with --save, and a second run fetches none of them, even with the archive gone", async () => {
    const dir = mkdtempSync(join(tmpdir(), "newsdiff-archive-"));
    const first = await history(["--save", dir, "--format", "jsonl", "--to", "20240304120000"]);
    expect(first.status).toBe(1);
    expect(readdirSync(dir).filter((name) => name.endsWith(".html")).length).toBeGreaterThanOrEqual(4);
    const before = fetched().length;
    const second = await history(["--save", dir, "--format", "jsonl", "--to", "20240304120000"]);
    expect(second.stdout).toBe(first.stdout);
    expect(fetched().length).toBe(before);
    await archive.close();
    const offline = await history(["--save", dir, "--format", "jsonl", "--to", "20240304120000"]);
    expect(offline.stdout).toBe(first.stdout);
    expect(offline.stderr).toContain(`the archive cannot be reached; its list of captures saved in ${dir} is used`);
    archive = await startArchive();
  });

  it("stops with one line when the archive refuses again and again", async () => {
    await archive.close();
    archive = await startArchive(undefined, { refuseCdx: 10, retryAfter: "0" });
    const run = await history([]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^newsdiff: the archive refused 5 times in a row \(HTTP 429\); try again later, or with --jobs 1 \(http:\/\/127\.0\.0\.1:\d+\/cdx\/search\/cdx\?url=/u);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    // The JSON document stays whole: the story with no steps, the refusal among its errors.
    await archive.close();
    archive = await startArchive(undefined, { refuseCdx: 10, retryAfter: "0" });
    const json = await history(["--json"]);
    const document = JSON.parse(json.stdout);
    expect([json.status, document.stories[0].steps, document.errors[0].message]).toEqual([2, [], "the archive refused 5 times in a row (HTTP 429); try again later, or with --jobs 1"]);
  }, 30_000);

  it("reads a capture URL as the story it captured, and says when the archive has none", async () => {
    const run = await newsdiffAsync(["--history", `${archive.base}/web/20240304080000/${STORY}`, "--format", "stat", "--to", "20240304100000"], { env: env() });
    expect(run.stdout.trim().split("\n")).toHaveLength(1);
    await archive.close();
    archive = await startArchive([]);
    const none = await history([]);
    expect([none.status, none.stderr]).toEqual([2, `newsdiff: the archive has no capture of the page (${STORY})\n`]);
  });
});

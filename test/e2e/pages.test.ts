// Saved web pages through the built CLI: the same pipeline as text files, the headline first.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

const STORY = ["fixtures/html/story/old.html", "fixtures/html/story/new.html"];
const TEXT = ["fixtures/html/story/old.txt", "fixtures/html/story/new.txt"];
const expected = (name: string) => readFileSync(join(FIXTURES, "html", "story", name), "utf8");

describe("saved web pages", () => {
  it("print the expected JSON document", () => {
    const run = newsdiff(["--format", "json", ...STORY]);
    expect([run.status, run.stderr]).toEqual([1, ""]);
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(expected("expected.json")));
  });

  it("print the expected terminal view, headline first", () => {
    const run = newsdiff(["--color", "never", "--width", "80", ...STORY]);
    expect(run.stdout).toBe(expected("expected.txt"));
  });

  it("give the same sentences and pairs as the same story in text files", () => {
    const [page, text] = [STORY, TEXT].map((files) => JSON.parse(newsdiff(["--json", ...files]).stdout) as Record<string, { sentences?: string[] } & unknown>);
    for (const key of ["pairs", "summary"]) expect(page![key]).toEqual(text![key]);
    expect(page!.old!.sentences).toEqual(text!.old!.sentences);
    expect(page!.new!.sentences).toEqual(text!.new!.sentences);
  });

  it("gate a changed headline: --fail-on and --ignore see its kinds", () => {
    // Old body against the new page: only the headline and the date stamps differ in kind.
    const body = JSON.parse(newsdiff(["--json", ...STORY]).stdout) as { headline: { kinds: string[] } };
    expect(body.headline.kinds).toEqual(["number", "wording"]);
    const same = newsdiff(["--format", "stat", STORY[0]!, STORY[0]!]);
    expect(same.status).toBe(0);
    const renamed = readFileSync(STORY[0]!, "utf8").replaceAll("Harbour bridge reopens after two-year repair", "Harbour bridge reopens after a two-year repair");
    const { writeFileSync, mkdtempSync } = require("node:fs") as typeof import("node:fs");
    const dir = mkdtempSync(join(require("node:os").tmpdir(), "newsdiff-headline-"));
    writeFileSync(join(dir, "new.html"), renamed);
    const headlineOnly = (args: string[]) => newsdiff([...args, STORY[0]!, join(dir, "new.html")]);
    expect(headlineOnly(["--format", "stat"]).stdout).toBe(`${STORY[0]} → ${join(dir, "new.html")}: headline changed, 9 kept, 0 changed, 0 added, 0 removed, 0 moved, similarity 1.00\n`);
    expect(headlineOnly([]).status).toBe(1);
    expect(headlineOnly(["--fail-on", "number"]).status).toBe(0);
    expect(headlineOnly(["--ignore", "wording"]).status).toBe(0);
    expect(headlineOnly(["--color", "never", "--width", "80"]).stdout).toContain("headline  Harbour bridge reopens after {+a +}two-year repair [wording]\n");
  });

  it("show the headline in every view", () => {
    expect(newsdiff(["--format", "markup", ...STORY]).stdout.split("\n")[0]).toBe("Harbour bridge reopens after [-two-year repair-]{+repairs costing $43 million+}");
    expect(newsdiff(["--format", "github", ...STORY]).stdout.split("\n")[0]).toBe(
      "::error file=fixtures/html/story/new.html,line=1,title=newsdiff%3A headline number wording::number: two-year → $43 million — headline changed: Harbour bridge reopens after [-two-year repair-]{+repairs costing $43 million+}",
    );
    expect(newsdiff(["-y", "--color", "never", "--width", "160", ...STORY]).stdout).toContain("headline  Harbour bridge reopens after [-two-year repair-]{+repairs costing $43 million+} [number wording]\n");
    const html = newsdiff(["--format", "html", ...STORY]).stdout;
    expect(html).toContain('<ol class="pairs headline"><li class="pair change op-changed" id="ph" data-kinds="number wording"><div class="meta"><a href="#ph">headline</a> changed');
    expect(html).toContain("Mara Quint · <span class=\"url\">https://courier.example/news/harbour-bridge-reopens</span> · published 2024-03-04T06:10:00Z · modified 2024-03-05T14:32:00Z");
  });

  it("keep a rule's text with --keep", () => {
    const run = JSON.parse(newsdiff(["--json", "--keep", "caption,credits", ...STORY]).stdout) as { new: { sentences: string[]; removed: { rule: string }[] } };
    expect(run.new.sentences.slice(0, 2)).toEqual(["Cars and cyclists cross the Wendle Harbour bridge on its first day back in service.", "Photo: Ilse Brandt/Calder Courier"]);
    expect(run.new.removed.map((removal) => removal.rule)).toEqual(["byline", "published", "published", "newsletter"]);
  });

  it("exit 2 on a page with no article, unless --whole-page", () => {
    const page = "fixtures/html/no-article/page.html";
    expect(newsdiff([page, STORY[1]!])).toEqual({ status: 2, stdout: "", stderr: `newsdiff: no article text found in the page; --whole-page compares all its visible text (${page})\n` });
    const whole = newsdiff(["--whole-page", "--format", "stat", page, page]);
    expect([whole.status, whole.stderr]).toEqual([0, `newsdiff: warning: all visible text of the page is compared, not an article (--whole-page) (${page})\n`.repeat(2)]);
  });

  it("are found in directories and in --history, dated by their metadata", () => {
    const run = newsdiff(["--history", "fixtures/html/story/*.html", "--story", "(story)", "--format", "stat"]);
    expect(run.stdout).toBe("fixtures/html/story/old.html → fixtures/html/story/new.html: headline changed, 6 kept, 3 changed, 2 added, 0 removed, 0 moved, similarity 0.91 · quote 1, number 3, wording 3, typography 1\n");
  });
});

describe("extraction that fails says so (--selector, the size warning)", () => {
  const page = STORY[1]!;
  it("--selector names the article in both versions; one that matches nothing, or is no selector, is exit 2 with one line", () => {
    const chosen = JSON.parse(newsdiff(["--json", "--selector", "article p:not(.correction)", page, page]).stdout) as { new: { sentences: string[] } };
    expect(chosen.new.sentences[0]).toBe("The Wendle Harbour bridge reopened to traffic on Monday after a two-year repair that cost the county $43 million, officials said.");
    expect(newsdiff(["--selector", ".no-such-thing", page, page])).toEqual({ status: 2, stdout: "", stderr: `newsdiff: --selector ".no-such-thing" matches nothing in the page (${page})\n` });
    expect(newsdiff(["--selector", "p[[", page, page])).toEqual({ status: 2, stdout: "", stderr: `newsdiff: --selector "p[[" is not a CSS selector (${page})\n` });
    expect(newsdiff(["--selector", "p", "--whole-page", page, page]).status).toBe(2);
  });

  it("warns, naming the side and both word counts, when one version's article is under a third of the other's", () => {
    const { writeFileSync, mkdtempSync } = require("node:fs") as typeof import("node:fs");
    const dir = mkdtempSync(join(require("node:os").tmpdir(), "newsdiff-footer-"));
    const footer = readFileSync(page, "utf8").replace(/<article[^]*<\/article>/u, "<article><p>This page was printed from courier.example. All rights reserved. Copyright 2024 The Calder Courier, the newspaper of the county and of the whole Wendle Harbour region.</p></article>");
    writeFileSync(join(dir, "new.html"), footer);
    const run = newsdiff(["--json", page, join(dir, "new.html")]);
    const warning = `the new version's article has 27 words against 164 in the old: its article may not have been found; --selector names it (${join(dir, "new.html")})`;
    expect(run.stderr).toBe(`newsdiff: warning: ${warning}\n`);
    expect((JSON.parse(run.stdout) as { warnings: string[] }).warnings).toEqual([warning]);
  });
});

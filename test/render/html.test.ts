import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { OPEN_GATE } from "../../src/gate.js";
import { escapeHtml, renderHtml, scriptJson } from "../../src/render/html.js";
import { jsonDocument } from "../../src/render/json.js";
import { measureWith, plainPainter } from "../../src/render/layout.js";
import type { View } from "../../src/render/view.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES } from "../helpers.js";
import { contrast } from "./contrast.js";

const view: View = { color: false, paint: plainPainter, measure: measureWith(), width: null, context: 1, gate: OPEN_GATE };
const read = (name: string, side: string) => ({ path: `fixtures/${name}/${side}.txt`, text: readFileSync(join(FIXTURES, name, `${side}.txt`), "utf8") });
const demo = compareTexts(read("demo", "old"), read("demo", "new"));
const page = renderHtml(demo, view);

const HOSTILE_OLD = "The council met on Monday. It said <script>window.owned=1</script> nothing.";
const HOSTILE_NEW = 'The council met on Monday. It said <img src=x onerror="window.owned=1"> and </textarea> and <a href="javascript:alert(1)">this</a> and </script><!-- nothing.';

describe("--format html, without a browser", () => {
  it("loads nothing: no src, links only to anchors, a Content-Security-Policy that forbids every load", () => {
    expect(page).not.toMatch(/\ssrc=/iu);
    for (const [, target] of page.matchAll(/\shref="([^"]*)"/giu)) expect(target!.startsWith("#")).toBe(true);
    expect(page).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'sha256-[^']+'; script-src 'sha256-[^']+'; img-src data:; base-uri 'none'; form-action 'none'">/u);
    expect(page).toMatch(/^<!doctype html>\n<html lang="en">/u);
  });

  it("has one element per pair, with its anchor, and the kinds of the JSON document", () => {
    const ids = [...page.matchAll(/<li class="pair [^"]*" id="(p\d+)"/gu)].map((match) => match[1]);
    expect(ids).toEqual(demo.pairs.map((_, index) => `p${index + 1}`));
    const kinds = [...page.matchAll(/<li class="pair change[^"]*" id="p(\d+)" data-kinds="([^"]*)"/gu)].map((match) => [Number(match[1]), match[2]]);
    expect(kinds).toEqual(demo.pairs.flatMap((pair, index) => (pair.op === "equal" ? [] : [[index + 1, pair.kinds.join(" ")]])));
    expect(page).toContain("3 changed, 1 added, 1 removed, 0 moved, 1 equal · similarity 0.80");
    expect(page).toContain('<del><span class="sr">removed: </span>harbour</del><ins><span class="sr">added: </span>harbor</ins>');
    expect(page).toContain('data-evidence="number: $410 million → $450 million"');
  });

  it("embeds the comparison's JSON document, which reads back exactly", () => {
    const data = /<script type="application\/json" id="newsdiff-data">([^<]*)<\/script>/u.exec(page)![1]!;
    expect(JSON.parse(data)).toEqual(JSON.parse(JSON.stringify(jsonDocument(demo))));
  });

  it("escapes every string from the input: nothing in a hostile article becomes markup", () => {
    const hostile = renderHtml(compareTexts({ path: 'a"><script>x</script>.txt', text: HOSTILE_OLD }, { path: "b.txt", text: HOSTILE_NEW }), view);
    expect(hostile).not.toMatch(/<script>window|<img|<\/textarea>|<a href="javascript|<!--|onerror="window/u);
    expect(hostile.match(/<script/gu)).toHaveLength(2);
    expect(hostile.match(/<\/script>/gu)).toHaveLength(2);
    expect(escapeHtml(`<b a="1" b='2'>&`)).toBe("&lt;b a=&quot;1&quot; b=&#39;2&#39;&gt;&amp;");
    expect(scriptJson({ text: "</script><!-- \u2028" })).toBe('{"text":"\\u003c/script>\\u003c!-- \\u2028"}');
  });

  it("is the same bytes for the same input", () => {
    expect(renderHtml(compareTexts(read("demo", "old"), read("demo", "new")), view)).toBe(page);
  });

  it("keeps every text colour at WCAG AA (4.5:1) on its background, light and dark", () => {
    const schemes = [...page.matchAll(/--fg:(#\w{6});--bg:(#\w{6});--muted:(#\w{6});--line:#\w{6};--del-fg:(#\w{6});--del-bg:(#\w{6});--ins-fg:(#\w{6});--ins-bg:(#\w{6});--badge-bg:(#\w{6});--badge-fg:(#\w{6})/gu)];
    expect(schemes).toHaveLength(2);
    for (const [, fg, bg, muted, delFg, delBg, insFg, insBg, badgeBg, badgeFg] of schemes) {
      expect(contrast(fg!, bg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(muted!, bg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(delFg!, delBg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(insFg!, insBg!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(badgeFg!, badgeBg!)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe("--format html for many files and histories", () => {
  it("makes one page: contents, a section per story with its timeline and collapsible steps, the data of the JSON output", async () => {
    const { mkdtempSync, copyFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { newsdiff } = await import("../e2e/run-cli.js");
    const dir = mkdtempSync(join(tmpdir(), "newsdiff-html-many-"));
    copyFileSync(join(FIXTURES, "demo", "old.txt"), join(dir, "port-v1.txt"));
    copyFileSync(join(FIXTURES, "demo", "new.txt"), join(dir, "port-v2.txt"));
    copyFileSync(join(FIXTURES, "added-removed", "old.txt"), join(dir, "flood-v1.txt"));
    copyFileSync(join(FIXTURES, "added-removed", "new.txt"), join(dir, "flood-v2.txt"));
    const history = newsdiff(["--history", dir, "--format", "html"]).stdout;
    const json = JSON.parse(newsdiff(["--history", dir, "--format", "json"]).stdout);
    rmSync(dir, { recursive: true, force: true });
    expect(history.match(/<html/gu)).toHaveLength(1);
    expect([...history.matchAll(/<a href="#(s\d)">/gu)].map((match) => match[1])).toEqual(["s1", "s2"]);
    expect([...history.matchAll(/<section class="entry" id="(s\d)">/gu)].map((match) => match[1])).toEqual(["s1", "s2"]);
    expect(history.match(/<table class="timeline">/gu)).toHaveLength(2);
    expect(history.match(/<details class="step" open>/gu)).toHaveLength(2);
    const ids = [...history.matchAll(/ id="([^"]+)"/gu)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const data = JSON.parse(/<script type="application\/json" id="newsdiff-data">([^<]*)<\/script>/u.exec(history)![1]!);
    expect(data).toEqual(json);
    const dirs = newsdiff(["--format", "html", "fixtures/demo", "fixtures/kinds/number"]).stdout;
    expect(dirs).toContain("<h2>In one directory only</h2>");
    expect(dirs.match(/<section class="entry" id="f\d">/gu)).toHaveLength(2);
  });
});

describe("--format html and the gate", () => {
  it("shows changes that --ignore leaves out as unchanged context, as the terminal does", () => {
    const ignoring = renderHtml(demo, { ...view, gate: { ignore: new Set(["spelling", "typography"] as const), failOn: null } });
    expect(ignoring).toMatch(/<li class="pair context" id="p2">/u);
    expect(ignoring).toMatch(/<li class="pair change op-changed" id="p1"/u);
  });
});

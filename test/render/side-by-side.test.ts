import { describe, expect, it } from "vitest";
import { compareTexts } from "../../src/compare.js";
import { OPEN_GATE } from "../../src/gate.js";
import stringWidth from "string-width";
import { measureWith, plainPainter } from "../../src/render/layout.js";
import { renderSideBySide } from "../../src/render/side-by-side.js";
import type { View } from "../../src/render/view.js";

const displayWidth = measureWith(stringWidth);
const view: View = { color: false, paint: plainPainter, measure: displayWidth, width: 60, context: 1, gate: OPEN_GATE };
const render = (a: string, b: string, width = 60) =>
  renderSideBySide(compareTexts({ path: "a", text: a }, { path: "b", text: b }), { ...view, width });

describe("side-by-side", () => {
  it("puts old on the left and new on the right with markers, one row per pair", () => {
    expect(render("The bridge opened on Monday.", "The bridge closed on Monday.")).toBe(
      [
        "a → b",
        "1 The bridge [-opened-] on   ~ 1 The bridge {+closed+} on",
        "  Monday.                        Monday. [wording]",
        "1 changed, 0 added, 0 removed, 0 moved, 0 equal ·",
        "  similarity 0.80 · kinds: wording 1",
        "",
      ].join("\n"),
    );
  });

  it("puts each kind's evidence under the new text with --explain", () => {
    const comparison = compareTexts({ path: "a", text: "Net income was 14 cts a share." }, { path: "b", text: "Net income was 1.4 cts a share." });
    expect(renderSideBySide(comparison, { ...view, explain: true })).toBe(
      [
        "a → b",
        "1 Net income was [-14-] cts  ~ 1 Net income was {+1.4+} cts",
        "  a share.                       a share. [number]",
        "                                   number: 14 cts a share →",
        "                                   1.4 cts a share",
        "1 changed, 0 added, 0 removed, 0 moved, 0 equal ·",
        "  similarity 0.86 · kinds: number 1",
        "",
      ].join("\n"),
    );
  });

  it("keeps every line within the width, counting wide characters as two columns", () => {
    const output = render("北京市政府周一宣布新的交通规则。Sentence two stays.", "北京市政府周二宣布新的交通规则。Sentence two stays.", 50);
    for (const line of output.split("\n").slice(1, -2)) expect(displayWidth(line)).toBeLessThanOrEqual(50);
    expect(output).toContain("[-周一-]");
    expect(output).toContain("{+周二+}");
  });

  it("marks moved, split and added rows", () => {
    const output = render("Alpha one here. Bravo two here. Charlie three here. Delta four here.", "Bravo two here. Charlie three here. Delta four here. Alpha one here. Echo five.", 100);
    expect(output).toMatch(/> 4 Alpha one here\. \(moved from ¶1\)/u);
    expect(output).toMatch(/\+ 5 \{\+Echo five\.\+\}/u);
  });
});

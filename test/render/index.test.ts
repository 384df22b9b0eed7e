import { describe, expect, it } from "vitest";
import { painterFor } from "../../src/cli/color.js";
import { compareTexts } from "../../src/compare.js";
import { OPEN_GATE } from "../../src/gate.js";
import { FORMATS, RENDERERS, VIEW_SETTINGS_READ, type ViewSetting } from "../../src/render/index.js";
import { measureWith, plainPainter } from "../../src/render/layout.js";
import type { View } from "../../src/render/view.js";

// Long sentences (to wrap), many unchanged ones (to fold) and a changed figure (evidence to explain).
const unchanged = Array.from({ length: 8 }, (_, k) => `Sentence ${k + 1} of the story says nothing new about the harbour bridge and its long history.`);
const comparison = compareTexts(
  { path: "old.txt", text: [...unchanged.slice(0, 4), "The council approved 14 million dollars for the repairs on Monday evening.", ...unchanged.slice(4)].join(" ") },
  { path: "new.txt", text: [...unchanged.slice(0, 4), "The council approved 1.4 million dollars for the repairs on Monday evening.", ...unchanged.slice(4)].join(" ") },
);

const base: View = { color: false, paint: plainPainter, measure: measureWith(), width: null, context: 1, explain: false, gate: OPEN_GATE };

async function changedView(setting: ViewSetting): Promise<View> {
  switch (setting) {
    case "context":
      return { ...base, context: 5 };
    case "width":
      return { ...base, width: 40 };
    case "explain":
      return { ...base, explain: true };
    case "color":
      return { ...base, color: true, paint: await painterFor(3) };
  }
}

describe("VIEW_SETTINGS_READ", () => {
  const settings: ViewSetting[] = ["context", "width", "explain", "color"];
  for (const format of FORMATS) {
    it(`lists exactly the settings that change --format ${format}'s output`, async () => {
      const plain = RENDERERS[format](comparison, base);
      const read: ViewSetting[] = [];
      for (const setting of settings) if (RENDERERS[format](comparison, await changedView(setting)) !== plain) read.push(setting);
      expect(read).toEqual(VIEW_SETTINGS_READ[format]);
    });
  }
});

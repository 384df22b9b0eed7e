import type { Comparison } from "../model.js";
import { withVisibleControls } from "./controls.js";
import { renderGithub } from "./github.js";
import { renderHtml } from "./html.js";
import { renderJson, renderJsonLines } from "./json.js";
import { renderMarkup } from "./markup.js";
import { renderSideBySide } from "./side-by-side.js";
import { renderStat } from "./stat.js";
import { renderTerminal } from "./terminal.js";
import type { View } from "./view.js";

export type Renderer = (comparison: Comparison, view: View) => string;

export const FORMATS = ["terminal", "side-by-side", "json", "jsonl", "html", "markup", "github", "stat"] as const;
export type Format = (typeof FORMATS)[number];

/** A view people read: control characters in the texts are shown, not obeyed (render/controls.ts). */
const readable =
  (render: Renderer): Renderer =>
  (comparison, view) =>
    render(withVisibleControls(comparison), view);

export const RENDERERS = {
  terminal: readable(renderTerminal),
  "side-by-side": readable(renderSideBySide),
  // JSON escapes control characters itself, and keeps the texts exactly as they are.
  json: renderJson,
  jsonl: renderJsonLines,
  // The page escapes what it shows itself, and embeds the JSON as read.
  html: renderHtml,
  markup: readable(renderMarkup),
  github: readable(renderGithub),
  stat: readable(renderStat),
} satisfies Record<Format, Renderer>;

export type { View } from "./view.js";

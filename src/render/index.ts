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

/** The settings of a View that the CLI's options set: --context, --width, --explain and --color. */
export type ViewSetting = "context" | "width" | "explain" | "color";

/**
 * The settings each format reads. An option that sets one its format does not read would have no
 * effect, so the CLI says so (test/render/index.test.ts checks each entry against the renderer).
 */
export const VIEW_SETTINGS_READ = {
  terminal: ["context", "width", "explain", "color"],
  "side-by-side": ["context", "width", "explain", "color"],
  // JSON holds every pair and every kind's evidence (`changes`), uncoloured and unwrapped.
  json: [],
  jsonl: [],
  // The page folds unchanged sentences as the terminal does; its colours and width are the browser's.
  html: ["context"],
  // The whole text, marked [-old-]{+new+}: no colour, no folding, no wrapping.
  markup: [],
  github: [],
  stat: [],
} satisfies Record<Format, readonly ViewSetting[]>;

export type { View } from "./view.js";

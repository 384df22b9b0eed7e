import type { Comparison } from "../model.js";
import { renderGithub } from "./github.js";
import { renderJson } from "./json.js";
import { renderMarkup } from "./markup.js";
import { renderSideBySide } from "./side-by-side.js";
import { renderStat } from "./stat.js";
import { renderTerminal } from "./terminal.js";
import type { View } from "./view.js";

export type Renderer = (comparison: Comparison, view: View) => string;

export const FORMATS = ["terminal", "side-by-side", "json", "markup", "github", "stat"] as const;
export type Format = (typeof FORMATS)[number];

export const RENDERERS = {
  terminal: renderTerminal,
  "side-by-side": renderSideBySide,
  json: renderJson,
  markup: renderMarkup,
  github: renderGithub,
  stat: renderStat,
} satisfies Record<Format, Renderer>;

export type { View } from "./view.js";

import type { Comparison } from "../model.js";
import { renderJson } from "./json.js";
import { renderMarkup } from "./markup.js";
import { renderTerminal } from "./terminal.js";
import type { View } from "./view.js";

export type Renderer = (comparison: Comparison, view: View) => string;

export const FORMATS = ["terminal", "json", "markup"] as const;
export type Format = (typeof FORMATS)[number];

export const RENDERERS = {
  terminal: renderTerminal,
  json: renderJson,
  markup: renderMarkup,
} satisfies Record<Format, Renderer>;

export type { View } from "./view.js";

import type { ChalkInstance } from "chalk";
import type { Painter, Style } from "../render/layout.js";

export const COLOR_WHENS = ["auto", "always", "never"] as const;
export type ColorWhen = (typeof COLOR_WHENS)[number];
export type ColorLevel = 0 | 1 | 2 | 3;

/** FORCE_COLOR as chalk and node read it: "0"/"false" off, "1".."3" a level, anything else on. */
function forcedLevel(value: string): ColorLevel {
  if (value === "0" || value === "false") return 0;
  if (value === "2" || value === "3") return Number(value) as ColorLevel;
  return 1;
}

/**
 * The colour level for this run. `never`/`always` win; under `auto`, FORCE_COLOR wins over
 * NO_COLOR (as in node itself), and otherwise colour is on only for a terminal.
 */
export function resolveColorLevel(
  when: ColorWhen,
  env: Readonly<Record<string, string | undefined>>,
  isTTY: boolean,
  terminalLevel: ColorLevel,
): ColorLevel {
  if (when === "never") return 0;
  const detected = Math.max(1, terminalLevel) as ColorLevel;
  if (when === "always") return env.FORCE_COLOR !== undefined ? (Math.max(1, forcedLevel(env.FORCE_COLOR)) as ColorLevel) : detected;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return 0;
  return isTTY ? detected : 0;
}

/** The painter for a colour level; chalk is loaded only when there is colour to paint. */
export async function painterFor(level: ColorLevel): Promise<Painter> {
  if (level === 0) return (text) => text;
  const { Chalk } = await import("chalk");
  const chalk = new Chalk({ level });
  const styles: Record<Style, ChalkInstance | null> = {
    plain: null,
    delete: chalk.red.strikethrough,
    insert: chalk.green,
    dim: chalk.dim,
    bold: chalk.bold,
    tag: chalk.cyan,
    moved: chalk.magenta,
    gutterDelete: chalk.red.bold,
    gutterInsert: chalk.green.bold,
    gutterChange: chalk.yellow.bold,
  };
  return (text, style) => {
    const paint = styles[style];
    return paint && text ? paint(text) : text;
  };
}

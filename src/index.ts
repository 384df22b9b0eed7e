// The library: what the newsdiff command does, as functions for programs built on it. Nothing here
// prints or exits; a problem with an input is a NewsdiffError with a `code`. The comparison is the
// same object the command prints as JSON (docs/json.md), typed field by field in model.ts.
import { compareTexts, type CompareOptions } from "./compare.js";
import { differs as gateDiffers, type Gate } from "./gate.js";
import { DEFAULT_MAX_SIZE, readArticleFile } from "./load/read.js";
import type { Encoding } from "./load/decode.js";
import type { Comparison, Kind } from "./model.js";
import { plainPainter } from "./render/layout.js";
import { RENDERERS, type Format } from "./render/index.js";
import { painterFor } from "./cli/color.js";
import { measureFor } from "./cli/measure.js";

export { compareTexts } from "./compare.js";
export type { ArticleText, CompareOptions } from "./compare.js";
export { NewsdiffError } from "./errors.js";
export type { NewsdiffErrorCode } from "./errors.js";
export { FORMATS } from "./render/index.js";
export type { Format } from "./render/index.js";
export { KINDS, RULE_NAMES } from "./model.js";
export type {
  AlignedPair,
  Comparison,
  Dateline,
  DiffToken,
  Evidence,
  Kind,
  Pair,
  PairOp,
  Removal,
  RuleName,
  Side,
  Summary,
  TokenOp,
} from "./model.js";
export type { Encoding } from "./load/decode.js";

export interface FileOptions extends CompareOptions {
  /** How to read bytes that are not UTF-8: "utf8" (the default: invalid bytes are an error) or "latin1". */
  encoding?: Encoding;
  /** Refuse a file larger than this many bytes, before reading it (default 64 MB). */
  maxSize?: number;
}

/**
 * Reads two article files and compares them. Throws a NewsdiffError (code "not-found",
 * "permission", "is-directory", "too-large", "binary", "invalid-encoding", "unreadable") naming the
 * path when a file cannot be read as an article.
 */
export async function compareFiles(oldPath: string, newPath: string, options: FileOptions = {}): Promise<Comparison> {
  const read = { encoding: options.encoding ?? "utf8", maxSize: options.maxSize ?? DEFAULT_MAX_SIZE };
  const oldText = readArticleFile(oldPath, read);
  const newText = readArticleFile(newPath, read);
  return compareTexts({ path: oldPath, text: oldText }, { path: newPath, text: newText }, { keep: options.keep });
}

/** Which changes count, as --ignore and --fail-on say on the command line. */
export interface GateOptions {
  /** Changes whose kinds are all in this list count as unchanged. */
  ignore?: Iterable<Kind>;
  /** Only changes with one of these kinds count. */
  failOn?: Iterable<Kind>;
}

function gateOf(options: GateOptions): Gate {
  return { ignore: new Set(options.ignore ?? []), failOn: options.failOn === undefined ? null : new Set(options.failOn) };
}

/** Whether the comparison holds a change that counts: what exit status 1 means on the command line. */
export function differs(comparison: Comparison, options: GateOptions = {}): boolean {
  return gateDiffers(comparison, gateOf(options));
}

export interface RenderOptions extends GateOptions {
  format?: Format;
  /** ANSI colour (as `--color always`); without it, changes are marked `[-removed-]{+added+}`. */
  color?: boolean;
  /** Wrap to this many columns; null or absent: no wrapping (side-by-side lays out 160). */
  width?: number | null;
  /** Unchanged sentences shown around each change (default 1). */
  context?: number;
  /** The evidence for each kind under its pair (terminal view). */
  explain?: boolean;
}

/** The comparison as one of the command's formats (default "terminal"), as text. */
export async function render(comparison: Comparison, options: RenderOptions = {}): Promise<string> {
  const format = options.format ?? "terminal";
  const view = {
    color: options.color === true,
    paint: options.color === true ? await painterFor(3) : plainPainter,
    measure: await measureFor(comparison),
    width: options.width ?? null,
    context: options.context ?? 1,
    explain: options.explain === true,
    gate: gateOf(options),
  };
  return RENDERERS[format](comparison, view);
}

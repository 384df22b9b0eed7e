// The library: what the newsdiff command does, as functions for programs built on it. Nothing here
// prints or exits; a problem with an input is a NewsdiffError with a `code`. The comparison is the
// same object the command prints as JSON (docs/json.md), typed field by field in model.ts.
import { compareArticles, type CompareOptions } from "./compare.js";
import { differs as gateDiffers, type Gate } from "./gate.js";
import { DEFAULT_TIMEOUT_SECONDS } from "./load/fetch.js";
import { loadInput, type LoadOptions } from "./load/input.js";
import { DEFAULT_MAX_SIZE } from "./load/read.js";
import { waybackBase } from "./load/wayback.js";
import { ARCHIVE_TIME_FORMAT, archiveTime, DEFAULT_ARCHIVE_REQUESTS, DEFAULT_CAPTURE_LIMIT, type ArchiveOptions } from "./load/archive.js";
import { NewsdiffError } from "./errors.js";
import { historySteps, type HistoryEvent, type HistoryStep } from "./history.js";

export type { HistoryEvent, HistoryStep } from "./history.js";
import type { Encoding } from "./load/decode.js";
import type { Comparison, Kind } from "./model.js";
import { plainPainter } from "./render/layout.js";
import { RENDERERS, type Format } from "./render/index.js";
import { painterFor } from "./cli/color.js";
import { measureFor } from "./cli/measure.js";

export { compareArticles, compareTexts } from "./compare.js";
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
  CaptureInfo,
  Kind,
  LanguageSource,
  PageMeta,
  Pair,
  RawArticle,
  PairOp,
  Removal,
  RuleName,
  Side,
  Summary,
  TokenOp,
} from "./model.js";
export type { Encoding } from "./load/decode.js";

export interface FileOptions extends CompareOptions {
  /** How to read text files that are not UTF-8: "utf8" (the default: invalid bytes are an error) or "latin1". Web pages are read by their charset. */
  encoding?: Encoding;
  /** Refuse an input larger than this many bytes (default 64 MB); a URL's body is cut off there. */
  maxSize?: number;
  /** For web pages: all visible text, not the article found in it. */
  wholePage?: boolean;
  /** For web pages: a CSS selector naming the article's element(s), in both versions, instead of the one Readability finds. */
  selector?: string;
  /** Milliseconds a URL may take (default 30,000). */
  timeout?: number;
  /** The Wayback Machine's address (default the public one). */
  waybackUrl?: string;
}

/**
 * Reads two versions and compares them: article files, saved web pages, or http(s) URLs (a Wayback
 * Machine capture URL is fetched raw). Throws a NewsdiffError naming the input when one cannot be
 * read as an article (code "not-found", "permission", "is-directory", "too-large", "binary",
 * "invalid-encoding", "unreadable", "no-article", "not-a-page", "http-status", "timeout", "network").
 */
export async function compareFiles(oldPath: string, newPath: string, options: FileOptions = {}): Promise<Comparison> {
  const load = loadOptionsOf(options);
  const [oldInput, newInput] = [await loadInput(oldPath, load), await loadInput(newPath, load)];
  return compareArticles(oldInput.article, newInput.article, { keep: options.keep, lang: options.lang });
}

function loadOptionsOf(options: FileOptions): LoadOptions {
  return {
    encoding: options.encoding ?? "utf8",
    maxSize: options.maxSize ?? DEFAULT_MAX_SIZE,
    keep: options.keep ?? new Set(),
    wholePage: options.wholePage === true,
    selector: options.selector ?? null,
    timeout: options.timeout ?? DEFAULT_TIMEOUT_SECONDS * 1000,
    save: null,
    userAgent: "newsdiff",
    waybackBase: waybackBase(options.waybackUrl),
  };
}

export interface HistoryOptions extends FileOptions {
  /** Only captures from / to these times: timestamps of 4 to 14 digits or ISO dates ("2024-03-04"). */
  from?: string;
  to?: string;
  /** At most this many distinct captures (default 50). */
  limit?: number;
  /** End with the live page. */
  live?: boolean;
  /** Requests to the archive at once (default 2). */
  concurrency?: number;
  /** Keep every capture (and the capture list) in this directory, and read from it what is there. */
  save?: string;
  /** Told of the capture list, each capture read, and each capture skipped (with the line the command prints). */
  onEvent?: (event: HistoryEvent) => void;
}

/**
 * A story's history rebuilt from the Wayback Machine (as `newsdiff --history URL`): its captures,
 * read as pages, folded where the article and headline did not change, each version compared with
 * the next. Steps come as they are ready, oldest first. A capture that cannot be read is told to
 * `onEvent` and skipped; a capture list that cannot be read, or an archive that refuses five times
 * in a row (code "refused"), throws a NewsdiffError.
 */
export function compareHistory(url: string, options: HistoryOptions = {}): AsyncGenerator<HistoryStep> {
  const time = (value: string | undefined, name: string) => {
    if (value === undefined) return null;
    const parsed = archiveTime(value);
    if (parsed === null) throw new NewsdiffError(`${name} takes a time as ${ARCHIVE_TIME_FORMAT}`, value, "usage");
    return parsed;
  };
  const load = loadOptionsOf(options);
  const archive: ArchiveOptions = {
    base: load.waybackBase,
    timeout: load.timeout,
    maxSize: load.maxSize,
    userAgent: load.userAgent,
    from: time(options.from, "from"),
    to: time(options.to, "to"),
    limit: options.limit ?? DEFAULT_CAPTURE_LIMIT,
    concurrency: options.concurrency ?? DEFAULT_ARCHIVE_REQUESTS,
    save: options.save ?? null,
  };
  return historySteps(url, { archive, load, compare: { keep: options.keep, lang: options.lang }, live: options.live === true, onEvent: options.onEvent });
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
  /** The evidence for each kind under its pair (the terminal and side-by-side views). */
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

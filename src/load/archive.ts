// A story's captures in the Wayback Machine: listed by the archive's CDX API, fetched raw (id_),
// politely (a few requests at a time, Retry-After honoured), and kept with --save so that a second
// run fetches nothing it has. NEWSDIFF_WAYBACK_URL points all of it at another archive.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NewsdiffError } from "../errors.js";
import { sha256 } from "../text/hash.js";
import { fetchPage, HttpStatusError, type FetchedPage } from "./fetch.js";
import { savedHeaders, savedName, savePage } from "./input.js";

export interface ArchiveOptions {
  /** The archive's address (wayback.ts waybackBase). */
  base: string;
  timeout: number;
  maxSize: number;
  userAgent: string;
  /** Only captures from / to these times (timestamps of 4 to 14 digits), or null. */
  from: string | null;
  to: string | null;
  /** At most this many distinct captures (by digest). */
  limit: number;
  /** Requests in flight to the archive at once. */
  concurrency: number;
  /** Keep every capture here, with its headers; read what is already there instead of fetching it. */
  save: string | null;
}

/** One distinct capture, and the captures of the same bytes right after it that it stands for. */
export interface CaptureEntry {
  timestamp: string;
  /** The archived page's URL as the archive has it. */
  original: string;
  status: string;
  digest: string;
  /** Captures this entry stands for: itself and the identical ones after it. */
  captures: number;
  /** The timestamp of the last of those. */
  last: string;
}

export interface CaptureList {
  captures: CaptureEntry[];
  /** Distinct captures past --limit, and the first of them. */
  leftOut: number;
  firstLeftOut: string | null;
  /** Captures the archive recorded with a 4xx or 5xx status, skipped. */
  failedStatus: number;
  /** Captures of the URL in the archive, in all. */
  total: number;
}

/** Distinct captures --history URL reads by default: a story edited all day is a few dozen; more is a long wait on the archive. */
export const DEFAULT_CAPTURE_LIMIT = 50;
/** Requests to the archive at once unless --jobs says otherwise: the archive asks clients to be gentle. */
export const DEFAULT_ARCHIVE_REQUESTS = 2;

/** Statuses that ask a client to come back later, honouring Retry-After. */
const REFUSALS = new Set([429, 503]);
/**
 * Refusals of one request in a row before the run gives up: the archive asks clients that go on
 * to be blocked, and five waits (up to MAX_WAIT_SECONDS each) are minutes of patience.
 */
export const MAX_REFUSALS = 5;
/** Waits without Retry-After double from here: 1, 2, 4, 8 s. */
const FIRST_WAIT_SECONDS = 1;
/** A Retry-After longer than this is waited this long, and asked again then. */
const MAX_WAIT_SECONDS = 60;

const CDX_TYPES = /^\s*(?:application\/json|text\/plain|text\/json)\s*(?:;|$)/iu;

/** The seconds a Retry-After header asks for (a number, or an HTTP date), bounded; null when it says nothing usable. */
export function retryAfterSeconds(header: string | null, now = Date.now()): number | null {
  if (header === null) return null;
  const trimmed = header.trim();
  if (/^\d+$/u.test(trimmed)) return Math.min(Number(trimmed), MAX_WAIT_SECONDS);
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? null : Math.min(Math.max(0, Math.ceil((time - now) / 1000)), MAX_WAIT_SECONDS);
}

/** How --from and --to (the library's from and to) are written, for the messages that refuse another. */
export const ARCHIVE_TIME_FORMAT = "YYYY[MMDD[hhmmss]] or YYYY-MM-DD";

/** A timestamp or date as the CDX API takes it: "2024-03-04" → "20240304"; null when it is neither. */
export function archiveTime(value: string): string | null {
  const digits = value.replace(/[-:T ]/gu, "").replace(/Z$/u, "");
  return /^\d{4,14}$/u.test(digits) ? digits : null;
}

/** A capture's timestamp as ISO 8601 ("20240304101500" → "2024-03-04T10:15:00Z"). */
export function captureTime(timestamp: string): string {
  const t = timestamp.padEnd(14, "0");
  return `${t.slice(0, 4)}-${t.slice(4, 6)}-${t.slice(6, 8)}T${t.slice(8, 10)}:${t.slice(10, 12)}:${t.slice(12, 14)}Z`;
}

/** The raw capture (no toolbar, links as captured), the capture as the archive shows it, and its diff view of two. */
export const rawCaptureUrl = (base: string, timestamp: string, original: string) => `${base}/web/${timestamp}id_/${original}`;
export const captureUrl = (base: string, timestamp: string, original: string) => `${base}/web/${timestamp}/${original}`;
export const archiveDiffUrl = (base: string, from: string, to: string, original: string) => `${base}/web/diff/${from}/${to}/${original}`;

/**
 * Requests to the archive: at most `concurrency` in flight, each refused request (429, 503) asked
 * again after its Retry-After (else after 1, 2, 4… s), and the run stopped with one line after
 * MAX_REFUSALS refusals in a row. `sleep` is the test's to replace.
 */
export class ArchiveClient {
  private inFlight = 0;
  private readonly waiting: (() => void)[] = [];
  /** Requests made, for tests and the bench. */
  requests = 0;

  constructor(
    private readonly options: Pick<ArchiveOptions, "timeout" | "maxSize" | "userAgent" | "concurrency">,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  ) {}

  private async slot<T>(work: () => Promise<T>): Promise<T> {
    if (this.inFlight >= this.options.concurrency) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.inFlight += 1;
    try {
      return await work();
    } finally {
      this.inFlight -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Fetches one URL of the archive, waiting and asking again while it is refused. */
  async fetch(url: string, accept?: RegExp, within?: string): Promise<FetchedPage> {
    for (let refusals = 0; ; refusals++) {
      try {
        return await this.slot(() => {
          this.requests += 1;
          return fetchPage(url, { ...this.options, accept, within });
        });
      } catch (error) {
        if (!(error instanceof HttpStatusError) || !REFUSALS.has(error.status)) throw error;
        if (refusals + 1 >= MAX_REFUSALS) {
          throw new NewsdiffError(`the archive refused ${MAX_REFUSALS} times in a row (HTTP ${error.status}); try again later, or with --jobs 1`, url, "refused");
        }
        const seconds = retryAfterSeconds(error.retryAfter) ?? FIRST_WAIT_SECONDS * 2 ** refusals;
        await this.sleep(seconds * 1000);
      }
    }
  }
}

/** The CDX query for a URL's captures. */
function cdxUrl(url: string, options: Pick<ArchiveOptions, "base" | "from" | "to">): string {
  const query = new URLSearchParams({ url, output: "json", fl: "timestamp,original,statuscode,digest,mimetype" });
  if (options.from !== null) query.set("from", options.from);
  if (options.to !== null) query.set("to", options.to);
  return `${options.base}/cdx/search/cdx?${query}`;
}

const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml|warc\/revisit|unk)$/iu;

/**
 * The captures of a URL, oldest first: HTML captures (and redirects, which the archive follows to
 * the capture they lead to), the same bytes captured again folded into the first (by digest),
 * captures recorded with a 4xx or 5xx status counted and left out, at most `limit` distinct ones.
 */
export function readCaptureList(rows: unknown, limit: number): CaptureList {
  if (!Array.isArray(rows)) throw new Error("not a list");
  const [header, ...records] = rows as unknown[][];
  const field = (name: string) => (Array.isArray(header) ? header.indexOf(name) : -1);
  const [ts, original, status, digest, mime] = ["timestamp", "original", "statuscode", "digest", "mimetype"].map(field) as [number, number, number, number, number];
  if (ts < 0 || original < 0) throw new Error("no timestamp and original columns");
  const distinct: CaptureEntry[] = [];
  let failedStatus = 0;
  for (const record of records) {
    const text = (index: number) => (index >= 0 && typeof record[index] === "string" ? (record[index] as string) : "");
    const code = text(status);
    if (/^[45]\d\d$/u.test(code)) {
      failedStatus += 1;
      continue;
    }
    if (mime >= 0 && !HTML_TYPES.test(text(mime))) continue;
    const previous = distinct[distinct.length - 1];
    // The same bytes again (a revisit record says so with status "-"): one version, captured again.
    if (previous && text(digest) !== "" && previous.digest === text(digest)) {
      previous.captures += 1;
      previous.last = text(ts);
      continue;
    }
    distinct.push({ timestamp: text(ts), original: text(original), status: code, digest: text(digest), captures: 1, last: text(ts) });
  }
  const kept = distinct.slice(0, limit);
  return {
    captures: kept,
    leftOut: distinct.length - kept.length,
    firstLeftOut: distinct[limit]?.timestamp ?? null,
    failedStatus,
    total: records.length,
  };
}

/** Where --save keeps the capture list of a query. */
function savedListPath(dir: string, query: string): string {
  return join(dir, `cdx-${sha256(query).slice(0, 12)}.json`);
}

/**
 * Lists a URL's captures. With --save the list is kept; when the archive cannot be reached, a
 * list kept before is used instead, and `offline` says so.
 */
export async function listCaptures(url: string, options: ArchiveOptions, client: ArchiveClient): Promise<CaptureList & { offline: boolean }> {
  const query = cdxUrl(url, options);
  let body: string;
  let offline = false;
  try {
    body = Buffer.from((await client.fetch(query, CDX_TYPES)).bytes).toString("utf8");
    if (options.save !== null) {
      mkdirSync(options.save, { recursive: true });
      writeFileSync(savedListPath(options.save, query), body);
    }
  } catch (error) {
    const saved = options.save === null ? null : savedListPath(options.save, query);
    if (saved === null || !existsSync(saved) || !(error instanceof NewsdiffError) || !["network", "timeout"].includes(error.code)) throw error;
    body = readFileSync(saved, "utf8");
    offline = true;
  }
  let rows: unknown;
  try {
    // An archive with no capture of the URL answers with an empty body.
    rows = body.trim() === "" ? [["timestamp", "original"]] : JSON.parse(body);
  } catch {
    throw new NewsdiffError("the archive's capture list is not JSON", query, "unreadable");
  }
  try {
    return { ...readCaptureList(rows, options.limit), offline };
  } catch (error) {
    throw new NewsdiffError(`the archive's capture list cannot be read: ${(error as Error).message}`, query, "unreadable");
  }
}

/** A capture's bytes and headers: from --save's directory when there, else fetched (and saved). */
export async function fetchCapture(entry: CaptureEntry, options: ArchiveOptions, client: ArchiveClient): Promise<{ page: FetchedPage; fromSave: boolean }> {
  const raw = rawCaptureUrl(options.base, entry.timestamp, entry.original);
  if (options.save !== null) {
    const path = join(options.save, savedName(raw));
    const headers = existsSync(path) ? savedHeaders(path) : null;
    if (headers !== null) {
      const bytes = readFileSync(path);
      return { page: { ...headers, contentType: headers.headers["content-type"] ?? null, bytes }, fromSave: true };
    }
  }
  // A redirect capture leads to another capture of the archive, and only there.
  const page = await client.fetch(raw, undefined, `${options.base}/web/`);
  page.requested = raw;
  if (options.save !== null) savePage(page, options.save);
  return { page, fromSave: false };
}

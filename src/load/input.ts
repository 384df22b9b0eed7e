// One input, whatever it is, into the article model: a text file in the article layout, a saved
// web page, a live URL or a Wayback Machine capture. The page loader is loaded only for pages.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { NewsdiffError } from "../errors.js";
import { sha256 } from "../text/hash.js";
import type { RawArticle, RuleName } from "../model.js";
import { decodeArticle, type Encoding } from "./decode.js";
import { fetchPage, isUrl, type FetchedPage } from "./fetch.js";
import { isWebPage, loadPage } from "./page/index.js";
import { dayOf } from "./page/meta.js";
import { parseArticle } from "./parse.js";
import { readInputBytes } from "./read.js";
import { mementoTime, parseCapture } from "./wayback.js";

export interface LoadOptions {
  maxSize: number;
  encoding: Encoding;
  keep: ReadonlySet<RuleName>;
  /** A page's whole visible text, not the article found in it. */
  wholePage: boolean;
  /** A CSS selector naming a page's article element(s), or null for the one Readability finds. */
  selector: string | null;
  /** Milliseconds a URL may take. */
  timeout: number;
  /** Keep each fetched page (and its headers) in this directory. */
  save: string | null;
  userAgent: string;
  /** The Wayback Machine's address (wayback.ts waybackBase). */
  waybackBase: string;
}

/** What --save writes beside a page: enough to read it offline as it was read online. */
export interface SavedHeaders {
  requested: string;
  url: string;
  status: number;
  headers: Record<string, string>;
}

const SIDECAR = ".headers.json";

/** A file name for a fetched page: its host and path, and a hash of the whole URL so that two never collide. */
export function savedName(url: string): string {
  const parsed = new URL(url);
  const slug = `${parsed.host}${parsed.pathname}`.replace(/[^A-Za-z0-9.-]+/gu, "_").replace(/^_+|_+$/gu, "").slice(0, 100);
  return `${slug}-${sha256(url).slice(0, 8)}.html`;
}

export function savePage(page: FetchedPage, dir: string): string {
  const path = join(dir, savedName(page.requested));
  try {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, page.bytes);
    const sidecar: SavedHeaders = { requested: page.requested, url: page.url, status: page.status, headers: page.headers };
    writeFileSync(path + SIDECAR, `${JSON.stringify(sidecar, null, 2)}\n`);
  } catch (error) {
    throw new NewsdiffError(`cannot save the page: ${(error as Error).message}`, dir, "unreadable");
  }
  return path;
}

/** The headers --save kept beside a saved page, or null. */
export function savedHeaders(path: string): SavedHeaders | null {
  try {
    return JSON.parse(readFileSync(path + SIDECAR, "utf8")) as SavedHeaders;
  } catch {
    return null;
  }
}

/** What a page's response says of it: its type (and charset), its own URL, a capture's time. */
export interface PageContext {
  contentType: string | null;
  contentLanguage: string | null;
  url: string | null;
  captured: string | null;
}

export function contextOf(saved: Pick<SavedHeaders, "url" | "headers">, base: string): PageContext {
  const capture = parseCapture(saved.url, base);
  return {
    contentType: saved.headers["content-type"] ?? null,
    contentLanguage: saved.headers["content-language"] ?? null,
    url: capture ? capture.original : saved.url,
    captured: mementoTime(saved.headers["memento-datetime"]),
  };
}

export async function fromBytes(bytes: Uint8Array, path: string, context: PageContext, options: LoadOptions): Promise<RawArticle> {
  if (isWebPage(bytes, context.url ?? path, context.contentType)) {
    return loadPage({ bytes, path, contentType: context.contentType, contentLanguage: context.contentLanguage, url: context.url, date: dayOf(context.captured), keep: options.keep, wholePage: options.wholePage, selector: options.selector });
  }
  return parseArticle(decodeArticle(bytes, path, options.encoding), path);
}

export interface Loaded {
  article: RawArticle;
  /** Where --save kept a fetched page. */
  saved: string | null;
}

/** Loads a file, `-`, a URL or a Wayback capture URL as an article. Every failure is a NewsdiffError naming the input. */
export async function loadInput(source: string, options: LoadOptions): Promise<Loaded> {
  if (isUrl(source)) {
    const base = options.waybackBase;
    const capture = parseCapture(source, base);
    const page = await fetchPage(capture ? capture.raw : source, { timeout: options.timeout, maxSize: options.maxSize, userAgent: options.userAgent });
    page.requested = source;
    const saved = options.save === null ? null : savePage(page, options.save);
    return { article: await fromBytes(page.bytes, source, contextOf(page, base), options), saved };
  }
  const bytes = await readInputBytes(source, options);
  // A page that --save kept is read with the headers it came with (its charset, URL, capture time).
  const sidecar = source === "-" || !isWebPage(bytes, source) ? null : savedHeaders(source);
  const context = sidecar ? contextOf(sidecar, options.waybackBase) : { contentType: null, contentLanguage: null, url: null, captured: null };
  return { article: await fromBytes(bytes, source, context, options), saved: null };
}

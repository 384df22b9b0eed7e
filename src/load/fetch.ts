// Live pages: fetched with node's own fetch, bounded in time and size, redirects followed by hand
// so that their number is bounded and a loop is named. Nothing is written unless --save asks.
import { NewsdiffError } from "../errors.js";

export interface FetchOptions {
  /** Milliseconds for the whole exchange: connection, redirects and body. */
  timeout: number;
  maxSize: number;
  userAgent: string;
  /** Content types taken (default: HTML, XHTML and plain text). */
  accept?: RegExp;
  /** Redirects are followed only to URLs that start with this (an archive's captures stay in the archive). */
  within?: string;
}

/** A response whose status is not 2xx: with the status, and a Retry-After header as sent, for a client that waits and asks again. */
export class HttpStatusError extends NewsdiffError {
  constructor(
    message: string,
    path: string,
    readonly status: number,
    readonly retryAfter: string | null,
  ) {
    super(message, path, "http-status");
  }
}

export interface FetchedPage {
  /** The URL as the user gave it. */
  requested: string;
  /** The URL of the response, after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  contentType: string | null;
  bytes: Uint8Array;
}

/** As browsers do (Chromium and Firefox stop at 20, curl at 50): ten is more than a news site needs. */
export const MAX_REDIRECTS = 10;
/** 30 seconds: a slow news site under load answers in well under that; a dead one never will. */
export const DEFAULT_TIMEOUT_SECONDS = 30;

const ACCEPTED_TYPES = /^\s*(?:text\/html|application\/xhtml\+xml|text\/plain)\s*(?:;|$)/iu;

export function isUrl(input: string): boolean {
  return /^https?:\/\//iu.test(input);
}

/** Why a fetch failed, as one line: the system's code for a network failure, not undici's "fetch failed". */
function describeFetchError(error: unknown, url: string, timeout: number): NewsdiffError {
  const name = (error as Error | undefined)?.name;
  if (name === "TimeoutError" || name === "AbortError") return new NewsdiffError(`timed out after ${timeout / 1000} s`, url, "timeout");
  const cause = (error as { cause?: NodeJS.ErrnoException } | undefined)?.cause;
  const code = cause?.code ?? "";
  const messages: Record<string, string> = {
    ENOTFOUND: "DNS lookup failed: no such host",
    EAI_AGAIN: "DNS lookup failed (temporary)",
    ECONNREFUSED: "connection refused",
    ECONNRESET: "connection reset by the server",
    ETIMEDOUT: "connection timed out",
    EHOSTUNREACH: "host unreachable",
    ENETUNREACH: "network unreachable",
    UND_ERR_SOCKET: "connection closed by the server",
    UND_ERR_HEADERS_TIMEOUT: `timed out after ${timeout / 1000} s`,
    UND_ERR_BODY_TIMEOUT: `timed out after ${timeout / 1000} s`,
  };
  if (cause && (cause.name === "TimeoutError" || cause.name === "AbortError")) return new NewsdiffError(`timed out after ${timeout / 1000} s`, url, "timeout");
  const message = messages[code] ?? `cannot fetch: ${cause?.message ?? (error as Error | undefined)?.message ?? String(error)}`;
  return new NewsdiffError(message, url, code.startsWith("UND_ERR_") && code.endsWith("TIMEOUT") ? "timeout" : "network");
}

/** Reads a response's body to its end, or fails as soon as it passes maxSize (an endless body ends there). */
async function readBody(response: Response, url: string, maxSize: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxSize) throw new NewsdiffError(`page is ${declared} bytes, over --max-size ${maxSize}`, url, "too-large");
  if (response.body === null) return new Uint8Array(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxSize) {
      await reader.cancel().catch(() => undefined);
      throw new NewsdiffError(`page larger than --max-size ${maxSize} bytes`, url, "too-large");
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** Fetches one page: redirects followed (at most MAX_REDIRECTS), a status that is not 2xx or a body that is no page is an error. */
export async function fetchPage(requested: string, options: FetchOptions): Promise<FetchedPage> {
  if (!URL.canParse(requested)) throw new NewsdiffError("not a valid URL", requested, "usage");
  const signal = AbortSignal.timeout(options.timeout);
  const seen = new Set<string>();
  let url = requested;
  try {
    for (let redirects = 0; ; redirects++) {
      seen.add(url);
      // gzip, deflate and br are asked for and decoded by fetch itself.
      const response = await fetch(url, { redirect: "manual", signal, headers: { "user-agent": options.userAgent, accept: "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1" } });
      const location = response.headers.get("location");
      if (response.status >= 300 && response.status < 400 && location !== null) {
        await response.body?.cancel().catch(() => undefined);
        const next = new URL(location, url).href;
        if (seen.has(next)) throw new NewsdiffError(`redirect loop: ${next} again after ${redirects + 1} redirects`, requested, "http-status");
        if (redirects + 1 > MAX_REDIRECTS) throw new NewsdiffError(`more than ${MAX_REDIRECTS} redirects`, requested, "http-status");
        if (!/^https?:$/u.test(new URL(next).protocol)) throw new NewsdiffError(`redirected to ${next}, not an http(s) URL`, requested, "http-status");
        if (options.within !== undefined && !next.startsWith(options.within)) throw new NewsdiffError(`redirected out of the archive, to ${next}`, requested, "http-status");
        url = next;
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel().catch(() => undefined);
        const where = url === requested ? "" : ` at ${url}`;
        throw new HttpStatusError(`HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ""}${where}`, requested, response.status, response.headers.get("retry-after"));
      }
      const contentType = response.headers.get("content-type");
      if (contentType !== null && !(options.accept ?? ACCEPTED_TYPES).test(contentType)) {
        await response.body?.cancel().catch(() => undefined);
        throw new NewsdiffError(`not a web page or text (content-type ${contentType.split(";")[0]!.trim()})`, requested, "not-a-page");
      }
      const bytes = await readBody(response, requested, options.maxSize);
      const headers: Record<string, string> = {};
      response.headers.forEach((value, key) => (headers[key] = value));
      return { requested, url, status: response.status, headers, contentType, bytes };
    }
  } catch (error) {
    if (error instanceof NewsdiffError) throw error;
    throw describeFetchError(error, requested, options.timeout);
  }
}

// The Wayback Machine: a capture's address is the archive's base, /web/, a timestamp of up to 14
// digits (YYYYMMDDhhmmss, the archive finds the capture nearest a shorter one), a flag, and the
// page's own URL. The "id_" flag asks for the page as it was captured, without the archive's
// toolbar and rewritten links; the capture's time comes back in the Memento-Datetime header.

/** The public archive; NEWSDIFF_WAYBACK_URL points newsdiff at another (a mirror, a test server). */
export const PUBLIC_WAYBACK = "https://web.archive.org";

const CAPTURE = /^\/web\/(\d{1,14})(?:[a-z]{2}_|\*)?\/(.+)$/u;

/** The archive's address to use: the one given (NEWSDIFF_WAYBACK_URL, the library's waybackUrl), else the public one. */
export function waybackBase(address: string | undefined): string {
  return (address || PUBLIC_WAYBACK).replace(/\/+$/u, "");
}

export interface Capture {
  timestamp: string;
  /** The archived page's own URL. */
  original: string;
  /** The address that gives the capture raw (id_). */
  raw: string;
}

/** A capture URL of the public archive or of `base` read apart, or null for any other URL. */
export function parseCapture(url: string, base: string): Capture | null {
  for (const archive of new Set([base, PUBLIC_WAYBACK])) {
    if (!url.startsWith(`${archive}/web/`)) continue;
    const match = CAPTURE.exec(url.slice(archive.length));
    if (!match) return null;
    const [, timestamp, original] = match as unknown as [string, string, string];
    return { timestamp, original, raw: `${archive}/web/${timestamp}id_/${original}` };
  }
  return null;
}

/** The raw capture of `url` nearest `timestamp` (the archive redirects to it). */
export function captureNear(url: string, timestamp: string, base: string): string {
  return `${base}/web/${timestamp}id_/${url}`;
}

/** A --wayback timestamp: 4 to 14 digits (a year up to a second), as the archive takes them. */
export function isWaybackTimestamp(text: string): boolean {
  return /^\d{4,14}$/u.test(text);
}

/** Memento-Datetime ("Tue, 11 Jan 2022 00:05:12 GMT") as ISO 8601, or null. */
export function mementoTime(header: string | undefined): string | null {
  if (header === undefined) return null;
  const time = Date.parse(header);
  return Number.isNaN(time) ? null : new Date(time).toISOString().replace(/\.000Z$/u, "Z");
}

import type { RawArticle } from "../model.js";

const HEADER = /^[ \t]*date[ \t]+(\S+)(?:[ \t]+(.*?))?[ \t]*$/u;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const BLANK = /^[ \t\u00a0]*$/u;

/** The header's date when it names a real calendar day, else null. */
export function parseIsoDate(text: string): string | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const day = new Date(Date.UTC(y, m - 1, d));
  const real = day.getUTCFullYear() === y && day.getUTCMonth() === m - 1 && day.getUTCDate() === d;
  return real ? text : null;
}

/** Line endings of every platform become `\n`: CRLF and lone CR files read like LF ones. */
export function unifyLineEndings(text: string): string {
  // A plain search first: most files have no CR at all, and the pattern scanned all of each.
  return text.includes("\r") ? text.replace(/\r\n?/gu, "\n") : text;
}

export interface Header {
  /** The date as written after `date`. */
  dateText: string;
  /** That date when it is a real calendar day, else null. */
  date: string | null;
  caption: string | null;
}

/** The `date YYYY-MM-DD [caption]` header, if `line` is one (leading space allowed). */
export function parseHeader(line: string): Header | null {
  const match = HEADER.exec(line);
  if (!match) return null;
  const [, dateText = "", caption] = match;
  return { dateText, date: parseIsoDate(dateText), caption: caption ? caption : null };
}

/**
 * Reads the article layout: an optional first line `date YYYY-MM-DD` (leading space allowed), whose
 * remaining text is the photo caption in the Reuters layout, then paragraphs separated by blank lines.
 */
export function parseArticle(text: string, path: string): RawArticle {
  const unified = unifyLineEndings(text);
  const newline = unified.indexOf("\n");
  const firstLine = newline === -1 ? unified : unified.slice(0, newline);
  const header = parseHeader(firstLine);
  const warnings: string[] = [];
  if (header && header.date === null) warnings.push(`not a valid date "${header.dateText}" in the header; date taken as unknown (${path})`);
  const date = header?.date ?? null;
  const headerCaption = header?.caption ?? null;
  const body = !header ? unified : newline === -1 ? "" : unified.slice(newline + 1);
  const paragraphs: string[] = [];
  const paragraphLines: number[] = [];
  const lines = body.split("\n");
  const firstBodyLine = header ? 2 : 1;
  let current: string[] = [];
  let startLine = 0;
  const flush = () => {
    const text = current.join("\n").trim();
    if (text) {
      paragraphs.push(text);
      paragraphLines.push(startLine);
    }
    current = [];
  };
  lines.forEach((line, index) => {
    if (BLANK.test(line)) {
      flush();
      return;
    }
    if (current.length === 0) startLine = firstBodyLine + index;
    current.push(line);
  });
  flush();
  return { path, date, header: header ? firstLine : null, headerCaption, paragraphs, paragraphLines, warnings };
}

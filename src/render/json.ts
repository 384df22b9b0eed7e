import type { Comparison } from "../model.js";

/** JSON document version; bumped only for a change that is not a documented addition. */
export const JSON_VERSION = 1;

/** The pair document of docs/json.md, with its keys in the documented order. */
export function jsonDocument(comparison: Comparison): object {
  const side = (s: Comparison["old"]) => ({
    path: s.path,
    date: s.date,
    dateline: s.dateline,
    sentences: s.sentences,
    paragraphs: s.paragraphs,
    lines: s.lines,
    removed: s.removed,
    title: s.title,
    byline: s.byline,
    url: s.url,
    published: s.published,
    modified: s.modified,
    lang: s.lang,
    langFrom: s.langFrom,
    ...(s.capture === undefined ? {} : { capture: s.capture }),
  });
  return {
    version: JSON_VERSION,
    old: side(comparison.old),
    new: side(comparison.new),
    headline: comparison.headline,
    // compare.ts builds each pair with exactly the documented keys, in order (the schema test and
    // the fixtures' exact JSON hold it to that): copying ~12,000 pairs of a long story cost 10 ms.
    pairs: comparison.pairs,
    summary: comparison.summary,
    degraded: comparison.degraded === true,
    warnings: comparison.warnings,
  };
}

export function renderJson(comparison: Comparison): string {
  return `${JSON.stringify(jsonDocument(comparison), null, 2)}\n`;
}

/**
 * One line of JSON Lines: the pair document, with where it belongs first — its story and step
 * (1-based) under --history, null otherwise — so that every line has the same columns.
 */
export function jsonLine(comparison: Comparison, story: string | null = null, step: number | null = null): string {
  return `${JSON.stringify({ story, step, ...jsonDocument(comparison) })}\n`;
}

export function renderJsonLines(comparison: Comparison): string {
  return jsonLine(comparison);
}

// Documents for many files are written while they are built, one list item at a time, so that
// memory follows one story or one file pair rather than the whole run.

/**
 * JSON text indented by two spaces, as it reads `depth` levels deep in a document (every line after
 * the first indented by 2 × depth more). JSON.stringify indents nested values itself, so the value
 * is wrapped `depth` arrays deep and the wrapper cut off: one pass, where re-indenting the text
 * afterwards cost as much again (~40 ms of a run over 1,000 pairs).
 */
export function indentedJson(value: unknown, depth: number): string {
  let wrapped = value;
  for (let level = 0; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  const opening = Array.from({ length: depth }, (_, level) => `[\n${"  ".repeat(level + 1)}`).join("");
  return text.slice(opening.length, text.length - closingLength(depth));
}

/** The length of what closes `depth` arrays wrapped around a value by JSON.stringify with two spaces: level k's "\n", 2k spaces and "]". */
const closingLength = (depth: number) => depth * (depth + 1);

/**
 * An item of a list `depth` levels deep, written after another one: a comma, a line break, the
 * indent and the value (see jsonStreamItem for the first item). The value is stringified after a
 * null in the innermost of `depth` arrays, and the text from the comma after that null is cut
 * out: a separator joined to the item afterwards made a second string of it, copied whole again
 * to be written (a run over 1,000 small pairs allocates 398 MB instead of 415; its time moved
 * within the machine's noise).
 */
export function jsonListItem(value: unknown, depth: number): string {
  let wrapped: unknown = [null, value];
  for (let level = 1; level < depth; level++) wrapped = [wrapped];
  const text = JSON.stringify(wrapped, null, 2);
  // The first comma of the text: nothing before it (array openings, null) holds one.
  return text.slice(text.indexOf(","), text.length - closingLength(depth));
}

/** `{ "version": 1, "<listKey>": [` — the start of a streamed document. */
export function openJsonStream(listKey: string): string {
  return `{\n  "version": ${JSON_VERSION},\n  ${JSON.stringify(listKey)}: [`;
}

/** One item of a streamed list, given as `jsonListItem(value, depth)`; the first has no comma before it. */
export function jsonStreamItem(item: string, first: boolean): string {
  return first ? item.slice(1) : item;
}

/** Closes the list and the document with the given members after it. */
export function closeJsonStream(hadItems: boolean, tail: Record<string, unknown>): string {
  const members = Object.entries(tail).map(([key, value]) => `  ${JSON.stringify(key)}: ${indentedJson(value, 1)}`);
  return `${hadItems ? "\n  " : ""}]${members.length > 0 ? `,\n${members.join(",\n")}` : ""}\n}\n`;
}

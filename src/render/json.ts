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
  });
  return {
    version: JSON_VERSION,
    old: side(comparison.old),
    new: side(comparison.new),
    pairs: comparison.pairs.map((pair) => ({
      op: pair.op,
      old: pair.old,
      new: pair.new,
      similarity: pair.similarity,
      tokens: pair.tokens,
      kinds: pair.kinds,
      ...(pair.degraded ? { degraded: true } : {}),
    })),
    summary: comparison.summary,
    degraded: comparison.degraded === true,
    warnings: comparison.warnings,
  };
}

export function renderJson(comparison: Comparison): string {
  return `${JSON.stringify(jsonDocument(comparison), null, 2)}\n`;
}

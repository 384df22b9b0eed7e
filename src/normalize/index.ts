import type { NormalizedArticle, RawArticle, Removal, RuleName } from "../model.js";
import { RULES, type WorkingArticle } from "./rules.js";
import { keptText, type SegmentedParagraph } from "./segments.js";

export { RULES } from "./rules.js";

export interface NormalizeOptions {
  /** Rules whose text stays in the body. */
  keep?: ReadonlySet<RuleName>;
}

/**
 * Takes the boilerplate out of an article and reports each piece with its rule. Nothing else is
 * touched: the kept text plus the removals account for every character of the paragraphs.
 */
export function normalize(raw: RawArticle, options: NormalizeOptions = {}): NormalizedArticle {
  const keep = options.keep ?? new Set<RuleName>();
  const removed: Removal[] = [];
  const paragraphs: SegmentedParagraph[] = raw.paragraphs.map((text) => [{ text, rule: null }]);
  const lines = [...raw.paragraphLines];
  if (raw.headerCaption !== null) {
    if (keep.has("caption")) {
      paragraphs.unshift([{ text: raw.headerCaption, rule: null }]);
      lines.unshift(1);
    }
    else removed.push({ rule: "caption", text: raw.headerCaption });
  }
  const article: WorkingArticle = { paragraphs, dateline: null };
  for (const rule of RULES) {
    if (!keep.has(rule.name)) rule.apply(article);
  }
  for (const paragraph of article.paragraphs) {
    for (const segment of paragraph) {
      const text = segment.text.trim();
      if (segment.rule !== null && text.length > 0) removed.push({ rule: segment.rule, text });
    }
  }
  const kept = article.paragraphs.map((paragraph, index) => ({ text: keptText(paragraph).trim(), line: lines[index]! }));
  const body = kept.filter((paragraph) => paragraph.text.length > 0);
  return {
    path: raw.path,
    date: raw.date,
    dateline: article.dateline,
    paragraphs: body.map((paragraph) => paragraph.text),
    paragraphLines: body.map((paragraph) => paragraph.line),
    removed,
    warnings: raw.warnings,
  };
}

import type { NormalizedArticle, RawArticle, Removal, RuleName } from "../model.js";
import { mayHoldFurniture } from "../text/furniture.js";
import { RULES, versionSlugOf, type WorkingArticle } from "./rules.js";
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
  // A page's loader took its boilerplate out of the markup: those removals come first, as read.
  const removed: Removal[] = raw.removed ? [...raw.removed] : [];
  // A page's headline carries a wire's version marker as a text's first paragraph does ("UPDATE 2-…").
  let page = raw.page;
  const titleSlug = page?.title && !keep.has("editor-note") ? versionSlugOf(page.title) : null;
  if (page && titleSlug !== null) {
    removed.push({ rule: "editor-note", text: titleSlug.trim() });
    page = { ...page, title: page.title!.slice(titleSlug.length) };
  }
  const paragraphs: SegmentedParagraph[] = raw.paragraphs.map((text) => [{ text, rule: null }]);
  const lines = [...raw.paragraphLines];
  if (raw.headerCaption !== null) {
    if (keep.has("caption")) {
      paragraphs.unshift([{ text: raw.headerCaption, rule: null }]);
      lines.unshift(1);
    }
    else removed.push({ rule: "caption", text: raw.headerCaption });
  }
  const article: WorkingArticle = { paragraphs, dateline: null, furniture: mayHoldFurniture(raw.paragraphs) ? undefined : null };
  for (const rule of RULES) {
    if (!keep.has(rule.name)) rule.apply(article);
  }
  // Indexed loops over the paragraphs: a long story has thousands (see align/index.ts).
  const bodyParagraphs: string[] = [];
  const bodyLines: number[] = [];
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index]!;
    for (let k = 0; k < paragraph.length; k++) {
      const segment = paragraph[k]!;
      if (segment.rule === null) continue;
      const text = segment.text.trim();
      if (text.length > 0) removed.push({ rule: segment.rule, text });
    }
    const text = keptText(paragraph).trim();
    if (text.length === 0) continue;
    bodyParagraphs.push(text);
    bodyLines.push(lines[index]!);
  }
  const normalized: NormalizedArticle = {
    path: raw.path,
    date: raw.date,
    dateline: article.dateline,
    paragraphs: bodyParagraphs,
    paragraphLines: bodyLines,
    removed,
    warnings: raw.warnings,
  };
  if (page) normalized.page = page;
  return normalized;
}

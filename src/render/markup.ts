import type { Comparison } from "../model.js";
import { tokenSpans } from "./spans.js";

/**
 * The whole new version with the changes marked inline, wdiff style: `[-removed-]{+added+}`, one
 * sentence a line, a blank line between paragraphs. No colour, no folding, nothing else.
 */
export function renderMarkup(comparison: Comparison): string {
  // A page's headline first, with a blank line, as it stands above the story.
  const lines: string[] = comparison.headline === null ? [] : [tokenSpans(comparison.headline.tokens, false).map((span) => span.text).join(""), ""];
  let paragraph: number | undefined;
  for (const pair of comparison.pairs) {
    const here = pair.new.length > 0 ? comparison.new.paragraphs[pair.new[0]!] : paragraph;
    if (paragraph !== undefined && here !== paragraph) lines.push("");
    paragraph = here;
    lines.push(tokenSpans(pair.tokens, false).map((span) => span.text.replace(/\s*\n\s*/gu, " ")).join(""));
  }
  return lines.length > 0 ? `${lines.join("\n")}\n` : "";
}

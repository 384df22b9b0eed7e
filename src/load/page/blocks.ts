// Paragraphs as a reader sees them: every block element (p, headings, list items, block quotes,
// table rows…) ends one. Text inside a block is joined as it reads, runs of white space collapsed;
// <br> is a line break; the cells of a table row are joined by tabs, so that a figures table reads
// as rows of label and figures.
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from "./dom.js";

const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "dialog", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main",
  "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr", "ul",
]);
const CELLS = new Set(["td", "th"]);
/** Elements whose text is never prose a reader sees. */
const SKIPPED = new Set(["script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "select", "textarea", "button", "head", "title", "link", "meta"]);

export interface Block {
  text: string;
  /** The element that opened the block: a leading h1 is the headline, not body. */
  tag: string;
}

// A <br> and a cell boundary stand in the text as private-use characters until the markup's own
// white space is collapsed, then become a line break and a tab.
const LINE_BREAK = "\ue000";
const CELL_BREAK = "\ue001";

/** A paragraph's text: spaces and line breaks from the markup collapsed, <br> kept as a line break. */
function tidy(text: string): string {
  return text
    .replace(/[ \t\n\r\f]+/gu, " ")
    .replace(/ ?\ue000 ?/gu, "\n")
    .replace(/(?: ?\ue001 ?)+$/gu, "")
    .replace(/ ?\ue001 ?/gu, "\t")
    .trim();
}

/**
 * The blocks of an element's text, in document order. The walk keeps its own stack, so that a
 * page nested 100,000 elements deep is read without running out of call stack.
 */
export function blocksOf(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let text = "";
  let tag = root.localName;
  const flush = (next: string) => {
    // Two line breaks in a row (<br><br>) part paragraphs, as older sites write them.
    for (const piece of tidy(text).split(/\n{2,}/u)) {
      const trimmed = piece.trim();
      if (trimmed !== "") blocks.push({ text: trimmed, tag });
    }
    text = "";
    tag = next;
  };
  // Entries are nodes to enter, or the name of a block being left (a string).
  const stack: (DomNode | { leave: string })[] = [root];
  while (stack.length > 0) {
    const entry = stack.pop()!;
    if ("leave" in entry) {
      if (BLOCKS.has(entry.leave)) flush("");
      else if (CELLS.has(entry.leave)) text += CELL_BREAK;
      continue;
    }
    if (entry.nodeType === TEXT_NODE) {
      text += entry.textContent ?? "";
      continue;
    }
    if (entry.nodeType !== ELEMENT_NODE) continue;
    const element = entry as DomElement;
    const name = element.localName;
    if (SKIPPED.has(name) || element.hasAttribute("hidden")) continue;
    if (name === "br") {
      text += LINE_BREAK;
      continue;
    }
    if (BLOCKS.has(name)) flush(name);
    stack.push({ leave: name });
    const children: DomNode[] = [];
    for (let child = element.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let k = children.length - 1; k >= 0; k--) stack.push(children[k]!);
  }
  flush("");
  return blocks;
}

// A web page into the article model: decoded by its charset, its own boilerplate taken out by
// named rules, the article found by Mozilla's Readability (the reader view of Firefox) over
// linkedom's DOM, and paragraphs read from the markup. This module and the libraries it imports are
// loaded only when an input is a web page (see lazy.ts): the text path never pays for them.
import { Readability } from "@mozilla/readability";
import iconv from "iconv-lite";
import { parseHTML } from "linkedom";
import type { NewsdiffErrorCode } from "../../errors.js";
import type { RawArticle, RuleName } from "../../model.js";
import { byteOrderMark, firstInvalidUtf8 } from "../decode.js";
import { blocksOf } from "./blocks.js";
import { pageCharset, type Charset } from "./charset.js";
import type { DomDocument, DomElement } from "./dom.js";
import { dayOf, readPageMeta } from "./meta.js";
import { endsLikeSentence } from "../../text/sentence-end.js";
import { collapsed, removePageBoilerplate, unmarkProse } from "./rules.js";

export interface PageInput {
  bytes: Uint8Array;
  /** The input as the user named it: a file's path or a URL. */
  path: string;
  /** The server's Content-Type (for a fetched page), or null. */
  contentType: string | null;
  /** The server's Content-Language, or null: the page's language when its markup does not say. */
  contentLanguage?: string | null;
  /** The URL the page was fetched from in the end (after redirects), or null for a file. */
  url: string | null;
  /** When the page's date is known otherwise (a Wayback capture's time), that day. */
  date: string | null;
  keep: ReadonlySet<RuleName>;
  /** Compare all visible text of the page, not the article readability finds. */
  wholePage: boolean;
  /** The article is what this CSS selector matches (null: the element Readability finds). */
  selector?: string | null;
}

/**
 * Readability is not run on pages of more elements than this: a news page has 1,000–5,000, and
 * Readability took 2.5 s over the 81,000 of a 10 MB test page. Such a page is read whole, with a
 * warning.
 */
const MAX_ELEMENTS_FOR_READABILITY = 20_000;

/**
 * Readability always returns its best attempt, even the one sentence of an error page ("Sorry, we
 * can't find that page."). Under this many characters of text there is no article: 140 is the
 * shortest paragraph Firefox's reader view counts as content (isProbablyReaderable's
 * minContentLength), and a news brief has at least one such paragraph.
 */
const MIN_ARTICLE_TEXT = 140;

/**
 * Nesting deeper than this is not a page a person made (a news page nests 20–40 deep; Chromium stops at 512): the page's
 * tags past it are dropped before parsing, so that no recursive walk, ours or a library's, can
 * run out of stack. Text is kept.
 */
const MAX_DEPTH = 256;

function decode(bytes: Uint8Array, charset: Charset, path: string, warnings: string[]): string {
  const { name } = charset;
  if (name === "utf-8" || name === "utf-16le" || name === "utf-16be") {
    const body = bytes.subarray(charset.source === "bom" ? (byteOrderMark(bytes)?.length ?? 0) : 0);
    if (name === "utf-8" && firstInvalidUtf8(body) !== -1) warnings.push(`the page says UTF-8 but is not valid UTF-8; invalid bytes read as U+FFFD (${path})`);
    return new TextDecoder(name).decode(body);
  }
  // Node's own TextDecoder reads windows-1252's 0x80–0x9F (curly quotes, dashes, €) as control
  // characters on node 20; iconv-lite has the WHATWG tables.
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (iconv.encodingExists(name)) return iconv.decode(buffer, name);
  warnings.push(`unknown charset "${name}" (from the ${charset.source}); read as windows-1252 (${path})`);
  return iconv.decode(buffer, "windows-1252");
}

const VOID_ELEMENTS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
const TAG = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>/gu;

/** The markup with tags nested past MAX_DEPTH dropped (their text kept); the markup itself when none are. */
function boundedNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  for (const match of html.matchAll(TAG)) {
    const name = match[2]!.toLowerCase();
    if (VOID_ELEMENTS.has(name) || match[3] === "/") continue;
    depth = Math.max(0, depth + (match[1] === "/" ? -1 : 1));
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_DEPTH) break;
  }
  if (deepest <= MAX_DEPTH) return html;
  depth = 0;
  return html.replace(TAG, (tag, closing: string, name: string, selfClosing: string) => {
    if (VOID_ELEMENTS.has(name.toLowerCase()) || selfClosing === "/") return tag;
    if (closing === "/") {
      depth = Math.max(0, depth - 1);
      return depth >= MAX_DEPTH ? "" : tag;
    }
    depth += 1;
    return depth > MAX_DEPTH ? "" : tag;
  });
}

/** A text without its case, spacing and quotes: a body block that repeats the headline folds the same. */
const folded = (text: string) => collapsed(text).toLowerCase().replace(/[‘’“”"']/gu, "");

/** The 1-based line of the markup on which each paragraph's first words stand (for annotations); 1 when not found. */
function sourceLines(html: string, paragraphs: readonly string[]): number[] {
  const lines: number[] = [];
  let cursor = 0;
  let line = 1;
  for (const paragraph of paragraphs) {
    const probe = paragraph.split(/\s+/u).slice(0, 3).join(" ");
    const found = probe === "" ? -1 : html.indexOf(probe, cursor);
    if (found !== -1) {
      for (let k = cursor; k < found; k++) if (html.charCodeAt(k) === 10) line += 1;
      cursor = found;
    }
    lines.push(line);
  }
  return lines;
}

/**
 * Why a page could not be read. Returned, not thrown: this module is bundled apart from the CLI
 * (scripts/bundle.js), so an error class of its own would not be the CLI's NewsdiffError.
 */
export interface PageFailure {
  failure: string;
  code: NewsdiffErrorCode;
}

const SCRIPT = /(<script\b[^>]*>)([^]*?)(<\/script\s*>)/giu;

/**
 * A script's body emptied before the page is parsed (JSON-LD kept: it is the page's metadata). The
 * parser does not follow a browser through "<!--" and "<script" written inside a script, so a
 * reload's new script text could change where later elements fall, and with it the article.
 */
function withoutScriptBodies(html: string): string {
  return html.replace(SCRIPT, (whole, open: string, _body: string, close: string) => (/ld\+json/iu.test(open) ? whole : open + close));
}

/**
 * Scripts, styles and templates hold no text a reader sees, but Readability counts their characters
 * when it scores an element and weighs its links: a reload's new tokens and time stamps in a script
 * made it keep or drop a paragraph. They go once the metadata (JSON-LD) is read.
 */
function withoutCode(document: DomDocument): void {
  const code = document.querySelectorAll("script,style,template");
  for (let k = code.length - 1; k >= 0; k--) code[k]!.remove();
}

/**
 * The elements a --selector names, as one root: the element itself when one matches, else the
 * matches (none inside another) moved in document order into a new element.
 */
function selected(document: DomDocument, selector: string): { root: DomElement } | PageFailure {
  let matches: DomElement[];
  try {
    matches = Array.from(document.querySelectorAll(selector));
  } catch {
    return { failure: `--selector "${selector}" is not a CSS selector`, code: "usage" };
  }
  const outermost = matches.filter((element) => !matches.some((other) => other !== element && other.contains(element)));
  if (outermost.length === 0) return { failure: `--selector "${selector}" matches nothing in the page`, code: "no-selector-match" };
  if (outermost.length === 1) return { root: outermost[0]! };
  const root = (document as unknown as { createElement(name: string): DomElement & { append(node: DomElement): void } }).createElement("div");
  for (const element of outermost) root.append(element);
  return { root };
}

/** Reads a web page as an article, or says why it holds none. */
export function loadPage(input: PageInput): RawArticle | PageFailure {
  const warnings: string[] = [];
  const charset = pageCharset(input.bytes, input.contentType, (bytes) => firstInvalidUtf8(bytes) === -1);
  if (charset.declared !== undefined) warnings.push(`the page declares charset "${charset.declared}" but its bytes are UTF-8; read as UTF-8 (${input.path})`);
  const html = boundedNesting(withoutScriptBodies(decode(input.bytes, charset, input.path, warnings)));
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const page = readPageMeta(document, input.url, input.contentLanguage ?? null);
  withoutCode(document);
  unmarkProse(document);

  let root: DomElement | null = null;
  const selector = input.selector ?? null;
  if (selector !== null) {
    const chosen = selected(document, selector);
    if ("failure" in chosen) return chosen;
    root = chosen.root;
  }
  const elements = document.querySelectorAll("*").length;
  const readable = root === null && !input.wholePage && elements <= MAX_ELEMENTS_FOR_READABILITY;
  if (readable) {
    // Readability reads the document it is given and changes it; the metadata is read. Classes are
    // kept for the page rules, which run on what it returns; its default threshold (500
    // characters) is the one measured best: at 100 it took a cookie banner for two pages' article.
    const article = new Readability(document as never, { serializer: (node) => node, keepClasses: true }).parse();
    const content = (article?.content ?? null) as DomElement | null;
    if (content !== null && collapsed(content.textContent).length >= MIN_ARTICLE_TEXT) root = content;
    if (page.byline === null && article?.byline) page.byline = collapsed(article.byline);
  }
  if (root === null) {
    if (readable) {
      return { failure: "no article text found in the page; --whole-page compares all its visible text", code: "no-article" };
    }
    warnings.push(
      input.wholePage
        ? `all visible text of the page is compared, not an article (--whole-page) (${input.path})`
        : `page of ${elements} elements, too many to find its article in; all its visible text is compared (${input.path})`,
    );
    root = document.body ?? document.documentElement;
  }

  // All of a page's text is what --whole-page asks for: its menus too.
  const removed = removePageBoilerplate(root, input.wholePage ? new Set([...input.keep, "navigation"]) : input.keep);
  const blocks = blocksOf(root);
  // The headline is compared on its own (the comparison's headline pair): a block before the story's
  // first sentence that repeats it is not body text, heading or not.
  if (page.title === null && blocks[0]?.tag === "h1") page.title = blocks[0].text;
  if (page.title !== null) {
    const headline = folded(page.title);
    for (let k = 0; k < blocks.length; k++) {
      if (folded(blocks[k]!.text) === headline) blocks.splice(k--, 1);
      else if (endsLikeSentence(blocks[k]!.text)) break;
    }
  }
  const paragraphs = blocks.map((block) => block.text);
  return {
    path: input.path,
    date: input.date ?? dayOf(page.modified ?? page.published),
    header: null,
    headerCaption: null,
    paragraphs,
    paragraphLines: sourceLines(html, paragraphs),
    warnings,
    page,
    removed,
  };
}

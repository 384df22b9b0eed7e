// The boilerplate a web page carries inside its article, as named rules: each element a rule takes
// out is reported with the rule's name (as the text rules report theirs), and `--keep RULE` leaves
// it in. What stands outside the article (navigation, ads, cookie banners, comments) is not the
// article that readability finds, and is not listed.
import type { Removal, RuleName } from "../../model.js";
import { endsLikeSentence } from "../../text/sentence-end.js";
import { blocksOf } from "./blocks.js";
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from "./dom.js";

export interface PageRule {
  name: RuleName;
  /** One line for the README. */
  description: string;
  /** Candidate elements by tag name (null: any element); `takes` decides on each. */
  tags: ReadonlySet<string> | null;
  takes(element: DomElement, text: string): boolean;
}

/** Each element's marks, read once: every rule asks them of every element. */
const marksOf = new WeakMap<DomElement, string>();

/** Class and id words: "article__share-bar" has share, "relatedLinks" has related. */
function markedAs(element: DomElement, words: RegExp): boolean {
  let marks = marksOf.get(element);
  if (marks === undefined) {
    marks = `${element.className ?? ""} ${element.id ?? ""} ${element.getAttribute("data-component") ?? ""} ${element.getAttribute("aria-label") ?? ""}`.replace(/([a-z])([A-Z])/gu, "$1 $2");
    marksOf.set(element, marks);
  }
  return marks.trim() !== "" && words.test(marks);
}

/** Collapsed text: what a removal reports and what the rules look at. */
export function collapsed(text: string | null): string {
  return (text ?? "").replace(/\s+/gu, " ").trim();
}

/**
 * A prompt, share bar or link list is short beside the story: a rule never takes an element holding
 * more than this many characters, nor more than BOILERPLATE_SHARE of the page's text, so that a
 * mislabelled wrapper (class "story-share-container" around the whole story) cannot take the
 * article with it. 3,000 characters is a related-stories block of ~25 headlines.
 */
const LONGEST_BOILERPLATE = 3000;
const BOILERPLATE_SHARE = 0.4;

const CREDIT_MARK = /(?:^|[\s_-])(?:credit|credits|photo-?credit|image-?credit|copyright)(?:$|[\s_-])/iu;
const READ_MORE_MARK = /(?:^|[\s_-])(?:related|read-?more|more-?stories|more-?on|recommended|most-?read|most-?popular|also-?read|further-?reading|see-?also|more-?from)(?:$|[\s_-])/iu;
const READ_MORE_TEXT = /^(?:read more|related(?: stories| coverage| articles)?|more on this(?: story)?|recommended(?: stories)?|you may also like|most read|see also|also read)\b/iu;
const NEWSLETTER_MARK = /(?:^|[\s_-])(?:newsletter|subscribe|subscription|sign-?up|signup|paywall|regwall|promo|membership|donate)(?:$|[\s_-])/iu;
const NEWSLETTER_TEXT = /\b(?:sign up|subscribe|newsletter|get (?:our|the) .{0,40} in your inbox|support (?:our|independent) journalism)\b/iu;
const SHARE_MARK = /(?:^|[\s_-])(?:share|sharing|shares|social|share-?bar|share-?tools|social-?links)(?:$|[\s_-])/iu;
const SHARE_TEXT = /^(?:share(?: this(?: article| story)?)?|share on|tweet|email|facebook|twitter|linkedin|whatsapp|copy link|print|[\s|·•,:]+)+$/iu;

const BYLINE_MARK = /(?:^|[\s_-])(?:byline|bylines|author|authors|contributor|contributors)(?:$|[\s_-])/iu;

const PROSE = "p,li,blockquote,h1,h2,h3,h4,h5,h6,td,th,figcaption,dd,pre";

/** A time stamp on its own ("March 4, 2024", "Updated 5 March 2024 14:32 GMT"): a <time> and the few words around it. */
function isDateStamp(element: DomElement, text: string): boolean {
  if (text.length > 120) return false;
  const times = element.querySelectorAll("time");
  let timed = 0;
  for (let k = 0; k < times.length; k++) timed += collapsed(times[k]!.textContent).length;
  return times.length > 0 && text.length - timed <= 40;
}

/** Rules in the order they run: credits before captions, whose text often holds them. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    name: "byline",
    description: "the byline block (marked byline/author, `rel=author`): the side's `byline` field says it",
    tags: null,
    takes: (element, text) =>
      text.length <= 200 &&
      (element.getAttribute("itemprop") === "author" || element.getAttribute("rel") === "author" || markedAs(element, BYLINE_MARK)) &&
      // The author's block itself, not a link inside a sentence.
      (element.localName !== "a" || collapsed(element.parentNode?.textContent ?? "").length <= text.length + 4),
  },
  {
    name: "published",
    description: "time stamps standing alone: `<time>` with at most a few words (\"Updated\") around it",
    tags: new Set(["time", "p", "div", "span"]),
    // A <time> outside any prose block stands alone; in a paragraph, it is part of a sentence.
    takes: (element, text) => (element.localName === "time" ? element.closest(PROSE) === null : isDateStamp(element, text)),
  },
  {
    name: "credits",
    description: "photo and image credits: elements marked credit or copyright (`<span class=\"credit\">`)",
    tags: null,
    takes: (element, text) => text.length <= 200 && (element.getAttribute("itemprop") === "copyrightHolder" || markedAs(element, CREDIT_MARK)),
  },
  {
    name: "caption",
    description: "figure captions: `<figcaption>` and elements marked caption",
    tags: null,
    takes: (element) => element.localName === "figcaption" || element.getAttribute("itemprop") === "caption" || /(?:^|[\s_-])caption(?:$|[\s_-])/iu.test(element.className ?? ""),
  },
  {
    name: "read-more",
    description: 'related-story blocks: elements marked related/read-more/recommended, and link lists headed "Read more", "Related", "More on this"',
    tags: new Set(["aside", "section", "div", "ul", "ol", "nav", "p"]),
    takes: (element, text) => {
      if (markedAs(element, READ_MORE_MARK)) return looksLikeFurniture(element, text);
      // A "Read more: …" paragraph or a list of links under such a heading; not a paragraph of prose.
      return READ_MORE_TEXT.test(text) && mostlyLinks(element, text);
    },
  },
  {
    name: "newsletter",
    description: "newsletter and subscription prompts: elements marked newsletter/subscribe/signup/paywall/promo, or a short form asking to sign up",
    tags: new Set(["aside", "section", "div", "form", "p"]),
    takes: (element, text) =>
      (markedAs(element, NEWSLETTER_MARK) && (NEWSLETTER_TEXT.test(text) || looksLikeFurniture(element, text))) ||
      (NEWSLETTER_TEXT.test(text) && element.querySelector("form,input,button") !== null),
  },
  {
    name: "share",
    description: "share bars: elements marked share/social, or holding only share links",
    tags: new Set(["aside", "section", "div", "ul", "nav", "p"]),
    takes: (element, text) => (markedAs(element, SHARE_MARK) && looksLikeFurniture(element, text)) || (text.length > 0 && SHARE_TEXT.test(text) && mostlyLinks(element, text)),
  },
];

/** Furniture is text a reader does not read as prose: no text, or this little without a sentence's end. */
const FURNITURE_MAX_CHARS = 80;

/**
 * Whether an element a class marks as boilerplate reads like it: empty (icons), mostly links or
 * buttons, holding a form, or a few words that end no sentence. A class is a site's word, not the
 * reader's: `<p class="share-price">Shares rose 4% …</p>` is a sentence and stays.
 */
export function looksLikeFurniture(element: DomElement, text: string): boolean {
  if (text === "" || mostlyLinks(element, text) || element.querySelector("form,input,button") !== null) return true;
  return text.length <= FURNITURE_MAX_CHARS && !endsLikeSentence(text);
}

/**
 * A paragraph of prose loses its class and id before Readability reads the page: Readability drops
 * elements whose class says share, related, social…, and a site's class is its word, not the
 * reader's (`<p class="share-price">` is about shares). Short labels keep theirs
 * (`<p class="ad-label">Advertisement</p>`).
 */
export function unmarkProse(document: DomDocument): void {
  const paragraphs = document.querySelectorAll("p[class], p[id]");
  for (let k = 0; k < paragraphs.length; k++) {
    const paragraph = paragraphs[k]!;
    if (looksLikeFurniture(paragraph, collapsed(paragraph.textContent))) continue;
    paragraph.removeAttribute("class");
    paragraph.removeAttribute("id");
  }
}

/** Links or buttons hold most of the element's text. */
function mostlyLinks(element: DomElement, text: string): boolean {
  let linked = 0;
  const links = element.querySelectorAll("a,button");
  for (let k = 0; k < links.length; k++) linked += collapsed(links[k]!.textContent).length;
  return text.length > 0 && linked >= text.length * 0.5;
}

/** A correction or an editor's note is content, whatever its markup says: no rule takes one. */
const CONTENT_MARK = /(?:^|[\s_-])(?:correction|corrections|editors?-?note|clarification|update)(?:$|[\s_-])/iu;

/** Inside a correction or an editor's note (or one itself): never boilerplate. */
function inContent(element: DomElement): boolean {
  for (let node: DomNode | null = element; node !== null && node.nodeType === ELEMENT_NODE; node = node.parentNode) {
    if (markedAs(node as DomElement, CONTENT_MARK)) return true;
  }
  return false;
}

/**
 * The page's elements in document order, each with the length of the text under it, from one walk
 * (the text of every element asked one by one cost seconds on a 10 MB page: each big container's
 * text again for every rule).
 */
function elementsWithTextLength(root: DomElement): { elements: DomElement[]; length: Map<DomElement, number> } {
  const elements: DomElement[] = [];
  const length = new Map<DomElement, number>();
  const stack: { node: DomNode; leaving: boolean }[] = [{ node: root, leaving: false }];
  const open: number[] = [];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (leaving) {
      const own = open.pop()!;
      length.set(node as DomElement, own);
      if (open.length > 0) open[open.length - 1]! += own;
      continue;
    }
    if (node.nodeType === TEXT_NODE) {
      if (open.length > 0) open[open.length - 1]! += (node.textContent ?? "").length;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    elements.push(node as DomElement);
    open.push(0);
    stack.push({ node, leaving: true });
    const children: DomNode[] = [];
    for (let child = node.firstChild; child !== null; child = child.nextSibling) children.push(child);
    for (let k = children.length - 1; k >= 0; k--) stack.push({ node: children[k]!, leaving: false });
  }
  return { elements, length };
}

/** Markup text collapses to at most this share of its length (indentation, line breaks): a bound to skip big elements before reading their text. */
const MARKUP_WHITESPACE_BOUND = 4;

/**
 * Takes each rule's elements out of the document, in rule order, and reports their text. Rules in
 * `keep` are not run. An element is taken once, by the first rule that takes it.
 */
export function removePageBoilerplate(document: DomDocument, keep: ReadonlySet<RuleName>): Removal[] {
  const removed: Removal[] = [];
  const root = document.body ?? document.documentElement;
  const { elements, length } = elementsWithTextLength(root);
  const longest = Math.min(LONGEST_BOILERPLATE, collapsed(root.textContent).length * BOILERPLATE_SHARE);
  const taken = new Set<DomElement>();
  const texts = new Map<DomElement, string>();
  const textOf = (element: DomElement) => {
    let text = texts.get(element);
    if (text === undefined) texts.set(element, (text = collapsed(element.textContent)));
    return text;
  };
  const isTaken = (element: DomElement) => {
    for (let node: DomNode | null = element; node !== null; node = node.parentNode) if (taken.has(node as DomElement)) return true;
    return false;
  };
  for (const rule of PAGE_RULES) {
    if (keep.has(rule.name)) continue;
    for (const element of elements) {
      if (rule.tags !== null && !rule.tags.has(element.localName)) continue;
      if ((length.get(element) ?? 0) > longest * MARKUP_WHITESPACE_BOUND || isTaken(element)) continue;
      const text = textOf(element);
      if (text.length > longest || !rule.takes(element, text) || inContent(element)) continue;
      // Reported as it reads: the element's blocks apart, not its text nodes run together.
      const reported = blocksOf(element).map((block) => block.text.replace(/\s+/gu, " ")).join(" ");
      if (reported.length > 0) removed.push({ rule: rule.name, text: reported });
      // The text read of the elements around it no longer holds: a caption without its credit.
      for (let node = element.parentNode; node !== null; node = node.parentNode) texts.delete(node as DomElement);
      taken.add(element);
      element.remove();
    }
  }
  return removed;
}

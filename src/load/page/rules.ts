// The boilerplate a web page carries inside its article, as named rules: each element a rule takes
// out is reported with the rule's name (as the text rules report theirs), and `--keep RULE` leaves
// it in. What stands outside the article (navigation, ads, cookie banners, comments) is not the
// article that readability finds, and is not listed.
import type { Removal, RuleName } from "../../model.js";
import { AD_LABEL, CREDIT_LINE, endsWithSentenceOfProse, isWrittenDateStamp, NEWSLETTER_TEXT, READ_MORE_TEXT, RELATIVE_STAMP } from "../../text/furniture.js";
import { endsLikeSentence } from "../../text/sentence-end.js";
import { blocksOf } from "./blocks.js";
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from "./dom.js";

/** Where the article's prose runs: what stands between its first and last paragraph of prose is inside the story. */
export interface ArticleSpan {
  withinProse(element: DomElement): boolean;
}

export interface PageRule {
  name: RuleName;
  /** One line for the README. */
  description: string;
  /** Candidate elements by tag name (null: any element); `takes` decides on each. */
  tags: ReadonlySet<string> | null;
  takes(element: DomElement, text: string, article: ArticleSpan): boolean;
  /** The label just before a taken element ("DON'T MISS" over its links) goes with it. */
  labelled?: boolean;
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
const NEWSLETTER_MARK = /(?:^|[\s_-])(?:newsletter|subscribe|subscription|sign-?up|signup|paywall|regwall|promo|membership|donate)(?:$|[\s_-])/iu;
const SHARE_MARK = /(?:^|[\s_-])(?:share|sharing|shares|social|share-?bar|share-?tools|social-?links)(?:$|[\s_-])/iu;
const SHARE_TEXT = /^(?:share(?: this(?: article| story)?)?|share on|tweet|email|facebook|twitter|linkedin|whatsapp|copy link|print|[\s|·•,:]+)+$/iu;

const BYLINE_MARK = /(?:^|[\s_-])(?:byline|bylines|author|authors|contributor|contributors)(?:$|[\s_-])/iu;

/** The word a byline starts with, in the languages of the news: By, Por, Par, Von, Di, Door, Av, Af, Från. */
const BYLINE_WORD = /^(?:by|por|par|von|di|door|av|af|från|de|autor:?|text:?)\s+\S/iu;

function isAuthorElement(element: DomElement): boolean {
  return element.getAttribute("itemprop") === "author" || element.getAttribute("rel") === "author" || markedAs(element, BYLINE_MARK);
}

const PROSE = "p,li,blockquote,h1,h2,h3,h4,h5,h6,td,th,figcaption,dd,pre";

/** A time stamp on its own ("March 4, 2024", "Updated 5 March 2024 14:32 GMT"): a <time> and the few words around it. */
function isDateStamp(element: DomElement, text: string): boolean {
  if (text.length > 120) return false;
  const times = element.querySelectorAll("time");
  let timed = 0;
  for (let k = 0; k < times.length; k++) timed += collapsed(times[k]!.textContent).length;
  return times.length > 0 && text.length - timed <= 40;
}

/** An element's text is a link, or a list of links: what navigation, rails and tag lists are made of. */
function allLinks(element: DomElement, text: string): boolean {
  return linkShare(element, text) >= NAVIGATION_LINK_SHARE;
}

/**
 * Links cover this share of a block's text when it is a menu, a rail of headlines or a tag list.
 * Prose that links a few words per sentence stays far below it (a wire story's paragraph linking
 * a name and a ticker: under 0.3); a headline list with its counts ("12 comments") stays above.
 */
const NAVIGATION_LINK_SHARE = 0.7;

/** A label a rail, gallery or ad stands under: a few words that end no sentence ("DON'T MISS", "More from UK"). */
const LABEL_MAX_CHARS = 60;
export const isLabel = (text: string) => text !== "" && text.length <= LABEL_MAX_CHARS && !endsLikeSentence(text);

/** Words that mark an advertisement's element (class and id words, as `markedAs` splits them). */
const AD_MARK = /(?:^|[\s_-])(?:ad|ads|advert|adverts|advertisement|advertising|adslot|adunit|adcontainer|adwrapper|dfp|gpt|sponsored|sponsor|promoted|taboola|outbrain|commercial)(?:$|[\s_\d-])/iu;
const CONSENT_MARK = /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|cmp|privacy-?banner)(?:$|[\s_-])/iu;
const CONSENT_TEXT = /\b(?:(?:uses?|using|use of) cookies|cookie (?:policy|settings|preferences)|accept (?:all )?cookies|we value your privacy|consent to (?:the use|our use))\b/iu;
/** A comment or share count standing alone: "627 comments", "Comments (12)", "1.2K shares". */
const COUNTER = /^(?:[\d.,]+\s*[KkMm]?\s*(?:comments?|replies|responses|shares|kommentare|commentaires?|comentarios?|commenti|reacties)|(?:comments?|kommentare|commentaires|comentarios)\s*\(?\s*[\d.,]+\s*\)?)$/iu;

/** Gallery furniture: "Image 1 of 9", "Photo 3/12", "Slide 2 of 5". */
const GALLERY_COUNT = /^(?:image|photo|picture|slide|foto|bild|imagen|immagine)\s*\d*\s*(?:of|\/|von|de|sur|di)\s*\/?\s*\d*$/iu;
const CAPTION_MARK = /(?:^|[\s_-])(?:caption|captions|figcaption|photo-?caption|image-?caption|wp-caption-text|media-?caption)(?:$|[\s_-])/iu;

/** Rules in the order they run: credits before captions, whose text often holds them. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    name: "byline",
    description: "the byline block (marked byline/author, `rel=author`): the side's `byline` field says it",
    tags: null,
    takes: (element, text) =>
      text.length <= 200 &&
      (isAuthorElement(element) ||
        // "By Josh Max", "Por Josh Max": the block around the author's name goes whole, not its name alone.
        (BYLINE_WORD.test(text) && Array.from(element.querySelectorAll("*")).some((inner) => isAuthorElement(inner) && collapsed(inner.textContent).length >= text.length - 8))) &&
      // The author's block itself, not a link inside a sentence.
      (element.localName !== "a" || collapsed(element.parentNode?.textContent ?? "").length <= text.length + 4),
  },
  {
    name: "published",
    description: "time stamps standing alone: `<time>` with at most a few words (\"Updated\") around it, and relative stamps (\"Updated 5 minutes ago\")",
    tags: new Set(["time", "p", "div", "span"]),
    // A <time> outside any prose block stands alone; in a paragraph, it is part of a sentence.
    takes: (element, text) =>
      RELATIVE_STAMP.test(text) || isWrittenDateStamp(text) || (element.localName === "time" ? element.closest(PROSE) === null : isDateStamp(element, text)),
  },
  {
    name: "advertisement",
    description: "advertisements: elements marked ad/advert/sponsored/dfp (a class word, not a part of one), and labels such as Advertisement, Sponsored, Anzeige, Publicité, \"Story continues below\"",
    tags: null,
    takes: (element, text) => {
      if (text !== "" && text.length <= LABEL_MAX_CHARS * 2 && AD_LABEL.test(text)) return true;
      if (!markedAs(element, AD_MARK)) return false;
      // An ad's box with its label over it is taken whole, whatever copy it holds; otherwise only what reads as furniture.
      return looksLikeFurniture(element, text) || AD_LABEL.test(blocksOf(element)[0]?.text ?? "");
    },
  },
  {
    name: "consent",
    description: "cookie and consent banners: elements marked cookie/consent/gdpr, or a short block about cookies with a button or link",
    tags: new Set(["aside", "section", "div", "form", "p", "dialog"]),
    takes: (element, text) =>
      text.length <= 600 &&
      ((markedAs(element, CONSENT_MARK) && (CONSENT_TEXT.test(text) || looksLikeFurniture(element, text))) ||
        (CONSENT_TEXT.test(text) && element.querySelector("a,button,input") !== null)),
  },
  {
    name: "credits",
    description: "photo and image credits: elements marked credit or copyright (`<span class=\"credit\">`), and credit lines such as \"(Image: GETTY)\" or \"Photo: AP\"",
    tags: null,
    takes: (element, text) =>
      text.length <= 200 &&
      (element.getAttribute("itemprop") === "copyrightHolder" || markedAs(element, CREDIT_MARK) || (CREDIT_LINE.test(text) && !endsWithSentenceOfProse(text))),
  },
  {
    name: "caption",
    description: "figure captions: `<figcaption>`, the text of a `<figure>`, elements marked caption, and gallery counters (\"Image 1 of 9\")",
    tags: null,
    takes: (element, text) =>
      element.localName === "figcaption" ||
      (element.localName === "figure" && text.length <= LONGEST_CAPTION) ||
      element.getAttribute("itemprop") === "caption" ||
      (markedAs(element, CAPTION_MARK) && text.length <= LONGEST_CAPTION) ||
      GALLERY_COUNT.test(text),
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
  {
    name: "navigation",
    description: "menus, rails of headlines and tag lists: a list or block whose text is links (70% or more), a lone link that ends no sentence (\"Sign In\", \"More Business News\"), and the label over such a list",
    tags: new Set(["nav", "ul", "ol", "menu", "dl", "div", "section", "aside", "header", "footer", "p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "table", "a", "span"]),
    takes: (element, text, article) => {
      // A count beside the headline changes with every capture; an inline link is otherwise the sentence's.
      if (COUNTER.test(text)) return true;
      // A hover card inside a sentence: a portrait, then links to the person's stories, shown only on
      // hover. Nothing but links in it (a span around the sentence holds the sentence's own words), and
      // the portrait first (a span around the linked name and its card starts with the name, which stays).
      if (element.localName === "span") return element.closest("p") !== null && onlyLinks(element, text) && startsWithImage(element);
      if (element.localName === "a") return false;
      if (text === "" || !allLinks(element, text)) return false;
      // A rail's links are headlines, which end no sentence; a paragraph that is one linked sentence is prose.
      const blocks = blocksOf(element);
      if (blocks.length > 1) return blocks.filter((block) => endsLikeSentence(block.text)).length <= blocks.length / 2;
      // A lone link amid the story's paragraphs is the story's ("Get it on Amazon for $39.99"); before
      // or after them, a menu's. One in capitals throughout is a promotion wherever it stands.
      // A price is the story's figure (an offer's), never a menu's.
      return !endsLikeSentence(text) && !PRICE.test(text) && (!article.withinProse(element) || isShouted(text));
    },
    labelled: true,
  },
];

const PRICE = /[$€£¥₹]\s?\d|\d\s?(?:€|£|\$)/u;

/** Capitals throughout, three words or more ("CLICK HERE TO GET THE FOX NEWS APP"): a promotion's voice, not a story's. */
function isShouted(text: string): boolean {
  return (text.match(/\p{L}+/gu) ?? []).length >= 3 && !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
}

/** The element just before this one, when it reads as a label (a heading over a list); else null. */
function labelBefore(element: DomElement): DomElement | null {
  const previous = element.previousElementSibling;
  // An h1 is the headline, never a rail's label.
  if (previous === null || previous.localName === "h1" || previous.querySelector("h1,img,picture,video,iframe,form,input,button") !== null) return null;
  const blocks = blocksOf(previous);
  return blocks.length === 1 && isLabel(blocks[0]!.text) ? previous : null;
}

/** A caption is a line or two under a picture; a wrapper marked caption around more is a mislabelled container. */
const LONGEST_CAPTION = 600;

/** "Photo: the minister, who spoke on Tuesday, said it was time." is a sentence, not a credit line. */

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

/** How many characters the links (and buttons) inside an element hold, as `measure` counts them. */
function linkedLength(element: DomElement, selector: string, measure: (text: string) => number): number {
  let linked = 0;
  const links = element.querySelectorAll(selector);
  for (let k = 0; k < links.length; k++) linked += measure(links[k]!.textContent ?? "");
  return linked;
}

const collapsedLength = (text: string) => collapsed(text).length;
const visibleLength = (text: string) => text.replace(/\s+/gu, "").length;

/** The share of an element's text that links or buttons hold (0 for an empty element). */
function linkShare(element: DomElement, text: string): number {
  if (text.length === 0) return 0;
  if (element.localName === "a" || element.localName === "button") return 1;
  return Math.min(1, linkedLength(element, "a,button", collapsedLength) / text.length);
}

/** The element's first image comes before its first link. */
function startsWithImage(element: DomElement): boolean {
  const image = element.querySelector("img");
  const link = element.querySelector("a");
  return image !== null && link !== null && (image.compareDocumentPosition(link) & FOLLOWING) !== 0;
}

/** Every letter and figure of the element stands in a link (the spaces between links aside). */
function onlyLinks(element: DomElement, text: string): boolean {
  const linked = linkedLength(element, "a", visibleLength);
  return linked > 0 && linked >= visibleLength(text);
}

/** Links or buttons hold most of the element's text. */
function mostlyLinks(element: DomElement, text: string): boolean {
  return linkShare(element, text) >= 0.5;
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

/** A paragraph of prose: a sentence's end and at least this many characters (a line of a column). */
const PROSE_PARAGRAPH_MIN_CHARS = 80;
const FOLLOWING = 4;
const PRECEDING = 2;

/** The first and last paragraphs of prose among the elements, and whether an element stands between them. */
function articleSpan(elements: readonly DomElement[], textOf: (element: DomElement) => string): ArticleSpan {
  const prose = elements.filter((element) => element.localName === "p" && textOf(element).length >= PROSE_PARAGRAPH_MIN_CHARS && endsLikeSentence(textOf(element)));
  const first = prose[0];
  const last = prose[prose.length - 1];
  return {
    withinProse: (element) =>
      first !== undefined && last !== undefined && (first.compareDocumentPosition(element) & FOLLOWING) !== 0 && (last.compareDocumentPosition(element) & PRECEDING) !== 0,
  };
}

/** Markup text collapses to at most this share of its length (indentation, line breaks): a bound to skip big elements before reading their text. */
const MARKUP_WHITESPACE_BOUND = 4;

/**
 * Takes each rule's elements out of the document, in rule order, and reports their text. Rules in
 * `keep` are not run. An element is taken once, by the first rule that takes it.
 */
export function removePageBoilerplate(root: DomElement, keep: ReadonlySet<RuleName>): Removal[] {
  const removed: Removal[] = [];
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
  const article = articleSpan(elements, textOf);
  for (const rule of PAGE_RULES) {
    if (keep.has(rule.name)) continue;
    for (const element of elements) {
      if (rule.tags !== null && !rule.tags.has(element.localName)) continue;
      if ((length.get(element) ?? 0) > longest * MARKUP_WHITESPACE_BOUND || isTaken(element)) continue;
      const text = textOf(element);
      if (text.length > longest || !rule.takes(element, text, article) || inContent(element)) continue;
      const blocks = blocksOf(element);
      // The label goes with a list it stands over, not with a lone link (a headline over a comment count).
      const label = rule.labelled && blocks.length > 1 ? labelBefore(element) : null;
      const taking = label !== null && !isTaken(label) && !inContent(label) ? [label, element] : [element];
      // Reported as it reads: the element's blocks apart, not its text nodes run together.
      const reportedBlocks = label !== null && taking.length === 2 ? [...blocksOf(label), ...blocks] : blocks;
      const reported = reportedBlocks.map((block) => block.text.replace(/\s+/gu, " ")).join(" ");
      if (reported.length > 0) removed.push({ rule: rule.name, text: reported });
      for (const part of taking) {
        // The text read of the elements around it no longer holds: a caption without its credit.
        for (let node = part.parentNode; node !== null; node = node.parentNode) texts.delete(node as DomElement);
        taken.add(part);
        part.remove();
      }
    }
  }
  return removed;
}

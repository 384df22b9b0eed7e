// What changes between two captures of one story when the story does not: a generator of such
// churn over a real page, one kind at a time, so that a test that fails names the kind. Each kind
// takes a page's document and a seeded random source and changes only what is not the article.
import { parseHTML } from "linkedom";
import type { DomDocument, DomElement } from "../../src/load/page/dom.js";

export type Random = () => number;

/** A small seeded generator (mulberry32): the same seed, the same churn. */
export function seeded(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const token = (random: Random, length = 5) => Array.from({ length }, () => "abcdefghijklmnopqrstuvwxyz0123456789"[Math.floor(random() * 36)]).join("");
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

type Document = DomDocument & { createElement(name: string): DomElement; toString(): string };
type Element = DomElement & { setAttribute(name: string, value: string): void; textContent: string; innerHTML: string; after(node: DomElement): void; before(node: DomElement): void; prepend(node: DomElement): void; append(node: DomElement): void; attributes: ArrayLike<{ name: string }> };

function fragment(document: Document, html: string): Element {
  const holder = document.createElement("div") as Element;
  holder.innerHTML = html;
  return holder.firstChild as unknown as Element;
}

/** The page's paragraphs of prose: where an in-article ad or a time stamp goes. */
function proseParagraphs(document: Document): Element[] {
  return Array.from(document.querySelectorAll("p") as ArrayLike<Element>).filter((p) => (p.textContent ?? "").trim().length >= 80);
}

function headline(document: Document): Element | null {
  return (document.querySelector("h1") as Element | null) ?? proseParagraphs(document)[0] ?? null;
}

const HEADLINES = ["Council approves new budget after long debate", "Storm closes schools across the region", "Local team wins title in extra time", "Prices of fuel rise for third week", "Museum reopens after two-year renovation", "Rail strike called off at last minute"];

export const CHURN = {
  /** Every script's contents (tokens, time stamps, nonces), as each reload gives them; JSON-LD stays. */
  scripts(document: Document, random: Random) {
    for (const script of Array.from(document.querySelectorAll("script") as ArrayLike<Element>)) {
      if ((script.getAttribute("type") ?? "").includes("ld+json")) continue;
      script.textContent = `window.__state={"token":"${token(random, 16)}","ts":${between(random, 1e9, 2e9)},"html":"<div class=\\"x\\">${token(random)}</div>"};`;
    }
    for (const element of Array.from(document.querySelectorAll("[nonce]") as ArrayLike<Element>)) element.setAttribute("nonce", token(random, 12));
  },
  /** An advertisement between two paragraphs of the story, labelled, with a price in it. */
  "in-article ads"(document: Document, random: Random) {
    const paragraphs = proseParagraphs(document);
    const at = paragraphs[Math.min(1, paragraphs.length - 1)];
    const label = ["Advertisement", "Sponsored", "Anzeige", "Publicité", "Publicidad"][between(random, 0, 4)];
    at?.after(fragment(document, `<div class="ad-container"><span class="ad-label">${label}</span><p>Save ${between(random, 10, 60)}% on the new ${token(random)} phone this week only, from $${between(random, 100, 900)}.99 at your nearest store.</p></div>`));
    const later = paragraphs[Math.min(3, paragraphs.length - 1)];
    later?.after(fragment(document, `<div class="inline-ad dfp-slot-${token(random, 3)}"><a href="https://ads.example/${token(random)}"><img src="https://ads.example/${token(random)}.png"></a></div>`));
  },
  /** Page ads by class alone: a leaderboard, a sponsored box, an outbrain strip. */
  "page ads"(document: Document, random: Random) {
    (document.body as unknown as Element | null)?.prepend(fragment(document, `<div id="ad-top-${token(random, 3)}" class="ad ad-leaderboard">Advertisement</div>`));
    (document.body as unknown as Element | null)?.append(
      fragment(document, `<div class="OUTBRAIN sponsored-links"><h4>Sponsored</h4><ul><li><a href="#">You won't believe what ${token(random)} did next</a></li><li><a href="#">Doctors hate this one trick</a></li></ul></div>`),
    );
  },
  /** A cookie or consent banner, as a consent platform injects it. */
  "consent banners"(document: Document, random: Random) {
    (document.body as unknown as Element | null)?.prepend(
      fragment(document, `<div id="cookie-${token(random, 4)}" class="cookie-banner"><p>We use cookies to improve your experience and to show you personalised ads. By continuing you agree to our cookie policy.</p><button>Accept all</button><a href="#">Manage settings</a></div>`),
    );
  },
  /** "Most read" and related rails, beside and after the story. */
  rails(document: Document, random: Random) {
    const items = (count: number) => Array.from({ length: count }, () => `<li><a href="/story/${token(random)}">${HEADLINES[between(random, 0, HEADLINES.length - 1)]}</a></li>`).join("");
    const paragraphs = proseParagraphs(document);
    paragraphs.at(-1)?.after(fragment(document, `<aside class="most-read"><h3>Most read</h3><ol>${items(5)}</ol></aside>`));
    (document.body as unknown as Element | null)?.append(fragment(document, `<section class="related-stories"><h2>More from this section</h2><ul>${items(4)}</ul></section>`));
  },
  /** Hashed or renamed CSS classes: story__body_x7f3a one capture, story__body_q09lc the next. */
  "hashed classes"(document: Document, random: Random) {
    const suffix = token(random);
    for (const element of Array.from(document.querySelectorAll("[class]") as ArrayLike<Element>)) {
      element.setAttribute("class", (element.getAttribute("class") ?? "").split(/\s+/u).filter(Boolean).map((name) => `${name}_${suffix}`).join(" "));
    }
  },
  /** A comment count beside the headline. */
  "comment counts"(document: Document, random: Random) {
    headline(document)?.after(fragment(document, `<a class="comment-count" href="#comments">${between(random, 0, 999)} comments</a>`));
  },
  /** "Updated N minutes ago" under the headline. */
  "relative time stamps"(document: Document, random: Random) {
    const unit = ["minutes", "hours", "mins"][between(random, 0, 2)];
    headline(document)?.after(fragment(document, `<div class="article-meta"><span class="timestamp">Updated ${between(random, 2, 59)} ${unit} ago</span></div>`));
  },
  /** Lazy images: src moved to data-src behind a placeholder, loading and srcset attributes that differ. */
  "lazy images"(document: Document, random: Random) {
    for (const image of Array.from(document.querySelectorAll("img") as ArrayLike<Element>)) {
      const source = image.getAttribute("src");
      if (source !== null) image.setAttribute("data-src", source);
      image.setAttribute("src", `data:image/gif;base64,R0lGODlhAQABAAAAACw${token(random, 4)}=`);
      image.setAttribute("loading", "lazy");
      image.setAttribute("data-lazy-id", token(random, 8));
      image.setAttribute("srcset", `${source ?? "x.jpg"}?w=${between(random, 300, 900)} 1x`);
    }
  },
} satisfies Record<string, (document: Document, random: Random) => void>;

export type ChurnKind = keyof typeof CHURN;

/** The page as linkedom writes it back, changed by one kind of churn (none: only written back). */
export function churned(html: string, kind: ChurnKind | null, seed: number): string {
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (kind !== null) CHURN[kind](document, seeded(seed));
  return document.toString();
}

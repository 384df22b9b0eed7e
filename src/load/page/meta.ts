// What a page says of itself: headline, byline, canonical URL, published and modified times, read
// from JSON-LD first (what news sites give search engines, and keep right), then Open Graph and
// article:… meta tags, then the markup (<time datetime>, <h1>, <title>).
import type { PageMeta } from "../../model.js";
import { canonicalLanguage } from "../../text/language-tag.js";
import { collapsed } from "./rules.js";
import type { DomDocument, DomElement } from "./dom.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/u;

const JSON_LD_WRAPPER = /^\s*(?:<!\[CDATA\[|<!--)|(?:\]\]>|-->)\s*$/gu;

/** Every object in the page's JSON-LD blocks, @graph and arrays unfolded; a block that is not JSON is skipped. */
function jsonLdObjects(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let k = 0; k < scripts.length; k++) {
    let value: Json;
    try {
      // Some sites wrap the block in <![CDATA[ … ]]> or a comment, for XHTML's sake.
      value = JSON.parse((scripts[k]!.textContent ?? "").replace(JSON_LD_WRAPPER, "")) as Json;
    } catch {
      continue;
    }
    const pending: Json[] = [value];
    while (pending.length > 0) {
      const item = pending.pop()!;
      if (Array.isArray(item)) pending.push(...item);
      else if (item !== null && typeof item === "object") {
        objects.push(item);
        if (Array.isArray(item["@graph"])) pending.push(...item["@graph"]);
      }
    }
  }
  return objects;
}

function isArticle(object: JsonObject): boolean {
  const type = object["@type"];
  const types = Array.isArray(type) ? type : [type];
  return types.some((name) => typeof name === "string" && ARTICLE_TYPE.test(name));
}

const text = (value: Json | undefined): string | null => (typeof value === "string" && collapsed(value) !== "" ? collapsed(value) : null);

/** Author names from JSON-LD's author: a name, a Person, or a list of them. */
function authorNames(value: Json | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap(authorNames);
  if (typeof value === "string") return /^https?:/u.test(value) ? [] : [collapsed(value)];
  if (typeof value === "object") return text(value.name) ? [text(value.name)!] : [];
  return [];
}

function urlOf(value: Json | undefined): string | null {
  if (typeof value === "string") return text(value);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return text(value["@id"]) ?? text(value.url);
  return null;
}

/** A date-time as written, when it reads as one (ISO 8601 or what Date parses); else null. */
function dateTime(value: string | null): string | null {
  if (value === null) return null;
  const trimmed = value.trim();
  return trimmed !== "" && !Number.isNaN(Date.parse(trimmed)) ? trimmed : null;
}

const SEPARATORS = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " _", "_"];

/**
 * A site's name is a few words: what follows a title's last separator is taken for one when it is at
 * most this long ("| eHow", "- Breitbart", "_科技_腾讯网", "[LWN.net]"), and the headline left is
 * at least HEADLINE_MIN_CHARS long.
 */
const SITE_NAME_MAX_CHARS = 30;
const HEADLINE_MIN_CHARS = 10;

/**
 * The headline without the site's name, taken off the same way whoever wrote the title: the name
 * the page gives (og:site_name) before or after a separator, else every trailing part after a
 * separator (" | ", " - ", " – ", " — ", " _", "_", " · ", " :: ", " » ") or in brackets that is
 * short enough to be a name, while enough headline is left.
 */
export function withoutSiteName(title: string, siteName: string | null): string {
  if (siteName !== null) {
    for (const separator of SEPARATORS) {
      if (title.endsWith(`${separator}${siteName}`)) return title.slice(0, -(separator.length + siteName.length)).trim();
      if (title.startsWith(`${siteName}${separator}`)) return title.slice(siteName.length + separator.length).trim();
    }
  }
  let headline = title;
  for (;;) {
    const bracket = /\s*\[([^\]]{1,30})\]$/u.exec(headline);
    let cut = bracket ? bracket.index : -1;
    if (cut === -1) {
      for (const separator of SEPARATORS) {
        const at = headline.lastIndexOf(separator);
        if (at > cut && headline.length - at - separator.length <= SITE_NAME_MAX_CHARS) cut = at;
      }
    }
    if (cut === -1 || cut < HEADLINE_MIN_CHARS) return headline;
    const rest = headline.slice(cut).replace(/^[\s|\-–—_:·»[]+/u, "");
    // A part of the headline itself ("Covid-19", "2019 - 2020") holds no letter of a name, or follows a hyphen without spaces.
    if (!/\p{L}/u.test(rest)) return headline;
    headline = headline.slice(0, cut).trim();
  }
}

/** A URL made absolute against the page's own, when it has one; a bad URL is kept as written. */
function absolute(url: string | null, base: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url, base ?? undefined).href;
  } catch {
    return url;
  }
}

/** Half the words of the shorter text are in the longer one: two wordings of one headline. */
function sharesWords(a: string, b: string): boolean {
  const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const [shorter, longer] = [words(a), words(b)].sort((x, y) => x.length - y.length) as [string[], string[]];
  const pool = new Set(longer);
  return shorter.length > 0 && shorter.filter((word) => pool.has(word)).length >= shorter.length / 2;
}

/** The language a page declares: <html lang> (or xml:lang), a content-language <meta>, its JSON-LD inLanguage, else the Content-Language header. */
function declaredLanguage(document: DomDocument, article: JsonObject | null, header: string | null): string | null {
  const root = document.documentElement as DomElement | null;
  const candidates = [
    root?.getAttribute("lang") ?? null,
    root?.getAttribute("xml:lang") ?? null,
    document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute("content") ?? null,
    typeof article?.inLanguage === "string" ? article.inLanguage : null,
    header,
  ];
  for (const candidate of candidates) {
    const tag = candidate === null ? null : canonicalLanguage(candidate);
    if (tag !== null) return tag;
  }
  return null;
}

export function readPageMeta(document: DomDocument, fetchedUrl: string | null, contentLanguage: string | null = null): PageMeta {
  const meta = (selector: string) => text(document.querySelector(selector)?.getAttribute("content"));
  const article = jsonLdObjects(document).find(isArticle) ?? null;
  const siteName = meta('meta[property="og:site_name"]');
  const h1 = collapsed(document.querySelector("article h1, main h1, h1")?.textContent ?? null);
  const titleTag = collapsed(document.querySelector("title")?.textContent ?? null);
  // An h1 may name the section ("Allergies Health Center"): without metadata, it is the headline
  // only when it shares words with the <title>, or there is no <title> to say otherwise.
  const h1Headline = h1 !== "" && (titleTag === "" || sharesWords(h1, withoutSiteName(titleTag, siteName))) ? h1 : null;
  const headline = text(article?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? h1Headline ?? (titleTag || null) ?? (h1 || null);
  const authors = authorNames(article?.author);
  const byline =
    (authors.length > 0 ? authors.join(", ") : null) ??
    meta('meta[name="author"]') ??
    (collapsed(document.querySelector('[rel="author"], [itemprop="author"], .byline')?.textContent ?? null) || null);
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  const url = absolute(text(canonical) ?? meta('meta[property="og:url"]') ?? urlOf(article?.url) ?? urlOf(article?.mainEntityOfPage) ?? fetchedUrl, fetchedUrl);
  const timeAttribute = (selector: string) => dateTime(document.querySelector(selector)?.getAttribute("datetime") ?? null);
  const published =
    dateTime(text(article?.datePublished)) ??
    dateTime(meta('meta[property="article:published_time"]')) ??
    dateTime(meta('meta[itemprop="datePublished"]')) ??
    timeAttribute('time[itemprop="datePublished"]') ??
    timeAttribute("time[datetime]:not([itemprop=dateModified]):not([class*=updated]):not([class*=modified])");
  const modified =
    dateTime(text(article?.dateModified)) ??
    dateTime(meta('meta[property="article:modified_time"]')) ??
    dateTime(meta('meta[property="og:updated_time"]')) ??
    dateTime(meta('meta[itemprop="dateModified"]')) ??
    timeAttribute('time[itemprop="dateModified"], time[class*=updated], time[class*=modified]');
  const lang = declaredLanguage(document, article, contentLanguage);
  return { title: headline === null ? null : withoutSiteName(headline, siteName), byline, url, published, modified, lang };
}

/** The calendar day of a date-time as written ("2022-01-11T01:54:00+08:00" → 2022-01-11), else of its UTC reading. */
export function dayOf(value: string | null): string | null {
  if (value === null) return null;
  const written = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/u.exec(value);
  if (written) return written[1]!;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

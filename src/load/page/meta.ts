// What a page says of itself: headline, byline, canonical URL, published and modified times, read
// from JSON-LD first (what news sites give search engines, and keep right), then Open Graph and
// article:… meta tags, then the markup (<time datetime>, <h1>, <title>).
import type { PageMeta } from "../../model.js";
import { collapsed } from "./rules.js";
import type { DomDocument } from "./dom.js";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /Article$|^BlogPosting$|^Report$/u;

/** Every object in the page's JSON-LD blocks, @graph and arrays unfolded; a block that is not JSON is skipped. */
function jsonLdObjects(document: DomDocument): JsonObject[] {
  const objects: JsonObject[] = [];
  const scripts = document.querySelectorAll('script[type="application/ld+json"]');
  for (let k = 0; k < scripts.length; k++) {
    let value: Json;
    try {
      value = JSON.parse(scripts[k]!.textContent ?? "") as Json;
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

/** The site's name after a separator ("Headline | The Daily Bugle", "Headline - Bugle") is not the headline. */
function withoutSiteName(title: string, siteName: string | null): string {
  if (siteName !== null) {
    for (const separator of [" | ", " - ", " – ", " — ", " :: ", " · "]) {
      if (title.endsWith(`${separator}${siteName}`)) return title.slice(0, -(separator.length + siteName.length)).trim();
      if (title.startsWith(`${siteName}${separator}`)) return title.slice(siteName.length + separator.length).trim();
    }
  }
  return title;
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

export function readPageMeta(document: DomDocument, fetchedUrl: string | null): PageMeta {
  const meta = (selector: string) => text(document.querySelector(selector)?.getAttribute("content"));
  const article = jsonLdObjects(document).find(isArticle) ?? null;
  const siteName = meta('meta[property="og:site_name"]');
  const h1 = collapsed(document.querySelector("article h1, main h1, h1")?.textContent ?? null);
  const titleTag = collapsed(document.querySelector("title")?.textContent ?? null);
  const headline = text(article?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? (h1 || null) ?? (titleTag || null);
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
  return { title: headline === null ? null : withoutSiteName(headline, siteName), byline, url, published, modified };
}

/** The calendar day of a date-time as written ("2022-01-11T01:54:00+08:00" → 2022-01-11), else of its UTC reading. */
export function dayOf(value: string | null): string | null {
  if (value === null) return null;
  const written = /^(\d{4}-\d{2}-\d{2})(?:$|[T ])/u.exec(value);
  if (written) return written[1]!;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString().slice(0, 10);
}

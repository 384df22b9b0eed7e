import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import type { RawArticle, RuleName } from "../../src/model.js";
import { blocksOf } from "../../src/load/page/blocks.js";
import { canonicalCharset, pageCharset } from "../../src/load/page/charset.js";
import { isWebPage } from "../../src/load/page/detect.js";
import type { DomDocument, DomElement } from "../../src/load/page/dom.js";
import { loadPage, type PageFailure } from "../../src/load/page/extract.js";
import { dayOf, readPageMeta } from "../../src/load/page/meta.js";
import { captureNear, isWaybackTimestamp, mementoTime, parseCapture } from "../../src/load/wayback.js";
import { firstInvalidUtf8 } from "../../src/load/decode.js";
import { FIXTURES } from "../helpers.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => readFileSync(join(FIXTURES, "html", name));
const valid = (b: Uint8Array) => firstInvalidUtf8(b) === -1;

function load(page: Uint8Array | string, options: { keep?: RuleName[]; wholePage?: boolean; url?: string } = {}): RawArticle | PageFailure {
  return loadPage({
    bytes: typeof page === "string" ? bytes(page) : page,
    path: "page.html",
    contentType: null,
    url: options.url ?? null,
    date: null,
    keep: new Set(options.keep ?? []),
    wholePage: options.wholePage === true,
  });
}

function article(page: Uint8Array | string, options: Parameters<typeof load>[1] = {}): RawArticle {
  const result = load(page, options);
  if ("failure" in result) throw new Error(result.failure);
  return result;
}

const document = (html: string) => (parseHTML(html) as unknown as { document: DomDocument }).document;

describe("isWebPage", () => {
  it.each([
    ["<!DOCTYPE html><p>x", "a.txt"],
    ["\ufeff  <!-- saved --><html lang=en>", "a"],
    ['<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">', "a"],
    ["anything", "story.HTML"],
    ["anything", "https://example.com/story.htm?x=1"],
  ])("%j named %s is a page", (text, name) => expect(isWebPage(bytes(text), name)).toBe(true));

  it.each([
    ["date 2024-01-01\n\nThe <html> tag was named in 1991.", "a.txt"],
    ["<p>a fragment</p>", "notes.txt"],
    ["Plain text", "https://example.com/story"],
  ])("%j named %s is not", (text, name) => expect(isWebPage(bytes(text), name)).toBe(false));

  it("lets the content decide over the server's type, and the type over the name", () => {
    expect(isWebPage(bytes("<!doctype html>"), "a.txt", "text/plain")).toBe(true);
    expect(isWebPage(bytes("<p>x</p>"), "a.txt", "text/html; charset=utf-8")).toBe(true);
    expect(isWebPage(bytes("x"), "a.html", "text/plain")).toBe(false);
  });

  it("finds the tag of a UTF-16 page after its BOM", () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<!doctype html><p>x", "utf16le")]);
    expect(isWebPage(utf16, "a")).toBe(true);
  });
});

describe("pageCharset", () => {
  const page = (meta: string) => bytes(`<!doctype html><html><head>${meta}</head><body>cafe</body></html>`);
  const utf8Page = (meta: string) => bytes(`<!doctype html><html><head>${meta}</head><body>café</body></html>`);
  it("takes a BOM first, then the header, then a <meta>", () => {
    expect(pageCharset(Buffer.from([0xef, 0xbb, 0xbf, 0x3c]), "text/html; charset=windows-1252", valid)).toEqual({ name: "utf-8", source: "bom" });
    expect(pageCharset(page('<meta charset="utf-8">'), 'text/html; charset="ISO-8859-2"', valid)).toEqual({ name: "iso-8859-2", source: "header" });
    // "café" in UTF-8 is valid UTF-8 with a multi-byte sequence: the bytes win over a legacy <meta>; ASCII bytes do not.
    expect(pageCharset(utf8Page("<meta charset=Shift_JIS>"), "text/html", valid)).toEqual({ name: "utf-8", source: "default", declared: "shift_jis" });
    expect(pageCharset(page("<meta charset=Shift_JIS>"), "text/html", valid)).toEqual({ name: "shift_jis", source: "meta" });
    expect(pageCharset(page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'), null, valid)).toEqual({ name: "windows-1252", source: "meta" });
    expect(pageCharset(page('<meta content="text/html; charset=koi8-r" http-equiv="content-type">'), null, valid)).toEqual({ name: "koi8-r", source: "meta" });
  });

  it("ignores a <meta> inside a comment", () => {
    expect(pageCharset(page('<!-- <meta charset="koi8-r"> --><meta charset="utf-8">'), null, valid).name).toBe("utf-8");
  });

  it("without a declaration: UTF-8 when the bytes are valid UTF-8, else windows-1252", () => {
    expect(pageCharset(utf8Page(""), null, valid)).toEqual({ name: "utf-8", source: "default" });
    expect(pageCharset(Buffer.from("<p>caf\xe9 \x93quoted\x94</p>", "latin1"), null, valid)).toEqual({ name: "windows-1252", source: "default" });
  });

  it("reads latin1, ascii and a UTF-16 <meta> as browsers do", () => {
    expect(["latin1", "US-ASCII", "iso-8859-1", "cp1252"].map(canonicalCharset)).toEqual(["windows-1252", "windows-1252", "windows-1252", "windows-1252"]);
    expect(canonicalCharset("utf-16")).toBe("utf-8");
    // A label that is a member of every object is a label like any other (and no encoding).
    expect(canonicalCharset("constructor")).toBe("constructor");
  });
});

describe("loadPage", () => {
  it("decodes windows-1252 curly quotes, dashes and ellipses (bytes 0x80-0x9F), not as control characters", () => {
    const text = article(fixture("cp1252/old.html")).paragraphs.join("\n");
    expect(text).toContain("11-day strike — the longest in the mill’s 80-year history —");
    expect(text).toContain("“Not all of it… but most.”");
    expect(text).not.toMatch(/[\u0080-\u009f]/u);
  });

  it("reads a news page: metadata, the article's paragraphs, and its boilerplate by rule", () => {
    const page = article(fixture("story/new.html"));
    expect(page.page).toEqual({
      title: "Harbour bridge reopens after repairs costing $43 million",
      byline: "Mara Quint",
      url: "https://courier.example/news/harbour-bridge-reopens",
      published: "2024-03-04T06:10:00Z",
      modified: "2024-03-05T14:32:00Z",
      lang: "en",
    });
    expect(page.date).toBe("2024-03-05");
    expect(page.paragraphs[0]).toBe("The Wendle Harbour bridge reopened to traffic on Monday after a two-year repair that cost the county $43 million, officials said.");
    // The correction stays: it is content.
    expect(page.paragraphs.at(-2)).toBe("Correction: An earlier version of this story gave the cost of the repair as $41.5 million. The final cost was $43 million.");
    expect(page.paragraphs.at(-1)).toBe("Reporting by Mara Quint; Editing by Joel Sandoval");
    expect(page.removed).toEqual([
      { rule: "byline", text: "By Mara Quint" },
      { rule: "published", text: "March 4, 2024" },
      { rule: "published", text: "Updated March 5, 2024" },
      { rule: "credits", text: "Photo: Ilse Brandt/Calder Courier" },
      { rule: "caption", text: "Cars and cyclists cross the Wendle Harbour bridge on its first day back in service." },
      { rule: "newsletter", text: "Get the Courier Daily Sign up for our newsletter to get the day's top stories in your inbox." },
    ]);
    // The related links and the share bar are not the article Readability finds: outside it, they are not listed.
    for (const outside of ["Ferry service to end", "Tweet"]) expect(page.paragraphs.join(" ")).not.toContain(outside);
    const all = page.paragraphs.join(" ");
    for (const furniture of ["cookies", "Advertisement", "Comments", "All rights reserved", "Weather", "We promised this town a safe bridge.\""]) expect(all).not.toContain(furniture);
  });

  it("leaves a rule's text in the body with --keep", () => {
    const kept = article(fixture("story/new.html"), { keep: ["caption", "credits"] });
    expect(kept.paragraphs[0]).toBe("Cars and cyclists cross the Wendle Harbour bridge on its first day back in service. Photo: Ilse Brandt/Calder Courier");
    expect(kept.removed!.map((removal) => removal.rule)).not.toContain("caption");
  });

  it("reads paragraphs of unclosed and mismatched tags as a browser would", () => {
    expect(article(fixture("malformed/old.html")).paragraphs).toHaveLength(5);
  });

  it("says a page without article text has none, and --whole-page reads all its visible text with a warning", () => {
    expect(load(fixture("no-article/page.html"))).toEqual({ failure: "no article text found in the page; --whole-page compares all its visible text", code: "no-article" });
    const whole = article(fixture("no-article/page.html"), { wholePage: true });
    expect(whole.paragraphs).toEqual(["Home News Sport", "404", "Sorry, we can't find that page.", "Privacy · Terms"]);
    expect(whole.warnings).toEqual(["all visible text of the page is compared, not an article (--whole-page) (page.html)"]);
  });

  it("reads a page nested 100,000 elements deep without running out of stack", () => {
    const sentence = "The council approved a budget of 12 million pounds after a long debate in the chamber on Tuesday evening. ";
    const deep = `<!doctype html><html><body>${"<div>".repeat(100_000)}<p>${sentence.repeat(3)}</p>${"</div>".repeat(100_000)}</body></html>`;
    expect(article(deep).paragraphs).toEqual([sentence.repeat(3).trim()]);
  });

  it("reads a 10 MB page whole, with a warning, past Readability's element limit", () => {
    const paragraphs: string[] = [];
    let size = 0;
    for (let k = 0; size < 10 * 1024 * 1024; k++) {
      const paragraph = `Paragraph ${k} says the harbour authority spent ${k} million on dredging last year, officials said.`;
      paragraphs.push(paragraph);
      size += paragraph.length + 8;
    }
    const big = article(`<!doctype html><html><body><article>${paragraphs.map((paragraph) => `<p>${paragraph}</p>\n`).join("")}</article></body></html>`);
    expect(big.paragraphs).toEqual(paragraphs);
    expect(big.warnings[0]).toMatch(/^page of \d+ elements, too many to find its article in; all its visible text is compared \(page\.html\)$/u);
  });
});

describe("readPageMeta", () => {
  it("reads JSON-LD in a list, authors as names, and resolves a relative canonical URL", () => {
    const meta = readPageMeta(
      document(
        `<html><head><title>T | Site</title><link rel="canonical" href="/a/story"><script type="application/ld+json">[{"@type":"Organization"},{"@type":["NewsArticle"],"headline":" The  headline ","author":["Ann Lee",{"name":"Bo Chen"}],"datePublished":"2024-01-02T03:04:05+01:00"}]</script><script type="application/ld+json">{not json</script></head><body></body></html>`,
      ),
      "https://example.com/x?y=1",
    );
    expect(meta).toEqual({ title: "The headline", byline: "Ann Lee, Bo Chen", url: "https://example.com/a/story", published: "2024-01-02T03:04:05+01:00", modified: null, lang: null });
  });

  it("falls back to og:title without the site's name, then <time datetime>", () => {
    const meta = readPageMeta(
      document(`<html><head><meta property="og:site_name" content="Bugle"><meta property="og:title" content="Storm hits coast - Bugle"></head><body><time datetime="2023-05-06">6 May</time><time class="updated" datetime="2023-05-07T10:00Z">7 May</time></body></html>`),
      null,
    );
    expect(meta).toEqual({ title: "Storm hits coast", byline: null, url: null, published: "2023-05-06", modified: "2023-05-07T10:00Z", lang: null });
  });

  it("reads the page's language: <html lang>, a content-language <meta>, JSON-LD inLanguage, then the Content-Language header", () => {
    const lang = (html: string, header: string | null = null) => readPageMeta(document(html), null, header).lang;
    expect(lang(`<html lang="de-ch"><head></head><body></body></html>`, "fr")).toBe("de-CH");
    expect(lang(`<html><head><meta http-equiv="Content-Language" content="es"></head><body></body></html>`)).toBe("es");
    expect(lang(`<html><head><script type="application/ld+json">{"@type":"NewsArticle","inLanguage":"ru-RU"}</script></head><body></body></html>`)).toBe("ru-RU");
    // A lang attribute that is no tag is passed over for what comes next.
    expect(lang(`<html lang="{{lang}}"><head></head><body></body></html>`, "ja, en")).toBe("ja");
    expect(lang(`<html><head></head><body></body></html>`)).toBeNull();
  });

  it("dayOf keeps the day as written, whatever the zone", () => {
    expect([dayOf("2022-01-11T01:54:00+08:00"), dayOf("Tue, 11 Jan 2022 00:00:00 GMT"), dayOf("not a date"), dayOf(null)]).toEqual(["2022-01-11", "2022-01-11", null, null]);
  });
});

describe("blocksOf", () => {
  it("ends a paragraph at every block, keeps <br> as a line break, and joins table cells with tabs", () => {
    const body = document("<html><body><div>Intro <b>bold</b><p>One<br>two</p><table><tr><th>Shr</th><td>1.20 dlrs</td><td>1.10 dlrs</td></tr></table><ul><li>a</li><li>b</li></ul>tail<script>x()</script><div>First.<br><br>Second.<br> <br>Third.</div></div></body></html>").body as DomElement;
    expect(blocksOf(body).map((block) => block.text)).toEqual(["Intro bold", "One\ntwo", "Shr\t1.20 dlrs\t1.10 dlrs", "a", "b", "tail", "First.", "Second.", "Third."]);
  });
});

describe("wayback", () => {
  it("reads a capture URL apart and asks for it raw", () => {
    expect(parseCapture("https://web.archive.org/web/20220111000000/https://example.com/a?b=1", "http://127.0.0.1:9")).toEqual({
      timestamp: "20220111000000",
      original: "https://example.com/a?b=1",
      raw: "https://web.archive.org/web/20220111000000id_/https://example.com/a?b=1",
    });
    expect(parseCapture("https://web.archive.org/web/2022im_/https://example.com/", "https://web.archive.org")?.raw).toBe("https://web.archive.org/web/2022id_/https://example.com/");
    expect(parseCapture("https://example.com/web/2022/x", "https://web.archive.org")).toBeNull();
    expect(captureNear("https://example.com/", "2022", "http://127.0.0.1:9")).toBe("http://127.0.0.1:9/web/2022id_/https://example.com/");
  });

  it("reads Memento-Datetime and timestamps", () => {
    expect(mementoTime("Tue, 11 Jan 2022 00:05:12 GMT")).toBe("2022-01-11T00:05:12Z");
    expect(mementoTime("garbage")).toBeNull();
    expect(["2022", "20220111000000", "202", "202201110000001", "2022-01"].map(isWaybackTimestamp)).toEqual([true, true, false, false, false]);
  });
});

describe("page rules read the text, not only the class", () => {
  it("keeps prose that a site's class names like boilerplate", () => {
    const prose = "Shares of Northwind Ports rose 4.2% to 310 pence after the results, the biggest rise in the index on the day.";
    const html = `<!doctype html><html><body><article><p>The port operator said on Tuesday its profit rose by a fifth in the first half, helped by record container volumes at its two main terminals.</p><p class="share-price">${prose}</p><p class="related-note">The company also named a new chief financial officer, who joins in September from a rival operator in Rotterdam.</p><div class="share-tools"><a href="#">Share</a><a href="#">Email</a></div></article></body></html>`;
    const page = article(html);
    expect(page.paragraphs).toContain(prose);
    expect(page.paragraphs).toContain("The company also named a new chief financial officer, who joins in September from a rival operator in Rotterdam.");
    // The share bar is not article text: Readability leaves it out by its class.
    expect(page.paragraphs.join(" ")).not.toContain("Email");
  });
});

describe("page rules on the article Readability returns", () => {
  const prose = (n: number) =>
    Array.from({ length: n }, (_, k) => `<p>The county council met on Tuesday for the ${k + 1}th time this year to discuss the harbour bridge, its tolls and the ferry service that will end when the bridge reopens in spring.</p>`).join("");
  const page = (inside: string, head = "") =>
    `<!doctype html><html><head><title>Bridge reopens after repairs | The Courier</title>${head}</head><body><article><h1>Bridge reopens after repairs</h1>${inside}</article></body></html>`;

  it("takes date lines without <time>, in several languages, and keeps a sentence that names a date", () => {
    const stamps = ["Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: Sat 8:31 PM, Feb 17, 2018", "segunda-feira, 22 de janeiro de 2018 às 0:13", "Updated at 1:23 p.m."];
    const result = article(page(`${stamps.map((stamp) => `<div>${stamp}</div>`).join("")}${prose(3)}<p>On Monday, March 4, 2024.</p>`));
    expect(result.removed!.filter((removal) => removal.rule === "published").map((removal) => removal.text)).toEqual(stamps);
    expect(result.paragraphs).toContain("On Monday, March 4, 2024.");
  });

  it("takes a promotion's link in capitals amid the story, keeps a link with a price, and takes a hover card but not the name it hangs on", () => {
    const card = `<p>The plan was backed by <span class="person"><a href="/p/ann-lee">Ann Lee</a><span class="card"><img src="a.jpg"><a href="/p/ann-lee">Ann Lee</a> <a href="/s/1">Lee wins seat in council vote</a></span></span>, the council's leader, on Tuesday.</p>`;
    const result = article(page(`${prose(2)}<p><a href="/app">GET THE COURIER APP BY CLICKING HERE</a></p><p><a href="/shop">Get the bridge guide for $12.99</a></p>${card}${prose(2)}`));
    expect(result.paragraphs).toContain("Get the bridge guide for $12.99");
    expect(result.paragraphs).toContain("The plan was backed by Ann Lee, the council's leader, on Tuesday.");
    expect(result.removed!.filter((removal) => removal.rule === "navigation").map((removal) => removal.text)).toEqual(["GET THE COURIER APP BY CLICKING HERE", "Ann Lee Lee wins seat in council vote"]);
  });

  it("takes a byline with its word, a © credit line, and the headline repeated before the story; reads JSON-LD in CDATA", () => {
    const jsonLd = `<script type="application/ld+json"><![CDATA[ {"@type":"NewsArticle","headline":"Bridge reopens after two years"} ]]></script>`;
    // Readability takes the first byline for itself; the second is the page rule's, with its "Por".
    const bylines = `<div class="byline">By Mara Quint</div><div class="meta">Por <span class="author">Ann Lee</span></div>`;
    const result = article(page(`<p>Bridge reopens after two years</p>${bylines}<div>© Ilse Brandt</div>${prose(3)}`, jsonLd));
    expect(result.page!.title).toBe("Bridge reopens after two years");
    expect(result.removed).toEqual(expect.arrayContaining([{ rule: "byline", text: "Por Ann Lee" }, { rule: "credits", text: "© Ilse Brandt" }]));
    expect(result.paragraphs[0]).toMatch(/^The county council met/u);
  });
});

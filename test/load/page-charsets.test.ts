// Charsets as a reader sees them (issue 21, item 5): a page in GBK, Shift_JIS or windows-1251, read
// by what it declares; the same page saved as UTF-8 with its old <meta> still declaring the legacy
// charset (what a browser's "save page" writes), read as UTF-8 with a warning; and a server's
// Content-Type, which still wins.
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { loadPage, type PageFailure } from "../../src/load/page/extract.js";
import type { RawArticle } from "../../src/model.js";

const PAGES = {
  gbk: "北京市政府周二宣布，将在明年投入三百亿元用于改善城市公共交通，包括新建两条地铁线路和扩建现有的公交网络。官员表示，这项计划预计将在二零二八年前全部完成，并将为市民节省大量通勤时间。",
  shift_jis: "東京都は火曜日、来年度に公共交通の改善へ三百億円を投じると発表した。新しい地下鉄二路線の建設と既存のバス網の拡充が含まれる。担当者によると、計画は二〇二八年までに完了する見込みで、通勤時間が大幅に短縮されるという。",
  "windows-1251": "Правительство Москвы во вторник объявило, что в следующем году направит тридцать миллиардов рублей на развитие общественного транспорта, включая строительство двух новых линий метро. По словам чиновников, программа будет завершена к 2028 году.",
} as const;

const html = (charset: string, text: string) =>
  `<!doctype html><html><head><meta charset="${charset}"><title>Story</title></head><body><article><h1>Story</h1><p>${text}</p><p>${text}</p></article></body></html>`;

function read(bytes: Uint8Array, contentType: string | null = null): RawArticle {
  const raw = loadPage({ bytes, path: "page.html", contentType, url: null, date: null, keep: new Set(), wholePage: false });
  if ("failure" in raw) throw new Error((raw as PageFailure).failure);
  return raw;
}

describe.each(Object.entries(PAGES))("a %s page", (charset, text) => {
  it("in its own charset, read by its <meta>", () => {
    const page = read(iconv.encode(html(charset, text), charset));
    expect(page.paragraphs).toEqual([text, text]);
    expect(page.warnings).toEqual([]);
  });

  it("saved as UTF-8 with the legacy <meta> kept: read as UTF-8, with a warning", () => {
    const page = read(new TextEncoder().encode(html(charset, text)));
    expect(page.paragraphs).toEqual([text, text]);
    expect(page.warnings).toEqual([`the page declares charset "${charset}" but its bytes are UTF-8; read as UTF-8 (page.html)`]);
  });

  it("fetched with a Content-Type naming the charset: the header wins over the bytes, as in a browser", () => {
    const page = read(iconv.encode(html("utf-8", text), charset), `text/html; charset=${charset}`);
    expect(page.paragraphs).toEqual([text, text]);
    const misread = read(new TextEncoder().encode(html(charset, text)), `text/html; charset=${charset}`);
    expect(misread.paragraphs[0]).not.toBe(text);
  });
});

it("gb2312 in the markup names GBK: a browser's saved page of a Chinese site", () => {
  const page = read(new TextEncoder().encode(html("gb2312", PAGES.gbk)));
  expect(page.paragraphs[0]).toBe(PAGES.gbk);
  expect(page.warnings).toEqual(['the page declares charset "gbk" but its bytes are UTF-8; read as UTF-8 (page.html)']);
});

// A stand-in for the Wayback Machine on 127.0.0.1: its CDX API and raw (id_) captures of one
// fictional story, with the archive's quirks: repeated digests, captures recorded with a 404, a
// redirect capture, a capture that is slow to answer, a 429 with Retry-After. Every request is
// logged, so that tests can count what a run fetched.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export const STORY = "https://courier.example/news/harbour-bridge";

/** The story's article in each of its versions (fictional copy). */
const ARTICLES = {
  first: { title: "Harbour bridge to reopen on Monday", paragraphs: ["The Wendle Harbour bridge will reopen to traffic on Monday after a two-year repair that cost the county $41.5 million, officials said.", "Mayor Ana Ruiz said the bridge would carry 20,000 cars a day."] },
  headline: { title: "Harbour bridge reopens on Monday", paragraphs: ["The Wendle Harbour bridge will reopen to traffic on Monday after a two-year repair that cost the county $41.5 million, officials said.", "Mayor Ana Ruiz said the bridge would carry 20,000 cars a day."] },
  correction: { title: "Harbour bridge reopens on Monday", paragraphs: ["The Wendle Harbour bridge will reopen to traffic on Monday after a two-year repair that cost the county $43 million, officials said.", "Mayor Ana Ruiz said the bridge would carry 20,000 cars a day."] },
  update: { title: "Harbour bridge reopens on Monday", paragraphs: ["The Wendle Harbour bridge will reopen to traffic on Monday after a two-year repair that cost the county $43 million, officials said.", "Mayor Ana Ruiz said the bridge would carry 20,000 cars a day.", "“We are proud of the crews who worked through two winters,” Ruiz said on Sunday."] },
  live: { title: "Harbour bridge reopens to traffic", paragraphs: ["The Wendle Harbour bridge reopened to traffic on Monday after a two-year repair that cost the county $43 million, officials said.", "Mayor Ana Ruiz said the bridge would carry 20,000 cars a day.", "“We are proud of the crews who worked through two winters,” Ruiz said on Sunday."] },
};
type ArticleName = keyof typeof ARTICLES;

/** A page of the story: the article in one of two templates, with a rail whose headlines change from capture to capture. */
function page(article: ArticleName, template: "old" | "new", rail: string): string {
  const { title, paragraphs } = ARTICLES[article];
  const body = paragraphs.map((text) => `<p>${text}</p>`).join("\n");
  const aside = `<aside class="most-read"><h2>Most read</h2><ul><li><a href="/a">${rail}</a></li><li><a href="/b">Ferry timetable changes</a></li></ul></aside>`;
  if (template === "old") {
    return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Courier</title><meta property="og:title" content="${title}"></head><body><header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header><main><article><h1>${title}</h1>\n${body}\n</article>${aside}</main><footer>© Courier</footer></body></html>`;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - The Courier</title><meta property="og:title" content="${title}"><script>window.dataLayer=[{"page":"${rail}"}]</script></head><body><div class="site"><div class="masthead"><a href="/">The Courier</a></div><div class="layout"><div class="story-body"><h1 class="headline">${title}</h1><div class="text">\n${body}\n</div></div>${aside}</div></div><div class="foot">Subscribe · © The Courier 2024</div></body></html>`;
}

export interface Capture {
  timestamp: string;
  digest: string;
  status: string;
  /** What the capture's id_ URL answers. */
  answer: { page: [ArticleName, "old" | "new", string] } | { redirectTo: string } | { slow: true } | { refuseFirst: number; page: [ArticleName, "old" | "new", string] };
}

/**
 * The story's captures, oldest first: 14 in all, 5 distinct articles and headlines among them.
 * The versions a reader sees: first → headline changed → correction ($41.5 → $43 million) →
 * update (a quote added).
 */
export const CAPTURES: Capture[] = [
  { timestamp: "20240304080000", digest: "AAA", status: "200", answer: { page: ["first", "old", "Storm warning"] } },
  { timestamp: "20240304083000", digest: "AAA", status: "200", answer: { page: ["first", "old", "Storm warning"] } },
  { timestamp: "20240304090000", digest: "AAB", status: "200", answer: { page: ["first", "old", "Council votes on budget"] } },
  { timestamp: "20240304100000", digest: "BBB", status: "200", answer: { page: ["headline", "old", "Council votes on budget"] } },
  { timestamp: "20240304103000", digest: "XXX", status: "404", answer: { page: ["headline", "old", "Not found"] } },
  { timestamp: "20240304110000", digest: "RRR", status: "302", answer: { redirectTo: "20240304100000" } },
  { timestamp: "20240304120000", digest: "BBC", status: "200", answer: { page: ["headline", "new", "School opens"] } },
  { timestamp: "20240304130000", digest: "SSS", status: "200", answer: { slow: true } },
  { timestamp: "20240304140000", digest: "CCC", status: "200", answer: { refuseFirst: 1, page: ["correction", "new", "School opens"] } },
  { timestamp: "20240304150000", digest: "CCC", status: "-", answer: { page: ["correction", "new", "School opens"] } },
  { timestamp: "20240304160000", digest: "CCD", status: "200", answer: { page: ["correction", "new", "Ferry strike"] } },
  { timestamp: "20240304170000", digest: "DDD", status: "200", answer: { page: ["update", "new", "Ferry strike"] } },
  { timestamp: "20240304180000", digest: "DDD", status: "200", answer: { page: ["update", "new", "Ferry strike"] } },
  { timestamp: "20240304190000", digest: "DDE", status: "200", answer: { page: ["update", "new", "Weather"] } },
];

export interface Archive {
  base: string;
  requests: string[];
  close(): Promise<void>;
}

const httpDate = (timestamp: string) => new Date(`${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}T${timestamp.slice(8, 10)}:${timestamp.slice(10, 12)}:${timestamp.slice(12, 14)}Z`).toUTCString();

/**
 * Starts the stand-in archive on a free port of 127.0.0.1. `slowMs`: how long the slow capture
 * takes; `retryAfter`: what its 429s ask for (seconds); `refuseCdx`: how many capture-list requests it refuses first.
 */
export async function startArchive(captures: Capture[] = CAPTURES, options: { slowMs?: number; refuseCdx?: number; retryAfter?: string } = {}): Promise<Archive> {
  const requests: string[] = [];
  const refused = new Map<string, number>();
  let cdxRefusals = options.refuseCdx ?? 0;
  const route = (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    requests.push(url.pathname + url.search);
    if (url.pathname === "/cdx/search/cdx") {
      if (cdxRefusals > 0) {
        cdxRefusals -= 1;
        response.writeHead(429, { "retry-after": options.retryAfter ?? "1" }).end();
        return;
      }
      const from = url.searchParams.get("from") ?? "";
      const to = url.searchParams.get("to") ?? "";
      const rows = captures
        .filter((capture) => capture.timestamp >= from.padEnd(14, "0") && (to === "" || capture.timestamp <= to.padEnd(14, "9")))
        .map((capture) => [capture.timestamp, STORY, capture.status, capture.digest, capture.status === "-" ? "warc/revisit" : "text/html"]);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify([["timestamp", "original", "statuscode", "digest", "mimetype"], ...rows]));
      return;
    }
    // The story's live page, for --live: the story URL given is this server's.
    if (url.pathname === "/news/harbour-bridge") {
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page("live", "new", "Live now"));
      return;
    }
    const match = /^\/web\/(\d{14})id_\/(.+)$/u.exec(url.pathname);
    const capture = match ? captures.find((entry) => entry.timestamp === match[1]) : undefined;
    if (!capture) {
      response.writeHead(404).end("no such capture");
      return;
    }
    const answer = capture.answer;
    if ("redirectTo" in answer) {
      response.writeHead(302, { location: `/web/${answer.redirectTo}id_/${STORY}`, "memento-datetime": httpDate(capture.timestamp) }).end();
      return;
    }
    if ("slow" in answer) {
      setTimeout(() => response.writeHead(200, { "content-type": "text/html" }).end("<html><body><p>late</p></body></html>"), options.slowMs ?? 5000).unref();
      return;
    }
    if ("refuseFirst" in answer && (refused.get(capture.timestamp) ?? 0) < answer.refuseFirst) {
      refused.set(capture.timestamp, (refused.get(capture.timestamp) ?? 0) + 1);
      response.writeHead(429, { "retry-after": options.retryAfter ?? "1" }).end("slow down");
      return;
    }
    const [article, template, rail] = answer.page;
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "memento-datetime": httpDate(capture.timestamp) }).end(page(article, template, rail));
  };
  const server: Server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

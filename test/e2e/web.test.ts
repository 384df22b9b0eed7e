// Live URLs and Wayback captures against a server of the test's own on 127.0.0.1 (port 0): no
// request leaves this machine. Every route answers by itself and stops by itself.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers.js";
import { newsdiff, newsdiffAsync } from "./run-cli.js";

const page = (name: string) => readFileSync(join(FIXTURES, "html", name));
const OLD = page("story/old.html");
const NEW = page("story/new.html");
const CP1252 = page("cp1252/old.html");
const MALFORMED = page("malformed/old.html");
const HTML = "text/html; charset=utf-8";
/** The longest a route keeps a connection open by itself (the slow and endless ones). */
const ROUTE_LIFETIME_MS = 5000;

let server: Server;
let base = "";
const requests: { path: string; userAgent: string | undefined; acceptEncoding: string | undefined }[] = [];

function route(request: IncomingMessage, response: ServerResponse): void {
  const path = request.url ?? "/";
  requests.push({ path, userAgent: request.headers["user-agent"], acceptEncoding: request.headers["accept-encoding"] });
  const send = (status: number, type: string | null, body: Uint8Array | string, headers: Record<string, string> = {}) => {
    response.writeHead(status, { ...(type === null ? {} : { "content-type": type }), ...headers });
    response.end(body);
  };
  const redirect = /^\/redirect\/(\d+)$/u.exec(path);
  if (redirect) {
    const left = Number(redirect[1]);
    response.writeHead(302, { location: left === 0 ? "/malformed" : `/redirect/${left - 1}` });
    response.end();
    return;
  }
  // A stand-in Wayback Machine: a timestamp is redirected to "the nearest capture", served raw.
  const wayback = /^\/web\/(\d+)(id_)?\/(.+)$/u.exec(path);
  if (wayback) {
    const [, timestamp, raw, original] = wayback as unknown as [string, string, string | undefined, string];
    if (!raw) return send(200, HTML, "<html><body><div id=wm-toolbar>Wayback toolbar</div></body></html>");
    if (timestamp !== "20240304061500") {
      response.writeHead(302, { location: `/web/20240304061500id_/${original}` });
      response.end();
      return;
    }
    return send(200, HTML, OLD, { "memento-datetime": "Mon, 04 Mar 2024 06:15:00 GMT" });
  }
  switch (path) {
    case "/old":
      return send(200, HTML, OLD);
    case "/new":
      return send(200, HTML, NEW);
    case "/malformed":
      return send(200, HTML, MALFORMED);
    case "/gzip":
      return send(200, HTML, gzipSync(NEW), { "content-encoding": "gzip" });
    case "/br":
      return send(200, HTML, brotliCompressSync(NEW), { "content-encoding": "br" });
    case "/loop-a":
      response.writeHead(301, { location: "/loop-b" });
      return void response.end();
    case "/loop-b":
      response.writeHead(301, { location: "/loop-a" });
      return void response.end();
    case "/missing":
      return send(404, "text/html", "<h1>Not found</h1>");
    case "/broken":
      return send(500, "text/html", "<h1>Server error</h1>");
    case "/no-charset":
      // windows-1252 bytes, no charset in the header: the page's <meta> says it.
      return send(200, "text/html", CP1252);
    case "/no-charset-anywhere":
      // windows-1252 bytes, no charset in the header or the page: not UTF-8, so windows-1252.
      return send(200, "text/html", Buffer.from(CP1252.toString("latin1").replace(/<meta[^>]*>/u, ""), "latin1"));
    case "/wrong-charset":
      // UTF-8 bytes the header calls latin1: the header wins, as in a browser (the page reads as mojibake).
      return send(200, "text/html; charset=iso-8859-1", NEW);
    case "/plain":
      return send(200, "text/plain; charset=utf-8", readFileSync(join(FIXTURES, "html", "story", "new.txt")));
    case "/image":
      return send(200, "image/png", Buffer.from([0x89, 0x50, 0x4e, 0x47]));
    case "/json":
      return send(200, "application/json", "{}");
    case "/slow": {
      const timer = setTimeout(() => send(200, HTML, NEW), ROUTE_LIFETIME_MS);
      response.on("close", () => clearTimeout(timer));
      return;
    }
    case "/endless": {
      response.writeHead(200, { "content-type": HTML });
      const chunk = Buffer.alloc(16 * 1024, "<p>more</p>\n");
      const started = Date.now();
      const write = () => {
        if (response.destroyed || Date.now() - started > ROUTE_LIFETIME_MS) return void response.end();
        response.write(chunk, () => setImmediate(write));
      };
      write();
      return;
    }
    default:
      return send(404, "text/plain", "no such route");
  }
}

beforeAll(async () => {
  server = createServer(route);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const json = (stdout: string) => JSON.parse(stdout) as { old: Record<string, unknown> & { sentences: string[] }; new: Record<string, unknown> & { sentences: string[] }; pairs: unknown[]; headline: unknown };
const fileRun = () => json(newsdiff(["--json", join(FIXTURES, "html/story/old.html"), join(FIXTURES, "html/story/new.html")]).stdout);

describe("live URLs", () => {
  it("compares two URLs as it compares the same pages saved as files", async () => {
    const run = await newsdiffAsync(["--json", `${base}/old`, `${base}/new`]);
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const [online, offline] = [json(run.stdout), fileRun()];
    expect(online.pairs).toEqual(offline.pairs);
    expect(online.headline).toEqual(offline.headline);
    expect([online.old.path, online.new.path]).toEqual([`${base}/old`, `${base}/new`]);
    expect(online.new.url).toBe("https://courier.example/news/harbour-bridge-reopens");
  });

  it("sends a User-Agent naming newsdiff and its version, and accepts compressed bodies", async () => {
    const { version } = JSON.parse(readFileSync(join(FIXTURES, "..", "package.json"), "utf8")) as { version: string };
    await newsdiffAsync(["--format", "stat", `${base}/gzip`, `${base}/br`]);
    const sent = requests.filter((request) => request.path === "/gzip" || request.path === "/br");
    expect(sent.map((request) => request.userAgent)).toEqual([`newsdiff/${version}`, `newsdiff/${version}`]);
    expect(sent[0]!.acceptEncoding).toMatch(/gzip/u);
  });

  it("decodes gzip and br bodies", async () => {
    const run = await newsdiffAsync(["--json", `${base}/gzip`, `${base}/br`]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(json(run.stdout).new.sentences).toEqual(fileRun().new.sentences);
  });

  it("follows redirects and records the final URL of a page without a canonical one", async () => {
    const run = await newsdiffAsync(["--json", `${base}/redirect/9`, `${base}/malformed`]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
    expect(json(run.stdout).old.url).toBe(`${base}/malformed`);
  });

  it.each([
    ["/redirect/10", "more than 10 redirects"],
    ["/loop-a", "redirect loop: BASE/loop-a again after 2 redirects"],
    ["/missing", "HTTP 404 Not Found"],
    ["/broken", "HTTP 500 Internal Server Error"],
    ["/image", "not a web page or text (content-type image/png)"],
    ["/json", "not a web page or text (content-type application/json)"],
  ])("%s → one line naming the URL, exit 2", async (path, message) => {
    const run = await newsdiffAsync([`${base}${path}`, `${base}/new`]);
    expect([run.status, run.stdout, run.stderr]).toEqual([2, "", `newsdiff: ${message.replace("BASE", base)} (${base}${path})\n`]);
  });

  it("gives up after --timeout", async () => {
    const run = await newsdiffAsync(["--timeout", "0.5", `${base}/slow`, `${base}/new`]);
    expect([run.status, run.stderr]).toEqual([2, `newsdiff: timed out after 0.5 s (${base}/slow)\n`]);
  });

  it("stops reading an endless body at --max-size", async () => {
    const run = await newsdiffAsync(["--max-size", "100000", `${base}/endless`, `${base}/new`]);
    expect([run.status, run.stderr]).toEqual([2, `newsdiff: page larger than --max-size 100000 bytes (${base}/endless)\n`]);
  });

  it("names a refused connection", async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, "127.0.0.1", resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise((resolve) => closed.close(resolve));
    const run = await newsdiffAsync([`http://127.0.0.1:${port}/`, `${base}/new`]);
    expect([run.status, run.stderr]).toEqual([2, `newsdiff: connection refused (http://127.0.0.1:${port}/)\n`]);
  });

  it("reads the charset from the page when the header has none, and windows-1252 when nothing says", async () => {
    for (const path of ["/no-charset", "/no-charset-anywhere"]) {
      const run = await newsdiffAsync(["--json", `${base}${path}`, join(FIXTURES, "html/cp1252/old.html")]);
      expect([path, run.status, run.stderr]).toEqual([path, 0, ""]);
      expect(json(run.stdout).old.sentences[0]).toContain("strike — the longest in the mill’s 80-year history —");
    }
  });

  it("lets the header's charset win over the page's, as browsers do", async () => {
    const run = await newsdiffAsync(["--json", `${base}/wrong-charset`, `${base}/new`]);
    expect(json(run.stdout).old.sentences.join(" ")).toContain("deckâ€™s");
  });

  it("reads a text/plain URL in the article layout", async () => {
    const run = await newsdiffAsync(["--json", `${base}/plain`, join(FIXTURES, "html/story/new.txt")]);
    expect([run.status, run.stderr]).toEqual([0, ""]);
  });

  it("goes on past a failed URL among many jobs, and reports each", async () => {
    const root = mkdtempSync(join(tmpdir(), "newsdiff-web-"));
    const list = join(root, "jobs.tsv");
    const { writeFileSync } = await import("node:fs");
    writeFileSync(list, `${base}/missing\t${base}/new\n${base}/old\t${base}/new\n${base}/image\t${base}/new\n`);
    const run = await newsdiffAsync(["--pairs-from", list, "--format", "stat"]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe(`${base}/old → ${base}/new: headline changed, 6 kept, 3 changed, 2 added, 0 removed, 0 moved, similarity 0.91 · quote 1, number 3, wording 3, typography 1\n`);
    expect(run.stderr).toBe(
      `newsdiff: HTTP 404 Not Found (${base}/missing)\nnewsdiff: not a web page or text (content-type image/png) (${base}/image)\nnewsdiff: 2 inputs could not be read\n`,
    );
  });
});

describe("Wayback Machine", () => {
  it("fetches a capture raw (id_), and takes its date from Memento-Datetime", async () => {
    const capture = `${base}/web/20240304000000/https://courier.example/news/harbour-bridge-reopens`;
    const run = await newsdiffAsync(["--json", capture, `${base}/new`], { env: { NEWSDIFF_WAYBACK_URL: base } });
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const document = json(run.stdout);
    expect(document.old.date).toBe("2024-03-04");
    expect(document.old.path).toBe(capture);
    expect(document.pairs).toEqual(fileRun().pairs);
    expect(requests.some((request) => request.path === "/web/20240304000000id_/https://courier.example/news/harbour-bridge-reopens")).toBe(true);
    expect(requests.some((request) => request.path === "/web/20240304000000/https://courier.example/news/harbour-bridge-reopens")).toBe(false);
  });

  it("--wayback T URL compares the capture nearest T with the live page", async () => {
    const run = await newsdiffAsync(["--json", "--wayback", "20240304", `${base}/new`], { env: { NEWSDIFF_WAYBACK_URL: base } });
    expect([run.status, run.stderr]).toEqual([1, ""]);
    const document = json(run.stdout);
    expect([document.old.path, document.old.date, document.new.path]).toEqual([`${base}/web/20240304id_/${base}/new`, "2024-03-04", `${base}/new`]);
    expect(document.pairs).toEqual(fileRun().pairs);
  });

  it("--wayback refuses anything but one URL", () => {
    expect(newsdiff(["--wayback", "20240304", "a.txt"]).stderr).toBe("newsdiff: --wayback takes one URL: the live page to compare with its capture\n");
    expect(newsdiff(["--wayback", "2024x", "https://example.com/"]).stderr).toMatch(/--wayback takes a timestamp of 4 to 14 digits/u);
  });
});

describe("--save", () => {
  it("keeps the fetched pages with their headers, and a later run reads them offline the same", async () => {
    const dir = join(mkdtempSync(join(tmpdir(), "newsdiff-save-")), "pages");
    const capture = `${base}/web/20240304000000/https://courier.example/news/harbour-bridge-reopens`;
    const online = await newsdiffAsync(["--json", "--save", dir, capture, `${base}/new`], { env: { NEWSDIFF_WAYBACK_URL: base } });
    const saved = readdirSync(dir).sort();
    expect(saved).toHaveLength(4);
    const pages = saved.filter((name) => name.endsWith(".html"));
    expect(online.stderr.split("\n").filter(Boolean).sort()).toEqual(pages.map((name) => expect.stringMatching(new RegExp(`^newsdiff: saved .* as ${join(dir, name).replace(/[.*+?^${}()|[\]\\]/gu, "\\$&")}$`, "u"))));
    const oldFile = join(dir, pages.find((name) => name.includes("_web_"))!);
    const newFile = join(dir, pages.find((name) => !name.includes("_web_"))!);
    const offline = newsdiff(["--json", oldFile, newFile], { env: { NEWSDIFF_WAYBACK_URL: base } });
    const [a, b] = [json(online.stdout), json(offline.stdout)];
    expect(b.pairs).toEqual(a.pairs);
    expect([b.old.date, b.old.url, b.new.url]).toEqual([a.old.date, a.old.url, a.new.url]);
  });

  it("writes nothing without --save", async () => {
    const cwd = mkdtempSync(join(tmpdir(), "newsdiff-nosave-"));
    await newsdiffAsync(["--format", "stat", `${base}/old`, `${base}/new`], { cwd });
    expect(readdirSync(cwd)).toEqual([]);
  });
});

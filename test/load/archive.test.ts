import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ArchiveClient, archiveTime, captureTime, MAX_REFUSALS, readCaptureList, retryAfterSeconds } from "../../src/load/archive.js";

describe("readCaptureList", () => {
  const header = ["timestamp", "original", "statuscode", "digest", "mimetype"];
  const row = (timestamp: string, status: string, digest: string, mimetype = "text/html") => [timestamp, "https://x.example/a", status, digest, mimetype];

  it("folds the same digest into the capture before, counts and skips 4xx/5xx, keeps redirects, leaves out what is not HTML", () => {
    const list = readCaptureList(
      [header, row("20240101000000", "200", "A"), row("20240101010000", "200", "A"), row("20240101020000", "-", "A", "warc/revisit"), row("20240101030000", "404", "B"), row("20240101040000", "301", "C"), row("20240101050000", "200", "D", "application/pdf"), row("20240101060000", "503", "E"), row("20240101070000", "200", "A")],
      50,
    );
    expect(list.captures.map((capture) => [capture.timestamp, capture.digest, capture.captures, capture.last])).toEqual([
      ["20240101000000", "A", 3, "20240101020000"],
      ["20240101040000", "C", 1, "20240101040000"],
      // The same bytes again after another version are a version again (a revert).
      ["20240101070000", "A", 1, "20240101070000"],
    ]);
    expect([list.failedStatus, list.total, list.leftOut]).toEqual([2, 8, 0]);
  });

  it("keeps the first `limit` distinct captures and says how many are left and from when", () => {
    const list = readCaptureList([header, row("20240101000000", "200", "A"), row("20240102000000", "200", "B"), row("20240103000000", "200", "C")], 2);
    expect([list.captures.length, list.leftOut, list.firstLeftOut]).toEqual([2, 1, "20240103000000"]);
  });

  it("refuses what is no capture list", () => {
    expect(() => readCaptureList({ rows: [] }, 5)).toThrow(/not a list/u);
    expect(() => readCaptureList([["when", "what"]], 5)).toThrow(/no timestamp and original/u);
  });
});

describe("times", () => {
  it("reads --from and --to as the archive takes them", () => {
    expect([archiveTime("2024"), archiveTime("2024-03-04"), archiveTime("2024-03-04T10:15"), archiveTime("20240304101500"), archiveTime("yesterday"), archiveTime("123")]).toEqual(["2024", "20240304", "202403041015", "20240304101500", null, null]);
    expect(captureTime("20240304101500")).toBe("2024-03-04T10:15:00Z");
  });

  it("reads Retry-After as seconds or an HTTP date, at most a minute", () => {
    const now = Date.parse("2024-03-04T10:00:00Z");
    expect([retryAfterSeconds("3", now), retryAfterSeconds("7200", now), retryAfterSeconds("Mon, 04 Mar 2024 10:00:05 GMT", now), retryAfterSeconds("soon", now), retryAfterSeconds(null, now)]).toEqual([3, 60, 5, null, null]);
  });
});

describe("ArchiveClient", () => {
  let server: Server;
  let base = "";
  let inFlight = 0;
  let most = 0;
  let refusals = 0;
  beforeAll(async () => {
    server = createServer((request, response) => {
      if (request.url === "/web/out") {
        response.writeHead(302, { location: "https://elsewhere.example/page" }).end();
        return;
      }
      if (request.url === "/refuse") {
        refusals += 1;
        response.writeHead(429, { "retry-after": "2" }).end();
        return;
      }
      inFlight += 1;
      most = Math.max(most, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        response.writeHead(200, { "content-type": "text/html" }).end("<p>ok</p>");
      }, 30);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const options = { timeout: 5000, maxSize: 1_000_000, userAgent: "newsdiff-test", concurrency: 2 };

  it("has at most `concurrency` requests in flight", async () => {
    const client = new ArchiveClient(options);
    await Promise.all(Array.from({ length: 8 }, (_, index) => client.fetch(`${base}/page/${index}`)));
    expect([most, client.requests]).toEqual([2, 8]);
  });

  it("follows a capture's redirect only within the archive", async () => {
    const client = new ArchiveClient(options);
    await expect(client.fetch(`${base}/web/out`, undefined, `${base}/web/`)).rejects.toThrow("redirected out of the archive, to https://elsewhere.example/page");
  });

  it("waits as Retry-After says, then gives up with one line after MAX_REFUSALS refusals", async () => {
    const waits: number[] = [];
    const client = new ArchiveClient(options, async (ms) => void waits.push(ms));
    await expect(client.fetch(`${base}/refuse`)).rejects.toThrow(`the archive refused ${MAX_REFUSALS} times in a row (HTTP 429)`);
    expect([refusals, waits]).toEqual([MAX_REFUSALS, [2000, 2000, 2000, 2000]]);
  });
});

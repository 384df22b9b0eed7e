#!/usr/bin/env node
// `--history URL` on a story captured 300 times with 4 edits, served by a stand-in archive on
// 127.0.0.1: the whole run (list, fetch, read, fold, diff, render) against fetching and reading
// the same captures alone (the same client, two requests at a time, each read as a page). The
// limit is 3×: folding must not cost a diff per capture. Part of `npm run bench`; alone:
// `node bench/history.js` after a build.
import { spawn } from "node:child_process";
import { createServer } from "node:http";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ArchiveClient, rawCaptureUrl } from "../dist/load/archive.js";
import { loadPage } from "../dist/load/page/extract.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const CAPTURES = 300;
const STORY = "https://courier.example/news/harbour-bridge";
const PARAGRAPHS = Array.from({ length: 12 }, (_, k) => `Paragraph ${k + 1} of the harbour story says that the county spent $${40 + k} million on the repair, officials said on Monday.`);

/** The page of capture `index`: 4 edits (5 versions) over 300 captures, and a rail that changes every time (so every digest differs). */
function page(index) {
  const edits = Math.floor((index * 5) / CAPTURES);
  const paragraphs = PARAGRAPHS.map((text, k) => (k < edits ? text.replace("million", "million, a revised figure") : text));
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour bridge reopens</title></head><body><main><article><h1>Harbour bridge reopens</h1>${paragraphs.map((text) => `<p>${text}</p>`).join("")}</article><aside><h2>Most read</h2><ul><li><a href="/a">Story ${index}</a></li></ul></aside></main></body></html>`;
}
const timestamp = (index) => `20240304${String(Math.floor(index / 60)).padStart(2, "0")}${String(index % 60).padStart(2, "0")}00`;

async function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, "http://127.0.0.1");
    if (url.pathname === "/cdx/search/cdx") {
      const rows = Array.from({ length: CAPTURES }, (_, index) => [timestamp(index), STORY, "200", `D${index}`, "text/html"]);
      response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify([["timestamp", "original", "statuscode", "digest", "mimetype"], ...rows]));
      return;
    }
    const match = /^\/web\/(\d{14})id_\//u.exec(url.pathname);
    const index = match ? Array.from({ length: CAPTURES }, (_, k) => timestamp(k)).indexOf(match[1]) : -1;
    if (index < 0) return void response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "memento-datetime": new Date(Date.UTC(2024, 2, 4)).toUTCString() }).end(page(index));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, base: `http://127.0.0.1:${server.address().port}` };
}

/** Fetching and reading every capture, nothing else: the floor a history run stands on. */
async function fetchAndRead(base) {
  const client = new ArchiveClient({ timeout: 30_000, maxSize: 64 << 20, userAgent: "newsdiff-bench", concurrency: 2 });
  const start = process.hrtime.bigint();
  const indexes = Array.from({ length: CAPTURES }, (_, index) => index);
  let next = 0;
  const worker = async () => {
    while (next < indexes.length) {
      const index = next++;
      const fetched = await client.fetch(rawCaptureUrl(base, timestamp(index), STORY));
      loadPage({ bytes: fetched.bytes, path: "capture", contentType: fetched.contentType, url: STORY, date: null, keep: new Set(), wholePage: false });
    }
  };
  await Promise.all([worker(), worker()]);
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The whole `newsdiff --history URL` run, as a user runs it, with its peak memory (GNU time). */
function historyRun(base, limit = CAPTURES) {
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint();
    const args = ["-f", "%M", process.execPath, join(ROOT, "bin", "newsdiff.cjs"), "--history", STORY, "--limit", String(limit), "--format", "stat"];
    const child = spawn("/usr/bin/time", args, { env: { ...process.env, NEWSDIFF_WAYBACK_URL: base } });
    let [out, err] = ["", ""];
    child.stdout.on("data", (chunk) => (out += chunk));
    child.stderr.on("data", (chunk) => (err += chunk));
    child.on("error", reject);
    child.on("close", (status) => {
      if (status !== 1) return reject(new Error(`exit ${status}: ${err}`));
      resolve({ ms: Number(process.hrtime.bigint() - start) / 1e6, steps: out.trim().split("\n").length, peakKiB: Number(err.trim().split("\n").pop()) });
    });
  });
}

export async function historyReport(rounds = 3) {
  const { server, base } = await serve();
  try {
    const floor = [];
    const runs = [];
    let steps = 0;
    for (let round = 0; round < rounds; round++) {
      floor.push(await fetchAndRead(base));
      const run = await historyRun(base);
      runs.push(run.ms);
      steps = run.steps;
    }
    const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const [f, h] = [median(floor), median(runs)];
    // Memory flat in the number of captures: the peak of a run over a third of them, and over all.
    const [third, all] = [await historyRun(base, CAPTURES / 3), await historyRun(base)];
    return [
      "## History from the archive",
      "",
      `A story captured ${CAPTURES} times with 4 edits, from a stand-in archive on 127.0.0.1 (medians of ${rounds}): \`newsdiff --history URL\` ${h.toFixed(0)} ms for ${steps} steps; fetching and reading the same captures alone (in process, 2 at a time) ${f.toFixed(0)} ms; ratio ${(h / f).toFixed(2)}× (limit 3×).`,
      `Peak memory: ${(third.peakKiB / 1024).toFixed(0)} MiB for ${CAPTURES / 3} captures, ${(all.peakKiB / 1024).toFixed(0)} MiB for ${CAPTURES}.`,
    ].join("\n");
  } finally {
    server.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) historyReport().then((text) => process.stdout.write(`${text}\n`));

// A story's history rebuilt from the Wayback Machine: its captures, listed, fetched and read as
// any page, folded where the article and headline did not change (no diff is run for that: the
// texts are compared whole), and each version diffed with the next. Steps are given out as they
// are ready, in order, so that memory stays flat in the number of captures.
import { compareArticles, type CompareOptions } from "./compare.js";
import { NewsdiffError } from "./errors.js";
import { ArchiveClient, captureTime, captureUrl, fetchCapture, listCaptures, type ArchiveOptions, type CaptureEntry } from "./load/archive.js";
import { contextOf, fromBytes, loadInput, type LoadOptions } from "./load/input.js";
import type { CaptureInfo, Comparison, RawArticle } from "./model.js";

export type HistoryEvent =
  /** The archive's list of the URL's captures was read. */
  | { type: "listed"; url: string; total: number; distinct: number; leftOut: number; firstLeftOut: string | null; failedStatus: number; offline: boolean }
  /** A capture was fetched (or read from --save) and read, one of `total`. */
  | { type: "read"; total: number; fromSave: boolean }
  /** A capture could not be read or had no article: skipped, the run goes on. */
  | { type: "skipped"; timestamp: string; url: string; message: string; line: string };

export interface HistoryStep {
  /** 1 for the first version against the second. */
  step: number;
  comparison: Comparison;
  old: CaptureInfo;
  new: CaptureInfo;
}

export interface HistoryOptions {
  archive: ArchiveOptions;
  load: LoadOptions;
  compare?: CompareOptions;
  /** End with the live page, read from the URL itself. */
  live?: boolean;
  onEvent?: (event: HistoryEvent) => void;
  /** Requests to the archive go through this client (a test's, to count them). */
  client?: ArchiveClient;
}

interface Version {
  info: CaptureInfo;
  article: RawArticle;
  /** The article's headline and paragraphs as one text: equal keys, the same version. */
  key: string;
}

const keyOf = (article: RawArticle) => `${article.page?.title ?? ""}\n\n${article.paragraphs.join("\n\n")}`;

/** The steps of a URL's history in the archive, oldest first, each ready when the version after it is read. */
export async function* historySteps(url: string, options: HistoryOptions): AsyncGenerator<HistoryStep> {
  const { archive, load } = options;
  const client = options.client ?? new ArchiveClient(archive);
  const emit = options.onEvent ?? (() => undefined);
  const list = await listCaptures(url, archive, client);
  emit({ type: "listed", url, total: list.total, distinct: list.captures.length, leftOut: list.leftOut, firstLeftOut: list.firstLeftOut, failedStatus: list.failedStatus, offline: list.offline });

  // Captures are fetched a few ahead of the one being read, in order: never more than the client's
  // requests in flight and as many waiting, so memory does not grow with the list.
  const ahead = Math.max(1, archive.concurrency) * 2;
  const pending = new Map<number, Promise<Version | NewsdiffError>>();
  const read = async (entry: CaptureEntry): Promise<Version | NewsdiffError> => {
    try {
      const { page, fromSave } = await fetchCapture(entry, archive, client);
      const shown = captureUrl(archive.base, entry.timestamp, entry.original);
      const article = await fromBytes(page.bytes, shown, contextOf(page, archive.base), load);
      emit({ type: "read", total: list.captures.length, fromSave });
      const time = captureTime(entry.timestamp);
      const info: CaptureInfo = { timestamp: entry.timestamp, time, url: shown, digest: entry.digest, captures: entry.captures, first: time, last: captureTime(entry.last) };
      return { info, article, key: keyOf(article) };
    } catch (error) {
      // One capture that cannot be read is skipped; an archive that refuses to answer ends the run.
      if (error instanceof NewsdiffError && error.code !== "refused") return error;
      throw error;
    }
  };
  const start = (index: number) => {
    const entry = list.captures[index];
    if (entry !== undefined && !pending.has(index)) pending.set(index, read(entry));
  };

  let previous: Version | null = null;
  let held: { before: Version; after: Version; comparison: Comparison } | null = null;
  let step = 0;
  const versions = async function* (): AsyncGenerator<Version> {
    for (let index = 0; index < list.captures.length; index++) {
      for (let next = index; next < index + ahead; next++) start(next);
      const result = await pending.get(index)!;
      pending.delete(index);
      const entry = list.captures[index]!;
      if (result instanceof NewsdiffError) {
        const message = result.message;
        emit({ type: "skipped", timestamp: entry.timestamp, url: captureUrl(archive.base, entry.timestamp, entry.original), message, line: `capture ${entry.timestamp} skipped: ${message} (${captureUrl(archive.base, entry.timestamp, entry.original)})` });
        continue;
      }
      yield result;
    }
    if (options.live) {
      try {
        const { article } = await loadInput(url, { ...load, save: null });
        yield { info: { timestamp: "live", time: null, url, digest: "", captures: 1, first: null, last: null }, article, key: keyOf(article) };
      } catch (error) {
        if (!(error instanceof NewsdiffError)) throw error;
        emit({ type: "skipped", timestamp: "live", url, message: error.message, line: `the live page skipped: ${error.line}` });
      }
    }
  };
  for await (const version of versions()) {
    if (previous !== null && version.key === previous.key) {
      // The same article and headline: one version captured again (its page furniture may differ).
      previous.info.captures += version.info.captures;
      previous.info.last = version.info.last ?? previous.info.last;
      continue;
    }
    if (held !== null) yield finish(held, ++step);
    if (previous !== null) held = { before: previous, after: version, comparison: compareArticles(previous.article, version.article, options.compare) };
    previous = version;
  }
  if (held !== null) yield finish(held, ++step);
}

/** A step with its versions' capture details, which are final once the version after it is read. */
function finish(held: { before: Version; after: Version; comparison: Comparison }, step: number): HistoryStep {
  const { before, after, comparison } = held;
  comparison.old.capture = before.info;
  comparison.new.capture = after.info;
  return { step, comparison, old: before.info, new: after.info };
}

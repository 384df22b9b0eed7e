// `--history URL`: one story read from the Wayback Machine, each step written as soon as it is
// ready, in the chosen format (the JSON document's story is written a step at a time).
import { NewsdiffError } from "../errors.js";
import { historySteps, type HistoryEvent } from "../history.js";
import { archiveDiffUrl, DEFAULT_ARCHIVE_REQUESTS, DEFAULT_CAPTURE_LIMIT, type ArchiveOptions } from "../load/archive.js";
import { parseCapture } from "../load/wayback.js";
import type { CaptureInfo } from "../model.js";
import { comparisonSection, manySection, stepDetails, storyTimeline, type StepLine } from "../render/html.js";
import { indentedJson, jsonDocument, jsonLine, jsonListItem, jsonStreamItem } from "../render/json.js";
import { compareOptions, emptyResult, loadOptions, noteComparison, render, type JobContext, type JobResult } from "./jobs.js";
import { createProgress } from "./progress.js";

/** Where a story's output goes, and what it reports besides. */
export interface StorySink {
  write(text: string): void;
  /** A job result's warnings, failures and differences, as the session counts them. */
  take(result: JobResult): void;
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

/** The URL of the story a --history input names: a capture URL stands for the page it captured. */
export function storyUrl(input: string, base: string): string {
  return parseCapture(input, base)?.original ?? input;
}

const when = (info: CaptureInfo) => (info.time === null ? "live" : info.time.replace(/:00Z$/u, "Z").replace("T", " "));
/** A version as a step's title shows it: its capture time, and the captures folded into it. */
function versionLabel(info: CaptureInfo): string {
  if (info.captures <= 1 || info.last === null || info.last === info.first) return when(info);
  const last = when({ ...info, time: info.last });
  // The last capture's day is said only when it is another day than the first's.
  const sameDay = info.time !== null && info.last.slice(0, 10) === info.time.slice(0, 10);
  return `${when(info)} (${info.captures} captures to ${sameDay ? last.slice(11) : last})`;
}

/**
 * Runs one story: its steps are rendered as they come; `first` says whether a JSON list item was
 * written before it. Returns whether it wrote a JSON item, and for --format html its section and data.
 */
export async function archiveStory(sink: StorySink, context: JobContext, input: string, id: string, first: boolean): Promise<{ wrote: boolean; html: string | null; data: unknown }> {
  const { options } = context;
  const url = storyUrl(input, options.waybackBase);
  const archive: ArchiveOptions = {
    base: options.waybackBase,
    timeout: options.timeout,
    maxSize: options.maxSize,
    userAgent: options.userAgent,
    from: options.from,
    to: options.to,
    limit: options.limit ?? DEFAULT_CAPTURE_LIMIT,
    concurrency: options.jobs ?? DEFAULT_ARCHIVE_REQUESTS,
    save: options.save,
  };
  const format = options.format;
  let progress = createProgress(0, sink.stderr, sink.env);
  const note = (result: Partial<JobResult>) => sink.take({ ...emptyResult(), ...result });
  const onEvent = (event: HistoryEvent) => {
    if (event.type === "listed") {
      progress = createProgress(event.distinct, sink.stderr, sink.env);
      if (event.offline) note({ warnings: [`warning: the archive cannot be reached; its list of captures saved in ${options.save} is used (${url})`] });
      // A URL the archive has no capture of is a history input that matches nothing.
      if (event.total === 0) note({ failures: [{ path: url, message: "the archive has no capture of the page", line: `the archive has no capture of the page (${url})` }] });
      if (event.failedStatus > 0) {
        const captures = event.failedStatus === 1 ? "1 capture" : `${event.failedStatus} captures`;
        note({ warnings: [`skipped ${captures} the archive recorded with an error status (4xx, 5xx) (${url})`] });
      }
      if (event.leftOut > 0 && event.firstLeftOut !== null) {
        const limit = archive.limit + event.leftOut;
        const more = event.leftOut === 1 ? "1 more distinct capture" : `${event.leftOut} more distinct captures`;
        note({ warnings: [`${more}, from ${event.firstLeftOut} on, left out (--limit ${archive.limit}); --limit ${limit} takes them all, --from ${event.firstLeftOut} starts there (${url})`] });
      }
    } else if (event.type === "read") {
      progress.clear();
      progress.tick();
    } else {
      progress.clear();
      note({ failures: [{ path: event.url, message: event.message, line: event.line }], files: 1 });
      // A capture skipped was still one of those to go through: the bar counts it.
      if (event.timestamp !== "live") progress.tick();
    }
  };

  const json = format === "json";
  const html = format === "html";
  const timeline: StepLine[] = [];
  const sections: string[] = [];
  const steps: unknown[] = [];
  const versions: string[] = [];
  let stepsWritten = 0;
  const itemStart = `${first ? "" : ","}\n    {\n      "story": ${JSON.stringify(url)},\n      "steps": [`;
  const stepSource = historySteps(url, { archive, load: loadOptions(options), compare: compareOptions(options), live: options.live, onEvent });
  // The story ends where the archive cannot go on (its list unreadable, refusals): what was written
  // stays whole (a JSON item is closed below), the failure is one line, and other stories still run.
  const next = async () => {
    try {
      return await stepSource.next();
    } catch (error) {
      if (!(error instanceof NewsdiffError)) throw error;
      progress.clear();
      note({ failures: [{ path: error.path ?? url, message: error.message, line: error.line }] });
      return { done: true as const, value: undefined };
    }
  };
  for (let item = await next(); !item.done; item = await next()) {
    const step = item.value;
    progress.clear();
    const result = emptyResult();
    const comparison = noteComparison(context, result, step.comparison);
    if (versions.length === 0) versions.push(step.old.url);
    versions.push(step.new.url);
    const title = `${url} · ${versionLabel(step.old)} → ${versionLabel(step.new)}`;
    if (json) {
      if (stepsWritten === 0) sink.write(itemStart);
      sink.write(jsonStreamItem(jsonListItem(jsonDocument(comparison), 4), stepsWritten === 0));
    } else if (html) {
      const links = [
        ...(step.new.timestamp === "live" || step.old.timestamp === "live" ? [] : [{ label: "diff", href: archiveDiffUrl(options.waybackBase, step.old.timestamp, step.new.timestamp, url) }]),
        { label: when(step.old), href: step.old.url },
        { label: when(step.new), href: step.new.url },
      ];
      timeline.push({ from: versionLabel(step.old), to: versionLabel(step.new), comparison, links });
      sections.push(stepDetails(title, comparisonSection(comparison, context.view, `${id}-s${step.step}-p`, 3)));
      steps.push(jsonDocument(comparison));
    } else if (format === "jsonl") sink.write(jsonLine(comparison, url, step.step));
    else sink.write(await render(context, comparison, title));
    stepsWritten += 1;
    sink.take(result);
  }
  progress.done();
  if (json) {
    if (stepsWritten === 0) sink.write(itemStart);
    sink.write(`${stepsWritten === 0 ? "" : "\n      "}],\n      "versions": ${indentedJson(versions, 3)}\n    }`);
    return { wrote: true, html: null, data: null };
  }
  if (html) {
    const body = (timeline.length > 0 ? storyTimeline(timeline) : "<p>Fewer than two versions with different articles in the archive.</p>") + sections.join("");
    return { wrote: false, html: manySection(id, url, body), data: { story: url, versions, steps } };
  }
  if (stepsWritten === 0 && (format === "terminal" || format === "side-by-side")) {
    sink.write(`${context.view.paint(`══ ${url} · no two versions with different articles in the archive`, "dim")}\n`);
  }
  return { wrote: false, html: null, data: null };
}

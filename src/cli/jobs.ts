// The unit of work of the many-file modes: one pair of files (directories) or one story's versions
// (--history), read, compared and rendered to text. A job is plain data and its result is plain
// data, so the same function runs in the main thread or in a worker thread (see workers.ts).
import { compareArticles, type CompareOptions } from "../compare.js";
import { NewsdiffError } from "../errors.js";
import { differs, type Gate } from "../gate.js";
import { loadInput, type LoadOptions } from "../load/input.js";
import type { Comparison, RawArticle } from "../model.js";
import { visibleLine } from "../render/controls.js";
import { RENDERERS, type View } from "../render/index.js";
import { comparisonSection, manySection, stepDetails, storyTimeline, type StepLine } from "../render/html.js";
import { jsonDocument, jsonLine, jsonListItem } from "../render/json.js";
import { measureWith, wrappedLine } from "../render/layout.js";
import { painterFor, type ColorLevel } from "./color.js";
import { measureFor } from "./measure.js";
import type { CliOptions } from "./options.js";
import { orderVersions } from "./stories.js";

/** A unit of work; `id` names its section on a many-file HTML page. */
export type Job = ({ kind: "pair"; old: string; new: string } | { kind: "story"; story: string; paths: string[] }) & { id?: string };

export interface Failure {
  path: string;
  message: string;
  /** The whole line to show, `<message> (<path>)`. */
  line: string;
}

export interface JobResult {
  /** Rendered output; for JSON, the list item's text with its leading comma (jsonListItem). */
  output: string;
  warnings: string[];
  failures: Failure[];
  /** Comparisons that differ under --ignore/--fail-on. */
  differences: number;
  /** Files the job read or tried to, for the progress line. */
  files: number;
  /** Inputs read as web pages, for the options that act on pages only (--selector, --whole-page). */
  pages: number;
}

/** A view as plain data, to cross into a worker: the painter is rebuilt there from the level. */
export interface ViewSettings {
  level: ColorLevel;
  width: number | null;
  context: number;
  explain: boolean;
  gate: Gate;
}

export async function buildView(settings: ViewSettings): Promise<View> {
  const { level, width, context, explain, gate } = settings;
  return { color: level > 0, paint: await painterFor(level), measure: measureWith(), width, context, explain, gate };
}

/** Runs jobs in this thread (inThisThread) or in worker threads (workers.ts's inWorkers). */
export interface Executor {
  /** Runs every job and hands each result to `each`, in the order of `jobs`. */
  run(jobs: readonly Job[], each: (result: JobResult) => void): Promise<void>;
}

export function inThisThread(context: JobContext): Executor {
  return {
    async run(jobs, each) {
      for (const job of jobs) each(await runJob(job, context));
    },
  };
}

/** What a job needs besides itself; the view's colour and width were resolved once, at the edge. */
export interface JobContext {
  options: CliOptions;
  view: View;
}

export function emptyResult(): JobResult {
  return { output: "", warnings: [], failures: [], differences: 0, files: 0, pages: 0 };
}

/** How the CLI's options say to load an input. */
export function loadOptions(options: CliOptions): LoadOptions {
  const { maxSize, encoding, keep, wholePage, selector, timeout, save, userAgent, waybackBase } = options;
  return { maxSize, encoding, keep, wholePage, selector, timeout, save, userAgent, waybackBase };
}

/** Loads an input; a failure is noted in `result` (null returned), a fetched page that was saved is said. */
export async function loadNoting(context: JobContext, result: JobResult, source: string): Promise<RawArticle | null> {
  result.files += 1;
  try {
    const { article, saved } = await loadInput(source, loadOptions(context.options));
    if (saved !== null) result.warnings.push(`saved ${source} as ${saved}`);
    if (article.page !== undefined) result.pages += 1;
    return article;
  } catch (error) {
    if (!(error instanceof NewsdiffError)) throw error;
    result.failures.push({ path: source, message: error.message, line: error.line });
    return null;
  }
}

/** Compares two loaded articles, noting the comparison's warnings and whether it differs in `result`. */
export function compare(context: JobContext, result: JobResult, oldArticle: RawArticle, newArticle: RawArticle): Comparison {
  return noteComparison(context, result, compareArticles(oldArticle, newArticle, compareOptions(context.options)));
}

/** How the CLI's options say to compare two articles. */
export function compareOptions(options: CliOptions): CompareOptions {
  return { keep: options.keep, lang: options.lang ?? undefined };
}

/** Notes a comparison's warnings, and whether it differs, in `result`. */
export function noteComparison(context: JobContext, result: JobResult, comparison: Comparison): Comparison {
  result.warnings.push(...comparison.warnings.map((warning) => `warning: ${warning}`));
  if (differs(comparison, context.view.gate)) result.differences += 1;
  return comparison;
}

export async function render(context: JobContext, comparison: Comparison, title?: string): Promise<string> {
  const { options, view } = context;
  const laidOut = options.format === "terminal" || options.format === "side-by-side";
  const shown = laidOut ? { ...view, measure: await measureFor(comparison) } : view;
  const body = RENDERERS[options.format](comparison, shown);
  const titled = title !== undefined && ["terminal", "side-by-side", "markup"].includes(options.format);
  if (!titled) return body;
  // A step's title wraps to the width as any line does, its further lines under its text.
  return `${wrappedLine(`══ ${visibleLine(title)}`, "bold", { width: laidOut ? view.width : null, paint: view.paint, measure: shown.measure }, 3)}\n${body}`;
}

/** Runs one job. Files are read with blocking calls (a job is one thread's only work); URLs are fetched. */
export async function runJob(job: Job, context: JobContext): Promise<JobResult> {
  const result = emptyResult();
  const read = (source: string) => loadNoting(context, result, source);
  const json = context.options.format === "json";
  // A many-file page is put together by the CLI: a job gives its section and its data, as JSON.
  const html = context.options.format === "html";
  const id = job.id ?? "f";

  if (job.kind === "pair") {
    const [oldArticle, newArticle] = [await read(job.old), await read(job.new)];
    if (oldArticle === null || newArticle === null) return result;
    const comparison = compare(context, result, oldArticle, newArticle);
    if (html) {
      const section = manySection(id, `${job.old} → ${job.new}`, comparisonSection(comparison, context.view, `${id}-p`, 3));
      result.output = JSON.stringify({ html: section, data: jsonDocument(comparison) });
    } else result.output = json ? jsonListItem(jsonDocument(comparison), 2) : await render(context, comparison);
    return result;
  }

  // The versions are read whole, then put in date order: the dates come from the texts read for
  // the diff (a first pass over every file's header cost ~5% of a 1,000-story run, and read
  // UTF-16 files as undated).
  const loaded: { path: string; article: RawArticle | null; date: string | null }[] = [];
  for (const path of job.paths) {
    const article = await read(path);
    loaded.push({ path, article, date: article?.date ?? null });
  }
  const versions = orderVersions(loaded);
  const readable = versions.map((version, index) => ({ ...version, number: index + 1 })).filter((version) => version.article !== null);
  const steps: object[] = [];
  const parts: string[] = [];
  const timeline: StepLine[] = [];
  for (let k = 1; k < readable.length; k++) {
    const [before, after] = [readable[k - 1]!, readable[k]!];
    const comparison = compare(context, result, before.article!, after.article!);
    const title = `${job.story} · v${before.number} ${before.date ?? "undated"} → v${after.number} ${after.date ?? "undated"}`;
    if (json || html) steps.push(jsonDocument(comparison));
    if (html) {
      timeline.push({ from: `v${before.number} ${before.date ?? "undated"}`, to: `v${after.number} ${after.date ?? "undated"}`, comparison });
      parts.push(stepDetails(title, comparisonSection(comparison, context.view, `${id}-s${k}-p`, 3)));
    } else if (context.options.format === "jsonl") parts.push(jsonLine(comparison, job.story, k));
    else if (!json) parts.push(await render(context, comparison, title));
  }
  if (html) {
    const body = (timeline.length > 0 ? storyTimeline(timeline) : "<p>Fewer than two readable versions.</p>") + parts.join("");
    result.output = JSON.stringify({ html: manySection(id, job.story, body), data: { story: job.story, versions: versions.map((version) => version.path), steps } });
  } else if (json) {
    result.output = jsonListItem({ story: job.story, versions: versions.map((version) => version.path), steps }, 2);
  } else {
    if (readable.length < 2 && (context.options.format === "terminal" || context.options.format === "side-by-side")) {
      parts.push(`${context.view.paint(`══ ${job.story} · ${readable.length === 1 ? "one version only" : "no readable version"}`, "dim")}\n`);
    }
    result.output = parts.join("");
  }
  return result;
}

import { readFileSync, statSync } from "node:fs";
import { CommanderError } from "commander";
import { NewsdiffError } from "../errors.js";
import { EXIT, exitStatus } from "../exit.js";
import { isUrl } from "../load/fetch.js";
import { loadInput, type Loaded } from "../load/input.js";
import { describeSystemError } from "../load/read.js";
import { captureNear, waybackBase } from "../load/wayback.js";
import { visibleLine } from "../render/controls.js";
import { KINDS, type RawArticle } from "../model.js";
import { escapeHtml, pageEnd, pageStart, tableOfContents } from "../render/html.js";
import { VIEW_SETTINGS_READ, type ViewSetting } from "../render/index.js";
import { closeJsonStream, jsonStreamItem, openJsonStream } from "../render/json.js";
import { resolveColorLevel, type ColorLevel } from "./color.js";
import { ARTICLE_NAMES, expandInputs, isDirectory, pairDirectories } from "./inputs.js";
import { jobCount } from "./job-count.js";
import { buildView, compare, emptyResult, inThisThread, loadOptions, render, type Executor, type Failure, type Job, type JobContext, type JobResult, type ViewSettings } from "./jobs.js";
import { buildProgram, readOptions, type CliOptions } from "./options.js";
import { parseJobLines } from "./pairs-from.js";
import { createProgress, type Progress } from "./progress.js";
import { groupStories } from "./stories.js";
import { archiveStory, storyUrl, type StorySink } from "./archive-story.js";

/** Everything the CLI touches of the outside world, so that tests can hand it their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number; getColorDepth?(): number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  version: string;
  /** The script a worker thread runs (the CLI itself); without it, everything runs in this thread. */
  workerScript?: string;
  /**
   * Called once a run is known to be long (many files, or a long pair), before its work: the
   * installed command then sets the V8 flags that pay on a long run (bin/cached-script.cjs).
   */
  tuneForLongRun?(): void;
}

/**
 * A pair with more text than this (both articles' paragraphs, in characters; ~10,000 words) is a
 * long run. A small pair (~600 words) ran ~4 ms faster without the long-run flags under node 20
 * and ~8 ms under node 22, a 20,000-word story ~8 ms slower under node 20.
 */
const LONG_PAIR_CHARACTERS = 64_000;

function textLength(article: RawArticle): number {
  let length = 0;
  for (let k = 0; k < article.paragraphs.length; k++) length += article.paragraphs[k]!.length;
  return length;
}

function terminalLevel(stdout: Io["stdout"]): ColorLevel {
  const depth = stdout.isTTY && stdout.getColorDepth ? stdout.getColorDepth() : 1;
  return depth >= 24 ? 3 : depth >= 8 ? 2 : depth >= 4 ? 1 : 0;
}

/** Wrap to --width, else a terminal's width, else COLUMNS; output to a pipe is not wrapped. */
export function resolveWidth(option: number | null, stdout: Io["stdout"], env: Io["env"]): number | null {
  if (option !== null) return option;
  if (!stdout.isTTY) return null;
  const columns = stdout.columns ?? Number(env.COLUMNS);
  return Number.isFinite(columns) && columns > 0 ? columns : 80;
}

/** Colour, width and context resolved once, at the edge, as plain data a worker can be given. */
function viewSettings(options: CliOptions, io: Io): ViewSettings {
  const level = resolveColorLevel(options.color, io.env, io.stdout.isTTY === true, terminalLevel(io.stdout));
  return { level, width: resolveWidth(options.width, io.stdout, io.env), context: options.context, explain: options.explain, gate: { ignore: options.ignore, failOn: options.failOn } };
}

/**
 * A page of many files or stories (`--format html`): its contents first, each job's section as the
 * job finishes, and at the end the data it shows, as the JSON output would give it.
 */
function htmlPage(session: Session, title: string, entries: { id: string; title: string }[]) {
  session.write(pageStart(title, KINDS) + tableOfContents(entries));
  const data: unknown[] = [];
  return {
    take(result: JobResult): void {
      if (result.output === "") return;
      const { html, data: item } = JSON.parse(result.output) as { html: string; data: unknown };
      session.write(html);
      data.push(item);
    },
    end(key: string, tail: Record<string, unknown>, extra = ""): void {
      session.write(extra + pageEnd({ version: 1, [key]: data, ...tail }));
    },
  };
}

/** One run of the CLI: where output goes, what failed, what differed. */
class Session {
  failures: Failure[] = [];
  differences = 0;
  /** Inputs read as web pages. */
  pages = 0;
  progress: Progress;

  constructor(
    readonly io: Io,
    total: number,
  ) {
    this.progress = createProgress(total, io.stderr, io.env);
  }

  write(text: string): void {
    if (text === "") return;
    this.progress.clear();
    this.io.stdout.write(text);
  }

  warn(line: string): void {
    this.progress.clear();
    this.io.stderr.write(`newsdiff: ${visibleLine(line)}\n`);
  }

  /** Reports what a job found besides its output, in the order the jobs were given. */
  take(result: JobResult): void {
    for (const failure of result.failures) {
      this.failures.push(failure);
      this.warn(failure.line);
    }
    for (const warning of result.warnings) this.warn(warning);
    this.differences += result.differences;
    this.pages += result.pages;
    for (let k = 0; k < result.files; k++) this.progress.tick();
  }

  get errors(): { path: string; message: string }[] {
    return this.failures.map(({ path, message }) => ({ path, message }));
  }

  finish(): number {
    this.progress.done();
    if (this.failures.length > 1) this.warn(`${this.failures.length} inputs could not be read`);
    return exitStatus({ failures: this.failures.length, differences: this.differences });
  }
}

/** Options given to a format that does not read what they set (render/index.ts's VIEW_SETTINGS_READ). */
function unreadViewOptions(options: CliOptions): string[] {
  const read: readonly ViewSetting[] = VIEW_SETTINGS_READ[options.format];
  const unread = (["context", "width", "explain"] as const).filter((setting) => options.given.has(`--${setting}`) && !read.includes(setting)).map((setting) => `--${setting}`);
  // --color never (or auto) asks for what an uncoloured format gives anyway.
  if (options.given.has("--color") && options.color === "always" && !read.includes("color")) unread.push("--color always");
  return unread;
}

/** What a run turned out to read, for the options that act on some inputs only. */
interface RunInputs {
  /** Some input is a URL: fetched, or read from the Wayback Machine. */
  urls: boolean;
  /** More than one pair may be compared: directories, --history, --pairs-from. */
  many: boolean;
}

const haveNoEffect = (options: readonly string[], why: string) => `warning: ${options.join(", ")} ${options.length === 1 ? "has" : "have"} no effect${why}`;

/**
 * Options that had nothing to act on in this run are said on stderr, once each, and the run goes
 * on: a script that passes --jobs or --timeout to every run should not fail on a pair of files,
 * and no option is dropped in silence.
 */
function noteUnusedOptions(session: Session, options: CliOptions, inputs: RunInputs): void {
  const given = (names: readonly string[]) => names.filter((name) => options.given.has(name));
  const unused: [string[], string][] = [
    [inputs.urls ? [] : given(["--timeout", "--save"]), ": no input is a URL"],
    // A page that failed to load is not known to be one: say nothing then.
    [inputs.urls || session.pages > 0 || session.failures.length > 0 ? [] : given(["--selector", "--whole-page"]), ": no input is a web page"],
    [inputs.many ? [] : given(["--jobs"]), " on one pair: it is compared in one thread"],
  ];
  for (const [names, why] of unused) if (names.length > 0) session.warn(haveNoEffect(names, why));
}

async function comparePair(io: Io, context: JobContext, oldPath: string, newPath: string): Promise<number> {
  if (oldPath === "-" && newPath === "-") throw new NewsdiffError("standard input can be read only once; give a file for one side", "-");
  const load = loadOptions(context.options);
  // Both inputs are loaded together (two URLs are fetched at once); the first to fail, in argument order, is the error.
  const [oldLoaded, newLoaded] = await Promise.allSettled([loadInput(oldPath, load), loadInput(newPath, load)]);
  for (const loaded of [oldLoaded, newLoaded]) if (loaded.status === "rejected") throw loaded.reason;
  const [oldInput, newInput] = [oldLoaded, newLoaded].map((loaded) => (loaded as PromiseFulfilledResult<Loaded>).value) as [Loaded, Loaded];
  if (textLength(oldInput.article) + textLength(newInput.article) > LONG_PAIR_CHARACTERS) io.tuneForLongRun?.();
  const session = new Session(io, 2);
  const result = emptyResult();
  for (const [source, loaded] of [[oldPath, oldInput], [newPath, newInput]] as const) if (loaded.saved !== null) result.warnings.push(`saved ${source} as ${loaded.saved}`);
  result.pages = [oldInput, newInput].filter((loaded) => loaded.article.page !== undefined).length;
  result.output = await render(context, compare(context, result, oldInput.article, newInput.article));
  session.take(result);
  session.write(result.output);
  noteUnusedOptions(session, context.options, { urls: isUrl(oldPath) || isUrl(newPath), many: false });
  return session.finish();
}

/** Runs the jobs in worker threads when there are enough files for it to pay, else in this thread. */
async function executorFor(io: Io, context: JobContext, settings: ViewSettings, files: number): Promise<Executor> {
  const count = jobCount(context.options.jobs, files);
  if (count <= 1 || !io.workerScript) return inThisThread(context);
  const { inWorkers } = await import("./workers.js");
  return inWorkers(io.workerScript, count, { options: context.options, view: settings });
}

/** `newsdiff DIR_A DIR_B`: files paired by relative path; files on one side only are differences. */
async function compareDirectories(io: Io, context: JobContext, settings: ViewSettings, oldDir: string, newDir: string): Promise<number> {
  const pairs = pairDirectories(oldDir, newDir);
  const session = new Session(io, pairs.both.length * 2);
  // Like diff -r, two directories without article files are the same; unlike it, newsdiff reads
  // only some file names, so it says when it found none (two folders of .html would pass a gate).
  if (pairs.both.length + pairs.onlyOld.length + pairs.onlyNew.length === 0) {
    session.warn(`warning: no article files (${ARTICLE_NAMES}) in either directory (${oldDir}, ${newDir})`);
  }
  const json = context.options.format === "json";
  if (json) session.write(openJsonStream("files"));
  let first = true;
  const jobs: Job[] = pairs.both.map((pair, index) => ({ kind: "pair", old: pair.old, new: pair.new, id: `f${index + 1}` }));
  const page = context.options.format === "html" ? htmlPage(session, `newsdiff: ${oldDir} → ${newDir}`, pairs.both.map((pair, index) => ({ id: `f${index + 1}`, title: pair.relative }))) : null;
  await (await executorFor(io, context, settings, pairs.both.length * 2)).run(jobs, (result) => {
    session.take(result);
    if (page) page.take(result);
    else if (json && result.output !== "") {
      session.write(jsonStreamItem(result.output, first));
      first = false;
    } else session.write(result.output);
  });
  session.differences += pairs.onlyOld.length + pairs.onlyNew.length;
  const paths = (files: { path: string }[]) => files.map((file) => file.path);
  if (page) {
    const only = (dir: string, files: { relative: string }[]) => files.map((file) => `<li>${escapeHtml(`Only in ${dir}: ${file.relative}`)}</li>`).join("");
    const listed = only(oldDir, pairs.onlyOld) + only(newDir, pairs.onlyNew);
    page.end("files", { onlyOld: paths(pairs.onlyOld), onlyNew: paths(pairs.onlyNew), errors: session.errors }, listed ? `<section class="entry"><h2>In one directory only</h2><ul>${listed}</ul></section>` : "");
  } else if (json) {
    session.write(closeJsonStream(!first, { onlyOld: paths(pairs.onlyOld), onlyNew: paths(pairs.onlyNew), errors: session.errors }));
  } else {
    const only = (dir: string, files: { relative: string }[]) => files.map((file) => `${visibleLine(`Only in ${dir}: ${file.relative}`)}\n`).join("");
    // JSON Lines keep standard output to one document a line: the files on one side go to stderr.
    if (context.options.format === "jsonl") for (const line of (only(oldDir, pairs.onlyOld) + only(newDir, pairs.onlyNew)).split("\n").filter(Boolean)) session.warn(line);
    else session.write(only(oldDir, pairs.onlyOld) + only(newDir, pairs.onlyNew));
  }
  noteUnusedOptions(session, context.options, { urls: false, many: true });
  return session.finish();
}

/**
 * `--history`: each story's versions in date order, each diffed against the one before. Files,
 * directories and globs are grouped into stories; each URL is a story of its own, read from the
 * Wayback Machine after them (archive-story.ts).
 */
async function compareHistory(io: Io, context: JobContext, settings: ViewSettings, inputs: readonly string[]): Promise<number> {
  const urls = inputs.filter(isUrl);
  const patterns = inputs.filter((input) => !isUrl(input));
  const files = patterns.length === 0 ? [] : expandInputs(patterns);
  // Each story's job reads its versions and puts them in date order.
  const stories = groupStories(files, context.options.story);
  const session = new Session(io, files.length);
  // A run that compares nothing exits 0 like one that found no change: say why, so that a
  // mistyped --story does not pass a CI gate in silence.
  const pattern = context.options.story;
  const unmatched = pattern ? files.filter((path) => !pattern.test(path)) : [];
  if (unmatched.length > 0) session.warn(`warning: ${unmatched.length} of ${files.length} files do not match --story and are each a story of their own (${unmatched[0]})`);
  if (files.length > 0 && !stories.some((story) => story.paths.length > 1)) session.warn(`warning: no story has two versions to compare (${stories.length} stories, ${files.length} files)`);
  if (pattern && patterns.length === 0) session.warn(haveNoEffect(["--story"], ": each story URL is a story of its own"));
  const json = context.options.format === "json";
  if (json) session.write(openJsonStream("stories"));
  let first = true;
  // One job per story: its versions are read together, diffed in order, then let go.
  const jobs: Job[] = stories.map(({ story, paths }, index) => ({ kind: "story", story, paths, id: `s${index + 1}` }));
  const archiveIds = urls.map((_, index) => `s${stories.length + index + 1}`);
  const entries = [...stories.map(({ story }, index) => ({ id: `s${index + 1}`, title: story })), ...urls.map((url, index) => ({ id: archiveIds[index]!, title: storyUrl(url, context.options.waybackBase) }))];
  const page = context.options.format === "html" ? htmlPage(session, "newsdiff: story histories", entries) : null;
  if (jobs.length > 0) {
    await (await executorFor(io, context, settings, files.length)).run(jobs, (result) => {
      session.take(result);
      if (page) page.take(result);
      else if (json) {
        session.write(jsonStreamItem(result.output, first));
        first = false;
      } else session.write(result.output);
    });
  }
  const sink: StorySink = { write: (text) => session.write(text), take: (result) => session.take(result), stderr: io.stderr, env: io.env };
  for (let index = 0; index < urls.length; index++) {
    const story = await archiveStory(sink, context, urls[index]!, archiveIds[index]!, first);
    if (story.wrote) first = false;
    if (page && story.html !== null) page.take({ ...emptyResult(), output: JSON.stringify({ html: story.html, data: story.data }) });
  }
  if (page) page.end("stories", { errors: session.errors });
  else if (json) session.write(closeJsonStream(!first, { errors: session.errors }));
  noteUnusedOptions(session, context.options, { urls: urls.length > 0, many: true });
  return session.finish();
}

/**
 * `--pairs-from FILE|-`: the jobs listed one a line, run in the order given and written as for many
 * files. A line that is no job is reported with its number (`file:line`), and the rest still run.
 */
async function comparePairsFrom(io: Io, context: JobContext, settings: ViewSettings, source: string): Promise<number> {
  let text: string;
  try {
    text = readFileSync(source === "-" ? 0 : source, "utf8");
  } catch (error) {
    throw describeSystemError(error, source);
  }
  const { jobs, bad } = parseJobLines(text);
  const files = jobs.reduce((count, { job }) => count + (job.kind === "pair" ? 2 : job.paths.length), 0);
  const session = new Session(io, files);
  const where = (line: number) => `${source === "-" ? "stdin" : source}:${line}`;
  for (const { line, message } of bad) session.take({ ...emptyResult(), failures: [{ path: where(line), message, line: `${message} (${where(line)})` }] });
  if (jobs.length === 0 && bad.length === 0) session.warn(`warning: no jobs in ${source === "-" ? "standard input" : source}`);
  const json = context.options.format === "json";
  if (json) session.write(openJsonStream("jobs"));
  let first = true;
  const entries = jobs.map(({ job }, index) => ({ id: `j${index + 1}`, title: job.kind === "pair" ? `${job.old} → ${job.new}` : job.story }));
  const page = context.options.format === "html" ? htmlPage(session, `newsdiff: ${source}`, entries) : null;
  await (await executorFor(io, context, settings, files)).run(
    jobs.map(({ job }, index) => ({ ...job, id: `j${index + 1}` })),
    (result) => {
      session.take(result);
      if (page) page.take(result);
      else if (json && result.output !== "") {
        session.write(jsonStreamItem(result.output, first));
        first = false;
      } else if (!json) session.write(result.output);
    },
  );
  if (page) page.end("jobs", { errors: session.errors });
  else if (json) session.write(closeJsonStream(!first, { errors: session.errors }));
  const paths = jobs.flatMap(({ job }) => (job.kind === "pair" ? [job.old, job.new] : job.paths));
  noteUnusedOptions(session, context.options, { urls: paths.some(isUrl), many: true });
  return session.finish();
}

async function dispatch(program: ReturnType<typeof buildProgram>, io: Io): Promise<number> {
  // What the outside world decides, resolved once here: the User-Agent names this version, the
  // archive's address may be another's (NEWSDIFF_WAYBACK_URL).
  const options = { ...readOptions(program), userAgent: `newsdiff/${io.version}`, waybackBase: waybackBase(io.env.NEWSDIFF_WAYBACK_URL) };
  const settings = viewSettings(options, io);
  const context: JobContext = { options, view: await buildView(settings) };
  const inputs = program.args;
  const [oldPath, newPath] = inputs as [string | undefined, string | undefined];
  // Options of one mode given to another would be ignored: each is refused instead.
  const archiveOptions = [options.from !== null && "--from", options.to !== null && "--to", options.limit !== null && "--limit", options.live && "--live"].filter(Boolean);
  if (archiveOptions.length > 0 && !(options.history && inputs.some(isUrl))) {
    throw new NewsdiffError(`${archiveOptions.join(", ")} ${archiveOptions.length === 1 ? "applies" : "apply"} only to --history with a story URL`);
  }
  if (options.story !== null && !options.history) throw new NewsdiffError("--story applies only to --history");
  // A gate that no change can trip would pass every run in silence.
  if (options.failOn !== null && options.failOn.size === 0) throw new NewsdiffError("--fail-on names no kind: no change could fail");
  if (options.failOn !== null && [...options.failOn].every((kind) => options.ignore.has(kind))) {
    throw new NewsdiffError(`--ignore takes every --fail-on kind (${[...options.failOn].join(", ")}): no change could fail`);
  }
  // What the format does not read is known before any input is: said first, and the run goes on.
  const unread = unreadViewOptions(options);
  if (unread.length > 0) io.stderr.write(`newsdiff: ${haveNoEffect(unread, ` with --format ${options.format}`)}\n`);
  if (options.pairsFrom !== null) {
    if (options.history || oldPath !== undefined) throw new NewsdiffError("--pairs-from takes its jobs from its file; give no <old> <new> and no --history");
    io.tuneForLongRun?.();
    return comparePairsFrom(io, context, settings, options.pairsFrom);
  }
  if (options.history) {
    if (inputs.length === 0) throw new NewsdiffError("--history needs the versions: files, directories, globs or story URLs");
    io.tuneForLongRun?.();
    return compareHistory(io, context, settings, inputs);
  }
  if (inputs.length > 2) throw new NewsdiffError(`too many inputs (${inputs.length}): give <old> <new>, or --history and the versions`);
  if (options.wayback !== null) {
    // `--wayback T URL`: the capture nearest T is the old version, the live page the new.
    if (oldPath === undefined || newPath !== undefined || !isUrl(oldPath)) throw new NewsdiffError("--wayback takes one URL: the live page to compare with its capture");
    return comparePair(io, context, captureNear(oldPath, options.wayback, options.waybackBase), oldPath);
  }
  if (oldPath === undefined) throw new NewsdiffError("missing required argument 'old'");
  if (newPath === undefined) throw new NewsdiffError("missing required argument 'new'");
  const [oldIsDir, newIsDir] = [isDirectory(oldPath), isDirectory(newPath)];
  if (oldIsDir && newIsDir) {
    io.tuneForLongRun?.();
    return compareDirectories(io, context, settings, oldPath, newPath);
  }
  if (oldIsDir || newIsDir) {
    // A side that is not there is the error to name, not the mismatch it makes.
    const other = oldIsDir ? newPath : oldPath;
    if (other !== "-") {
      try {
        statSync(other);
      } catch (error) {
        throw describeSystemError(error, other);
      }
    }
    throw new NewsdiffError("is a directory, and the other side is not; give two directories to compare them file by file", oldIsDir ? oldPath : newPath);
  }
  return comparePair(io, context, oldPath, newPath);
}

/** Runs newsdiff with the given arguments (without node and script) and returns the exit status. */
export async function run(args: readonly string[], io: Io): Promise<number> {
  const program = buildProgram(io.version)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`newsdiff: ${text.replace(/^error: /u, "").trim()}\n`),
    });
  try {
    program.parse(args, { from: "user" });
    return await dispatch(program, io);
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? EXIT.same : EXIT.error;
    }
    const line = error instanceof NewsdiffError ? error.line : `internal error: ${(error as Error)?.message ?? String(error)}`;
    io.stderr.write(`newsdiff: ${visibleLine(line)}\n`);
    if (args.includes("--debug") && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.error;
  }
}

import { CommanderError } from "commander";
import { compareTexts } from "../compare.js";
import { NewsdiffError } from "../errors.js";
import { EXIT, exitStatus } from "../exit.js";
import { differs, type Gate } from "../gate.js";
import { readArticleText, type ReadOptions } from "../load/read.js";
import type { Comparison } from "../model.js";
import { closeJsonStream, jsonDocument, jsonStreamItem, openJsonStream } from "../render/json.js";
import { RENDERERS, type View } from "../render/index.js";
import { measureWith } from "../render/layout.js";
import { painterFor, resolveColorLevel, type ColorLevel } from "./color.js";
import { measureFor } from "./measure.js";
import { datedVersions, expandInputs, isDirectory, pairDirectories } from "./inputs.js";
import { buildProgram, readOptions, type CliOptions } from "./options.js";
import { mapPool, READ_CONCURRENCY } from "./pool.js";
import { createProgress, type Progress } from "./progress.js";
import { groupStories } from "./stories.js";

/** Everything the CLI touches of the outside world, so that tests can hand it their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number; getColorDepth?(): number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  version: string;
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

async function viewFor(options: CliOptions, io: Io): Promise<View> {
  const level = resolveColorLevel(options.color, io.env, io.stdout.isTTY === true, terminalLevel(io.stdout));
  const gate: Gate = { ignore: options.ignore, failOn: options.failOn };
  const width = resolveWidth(options.width, io.stdout, io.env);
  return { color: level > 0, paint: await painterFor(level), measure: measureWith(), width, context: options.context, gate };
}

/** One run of the CLI: where output goes, what failed, what differed. */
class Session {
  failures: { path: string; message: string }[] = [];
  differences = 0;
  progress: Progress;

  constructor(
    readonly io: Io,
    readonly options: CliOptions,
    readonly view: View,
    total: number,
  ) {
    this.progress = createProgress(total, io.stderr, io.env);
  }

  get readOptions(): ReadOptions {
    return { maxSize: this.options.maxSize, encoding: this.options.encoding };
  }

  write(text: string): void {
    if (text === "") return;
    this.progress.clear();
    this.io.stdout.write(text);
  }

  warn(line: string): void {
    this.progress.clear();
    this.io.stderr.write(`newsdiff: ${line}\n`);
  }

  /** Reads a file; a failure is reported and counted, and the run goes on. */
  async read(path: string): Promise<string | null> {
    try {
      return await readArticleText(path, this.readOptions);
    } catch (error) {
      if (!(error instanceof NewsdiffError)) throw error;
      this.failures.push({ path, message: error.message });
      this.warn(error.line);
      return null;
    } finally {
      this.progress.tick();
    }
  }

  compare(oldPath: string, oldText: string, newPath: string, newText: string): Comparison {
    const comparison = compareTexts({ path: oldPath, text: oldText }, { path: newPath, text: newText }, { keep: this.options.keep });
    for (const warning of comparison.warnings) this.warn(`warning: ${warning}`);
    if (differs(comparison, this.view.gate)) this.differences += 1;
    return comparison;
  }

  async render(comparison: Comparison, title?: string): Promise<string> {
    const laidOut = this.options.format === "terminal" || this.options.format === "side-by-side";
    const view = laidOut ? { ...this.view, measure: await measureFor(comparison) } : this.view;
    const body = RENDERERS[this.options.format](comparison, view);
    const titled = title !== undefined && ["terminal", "side-by-side", "markup"].includes(this.options.format);
    return titled ? `${this.view.paint(`══ ${title}`, "bold")}\n${body}` : body;
  }

  finish(): number {
    this.progress.done();
    if (this.failures.length > 1) this.warn(`${this.failures.length} files could not be read`);
    return exitStatus({ failures: this.failures.length, differences: this.differences });
  }
}

async function comparePair(session: Session, oldPath: string, newPath: string): Promise<number> {
  if (oldPath === "-" && newPath === "-") throw new NewsdiffError("standard input can be read only once; give a file for one side", "-");
  const [oldText, newText] = await Promise.all([readArticleText(oldPath, session.readOptions, true), readArticleText(newPath, session.readOptions, true)]);
  session.write(await session.render(session.compare(oldPath, oldText, newPath, newText)));
  return session.finish();
}

/** `newsdiff DIR_A DIR_B`: files paired by relative path; files on one side only are differences. */
async function compareDirectories(io: Io, options: CliOptions, view: View, oldDir: string, newDir: string): Promise<number> {
  const pairs = await pairDirectories(oldDir, newDir);
  const session = new Session(io, options, view, pairs.both.length * 2);
  const json = options.format === "json";
  if (json) session.write(openJsonStream("files"));
  let first = true;
  for (let start = 0; start < pairs.both.length; start += READ_CONCURRENCY) {
    const batch = pairs.both.slice(start, start + READ_CONCURRENCY);
    const texts = await mapPool(batch, READ_CONCURRENCY, async (pair) => Promise.all([session.read(pair.old), session.read(pair.new)]));
    for (const [index, pair] of batch.entries()) {
      const [oldText, newText] = texts[index]!;
      if (oldText === null || newText === null) continue;
      const comparison = session.compare(pair.old, oldText, pair.new, newText);
      if (json) session.write(jsonStreamItem(jsonDocument(comparison), first));
      else session.write(await session.render(comparison));
      first = false;
    }
  }
  session.differences += pairs.onlyOld.length + pairs.onlyNew.length;
  if (json) {
    const paths = (files: { path: string }[]) => files.map((file) => file.path);
    session.write(closeJsonStream(!first, { onlyOld: paths(pairs.onlyOld), onlyNew: paths(pairs.onlyNew), errors: session.failures }));
  } else {
    const only = (dir: string, files: { relative: string }[]) => files.map((file) => `Only in ${dir}: ${file.relative}\n`).join("");
    session.write(only(oldDir, pairs.onlyOld) + only(newDir, pairs.onlyNew));
  }
  return session.finish();
}

/** `--history`: each story's versions in date order, each diffed against the one before. */
async function compareHistory(io: Io, options: CliOptions, view: View, patterns: readonly string[]): Promise<number> {
  const files = await expandInputs(patterns);
  const stories = groupStories(await datedVersions(files), options.story);
  const session = new Session(io, options, view, files.length);
  const json = options.format === "json";
  if (json) session.write(openJsonStream("stories"));
  let firstStory = true;
  for (const { story, versions } of stories) {
    // One story in memory at a time: its versions are read together, then let go.
    const texts = await mapPool(versions, READ_CONCURRENCY, (version) => session.read(version.path));
    const readable = versions.map((version, index) => ({ ...version, number: index + 1, text: texts[index] })).filter((version) => version.text !== null);
    const steps: object[] = [];
    for (let k = 1; k < readable.length; k++) {
      const [before, after] = [readable[k - 1]!, readable[k]!];
      const comparison = session.compare(before.path, before.text!, after.path, after.text!);
      const title = `${story} · v${before.number} ${before.date ?? "undated"} → v${after.number} ${after.date ?? "undated"}`;
      if (json) steps.push(jsonDocument(comparison));
      else session.write(await session.render(comparison, title));
    }
    if (json) {
      session.write(jsonStreamItem({ story, versions: versions.map((version) => version.path), steps }, firstStory));
      firstStory = false;
    } else if (readable.length < 2 && (options.format === "terminal" || options.format === "side-by-side")) {
      session.write(`${view.paint(`══ ${story} · ${readable.length === 1 ? "one version only" : "no readable version"}`, "dim")}\n`);
    }
  }
  if (json) session.write(closeJsonStream(!firstStory, { errors: session.failures }));
  return session.finish();
}

async function dispatch(program: ReturnType<typeof buildProgram>, io: Io): Promise<number> {
  const options = readOptions(program);
  const view = await viewFor(options, io);
  const [oldPath, newPath] = program.args as [string | undefined, string | undefined];
  if (options.history) {
    if (oldPath !== undefined) throw new NewsdiffError("--history takes its paths itself; give no <old> <new>");
    return compareHistory(io, options, view, options.history);
  }
  if (oldPath === undefined) throw new NewsdiffError("missing required argument 'old'");
  if (newPath === undefined) throw new NewsdiffError("missing required argument 'new'");
  const [oldIsDir, newIsDir] = [isDirectory(oldPath), isDirectory(newPath)];
  if (oldIsDir && newIsDir) return compareDirectories(io, options, view, oldPath, newPath);
  if (oldIsDir || newIsDir) throw new NewsdiffError("is a directory, and the other side is not; give two directories to compare them file by file", oldIsDir ? oldPath : newPath);
  return comparePair(new Session(io, options, view, 2), oldPath, newPath);
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
    io.stderr.write(`newsdiff: ${line}\n`);
    if (args.includes("--debug") && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.error;
  }
}

import { CommanderError } from "commander";
import { compareTexts } from "../compare.js";
import { NewsdiffError } from "../errors.js";
import { EXIT, exitStatus } from "../exit.js";
import { differs, type Gate } from "../gate.js";
import { readArticleText } from "../load/read.js";
import { RENDERERS, type View } from "../render/index.js";
import { painterFor, resolveColorLevel, type ColorLevel } from "./color.js";
import { buildProgram, readOptions, type CliOptions } from "./options.js";

/** Everything the CLI touches of the outside world, so that tests can hand it their own. */
export interface Io {
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number; getColorDepth?(): number };
  stderr: { write(text: string): unknown };
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

function viewFor(options: CliOptions, io: Io): View {
  const level = resolveColorLevel(options.color, io.env, io.stdout.isTTY === true, terminalLevel(io.stdout));
  const gate: Gate = { ignore: options.ignore, failOn: options.failOn };
  return {
    color: level > 0,
    paint: painterFor(level),
    width: resolveWidth(options.width, io.stdout, io.env),
    context: options.context,
    gate,
  };
}

function checkInputs(oldPath: string, newPath: string): void {
  if (oldPath === "-" && newPath === "-") throw new NewsdiffError("standard input can be read only once; give a file for one side", "-");
}

async function compareFiles(oldPath: string, newPath: string, options: CliOptions, io: Io, view: View): Promise<number> {
  checkInputs(oldPath, newPath);
  const readOptions = { maxSize: options.maxSize, encoding: options.encoding };
  const [oldText, newText] = await Promise.all([readArticleText(oldPath, readOptions), readArticleText(newPath, readOptions)]);
  const comparison = compareTexts({ path: oldPath, text: oldText }, { path: newPath, text: newText }, { keep: options.keep });
  for (const warning of comparison.warnings) io.stderr.write(`newsdiff: warning: ${warning}\n`);
  io.stdout.write(RENDERERS[options.format](comparison, view));
  return exitStatus({ failures: 0, differences: differs(comparison, view.gate) ? 1 : 0 });
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
  let debug = args.includes("--debug");
  try {
    program.parse(args, { from: "user" });
    const options = readOptions(program);
    debug = options.debug;
    const [oldPath, newPath] = program.args as [string, string];
    return await compareFiles(oldPath, newPath, options, io, viewFor(options, io));
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === "commander.helpDisplayed" || error.code === "commander.version" ? EXIT.same : EXIT.error;
    }
    const line = error instanceof NewsdiffError ? error.line : `internal error: ${(error as Error)?.message ?? String(error)}`;
    io.stderr.write(`newsdiff: ${line}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr.write(`${error.stack}\n`);
    return EXIT.error;
  }
}

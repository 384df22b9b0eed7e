import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

export const CLI = join(ROOT, "dist", "cli.js");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI from the project root, with a clean colour environment unless told otherwise. */
export function newsdiff(args: readonly string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv } = {}): CliRun {
  const env = { ...process.env, ...options.env };
  if (!options.env || !("FORCE_COLOR" in options.env)) delete env.FORCE_COLOR;
  if (!options.env || !("NO_COLOR" in options.env)) delete env.NO_COLOR;
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...options, env });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

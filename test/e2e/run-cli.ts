import { spawn, spawnSync, type SpawnSyncOptions } from "node:child_process";
import { join } from "node:path";
import { ROOT } from "../helpers.js";

export const CLI = join(ROOT, "bin", "newsdiff.cjs");

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI from the project root, with a clean colour environment unless told otherwise. */
export function newsdiff(args: readonly string[], options: SpawnSyncOptions & { env?: NodeJS.ProcessEnv; cli?: string } = {}): CliRun {
  const env = { ...process.env, ...options.env };
  if (!options.env || !("FORCE_COLOR" in options.env)) delete env.FORCE_COLOR;
  if (!options.env || !("NO_COLOR" in options.env)) delete env.NO_COLOR;
  const { cli = CLI, ...spawnOptions } = options;
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, ...spawnOptions, env });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

/**
 * Runs the built CLI without blocking this process: for tests whose own server (in this process)
 * must answer the CLI while it runs.
 */
export function newsdiffAsync(args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<CliRun> {
  const env = { ...process.env, ...options.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
  });
}

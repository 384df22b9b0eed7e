/** A progress line on stderr for long runs; silent unless stderr is a terminal and not in CI. */
export interface Progress {
  tick(): void;
  /** Clears the line before other output is written, so the two never tangle. */
  clear(): void;
  done(): void;
}

/** Show the bar at once for this many files, else only once a run has taken longer than… */
const MANY_FILES = 50;
const LONG_RUN_MS = 1000;
const BAR_WIDTH = 30;

export function createProgress(total: number, stderr: { write(text: string): unknown; isTTY?: boolean }, env: Readonly<Record<string, string | undefined>>, now = () => Date.now()): Progress {
  const enabled = stderr.isTTY === true && !env.CI;
  const started = now();
  let count = 0;
  let shown = false;
  const draw = () => {
    const filled = Math.round((count / Math.max(1, total)) * BAR_WIDTH);
    stderr.write(`\r[${"=".repeat(filled)}${" ".repeat(BAR_WIDTH - filled)}] ${count}/${total}`);
    shown = true;
  };
  return {
    tick() {
      count += 1;
      if (enabled && (total > MANY_FILES || now() - started > LONG_RUN_MS)) draw();
    },
    clear() {
      if (shown) stderr.write("\r\u001b[K");
      shown = false;
    },
    done() {
      this.clear();
    },
  };
}

import { describe, expect, it } from "vitest";
import { createProgress } from "../../src/cli/progress.js";

function sink(isTTY: boolean) {
  const written: string[] = [];
  return { written, stream: { isTTY, write: (text: string) => written.push(text) } };
}

describe("createProgress", () => {
  it("draws on a terminal for many files, and clears the line when done", () => {
    const { written, stream } = sink(true);
    const progress = createProgress(60, stream, {});
    progress.tick();
    progress.done();
    expect(written).toEqual([`\r[=${" ".repeat(29)}] 1/60`, "\r\u001b[K"]);
  });

  it("waits a second before drawing a short run", () => {
    const { written, stream } = sink(true);
    let clock = 0;
    const progress = createProgress(10, stream, {}, () => clock);
    progress.tick();
    expect(written).toEqual([]);
    clock = 1500;
    progress.tick();
    expect(written).toEqual([`\r[${"=".repeat(6)}${" ".repeat(24)}] 2/10`]);
  });

  it("stays silent in pipes and in CI", () => {
    for (const [isTTY, env] of [[false, {}], [true, { CI: "true" }]] as const) {
      const { written, stream } = sink(isTTY);
      const progress = createProgress(100, stream, env);
      progress.tick();
      progress.done();
      expect(written).toEqual([]);
    }
  });
});

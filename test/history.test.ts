// The library's compareHistory against the stand-in archive (test/e2e/archive-server.ts).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareHistory, NewsdiffError, type HistoryEvent } from "../src/index.js";
import { startArchive, STORY, type Archive } from "./e2e/archive-server.js";

let archive: Archive;
beforeAll(async () => {
  archive = await startArchive(undefined, { slowMs: 2500, retryAfter: "0" });
});
afterAll(() => archive.close());

describe("compareHistory", () => {
  it("gives the story's steps as they come, and tells what it skipped", async () => {
    const events: HistoryEvent[] = [];
    const steps = [];
    for await (const step of compareHistory(STORY, { waybackUrl: archive.base, timeout: 1000, onEvent: (event) => events.push(event) })) steps.push(step);
    expect(steps.map((step) => [step.step, step.old.timestamp, step.new.timestamp, step.comparison.summary.kinds])).toEqual([
      [1, "20240304080000", "20240304100000", {}],
      [2, "20240304100000", "20240304140000", { number: 1 }],
      [3, "20240304140000", "20240304170000", { quote: 1, number: 1, name: 1, wording: 1 }],
    ]);
    expect(steps[0]!.comparison.headline!.kinds).toEqual(["wording"]);
    expect(steps[1]!.comparison.old.capture).toEqual(steps[1]!.old);
    expect(events.filter((event) => event.type === "listed")).toEqual([{ type: "listed", url: STORY, total: 14, distinct: 10, leftOut: 0, firstLeftOut: null, failedStatus: 1, offline: false }]);
    expect(events.filter((event) => event.type === "skipped").map((event) => event.type === "skipped" && event.timestamp)).toEqual(["20240304130000"]);
    expect(events.filter((event) => event.type === "read")).toHaveLength(9);
  }, 15_000);

  it("refuses a time it cannot read", () => {
    expect(() => compareHistory(STORY, { from: "last week" })).toThrow(NewsdiffError);
  });
});

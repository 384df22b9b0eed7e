import { describe, expect, it } from "vitest";
import { ORIGINAL, REWRITE, hasArticles } from "../helpers.js";
import { newsdiff } from "./run-cli.js";

describe.skipIf(!hasArticles)("the two real versions in ../shared/articles", () => {
  it("pairs all nine sentences 1:1 in order, and exits 1", () => {
    const run = newsdiff(["--format", "json", ORIGINAL, REWRITE]);
    expect(run.status).toBe(1);
    const document = JSON.parse(run.stdout);
    expect(document.old.sentences).toHaveLength(9);
    expect(document.new.sentences).toHaveLength(9);
    expect(document.pairs.map((pair: { op: string; old: number[]; new: number[] }) => `${pair.op} ${pair.old}>${pair.new}`)).toEqual(
      Array.from({ length: 9 }, (_, i) => `changed ${i}>${i}`),
    );
    expect(document.old.removed.map((r: { rule: string }) => r.rule)).toEqual(["caption", "dateline", "read-more", "read-more", "credits"]);
    expect(document.new.removed.map((r: { rule: string }) => r.rule)).toEqual(["caption", "published", "dateline", "credits"]);
  });

  it("marks only the paraphrased words in the terminal view", () => {
    const run = newsdiff(["--color", "never", "--width", "200", ORIGINAL, REWRITE]);
    const line = run.stdout.split("\n").find((l) => l.startsWith("~ 6→6"));
    expect(line).toBe("~ 6→6  [-Troops -]{+The troops +}were ordered to shoot to kill to [-put down a countrywide uprising-]{+quell an uprising across the country+}. [wording]");
  });

  it("finds a version identical to itself, and exits 0", () => {
    const run = newsdiff([ORIGINAL, ORIGINAL]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("no differences after normalization (9 sentences)");
  });
});

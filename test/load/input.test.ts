import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareFiles, NewsdiffError } from "../../src/index.js";
import { loadInput, type LoadOptions } from "../../src/load/input.js";
import { FIXTURES } from "../helpers.js";

const OPTIONS: LoadOptions = { maxSize: 1 << 20, encoding: "utf8", keep: new Set(), wholePage: false, timeout: 1000, save: null, userAgent: "test", waybackBase: "http://127.0.0.1:9" };
const fixture = (name: string) => join(FIXTURES, "html", name);

describe("loadInput", () => {
  it("reads a text file in the article layout and a page by its content", async () => {
    const text = (await loadInput(fixture("story/old.txt"), OPTIONS)).article;
    const page = (await loadInput(fixture("story/old.html"), OPTIONS)).article;
    expect([text.date, text.page, page.date, page.page?.title]).toEqual(["2024-03-04", undefined, "2024-03-04", "Harbour bridge reopens after two-year repair"]);
  });

  it("says what is wrong with a URL before fetching it", async () => {
    await expect(loadInput("http://[bad", OPTIONS)).rejects.toThrow(new NewsdiffError("not a valid URL", "http://[bad", "usage"));
  });

  it("refuses a page over maxSize before reading it", async () => {
    await expect(loadInput(fixture("story/old.html"), { ...OPTIONS, maxSize: 100 })).rejects.toMatchObject({ code: "too-large" });
  });
});

describe("compareFiles (the library) on web pages", () => {
  it("compares two saved pages, headline included", async () => {
    const comparison = await compareFiles(fixture("story/old.html"), fixture("story/new.html"));
    expect(comparison.headline?.kinds).toEqual(["number", "wording"]);
    expect(comparison.new.modified).toBe("2024-03-05T14:32:00Z");
  });

  it("throws no-article for a page without one, and reads it whole with wholePage", async () => {
    await expect(compareFiles(fixture("no-article/page.html"), fixture("story/new.html"))).rejects.toMatchObject({ code: "no-article" });
    const whole = await compareFiles(fixture("no-article/page.html"), fixture("no-article/page.html"), { wholePage: true });
    expect(whole.summary.equal).toBe(4);
  });
});

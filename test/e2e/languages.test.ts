// Copy in other languages through the built CLI: the language per side, where it came from, and
// the gate reading figures by it.
import { describe, expect, it } from "vitest";
import { newsdiff } from "./run-cli.js";

const pair = (language: string, extension = "txt") => [`fixtures/languages/${language}/old.${extension}`, `fixtures/languages/${language}/new.${extension}`];

describe("copy in other languages", () => {
  it("reads 1.200 → 1200 in German copy as the same figure: --fail-on number passes it, read as English it fails", () => {
    const german = newsdiff(["--fail-on", "number", ...pair("de")]);
    expect([german.status, german.stderr]).toEqual([0, ""]);
    const json = JSON.parse(newsdiff(["--json", ...pair("de")]).stdout);
    expect([json.old.lang, json.old.langFrom, json.new.lang]).toEqual(["de", "text", "de"]);
    expect(json.summary.kinds).toEqual({ typography: 2 });
    expect(newsdiff(["--fail-on", "number", "--lang", "en", ...pair("de")]).status).toBe(1);
  });

  it("reads Chinese figures with their counters: 420名 → 450名 fails --fail-on number", () => {
    const run = newsdiff(["--fail-on", "number", "--explain", "--color", "never", ...pair("zh")]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("number: 420名 → 450名");
    expect(JSON.parse(newsdiff(["--json", ...pair("zh")]).stdout).old.lang).toBe("zh");
  });

  it("takes a page's language from <html lang>, and --lang over it", () => {
    const json = JSON.parse(newsdiff(["--json", ...pair("fr", "html")]).stdout);
    expect([json.old.lang, json.old.langFrom, json.new.lang, json.new.langFrom]).toEqual(["fr-FR", "page", "fr-FR", "page"]);
    // 1 200 → 1200 and the quote marks are house style; 4 mars → 5 mars is a figure.
    expect(json.pairs.map((p: { kinds: string[] }) => p.kinds)).toEqual([["typography"], ["number"], ["typography"]]);
    const given = JSON.parse(newsdiff(["--json", "--lang", "fr-ch", ...pair("fr", "html")]).stdout);
    expect([given.old.lang, given.old.langFrom]).toEqual(["fr-CH", "option"]);
  });

  it("says English and where it came from for English copy", () => {
    const json = JSON.parse(newsdiff(["--json", "fixtures/demo/old.txt", "fixtures/demo/new.txt"]).stdout);
    expect([json.old.lang, json.old.langFrom]).toEqual(["en", "text"]);
  });

  it("refuses a --lang that is no language tag, in one line", () => {
    const run = newsdiff(["--lang", "english please", ...pair("de")]);
    expect([run.status, run.stdout]).toEqual([2, ""]);
    expect(run.stderr).toBe("newsdiff: option '--lang <tag>' argument 'english please' is invalid. --lang takes a BCP 47 language tag: en, de, fr-CH, zh-Hant, ja\n");
  });
});

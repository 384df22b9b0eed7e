// The build's table of what CLDR says of each language (src/text/locale-table.ts, written by
// scripts/locales.js): it must hold what Intl would say, or output would depend on which was asked.
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildFigureLocale, figureLocale, figureLocaleFacts } from "../../src/classify/locale.js";
import { monthsAfterDayStop, monthsAfterDayStopFromIntl } from "../../src/text/dates.js";
import { prebuiltLocale, readLocaleFile } from "../../src/text/locale-table.js";

const TABLE = join(import.meta.dirname, "..", "..", "dist", "locales");
const tags = readdirSync(TABLE).map((name) => name.replace(/\.json$/u, ""));

describe("the build's locale table", () => {
  it("has a file for each language the detector names, English aside", () => {
    expect(tags.length).toBeGreaterThan(70);
    expect(tags).toEqual(expect.arrayContaining(["de", "fr", "es", "ru", "zh", "ja", "ar", "ny"]));
    expect(tags).not.toContain("en");
  });

  it("holds what Intl and n2words say of every language, in the same order", () => {
    for (const tag of tags) {
      const prebuilt = prebuiltLocale(tag);
      expect(prebuilt, tag).toBeDefined();
      const built = buildFigureLocale(tag);
      expect(prebuilt!.figures, tag).toEqual(built === null ? null : figureLocaleFacts(built));
      expect(prebuilt!.monthsAfterDayStop, tag).toEqual([...monthsAfterDayStopFromIntl(tag)]);
      // JSON has no NaN: a scale Intl's digits could not give would come back as null.
      for (const [word, scale] of built?.scales ?? []) expect(Number.isInteger(scale), `${tag} ${word}`).toBe(true);
    }
  });

  it("is what figureLocale and monthsAfterDayStop answer with", () => {
    const german = figureLocale("de")!;
    expect([...german.months]).toEqual((prebuiltLocale("de")!.figures as { months: [string, number][] }).months);
    expect(monthsAfterDayStop("de")).toEqual(new Set(prebuiltLocale("de")!.monthsAfterDayStop));
    expect(monthsAfterDayStop("de").has("märz")).toBe(true);
    // Chichewa is detected but Intl has no data for it: the table says so, and no Intl call is made.
    expect(prebuiltLocale("ny")!.figures).toBeNull();
    expect(figureLocale("ny")).toBeNull();
  });

  it("leaves other tags to Intl: regions, and tags that name no file", () => {
    expect(prebuiltLocale("de-CH")).toBeUndefined();
    expect(figureLocale("de-CH")!.group).toMatch(/^['’]$/u);
    for (const tag of ["../locales/de", "de/../de", "", "de.json"]) expect(prebuiltLocale(tag)).toBeUndefined();
  });

  it("is not used under another ICU or CLDR, nor when a file is cut short", () => {
    const directory = mkdtempSync(join(tmpdir(), "newsdiff-locales-"));
    const file = { icu: process.versions.icu, cldr: process.versions.cldr, tag: "de", figures: null, monthsAfterDayStop: [] };
    const write = (name: string, content: unknown) => {
      writeFileSync(join(directory, name), typeof content === "string" ? content : JSON.stringify(content));
      return join(directory, name);
    };
    expect(readLocaleFile(write("same.json", file), "de")).toEqual(file);
    expect(readLocaleFile(write("icu.json", { ...file, icu: "1.0" }), "de")).toBeUndefined();
    expect(readLocaleFile(write("cldr.json", { ...file, cldr: "1.0" }), "de")).toBeUndefined();
    expect(readLocaleFile(write("tag.json", file), "fr")).toBeUndefined();
    expect(readLocaleFile(write("cut.json", JSON.stringify(file).slice(0, 20)), "de")).toBeUndefined();
    expect(readLocaleFile(join(directory, "missing.json"), "de")).toBeNull();
  });
});

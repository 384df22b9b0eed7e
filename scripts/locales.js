// Writes dist/locales/<tag>.json for each language the detector can name, and for it with its
// main region: what CLDR, through this node's Intl, says of it for reading figures and splitting
// sentences (src/text/locale-table.ts). Runs after tsc, from dist/: the files hold what the
// run-time code would build, made by that same code. A run then reads one small file for a
// language instead of making Intl formatters, the first of which builds ICU's list of available
// locales (~20 ms each for NumberFormat and DateTimeFormat). The files are CLDR's data (Unicode License, see NOTICE).
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { buildFigureLocale, figureLocaleFacts } from "../dist/classify/locale.js";
import { monthsAfterDayStopFromIntl } from "../dist/text/dates.js";
import { detectableLanguages, fromIso6393 } from "../dist/text/language.js";

const DIRECTORY = "dist/locales";

const codes = new Set(detectableLanguages());

rmSync(DIRECTORY, { recursive: true, force: true });
mkdirSync(DIRECTORY, { recursive: true });
const languages = new Set([...codes].map(fromIso6393));
// English copy is read with figures.ts's own tables and split as English: it needs no file.
languages.delete("en");
// Pages name a region with the language (<html lang="fr-FR">), most often the one the language is
// most used in, which CLDR's likely subtags give: each language gets that tag's file too. Other
// regions (de-CH, fr-CA) are left to Intl at run time.
const tags = new Set();
for (const language of languages) {
  tags.add(language);
  const { region } = new Intl.Locale(language).maximize();
  if (region && Intl.NumberFormat.supportedLocalesOf([language]).length > 0) tags.add(`${language}-${region}`);
}
for (const tag of tags) {
  const figures = buildFigureLocale(tag);
  const file = {
    icu: process.versions.icu,
    cldr: process.versions.cldr,
    tag,
    figures: figures === null ? null : figureLocaleFacts(figures),
    monthsAfterDayStop: [...monthsAfterDayStopFromIntl(tag)],
  };
  writeFileSync(`${DIRECTORY}/${tag}.json`, `${JSON.stringify(file)}\n`);
}

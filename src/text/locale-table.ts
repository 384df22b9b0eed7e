// What CLDR (through node's Intl) says of a language, as the figure reader (classify/locale.ts) and
// the sentence splitter (text/dates.ts) use it, written at build time for each language the
// detector can name (scripts/locales.js, one JSON file a language in dist/locales/). A run reads
// the file of the language it meets instead of asking Intl: the first Intl formatter a process
// makes builds ICU's list of available locales for it (~20 ms for each of NumberFormat and
// DateTimeFormat here), which was a third of a German pair's time above node's start-up.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** One language's file. `figures` is classify/locale.ts's to read (its FigureLocaleFacts), null where Intl has no data for the language. */
export interface PrebuiltLocale {
  /** The ICU and CLDR versions the file was made with: another node's Intl may say otherwise, and then the file is not used. */
  icu: string;
  cldr: string;
  tag: string;
  figures: unknown;
  monthsAfterDayStop: string[];
}

/** Where the build writes the files, from the bundle (dist/newsdiff.cjs), the unbundled build (dist/text/) or the sources under test (src/text/). */
const TABLE_DIRECTORIES = ["locales/", "../locales/", "../../dist/locales/"];
/** A canonical BCP 47 tag, so that a tag names a file in the table's directory and nowhere else. */
const FILE_TAG = /^[A-Za-z0-9]{2,8}(?:-[A-Za-z0-9]{1,8})*$/u;

const loaded = new Map<string, PrebuiltLocale | undefined>();

let tableDirectory: string | null | undefined;

/** The build's data for a language tag, or undefined when it made none for this tag or this node's ICU (Intl is asked then). */
export function prebuiltLocale(tag: string): PrebuiltLocale | undefined {
  if (loaded.has(tag)) return loaded.get(tag);
  tableDirectory ??= TABLE_DIRECTORIES.map((directory) => fileURLToPath(new URL(directory, import.meta.url))).find((path) => existsSync(path)) ?? null;
  const found = tableDirectory !== null && FILE_TAG.test(tag) ? (readLocaleFile(`${tableDirectory}${tag}.json`, tag) ?? undefined) : undefined;
  loaded.set(tag, found);
  return found;
}

/** One file of the table: null when there is none, undefined when it is for another tag or another ICU or CLDR than this node's. */
export function readLocaleFile(path: string, tag: string): PrebuiltLocale | undefined | null {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    return null;
  }
  let data: PrebuiltLocale;
  try {
    data = JSON.parse(text) as PrebuiltLocale;
  } catch {
    // A file cut short (a build stopped half way) is no answer: Intl is.
    return undefined;
  }
  return data.tag === tag && data.icu === process.versions.icu && data.cldr === process.versions.cldr ? data : undefined;
}

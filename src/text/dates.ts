// Dates as a language writes them, from CLDR through Intl: what sentence splitting needs to know.
import { primaryLanguage, UNDETERMINED } from "./language-tag.js";
import { prebuiltLocale } from "./locale-table.js";

const NONE: ReadonlySet<string> = new Set();
const cache = new Map<string, ReadonlySet<string>>();

/**
 * The month names (lower-case, as written in a date) that follow a day written as an ordinal with
 * a full stop, in a language whose dates are written so (German "4. März 2024", Danish, Czech):
 * there "4." ends no sentence. Empty for every other language, English among them.
 */
export function monthsAfterDayStop(tag: string): ReadonlySet<string> {
  const language = primaryLanguage(tag);
  if (language === "en" || language === UNDETERMINED) return NONE;
  let months = cache.get(tag);
  if (months === undefined) {
    // The build's table (locale-table.ts) holds the detector's languages; Intl answers for other tags.
    const prebuilt = prebuiltLocale(tag);
    months = prebuilt ? new Set(prebuilt.monthsAfterDayStop) : monthsAfterDayStopFromIntl(tag);
    if (months.size === 0) months = NONE;
    cache.set(tag, months);
  }
  return months;
}

/** monthsAfterDayStop as Intl tells it: what the build's table holds. */
export function monthsAfterDayStopFromIntl(tag: string): ReadonlySet<string> {
  try {
    const format = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", timeZone: "UTC" });
    const parts = format.formatToParts(new Date(Date.UTC(2024, 0, 15, 12)));
    const day = parts.findIndex((part) => part.type === "day");
    if (parts[day + 1]?.type === "literal" && parts[day + 1]!.value.startsWith(".")) {
      const names = new Set<string>();
      for (let month = 0; month < 12; month++) {
        const name = format.formatToParts(new Date(Date.UTC(2024, month, 15, 12))).find((part) => part.type === "month")?.value;
        if (name) names.add(name.toLowerCase());
      }
      return names;
    }
  } catch {
    // A tag Intl cannot format for splits as English does.
  }
  return NONE;
}

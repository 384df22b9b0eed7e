// Language tags as pages and users write them (BCP 47), apart from detection (language.ts), so that
// the page loader can read <html lang> without loading the detector.

/** The language tag given for "cannot tell" (BCP 47's "undetermined"). */
export const UNDETERMINED = "und";

/**
 * A language tag as given (--lang, <html lang>, Content-Language), canonical ("EN-us" → "en-US",
 * "en_GB" → "en-GB"), or null when it is no BCP 47 tag. Content-Language may list several: the
 * first is taken.
 */
export function canonicalLanguage(value: string): string | null {
  const first = value.split(",")[0]!.trim().replace(/_/gu, "-");
  if (first === "") return null;
  try {
    return Intl.getCanonicalLocales(first)[0] ?? null;
  } catch {
    return null;
  }
}

/** The primary language of a tag: "de-CH" → "de". */
export function primaryLanguage(tag: string): string {
  return tag.split("-")[0]!.toLowerCase();
}

import { lookupTable } from "../text/lookup.js";

// Words that, followed by a full stop, usually do not end a sentence. Kept as data so that a
// newsroom's own list can be added without touching the splitter.

/** Titles before a name: never the end of a sentence. */
export const TITLES = new Set([
  "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "gens", "sen", "sens", "rep", "reps", "gov",
  "lt", "col", "capt", "cmdr", "adm", "maj", "sgt", "cpl", "pvt", "rev", "hon", "pres", "supt", "det",
  "insp", "st", "ste", "mt", "ft", "fr", "sr", "jr", "vs", "v", "gov", "atty", "amb", "brig",
]);

/**
 * English titles written in full, by their abbreviation in TITLES: "Senator Nickles" and "Sen.
 * Nickles" are one title written two ways (house style), where a change of title ("Sen." →
 * "Rep.") is a change of words.
 */
export const TITLE_ABBREVIATIONS = lookupTable<string>({
  mister: "mr", doctor: "dr", professor: "prof", general: "gen", generals: "gens", senator: "sen", senators: "sens",
  representative: "rep", representatives: "reps", governor: "gov", lieutenant: "lt", colonel: "col", captain: "capt",
  commander: "cmdr", admiral: "adm", major: "maj", sergeant: "sgt", corporal: "cpl", private: "pvt", reverend: "rev",
  honourable: "hon", honorable: "hon", president: "pres", superintendent: "supt", detective: "det", inspector: "insp",
  saint: "st", mount: "mt", fort: "ft", father: "fr", attorney: "atty", ambassador: "amb", brigadier: "brig",
  junior: "jr", senior: "sr",
});

/**
 * Titles of other languages' copy, before a name as the ones above: Spanish "Sra.", "Srta.", "Dña.",
 * "Dra."; Italian "Dott.", "Avv.", "Ing.", "Sig."; French "Mme.", "Mlle."; German "Hr."; Dutch
 * "Dhr.", "Mevr.". (French "M." is a capital initial, and no sentence ends at one before a name.)
 */
export const OTHER_LANGUAGE_TITLES = new Set(["sra", "srta", "dña", "dra", "profa", "dott", "avv", "ing", "sig", "mme", "mlle", "hr", "dhr", "mevr"]);

/** Abbreviations that stand before a number: "Jan. 22", "No. 2", "Vol. 3". */
export const BEFORE_NUMBER = new Set([
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "no", "nos", "vol", "art", "fig", "p", "pp", "ch", "sec", "para", "approx", "ca", "est",
]);

/**
 * Scale words written short after an amount, with a full stop, in the languages that write them
 * so ("1,2 Mrd. Euro", "2,5 mld. Kč", "5 mio. kr.", "3 млрд. рублей", "2,5 δισ. ευρώ"): a
 * currency or a unit follows them, and no sentence ends at one ("Mrd. Euro." was cut into two
 * sentences). Not English "mln", "bn" or "m", at which wire copy ends sentences ("rose to 5 mln.").
 */
export const SCALES_AFTER_NUMBER = new Set([
  "tsd", "mio", "mrd", "bio", "mia", "mld", "mlrd", "mil", "mill", "milj", "mdr", "tys", "tis",
  "тыс", "тис", "млн", "млрд", "трлн", "χιλ", "εκατ", "δισ", "τρισ",
]);

/** Company suffixes: a sentence may end after them, but not when another suffix follows ("Corp. Inc."). */
export const COMPANY = new Set(["corp", "inc", "co", "cos", "ltd", "bros", "plc", "llc", "assn", "dept", "univ", "intl"]);

/**
 * The suffixes of a company's legal name, lower-case, without their full stops: part of the name
 * ("Acme Corp" → "Acme Inc" changes it), though house styles keep or drop them ("Acme Corp." →
 * "Acme"). The legal ones among COMPANY, and "llp"; English words ("Limited", "Company") are not
 * among them: only written short.
 */
export const COMPANY_SUFFIXES = new Set(["corp", "inc", "co", "cos", "ltd", "plc", "llc", "llp"]);

/** A company suffix in full and written short: "Acme Corporation" → "Acme Corp" is house style. */
export const COMPANY_ABBREVIATIONS = lookupTable<string>({
  corporation: "corp", incorporated: "inc", company: "co", companies: "cos", limited: "ltd", brothers: "bros",
});

/**
 * Capitalised words that start a new sentence after initials that could end one ("… in the U.S.
 * The company said"): articles, pronouns and a few connectives that open sentences and almost never
 * follow "U.S." inside one. Old wire copy capitalises whatever follows U.S./U.K. ("since U.S.
 * Officials last week", "warned the U.S. Any interference", "the U.S. Or Japan", "U.S. Said it"):
 * in the 40 Reuters-21578 pairs of ../shared every capital after "U.S." is such a word inside the
 * sentence, so nouns, verbs, "and"/"or" and prepositions no longer end one there.
 */
export const SENTENCE_STARTERS = new Set([
  "a", "an", "the", "it", "its", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our",
  "this", "these", "those", "there", "but", "however", "meanwhile",
]);

// Figures read as values. A figure is a numeric expression in a sentence — a number with its sign,
// currency, scale and unit; a spelled-out cardinal or ordinal; a fraction; a range or score; a
// clock time; a date, month or weekday — and its key is what it says, not how it is written:
// "1,200", "1200" and "1.2 thousand" share a key; "14 cts" and "1.4 cts", "5-4" and "4-5",
// "5 a.m." and "5 p.m." do not. The classifier compares keys: another key is `number`, the same
// key written otherwise is `typography`.
import type { Token } from "../model.js";
import { tokenize } from "../segment/tokens.js";
import { currencyOfStem, CURRENCY_KEYS, KOREAN_COUNTERS, koreanFigureWord, monthOfStem, nameWithEnding, weekdayOfCompound, type FigureLocale } from "./locale.js";
import { CAPITALISED, ClassPattern } from "../text/classes.js";
import { primaryLanguage } from "../text/language.js";
import { lookupTable } from "../text/lookup.js";
import { onFirstUse } from "../text/memo.js";

export interface Figure {
  /** [start, end) in the sentence. */
  start: number;
  end: number;
  text: string;
  /** What the figure says: equal keys are the same figure, however written. */
  key: string;
}

/**
 * Past this many digits a number is compared by its digits as written: its value is no longer
 * worked out (a 10,000-digit number costs nothing more than its length).
 */
const MAX_VALUE_DIGITS = 40;

const CARDINALS = lookupTable<number>({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
});
const ORDINALS = lookupTable<number>({
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16,
  seventeenth: 17, eighteenth: 18, nineteenth: 19, twentieth: 20, thirtieth: 30, fortieth: 40,
  fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90, hundredth: 100,
  thousandth: 1000, millionth: 1_000_000,
});
/** Words that multiply what comes before them, and the power of ten they stand for. */
const SCALES = lookupTable<number>({
  hundred: 2, thousand: 3, million: 6, mln: 6, mn: 6, billion: 9, bln: 9, bn: 9, trillion: 12, trln: 12, tn: 12,
  // Indian English: a lakh is 100,000 and a crore 10 million ("Rs 2 crore" is "Rs 20 million").
  lakh: 5, lakhs: 5, crore: 7, crores: 7,
});
/** Scales written onto the digits: 5k, $3m, £2bn. */
const ATTACHED_SCALES = lookupTable<number>({ k: 3, m: 6, mn: 6, mln: 6, b: 9, bn: 9, bln: 9, tn: 12, trln: 12 });
/** Other words that state a quantity on their own. */
const QUANTITY_WORDS = lookupTable<string>({
  dozen: "12", dozens: "dozens", tens: "tens", twice: "x2", double: "x2", triple: "x3",
  doubled: "x2", tripled: "x3", quadrupled: "x4", halved: "x0.5",
  hundreds: "hundreds", thousands: "thousands", millions: "millions", billions: "billions",
  // "rose tenfold" is "rose 10 times" ("tenfold" → "twelvefold" changes the multiple).
  twofold: "x2", threefold: "x3", fourfold: "x4", fivefold: "x5", sixfold: "x6", sevenfold: "x7", eightfold: "x8", ninefold: "x9",
  tenfold: "x10", twelvefold: "x12", fifteenfold: "x15", twentyfold: "x20", fiftyfold: "x50", hundredfold: "x100", thousandfold: "x1000",
});

/** Quantity words that take "of" ("dozens of", "thousands of"). */
const PLURAL_QUANTITIES: ReadonlySet<string> = new Set(["dozens", "tens", "hundreds", "thousands", "millions", "billions"]);

/** Currency written before the digits, by the symbol's key. */
const CURRENCY_PREFIXES = lookupTable<string>({ $: "$", "US$": "$", "C$": "C$", "A$": "A$", "NZ$": "NZ$", "HK$": "HK$", "S$": "S$", "£": "£", "€": "€", "¥": "¥", "₹": "₹", "₽": "₽", "₩": "₩", "₺": "lira" });
/**
 * ISO 4217 codes before an amount, in capitals, by the key their sign or word has ("EUR 5" is
 * "€5", "AUD 5" is "A$5", "IDR 5" is "5 rupiah"): the other languages' currencies (CURRENCY_KEYS)
 * and the dollars and currencies English copy names that they do not hold. And the letters copy
 * writes for a currency that has no sign of its own: India's and Pakistan's "Rs", Indonesia's
 * "Rp", Malaysia's "RM".
 */
const ISO_CURRENCY_CODES = lookupTable<string>({
  ...CURRENCY_KEYS,
  AUD: "A$", CAD: "C$", NZD: "NZ$", HKD: "HK$", SGD: "S$", ZAR: "rand", THB: "baht", IDR: "rupiah", MYR: "ringgit",
  Rs: "₹", Rp: "rupiah", RM: "ringgit",
});
/** A currency's code or letters written onto the digits of an amount: EUR500, Rs500, Rp1 (of Rp1.500.000), RM2. */
const CODE_ONTO_DIGITS = /^([A-Z][A-Za-z]{1,2})([0-9]+)$/;
/** Currency signs read when a space sets them apart from the digits (€ 5, 5 €): the prefixes of one character. */
const SPACED_SIGNS = lookupTable<string>(Object.fromEntries(Object.entries(CURRENCY_PREFIXES).filter(([sign]) => [...sign].length === 1)));
/** The letters of a dollar's country written onto its sign: US$, C$, R$ (Brazil's real), NT$, MX$. */
const DOLLAR_LETTERS = /^[A-Z]{1,3}$/;

/** The letters of a word written right before a dollar sign (R of R$5), or null. */
function dollarLetters(token: Token | undefined): string | null {
  return token?.type === "word" && DOLLAR_LETTERS.test(token.text) ? token.text : null;
}

/** The key of a lettered dollar: the table's (US$ is $), else the letters and the sign (R$, NT$). */
function dollarKey(letters: string): string {
  return CURRENCY_PREFIXES[`${letters}$`] ?? `${letters}$`;
}
const CURRENCY_WORDS = lookupTable<string>({
  dlr: "$", dlrs: "$", dollar: "$", dollars: "$", usd: "$", eur: "€", gbp: "£", jpy: "¥", "u.s. dlrs": "$", cts: "¢", ct: "¢", cent: "¢", cents: "¢",
  // A dollar by its country, as its sign is keyed ("2.5 billion U.S. dollars" is "US$2.5 billion").
  "u.s. dollars": "$", "u.s. dollar": "$", "us dollars": "$", "us dollar": "$", "canadian dollars": "C$", "canadian dollar": "C$",
  "australian dollars": "A$", "australian dollar": "A$", "singapore dollars": "S$", "singapore dollar": "S$",
  // And as wire copy abbreviates them ("819 mln Canadian dlrs"), and their cents ("37 U.S. cents", "50 Canadian cts").
  "u.s. cents": "¢", "u.s. cent": "¢", "u.s. cts": "¢", "u.s. ct": "¢", "us cents": "¢", "canadian cents": "C¢", "canadian cent": "C¢", "canadian cts": "C¢", "canadian ct": "C¢",
  "u.s. dlr": "$", "canadian dlrs": "C$", "canadian dlr": "C$", "australian dlrs": "A$", "australian dlr": "A$", "singapore dlrs": "S$", "singapore dlr": "S$",
  yen: "¥", pound: "£", pounds: "£", stg: "£", sterling: "£", euro: "€", euros: "€", pence: "p", penny: "p",
  mark: "DM", marks: "DM", franc: "fr", francs: "fr", peso: "peso", pesos: "peso", rupee: "₹", rupees: "₹",
  yuan: "yuan", renminbi: "yuan", crown: "kr", crowns: "kr", rouble: "₽", roubles: "₽", ruble: "₽", rubles: "₽",
  lira: "lira", lire: "lira", "turkish lira": "lira", tl: "lira", rand: "rand", won: "₩", riyal: "riyal", riyals: "riyal", dinar: "dinar",
  dinars: "dinar", zloty: "zł", zlotys: "zł", baht: "baht", ringgit: "ringgit", rupiah: "rupiah", naira: "naira", shekel: "shekel", shekels: "shekel",
  // The Brazilian real by its plural and its full name ("real" alone is the adjective), as its sign R$ is keyed (dollarKey).
  reais: "R$", "brazilian real": "R$", "brazilian reais": "R$",
});
/** Units after a figure, by their key; two-word units are looked up as "first second". */
const UNITS = lookupTable<string>({
  // pc is percent in British copy (5pc, 3.5 pc).
  pct: "%", pc: "%", percent: "%", "per cent": "%", "percentage point": "pp", "percentage points": "pp", "pct point": "pp",
  "pct points": "pp", point: "pt", points: "pt", pts: "pt", "basis point": "bp", "basis points": "bp", bps: "bp",
  tonne: "t", tonnes: "t", ton: "ton", tons: "ton", "short ton": "short ton", "short tons": "short ton", "long ton": "long ton",
  "long tons": "long ton", "metric ton": "t", "metric tons": "t", "metric tonne": "t", "metric tonnes": "t", "cubic meter": "m3", "cubic meters": "m3", "cubic foot": "ft3",
  "cubic feet": "ft3", "square mile": "mi2", "square miles": "mi2", "square kilometer": "km2", "square kilometers": "km2", barrel: "bbl", barrels: "bbl", bbl: "bbl", bpd: "bbl/d",
  ounce: "oz", ounces: "oz", oz: "oz", kg: "kg", kilogram: "kg", kilograms: "kg", km: "km", kilometer: "km",
  kilometers: "km", mile: "mi", miles: "mi", meter: "m", meters: "m", foot: "ft", feet: "ft", ft: "ft", acre: "acre",
  metre: "m", metres: "m", kilometre: "km", kilometres: "km", "cubic metre": "m3", "cubic metres": "m3", "square kilometre": "km2",
  "square kilometres": "km2", acres: "acre", hectare: "ha", hectares: "ha", ha: "ha", degree: "deg", degrees: "deg", year: "yr", years: "yr", month: "mo",
  months: "mo", week: "wk", weeks: "wk", day: "d", days: "d",
  // Wire copy's tables abbreviate them: "Nine mths", "3 yrs".
  mth: "mo", mths: "mo", yr: "yr", yrs: "yr", wk: "wk", wks: "wk", hour: "h", hours: "h", hr: "h", hrs: "h", minute: "min", minutes: "min", min: "min", mins: "min",
  second: "s", seconds: "s", sec: "s", secs: "s", inch: "in", inches: "in",
  // Symbols copy writes onto the digits as often as after them (10km, 3GW): the same figure either way.
  // "8,849 m": metres, spaced ("10m" written on is ten million, ATTACHED_SCALES).
  m: "m", mph: "mi/h", kph: "km/h", "km/h": "km/h", "km/hr": "km/h", "mi/h": "mi/h", "m/s": "m/s", cm: "cm", mm: "mm", mg: "mg", lb: "lb", lbs: "lb", ml: "ml", kw: "kw", mw: "mw", gw: "gw", kwh: "kwh", mwh: "mwh",
  gwh: "gwh", twh: "twh", mb: "mb", gb: "gb", tb: "tb", hz: "hz", mhz: "mhz", ghz: "ghz",
  gallon: "gal", gallons: "gal", litre: "l", litres: "l", liter: "l", liters: "l",
});
/** A temperature's scale by its capital letter, written onto the digits (40C), after a degree sign (40°C) or alone (40 C). */
const TEMPERATURE_LETTERS = lookupTable<string>({ C: "°C", F: "°F" });
/** A temperature's scale by name, after "degrees". */
const TEMPERATURE_SCALES = lookupTable<string>({
  celsius: "°C", centigrade: "°C", fahrenheit: "°F",
  // After another language's degrees (locale.ts reads "Grad Celsius" itself): Spanish, Italian, French centigrade.
  centígrados: "°C", centigrados: "°C", centigradi: "°C", centigrades: "°C",
});
/** The degree sign (the masculine ordinal indicator typed for it, "º", is a letter: temperatureAt reads it). */
const DEGREE_SIGN = "°";
/**
 * A share's key: a fraction between 0 and 1 with no currency or unit ("a quarter", "half",
 * "three-quarters"), a bound before it perhaps; its value in the second group. A fraction of a
 * point is one of percentage points (push), and classify compares a share as its percentage.
 */
export const SHARE_KEY = /^([<>≤≥≲~≈]*n:)(0\.[0-9]+)\|\|$/u;
/** What makes a fraction one of a percentage point after it: " of a percentage point", " a point", " point". */
const FRACTION_OF_POINT = /^\s+(?:of\s+)?(?:a\s+)?(?:percentage\s+)?point\b/iu;

/** A step of a rate written as one word: "quarter-point", "half-percentage-point", "three-quarter-point". */
const POINT_STEP = /^(quarter|half|three-quarters?)[-‐](?:percentage[-‐])?point$/u;
const POINT_STEPS = lookupTable<string>({ quarter: "0.25", half: "0.5", "three-quarter": "0.75", "three-quarters": "0.75" });

/**
 * Cardinals that are also an adjective written after its noun: French "neuf" is nine and new ("un
 * bâtiment neuf"). Read as an adjective there (isAdjectiveAfterNoun), "neuf" → "moderne" was a
 * changed figure.
 */
const ADJECTIVE_CARDINALS = new Set(["neuf"]);
/**
 * What Vietnamese copy counts, the word after a number (classifiers and nouns of news: người, vụ,
 * chiếc, ngày…); beside them the locale's scales, units and currencies (triệu, tỷ, phần trăm, đồng).
 */
const VIETNAMESE_COUNTED: ReadonlySet<string> = new Set(
  "người ngày tháng năm tuần giờ phút giây lần vụ chiếc con cái căn ngôi tỉnh thành nước trường nhà xe tàu máy điểm bàn trận ca bệnh nạn học em cháu binh chiến cảnh nhân công hộ gia quốc doanh dự khu xã huyện đợt loại mét km ha tấn kg lít đồng".split(" "),
);
/** A Hangul syllable: Korean writes its counters and particles onto the digits ("5명이"). */
const HANGUL = /^[\uAC00-\uD7A3]/u;
/** Digits and the Korean scale written onto them, one word set apart after a larger scale ("2000억" of "1조 2000억"). */
const KOREAN_AMOUNT = /^([0-9]+)([\uAC00-\uD7A3])$/u;
/** A Korean syllable written onto digits: a scale, perhaps, with more written after it ("조" of "1조2000억원", "억" of "5억원"). */
const KOREAN_SCALE_BEFORE_DIGITS = /^([\uAC00-\uD7A3])/u;
/** Digits and a Korean scale at the start of the rest of a word ("2000억" of "2000억원"). */
const LEADING_KOREAN_AMOUNT = /^([0-9]+)([\uAC00-\uD7A3])/u;

/**
 * A scale written onto digits with more written after it, in one Korean word: an amount in two
 * scales or more ("1" + "조2000억원": 1.2 trillion won) is their sum; a currency or a counter
 * may follow the last ("5억원", "5만명"). The value, and the word left after the last scale
 * ("원"), or null when the word opens with no scale.
 */
function koreanScales(value: string, suffix: string, locale: FigureLocale): { value: string; rest: string } | null {
  const first = KOREAN_SCALE_BEFORE_DIGITS.exec(suffix);
  let scale = first === null ? undefined : locale.scales.get(first[1]!);
  let total = scale === undefined || !DIGITS.test(value) ? "" : decimal(value, scale);
  // Digits past MAX_VALUE_DIGITS are kept as written ("~…"): no sum.
  if (!DIGITS.test(total)) return null;
  let rest = suffix.slice(1);
  for (let part = LEADING_KOREAN_AMOUNT.exec(rest); part !== null; part = LEADING_KOREAN_AMOUNT.exec(rest)) {
    const smaller = locale.scales.get(part[2]!);
    const sum = smaller === undefined || smaller >= scale! ? null : sumOfScaled(total, part[1]!, smaller);
    if (sum === null) return null;
    total = sum;
    scale = smaller;
    rest = rest.slice(part[0].length);
  }
  return { value: total, rest };
}

/**
 * `value` (digits) with `digits` of a smaller scale `shift` added ("1亿" and "5000万"), or null
 * where either is no plain integer: a number past MAX_VALUE_DIGITS is kept as written ("~…"),
 * and adding it threw.
 */
function sumOfScaled(value: string, digits: string, shift: number): string | null {
  const addend = DIGITS.test(digits) ? decimal(digits, shift) : "";
  return DIGITS.test(value) && DIGITS.test(addend) ? String(BigInt(value) + BigInt(addend)) : null;
}
/** Numbers that are part of a place's name after the word before them: Hebrew באר שבע (Beersheba), קריית שמונה (Kiryat Shmona). */
const PLACE_NUMERALS: Readonly<Record<string, ReadonlySet<string>>> = { שבע: new Set(["באר"]), שמונה: new Set(["קריית", "קרית"]) };
/** Whether a word is one of a place's first words, with up to two of Hebrew's one-letter prefixes on it (בבאר שבע, in Beersheba; ומקריית). */
function isPlaceNameBefore(words: ReadonlySet<string>, word: string): boolean {
  for (let cut = 0; cut <= 2 && cut < word.length; cut++) {
    if (words.has(word.slice(cut))) return true;
    if (!HEBREW_PREFIX.test(word.slice(cut))) return false;
  }
  return false;
}
/**
 * Cardinals that are also a word that ends a clause: Hindi "दो" and Urdu "دو" are two and "give"
 * ("मुझे दो", "छोड़ दो"), Bengali "নয়" nine and "is not" ("সত্য নয়"). A count stands before what it
 * counts, so each is a figure only with a word after it.
 */
const CLAUSE_FINAL_CARDINALS = new Set(["दो", "دو", "\u09A8\u09AF\u09BC", "\u09A8\u09DF"]);
/** French prepositions, adverbs and determiners of four letters or more that stand before a cardinal ("environ neuf", "leurs neuf"). */
const PREPOSITIONS_BEFORE_CARDINAL = new Set(["environ", "moins", "plus", "dans", "pour", "avec", "sans", "entre", "parmi", "contre", "après", "avant", "depuis", "pendant", "vers", "chez", "sauf", "selon", "dont", "leurs", "quelque"]);
/** How a French plural ends, as what a cardinal counts does. */
const FRENCH_PLURAL_END = /[sxz]$/u;
/** Words that end as plurals do and are none: prepositions, adverbs, articles and conjunctions. */
const WORDS_ENDING_AS_PLURALS = new Set(["des", "les", "aux", "près", "après", "dès", "très", "plus", "moins", "sous", "dans", "sans", "vers", "chez", "depuis", "lors", "puis", "alors", "mais", "jamais", "toujours", "ailleurs"]);

/** A figure's key in basis points: sign, value, currency. */
const BASIS_POINTS = /^n:(-?)([0-9]+(?:\.[0-9]+)?)\|([^|]*)\|bp$/u;
/** An amount of cents or pence: sign, digits, coin, unit. */
const COINS = /^n:(-?)([0-9]+(?:\.[0-9]+)?)\|(¢|p)\|(.*)$/u;

/** A decimal written as digits, divided by 100, written as decimal() writes values (no trailing zeros). */
function hundredth(value: string): string {
  const [whole, fraction = ""] = value.split(".");
  const digits = whole!.padStart(3, "0") + fraction;
  const point = digits.length - fraction.length - 2;
  const shifted = `${digits.slice(0, point).replace(/^0+(?=[0-9])/u, "")}.${digits.slice(point)}`.replace(/\.?0+$/u, "");
  return shifted === "" ? "0" : shifted;
}

/** The first word of every unit: most words after a figure are none, and one lookup says so. */
/**
 * Spans of time counted in tens of years, as years with their power of ten: "in 40 years" →
 * "in four decades" is house style, as "served a decade" → "served 10 years" is (articleUnitAt).
 */
const YEARS_IN_TENS = lookupTable<number>({ decade: 1, decades: 1, century: 2, centuries: 2 });
const UNIT_FIRST_WORDS = new Set([...Object.keys(UNITS).map((unit) => unit.split(" ")[0]!), ...Object.keys(YEARS_IN_TENS)]);

const MONTHS = lookupTable<number>({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12, jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8,
  sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});
/** Month names that are also common words: a month only in a date ("May 5", "March 1987"). */
const MONTHS_ONLY_IN_DATES = new Set(["may", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "feb", "apr"]);
/** Words after which a month name that is also a common word (May) can only be the month. */
/** The oldest age read from a bare count between commas ("Smith, 45, said"): past it, a count is a count. */
const MAX_AGE = 120;
/** A plain count's key (ages, rates: FigureReader.ageAround, rateAround) and a count of years' key (ages). */
const PLAIN_COUNT = /^n:([0-9]{1,3})\|\|$/u;
const AGE_IN_YEARS = /^n:([0-9]{1,3})\|\|yr$/u;
/** What follows the dash of "45-year-old", "16-year-olds", "45-years-old". */
const AGE_WORDS = /^years?[-‐]olds?$/u;
const DIGIT_START = /^[0-9]/u;
/** Words after which a number written after a month's name is its day ("from April three to April six"), not a count. */
const DAY_FOLLOWERS: ReadonlySet<string> = new Set(["from", "to", "and", "or", "through", "until", "till", "when", "at", "after", "before", "for", "in", "on", "with", "but", "as", "if", "unless"]);
const MONTH_LEAD_INS = new Set(["in", "since", "until", "till", "by", "from", "through", "during", "early", "late", "mid", "last", "next", "this", "before", "after", "of"]);
const WEEKDAYS = lookupTable<number>({ monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6, sunday: 7 });
const TIME_WORDS = lookupTable<string>({ noon: "12:00", midday: "12:00", midnight: "00:00" });
/** A day of the month as an ordinal in digits ("3rd", "21st"): "the 3rd of March". */
const ORDINAL_DAY = /^[0-9]{1,2}(?:st|nd|rd|th)$/u;
/** The word for a minus sign right before a number, in the languages of the labelled sets and their neighbours. */
const MINUS_WORDS = new Set(["minus", "moins", "menos", "meno", "минус", "мінус", "eksi", "mínusz"]);
/** Words before a minus word that make it "at least" ("au moins", "du moins", "al menos", "por lo menos", "per lo meno"). */
const AT_LEAST_LEADS: ReadonlySet<string> = new Set(["au", "du", "al", "lo"]);
/**
 * Fraction nouns, by language: "ein Drittel der Stimmen" → "ein Viertel" changes a figure. Only
 * nouns that are no ordinal as well ("cuarto", "quarto", "terzo", "derde" are the fourth and the
 * third too, read as ordinals below). English writes its fractions with ordinals ("a third of":
 * fractionOfAt).
 */
const FRACTION_NOUNS: Record<string, Record<string, number>> = {
  de: { drittel: 3, viertel: 4, fünftel: 5, zehntel: 10, hälfte: 2 },
  fr: { tiers: 3, quart: 4, moitié: 2 },
  es: { tercio: 3, mitad: 2 },
  it: { metà: 2 },
  pt: { terço: 3, metade: 2 },
  nl: { kwart: 4, helft: 2 },
  ru: { треть: 3, трети: 3, четверть: 4, четверти: 4, половина: 2, половины: 2, половину: 2 },
};
/**
 * Ordinals 1–10 spelled out, by language, each form a word takes ("im dritten Quartal" → "im
 * vierten Quartal", "nel terzo trimestre" → "nel quarto trimestre" change a figure). Intl has no
 * spell-out, and n2words writes cardinals only. German's are stems with the adjective's endings
 * ("acht" alone is eight); the others list their forms by gender and number.
 */
const ORDINAL_STEMS: Record<string, string[]> = {
  de: ["erst", "zweit", "dritt", "viert", "fünft", "sechst", "siebt", "acht", "neunt", "zehnt"],
};
const GERMAN_ENDINGS = ["e", "er", "es", "en", "em"];
const ORDINAL_FORMS: Record<string, string[][]> = {
  fr: [["premier", "première", "premiers", "premières"], ["deuxième", "deuxièmes", "second", "seconde"], ["troisième"], ["quatrième"], ["cinquième"], ["sixième"], ["septième"], ["huitième"], ["neuvième"], ["dixième"]],
  es: [["primer", "primero", "primera"], ["segundo", "segunda"], ["tercer", "tercero", "tercera"], ["cuarto", "cuarta"], ["quinto", "quinta"], ["sexto", "sexta"], ["séptimo", "séptima"], ["octavo", "octava"], ["noveno", "novena"], ["décimo", "décima"]],
  it: [["primo", "prima"], ["secondo", "seconda"], ["terzo", "terza"], ["quarto", "quarta"], ["quinto", "quinta"], ["sesto", "sesta"], ["settimo", "settima"], ["ottavo", "ottava"], ["nono", "nona"], ["decimo", "decima"]],
  pt: [["primeiro", "primeira"], ["segundo", "segunda"], ["terceiro", "terceira"], ["quarto", "quarta"], ["quinto", "quinta"], ["sexto", "sexta"], ["sétimo", "sétima"], ["oitavo", "oitava"], ["nono", "nona"], ["décimo", "décima"]],
  nl: [["eerste"], ["tweede"], ["derde"], ["vierde"], ["vijfde"], ["zesde"], ["zevende"], ["achtste"], ["negende"], ["tiende"]],
};
/**
 * Russian ordinals 1-10 and weekdays in every case they are written in: CLDR's tables have the
 * nominative only, and "в пятницу" (on Friday, accusative) or "третий" → "четвёртый" were words.
 * Wednesday only as "среду" ("в среду"): "среда", "среды" are also the environment.
 */
const RUSSIAN_ADJECTIVE_ENDINGS = ["ый", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ой", "ые", "ых", "ыми"];
const RUSSIAN_STRESSED_ENDINGS = ["ой", "ая", "ое", "ого", "ому", "ым", "ом", "ую", "ые", "ых", "ыми"];
const RUSSIAN_THIRD_ENDINGS = ["ий", "ья", "ье", "ьего", "ьему", "ьим", "ьем", "ью", "ьей", "ьи", "ьих", "ьими"];
const RUSSIAN_ORDINALS: readonly (readonly [number, readonly string[], readonly string[]])[] = [
  [1, ["перв"], RUSSIAN_ADJECTIVE_ENDINGS],
  [2, ["втор"], RUSSIAN_STRESSED_ENDINGS],
  [3, ["трет"], RUSSIAN_THIRD_ENDINGS],
  [4, ["четвёрт", "четверт"], RUSSIAN_ADJECTIVE_ENDINGS],
  [5, ["пят"], RUSSIAN_ADJECTIVE_ENDINGS],
  [6, ["шест"], RUSSIAN_STRESSED_ENDINGS],
  [7, ["седьм"], RUSSIAN_STRESSED_ENDINGS],
  [8, ["восьм"], RUSSIAN_STRESSED_ENDINGS],
  [9, ["девят"], RUSSIAN_ADJECTIVE_ENDINGS],
  [10, ["десят"], RUSSIAN_ADJECTIVE_ENDINGS],
];
/**
 * Polish ordinals 1 and 3–10 in every case ("w trzecim kwartale" → "w czwartym kwartale" was
 * wording): hard stems with the adjective's endings, "trzeci" a soft one. Not "drugi", also "the
 * other" ("z drugiej strony", on the other hand).
 */
const POLISH_HARD_ENDINGS = ["y", "a", "e", "ego", "emu", "ym", "ej", "ą", "ych", "ymi"];
const POLISH_ORDINALS: readonly (readonly [number, string, readonly string[]])[] = [
  [1, "pierwsz", POLISH_HARD_ENDINGS],
  [3, "trzec", ["i", "ia", "ie", "iego", "iemu", "im", "iej", "ią", "ich", "imi"]],
  [4, "czwart", POLISH_HARD_ENDINGS],
  [5, "piąt", POLISH_HARD_ENDINGS],
  [6, "szóst", POLISH_HARD_ENDINGS],
  [7, "siódm", POLISH_HARD_ENDINGS],
  [8, "ósm", POLISH_HARD_ENDINGS],
  [9, "dziewiąt", POLISH_HARD_ENDINGS],
  [10, "dziesiąt", POLISH_HARD_ENDINGS],
];
const RUSSIAN_WEEKDAYS: readonly (readonly [number, readonly string[]])[] = [
  [1, ["понедельника", "понедельнику", "понедельником", "понедельнике"]],
  [2, ["вторника", "вторнику", "вторником", "вторнике"]],
  [3, ["среду"]],
  [4, ["четверга", "четвергу", "четвергом", "четверге"]],
  [5, ["пятницы", "пятнице", "пятницу", "пятницей"]],
  [6, ["субботы", "субботе", "субботу", "субботой"]],
  [7, ["воскресенья", "воскресенью", "воскресеньем"]],
];

/**
 * Polish weekdays in the cases CLDR's nominative leaves out: "w środę" (on Wednesday, accusative),
 * "od piątku", "w sobotę". "w środę" → "we wtorek" was a weekday removed and a word added.
 */
const POLISH_WEEKDAYS: readonly (readonly [number, readonly string[]])[] = [
  [1, ["poniedziałku", "poniedziałkiem"]],
  [2, ["wtorku", "wtorkiem"]],
  [3, ["środę", "środy", "środzie", "środą"]],
  [4, ["czwartku", "czwartkiem"]],
  [5, ["piątku", "piątkiem"]],
  [6, ["sobotę", "soboty", "sobocie", "sobotą"]],
  [7, ["niedzielę", "niedzieli", "niedzielą"]],
];

/**
 * Czech and Ukrainian weekdays in the cases CLDR's nominative leaves out: "v pátek" → "v sobotu",
 * "у середу", "до четверга". Czech Wednesday is left out: "ve středu" is also "in the centre"
 * ("ve středu města").
 */
const WEEKDAY_CASES: Readonly<Record<string, readonly (readonly [number, readonly string[]])[]>> = {
  cs: [
    [4, ["čtvrtku", "čtvrtkem"]],
    [5, ["pátku", "pátkem"]],
    [6, ["sobotu", "soboty", "sobotě", "sobotou"]],
    [7, ["neděli", "nedělí"]],
  ],
  uk: [
    [1, ["понеділка", "понеділку", "понеділком"]],
    [2, ["вівторка", "вівторку", "вівторком"]],
    [3, ["середу", "середи"]],
    [4, ["четверга", "четвергу", "четвергом"]],
    [5, ["п'ятницю", "п’ятницю", "п'ятниці", "п’ятниці", "п'ятницею", "п’ятницею"]],
    [6, ["суботу", "суботи", "суботою"]],
    [7, ["неділю", "неділі", "неділею"]],
  ],
};

/**
 * Words that are such a figure only beside another word: French "tiers" and "quart" before "de"
 * ("un tiers des voix", not "pays tiers"); Italian "secondo", "prima" and Spanish and Portuguese
 * "segundo" after an article or a preposition joined to one ("nel secondo trimestre"), since
 * alone they are "according to" ("secondo la polizia"), "before", or a second of time.
 */
const BEFORE_DE = new Set(["tiers", "quart"]);
const AFTER_ARTICLE = new Set(["secondo", "prima", "segundo"]);
const FRENCH_DE = /^(?:de|des|du|d['’].*)$/iu;
const ARTICLES = new Set([
  "il", "lo", "la", "l", "i", "gli", "le", "un", "una", "uno", "del", "della", "dello", "nel", "nella", "nello", "al", "alla", "dal", "dalla", "sul", "sulla",
  "el", "los", "las", "en", "o", "a", "os", "as", "um", "uma", "do", "da", "no", "na", "ao", "pelo", "pela",
]);

/** A locale's figure words no CLDR table holds (FRACTION_NOUNS, ORDINAL_STEMS, ORDINAL_FORMS, RUSSIAN_ORDINALS, RUSSIAN_WEEKDAYS, POLISH_WEEKDAYS and WEEKDAY_CASES): lower-case word → figure key. */
const HAND_WORDS_OF = new WeakMap<FigureLocale, Map<string, string>>();

/** Asked for each word of a changed pair (mayStartFigure): made once a locale, by its language. */
function handWords(locale: FigureLocale): Map<string, string> | undefined {
  let words = HAND_WORDS_OF.get(locale);
  if (words === undefined) {
    const language = locale.tag.split("-")[0]!;
    words = new Map();
    for (const [noun, denominator] of Object.entries(FRACTION_NOUNS[language] ?? {})) words.set(noun, `n:${fractionValue(1, denominator)}||`);
    (ORDINAL_STEMS[language] ?? []).forEach((stem, k) => {
      // "achten" is the verb (to heed) more often than the eighth.
      for (const ending of GERMAN_ENDINGS) if (stem + ending !== "achten") words!.set(stem + ending, `o:${k + 1}`);
    });
    (ORDINAL_FORMS[language] ?? []).forEach((forms, k) => {
      for (const form of forms) {
        words!.set(form, `o:${k + 1}`);
        // Plurals: "los primeros", "as primeiras", "i primi", "le prime".
        if (language === "es" || language === "pt") words!.set(`${form}s`, `o:${k + 1}`);
        if (language === "it") words!.set(`${form.slice(0, -1)}${form.endsWith("o") ? "i" : "e"}`, `o:${k + 1}`);
      }
    });
    if (language === "ru") {
      for (const [value, stems, endings] of RUSSIAN_ORDINALS) for (const stem of stems) for (const ending of endings) words.set(stem + ending, `o:${value}`);
      for (const [day, forms] of RUSSIAN_WEEKDAYS) for (const form of forms) words.set(form, `w:${day}`);
    }
    if (language === "pl") {
      for (const [day, forms] of POLISH_WEEKDAYS) for (const form of forms) words.set(form, `w:${day}`);
      for (const [value, stem, endings] of POLISH_ORDINALS) for (const ending of endings) words.set(stem + ending, `o:${value}`);
    }
    for (const [day, forms] of WEEKDAY_CASES[language] ?? []) for (const form of forms) words.set(form, `w:${day}`);
    HAND_WORDS_OF.set(locale, words);
  }
  return words.size === 0 ? undefined : words;
}
/** Dates told from the day of writing: "yesterday" → "Saturday" moves the event. */
const RELATIVE_DAYS = new Set(["yesterday", "today", "tomorrow", "tonight"]);
/**
 * A point of the current year, month or week written as one word, a date named from now as "this
 * month" is: "by year-end" → "by mid-year" moves a deadline. Keyed by one spelling of each. Only
 * after a preposition of time (PERIOD_POINT_LEADS): before a noun it says what kind of thing
 * ("year-end results" are the annual ones). Not "week-end", British copy's weekend.
 */
const PERIOD_POINTS = lookupTable<string>({
  "year-end": "year-end", yearend: "year-end", "end-year": "year-end", "mid-year": "mid-year", midyear: "mid-year",
  "month-end": "month-end", "end-month": "month-end", "mid-month": "mid-month", midmonth: "mid-month",
  "quarter-end": "quarter-end", "mid-week": "midweek", midweek: "midweek",
});
const PERIOD_POINT_LEADS: ReadonlySet<string> = new Set(["by", "at", "before", "until", "till", "after", "from", "since", "to", "around", "near", "toward", "towards", "through", "into", "past", "of"]);
/** Words before "a third", "a quarter" that make it a share when no noun follows it (fractionOfAt): "fell to a third". */
const SHARE_LEADS: ReadonlySet<string> = new Set(["to", "than", "about", "around", "nearly", "almost", "roughly", "some", "over", "under"]);
/** Words that may follow such a share: a preposition or a clause's next word, not a noun it ranks ("a third term"). */
const SHARE_FOLLOWERS: ReadonlySet<string> = new Set(["from", "in", "on", "at", "since", "after", "over", "with", "and", "or", "but", "as", "last", "this", "a", "an", "the", "by", "between", "within", "when", "while", "before", "compared"]);
/** The nouns of titles that open with "first" in their language (isFirstOfTitle), lower-case. */
const FIRST_OF_TITLES: ReadonlySet<string> = new Set(["minister", "ministre", "ministro", "ministra", "ministar", "lady", "dame", "dama", "secretary", "secrétaire", "secretario", "secretaria", "bürgermeister", "sea"]);
/**
 * A time named from now: "last year", "next week", "this spring", "last Tuesday". One is a date as
 * "yesterday" is: "last year" → "this year" and "last Tuesday" → "next Tuesday" are changed figures.
 */
const RELATIVE_LEADS = new Set(["last", "next", "this", "past", "coming"]);
/**
 * Leads that name the same time as another, by the one they are read as: "over the past week" is
 * "last week" as copy means it, "the coming month" "next month" (an editor's rewording, not a date
 * moved; "last week" → "next week" still is).
 */
const SAME_TIME_LEADS = lookupTable<string>({ past: "last", coming: "next" });
const RELATIVE_PERIODS = new Set(["week", "weekend", "month", "year", "quarter", "decade", "century", "season", "spring", "summer", "autumn", "fall", "winter", "morning", "afternoon", "evening", "night"]);
/**
 * Units of time that are no unit in the singular after a year ("1985 year net" is a year, then a
 * word); after a count they are ("an 11 year life" is an 11-year one).
 */
const SINGULAR_TIME_UNITS = new Set(["year", "month", "week", "day", "hour", "minute", "second"]);
/** A possessive's ending ("Monday's", "Smith’s"). */
export const POSSESSIVE_END = /['’]s$/u;

const VULGAR = lookupTable<[number, number]>({
  "½": [1, 2], "¼": [1, 4], "¾": [3, 4], "⅓": [1, 3], "⅔": [2, 3], "⅕": [1, 5], "⅖": [2, 5], "⅗": [3, 5], "⅘": [4, 5],
  "⅙": [1, 6], "⅚": [5, 6], "⅛": [1, 8], "⅜": [3, 8], "⅝": [5, 8], "⅞": [7, 8],
});

const DIGITS = /^[0-9]+$/;
/** Digits in groups, with no sign or percent: the rest of an amount after the tokenizer cut it at a group mark. */
const GROUPED_DIGITS = /^[0-9]+(?:[.,][0-9]+)*$/;
const HAS_DIGIT = /[0-9]/;
/** A number token's text: its currency sign (the tokenizer allows one), digits with separators, percent. Digits are ASCII here: other scripts' digits are compared as written, and \p{Nd} made each of these patterns ~0.3 ms slower to compile, paid by every run. */
const NUMBER_TEXT = /^([^0-9.,%]?)([0-9]+(?:[.,][0-9]+)*)(%?)$/;
/** The digits a word token starts with (5bn, 1st, 10-12, 12-bank), with their separators. */
const LEADING_DIGITS = /^[0-9]+(?:[.,][0-9]+)*/;
/** A range's or score's second figure, after the dash: "-12", "–24%". */
const RANGE_END = /^[-‐–]([0-9]+(?:[.,][0-9]+)*)(%?)$/;
const ORDINAL_SUFFIXES = new Set(["st", "nd", "rd", "th"]);
/**
 * The letters other languages write onto an ordinal's digits ("3e", "3ème", "3º", "3ª", "1r"),
 * where they are no unit: French, Spanish, Italian, Portuguese, Catalan, Dutch. Not Italian's
 * "3°" (40° is a temperature).
 */
const LOCALE_ORDINAL_SUFFIXES: Readonly<Record<string, ReadonlySet<string>>> = {
  fr: new Set(["e", "er", "re", "ère", "ème", "eme", "è", "nd", "nde"]),
  es: new Set(["º", "ª", "o", "a", "er", "ra"]),
  it: new Set(["º", "ª"]),
  pt: new Set(["º", "ª", "o", "a"]),
  ca: new Set(["r", "n", "t", "è", "a"]),
  nl: new Set(["e", "de", "ste"]),
};
/** Roman numerals one to twelve, as ordinals (isRomanOrdinal). */
const ROMAN_ORDINALS = lookupTable<number>({ I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8, IX: 9, X: 10, XI: 11, XII: 12 });
const LOWER_INITIAL = /^\p{Ll}/u;
/** Russian, Ukrainian and Belarusian write an ordinal's case ending onto its digits after a hyphen: "в 3-м квартале", "3-й", "3-го". */
const EAST_SLAVIC = new Set(["ru", "uk", "be"]);
const EAST_SLAVIC_ORDINAL_ENDING = /^[-‐](?:й|я|е|є|і|го|му|м|х|ми|ой|ий|ый|ая|ое|ые|ого|ому|ом|ых|ым|ій|а)$/u;
/** An ordinal's letters after a mark between them and the digits: Spanish "3.er", "3.ª", "3.º"; Swedish "3:e", "2:a". */
const ORDINAL_AFTER_MARK: Readonly<Record<string, ReadonlySet<string>>> = {
  es: new Set([".er", ".ª", ".º", ".o", ".a", ".ra"]),
  sv: new Set([":e", ":a"]),
};
/** Languages that write an ordinal as its digits and a full stop ("im 3. Quartal", "3. kvartal", "3. sija"). */
const DOT_ORDINAL_LANGUAGES = new Set(["de", "da", "nb", "no", "nn", "fi", "et", "is", "cs", "sk", "pl", "hu", "hr", "sr", "bs", "sl", "tr", "lt", "lv"]);
/** An ordinal's digits: a rank, not an amount. */
const ORDINAL_DIGITS = /^[0-9]{1,3}$/;
/** "o'clock", with either apostrophe, after an hour (as written: asked of every number followed by a word). */
const O_CLOCK = new Set(["o'clock", "o’clock", "O'clock", "O’clock"]);
/** The hour and minutes of a clock time written onto am or pm: 5am, 9.30am, 9:30pm. */
const CLOCK_DIGITS = /^([0-9]{1,2})(?:[.:]([0-9]{2}))?$/;
/** Days written as one word with a hyphen: the "1-3" of "May 1-3". */
const DAY_RANGE = /^([0-9]{1,2})[-‐]([0-9]{1,2})$/;
/** The day or month of a date written in figures, and its year (12/25/2025). */
const DAY_OR_MONTH = /^[0-9]{1,2}$/;
const FOUR_DIGIT_YEAR = /^[0-9]{4}$/;
/**
 * The word for "year" written after a date's year, in the cases a date takes (Russian "4 марта 2025
 * года", "в 2025 году"; Ukrainian "року"; Polish "roku"), which CLDR's date layouts do not hold.
 */
const YEAR_WORDS_AFTER: Readonly<Record<string, ReadonlySet<string>>> = {
  ru: new Set(["года", "году", "год", "г"]),
  uk: new Set(["року", "році", "рік", "р"]),
  be: new Set(["года", "г"]),
  bg: new Set(["година", "г"]),
  sr: new Set(["године", "г"]),
  pl: new Set(["roku", "rok", "r"]),
};

/** An hour of the day, 0–24, as a clock time written with "h" has it. */
const CLOCK_HOUR = /^(?:[01]?[0-9]|2[0-4])$/;
const TWO_DIGIT_MINUTES = /^[0-5][0-9]$/;

/**
 * The key of a clock time written with "h" (15h30, 15 h 30): on the hour (15h00) it is the key
 * of "15 h" and "15 heures", which are read as hours, so that "à 15 h" → "à 15h00" is no change.
 */
function clockOrHours(hour: string, minutes: string): string {
  return minutes === "00" ? `n:${Number(hour)}||h` : `t:${clock(Number(hour), minutes, undefined)}`;
}

/**
 * Words after an hour that make it a time of day: German "Uhr" always (15 Uhr); the words for
 * hours (Dutch "uur", Spanish and Portuguese "horas") only with minutes (15.30 uur), as "15 uur"
 * may be fifteen hours.
 */
const CLOCK_WORDS: Readonly<Record<string, boolean>> = { uhr: true, uur: false, horas: false, hrs: false };

/** The counters of an hour of the day in Japanese and Chinese (時, 点, 时), before its minutes (分), one digit or two (15時5分). */
const HOUR_COUNTERS: ReadonlySet<string> = new Set(["時", "点", "时", "點"]);
const COUNTED_MINUTES = /^[0-5]?[0-9]$/;

/** Scale letters written onto a currency sign after a figure, by their power of ten (1,5 M€, 2 Md€, 300 k€). */
const SCALES_ON_SIGN: Readonly<Record<string, number>> = { k: 3, K: 3, M: 6, Md: 9, Mds: 9, Mrd: 9, Mrds: 9 };

/** A date written with full stops, day first (German, Russian, Polish, Turkish…): 04.03.2025, 4.3.2025. */
const DOTTED_DATE = /^([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})$/;
/** The same without its year, the tokenizer leaving its last full stop apart: "am 04.03." (a decimal where the decimal mark is a full stop). */
const DOTTED_DAY_MONTH = /^([0-9]{1,2})\.([0-9]{1,2})$/;
/** Day and month of "04.03", or null when they are none. */
function dottedDayMonth(text: string): { day: number; month: number } | null {
  const parts = DOTTED_DAY_MONTH.exec(text);
  if (parts === null) return null;
  const [day, month] = [Number(parts[1]), Number(parts[2])];
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 ? { day, month } : null;
}
/** A date written the ISO way: year, month, day. */
const ISO_DATE = /^([0-9]{4})-([0-9]{2})-([0-9]{2})$/;
/** What after an ordinal and a dash makes an idiom, not a rank: second-hand, first-rate, second-guess, third-party, first-class, third-world. */
const ORDINAL_IDIOMS = new Set(["hand", "rate", "guess", "guessed", "guessing", "party", "class", "world"]);
/** What after "one" and a dash makes an idiom, not a count: one-off, one-stop, one-sided, one-time. */
const ONE_IDIOMS = new Set(["off", "stop", "sided", "time"]);
/**
 * Phrases whose number word counts nothing, each with the place of that word in it: "no one"
 * (nobody), "one by one", "one another", "one of a kind", "at one point", "on the one hand", "for one
 * thing", "in two minds", "second to none", "first of all", "first and foremost", "the one who".
 */
const NUMBER_WORD_IDIOMS: readonly (readonly [readonly string[], number])[] = [
  [["no", "one"], 1],
  [["one", "by", "one"], 0],
  [["one", "by", "one"], 2],
  [["one", "another"], 0],
  [["one", "of", "a", "kind"], 0],
  [["at", "one", "point"], 1],
  [["on", "the", "one", "hand"], 2],
  [["for", "one", "thing"], 1],
  [["in", "two", "minds"], 1],
  [["second", "to", "none"], 0],
  [["first", "of", "all"], 0],
  [["first", "and", "foremost"], 0],
  // "the one who called", "the only one", "every one of them": a pronoun.
  [["the", "one", "who"], 1],
  [["the", "one", "that"], 1],
  [["the", "one", "which"], 1],
  [["the", "one", "whose"], 1],
  [["the", "only", "one"], 2],
  [["every", "one", "of"], 1],
  [["each", "one", "of"], 1],
];
/** What stands between "one of" and a superlative: "one of the worst", "one of its biggest". */
const SUPERLATIVE_OWNERS: ReadonlySet<string> = new Set(["the", "its", "their", "his", "her", "our", "your", "my"]);
/** Superlatives news copy ranks by, after "one of the" (FigureReader.isOneOfSuperlative). */
const SUPERLATIVES: ReadonlySet<string> = new Set(
  `most least best worst biggest largest greatest highest lowest deadliest strongest fastest oldest youngest richest poorest
  busiest longest smallest shortest hardest heaviest wealthiest safest cheapest costliest closest latest earliest finest top
  few leading brightest toughest bloodiest worst-hit hottest coldest wettest driest`.split(/\s+/u),
);
/**
 * The idioms by their number word, looked up instead of looped over. With the seven pronoun idioms
 * added, the loop (array destructuring in `for…of`) measured 3,097-3,105 M instructions over the
 * real pairs against 3,061-3,063 M indexed (callgrind, 3,059 M before them): it runs ~370 times a
 * run, too few to account for all of that alone, but the difference repeated in every run.
 */
const IDIOMS_BY_NUMBER_WORD = new Map<string, (readonly [readonly string[], number])[]>();
for (const idiom of NUMBER_WORD_IDIOMS) {
  const word = idiom[0][idiom[1]]!;
  IDIOMS_BY_NUMBER_WORD.set(word, [...(IDIOMS_BY_NUMBER_WORD.get(word) ?? []), idiom]);
}
/**
 * "First" before a verb's past form is an adverb, not a rank: "it was first reported", "they
 * first met in 2010" (an added "first" there was a changed figure), and so are "at first" and a
 * sentence's opening "First,". After a determiner or a possessive it ranks again: "the first
 * elected mayor", "Britain's first elected mayor".
 */
const PAST_FORMS = new Set([
  "came", "went", "met", "took", "made", "became", "began", "saw", "won", "told", "said", "heard", "found", "wrote", "spoke", "brought", "got", "ran",
  "led", "rose", "fell", "broke", "drew", "gave", "held", "set", "put", "struck", "sought", "thought", "taught", "knew", "grew", "flew", "arose",
  "cut", "hit", "let", "shut", "spread", "cast", "split", "bid", "sold", "bought", "paid", "left", "lost", "sent", "spent", "built", "kept", "felt", "meant",
]);
const PAST_ENDING = /^[a-z]{3,}ed$/u;
const DETERMINERS = new Set(["the", "a", "an", "its", "his", "her", "their", "our", "my", "your", "this", "that", "these", "those", "whose", "every", "each"]);
const FULL_MONTH_NAMES = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);
/** A month or weekday after a lower-case prefix and a hyphen (mid-March, pre-Monday): the prefix, the name. */
const PREFIXED_NAME = /^([a-z]+)[-‐]([A-Z][a-z]+)$/;
/**
 * A figure after a lower-case prefix and a hyphen (mid-2024, under-21s, top-10), or after Hebrew's
 * one-letter prepositions and a hyphen or maqaf ("ל-5", to 5; "ב-4", on the 4th): the prefix, the
 * digits, an ending.
 */
const PREFIXED_FIGURE = /^([a-z]+|[\u05D0-\u05EA]{1,3})[-‐\u05BE]([0-9]+)(s|st|nd|rd|th)?$/;
/** Hebrew's prepositions, conjunction and article written onto the next word: "ביום שלישי" (on Tuesday), "במרץ" (in March). */
const HEBREW_PREFIX = /^[בלמהוכש]/u;
/** Letters written onto a number as its unit (10km, 100mph, 3GW); longer runs are words (10years is a typo, 3Dprinting no unit). */
const ATTACHED_UNIT = onFirstUse(() => /^\p{L}{1,4}$/u);
/** Units known by letters that are a word when spaced: "10in" is ten inches, "10 in" no unit. */
const ATTACHED_ONLY_UNITS = lookupTable<string>({ in: "in" });
/** Coins written onto the digits, lower-case as wire copy writes them ("5c", "20p"; "40C" is a temperature). */
const ATTACHED_COINS = lookupTable<string>({ c: "¢", ct: "¢", cts: "¢", p: "p" });
/** Words between a figure and the unit it is counted by: $85 a barrel, 5 per day. */
const PER_WORDS = new Set(["a", "an", "per"]);
/**
 * What an amount is counted by that is no unit of measure on its own: "35 cents a share" is "35
 * cents per share" ("a share" → "a unit" changes the figure), but "5,000 shares" counts shares.
 */
const COUNTED_BY = lookupTable<string>({ share: "shr", person: "pers", head: "pers", capita: "pers" });
/** The period of an amount written as an adverb after it, as the unit "a year" is: "$200,000 annually". */
const RATE_ADVERBS = lookupTable<string>({ annually: "yr", yearly: "yr", monthly: "mo", weekly: "wk", daily: "d", hourly: "h" });
/**
 * Bounds written before an amount, by what they say of it: "more than" and "over" the same (>). A
 * changed bound is a changed figure ("more than 1,000" → "fewer than 1,000", "nearly 60%" → "over
 * 60%"); another word for the same bound is the figure written another way ("close to 9%" →
 * "nearly 9%"). Approximations ("about", "some") are not bounds: "240" → "about 240" stays
 * wording. English copy only: other languages' bounds are words.
 */
const BOUNDS = lookupTable<string>({
  "more than": ">", over: ">", above: ">", "upwards of": ">", "in excess of": ">", "greater than": ">", "just over": ">",
  "at least": "≥", "no fewer than": "≥", "no less than": "≥",
  "fewer than": "<", "less than": "<", under: "<", below: "<", "just under": "<",
  "at most": "≤", "up to": "≤", "no more than": "≤",
  nearly: "≲", almost: "≲", "close to": "≲",
});
/** Bounds that are also prepositions of a span of time ("over nine months", "over 1987-1989"): no bound there. */
const TIME_PREPOSITIONS = new Set(["over", "under", "above", "below"]);
/** The units of time by their keys: yr, mo, wk, d, h, min, s. */
const TIME_UNITS = new Set([...SINGULAR_TIME_UNITS].map((word) => UNITS[word]!));
const YEAR_LIKE = /^[nr]:(?:1[89]|2[01])\d\d[|~]/u;
/** A value that may be a year: 1800 to 2199. */
const YEAR_VALUE = /^(?:1[89]|2[01])\d\d$/u;
/** "Earnings were up to 220 mln dlrs from 110 mln": after a form of "be", "up to" is a rise, not a bound. */
const BE_FORMS = new Set(["is", "are", "was", "were", "be", "been", "being", "'s", "’s"]);
const BOUND_WORDS = new Set(Object.keys(BOUNDS).flatMap((phrase) => phrase.split(" ")));
const LONGEST_BOUND = Math.max(...Object.keys(BOUNDS).map((phrase) => phrase.split(" ").length));
const MAX_BOUND_WORD = Math.max(...[...BOUND_WORDS].map((word) => word.length));

/**
 * The fiscal period an ordinal and "quarter" or "half" name ("third quarter", "first-half"): the
 * same key as its short form (Q3, H1), so "third-quarter profit" → "Q3 profit" is house style.
 */
function fiscalPeriod(ordinal: number, noun: string): string | null {
  // "4th qtr": wire copy's tables write the quarter short.
  if ((noun === "quarter" || noun === "qtr") && ordinal >= 1 && ordinal <= 4) return `p:Q${ordinal}`;
  if (noun === "half" && ordinal >= 1 && ordinal <= 2) return `p:H${ordinal}`;
  return null;
}

/** A quarter's or a half's key (fiscalPeriod), which the year after it joins ("Q1 2024"). */
const PERIOD_OF_YEAR = /^p:[QH][1-4]$/u;
/** A year's plain key, for a fiscal year written in words (FigureReader.fiscalYearAround). */
const YEAR_KEY = /^n:((?:19|20)[0-9]{2})\|\|$/u;

const SHORT_FISCAL_YEAR = /^FY([0-9]{2})$/u;

/** FY25 is FY2025 (and FY99 FY1999): the key of a fiscal year has its four digits. */
function fullFiscalYear(period: string): string {
  const short = SHORT_FISCAL_YEAR.exec(period);
  if (short === null) return period;
  return `FY${Number(short[1]) < 50 ? "20" : "19"}${short[1]}`;
}

/** A fiscal period written short: Q3, H1, FY2025, FY25. "Q3" → "Q4" is a changed figure, not a name. */
const FISCAL_PERIOD = /^(?:Q[1-4]|H[12]|FY(?:[0-9]{2}|[0-9]{4}))$/;

/** Time zones written after a clock time, as wire copy writes them (upper case only: "ET", not "et"). */
const TIME_ZONES = new Set(["GMT", "UTC", "BST", "CET", "CEST", "EET", "EEST", "MSK", "IST", "JST", "KST", "HKT", "SGT", "AEST", "AEDT", "ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT"]);

/**
 * A period word of RELATIVE_PERIODS as copy writes it after "last" or "next": in lower case, and
 * perhaps possessive ("this year's"). Looked up without lowering a copy of every word the reader
 * meets: lowered, the check cost ~1% of the real pairs' instructions.
 */
function isRelativePeriod(text: string): boolean {
  if (RELATIVE_PERIODS.has(text)) return true;
  const mark = text.charCodeAt(text.length - 2);
  return (mark === 39 || mark === 8217) && text.endsWith("s") && RELATIVE_PERIODS.has(text.slice(0, -2));
}

/** Marks typed for an apostrophe before a possessive "s" (Friday"s). */
const QUOTE_FOR_APOSTROPHE = new Set(['"', "'", "’", "`", "´"]);

/** Words after "a year", "a month" that make it a time, not the unit of a rate. */
const TIME_AGO = new Set(["ago", "earlier", "before", "later", "after", "previously", "prior", "back"]);

/** A figure's value times ten to the `shift`, a range's two ends alike ("10-12 million"); null for a value kept as written. */
function scaledValue(kind: string, value: string, shift: number): string | null {
  if (kind === "n") return value.startsWith("~") ? null : decimal(value, shift);
  const ends = kind === "r" ? value.split("~") : [];
  if (ends.length !== 2 || ends[0] === "" || ends[1] === "") return null;
  return `${decimal(ends[0]!, shift)}~${decimal(ends[1]!, shift)}`;
}

/** The value of digits with separators as one canonical decimal, shifted `shift` places left. */
function decimal(written: string, shift = 0): string {
  let text = written;
  // Commas are thousands separators only in groups of three; otherwise the number is kept as written.
  if (text.includes(",")) {
    if (!/^[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?$/.test(text)) return `~${text}`;
    text = text.replaceAll(",", "");
  }
  const points = text.split(".");
  if (points.length > 2) return `~${text}`;
  if (text.length > MAX_VALUE_DIGITS) return `~${text}`;
  const whole = points[0]!;
  const fraction = points[1] ?? "";
  const digits = whole + fraction + "0".repeat(Math.max(0, shift - fraction.length));
  const point = whole.length + shift;
  const integer = digits.slice(0, point).replace(/^0+/u, "") || "0";
  const decimals = digits.slice(point).replace(/0+$/u, "");
  return decimals === "" ? integer : `${integer}.${decimals}`;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Denominators spelled out that are no ordinal: "one-half", "three-quarters". */
const HALVES_AND_QUARTERS = lookupTable<number>({ half: 2, halves: 2, quarter: 4, quarters: 4 });

/**
 * A fraction spelled as one hyphenated word, "two-thirds", "one-fifth", "three-quarters", as its
 * value, or null. A singular ordinal counts only after "one": "twenty-fifth" is the 25th.
 */
function spelledFraction(word: string): string | null {
  const cut = word.search(/[-‐]/u);
  if (cut <= 0) return null;
  const numerator = CARDINALS[word.slice(0, cut)];
  const part = word.slice(cut + 1);
  if (numerator === undefined || numerator === 0) return null;
  const plural = part.endsWith("s") && part !== "halves";
  const denominator = HALVES_AND_QUARTERS[part] ?? ORDINALS[plural ? part.slice(0, -1) : part];
  if (denominator === undefined || denominator < 2 || (numerator === 1) === (plural || part === "halves")) return null;
  return fractionValue(numerator, denominator);
}

/** A fraction's value: a decimal when it ends (5/8 = 0.625), else its lowest terms. */
function fractionValue(numerator: number, denominator: number, whole = 0): string {
  if (denominator === 0 || !Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator)) return `~${numerator}/${denominator}`;
  let rest = denominator;
  for (const factor of [2, 5]) while (rest % factor === 0) rest /= factor;
  const total = whole * denominator + numerator;
  if (rest === 1) return decimal(String(total / denominator));
  const divisor = gcd(total, denominator);
  return `${total / divisor}/${denominator / divisor}`;
}

/** The value of spelled-out number words ("two hundred and twenty-five" → 225), or null. */
function spelledValue(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const word of words) {
    if (word === "and") continue;
    const cardinal = CARDINALS[word];
    if (cardinal !== undefined) {
      current += cardinal;
      any = true;
      continue;
    }
    const scale = SCALES[word];
    if (scale === undefined || !any) return null;
    if (scale === 2) current = (current || 1) * 100;
    else {
      total += (current || 1) * 10 ** scale;
      current = 0;
    }
  }
  return any ? total + current : null;
}

const isSpace = (token: Token | undefined) => token !== undefined && token.type === "space";
/** A word or a number: what a sign written onto it belongs to ($HOME), rather than to the figure before. */
const isWordOrNumber = (token: Token | undefined) => token !== undefined && (token.type === "word" || token.type === "number");
const lower = (token: Token | undefined) => (token ? token.text.toLowerCase() : "");

/** Decades in words, by the tens they stand for ("the nineties" is the 1990s, "his forties" the 40s). */
const DECADE_WORDS = lookupTable<number>({ twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 });
/** Words before a decade that make it an age: "in his forties", "in her late twenties". */
const AGE_OWNERS: ReadonlySet<string> = new Set(["his", "her", "their", "my", "your", "our", "its"]);
/**
 * Every word a figure can start with, lower-case. A word token that is not one of them, holds no
 * digit and is no fraction sign starts no figure: one Set lookup rules out nearly every word.
 */
const STARTERS = new Set([
  ...Object.keys(DECADE_WORDS),
  ...Object.keys(CARDINALS), ...Object.keys(ORDINALS), ...Object.keys(SCALES), ...Object.keys(QUANTITY_WORDS),
  ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(TIME_WORDS), ...RELATIVE_DAYS, ...MINUS_WORDS, ...Object.keys(PERIOD_POINTS),
  // A figure only in "a quarter of" (fractionOfAt): the fourth quarter, a city's quarter are none.
  "quarter", "half",
  // A figure only after "a" or "an" (articleUnitAt).
  "minute", "hour", "day", "week", "month", "year", "mile", "fortnight", "decade",
  // Periods of a change ("year on year", "y/y": comparisonPeriodAt).
  "yoy", "qoq", "y", "q", "m", "w",
]);
/** Periods a change is measured over (comparisonPeriodAt), by their unit's key in UNITS. */
const PERIOD_UNITS = lookupTable<string>({ day: "d", week: "wk", month: "mo", quarter: "qtr", year: "yr" });
/** The same periods written as one word: "year-on-year", "yoy", "qoq". */
const PERIOD_JOINED = lookupTable<string>({
  ...Object.fromEntries(Object.entries(PERIOD_UNITS).map(([word, unit]) => [`${word}-on-${word}`, unit])),
  yoy: "yr", qoq: "qtr",
});
/** Their letters before a slash: "y/y", "q/q", "m/m", "w/w". */
const PERIOD_LETTERS = lookupTable<string>({ y: "yr", q: "qtr", m: "mo", w: "wk" });
/**
 * The period a change is measured over in other languages' copy (German, French, Spanish, Italian,
 * Portuguese, Dutch, Polish, Russian, Turkish), lower-case, as PERIOD_UNITS's units: "3% im
 * Jahresvergleich" → "3% im Monatsvergleich" is a changed figure, as "year on year" → "month on
 * month" is. Phrases only a rate's period writes; a word alone ("trimestral") may be a report's.
 */
const PERIOD_PHRASES = lookupTable<string>({
  "im jahresvergleich": "yr", "im vorjahresvergleich": "yr", "gegenüber dem vorjahr": "yr", "im vergleich zum vorjahr": "yr", "binnen jahresfrist": "yr", "auf jahressicht": "yr",
  "im monatsvergleich": "mo", "im vormonatsvergleich": "mo", "gegenüber dem vormonat": "mo", "im vergleich zum vormonat": "mo",
  "im quartalsvergleich": "qtr", "gegenüber dem vorquartal": "qtr", "im vergleich zum vorquartal": "qtr", "im wochenvergleich": "wk",
  "sur un an": "yr", "en glissement annuel": "yr", "sur douze mois": "yr", "sur un mois": "mo", "en glissement mensuel": "mo",
  "sur un trimestre": "qtr", "en glissement trimestriel": "qtr", "sur une semaine": "wk",
  interanual: "yr", "en tasa interanual": "yr", "en términos interanuales": "yr", "respecto al año anterior": "yr",
  intermensual: "mo", "en tasa intermensual": "mo", "respecto al mes anterior": "mo", "en tasa trimestral": "qtr", "respecto al trimestre anterior": "qtr",
  "su base annua": "yr", "su base annuale": "yr", "su base mensile": "mo", "su base trimestrale": "qtr", "su base settimanale": "wk",
  "na comparação anual": "yr", "em relação ao ano anterior": "yr", "na comparação mensal": "mo", "em relação ao mês anterior": "mo", "na comparação trimestral": "qtr",
  "op jaarbasis": "yr", "op maandbasis": "mo", "op kwartaalbasis": "qtr", "op weekbasis": "wk",
  "rok do roku": "yr", "w ujęciu rocznym": "yr", "miesiąc do miesiąca": "mo", "w ujęciu miesięcznym": "mo", "kwartał do kwartału": "qtr", "w ujęciu kwartalnym": "qtr",
  "в годовом выражении": "yr", "в годовом исчислении": "yr", "в месячном выражении": "mo", "в квартальном выражении": "qtr",
  "yıllık bazda": "yr", "aylık bazda": "mo", "çeyreklik bazda": "qtr", "haftalık bazda": "wk",
});
/** A period's adjective, which names a rate's period right after its figure ("un 3 % mensual"), and a report's elsewhere. */
const PERIOD_AFTER_FIGURE = lookupTable<string>({
  anual: "yr", mensual: "mo", mensal: "mo", trimestral: "qtr", semanal: "wk", annuo: "yr", annua: "yr", mensile: "mo", trimestrale: "qtr",
  annuel: "yr", annuelle: "yr", mensuel: "mo", mensuelle: "mo", trimestriel: "qtr", trimestrielle: "qtr", jährlich: "yr", monatlich: "mo",
});
/**
 * PERIOD_PHRASES by their first word, each phrase's words, longest first, and all their words of
 * three letters or more (a change of one touches a figure, touchesFigure). Made on first use: only
 * copy in another language than English asks.
 */
const periodPhraseTables = onFirstUse(() => {
  const byFirst = new Map<string, { words: string[]; unit: string }[]>();
  const words = new Set<string>();
  for (const [phrase, unit] of Object.entries(PERIOD_PHRASES)) {
    const phraseWords = phrase.split(" ");
    byFirst.set(phraseWords[0]!, [...(byFirst.get(phraseWords[0]!) ?? []), { words: phraseWords, unit }].sort((a, b) => b.words.length - a.words.length));
    for (const word of phraseWords) if (word.length >= 3) words.add(word);
  }
  return { byFirst, words };
});

/** "a" and "an", which count one of what follows them ("a million", "a third of", "an hour"). */
export const COUNTING_ARTICLES: ReadonlySet<string> = new Set(["a", "an"]);
/**
 * Units that "a" or "an" counts one of: "delayed by an hour" → "by two hours", "a year ago" →
 * "two years ago" change a figure, and "an hour" → "one hour" is house style. Only as a span of
 * time or way (after "for", "by", "in"…, or before "ago", "earlier", "from"…, or ending a clause:
 * "46,000 barrels of fuel a day."): "a day of mourning" counts nothing. Not after a figure, whose rate they are ("$85 a barrel", "100 km an hour",
 * "twice a day").
 */
const ARTICLE_UNITS = new Set(["minute", "hour", "day", "week", "month", "year", "mile", "fortnight", "decade"]);
/** What closes a period a change is measured from: "from a year earlier", "from a month ago". */
const PERIOD_BACK = new Set(["earlier", "ago", "before"]);
const SPAN_BEFORE = new Set(["for", "by", "to", "in", "within", "than", "over", "after", "about", "nearly", "almost", "around", "under", "past", "once"]);
const SPAN_AFTER = new Set(["ago", "earlier", "later", "before", "after", "from", "away", "long", "old", "on", "into"]);
/** Marks that end a clause after such a unit ("… a day.", "… a year, the company said"). */
const CLAUSE_ENDS = new Set([".", ",", ";", ":", ")", "!", "?"]);

/**
 * Fraction signs, and the decimal digits of every script besides ASCII's in the Basic Multilingual
 * Plane (Arabic, Persian, Devanagari, Bengali, Tamil, Thai, Burmese, Khmer, full width…): Unicode's
 * \p{Nd} spelled out as ranges, which English copy's pattern never compiles (a test holds the
 * ranges to \p{Nd}).
 */
export const OTHER_DIGITS =
  /[\u00bc-\u00be\u2150-\u215e\u0660-\u0669\u06f0-\u06f9\u07c0-\u07c9\u0966-\u096f\u09e6-\u09ef\u0a66-\u0a6f\u0ae6-\u0aef\u0b66-\u0b6f\u0be6-\u0bef\u0c66-\u0c6f\u0ce6-\u0cef\u0d66-\u0d6f\u0de6-\u0def\u0e50-\u0e59\u0ed0-\u0ed9\u0f20-\u0f29\u1040-\u1049\u1090-\u1099\u17e0-\u17e9\u1810-\u1819\u1946-\u194f\u19d0-\u19d9\u1a80-\u1a89\u1a90-\u1a99\u1b50-\u1b59\u1bb0-\u1bb9\u1c40-\u1c49\u1c50-\u1c59\ua620-\ua629\ua8d0-\ua8d9\ua900-\ua909\ua9d0-\ua9d9\ua9f0-\ua9f9\uaa50-\uaa59\uabf0-\uabf9\uff10-\uff19]/;
const LOWER_WORDS = /[a-z]+/g;
/** A character of the Han script: a Chinese or Japanese scale, counter or date mark after digits (万, 名, 月). */
const HAN = new ClassPattern((c) => `[${c.han}]`, "u");
const DECIMAL_DIGIT = new ClassPattern((c) => `[${c.digit}]`, "u");
/** Percent signs other than ASCII's: full width (Chinese, Japanese) and Arabic. */
const OTHER_PERCENT = /[％٪]/u;
/** Marks between digit groups that the tokenizer does not join: Arabic's thousands mark, the Swiss apostrophe. */
const GROUP_MARKS = new Set(["٬", "'", "’"]);
/** Spaces that group digits in any language (no-break, narrow no-break, thin): "1 200" is one number. */
const GROUP_SPACES = new Set(["\u00a0", "\u202f", "\u2009"]);
/** A word the word segmenter cut from Chinese or Japanese text that is all digits: a number. */
const DIGITS_ONLY = /^[0-9]+(?:[.,][0-9]+)*%?$/;
/** 1'200, 12’500’000: Swiss grouping, which the tokenizer reads as one word. */
const APOSTROPHE_GROUPS = /^[0-9]{1,3}(?:['’][0-9]{3})+$/;
/** What Turkish writes onto a number after an apostrophe: a case ending ('e, ’te, 'ın). */
const CASE_ENDING = onFirstUse(() => /^['’]\p{Ll}{1,4}$/u);
const APOSTROPHES = new Set(["'", "’"]);
/** A possessive's ending, which is no case ending: 1990's is a decade. */
const POSSESSIVE_S = /^['’]s$/;
/** A word that links an amount to its noun in Romance languages ("de", "di", "da"): see linkedPhraseAt. */
const LINK_WORD = onFirstUse(() => /^\p{Ll}{1,2}$/u);
/** A word after an elided article or preposition ("d’euros", "l'euro"): the word. */
const ELIDED_ARTICLE = onFirstUse(() => /^\p{Ll}['’](\p{L}.*)$/u);
/** Letters of a scale word that CLDR abbreviates with a full stop (Mio., Mrd., тыс.). */
const MAX_ABBREVIATION = 4;

/** The value of a decimal digit of any script: Unicode puts each script's digits 0–9 in a row. */
function digitValue(code: number): number {
  let zero = code;
  while (code - zero < 60 && DECIMAL_DIGIT.test(String.fromCharCode(zero - 1))) zero -= 1;
  return (code - zero) % 10;
}

/** A token with digits of other scripts (٤٢٠, ４２０) and percent signs written in ASCII, one unit for one, and typed as a number when it is one. */
function withAsciiDigits(token: Token): Token {
  let text = "";
  for (let k = 0; k < token.text.length; k++) {
    const char = token.text[k]!;
    const code = char.charCodeAt(0);
    if (code > 127 && DECIMAL_DIGIT.test(char)) text += String(digitValue(code));
    else text += OTHER_PERCENT.test(char) ? "%" : char;
  }
  const number = token.type === "word" && DIGITS_ONLY.test(text);
  return text === token.text && !number ? token : { text, type: number ? "number" : token.type };
}

/**
 * Digits grouped in twos before the last three, as South Asia groups them ("50,00,000": 50 lakh,
 * five million), where the language does (FigureLocale.lakhGroups). Elsewhere, and in English copy,
 * such a figure is kept as written: "1,84,000" → "184,000" in American copy is a figure put right.
 */
const LAKH_GROUPS = /^[0-9]{1,2}(?:,[0-9]{2})+,[0-9]{3}(?:\.[0-9]+)?$/;

/**
 * Digits with separators read by a language's conventions: in German "1.200,5" is 1200.5 and
 * "3,5" is 3.5. Figures written the English way in such copy ("1,200.5", "12.25") are read as
 * English: only a text that fits the language's own pattern is read by it.
 */
function localeDecimal(written: string, locale: FigureLocale): string {
  if (locale.lakhGroups && LAKH_GROUPS.test(written)) return decimal(written.replaceAll(",", ""));
  if (locale.decimal === ",") {
    if (/^[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?$/.test(written)) return decimal(written.replaceAll(".", "").replace(",", "."));
    if (/^[0-9]+(?:,[0-9]+)?$/.test(written)) return decimal(written.replace(",", "."));
  }
  return decimal(written);
}

/**
 * Whether a text may hold a figure: a digit, a fraction sign or a word that starts one. Native
 * scans rule out most texts before any token is looked at; the words are looked up in STARTERS,
 * where one pattern of all of them took ~1 ms to compile, paid by every run.
 */
function mayHoldFigure(text: string): boolean {
  if (HAS_DIGIT.test(text) || OTHER_DIGITS.test(text)) return true;
  const words = text.toLowerCase().match(LOWER_WORDS);
  if (words === null) return false;
  for (let i = 0; i < words.length; i++) if (STARTERS.has(words[i]!) || (RELATIVE_PERIODS.has(words[i]!) && i > 0 && RELATIVE_LEADS.has(words[i - 1]!))) return true;
  return false;
}

/**
 * Every word that can be part of a figure, lower-case: those that start one, scales, currencies,
 * units (each word of them), and the a.m./p.m. of a clock time.
 */
const FIGURE_WORDS = new Set([
  ...STARTERS, ...Object.keys(SCALES), ...Object.keys(CURRENCY_WORDS).flatMap((word) => word.split(" ")), ...Object.keys(UNITS).flatMap((unit) => unit.split(" ")),
  "a.m.", "p.m.", "a.m", "p.m", "am", "pm", ...Object.keys(TEMPERATURE_LETTERS).map((letter) => letter.toLowerCase()), ...Object.keys(TEMPERATURE_SCALES),
]);

function isFigurePart(token: Token | undefined, locale: FigureLocale | null): boolean {
  if (token === undefined) return false;
  if (token.type === "number") return true;
  if (token.type === "punct") return CURRENCY_PREFIXES[token.text] !== undefined || token.text === "%" || OTHER_PERCENT.test(token.text) || token.text === DEGREE_SIGN;
  if (token.type !== "word") return false;
  if (mayStartFigure(token.text, locale) || FIGURE_WORDS.has(token.text.toLowerCase())) return true;
  if (locale === null) return false;
  const lowered = token.text.toLowerCase();
  return locale.parts.has(lowered) || periodPhraseTables().words.has(lowered) || (locale.numericDate !== null && HAN.test(token.text)) || currencyOfStem(lowered, locale) !== undefined;
}

/** A word of a bound phrase, in any case; a word in lower case, as most are, is looked up without lowering a copy. */
function isBoundWord(text: string): boolean {
  if (text.length > MAX_BOUND_WORD) return false;
  if (BOUND_WORDS.has(text)) return true;
  const first = text.charCodeAt(0);
  return first >= 65 && first <= 90 && BOUND_WORDS.has(text.toLowerCase());
}

/** Whether token i is a word of a bound phrase ("more than", "nearly") that runs up to a figure's first token. */
function boundsFigure(tokens: readonly Token[], i: number, locale: FigureLocale | null): boolean {
  if (locale !== null) return false;
  let k = i;
  for (let words = 0; words < LONGEST_BOUND; words++) {
    const token = tokens[k];
    if (token?.type !== "word" || !isBoundWord(token.text)) return false;
    k += isSpace(tokens[k + 1]) ? 2 : 1;
    const next = tokens[k];
    if (next === undefined) return false;
    if (next.type === "number" || CURRENCY_PREFIXES[next.text] !== undefined || (next.type === "word" && mayStartFigure(next.text, null))) return true;
  }
  return false;
}

/**
 * Whether tokens [from, to) of a sentence (a change) may touch a figure: one of them, or the word
 * on either side, can be part of one. A figure is read whole from its first token to its last; a
 * figure that touches a change has a token in it or right next to it, and its tokens are
 * figure parts but for the marks and words that join them ("," ":" "/" "and"), which stand
 * between parts. Most changes touch none, and reading figures then costs nothing.
 */
export function touchesFigure(tokens: readonly Token[], from: number, to: number, locale: FigureLocale | null = null): boolean {
  for (let i = from; i < to; i++) if (isFigurePart(tokens[i], locale) || boundsFigure(tokens, i, locale)) return true;
  let before = from - 1;
  while (before >= 0 && tokens[before]!.type === "space") before--;
  let after = to;
  while (after < tokens.length && tokens[after]!.type === "space") after++;
  // A mark next to the change (a sign, a point, a comma) may join it to the figure beyond.
  if (isFigurePart(tokens[before], locale) || isFigurePart(tokens[after], locale) || boundsFigure(tokens, after, locale)) return true;
  return (tokens[before]?.type === "punct" && isFigurePart(tokens[before - 1], locale)) || (tokens[after]?.type === "punct" && isFigurePart(tokens[after + 1], locale));
}


const WORD_BREAK = /['’\-‐]/u;
const HYPHENS = /[-‐]/u;

/**
 * The unit a hyphenated compound names after its number, from the lower-case words after the
 * number's dash ("year" of 10-year, "metric", "tonne" of 22,700-metric-tonne): its key and how many
 * characters it takes, the dashes before its words included; null when the first words are no unit.
 */
function unitAfterDash(words: readonly string[]): { unit: string; length: number } | null {
  const found = knownUnit(words[0] ?? "", words[1] ?? "");
  if (found === null) return null;
  return { unit: found.unit, length: found.words === 2 ? words[0]!.length + words[1]!.length + 2 : words[0]!.length + 1 };
}

/** The unit two lower-case words name ("cubic metres"), or the first alone ("metres"): its key and how many words it takes. */
function knownUnit(first: string, second: string): { unit: string; words: 1 | 2 } | null {
  const two = second === "" ? undefined : UNITS[`${first} ${second}`];
  if (two !== undefined) return { unit: two, words: 2 };
  const one = UNITS[first];
  return one === undefined ? null : { unit: one, words: 1 };
}

/** A number, or a word that starts with digits (5C, 5km): what a sign before it belongs to. */
function startsWithDigits(token: Token | undefined): boolean {
  if (token === undefined) return false;
  if (token.type === "number") return true;
  const first = token.text.charCodeAt(0);
  return token.type === "word" && first >= 48 && first <= 57;
}

/** Whether a word token could start a figure (see STARTERS); called for every word of a changed pair. */
function mayStartFigure(text: string, locale: FigureLocale | null): boolean {
  const first = text.charCodeAt(0);
  // A word figure starts with its digits (5bn, 1st, 10-12), or is a fraction sign.
  if (first >= 48 && first <= 57) return true;
  // EUR500, Rs500: a currency's code written onto the digits (codeOntoDigitsAt).
  const last = text.charCodeAt(text.length - 1);
  if (first >= 65 && first <= 90 && last >= 48 && last <= 57 && CODE_ONTO_DIGITS.test(text)) return true;
  if ((first === 81 || first === 72 || first === 70) && FISCAL_PERIOD.test(text)) return true;
  if (first > 127 && VULGAR[text] !== undefined) return true;
  const lowered = text.toLowerCase();
  if (STARTERS.has(lowered)) return true;
  if (OTHER_DIGITS.test(text[0]!)) return true;
  if (locale !== null && first >= 73 && first <= 88 && ROMAN_ORDINALS[text] !== undefined) return true;
  if (locale !== null && (locale.starters.has(lowered) || periodPhraseTables().byFirst.has(lowered) || PERIOD_AFTER_FIGURE[lowered] !== undefined || monthOfStem(lowered, locale) !== undefined || weekdayOfCompound(lowered, locale) !== undefined || nameWithEnding(lowered, locale.weekdays, locale) !== undefined || nameWithEnding(lowered, locale.months, locale) !== undefined || handWords(locale)?.has(lowered) === true)) return true;
  // ביום, במרץ: a Hebrew preposition written onto a weekday's or a month's name.
  if (locale !== null && HEBREW_PREFIX.test(lowered) && locale.starters.has(lowered.slice(1)) && primaryLanguage(locale.tag) === "he") return true;
  // 三名: a Chinese or Japanese numeral with its counter in one word.
  if (locale?.numericDate != null && lowered.length > 1 && locale.spelled.has(lowered.slice(0, -1))) return true;
  if (!WORD_BREAK.test(lowered)) return false;
  const cut = lowered.search(WORD_BREAK);
  if (cut > 0 && STARTERS.has(lowered.slice(0, cut))) return true;
  if (PREFIXED_FIGURE.test(text)) return true;
  const named = PREFIXED_NAME.exec(text);
  return named !== null && (MONTHS[named[2]!.toLowerCase()] !== undefined || WEEKDAYS[named[2]!.toLowerCase()] !== undefined);
}

/** Reads figures from the tokens of one sentence. */
class FigureReader {
  readonly figures: Figure[] = [];
  /** Where each token starts in the text. */
  private readonly starts: Int32Array;
  /** The sentence's tokens, digits of other scripts written as ASCII (each is one UTF-16 unit, so offsets hold). */
  private readonly tokens: readonly Token[];
  /** Whether the text is set in title case, every word of TITLE_CASE_SMALL_WORD letters or more capitalised; worked out when first asked (isOrdinalOfName). */
  private titleCased: boolean | undefined;

  constructor(
    private readonly text: string,
    tokens: readonly Token[],
    private readonly locale: FigureLocale | null = null,
  ) {
    // Chinese and Japanese digits are cut from their words by the word segmenter, which leaves them words.
    this.tokens = OTHER_DIGITS.test(text) || OTHER_PERCENT.test(text) || locale?.numericDate ? tokens.map(withAsciiDigits) : tokens;
    this.starts = new Int32Array(tokens.length);
    let at = 0;
    for (let i = 0; i < tokens.length; i++) {
      this.starts[i] = at;
      at += tokens[i]!.text.length;
    }
  }

  /** The figures that start among tokens [from, to). */
  read(from = 0, to = this.tokens.length): Figure[] {
    const tokens = this.tokens;
    let i = from;
    while (i < to) {
      const token = tokens[i]!;
      // Spaces, punctuation but a sign or point before a number, and ordinary words start nothing.
      const candidate =
        token.type === "number" ||
        (token.type === "word" && (mayStartFigure(token.text, this.locale) || (this.locale === null && isRelativePeriod(token.text) && this.relativeLead(i) !== ""))) ||
        (token.type === "punct" && startsWithDigits(tokens[i + 1]) && (token.text === "-" || token.text === "−" || token.text === "+" || token.text === "."));
      i = (candidate ? this.figureAt(i) : null) ?? i + 1;
    }
    return this.figures;
  }

  /**
   * A person's age, however English copy writes it: "a man aged 45", "Smith, 45, said", "he was 45
   * years old", as "a 45-year-old man" is (writtenOnto): the same key, so that a rewrite from one
   * house style to another changes no figure. A count between commas is an age only after a word
   * and up to MAX_AGE ("Smith, 45, said"; not "in 2019, 45 people", nor "12, 45, 67"). The figure
   * takes "aged" and "years old" with it; [from, to) and the key, or null.
   */
  private ageAround(from: number, to: number, key: string): [number, number, string] | null {
    const years = AGE_IN_YEARS.exec(key);
    if (years !== null) {
      const old = this.afterSpace(to);
      return old !== -1 && lower(this.tokens[old]) === "old" && Number(years[1]) <= MAX_AGE ? [from, old + 1, `a:${years[1]}`] : null;
    }
    const bare = from === to - 1 && this.tokens[from]!.type === "number" ? PLAIN_COUNT.exec(key) : null;
    if (bare === null || Number(bare[1]) > MAX_AGE) return null;
    const before = this.beforeSpace(from);
    if (before !== -1 && lower(this.tokens[before]) === "aged") return [before, to, `a:${bare[1]}`];
    const spelled = before === -1 ? -1 : this.ageWordsBefore(before);
    if (spelled !== -1) return [spelled, to, `a:${bare[1]}`];
    const comma = from >= 2 && isSpace(this.tokens[from - 1]) ? this.tokens[from - 2] : undefined;
    const word = this.tokens[from - 3];
    if (comma?.text === "," && word?.type === "word" && !DIGIT_START.test(word.text) && this.tokens[to]?.text === ",") return [from, to, `a:${bare[1]}`];
    return null;
  }

  /**
   * Where an age's words start that end at token `last` before its count: "at the age of 87", "age
   * of 87", "at age 87", "age 87" (as "aged 87" and "87 years old" are one age). -1 when none.
   */
  private ageWordsBefore(last: number): number {
    let at = last;
    if (lower(this.tokens[at]) === "of") {
      const age = this.beforeSpace(at);
      if (age === -1 || lower(this.tokens[age]) !== "age") return -1;
      at = age;
      // "at the age of": the article goes with "at" ("The age of 65 is the limit" keeps its own).
      const the = this.beforeSpace(at);
      const preposition = the !== -1 && lower(this.tokens[the]) === "the" ? this.beforeSpace(the) : -1;
      return preposition !== -1 && lower(this.tokens[preposition]) === "at" ? preposition : at;
    }
    if (lower(this.tokens[at]) !== "age") return -1;
    const preposition = this.beforeSpace(at);
    return preposition !== -1 && lower(this.tokens[preposition]) === "at" ? preposition : at;
  }

  /**
   * A rate of so many in so many before what it counts: "one in five adults", "1 in 10 Americans",
   * "two in three voters": the share it is (0.2), which "20% of adults" is too. [from, to) and the
   * key, or null. Only a smaller count before a larger one, and a word after them.
   */
  private rateAround(from: number, to: number, key: string): [number, number, string] | null {
    const count = PLAIN_COUNT.exec(key);
    if (count === null) return null;
    const join = this.afterSpace(to);
    if (join === -1 || lower(this.tokens[join]) !== "in") return null;
    const whole = this.afterSpace(join + 1);
    const wholeToken = whole === -1 ? undefined : this.tokens[whole];
    if (wholeToken === undefined) return null;
    const of = wholeToken.type === "number" && DIGITS.test(wholeToken.text) ? Number(wholeToken.text) : CARDINALS[wholeToken.text.toLowerCase()];
    const counted = this.afterSpace(whole + 1);
    if (of === undefined || of <= Number(count[1]) || counted === -1 || this.tokens[counted]!.type !== "word") return null;
    return [from, whole + 1, `n:${fractionValue(Number(count[1]), of)}||`];
  }

  /**
   * A fiscal year in words: "fiscal 2025", "fiscal year 2025", "the 2025 fiscal year", as "FY2025"
   * and "FY25" are (the key p:FY2025): earnings copy writes it each way. [from, to) and the key, or null.
   */
  private fiscalYearAround(from: number, to: number, key: string): [number, number, string] | null {
    const year = from === to - 1 ? YEAR_KEY.exec(key) : null;
    if (year === null) return null;
    let before = this.beforeSpace(from);
    if (before !== -1 && lower(this.tokens[before]) === "year") before = this.beforeSpace(before);
    if (before !== -1 && lower(this.tokens[before]) === "fiscal") return [before, to, `p:FY${year[1]}`];
    const fiscal = this.afterSpace(to);
    const noun = fiscal === -1 || lower(this.tokens[fiscal]) !== "fiscal" ? -1 : this.afterSpace(fiscal + 1);
    return noun !== -1 && lower(this.tokens[noun]) === "year" ? [from, noun + 1, `p:FY${year[1]}`] : null;
  }

  private push(from: number, to: number, key: string, startOffset = 0, endOffset?: number): number {
    // The 500 of "the S&P 500" names an index: no figure.
    if (startOffset === 0 && from === to - 1 && key.startsWith("n:") && key.endsWith("||") && isIndexNumber(this.text, this.starts[from]!, this.tokens[from]!.text)) return to;
    // Only a plain amount may be an age or a fiscal year: most figures are tried against neither.
    if (this.locale === null && startOffset === 0 && endOffset === undefined && key.startsWith("n:")) {
      const around = this.ageAround(from, to, key) ?? this.fiscalYearAround(from, to, key) ?? this.rateAround(from, to, key);
      if (around !== null) {
        from = around[0];
        to = around[1];
        key = around[2];
      }
    }
    // "Q1 2024", "the first quarter of 2024": a period of a year is one figure.
    if (endOffset === undefined && key.startsWith("p:") && PERIOD_OF_YEAR.test(key)) {
      let at = this.afterSpace(to);
      if (at !== -1 && lower(this.tokens[at]) === "of") at = this.afterSpace(at + 1);
      const year = at === -1 ? undefined : this.tokens[at];
      if (year !== undefined && year.type === "number" && YEAR_DIGITS.test(year.text)) {
        to = at + 1;
        key = `${key}-${year.text}`;
      }
    }
    // Friday"s, 1990"s: a possessive written with a straight quote for its apostrophe is the
    // figure's, as Friday's is one word with it; read apart, its quote mark made a quote of it.
    if (endOffset === undefined && QUOTE_FOR_APOSTROPHE.has(this.tokens[to]?.text ?? "") && /^[sS]$/u.test(this.tokens[to + 1]?.text ?? "") && this.tokens[to + 2]?.type !== "word") {
      to += 2;
      // 1990"s is the decade 1990's is.
      const digits = /^n:([0-9]+)\|\|$/u.exec(key);
      if (digits) key = `s:${digits[1]}`;
    }
    // 10:30 GMT, 3 p.m. EST: a clock time's zone is part of the time.
    if (key.startsWith("t:") && endOffset === undefined) {
      const zone = this.afterSpace(to);
      // afterSpace names the index after a space even at the text's end: no token there.
      const written = zone === -1 ? undefined : this.tokens[zone]?.text;
      if (written !== undefined && TIME_ZONES.has(written)) {
        key = `${key} ${written}`;
        to = zone + 1;
      }
    }
    // "a quarter of a percentage point", "half a point", "a quarter point": a fraction of a point is
    // one of percentage points, as rate decisions write "25 basis points" and "0.25 percentage point".
    if (endOffset === undefined && SHARE_KEY.test(key)) {
      const after = this.starts[to] ?? this.text.length;
      const point = FRACTION_OF_POINT.exec(this.text.slice(after, after + 40));
      if (point !== null) {
        key += "pp";
        to = this.tokenAt(after + point[0].length - 1) + 1;
      }
    }
    // Basis points are hundredths of a percentage point: "25 basis points" is "0.25 percentage point".
    const basisPoints = key.endsWith("|bp") ? BASIS_POINTS.exec(key) : null;
    if (basisPoints) key = `n:${basisPoints[1]}${hundredth(basisPoints[2]!)}|${basisPoints[3]}|pp`;
    // Cents and pence are hundredths of a dollar and a pound: "45 cents" is "$0.45".
    const coins = key.includes("|¢|") || key.includes("|p|") ? COINS.exec(key) : null;
    if (coins) key = `n:${coins[1]}${hundredth(coins[2]!)}|${coins[3] === "¢" ? "$" : "£"}|${coins[4]}`;
    const last = this.tokens[to - 1]!;
    // A bound before an amount is part of what it says: "more than 1,000" is not "fewer than 1,000".
    if (startOffset === 0 && (key.startsWith("n:") || key.startsWith("r:") || key.startsWith("q:"))) {
      const bound = this.boundBefore(from);
      if (bound !== null && !this.boundIsNoBound(bound, key)) {
        from = bound.start;
        key = `${bound.symbol}${key}`;
      }
    }
    const start = this.starts[from]! + startOffset;
    const end = endOffset === undefined ? this.starts[to - 1]! + last.text.length : this.starts[to - 1]! + endOffset;
    this.figures.push({ start, end, text: this.text.slice(start, end), key });
    return to;
  }

  /** The bound phrase that ends right before token `i` ("more than", "nearly"), the longest, or null. */
  private boundBefore(i: number): { start: number; symbol: string; phrase: string } | null {
    if (this.locale !== null) return null;
    let found: { start: number; symbol: string; phrase: string } | null = null;
    let phrase = "";
    let k = this.beforeSpace(i);
    for (let words = 0; words < LONGEST_BOUND && k !== -1 && this.tokens[k]!.type === "word"; words++) {
      if (!isBoundWord(this.tokens[k]!.text)) break;
      const word = this.tokens[k]!.text.toLowerCase();
      phrase = words === 0 ? word : `${word} ${phrase}`;
      const symbol = BOUNDS[phrase];
      if (symbol !== undefined) found = { start: k, symbol, phrase };
      k = this.beforeSpace(k);
    }
    return found;
  }

  /** Whether a bound phrase before a figure is a preposition or a verb's particle there (see TIME_PREPOSITIONS, BE_FORMS). */
  private boundIsNoBound(bound: { start: number; phrase: string }, key: string): boolean {
    if (TIME_PREPOSITIONS.has(bound.phrase) && (TIME_UNITS.has(key.slice(key.lastIndexOf("|") + 1)) || YEAR_LIKE.test(key))) return true;
    if (bound.phrase !== "up to") return false;
    const before = this.beforeSpace(bound.start);
    return before !== -1 && BE_FORMS.has(lower(this.tokens[before]));
  }

  /** The word before token i that names a time from now ("last", "next"), lower-case, or "". */
  private relativeLead(i: number): string {
    const lead = this.beforeSpace(i);
    if (lead === -1) return "";
    const text = this.tokens[lead]!.text;
    // Each lead has four letters but "coming": most words are ruled out before being lowered.
    if (text.length !== 4 && text.length !== 6) return "";
    const lowered = text.toLowerCase();
    return RELATIVE_LEADS.has(lowered) ? lowered : "";
  }

  /** Index of the token after position `i` skipping one space, or -1. */
  private afterSpace(i: number): number {
    return isSpace(this.tokens[i]) && this.tokens[i]!.text.length <= 2 && !this.tokens[i]!.text.includes("\n\n") ? i + 1 : -1;
  }

  /** Index of the word after position `i` past one space (afterSpace, when a word stands there), or -1. */
  private wordAfterSpace(i: number): number {
    const k = this.afterSpace(i);
    return k !== -1 && this.tokens[k]!.type === "word" ? k : -1;
  }

  /** Index of the token before token `i` past one space (afterSpace's mirror), or -1. */
  private beforeSpace(i: number): number {
    return i >= 2 && this.afterSpace(i - 1) === i ? i - 2 : -1;
  }

  /** The figure that starts at token i, pushed; the index after it, or null when none starts there. */
  private figureAt(i: number): number | null {
    const token = this.tokens[i]!;
    if (this.locale !== null) {
      const found = this.localeFigureAt(i, this.locale);
      if (found !== null) return found;
    }
    const word = token.text.toLowerCase().replace(POSSESSIVE_END, "");
    if (token.type === "word") {
      if (RELATIVE_DAYS.has(word)) return this.weekdayInParentheses(i) || this.isNameMidSentence(i) ? null : this.push(i, i + 1, `rel:${word}`);
      const point = PERIOD_POINTS[word];
      if (point !== undefined && this.beforeSpace(i) !== -1 && PERIOD_POINT_LEADS.has(lower(this.tokens[this.beforeSpace(i)]))) return this.push(i, i + 1, `rel:${point}`);
      // "minus 5C" is -5C, and so are "moins 5", "menos 5", "минус 5" (not "moins de 5", a bound).
      // "au moins 12", "al menos 12", "por lo menos 12", "per lo meno 12": at least, no sign.
      if (MINUS_WORDS.has(word) && !(this.beforeSpace(i) !== -1 && AT_LEAST_LEADS.has(lower(this.tokens[this.beforeSpace(i)])))) {
        const k = this.afterSpace(i + 1);
        const figure = k === -1 ? undefined : this.tokens[k];
        if (figure?.type === "number") return this.numberAt(k, "-", i);
        if (figure?.type === "word" && LEADING_DIGITS.test(figure.text)) return this.wordFigureAt(k, "-", i);
      }
      const weekday = WEEKDAYS[word] !== undefined && CAPITALISED.test(token.text) ? WEEKDAYS[word] : undefined;
      if (weekday !== undefined || RELATIVE_PERIODS.has(word)) {
        const lead = this.relativeLead(i);
        if (lead !== "") return this.push(this.beforeSpace(i), i + 1, `rel:${SAME_TIME_LEADS[lead] ?? lead} ${weekday === undefined ? word : `w:${weekday}`}`);
        // "a quarter of" is a fraction; "quarter" alone no figure.
        if (weekday === undefined) return this.comparisonPeriodAt(i) ?? this.fractionOfAt(this.beforeSpace(i)) ?? this.articleUnitAt(i);
      }
      const date = this.dateAt(i);
      if (date !== null) return date;
      if (weekday !== undefined) return this.push(i, i + 1, `w:${weekday}`);
      if (TIME_WORDS[word] !== undefined) return this.push(i, i + 1, `t:${TIME_WORDS[word]}`);
      // "the nineties" is "the 1990s" and "the '90s" (the '20s may be either century, as there);
      // "in his forties" is "in his 40s", an age.
      const decade = DECADE_WORDS[word];
      if (decade !== undefined) return this.push(i, i + 1, this.isAge(i) ? `s:${decade}` : decade >= 30 ? `s:19${decade}` : `s:'${decade}`);
      if (FISCAL_PERIOD.test(token.text)) return this.push(i, i + 1, `p:${fullFiscalYear(token.text)}`);
      if (HAS_DIGIT.test(token.text) || VULGAR[token.text] !== undefined) return this.wordFigureAt(i);
      // mid-March, pre-Monday; but "year-on-year" is a period.
      if (HYPHENS.test(token.text)) {
        // "a quarter-point cut", "a half-percentage-point rise": a rate decision's step, in percentage points.
        const step = POINT_STEP.exec(word);
        if (step !== null) return this.push(i, i + 1, `n:${POINT_STEPS[step[1]!]}||pp`);
        const period = this.comparisonPeriodAt(i);
        if (period !== null) return period;
        const prefixed = this.prefixedFigureAt(i);
        if (prefixed !== null) return prefixed;
      }
      return this.spelledAt(i);
    }
    if (token.type === "number") return this.dateAt(i) ?? this.numberAt(i, "");
    // A sign or a leading decimal point belongs to the number it stands before, not after a word;
    // so does a sign before digits with a unit written onto them (-5C).
    const next = this.tokens[i + 1];
    if (next !== undefined && (token.text === "-" || token.text === "−" || token.text === "+" || token.text === ".")) {
      const before = this.tokens[i - 1];
      if (before === undefined || before.type === "space" || /^[([{]$/u.test(before.text)) {
        if (next.type === "number") {
          if (token.text === ".") return this.numberAt(i + 1, "", i, `0.${next.text}`);
          return this.numberAt(i + 1, token.text === "+" ? "" : "-", i);
        }
        if (next.type === "word" && token.text !== "." && LEADING_DIGITS.test(next.text)) return this.wordFigureAt(i + 1, token.text === "+" ? "" : "-", i);
      }
    }
    return null;
  }

  /**
   * A figure in a language's own words (locale.ts): a weekday, a date with its month named
   * (4. März 2024, 4 de marzo de 2024) or in digits (2024年3月4日), a number spelled out, with the
   * scale and unit after it.
   */
  private localeFigureAt(i: number, locale: FigureLocale): number | null {
    const token = this.tokens[i]!;
    if (token.type === "number") return (locale.numericDate ? this.numericDateAt(i, locale.numericDate) : null) ?? this.namedDateAt(i, locale);
    if (token.type !== "word") return null;
    // 1er mars, 1.º de mayo: a day with its ordinal's letters.
    if (HAS_DIGIT.test(token.text[0]!)) return this.namedDateAt(i, locale);
    const roman = ROMAN_ORDINALS[token.text];
    if (roman !== undefined && this.isRomanOrdinal(i)) return this.push(i, i + 1, `o:${roman}`);
    const period = this.periodPhraseAt(i) ?? this.periodAfterFigureAt(i);
    if (period !== null) return period;
    const weekday = this.phraseAt(i, locale.weekdays) ?? this.hebrewPrefixedAt(i, locale, locale.weekdays);
    if (weekday) return this.push(i, weekday.next, `w:${weekday.value}`);
    const lowered = token.text.toLowerCase();
    const compound = weekdayOfCompound(lowered, locale) ?? nameWithEnding(lowered, locale.weekdays, locale);
    if (compound !== undefined) return this.push(i, i + 1, `w:${compound}`);
    const ordinal = locale.ordinals.get(lowered);
    if (ordinal !== undefined) return ordinal === 1 && this.isFirstOfTitle(i) ? null : this.push(i, i + 1, `o:${ordinal}`);
    // Ein Drittel, un tiers, la mitad: a fraction the language names with a noun; im dritten, nel
    // terzo: an ordinal.
    const hand = handWords(locale)?.get(lowered);
    if (hand === "o:1" && this.isFirstOfTitle(i)) return null;
    if (hand !== undefined && (!BEFORE_DE.has(lowered) || FRENCH_DE.test(this.tokens[this.afterSpace(i + 1)]?.text ?? ""))) {
      const lead = this.beforeSpace(i);
      if (!AFTER_ARTICLE.has(lowered) || (lead !== -1 && ARTICLES.has(lower(this.tokens[lead])))) return this.push(i, i + 1, hand);
    }
    const month = this.monthAt(i, locale);
    if (month) {
      const year = this.yearIn(month.next, locale);
      return this.push(i, year?.next ?? month.next, `d:${month.value}--${year?.year ?? ""}`);
    }
    const spelled = this.phraseAt(i, locale.spelled) ?? this.hebrewPrefixedAt(i, locale, locale.spelled);
    if (!spelled) {
      // 三名, 五点: the word segmenter may leave a numeral and its counter one word.
      const head = token.text.slice(0, -1);
      const value = locale.numericDate !== null && head !== "" && HAN.test(token.text.slice(-1)) ? locale.spelled.get(head) : undefined;
      return value === undefined ? null : this.push(i, i + 1, `n:${value}||${token.text.slice(-1)}`);
    }
    const value = String(spelled.value);
    const language = primaryLanguage(locale.tag);
    const wordAfter = this.wordAfterSpace(spelled.next);
    // Korean's own numbers count before a counter ("다섯 명이"): alone, 세 is "tax", 네 "yes".
    if (language === "ko") {
      const counter = wordAfter === -1 ? null : koreanFigureWord(this.tokens[wordAfter]!.text, locale);
      if (counter === null || !KOREAN_COUNTERS.has(counter)) return null;
      return this.finish(i, wordAfter + 1, { kind: "n", value, sign: "", currency: "", unit: counter });
    }
    if (locale.numericDate !== null) {
      // 十二名, 五点: Chinese and Japanese numerals are a figure with the counter or scale written
      // after them; alone they are as often part of a word (一些, 一直, 万一).
      const next = this.tokens[spelled.next];
      return next?.type === "word" && HAN.test(next.text[0]!) ? this.counted(i, spelled.next, { value, sign: "", currency: "", unit: "" }) : null;
    }
    if (ADJECTIVE_CARDINALS.has(lowered) && this.isAdjectiveAfterNoun(i)) return null;
    if (CLAUSE_FINAL_CARDINALS.has(lowered) && wordAfter === -1) return null;
    if (PLACE_NUMERALS[lowered] !== undefined && isPlaceNameBefore(PLACE_NUMERALS[lowered], lower(this.tokens[this.beforeSpace(i)]))) return null;
    // The word for one is the indefinite article in French, Spanish and German copy (un, une,
    // un millón): it is a figure only before a scale word.
    if (spelled.value === 1) {
      const spaced = this.afterSpace(spelled.next);
      if (spaced === -1 || !this.phraseAt(spaced, locale.scales)) return null;
    }
    // Vietnamese numbers are common words too (năm, five and year; ba, three and father; chín,
    // nine and ripe): a count stands before what it counts, or a scale, unit or currency.
    if (language === "vi") {
      const word = wordAfter === -1 ? "" : lower(this.tokens[wordAfter]);
      if (!VIETNAMESE_COUNTED.has(word) && !locale.parts.has(word)) return null;
    }
    return this.finish(i, spelled.next, { kind: "n", value, sign: "", currency: "", unit: "" });
  }

  /**
   * Whether the word at i stands as an adjective after a noun ("le bâtiment neuf de la mairie", "un
   * appartement neuf près du port"): after a lower-case word of four letters or more that is no
   * preposition, and before no plural. A cardinal follows a determiner, a preposition or a verb
   * ("les neuf membres", "il a neuf ans"), and what it counts is plural.
   */
  private isAdjectiveAfterNoun(i: number): boolean {
    const before = this.beforeSpace(i);
    const noun = before === -1 ? "" : this.tokens[before]!.text;
    if (noun.length < 4 || this.tokens[before]!.type !== "word" || noun !== noun.toLowerCase() || PREPOSITIONS_BEFORE_CARDINAL.has(noun)) return false;
    const after = this.afterSpace(i + 1);
    const next = after === -1 || this.tokens[i + 1]?.type === "punct" ? undefined : this.tokens[after];
    if (next === undefined || next.type !== "word") return true;
    const word = next.text.toLowerCase();
    return !FRENCH_PLURAL_END.test(word) || WORDS_ENDING_AS_PLURALS.has(word);
  }

  /**
   * A month's name at token i, as CLDR writes it, or inflected from its stem (Russian "в марте":
   * март, марта) and written in lower case, as the languages that inflect them write months: a
   * capital makes a name of it ("Мартин").
   */
  private monthAt(i: number, locale: FigureLocale): { value: number; next: number } | null {
    const named = this.phraseAt(i, locale.months) ?? this.hebrewPrefixedAt(i, locale, locale.months);
    if (named || this.tokens[i]?.type !== "word") return named;
    const ending = nameWithEnding(this.tokens[i]!.text.toLowerCase(), locale.months, locale);
    if (ending !== undefined) return { value: ending, next: i + 1 };
    if (locale.monthStems.size === 0) return null;
    const word = this.tokens[i]!.text;
    if (word !== word.toLowerCase()) return null;
    const month = monthOfStem(word, locale);
    return month === undefined ? null : { value: month, next: i + 1 };
  }

  /** A phrase of `map` at token i in Hebrew copy, its first word read without the one-letter word written onto it (HEBREW_PREFIX). */
  private hebrewPrefixedAt<T>(i: number, locale: FigureLocale, map: ReadonlyMap<string, T>): { value: T; next: number } | null {
    const text = this.tokens[i]?.text ?? "";
    if (primaryLanguage(locale.tag) !== "he" || text.length < 3 || !HEBREW_PREFIX.test(text)) return null;
    return this.phraseAt(i, map, text.slice(1));
  }

  /** A scale word at token i, as CLDR writes it or with a case ending (Finnish "12 miljoonan euron", of 12 million euros). */
  private scaleAt(i: number, locale: FigureLocale): { value: number; next: number } | null {
    const named = this.phraseAt(i, locale.scales);
    if (named || this.tokens[i]?.type !== "word") return named;
    const value = nameWithEnding(this.tokens[i]!.text.toLowerCase(), locale.scales, locale);
    return value === undefined ? null : { value, next: i + 1 };
  }

  /**
   * The longest phrase of `map` at token i: words with one space between them, lower-case.
   * `firstWord` stands for token i's text (an elided article's word: "euros" of "d’euros").
   */
  private phraseAt<T>(i: number, map: ReadonlyMap<string, T>, firstWord?: string): { value: T; next: number } | null {
    if (map.size === 0) return null;
    let phrase = "";
    let best: { value: T; next: number } | null = null;
    let k = i;
    for (let words = 0; words < (this.locale?.longestPhrase ?? 1); words++) {
      const token = this.tokens[k];
      if (token?.type !== "word") break;
      phrase = words === 0 ? (firstWord ?? token.text).toLowerCase() : `${phrase} ${token.text.toLowerCase()}`;
      const value = map.get(phrase);
      if (value !== undefined) best = { value, next: k + 1 };
      const spaced = this.afterSpace(k + 1);
      if (spaced === -1) break;
      k = spaced;
    }
    return best;
  }

  /**
   * A phrase of `map` after a linking word, as Romance languages join an amount to its noun: "5
   * millones de euros", "5 milioni di euro", "20 de dolari" (Romanian, from twenty up), or the
   * noun with an elided article, "5 milliards d’euros". CLDR's currency names have no such word,
   * so the link is any word of one or two lower-case letters, or one letter and an apostrophe.
   */
  private linkedPhraseAt<T>(i: number, map: ReadonlyMap<string, T>): { value: T; next: number } | null {
    const token = this.tokens[i];
    if (token?.type !== "word") return null;
    const elided = ELIDED_ARTICLE().exec(token.text);
    if (elided) return this.phraseAt(i, map, elided[1]!);
    if (!LINK_WORD().test(token.text)) return null;
    const spaced = this.afterSpace(i + 1);
    return spaced === -1 ? null : this.phraseAt(spaced, map);
  }

  /** A currency named by an inflected form of its noun that CLDR does not write (Turkish "dolara"): see currencyOfStem. */
  private currencyStemAt(i: number, locale: FigureLocale): { value: string; next: number } | null {
    const token = this.tokens[i];
    const value = token?.type === "word" ? currencyOfStem(token.text.toLowerCase(), locale) : undefined;
    return value === undefined ? null : { value, next: i + 1 };
  }

  /**
   * A word of `map` that copy writes as two words: Italian "per cento" for CLDR's "percento".
   * Only the two words' letters, lower-case, joined without the space.
   */
  private splitWordAt<T>(i: number, map: ReadonlyMap<string, T>): { value: T; next: number } | null {
    const first = this.tokens[i];
    const spaced = this.afterSpace(i + 1);
    const second = spaced === -1 ? undefined : this.tokens[spaced];
    if (first?.type !== "word" || second?.type !== "word") return null;
    const value = map.get(`${first.text}${second.text}`.toLowerCase());
    return value === undefined ? null : { value, next: spaced + 1 };
  }

  /**
   * A year after a month or day, past the words of the language's date layout ("de 2024", "2024
   * г."), and the word for "year" some languages write after it in a date ("4 марта 2025 года").
   */
  private yearIn(i: number, locale: FigureLocale): { year: string; next: number } | null {
    let spaced = this.afterSpace(this.tokens[i]?.text === "," ? i + 1 : i);
    if (spaced !== -1 && locale.dateWords.has(lower(this.tokens[spaced]))) spaced = this.afterSpace(spaced + 1);
    if (spaced === -1 || !this.isYear(spaced)) return null;
    const after = this.yearWordAfter(spaced + 1, locale);
    return { year: this.tokens[spaced]!.text, next: after === -1 ? spaced + 1 : after };
  }

  /** Day Month [Year] in a language's layout: 4. März 2024, 4 de marzo de 2024, 4 марта 2024. */
  private namedDateAt(i: number, locale: FigureLocale): number | null {
    const day = this.dayAt(i);
    if (day === null) return null;
    let k = this.tokens[i + 1]?.text === "." ? i + 2 : i + 1;
    k = this.afterSpace(k);
    if (k !== -1 && locale.dateWords.has(lower(this.tokens[k]))) k = this.afterSpace(k + 1);
    const month = k === -1 ? null : this.monthAt(k, locale);
    if (!month) return null;
    const year = this.yearIn(month.next, locale);
    return this.push(i, year?.next ?? month.next, `d:${month.value}-${day}-${year?.year ?? ""}`);
  }

  /** 2024年3月4日, 3月4日: a date whose parts are digits, each with its mark after it (locale.numericDate). */
  private numericDateAt(i: number, marks: { year: string; month: string; day: string }): number | null {
    const partAt = (k: number, mark: string, largest: number) => {
      const [digits, after] = [this.tokens[k], this.tokens[k + 1]];
      if (digits?.type !== "number" || !DIGITS.test(digits.text) || after?.text !== mark) return null;
      const value = Number(digits.text);
      return value >= 1 && value <= largest ? value : null;
    };
    let k = i;
    const year = partAt(k, marks.year, 9999);
    if (year !== null) k += 2;
    const month = partAt(k, marks.month, 12);
    if (month === null) return null;
    k += 2;
    const day = partAt(k, marks.day, 31);
    if (day !== null) k += 2;
    return this.push(i, k, `d:${month}-${day ?? ""}-${year ?? ""}`);
  }

  /**
   * A Chinese or Japanese figure's scale (万, 亿, 億) and counter or unit (名, 人, 点, 元, 円)
   * written straight after its number at token j. Any Han character there is its counter: the
   * classifiers and units are many, and which word a number counts is what matters.
   */
  private counted(start: number, j: number, figure: { value: string; sign: string; currency: string; unit: string }): number {
    let { value } = figure;
    let k = j;
    const scale = this.locale?.scales.get(this.tokens[k]?.text ?? "");
    if (scale !== undefined && !value.startsWith("~")) {
      value = decimal(value, scale);
      k += 1;
      let last = scale;
      // 1亿5000万, 1兆2000億, 1조 2000억: an amount in two scales, the second smaller, is their sum (1.5亿, 1.2兆, 1.2조).
      for (;;) {
        const at = this.tokens[k]?.text === " " ? k + 1 : k;
        const part = this.tokens[at];
        const smaller = this.locale!.scales.get(this.tokens[at + 1]?.text ?? "");
        const sum = part?.type === "number" && smaller !== undefined && smaller < last ? sumOfScaled(value, part.text, smaller) : null;
        if (sum === null) break;
        value = sum;
        last = smaller!;
        k = at + 2;
      }
    }
    const after = this.tokens[k];
    // 15時30分, 15点30分: a clock time, as 15:30 is (15時 alone stays a count of the counter).
    if (after !== undefined && HOUR_COUNTERS.has(after.text) && CLOCK_HOUR.test(value) && figure.unit === "" && figure.currency === "") {
      const [minutes, mark] = [this.tokens[k + 1], this.tokens[k + 2]];
      if (minutes !== undefined && COUNTED_MINUTES.test(minutes.text) && mark?.text === "分") return this.push(start, k + 3, `t:${clock(Number(value), minutes.text.padStart(2, "0"), undefined)}`);
    }
    if (after?.type === "word" && HAN.test(after.text[0]!) && figure.unit === "") {
      return this.push(start, k + 1, `n:${figure.sign}${value}|${figure.currency}|${after.text[0]}`, 0, 1);
    }
    return this.push(start, k, `n:${figure.sign}${value}|${figure.currency}|${figure.unit}`);
  }

  /** 1 200 and 1 200,5 (no-break spaces anywhere, plain ones in French or Russian copy), 12٬500 and 12٫5 (Arabic), 1'200.5 (Swiss). */
  private groupsAt(i: number): { text: string; last: number } | null {
    const token = this.tokens[i]!;
    if (token.type === "word") {
      if (!APOSTROPHE_GROUPS.test(token.text)) return null;
      const text = token.text.replace(/['’]/gu, "");
      const [point, fraction] = [this.tokens[i + 1], this.tokens[i + 2]];
      return point?.text === "." && fraction?.type === "number" && DIGITS.test(fraction.text) ? { text: `${text}.${fraction.text}`, last: i + 2 } : { text, last: i };
    }
    let [text, last, grouped] = [token.text, i, false];
    if (/^[0-9]{1,3}$/.test(text)) {
      for (;;) {
        const [mark, group] = [this.tokens[last + 1], this.tokens[last + 2]];
        if (mark === undefined || group?.type !== "number" || !/^[0-9]{3}(?:,[0-9]+)?$/.test(group.text)) break;
        // A space between groups of three is a thousands mark in any language, English too
        // ("12 000", the SI's way): no copy writes two figures that way. Chinese and Japanese
        // digits come cut at the comma (4,200,000円), as the word segmenter leaves them.
        const spaced = GROUP_SPACES.has(mark.text) || mark.text === " ";
        const comma = mark.text === "," && this.locale?.numericDate != null;
        if (!spaced && !comma && !GROUP_MARKS.has(mark.text)) break;
        [text, last, grouped] = [text + group.text, last + 2, true];
      }
    }
    if (this.tokens[last + 1]?.text === "٫" && this.tokens[last + 2]?.type === "number" && DIGITS.test(this.tokens[last + 2]!.text) && DIGITS.test(text)) {
      [text, last, grouped] = [`${text}.${this.tokens[last + 2]!.text}`, last + 2, true];
    }
    return grouped ? { text, last } : null;
  }

  /** Month day[, year] · day Month[ year] · Month year · Month (names not also common words). */
  private dateAt(i: number): number | null {
    const token = this.tokens[i]!;
    const word = token.text.toLowerCase().replace(POSSESSIVE_END, "");
    const month = MONTHS[word];
    if (month !== undefined && CAPITALISED.test(token.text)) {
      let j = i + 1;
      if (this.tokens[j]?.text === "." && word.length <= 4) j += 1;
      const spaced = this.afterSpace(j);
      const days = spaced === -1 ? null : this.daysAt(spaced);
      if (days !== null) {
        const year = this.yearAfter(days.next);
        return this.push(i, year?.next ?? days.next, `d:${month}-${days.days}-${year?.year ?? ""}`);
      }
      if (spaced !== -1 && this.isYear(spaced)) return this.push(i, spaced + 1, `d:${month}--${this.tokens[spaced]!.text}`);
      const spelledDay = spaced === -1 ? null : this.spelledDayAt(spaced);
      if (spelledDay !== null) return this.push(i, spaced + 1, `d:${month}-${spelledDay}-`);
      if (!MONTHS_ONLY_IN_DATES.has(word)) return this.push(i, i + 1, `d:${month}--`);
      // "in May", "since May", "late May": after these, May is the month, not the verb or a name.
      const before = isSpace(this.tokens[i - 1]) ? lower(this.tokens[i - 2]) : "";
      if ((word === "may" || this.tokens[i + 1]?.text === ".") && MONTH_LEAD_INS.has(before)) return this.push(i, i + 1, `d:${month}--`);
      return null;
    }
    const days = this.daysAt(i);
    if (days === null) return null;
    let spaced = this.afterSpace(days.next);
    let start = i;
    // "the 3rd of March", as "March 3" and "3 March" are (English copy).
    if (this.locale === null && spaced !== -1 && lower(this.tokens[spaced]) === "of" && ORDINAL_DAY.test(this.tokens[i]!.text)) {
      spaced = this.afterSpace(spaced + 1);
      const the = this.beforeSpace(i);
      if (the !== -1 && lower(this.tokens[the]) === "the") start = the;
    }
    const after = spaced === -1 ? undefined : this.tokens[spaced];
    const named = after && CAPITALISED.test(after.text) ? MONTHS[after.text.toLowerCase()] : undefined;
    if (named === undefined) return null;
    let end = spaced + 1;
    if (this.tokens[end]?.text === "." && after!.text.length <= 4) end += 1;
    const year = this.yearAfter(end);
    return this.push(start, year?.next ?? end, `d:${named}-${days.days}-${year?.year ?? ""}`);
  }

  /**
   * A day written in words after a month's name, as older wire copy writes it: "to April six from
   * April three", "effective June one." Only where no noun follows, which the number would count
   * ("In April two people died"): the text ends, or a mark or one of DAY_FOLLOWERS comes next.
   * English copy only.
   */
  private spelledDayAt(i: number): number | null {
    const token = this.tokens[i]!;
    if (this.locale !== null || token.type !== "word") return null;
    const day = spelledValue(token.text.toLowerCase().split(/[-‐]/u));
    if (day === null || day < 1 || day > 31) return null;
    const next = this.tokens[i + 1];
    if (next === undefined || next.type === "punct") return day;
    const word = this.afterSpace(i + 1);
    return word !== -1 && DAY_FOLLOWERS.has(lower(this.tokens[word])) ? day : null;
  }

  /**
   * A day of a date, or a range of days however its dash is written ("1-3", "1–3" and "1 through
   * 3" are all "1~3"), from token `i`: the key's day part and the next token.
   */
  private daysAt(i: number): { days: string; next: number } | null {
    const joined = DAY_RANGE.exec(this.tokens[i]?.text ?? "");
    if (joined !== null && this.tokens[i]!.type === "word") {
      const [from, to] = [Number(joined[1]), Number(joined[2])];
      return from >= 1 && to <= 31 && from < to ? { days: `${from}~${to}`, next: i + 1 } : null;
    }
    const day = this.dayAt(i);
    if (day === null) return null;
    // 1–3 (a dash token between two numbers), 1 through 3; not "1 to 3", which is as often a
    // date and an amount ("fell May 5 to 10 pct").
    const dash = this.tokens[i + 1]?.text === "–" || this.tokens[i + 1]?.text === "—" ? i + 2 : -1;
    const spaced = dash === -1 ? this.afterSpace(i + 1) : -1;
    const end = dash !== -1 ? dash : spaced !== -1 && lower(this.tokens[spaced]) === "through" ? this.afterSpace(spaced + 1) : -1;
    const last = end === -1 || this.tokens[end]?.type !== "number" ? null : this.dayAt(end);
    return last !== null && last > day ? { days: `${day}~${last}`, next: end + 1 } : { days: String(day), next: i + 1 };
  }

  private dayAt(i: number): number | null {
    const token = this.tokens[i];
    if (!token) return null;
    // Other languages write a day's ordinal with their own letters: 1er mars, 1.º de mayo, 2e.
    const match = (this.locale === null ? /^([0-9]{1,2})(?:st|nd|rd|th)?$/i : /^([0-9]{1,2})(?:st|nd|rd|th|\p{Ll}{1,3}|º|ª)?$/iu).exec(token.text);
    if (!match || (token.type !== "number" && token.type !== "word")) return null;
    const day = Number(match[1]);
    return day >= 1 && day <= 31 ? day : null;
  }

  private isYear(i: number): boolean {
    const token = this.tokens[i];
    return token !== undefined && token.type === "number" && /^[0-9]{4}$/.test(token.text);
  }

  private yearAfter(i: number): { year: string; next: number } | null {
    let j = i;
    if (this.tokens[j]?.text === ",") j += 1;
    const spaced = this.afterSpace(j);
    return spaced !== -1 && this.isYear(spaced) ? { year: this.tokens[spaced]!.text, next: spaced + 1 } : null;
  }

  /**
   * A unit the language writes before the number that starts at token i: Turkish "yüzde 14" (one
   * space between) or "%14" (written onto it). Its key and its first token.
   */
  private unitBefore(i: number): { unit: string; start: number } | null {
    const units = this.locale?.unitsBefore;
    if (units === undefined || units.size === 0) return null;
    const attached = this.tokens[i - 1];
    if (attached !== undefined && !isSpace(attached)) {
      const unit = units.get(attached.text.toLowerCase());
      return unit === undefined ? null : { unit, start: i - 1 };
    }
    const word = this.beforeSpace(i);
    const unit = word === -1 ? undefined : units.get(lower(this.tokens[word]));
    return unit === undefined ? null : { unit, start: word };
  }

  /** A currency sign that ends at token i (a space follows it): "€", "$", "US$", "R$"; its key and first token. */
  private signBefore(i: number): { currency: string; start: number } | null {
    const sign = this.tokens[i - 1];
    // EUR 5 million, USD 120: a currency's ISO code, as financial copy writes it.
    if (sign?.type === "word" && ISO_CURRENCY_CODES[sign.text] !== undefined) return { currency: ISO_CURRENCY_CODES[sign.text]!, start: i - 1 };
    // Rs. 5 crore: the rupee's abbreviation with its full stop.
    if (sign?.text === "." && this.tokens[i - 2]?.type === "word" && ISO_CURRENCY_CODES[this.tokens[i - 2]!.text] !== undefined) {
      return { currency: ISO_CURRENCY_CODES[this.tokens[i - 2]!.text]!, start: i - 2 };
    }
    if (sign?.type !== "punct" || SPACED_SIGNS[sign.text] === undefined) return null;
    const letters = sign.text === "$" ? dollarLetters(this.tokens[i - 2]) : null;
    return letters === null ? { currency: SPACED_SIGNS[sign.text]!, start: i - 1 } : { currency: dollarKey(letters), start: i - 2 };
  }

  /** A number token and what goes with it: fraction, clock, range, scale, currency, unit. */
  /**
   * Whether the Roman numeral at `i` is an ordinal before a noun, as copy outside English writes a
   * quarter or a century ("w III kwartale", "в III квартале", "XXI secolo" is after it, and not
   * read): a lower-case word follows it, and no capitalised word stands before it ("Jan Paweł
   * II", a name's number).
   */
  private isRomanOrdinal(i: number): boolean {
    const next = this.afterSpace(i + 1);
    if (next === -1 || this.tokens[next]!.type !== "word" || !LOWER_INITIAL.test(this.tokens[next]!.text)) return false;
    const before = this.beforeSpace(i);
    return before === -1 || !CAPITALISED.test(this.tokens[before]!.text);
  }

  /**
   * The token after a year's word for year ("года", "г.", "roku", "r."), or -1 when none follows at
   * `i`. A one-letter abbreviation takes its full stop ("2025 r.", "2025 г."): the year's, even
   * where it also ends the sentence.
   */
  private yearWordAfter(i: number, locale: FigureLocale): number {
    const word = this.afterSpace(i);
    if (word === -1 || !YEAR_WORDS_AFTER[primaryLanguage(locale.tag)]?.has(lower(this.tokens[word]))) return -1;
    return this.tokens[word]!.text.length === 1 && this.tokens[word + 1]?.text === "." ? word + 2 : word + 1;
  }

  /**
   * Digits written as an ordinal with a mark between them and its letters (Spanish "3.er", "3.ª",
   * Swedish "3:e") or with a full stop before the next word, in the languages that write ordinals
   * so ("im 3. Quartal", Danish "3. kvartal", Polish "3. miejsce"): the same rank as the word
   * ("dritten", "tercer"), which "3" alone was not.
   */
  private markedOrdinalAt(i: number, locale: FigureLocale): number | null {
    const digits = this.tokens[i]!.text;
    if (!ORDINAL_DIGITS.test(digits)) return null;
    const [mark, next] = [this.tokens[i + 1], this.tokens[i + 2]];
    const language = primaryLanguage(locale.tag);
    const letters = ORDINAL_AFTER_MARK[language];
    if (letters !== undefined && (mark?.text === "." || mark?.text === ":") && next?.type === "word" && letters.has(`${mark.text}${next.text.toLowerCase()}`)) return this.push(i, i + 3, `o:${Number(digits)}`);
    if (mark?.text === "." && isSpace(next) && this.tokens[i + 3]?.type === "word" && DOT_ORDINAL_LANGUAGES.has(language)) return this.push(i, i + 2, `o:${Number(digits)}`);
    return null;
  }

  private numberAt(first: number, sign: string, from = first, given?: string, givenCurrency?: string): number {
    const token = this.tokens[first]!;
    if (given === undefined && sign === "" && from === first) {
      const clockTime = this.wireClockAt(first);
      if (clockTime !== null) return clockTime;
      // 04.03.2025: a date written with full stops is day first wherever it is written so.
      const dotted = DOTTED_DATE.exec(token.text);
      if (dotted !== null && Number(dotted[2]) >= 1 && Number(dotted[2]) <= 12 && Number(dotted[1]) >= 1 && Number(dotted[1]) <= 31) {
        return this.push(from, first + 1, `d:${Number(dotted[2])}-${Number(dotted[1])}-${dotted[3]}`);
      }
      // "am 04.03.": day and month, where a comma is the decimal mark (German, Czech, Finnish…), so that "04.03" is no number.
      const dayMonth = this.locale !== null && this.locale.decimal !== "." && this.tokens[first + 1]?.text === "." ? dottedDayMonth(token.text) : null;
      if (dayMonth !== null) return this.push(from, first + 2, `d:${dayMonth.month}-${dayMonth.day}-`);
      const ordinal = this.locale === null ? null : this.markedOrdinalAt(first, this.locale);
      if (ordinal !== null) return ordinal;
      // "в 1985 г." / "в 1985 году", "w 1985 r." / "w 1985 roku": a year with the word for year, written short or not, is the year.
      const yearWord = this.locale !== null && this.isYear(first) ? this.yearWordAfter(first + 1, this.locale) : -1;
      if (yearWord !== -1) return this.push(from, yearWord, `n:${token.text}||`);
    }
    let written = given;
    let i = first;
    // 1 200 (no-break or French spaces), 12٬500 (Arabic), 1'200.5 (Swiss): groups the tokenizer cut apart.
    const grouped = given === undefined ? this.groupsAt(first) : null;
    if (grouped !== null) [written, i] = [grouped.text, grouped.last];
    const parts = NUMBER_TEXT.exec(written ?? token.text);
    if (!parts) return this.push(from, i + 1, `n:~${token.text}`);
    let currency = givenCurrency ?? CURRENCY_PREFIXES[parts[1]!] ?? (parts[1] ? parts[1] : "");
    let start = from;
    const before = this.tokens[from - 1];
    // A code that came with the digits (codeOntoDigitsAt) is the currency; else a sign's letters before it may be.
    if (givenCurrency === undefined && parts[1] === "$" && from === i) {
      const letters = dollarLetters(before);
      if (letters !== null) {
        currency = dollarKey(letters);
        start = from - 1;
      }
    } else if (givenCurrency === undefined && parts[1] === "" && from === first && this.beforeSpace(from) !== -1) {
      // € 5, US$ 5, R$ 5 millones: a currency sign set apart before the digits, as much copy sets it.
      const spaced = this.signBefore(from - 1);
      if (spaced !== null) [currency, start] = [spaced.currency, spaced.start];
    }
    let unit = parts[3] ? "%" : "";
    if (unit === "" && currency === "" && from === first) {
      const before = this.unitBefore(start);
      if (before !== null) [unit, start] = [before.unit, before.start];
    }
    let value = this.locale === null ? decimal(parts[2]!) : localeDecimal(parts[2]!, this.locale);
    let j = i + 1;
    const after = this.tokens[j];
    // 420万, 420名, 5点, 3月: a Chinese or Japanese scale or counter written straight after the digits.
    if (this.locale !== null && after?.type === "word" && HAN.test(after.text[0]!)) {
      return this.counted(start, j, { value, sign, currency, unit });
    }
    // 3.5km, 1,200km: in Chinese or Japanese copy the word breaker cuts a number at its decimal point
    // or group mark before digits with letters written onto them ("3", ".", "5km"; in other text the
    // tokenizer keeps "3.5km" one word); the figure is all of it. Read from the first digits alone,
    // "1,200km" → "1200km" was a changed figure and "-5C" → "5C" punctuation.
    if ((after?.text === "." || after?.text === ",") && this.tokens[j + 1]?.type === "word" && !parts[3] && unit === "") {
      const word = this.tokens[j + 1]!.text;
      const more = LEADING_DIGITS.exec(word)?.[0];
      if (more !== undefined && more.length < word.length) {
        const digits = `${parts[2]}${after.text}${more}`;
        const found = this.writtenOnto(start, j + 1, digits, this.digitsValue(digits), word.slice(more.length), sign, currency);
        if (found !== null) return found;
      }
    }
    // 1½: the tokenizer ends the number at the fraction sign.
    const vulgar = after?.type === "word" ? VULGAR[after.text] : undefined;
    if (vulgar && DIGITS.test(parts[2]!) && !parts[1] && !parts[3]) {
      return this.finish(start, j + 1, { kind: "n", value: fractionValue(vulgar[0], vulgar[1], Number(parts[2])), sign, currency, unit });
    }
    // "10 o'clock" is 10:00, with its a.m. or p.m. if it has one ("10 o'clock" → "10:00" was number wording).
    const oClock = this.locale === null && isSpace(after) && O_CLOCK.has(this.tokens[j + 1]?.text ?? "") && CLOCK_HOUR.test(parts[2]!) && Number(parts[2]) <= 12;
    if (oClock && !parts[1] && !parts[3]) {
      const meridiem = this.meridiemAt(j + 2);
      return this.push(start, meridiem?.next ?? j + 2, `t:${clock(Number(parts[2]), "00", meridiem?.pm)}`);
    }
    // 14:30, 5:30 p.m.
    if (after?.text === ":" && this.tokens[j + 1]?.type === "number" && /^[0-9]{2}$/.test(this.tokens[j + 1]!.text) && /^[0-9]{1,2}$/.test(parts[2]!)) {
      let minutes = this.tokens[j + 1]!.text;
      j += 2;
      if (this.tokens[j]?.text === ":" && /^[0-9]{2}$/.test(this.tokens[j + 1]?.text ?? "")) {
        minutes += `:${this.tokens[j + 1]!.text}`;
        j += 2;
      }
      const meridiem = this.meridiemAt(j);
      return this.push(start, meridiem?.next ?? j, `t:${clock(Number(parts[2]), minutes, meridiem?.pm)}`);
    }
    // 2023/24, 2023/2024: a season or fiscal year, the range 2023-24 written with a slash.
    if (after?.text === "/" && !parts[1] && !parts[3] && YEAR_DIGITS.test(parts[2]!) && this.tokens[j + 1]?.type === "number" && isNextYear(parts[2]!, this.tokens[j + 1]!.text)) {
      return this.finish(start, j + 2, { kind: "r", value: `${parts[2]}~${rangeEnd(parts[2]!, this.tokens[j + 1]!.text)}`, sign, currency, unit });
    }
    // 12/25/2025, 25/12/2025: a date written with slashes and a four-digit year.
    const slashDate = after?.text === "/" && !parts[1] && !parts[3] && sign === "" && currency === "" ? this.slashDate(parts[2]!, j) : null;
    if (slashDate !== null) return this.push(start, j + 4, slashDate);
    // 1/2, 5/8, 1 1/2
    if (after?.text === "/" && this.tokens[j + 1]?.type === "number" && DIGITS.test(parts[2]!) && DIGITS.test(this.tokens[j + 1]!.text)) {
      value = fractionValue(Number(parts[2]), Number(this.tokens[j + 1]!.text));
      j += 2;
    } else if (DIGITS.test(parts[2]!) && isSpace(after) && this.tokens[j + 2]?.text === "/") {
      const [numerator, denominator] = [this.tokens[j + 1], this.tokens[j + 3]];
      if (numerator?.type === "number" && denominator?.type === "number" && DIGITS.test(numerator.text) && DIGITS.test(denominator.text)) {
        value = fractionValue(Number(numerator.text), Number(denominator.text), Number(parts[2]));
        j += 4;
      }
    }
    // 10–12, 5—4 (a hyphen between digits is one word token, read in wordFigureAt)
    if ((this.tokens[j]?.text === "–" || this.tokens[j]?.text === "—") && this.tokens[j + 1]?.type === "number") {
      const to = NUMBER_TEXT.exec(this.tokens[j + 1]!.text);
      if (to) {
        const toUnit = to[3] ? "%" : unit;
        return this.finish(start, j + 2, { kind: "r", value: `${value}~${rangeEnd(parts[2]!, to[2]!)}`, sign, currency, unit: toUnit });
      }
    }
    // 5 p.m., and 7.45 p.m. as British style writes 7:45 p.m.
    const hourAndMinutes = /^([0-9]{1,2})(?:\.([0-5][0-9]))?$/.exec(parts[2]!);
    const meridiem = hourAndMinutes && Number(hourAndMinutes[1]) <= 12 ? this.meridiemAt(j) : null;
    if (meridiem) return this.push(start, meridiem.next, `t:${clock(Number(hourAndMinutes![1]), hourAndMinutes![2] ?? "00", meridiem.pm)}`);
    // 15 Uhr, 15.30 Uhr, 15.30 uur, las 15.30 horas: a clock time before the language's word for it.
    const clockWord = hourAndMinutes && this.locale !== null && CLOCK_HOUR.test(hourAndMinutes[1]!) ? this.clockWordAt(j) : null;
    if (clockWord !== null) {
      const [hour, minutes] = [hourAndMinutes![1]!, hourAndMinutes![2]];
      // "Uhr" is only ever a time of day; "uur" and "horas" are hours too ("15 uur lang"), and a time only with its minutes.
      if (clockWord.always) return this.push(start, clockWord.next, `t:${clock(Number(hour), minutes ?? "00", undefined)}`);
      if (minutes !== undefined) return this.push(start, clockWord.next, clockOrHours(hour, minutes));
    }
    return this.finish(start, j, { kind: "n", value, sign, currency, unit });
  }

  /**
   * The key of a date `first`/day-or-month/year whose first slash is token `slash`, or null. The day
   * is the part over 12; where neither is, English (US) copy writes the month first and other
   * languages' the day (CLDR's short dates: 25/12/2025 in French, Spanish, Italian). A reading
   * that may be the wrong one is still safe for a gate: "3/4/2025" → "3 April 2025" is `number`.
   */
  private slashDate(first: string, slash: number): string | null {
    const [second, nextSlash, year] = [this.tokens[slash + 1], this.tokens[slash + 2], this.tokens[slash + 3]];
    if (second?.type !== "number" || nextSlash?.text !== "/" || year?.type !== "number" || !FOUR_DIGIT_YEAR.test(year.text)) return null;
    if (!DAY_OR_MONTH.test(first) || !DAY_OR_MONTH.test(second.text)) return null;
    const [a, b] = [Number(first), Number(second.text)];
    const monthFirst = a > 12 ? false : b > 12 ? true : this.locale === null;
    const [month, day] = monthFirst ? [a, b] : [b, a];
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? `d:${month}-${day}-${year.text}` : null;
  }

  /** Whether the decade at token `i` is someone's age: "his forties", "her late twenties". */
  private isAge(i: number): boolean {
    let k = this.beforeSpace(i);
    if (k !== -1 && (lower(this.tokens[k]) === "early" || lower(this.tokens[k]) === "mid" || lower(this.tokens[k]) === "late")) k = this.beforeSpace(k);
    return k !== -1 && AGE_OWNERS.has(lower(this.tokens[k]));
  }

  /** The word for a time of day after token `i`'s space (CLOCK_WORDS), and the token after it. */
  private clockWordAt(i: number): { always: boolean; next: number } | null {
    const word = this.afterSpace(i);
    const always = word === -1 ? undefined : CLOCK_WORDS[lower(this.tokens[word])];
    return always === undefined ? null : { always, next: word + 1 };
  }

  /** 5 a.m., 5pm, 11 P.M. */
  private meridiemAt(i: number): { pm: boolean; next: number } | null {
    const spaced = isSpace(this.tokens[i]) ? i + 1 : i;
    const word = lower(this.tokens[spaced]);
    if (word === "a.m." || word === "am" || word === "p.m." || word === "pm") {
      // English copy writes "5 pm" and "10 am" too (no English "am" follows an hour); in other
      // languages "am" is a word ("die 3 am Montag festgenommenen"), a meridiem only after a
      // space-less digit or in capitals (5 AM).
      if ((word === "am" || word === "pm") && spaced !== i && this.locale !== null && this.tokens[spaced]!.text !== word.toUpperCase()) return null;
      return { pm: word.startsWith("p"), next: spaced + 1 };
    }
    // "5 a.m" at a sentence end: the full stop went to the sentence.
    if ((word === "a.m" || word === "p.m") && this.tokens[spaced]) return { pm: word.startsWith("p"), next: spaced + 1 };
    return null;
  }

  /** Scale words, currency and unit words after a figure's value; pushes the figure. */
  private finish(start: number, next: number, figure: { kind: string; value: string; sign: string; currency: string; unit: string }): number {
    let { value, currency, unit } = figure;
    let j = next;
    // 5%, 5٪ and 5 %: a percent sign after the figure, spaced as French and German copy space it.
    if (unit === "" && this.tokens[j]?.text === "%") return this.push(start, j + 1, `${figure.kind}:${figure.sign}${value}|${currency}|%`);
    let spaced = this.afterSpace(j);
    if (unit === "" && spaced !== -1 && this.tokens[spaced]?.text === "%") return this.push(start, spaced + 1, `${figure.kind}:${figure.sign}${value}|${currency}|%`);
    // 1,5 M€, 2 Md€, 300 k€: French copy writes a scale's letters onto the currency sign.
    const signed = spaced !== -1 && currency === "" && unit === "" ? SCALES_ON_SIGN[this.tokens[spaced]?.text ?? ""] : undefined;
    const signAfter = signed === undefined ? undefined : SPACED_SIGNS[this.tokens[spaced + 1]?.text ?? ""];
    if (signed !== undefined && signAfter !== undefined && scaledValue(figure.kind, value, signed) !== null) {
      return this.push(start, spaced + 2, `${figure.kind}:${figure.sign}${scaledValue(figure.kind, value, signed)}|${signAfter}|`);
    }
    if (this.locale !== null && spaced !== -1) {
      const locale = this.locale;
      const scaled = scaledValue(figure.kind, value, 0) !== null ? this.scaleAt(spaced, locale) : null;
      if (scaled) {
        value = scaledValue(figure.kind, value, scaled.value)!;
        // "2,5 Mio. Euro": an abbreviated scale keeps its full stop.
        j = this.tokens[scaled.next]?.text === "." && this.tokens[scaled.next - 1]!.text.length <= MAX_ABBREVIATION ? scaled.next + 1 : scaled.next;
        spaced = this.afterSpace(j);
      }
      const named =
        spaced === -1 || currency !== "" ? null : (this.phraseAt(spaced, locale.currencies) ?? this.linkedPhraseAt(spaced, locale.currencies) ?? this.currencyStemAt(spaced, locale));
      if (named) {
        currency = named.value;
        j = named.next;
        spaced = this.afterSpace(j);
      }
      const measured = spaced === -1 || unit !== "" ? null : (this.phraseAt(spaced, locale.units) ?? this.splitWordAt(spaced, locale.units));
      if (measured) {
        // 15 h 30: a clock time as French copy writes it (15 h alone stays hours, as 15 heures does).
        const minutes = measured.value === "h" ? this.afterSpace(measured.next) : -1;
        if (minutes !== -1 && CLOCK_HOUR.test(value) && TWO_DIGIT_MINUTES.test(this.tokens[minutes]?.text ?? "") && figure.kind === "n" && currency === "") {
          return this.push(start, minutes + 1, clockOrHours(value, this.tokens[minutes]!.text));
        }
        // "40 grados centígrados": a scale Intl does not name, after the language's degrees.
        const scaleWord = measured.value === "deg" ? this.afterSpace(measured.next) : -1;
        const scale = scaleWord === -1 ? undefined : TEMPERATURE_SCALES[lower(this.tokens[scaleWord])];
        if (scale !== undefined) return this.push(start, scaleWord + 1, `${figure.kind}:${figure.sign}${value}|${currency}|${scale}`);
        return this.push(start, measured.next, `${figure.kind}:${figure.sign}${value}|${currency}|${measured.value}`);
      }
    }
    const scale = spaced === -1 ? undefined : SCALES[lower(this.tokens[spaced])];
    const scaled = scale === undefined ? null : scaledValue(figure.kind, value, scale);
    if (scaled !== null) {
      value = scaled;
      j = spaced + 1;
      spaced = this.afterSpace(j);
    }
    // 5 €, 5 Mio. €, 12 $: a currency sign set apart after the figure, as French and German copy set it.
    if (spaced !== -1 && currency === "" && this.tokens[spaced]?.type === "punct" && !isWordOrNumber(this.tokens[spaced + 1])) {
      const sign = SPACED_SIGNS[this.tokens[spaced]!.text];
      if (sign !== undefined) {
        currency = sign;
        j = spaced + 1;
        spaced = this.afterSpace(j);
      }
    }
    if (spaced !== -1 && currency === "") {
      const two = `${lower(this.tokens[spaced])} ${lower(this.tokens[spaced + 2])}`;
      if (CURRENCY_WORDS[two] !== undefined && isSpace(this.tokens[spaced + 1])) {
        currency = CURRENCY_WORDS[two]!;
        j = spaced + 3;
      } else if (CURRENCY_WORDS[lower(this.tokens[spaced])] !== undefined) {
        currency = CURRENCY_WORDS[lower(this.tokens[spaced])]!;
        j = spaced + 1;
      }
      spaced = this.afterSpace(j);
    }
    // 40°C, 40 °C, 40 C, 40 degrees Celsius: one temperature, however written (40c is cents).
    const temperature = unit === "" ? (this.temperatureAt(j) ?? (spaced === -1 ? null : this.temperatureAt(spaced))) : null;
    if (temperature !== null) {
      unit = temperature.unit;
      j = temperature.next;
      spaced = this.afterSpace(j);
    }
    if (spaced !== -1 && unit === "") {
      const found = this.unitAt(spaced, value);
      if (found) {
        unit = found.unit;
        j = found.next;
        spaced = this.afterSpace(j);
      } else {
        const tens = YEARS_IN_TENS[lower(this.tokens[spaced])];
        const years = tens === undefined ? null : scaledValue(figure.kind, value, tens);
        if (years !== null) [value, unit, j] = [years, "yr", spaced + 1];
        if (years !== null) spaced = this.afterSpace(j);
      }
    }
    // "three times", "10 times": a multiple, as "twice" and "triple" are.
    if (spaced !== -1 && figure.kind === "n" && unit === "" && currency === "" && lower(this.tokens[spaced]) === "times") return this.push(start, spaced + 1, `q:x${value}`);
    // $85 a barrel, 1.2 million barrels per day: the unit a price or a rate is counted by, so that
    // "a barrel" → "a tonne" is a changed figure and "a day" → "per day" is not.
    if (spaced !== -1 && PER_WORDS.has(lower(this.tokens[spaced]))) {
      const after = this.afterSpace(spaced + 1);
      const counted = after === -1 ? undefined : COUNTED_BY[lower(this.tokens[after])];
      const per = after === -1 ? null : counted !== undefined ? { unit: counted, next: after + 1 } : this.unitAt(after, "1");
      const following = per === null ? -1 : this.afterSpace(per.next);
      // "61,169 a year ago", "4.2 pct a month earlier": a point in time, not a rate.
      if (per && !(following !== -1 && TIME_AGO.has(lower(this.tokens[following])))) {
        unit = `${unit}/${per.unit}`;
        j = per.next;
      }
    } else if (this.tokens[j]?.text === "/" && this.tokens[j + 1]?.type === "word" && currency !== "") {
      // "$2,350/oz", "$80/bbl", "35 cents/share": a price's unit after a slash, as market copy
      // writes it, is "an ounce", "a barrel", "a share" ("$2,350/oz" → "$2,350 an ounce" was
      // `number wording`). Only after an amount of money: "24/7", "km/h" are no prices.
      const counted = COUNTED_BY[lower(this.tokens[j + 1])];
      const per = counted !== undefined ? { unit: counted, next: j + 2 } : this.unitAt(j + 1, "1");
      if (per !== null && per.next === j + 2) {
        unit = `${unit}/${per.unit}`;
        j = per.next;
      }
    } else if (spaced !== -1 && RATE_ADVERBS[lower(this.tokens[spaced])] !== undefined && currency !== "") {
      // "$200,000 annually" is "$200,000 a year": an amount's period written as an adverb.
      unit = `${unit}/${RATE_ADVERBS[lower(this.tokens[spaced])]}`;
      j = spaced + 1;
    }
    return this.push(start, j, `${figure.kind}:${figure.sign}${value}|${currency}|${unit}`);
  }

  /**
   * A temperature's scale at token `i`, after a figure: a degree sign with or without its letter
   * (°C, ° C, °), a capital C or F standing alone, or "degrees" with the scale's name or letter
   * after it. "40 degrees" alone is left to unitAt (its unit is degrees, as before).
   */
  private temperatureAt(i: number): { unit: string; next: number } | null {
    const token = this.tokens[i];
    if (token === undefined) return null;
    if (token.type === "punct" && token.text === DEGREE_SIGN) {
      const letter = this.tokens[i + 1]?.type === "word" ? i + 1 : this.afterSpace(i + 1);
      const scale = letter === -1 ? undefined : TEMPERATURE_LETTERS[this.tokens[letter]!.text];
      return scale === undefined ? { unit: "deg", next: i + 1 } : { unit: scale, next: letter + 1 };
    }
    if (token.type !== "word") return null;
    // "º", the ordinal indicator typed for the degree sign, is a letter: "ºC" is one word.
    if (token.text.startsWith("º")) {
      const scale = token.text.length === 1 ? "deg" : TEMPERATURE_LETTERS[token.text.slice(1)];
      return scale === undefined ? null : { unit: scale, next: i + 1 };
    }
    const letter = TEMPERATURE_LETTERS[token.text];
    // "40 C" but not "40 C-17s": the letter is the whole word, and no dash or word is joined to it.
    if (letter !== undefined) return this.tokens[i + 1] === undefined || this.tokens[i + 1]!.type !== "word" ? { unit: letter, next: i + 1 } : null;
    if (lower(token) !== "degrees" && lower(token) !== "degree") return null;
    const name = this.afterSpace(i + 1);
    const scale = name === -1 ? undefined : (TEMPERATURE_LETTERS[this.tokens[name]!.text] ?? TEMPERATURE_SCALES[lower(this.tokens[name])]);
    return scale === undefined ? null : { unit: scale, next: name + 1 };
  }

  private unitAt(i: number, value: string): { unit: string; next: number } | null {
    const first = lower(this.tokens[i]);
    if (!UNIT_FIRST_WORDS.has(first)) return null;
    // "120 km/h": the tokenizer cuts a unit at its slash.
    if (this.tokens[i + 1]?.text === "/" && this.tokens[i + 2]?.type === "word") {
      const slashed = UNITS[`${first}/${lower(this.tokens[i + 2])}`];
      if (slashed !== undefined) return { unit: slashed, next: i + 3 };
    }
    const second = isSpace(this.tokens[i + 1]) && this.tokens[i + 2]?.type === "word" ? lower(this.tokens[i + 2]) : "";
    const found = knownUnit(first, second);
    if (found === null || (found.words === 1 && SINGULAR_TIME_UNITS.has(first) && YEAR_VALUE.test(value))) return null;
    return { unit: found.unit, next: found.words === 2 ? i + 3 : i + 1 };
  }

  /**
   * A word token with digits in it: 5bn, 1st, 1990s, 5am, 1½, 10-12, 2023-24, the 12 of 12-bank,
   * mid-2024. `sign` and `from` are a minus sign's before it (-5C).
   */
  private wordFigureAt(i: number, sign = "", from = i): number | null {
    const token = this.tokens[i]!;
    if (APOSTROPHE_GROUPS.test(token.text)) return this.numberAt(i, "");
    const alone = VULGAR[token.text];
    if (alone) return this.finish(i, i + 1, { kind: "n", value: fractionValue(alone[0], alone[1]), sign: "", currency: "", unit: "" });
    // Digits, then what is written onto them; read by hand, as one pattern with a group for each
    // reading took ~0.7 ms to compile, paid by every run that meets such a word.
    const digits = LEADING_DIGITS.exec(token.text)?.[0];
    if (digits === undefined) return this.codeOntoDigitsAt(i) ?? this.prefixedFigureAt(i);
    // 2027-01-05: a date written the ISO way is a date, not a year and a dash.
    const iso = ISO_DATE.exec(token.text);
    if (iso !== null && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) return this.push(i, i + 1, `d:${Number(iso[2])}-${Number(iso[3])}-${iso[1]}`);
    const suffix = token.text.slice(digits.length);
    const vulgar = VULGAR[suffix];
    if (vulgar) return this.finish(i, i + 1, { kind: "n", value: DIGITS.test(digits) ? fractionValue(vulgar[0], vulgar[1], Number(digits)) : this.digitsValue(digits), sign: "", currency: "", unit: "" });
    // The '90s: a decade with its century cut off is the 1900s' from the '30s on, as copy means
    // it ("the '90s" → "the 1990s" is house style); the '20s may be either century, and stay so.
    if (suffix === "s" && digits.length === 2 && APOSTROPHES.has(this.tokens[i - 1]?.text ?? "")) {
      return this.push(i - 1, i + 1, Number(digits) >= 30 ? `s:19${digits}` : `s:'${digits}`);
    }
    // Turkish writes a case ending onto a number after an apostrophe ("yüzde 14'e", "2025'te"):
    // the number is the figure, with a unit the language writes before it.
    if (this.locale !== null && CASE_ENDING().test(suffix) && !POSSESSIVE_S.test(suffix)) {
      const before = this.unitBefore(i);
      return this.push(before?.start ?? i, i + 1, `n:${this.digitsValue(digits)}||${before?.unit ?? ""}`, 0, digits.length);
    }
    return this.writtenOnto(from, i, digits, this.digitsValue(digits), suffix, sign, null);
  }

  /** The value of digits as written, by the copy's language: "3,5" is 3.5 in German copy, 35 (kept as written) in English. */
  private digitsValue(digits: string): string {
    return this.locale === null ? decimal(digits) : localeDecimal(digits, this.locale);
  }

  /**
   * Korean digits with a counter, unit, currency or scale written onto them (koreanFigureWord:
   * "5명이", "3.5퍼센트", "500원이었다", "5억"), and after a scale the currency set apart ("5억
   * 원"). Token `last` holds the word; `written` is the digits' value.
   */
  private koreanCounted(from: number, last: number, written: string, word: string, sign: string, given: string | null, scaled = false): number {
    const locale = this.locale!;
    let value = written;
    let next = last + 1;
    let currency = locale.currencies.get(word) ?? given ?? "";
    const scale = scaled && word === "" ? 0 : locale.scales.get(word);
    let counter = "";
    if (scale !== undefined && !value.startsWith("~")) {
      if (!scaled) value = decimal(value, scale);
      // 1조 2000억: the smaller scale's amount set apart is added.
      let last = scale;
      for (let after = this.wordAfterSpace(next); after !== -1 && !scaled; after = this.wordAfterSpace(next)) {
        const part = KOREAN_AMOUNT.exec(this.tokens[after]!.text);
        const smaller = part === null ? undefined : locale.scales.get(part[2]!);
        const sum = smaller === undefined || smaller >= last ? null : sumOfScaled(value, part![1]!, smaller);
        if (sum === null) break;
        value = sum;
        last = smaller!;
        next = after + 1;
      }
      const after = this.wordAfterSpace(next);
      const money = after === -1 ? null : koreanFigureWord(this.tokens[after]!.text, locale);
      if (money !== null && locale.currencies.has(money)) [currency, next] = [locale.currencies.get(money)!, after + 1];
      // "5만 명": a counter set apart after the scale counts it, as written onto it ("5만명").
      else if (money !== null && KOREAN_COUNTERS.has(money)) [counter, next] = [money, after + 1];
    }
    const unit = counter !== "" ? counter : scale !== undefined || currency !== "" ? "" : (locale.units.get(word) ?? word);
    return this.finish(from, next, { kind: "n", value, sign, currency, unit });
  }

  /**
   * The figure of digits with letters or a dash written onto them, the word ending at token
   * `last`: a scale (5bn), an ordinal (1st), a decade (1990s), a clock time (5am, 9.30am), a range
   * (10-12), a unit (10km, 40C), or a count before a hyphenated noun (the 12 of 12-bank). `digits`
   * as written and their `value`; `given`, the currency of a number token the digits continue, or
   * null for a word alone, whose scale or range takes a sign standing before it as punctuation.
   */
  private writtenOnto(from: number, last: number, digits: string, value: string, suffix: string, sign: string, given: string | null): number | null {
    if (this.locale !== null && HANGUL.test(suffix) && primaryLanguage(this.locale.tag) === "ko") {
      const word = koreanFigureWord(suffix, this.locale);
      if (word !== null) return this.koreanCounted(from, last, value, word, sign, given);
      // 1조2000억원: an amount in two scales written as one word.
      const scales = koreanScales(value, suffix, this.locale);
      const rest = scales === null ? null : scales.rest === "" ? "" : koreanFigureWord(scales.rest, this.locale);
      if (scales !== null && rest !== null) return this.koreanCounted(from, last, scales.value, rest, sign, given, true);
    }
    const lowered = suffix.toLowerCase();
    if (ORDINAL_SUFFIXES.has(lowered)) {
      // "the 4th quarter", "1st half", "4th qtr": the fiscal period, as "fourth quarter" is (fiscalPeriod).
      const period = this.afterSpace(last + 1);
      const noun = period === -1 ? undefined : this.tokens[period];
      const fiscal = noun?.type === "word" ? fiscalPeriod(Number(value), noun.text.toLowerCase()) : null;
      if (fiscal !== null) return this.push(from, period + 1, fiscal);
      return this.push(from, last + 1, `o:${value}`);
    }
    if (this.locale !== null && LOCALE_ORDINAL_SUFFIXES[primaryLanguage(this.locale.tag)]?.has(lowered) && ORDINAL_DIGITS.test(digits)) return this.push(from, last + 1, `o:${value}`);
    if (this.locale !== null && EAST_SLAVIC.has(primaryLanguage(this.locale.tag)) && EAST_SLAVIC_ORDINAL_ENDING.test(lowered) && ORDINAL_DIGITS.test(digits)) return this.push(from, last + 1, `o:${value}`);
    // The 18th-century church, a 3rd-generation farmer, the 2nd-largest bank: an ordinal before a
    // hyphenated word is the rank alone ("18th-century" → "17th-century" changes it).
    if (ORDINAL_SUFFIXES.has(lowered.slice(0, 2)) && HYPHENS.test(lowered[2] ?? "")) {
      // "4th-quarter profit" is Q4's, as "fourth-quarter" is.
      const fiscal = fiscalPeriod(Number(value), lowered.slice(3));
      if (fiscal !== null) return this.push(from, last + 1, fiscal);
      return this.push(from, last + 1, `o:${value}`, 0, digits.length + 2);
    }
    if (lowered === "s" || lowered === "'s" || lowered === "’s") return this.push(from, last + 1, `s:${value}`);
    // A 10-fold rise is a rise of 10 times.
    if ((lowered === "-fold" || lowered === "‐fold") && !value.startsWith("~")) return this.push(from, last + 1, `q:x${value}`);
    // 15h30, 15h00: a clock time as French and Brazilian copy write it.
    const hourMinutes = /^h([0-5][0-9])$/u.exec(lowered);
    if (hourMinutes !== null && CLOCK_HOUR.test(digits)) return this.push(from, last + 1, clockOrHours(digits, hourMinutes[1]!));
    if (lowered === "am" || lowered === "pm") {
      const time = CLOCK_DIGITS.exec(digits);
      const [hour, minutes] = time === null ? [digits, "00"] : [time[1]!, time[2] ?? "00"];
      return this.push(from, last + 1, `t:${clock(Number(hour), minutes, lowered === "pm")}`);
    }
    const scale = ATTACHED_SCALES[lowered];
    const range = scale === undefined ? RANGE_END.exec(suffix) : null;
    const dashed = suffix.startsWith("-") || suffix.startsWith("‐") ? lowered.slice(1).split(HYPHENS) : null;
    // $5-billion: a scale after the dash, as Canadian copy writes amounts before a noun.
    const dashScale = dashed === null ? undefined : SCALES[dashed[0]!];
    // £2bn, $3m: the tokenizer leaves the currency sign before a word as punctuation; C$3m, NZ$3m: a
    // dollar's country's letters stand before the sign, a word of their own.
    let signBefore =
      given === null && sign === "" && (scale !== undefined || range !== null || dashScale !== undefined) ? CURRENCY_PREFIXES[this.tokens[from - 1]?.text ?? ""] : undefined;
    const letters = signBefore !== undefined && this.tokens[from - 1]!.text === "$" ? dollarLetters(this.tokens[from - 2]) : null;
    if (letters !== null) signBefore = dollarKey(letters);
    const currency = signBefore ?? given ?? "";
    const start = signBefore === undefined ? from : letters !== null ? from - 2 : from - 1;
    if (scale !== undefined) return value.startsWith("~") ? null : this.finish(start, last + 1, { kind: "n", value: decimal(value, scale), sign, currency, unit: "" });
    // 49-1/2, 37-3/4: a whole number and a fraction joined by a hyphen, as wire copy wrote prices.
    const over = range !== null && !range[2] && DIGITS.test(range[1]!) && DIGITS.test(digits) && this.tokens[last + 1]?.text === "/" ? this.tokens[last + 2] : undefined;
    if (over?.type === "number" && DIGITS.test(over.text) && Number(range![1]) < Number(over.text)) {
      return this.finish(start, last + 3, { kind: "n", value: fractionValue(Number(range![1]), Number(over.text), Number(digits)), sign, currency, unit: "" });
    }
    if (range) {
      // 2.5-3.5%: the tokenizer cuts the range's second number at its point too.
      const mark = this.tokens[last + 1]?.text;
      const rest = !range[2] && (mark === "." || mark === ",") ? NUMBER_TEXT.exec(this.tokens[last + 2]?.type === "number" ? this.tokens[last + 2]!.text : "") : null;
      if (rest !== null && rest[1] === "") {
        return this.finish(start, last + 3, { kind: "r", value: `${value}~${decimal(`${range[1]}${mark}${rest[2]}`)}`, sign, currency, unit: rest[3] ? "%" : "" });
      }
      return this.finish(start, last + 1, { kind: "r", value: `${value}~${rangeEnd(digits, range[1]!)}`, sign, currency, unit: range[2] ? "%" : "" });
    }
    // "a 45-year-old man", "two 16-year-olds": an age (ageAround), not a span of years.
    if (dashed !== null && this.locale === null && currency === "" && AGE_WORDS.test(lowered.slice(1)) && Number(value) <= MAX_AGE) return this.push(start, last + 1, `a:${value}`);
    if (dashed !== null) {
      // A 10-year deal, a 5-mile bridge, a 350-mln-dlr loan: the scale, currency and unit after
      // the dash are the figure's ("10-year" → "10-month" is a changed figure, "5-mile" → "5 mile"
      // the same one); the 12 of a 12-bank group is a count alone.
      let amount = value;
      let money = currency;
      let next = 0;
      if (dashScale !== undefined && !value.startsWith("~")) [amount, next] = [decimal(value, dashScale), 1];
      const named = money === "" && next < dashed.length ? CURRENCY_WORDS[dashed[next]!] : undefined;
      if (named !== undefined) [money, next] = [named, next + 1];
      // Nothing after the amount in the word: what follows it ("350-mln dlr") is read as after digits.
      if (next > 0 && next === dashed.length) return this.finish(start, last + 1, { kind: "n", value: amount, sign, currency: money, unit: "" });
      const unit = unitAfterDash(dashed.slice(next));
      let written = this.tokens[last]!.text.length - suffix.length + (unit?.length ?? 0);
      for (let k = 0; k < next; k++) written += dashed[k]!.length + 1;
      return this.push(start, last + 1, `n:${sign}${amount}|${money}|${unit?.unit ?? ""}`, 0, written);
    }
    // 10km, 5kg, 100mph, 40C, 3GW: a unit written onto the digits, a known unit by its key (10km is
    // 10 km), another by its letters, lower-case. Read as a word, "10km" → "12km" was wording.
    // 5c, 20p: cents and pence written onto the digits, the amounts "5 cents" and "20 pence" are.
    const coins = currency === "" ? ATTACHED_COINS[suffix] : undefined;
    if (coins !== undefined) return this.finish(from, last + 1, { kind: "n", value, sign, currency: coins, unit: "" });
    if (ATTACHED_UNIT().test(suffix)) {
      // 120km/h: the tokenizer cuts the unit at its slash, as it does "120 km/h".
      const per = this.tokens[last + 1]?.text === "/" && this.tokens[last + 2]?.type === "word" ? UNITS[`${lowered}/${lower(this.tokens[last + 2])}`] : undefined;
      if (per !== undefined) return this.finish(from, last + 3, { kind: "n", value, sign, currency, unit: per });
      return this.finish(from, last + 1, { kind: "n", value, sign, currency, unit: TEMPERATURE_LETTERS[suffix] ?? UNITS[lowered] ?? ATTACHED_ONLY_UNITS[lowered] ?? lowered });
    }
    return null;
  }

  /**
   * An amount with its currency's code or letters written onto the digits (CODE_ONTO_DIGITS):
   * "EUR500 million", "Rs500 crore", and "Rp1.500.000", which the tokenizer cuts at its first group
   * mark ("Rp1", ".", "500.000"). Read apart from its code, "Rs 500 crore" → "Rs500 crore" was a
   * changed figure.
   */
  private codeOntoDigitsAt(i: number): number | null {
    const parts = CODE_ONTO_DIGITS.exec(this.tokens[i]!.text);
    const currency = parts === null ? undefined : ISO_CURRENCY_CODES[parts[1]!];
    if (currency === undefined) return null;
    const [mark, rest] = [this.tokens[i + 1], this.tokens[i + 2]];
    const grouped = (mark?.text === "." || mark?.text === ",") && rest?.type === "number" && GROUPED_DIGITS.test(rest.text);
    return this.numberAt(grouped ? i + 2 : i, "", i, grouped ? `${parts![2]}${mark.text}${rest.text}` : parts![2], currency);
  }

  /**
   * A figure after a lower-case prefix and a hyphen: mid-2024, pre-2020, post-1990s, under-21s,
   * top-10, and a month or weekday named in full (mid-March, end-May, pre-Monday). The prefix is a
   * word of its own ("mid-2024" → "late 2024" changes a word, not the year); after a capitalised
   * one the digits are a name's (Covid-19, G-7, F-16), left alone.
   */
  private prefixedFigureAt(i: number): number | null {
    const text = this.tokens[i]!.text;
    const parts = PREFIXED_FIGURE.exec(text);
    if (parts === null) {
      // mid-March, pre-Christmas is no date: a month or weekday named in full after the prefix.
      const named = PREFIXED_NAME.exec(text);
      const name = named === null ? "" : named[2]!.toLowerCase();
      const month = named === null || !FULL_MONTH_NAMES.has(name) ? undefined : MONTHS[name];
      if (month !== undefined) return this.push(i, i + 1, `d:${month}--`, named![1]!.length + 1);
      const weekday = named === null ? undefined : WEEKDAYS[name];
      return weekday === undefined ? null : this.push(i, i + 1, `w:${weekday}`, named![1]!.length + 1);
    }
    const [, prefix, digits, ending] = parts;
    const value = decimal(digits!);
    const key = ending === undefined ? `n:${value}||` : ending === "s" ? `s:${value}` : `o:${value}`;
    return this.push(i, i + 1, key, prefix!.length + 1);
  }

  /** Whether the number word `word` at `i` stands in one of NUMBER_WORD_IDIOMS, its words spaced as written there. */
  private inNumberWordIdiom(i: number, word: string): boolean {
    if (word === "one" && this.isOneOfSuperlative(i)) return true;
    const idioms = IDIOMS_BY_NUMBER_WORD.get(word);
    if (idioms === undefined) return false;
    for (let n = 0; n < idioms.length; n++) {
      const phrase = idioms[n]![0];
      const at = idioms[n]![1];
      let k = i;
      let matches = true;
      for (let before = at - 1; matches && before >= 0; before--) {
        k = this.beforeSpace(k);
        matches = k !== -1 && lower(this.tokens[k]) === phrase[before];
      }
      k = i;
      for (let after = at + 1; matches && after < phrase.length; after++) {
        k = this.afterSpace(k + 1);
        matches = k !== -1 && lower(this.tokens[k]) === phrase[after];
      }
      if (matches) return true;
    }
    return false;
  }

  /**
   * "one of the worst storms", "one of its biggest", "one of the most important": membership of a
   * superlative's group, which "among the worst" says as well; no count ("one of the victims" is
   * one, as "two of the victims" is two).
   */
  private isOneOfSuperlative(i: number): boolean {
    const of = this.afterSpace(i + 1);
    if (of === -1 || lower(this.tokens[of]) !== "of") return false;
    const owner = this.afterSpace(of + 1);
    if (owner === -1 || !SUPERLATIVE_OWNERS.has(lower(this.tokens[owner]))) return false;
    const superlative = this.afterSpace(owner + 1);
    return superlative !== -1 && SUPERLATIVES.has(lower(this.tokens[superlative]));
  }

  /** Spelled-out numbers (twenty-five, two hundred), ordinals, quantity words, and their scale and unit. */
  private spelledAt(i: number): number | null {
    const first = this.tokens[i]!;
    const word = first.text.toLowerCase();
    if (this.inNumberWordIdiom(i, word)) return null;
    const fraction = spelledFraction(word);
    if (fraction !== null) return this.finish(i, i + 1, { kind: "n", value: fraction, sign: "", currency: "", unit: "" });
    // "a third of", "two thirds of", "a quarter of": a fraction, read from its article or count.
    const fractionOf = this.fractionOfAt(i) ?? this.fractionOfAt(this.beforeSpace(i));
    if (fractionOf !== null) return fractionOf;
    const period = this.comparisonPeriodAt(i);
    if (period !== null) return period;
    if (word === "quarter") return null;
    if (ARTICLE_UNITS.has(word)) return this.articleUnitAt(i);
    const ordinal = ORDINALS[word] ?? ORDINALS[word.split(/[-‐]/u).pop() ?? ""];
    if (ordinal !== undefined && (ORDINALS[word] !== undefined || spelledValue(word.split(/[-‐]/u).slice(0, -1)) !== null)) {
      const tens = ORDINALS[word] !== undefined ? 0 : spelledValue(word.split(/[-‐]/u).slice(0, -1))!;
      if (word === "first" && (this.isAdverbialFirst(i) || this.isFirstOfTitle(i))) return null;
      if (this.isOrdinalOfName(i)) return null;
      // "the third quarter" is Q3, "the first half" H1 (fiscalPeriod).
      const period = this.afterSpace(i + 1);
      const fiscal = tens === 0 && period !== -1 ? fiscalPeriod(ordinal, lower(this.tokens[period])) : null;
      if (fiscal !== null) return this.push(i, period + 1, fiscal);
      return this.push(i, i + 1, `o:${tens + ordinal}`);
    }
    // Hyphenated compounds that start with a number: "three-year", "second-largest".
    const head = word.split(/[-‐]/u)[0]!;
    if (head !== word && CARDINALS[head] === undefined && ORDINALS[head] !== undefined) {
      // second-hand, first-rate, second-guess say no rank.
      const rest = word.slice(head.length + 1);
      if (ORDINAL_IDIOMS.has(rest)) return null;
      // "third-quarter profit" is Q3's.
      const fiscal = fiscalPeriod(ORDINALS[head]!, rest);
      if (fiscal !== null) return this.push(i, i + 1, fiscal);
      return this.push(i, i + 1, `o:${ORDINALS[head]}`, 0, head.length);
    }
    const words: string[] = [];
    let j = i;
    let end = i;
    for (;;) {
      const token = this.tokens[j];
      if (!token || token.type !== "word") break;
      const parts = token.text.toLowerCase().split(/[-‐]/u);
      const known = parts.every((part) => CARDINALS[part] !== undefined || SCALES[part] !== undefined || (part === "and" && words.length > 0));
      if (!known) {
        // "three-year": the number part of a compound, then stop.
        if (words.length === 0 && CARDINALS[parts[0]!] !== undefined && parts.length > 1) {
          if (parts[0] === "one" && parts.length === 2 && ONE_IDIOMS.has(parts[1]!)) return null;
          const unit = unitAfterDash(parts.slice(1));
          return this.push(i, i + 1, `n:${CARDINALS[parts[0]!]}||${unit?.unit ?? ""}`, 0, parts[0]!.length + (unit?.length ?? 0));
        }
        break;
      }
      words.push(...parts);
      end = j + 1;
      const spaced = this.afterSpace(j + 1);
      if (spaced === -1) break;
      j = spaced;
    }
    while (words.length > 0 && (words[words.length - 1] === "and" || (SCALES[words[words.length - 1]!] !== undefined && words.length === 1))) {
      if (words[words.length - 1] === "and") {
        words.pop();
        end -= 2;
      } else break;
    }
    const value = words.length > 0 ? spelledValue(words) : null;
    if (value !== null) {
      // "two dozen" is 24.
      const next = this.afterSpace(end);
      if (next !== -1 && lower(this.tokens[next]) === "dozen") return this.finish(i, next + 1, { kind: "n", value: String(value * 12), sign: "", currency: "", unit: "" });
      // "four and a half hours" is 4.5 hours.
      const article = next !== -1 && lower(this.tokens[next]) === "and" ? this.afterSpace(next + 1) : -1;
      const half = article !== -1 && lower(this.tokens[article]) === "a" ? this.afterSpace(article + 1) : -1;
      if (half !== -1 && lower(this.tokens[half]) === "half") return this.finish(i, half + 1, { kind: "n", value: String(value + 0.5), sign: "", currency: "", unit: "" });
      // "one" alone is often not a count ("one of the", "no one"): still a figure, as written.
      return this.finish(i, end, { kind: "n", value: String(value), sign: "", currency: "", unit: "" });
    }
    // "a million", "a hundred", "a dozen": the article is the figure's one, and part of it ("a
    // million" → "two million" changes the figure, not a word).
    const multiple = words.length === 1 ? SCALES[words[0]!] : word === "dozen" ? 0 : undefined;
    if (multiple !== undefined) {
      const before = lower(this.tokens[i - 2]);
      const one = { kind: "n", value: multiple === 0 ? "12" : decimal("1", multiple), sign: "", currency: "", unit: "" };
      if (isSpace(this.tokens[i - 1]) && COUNTING_ARTICLES.has(before)) return this.finish(i - 2, multiple === 0 ? i + 1 : end, one);
      if (multiple !== 0) return this.push(i, end, `n:${words[0]}||`);
    }
    // Half is the value ½ and 0.5 are ("half" → "½" is house style), and "half a million",
    // "half a dozen" half of what follows; the other words a quantity.
    if (word === "half") {
      const article = this.afterSpace(i + 1);
      const whole = article !== -1 && lower(this.tokens[article]) === "a" ? this.afterSpace(article + 1) : -1;
      const wholeWord = whole === -1 ? "" : lower(this.tokens[whole]);
      const halved = wholeWord === "dozen" ? "6" : SCALES[wholeWord] !== undefined ? decimal("5", SCALES[wholeWord]! - 1) : null;
      if (halved !== null) return this.finish(i, whole + 1, { kind: "n", value: halved, sign: "", currency: "", unit: "" });
      // "half an hour", "half a day": half of the unit, as "30 minutes" is half an hour (push's minutes).
      const unit = article !== -1 && COUNTING_ARTICLES.has(lower(this.tokens[article])) ? this.afterSpace(article + 1) : -1;
      if (unit !== -1 && ARTICLE_UNITS.has(lower(this.tokens[unit])) && UNITS[lower(this.tokens[unit])] !== undefined) return this.push(i, unit + 1, `n:0.5||${UNITS[lower(this.tokens[unit])]}`);
      return this.push(i, i + 1, "n:0.5||");
    }
    const quantity = QUANTITY_WORDS[word];
    if (quantity === undefined) return null;
    // "dozens of", "thousands of": the "of" is the quantity's ("a dozen" → "dozens of" changes a figure).
    const of = PLURAL_QUANTITIES.has(word) ? this.afterSpace(i + 1) : -1;
    if (of !== -1 && lower(this.tokens[of]) === "of") return this.push(i, of + 1, `q:${quantity}`);
    return this.push(i, i + 1, `q:${quantity}`);
  }

  /**
   * A fraction in words before "of" that starts at token `i`: "a third of", "a quarter of", "one
   * fifth of", "two thirds of" (1/3, 1/4, 0.2, 2/3), as "one-third" and "⅓" are; pushed, the index
   * after it, or null. "a second of" is a time, not a half.
   */
  private fractionOfAt(i: number): number | null {
    if (i < 0 || this.tokens[i]?.type !== "word") return null;
    const first = lower(this.tokens[i]);
    const numerator = COUNTING_ARTICLES.has(first) ? 1 : CARDINALS[first];
    if (numerator === undefined || numerator === 0) return null;
    const k = this.afterSpace(i + 1);
    const part = k === -1 ? "" : lower(this.tokens[k]);
    const plural = part.endsWith("s") && part !== "halves";
    const ordinal = ORDINALS[plural ? part.slice(0, -1) : part];
    const denominator = HALVES_AND_QUARTERS[part] ?? (ordinal !== undefined && ordinal >= 3 ? ordinal : undefined);
    if (denominator === undefined || (numerator === 1) === (plural || part === "halves")) return null;
    // "a third of them", and "cut by a third", "rose by two thirds": a share, where "a third" alone
    // may be a rank ("a third term") and "a quarter" a period; "a quarter point" is a rate's step.
    const of = this.afterSpace(k + 1);
    const after = of === -1 ? "" : lower(this.tokens[of]);
    const lead = this.beforeSpace(i);
    const leadWord = lead === -1 ? "" : lower(this.tokens[lead]);
    // "fell to a third", "to about a quarter from …": a share where no noun follows ("to a third term" is a rank).
    const shareAfterLead = SHARE_LEADS.has(leadWord) && (of === -1 || this.tokens[of]!.type !== "word" || SHARE_FOLLOWERS.has(after));
    if (after !== "of" && after !== "point" && after !== "percentage" && leadWord !== "by" && !shareAfterLead) return null;
    // "a quarter of an hour", "three quarters of an hour": minutes, as "15 minutes" is.
    const article = after === "of" ? this.afterSpace(of + 1) : -1;
    const hour = article !== -1 && COUNTING_ARTICLES.has(lower(this.tokens[article])) ? this.afterSpace(article + 1) : -1;
    if (hour !== -1 && lower(this.tokens[hour]) === "hour" && Number.isInteger((60 * numerator) / denominator)) return this.push(i, hour + 1, `n:${(60 * numerator) / denominator}||min`);
    return this.push(i, k + 1, `n:${fractionValue(numerator, denominator)}||`);
  }

  /**
   * A clock time as wire copy writes it, four digits and no colon: "at 1530 GMT", "0940 hrs", "at
   * 2300 local time". With a time zone after it; with "hrs" or "hours" when it starts with a zero
   * or follows "at" ("for 1000 hours" is a span); with "local time" after "at". Read as 1530 and
   * 940 hours, "0940 GMT" → "9:40 a.m. GMT" was a changed figure.
   */
  private wireClockAt(i: number): number | null {
    const text = this.tokens[i]!.text;
    if (text.length !== 4 || !DIGITS.test(text)) return null;
    const hour = Number(text.slice(0, 2));
    const minutes = text.slice(2);
    if (hour > 23 || Number(minutes) > 59) return null;
    const next = this.afterSpace(i + 1);
    const word = next === -1 ? undefined : this.tokens[next]?.text;
    if (word === undefined) return null;
    const key = `t:${clock(hour, minutes, undefined)}`;
    // push adds the zone to a clock time's key.
    if (TIME_ZONES.has(word)) return this.push(i, i + 1, key);
    const lead = this.beforeSpace(i);
    const afterAt = lead !== -1 && lower(this.tokens[lead]) === "at";
    const lowered = word.toLowerCase();
    if ((lowered === "hrs" || lowered === "hours") && (text.startsWith("0") || afterAt)) return this.push(i, next + 1, key);
    const time = this.afterSpace(next + 1);
    if (afterAt && lowered === "local" && time !== -1 && lower(this.tokens[time]) === "time") return this.push(i, i + 1, key);
    return null;
  }

  /**
   * Whether a day named from now at token `i` is followed by the weekday it is, in parentheses:
   * "today (Monday)". The weekday is the figure, read on its own; the word before it says when it
   * is from the writer's day, so "on Monday" → "today (Monday)" changes words, not the day.
   */
  private weekdayInParentheses(i: number): boolean {
    const open = this.tokens[i + 1]?.type === "space" ? i + 2 : i + 1;
    const day = this.tokens[open + 1];
    return this.tokens[open]?.text === "(" && day?.type === "word" && WEEKDAYS[day.text.toLowerCase()] !== undefined;
  }

  /**
   * Whether a "first" at token `i` is part of a title, before its noun: "First Minister", "the
   * first lady", "le Premier ministre", "el primer ministro", "il primo ministro", "Erster
   * Bürgermeister". A rank no one counts ("First Minister" → "Prime Minister" is a title's change).
   */
  private isFirstOfTitle(i: number): boolean {
    const noun = this.afterSpace(i + 1);
    return noun !== -1 && FIRST_OF_TITLES.has(lower(this.tokens[noun]));
  }

  /**
   * Whether the word at token `i` is capitalised (not all capitals) after a word or a comma of its
   * sentence: a name's, as "Today" is in "the Today programme", "USA Today". A sentence, a quotation
   * or a clause after a colon opens with a capital anyway; a headline in capitals says nothing.
   */
  private isNameMidSentence(i: number): boolean {
    const text = this.tokens[i]!.text;
    if (!CAPITALISED.test(text) || text.length < 2 || text[1] !== text[1]!.toLowerCase()) return false;
    let before = i - 1;
    while (before >= 0 && this.tokens[before]!.type === "space") before--;
    const previous = this.tokens[before];
    return previous !== undefined && (previous.type === "word" || previous.type === "number" || previous.text === ",");
  }

  /**
   * Whether a capitalised ordinal at token `i` is a word of a name: mid-sentence, before another
   * capitalised word ("the First Amendment", "Fifth Avenue", "the Ninth Circuit", "the Third
   * Reich"), where "First Amendment" → "Second Amendment" names another amendment and counts
   * nothing. Not in a headline set in title case ("Profit Jumps in Third Quarter"), whose capitals
   * say nothing.
   */
  private isOrdinalOfName(i: number): boolean {
    if (!this.isNameMidSentence(i)) return false;
    const next = this.afterSpace(i + 1);
    const word = next === -1 ? undefined : this.tokens[next]!;
    if (word === undefined || word.type !== "word" || !CAPITALISED.test(word.text) || word.text.length < 2 || word.text[1] !== word.text[1]!.toLowerCase()) return false;
    return !(this.titleCased ??= this.tokens.every((token) => token.type !== "word" || token.text.length < TITLE_CASE_SMALL_WORD || !LOWER_INITIAL.test(token.text)));
  }

  /** Whether "first" at token `i` is an adverb before a verb's past form (see PAST_FORMS). */
  private isAdverbialFirst(i: number): boolean {
    const before = this.beforeSpace(i);
    // "At first", and "First," opening a sentence (an enumeration's, not a rank: "finished first,").
    if (before !== -1 && lower(this.tokens[before]) === "at") return true;
    if (i === 0 && this.tokens[i + 1]?.text === ",") return true;
    const verb = this.afterSpace(i + 1);
    const next = verb === -1 ? "" : lower(this.tokens[verb]);
    if (next === "hundred" || (!PAST_FORMS.has(next) && !PAST_ENDING.test(next))) return false;
    const lead = before === -1 ? "" : lower(this.tokens[before]);
    return !DETERMINERS.has(lead) && !POSSESSIVE_END.test(lead);
  }

  /**
   * The period a change is measured over, at token `i`: "year on year", "year-on-year", "y/y",
   * "yoy", and "on the day" / "on the week" after a figure at a clause's end ("up 2% on the
   * week."). Keyed as one of its unit, as "a year" is, so that "year on year" → "month on month"
   * is a changed figure and "year-on-year" → "y/y" the same one.
   */
  private comparisonPeriodAt(i: number): number | null {
    const word = lower(this.tokens[i]);
    const joined = PERIOD_JOINED[word] ?? PERIOD_JOINED[word.replace(/[-‐]/gu, "-")];
    if (joined !== undefined) return this.push(i, i + 1, `n:1||${joined}`);
    // In lower case only: "M/M" may be a name's letters.
    const letter = PERIOD_LETTERS[this.tokens[i]!.text];
    if (letter !== undefined) {
      return this.tokens[i + 1]?.text === "/" && this.tokens[i + 2]?.text === this.tokens[i]!.text ? this.push(i, i + 3, `n:1||${letter}`) : null;
    }
    const unit = PERIOD_UNITS[word];
    if (unit === undefined) return null;
    const on = this.afterSpace(i + 1);
    const again = on === -1 || lower(this.tokens[on]) !== "on" ? -1 : this.afterSpace(on + 1);
    if (again !== -1 && lower(this.tokens[again]) === word) return this.push(i, again + 1, `n:1||${unit}`);
    const the = this.beforeSpace(i);
    const onBefore = the === -1 || lower(this.tokens[the]) !== "the" ? -1 : this.beforeSpace(the);
    if (onBefore === -1 || lower(this.tokens[onBefore]) !== "on") return null;
    const next = this.tokens[i + 1];
    if (next !== undefined && !(next.type === "punct" && CLAUSE_ENDS.has(next.text))) return null;
    // Right after the figure ("up 2% on the week") or a word after it ("0.3% weaker on the day").
    const lead = this.beforeSpace(onBefore);
    const afterFigure = this.endsFigure(lead) || (lead !== -1 && this.tokens[lead]!.type === "word" && this.endsFigure(this.beforeSpace(lead)));
    return afterFigure ? this.push(onBefore, i + 1, `n:1||${unit}`) : null;
  }

  /**
   * The period a change is measured over, in another language's words ("im Jahresvergleich", "sur
   * un an", "interanual", "su base annua", "op jaarbasis"): the same figure as English "year on
   * year", n:1 of the period. Words apart by single spaces; the longest phrase at token `i`.
   */
  private periodPhraseAt(i: number): number | null {
    const phrases = periodPhraseTables().byFirst.get(lower(this.tokens[i]));
    if (phrases === undefined) return null;
    for (let p = 0; p < phrases.length; p++) {
      const { words, unit } = phrases[p]!;
      let k = i;
      let w = 1;
      for (; w < words.length; w++) {
        const next = this.afterSpace(k + 1);
        if (next === -1 || this.tokens[k + 1]!.text !== " " || lower(this.tokens[next]) !== words[w]) break;
        k = next;
      }
      if (w === words.length) return this.push(i, k + 1, `n:1||${unit}`);
    }
    return null;
  }

  /** "un 3 % mensual", "3% annuo": a period's adjective right after a figure (PERIOD_AFTER_FIGURE). */
  private periodAfterFigureAt(i: number): number | null {
    const unit = PERIOD_AFTER_FIGURE[lower(this.tokens[i])];
    return unit !== undefined && this.endsFigure(this.beforeSpace(i)) ? this.push(i, i + 1, `n:1||${unit}`) : null;
  }

  /** Whether token `i` may be a figure's last: digits, a percent sign, a unit's or currency's word. */
  private endsFigure(i: number): boolean {
    return i !== -1 && (this.endsAmount(i) || this.tokens[i]?.text === "%");
  }

  /** Whether token `i` is digits or a unit's or currency's word: what a rate or period after it belongs to. */
  private endsAmount(i: number): boolean {
    const token = this.tokens[i];
    if (token === undefined) return false;
    const word = lower(token);
    return token.type === "number" || HAS_DIGIT.test(word) || UNIT_FIRST_WORDS.has(word) || CURRENCY_WORDS[word] !== undefined;
  }

  /** "an hour", "a year" at token `i` (the unit): one of the unit, from the article (see ARTICLE_UNITS). */
  private articleUnitAt(i: number): number | null {
    const word = lower(this.tokens[i]);
    const article = this.beforeSpace(i);
    if (!ARTICLE_UNITS.has(word) || article === -1 || !COUNTING_ARTICLES.has(lower(this.tokens[article]))) return null;
    // After a figure or a word of one, the unit is the figure's rate.
    const lead = this.beforeSpace(article);
    const before = lead === -1 ? "" : lower(this.tokens[lead]);
    if (lead !== -1 && (this.endsAmount(lead) || SCALES[before] !== undefined || QUANTITY_WORDS[before] !== undefined || CARDINALS[before] !== undefined)) return null;
    const follow = this.afterSpace(i + 1);
    // "46,000 barrels of fuel a day.": at a clause's end, the rate of what the clause counted.
    const next = this.tokens[i + 1];
    const endsClause = next === undefined || (next.type === "punct" && CLAUSE_ENDS.has(next.text));
    if (!SPAN_BEFORE.has(before) && !endsClause && (follow === -1 || !SPAN_AFTER.has(lower(this.tokens[follow])))) return null;
    // "up 5% from a year earlier" is "up 5% year on year": the period a change is measured over,
    // with the words that say so (comparisonPeriodAt keys "year on year" as "a year").
    if (before === "from" && follow !== -1 && PERIOD_BACK.has(lower(this.tokens[follow])) && (word === "year" || word === "month" || word === "week")) {
      return this.push(lead, follow + 1, `n:1||${UNITS[word] ?? word}`);
    }
    // A fortnight is two weeks and a decade ten years: "in a fortnight" → "in two weeks" and
    // "served a decade" → "served 10 years" are house style.
    return this.push(article, i + 1, word === "fortnight" ? "n:2||wk" : word === "decade" ? "n:10||yr" : `n:1||${UNITS[word]}`);
  }

  /** The index of the token at character `at`. */
  tokenAt(at: number): number {
    let [low, high] = [0, this.starts.length - 1];
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (this.starts[middle]! <= at) low = middle;
      else high = middle - 1;
    }
    return low;
  }
}

/** Four digits of a year that a season or fiscal year starts in. */
const YEAR_DIGITS = /^(?:1[89]|20)[0-9]{2}$/u;

/** Whether `to` is the year after `from`, in two digits or four: 2023/24, 1999/2000. */
function isNextYear(from: string, to: string): boolean {
  return (/^[0-9]{2}$/u.test(to) || /^[0-9]{4}$/u.test(to)) && Number(rangeEnd(from, to)) === Number(from) + 1;
}

/** The end of a range in full: 2023-24 → 2024, 1990-91 → 1991; otherwise as written. */
function rangeEnd(from: string, to: string): string {
  if (/^[0-9]{4}$/.test(from) && /^[0-9]{2}$/.test(to)) {
    const century = Math.floor(Number(from) / 100) * 100;
    let year = century + Number(to);
    if (year < Number(from)) year += 100;
    return String(year);
  }
  return decimal(to);
}

/** A time of day on the 24-hour clock. */
function clock(hour: number, minutes: string, pm: boolean | undefined): string {
  let hours = hour;
  if (pm === true && hour < 12) hours += 12;
  if (pm === false && hour === 12) hours = 0;
  return `${String(hours).padStart(2, "0")}:${minutes}`;
}

/**
 * Stock indexes named with a number, by that number: the 500 of "the S&P 500" and the 100 of "the
 * FTSE 100" name an index ("FTSE 100" → "FTSE 250" is another index, "S&P 500" → "Nasdaq" no
 * figure gone).
 */
const INDEX_NAMES_BY_NUMBER = lookupTable<string>({
  "20": "PSI|WIG", "30": "DAX|OMX Stockholm|OMXS", "35": "IBEX", "40": "DAX|CAC", "50": "Stoxx|STOXX|Nifty|NIFTY",
  "60": "S&P/TSX|TSX", "100": "FTSE|Nasdaq|NASDAQ|S&P|Nifty|NIFTY|TOPIX|Russell", "200": "ASX|S&P/ASX|KOSPI", "225": "Nikkei|NIKKEI", "250": "FTSE",
  "300": "CSI|ASX|S&P/ASX|Nikkei", "350": "FTSE", "400": "S&P", "500": "S&P|CSI|BSE|Nifty|NIFTY|TOPIX", "600": "Stoxx|STOXX|S&P", "1000": "Russell", "1500": "S&P", "2000": "Russell", "3000": "Russell", "5000": "Wilshire",
});
const INDEX_NAME_BEFORE = new Map<string, RegExp>();

/**
 * Words before a number that names a road, as its name's part: "Interstate 95" → "Interstate 85"
 * is another road, as "the M1" → "the M6" is, not a figure changed. (A flight's number stays a
 * figure: "Flight 370" → "Flight 371" is `number` in the labelled set.)
 */
const NUMBERED_NAMES = ["Interstate ", "Route ", "Highway ", "Hwy ", "Hwy. "];

/** Whether one of NUMBERED_NAMES, a whole word, ends at `at` (plain comparisons: every plain number of a text is asked). */
function afterNumberedName(text: string, at: number): boolean {
  for (let k = 0; k < NUMBERED_NAMES.length; k++) {
    const name = NUMBERED_NAMES[k]!;
    const start = at - name.length;
    if (start >= 0 && text.startsWith(name, start) && (start === 0 || !WORD_CHARACTER_BEFORE.test(text[start - 1]!))) return true;
  }
  return false;
}
const WORD_CHARACTER_BEFORE = /[\w]/u;

/** Whether the digits at `at` of a text name a stock index with the words before them ("S&P 500", "FTSE 100"), or a road ("Interstate 95", "Route 66"). */
export function isIndexNumber(text: string, at: number, digits: string): boolean {
  if (text[at - 1] !== " ") return false;
  if (!digits.includes(".") && !digits.includes(",") && afterNumberedName(text, at)) return true;
  const names = INDEX_NAMES_BY_NUMBER[digits];
  if (names === undefined) return false;
  // Built once per number, on the first text that holds it after a space.
  let before = INDEX_NAME_BEFORE.get(digits);
  if (before === undefined) INDEX_NAME_BEFORE.set(digits, (before = new RegExp(`(?:^|[^\\w&/])(?:${names}) $`, "u")));
  return before.test(text.slice(Math.max(0, at - 40), at));
}

/** Title case leaves short words in lower case ("in", "of", "and", "the"); a longer one in lower case says the text is in sentence case. */
const TITLE_CASE_SMALL_WORD = 4;

/** The figures of a sentence, in order, none overlapping; `tokens` are its tokens when already made. */
export function findFigures(text: string, tokens?: readonly Token[], locale: FigureLocale | null = null): Figure[] {
  if (locale === null && !mayHoldFigure(text)) return [];
  return new FigureReader(text, tokens ?? tokenize(text), locale).read();
}

/** A span of hours or days, or a range of them, with no currency: its bound and sort, its values, its unit. */
const SPAN_KEY = /^([<>≤≥≲~≈]*[nr]:)([0-9]+(?:\.[0-9]+)?)(?:~([0-9]+(?:\.[0-9]+)?))?\|\|(h|d)$/u;
const MINUTES_IN: Readonly<Record<string, number>> = { h: 60, d: 1440 };

/**
 * A figure's key with a span of hours or days in minutes, as figures are compared: "half an hour"
 * is "30 minutes", "1.5 hours" "90 minutes", "a day" "24 hours", "3-4 hours" "180-240 minutes". Not
 * weeks, months or years, whose lengths vary.
 */
export function spanInMinutes(key: string): string {
  const span = SPAN_KEY.exec(key);
  if (span === null) return key;
  const minutes = (value: string) => decimal(String(Number(value) * MINUTES_IN[span[4]!]!));
  return `${span[1]}${minutes(span[2]!)}${span[3] === undefined ? "" : `~${minutes(span[3])}`}||min`;
}

/** A plain figure's key in parts: sign and value, currency, unit. */
const PLAIN_KEY = /^n:([^|~]+)\|([^|]*)\|(.*)$/u;
/** What joins a range's two ends written apart: "10 to 12", "10 through 12", "10 - 12". */
const RANGE_JOIN = /^\s+(?:to|through|[-‐–—])\s+$/iu;
/** A dash between two figures with nothing around it ("$3.10-$3.20"): a range as written. */
const DASH_BETWEEN = /^[-‐–—]$/u;
/** "between 10 and 12": "and" joins a range's ends after "between". */
const BETWEEN_AND = /^\s+and\s+$/iu;
const BETWEEN_BEFORE = /\bbetween\s+$/iu;

/**
 * Two figures of a sentence read as one range when they are its two ends written apart: "between
 * 10 and 12 pct" and "$3.10-$3.20" always, "10 to 12 pct" and "52 to 48" when `joinedToo`. The
 * first may leave its currency and unit to the second, as "10-12 pct" does. The range (with
 * "between"), or null.
 */
function rangeWrittenApart(first: Figure, second: Figure, text: string, joinedToo: boolean): Figure | null {
  const from = PLAIN_KEY.exec(first.key);
  const to = PLAIN_KEY.exec(second.key);
  if (from === null || to === null) return null;
  if ((from[2] !== "" && from[2] !== to[2]) || (from[3] !== "" && from[3] !== to[3])) return null;
  const between = text.slice(first.end, second.start);
  let start = first.start;
  if (BETWEEN_AND.test(between)) {
    const before = BETWEEN_BEFORE.exec(text.slice(Math.max(0, start - 12), start));
    if (before === null) return null;
    start -= before[0].length;
  } else if (!DASH_BETWEEN.test(between) && (!joinedToo || !RANGE_JOIN.test(between))) return null;
  return { start, end: second.end, text: text.slice(start, second.end), key: `r:${scaledLike(from[1]!, first.text, to[1]!, second.text)}~${to[1]}|${to[2]}|${to[3]}` };
}

/** A scale word ending a figure's text ("$2.3 billion"). */
const SCALE_AT_END = /\s([A-Za-z]+)$/u;
const PLAIN_VALUE = /^[0-9]+(?:\.[0-9]+)?$/u;

/**
 * A range's first value with the scale its second end is written with, where the first has none:
 * "$2.1-$2.3 billion" runs from $2.1 billion, as "$2.1 billion to $2.3 billion" does. Not where
 * that would put the first end past the second ("from 500 to 2 million" users).
 */
function scaledLike(value: string, text: string, secondValue: string, secondText: string): string {
  const word = SCALE_AT_END.exec(secondText)?.[1];
  const shift = word === undefined || /[A-Za-z]/u.test(text) ? undefined : SCALES[word.toLowerCase()];
  if (shift === undefined || !PLAIN_VALUE.test(value) || !PLAIN_VALUE.test(secondValue)) return value;
  const scaled = decimal(value, shift);
  return Number(scaled) <= Number(secondValue) ? scaled : value;
}

/** A side's figures with the ranges among them written apart read whole (see rangeWrittenApart). */
function joinRanges(figures: Figure[], text: string, joinedToo: boolean): Figure[] {
  if (figures.length < 2) return figures;
  const read: Figure[] = [];
  for (let k = 0; k < figures.length; k++) {
    const range = k + 1 < figures.length ? rangeWrittenApart(figures[k]!, figures[k + 1]!, text, joinedToo) : null;
    read.push(range ?? figures[k]!);
    if (range !== null) k += 1;
  }
  return read;
}

const isRange = (figure: Figure) => figure.key.startsWith("r:");

/**
 * The two sides' figures with ranges read alike however each writes them: "10-12 pct", "10 to 12
 * pct", "between 10 and 12 pct" are one range, so that a restyled range is typography and a
 * changed one a number, with no word of it left over as wording. "X to Y" is read as a range only
 * when the other side has one: "rose from 5% to 7%" stays two figures, as "rose to 7% from 5%" is.
 */
export function rangesAlike(oldFigures: Figure[], newFigures: Figure[], oldText: string, newText: string): { old: Figure[]; new: Figure[] } {
  const old = joinRanges(oldFigures, oldText, false);
  const now = joinRanges(newFigures, newText, false);
  return { old: now.some(isRange) ? joinRanges(old, oldText, true) : old, new: old.some(isRange) ? joinRanges(now, newText, true) : now };
}

/** A change in one side's sentence: [start, end) characters, [from, to) tokens. */
export interface ChangeSpan {
  start: number;
  end: number;
  from: number;
  to: number;
}

/** Marks and words that join the parts of one figure or sign it: "Sept. 3, 2027", "1/2", "two hundred and five", "a million", "per cent", "+0.4". */
const JOINERS = new Set([",", ".", "/", ":", "-", "‐", "–", "—", "+", "−", "and", "a", "an", "per"]);
/** At most this many tokens are walked back from a change to where a figure around it starts; the longest figure is 11. */
const FIGURE_REACH = 24;
/**
 * Tokens read after a change: a figure that starts right after it touches it, and the reader finds
 * a figure at its digits, up to four tokens past its start ("R$ 5": the letters, the sign, a space).
 */
const FIGURE_REACH_AFTER = 5;

/**
 * The figures that overlap or touch the given changes of a sentence. Each is read from where a
 * figure around the change would start (walking back over figure parts, joiners and spaces, which
 * the text before a change has alike on both sides) to just past it: a changed pair's figures
 * elsewhere are the same on both sides and count for nothing, and reading them was most of what
 * classifying with figures cost.
 */
export function figuresNear(text: string, tokens: readonly Token[], changes: readonly ChangeSpan[], locale: FigureLocale | null = null): Figure[] {
  if (changes.length === 0 || tokens.length === 0) return [];
  const reader = new FigureReader(text, tokens, locale);
  let next = 0;
  for (let k = 0; k < changes.length; k++) {
    const { from, to } = changes[k]!;
    let begin = from;
    while (begin > 0 && from - begin < FIGURE_REACH) {
      const token = tokens[begin - 1]!;
      // A linking word joins an amount to its currency in other languages than English ("5 milioni di euro").
      const linking = locale !== null && token.type === "word" && LINK_WORD().test(token.text);
      if (token.type !== "space" && !isFigurePart(token, locale) && !JOINERS.has(token.text.toLowerCase()) && !GROUP_MARKS.has(token.text) && !linking) break;
      begin -= 1;
    }
    // Go on from where the last figure read ended: it may run into this change.
    const previous = reader.figures[reader.figures.length - 1];
    begin = Math.max(begin, next, previous ? reader.tokenAt(previous.end - 1) + 1 : 0);
    const end = Math.min(tokens.length, to + FIGURE_REACH_AFTER);
    if (begin < end) reader.read(begin, end);
    next = Math.max(next, end);
  }
  return reader.figures.filter((figure) => changes.some((change) => touches(text, figure, change.start, change.end)));
}

/**
 * Whether a figure overlaps the [start, end) characters of a change, or is next to it with only
 * spacing between ("4.0 billion [-rand-]": the figure lost its currency).
 */
export function touches(text: string, figure: Figure, start: number, end: number): boolean {
  if (figure.start < end && figure.end > start) return true;
  if (figure.end <= start) return /^\s*$/u.test(text.slice(figure.end, start));
  return /^\s*$/u.test(text.slice(end, figure.start));
}

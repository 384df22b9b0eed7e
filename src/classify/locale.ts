// What reading figures needs to know of a language, taken from CLDR through node's own Intl
// (separators, month and weekday names, scale words, unit and currency names, date layout) and
// from n2words (numbers spelled out, 0–100). English copy keeps the hand-tuned tables of
// figures.ts, which have wire copy's abbreviations (dlrs, mln, pct): this is for every other
// language, built once per language on first use, or read from the build's table of it
// (text/locale-table.ts) for the languages the detector names.
import { toCardinal as arabicCardinal } from "n2words/ar-SA";
import { toCardinal as germanCardinal } from "n2words/de-DE";
import { toCardinal as spanishCardinal } from "n2words/es-ES";
import { toCardinal as frenchCardinal } from "n2words/fr-FR";
import { toCardinal as italianCardinal } from "n2words/it-IT";
import { toCardinal as japaneseCardinal } from "n2words/ja-JP";
import { toCardinal as dutchCardinal } from "n2words/nl-NL";
import { toCardinal as polishCardinal } from "n2words/pl-PL";
import { toCardinal as portugueseCardinal } from "n2words/pt-PT";
import { toCardinal as russianCardinal } from "n2words/ru-RU";
import { toCardinal as turkishCardinal } from "n2words/tr-TR";
import { toCardinal as chineseCardinal } from "n2words/zh-Hans-CN";
import { toCardinal as czechCardinal, toOrdinal as czechOrdinal } from "n2words/cs-CZ";
import { toCardinal as danishCardinal, toOrdinal as danishOrdinal } from "n2words/da-DK";
import { toCardinal as greekCardinal, toOrdinal as greekOrdinal } from "n2words/el-GR";
import { toCardinal as finnishCardinal, toOrdinal as finnishOrdinal } from "n2words/fi-FI";
import { toCardinal as filipinoCardinal } from "n2words/fil-PH";
import { toCardinal as croatianCardinal, toOrdinal as croatianOrdinal } from "n2words/hr-HR";
import { toCardinal as hungarianCardinal, toOrdinal as hungarianOrdinal } from "n2words/hu-HU";
import { toCardinal as indonesianCardinal, toOrdinal as indonesianOrdinal } from "n2words/id-ID";
import { toCardinal as lithuanianCardinal } from "n2words/lt-LT";
import { toCardinal as latvianCardinal } from "n2words/lv-LV";
import { toCardinal as malayCardinal, toOrdinal as malayOrdinal } from "n2words/ms-MY";
import { toCardinal as norwegianCardinal, toOrdinal as norwegianOrdinal } from "n2words/nb-NO";
import { toCardinal as romanianCardinal } from "n2words/ro-RO";
import { toCardinal as serbianCyrillicCardinal } from "n2words/sr-Cyrl-RS";
import { toCardinal as serbianLatinCardinal } from "n2words/sr-Latn-RS";
import { toCardinal as swedishCardinal, toOrdinal as swedishOrdinal } from "n2words/sv-SE";
import { toCardinal as ukrainianCardinal, toOrdinal as ukrainianOrdinal } from "n2words/uk-UA";
import { toCardinal as bengaliCardinal } from "n2words/bn-BD";
import { toCardinal as gujaratiCardinal } from "n2words/gu-IN";
import { toCardinal as hindiCardinal } from "n2words/hi-IN";
import { toCardinal as kannadaCardinal } from "n2words/kn-IN";
import { toCardinal as marathiCardinal } from "n2words/mr-IN";
import { toCardinal as punjabiCardinal } from "n2words/pa-IN";
import { toCardinal as tamilCardinal } from "n2words/ta-IN";
import { toCardinal as teluguCardinal } from "n2words/te-IN";
import { toCardinal as urduCardinal } from "n2words/ur-PK";
import { toCardinal as persianCardinal } from "n2words/fa-IR";
import { toCardinal as vietnameseCardinal } from "n2words/vi-VN";
import { toCardinal as swahiliCardinal } from "n2words/sw-KE";
import { primaryLanguage, UNDETERMINED } from "../text/language-tag.js";
import { prebuiltLocale } from "../text/locale-table.js";
import { lookupTable } from "../text/lookup.js";
import { onFirstUse } from "../text/memo.js";

export interface FigureLocale {
  /** The BCP 47 tag the data was made for. */
  tag: string;
  /** CLDR's separators: "." and "," in German, a narrow no-break space and "," in French. */
  group: string;
  decimal: string;
  /** Whether digits are grouped in twos before the last three, as in South Asia ("50,00,000", CLDR's "#,##,##0"). */
  lakhGroups: boolean;
  /** Lower-case month names, standalone and in a date (русский: "март", "марта"), → 1–12. */
  months: Map<string, number>;
  /**
   * Stems of month names in languages whose names CLDR inflects (standalone "март", in a date
   * "марта"): the part the forms share, which the other cases share too ("в марте"). Three
   * letters at least, so that no short word is a month.
   */
  monthStems: Map<string, number>;
  /** Lower-case weekday names → 1 (Monday) – 7. */
  weekdays: Map<string, number>;
  /** Numbers 0–100 spelled out, lower-case, words joined by one space → value. */
  spelled: Map<string, number>;
  /** Ordinals 1–10 spelled out (ORDINALS), lower-case → value: "tredje kvartalet". */
  ordinals: Map<string, number>;
  /** Scale words after a number (Millionen, milliards, mil millones, миллиона, 万, 亿) → power of ten. */
  scales: Map<string, number>;
  /** Unit words after a number (Prozent, pour cent, процентов, パーセント, Kilometer…) → the unit's key. */
  units: Map<string, string>;
  /** Unit words the language writes before the number (Turkish "yüzde 14", "%14") → the unit's key. */
  unitsBefore: Map<string, string>;
  /** Currency names after a number (Euro, dollars, евро, 欧元) → the currency's key in figures.ts (€, $). */
  currencies: Map<string, string>;
  /**
   * Stems of the currencies' nouns, for the cases CLDR does not write: Turkish "dolar", "dolara"
   * and "doların" of CLDR's "doları", Polish "dolarach", Hungarian "dollárt", Hindi "रुपये" of
   * "रुपया" (currencyOfStem). A stem shared by two currencies is none.
   */
  currencyStems: Map<string, string>;
  /** Words of CLDR's date layout between day, month and year (es "4 de marzo de 2024": "de"). */
  dateWords: Set<string>;
  /** The characters after year, month and day in a numeric date (年 月 日), when the language writes them. */
  numericDate: { year: string; month: string; day: string } | null;
  /** The most words any of the phrases above has. */
  longestPhrase: number;
  /** Every word that can start a figure, and every word that can be part of one, lower-case. */
  starters: Set<string>;
  parts: Set<string>;
}

/**
 * Portuguese forms n2words does not write: the feminine "duas" ("duas pessoas") and Brazil's
 * teens (n2words writes Portugal's "dezasseis", "dezassete", "dezanove").
 */
const PORTUGUESE_FORMS: Readonly<Record<number, readonly string[]>> = { 2: ["duas"], 16: ["dezesseis"], 17: ["dezessete"], 19: ["dezenove"] };
/**
 * Polish counts people and mixed groups in another form than n2words' ("pięciu rannych", "dwóch
 * policjantów"), and "dwie" is two of a feminine noun ("dwie osoby").
 */
const POLISH_COUNTING_FORMS: Readonly<Record<number, readonly string[]>> = {
  2: ["dwie", "dwóch", "dwaj"], 3: ["trzech", "trzej"], 4: ["czterech", "czterej"], 5: ["pięciu"], 6: ["sześciu"], 7: ["siedmiu"],
  8: ["ośmiu"], 9: ["dziewięciu"], 10: ["dziesięciu"],
};

/**
 * The other genders' forms of one and two (and of three and four where they have them), which
 * n2words writes in one gender: Czech "jeden", "dvě"; Croatian and Serbian "jedna", "dvije"
 * ("dve"); Ukrainian "одна", "дві"; Lithuanian and Latvian feminines ("dvi", "keturios"; "divas",
 * "četras"); Greek "ένας", "μία", "τρεις", "τέσσερις"; Polish "jedna", Russian "одна", "две"; Hungarian "két"
 * before a noun ("két ember"); Romanian "un", "două"; Swedish, Danish and Norwegian "en", "ett".
 * And Swahili's, which agree with the class of what they count by a prefix on one to five and
 * eight (n2words writes the bare forms, a thing's of the n- class: "nyumba tatu"): people "watu
 * watatu", "mtu mmoja"; "mawili", "miwili", "viwili"… ("watu watatu" → "watu wanne", three → four
 * people, was wording).
 */
const GENDER_FORMS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  cs: { 1: ["jeden", "jedno"], 2: ["dvě"] },
  pl: { 1: ["jedna", "jedno"] },
  ru: { 1: ["одна", "одно"], 2: ["две"] },
  hr: { 1: ["jedna", "jedno"], 2: ["dvije"] },
  sr: { 1: ["jedna", "jedno", "једна", "једно"], 2: ["dve", "две"] },
  uk: { 1: ["одна", "одне"], 2: ["дві"] },
  lt: { 1: ["viena"], 2: ["dvi"], 4: ["keturios"], 5: ["penkios"], 6: ["šešios"], 7: ["septynios"], 8: ["aštuonios"], 9: ["devynios"] },
  lv: { 1: ["viena"], 2: ["divas"], 4: ["četras"], 5: ["piecas"], 6: ["sešas"], 7: ["septiņas"], 8: ["astoņas"], 9: ["deviņas"] },
  el: { 1: ["ένας", "μία", "μια"], 3: ["τρεις"], 4: ["τέσσερις"] },
  hu: { 2: ["két"] },
  ro: { 1: ["un"], 2: ["două"] },
  sv: { 1: ["en"] },
  da: { 1: ["en"] },
  nb: { 1: ["ett", "én"] },
  sw: {
    1: ["mmoja", "kimoja"], 2: ["wawili", "mawili", "miwili", "viwili"], 3: ["watatu", "matatu", "mitatu", "vitatu"], 4: ["wanne", "manne", "minne", "vinne"],
    5: ["watano", "matano", "mitano", "vitano"], 8: ["wanane", "manane", "minane", "vinane"],
  },
};

/**
 * Numbers that count people and mixed groups, which n2words does not write: the Slavic
 * collectives ("трое погибших", "троє людей", "troje dzieci", "dvoje djece", "trojica muškaraca")
 * and the genitives copy writes after a preposition or a noun of loss ("гибель трёх человек",
 * "загибель трьох людей"). "Трое" → "четверо" killed was wording, a changed count passing a gate.
 */
const COLLECTIVE_FORMS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  ru: {
    2: ["двое", "двоих", "двух"], 3: ["трое", "троих", "трёх", "трех"], 4: ["четверо", "четверых", "четырёх", "четырех"], 5: ["пятеро", "пятерых", "пяти"],
    6: ["шестеро", "шестерых", "шести"], 7: ["семеро", "семерых", "семи"], 8: ["восьмеро", "восьмерых", "восьми"], 9: ["девятеро", "девятерых", "девяти"],
    10: ["десятеро", "десятерых", "десяти"],
  },
  uk: {
    2: ["двоє", "двох"], 3: ["троє", "трьох"], 4: ["четверо", "чотирьох"], 5: ["п'ятеро", "п’ятеро", "пʼятеро", "п'ятьох", "п’ятьох", "пʼятьох"],
    6: ["шестеро", "шістьох"], 7: ["семеро", "сімох"], 8: ["восьмеро", "вісьмох"], 9: ["дев'ятеро", "дев’ятеро", "девʼятеро"], 10: ["десятеро", "десятьох"],
  },
  pl: { 2: ["dwoje"], 3: ["troje"], 4: ["czworo"], 5: ["pięcioro"], 6: ["sześcioro"], 7: ["siedmioro"], 8: ["ośmioro"], 9: ["dziewięcioro"], 10: ["dziesięcioro"] },
  hr: {
    2: ["dvoje", "dvojica"], 3: ["troje", "trojica"], 4: ["četvero", "četvoro", "četvorica"], 5: ["petero", "petoro", "petorica"], 6: ["šestero", "šestoro", "šestorica"],
    7: ["sedmero", "sedmoro", "sedmorica"], 8: ["osmero", "osmoro", "osmorica"], 9: ["devetero", "devetoro", "devetorica"], 10: ["desetero", "desetoro", "desetorica"],
  },
  sr: {
    2: ["dvoje", "dvojica", "двоје", "двојица"], 3: ["troje", "trojica", "троје", "тројица"], 4: ["četvoro", "četvorica", "четворо", "четворица"],
    5: ["petoro", "petorica", "петоро", "петорица"], 6: ["šestoro", "šestorica", "шесторо", "шесторица"], 7: ["sedmoro", "sedmorica", "седморо", "седморица"],
    8: ["osmoro", "osmorica", "осморо", "осморица"], 9: ["devetoro", "devetorica", "деветоро", "деветорица"], 10: ["desetoro", "desetorica", "десеторо", "десеторица"],
  },
};

/**
 * A form as copy writes it: Swedish and Norwegian join a compound's parts ("nittionio", where
 * n2words writes "nittio-nio"), and Ukrainian's і is Cyrillic (n2words writes "сiм" with a Latin i).
 */
function asWritten(language: string, form: string): string[] {
  if ((language === "sv" || language === "nb") && form.includes("-")) return [form, form.replaceAll("-", "")];
  if (language === "uk" && form.includes("i")) return [form.replaceAll("i", "і")];
  return [form];
}

/**
 * South Asian forms and spellings n2words does not write: Hindi's nasal vowel with a dot (anusvara) where
 * n2words writes the moon (chandrabindu: "पांच" for "पाँच", five) and "छः" for six; the hundred
 * alone ("सौ", "سو", "একশ"), where n2words writes "one hundred"; and Bengali's য় and Devanagari's
 * ड़ and ढ़ as one character each, as much copy has them, where n2words writes the letter and its
 * dot (nukta) apart (normalization to NFC keeps them apart, so both spellings are met).
 */
const SOUTH_ASIAN_FORMS: Readonly<Record<string, Readonly<Record<number, readonly string[]>>>> = {
  hi: { 6: ["छः"], 100: ["सौ"] },
  ur: { 100: ["سو"] },
  bn: { 100: ["একশ", "একশো"] },
  // Telugu, Kannada and Tamil count people in one word ("ఐదుగురు", five people; "ಇಬ್ಬರು", "மூவர்").
  te: { 2: ["ఇద్దరు"], 3: ["ముగ్గురు"], 4: ["నలుగురు"], 5: ["ఐదుగురు"], 6: ["ఆరుగురు"], 7: ["ఏడుగురు"] },
  kn: { 2: ["ಇಬ್ಬರು"], 3: ["ಮೂವರು"], 4: ["ನಾಲ್ವರು"], 5: ["ಐವರು"] },
  ta: { 2: ["இருவர்"], 3: ["மூவர்"], 4: ["நால்வர்"], 5: ["ஐவர்"] },
};
const NUKTA_LETTERS: readonly (readonly [string, string])[] = [["\u09AF\u09BC", "\u09DF"], ["\u09A1\u09BC", "\u09DC"], ["\u09A2\u09BC", "\u09DD"], ["\u0921\u093C", "\u095C"], ["\u0922\u093C", "\u095D"]];
function southAsianSpellings(form: string): string[] {
  let composed = form;
  for (const [apart, together] of NUKTA_LETTERS) composed = composed.replaceAll(apart, together);
  const forms = new Set([form, composed, form.replaceAll("\u0901", "\u0902")]);
  return [...forms];
}
/** The cardinals of a South Asian language, with SOUTH_ASIAN_FORMS and each form's other spellings. */
function southAsianCardinals(language: string, cardinal: (value: number) => string): (value: number) => string[] {
  return (value) => [cardinal(value), ...(SOUTH_ASIAN_FORMS[language]?.[value] ?? [])].flatMap(southAsianSpellings);
}

/** n2words' form of a value and the forms GENDER_FORMS adds, as copy writes them. */
function formsOf(language: string, cardinal: (value: number) => string, value: number): string[] {
  return [...asWritten(language, cardinal(value)), ...(GENDER_FORMS[language]?.[value] ?? []), ...(COLLECTIVE_FORMS[language]?.[value] ?? [])];
}

/** Persian numbers that are also common words: نه (9, "no"), ده (10, "village"). */
const PERSIAN_COMMON_WORDS: ReadonlySet<number> = new Set([9, 10]);
/** The languages whose cardinals n2words writes as GENDER_FORMS, COLLECTIVE_FORMS and asWritten complete them: each with the language whose forms it takes. */
const COMPLETED_CARDINALS: readonly (readonly [string, string, (value: number) => string])[] = [
  ["bs", "hr", croatianCardinal], ["cs", "cs", czechCardinal], ["da", "da", danishCardinal], ["el", "el", greekCardinal], ["fi", "fi", finnishCardinal],
  ["fil", "fil", filipinoCardinal], ["hr", "hr", croatianCardinal], ["hu", "hu", hungarianCardinal], ["id", "id", indonesianCardinal], ["ms", "ms", malayCardinal],
  ["lt", "lt", lithuanianCardinal], ["lv", "lv", latvianCardinal],
  ["nb", "nb", norwegianCardinal], ["no", "nb", norwegianCardinal], ["ro", "ro", romanianCardinal], ["ru", "ru", russianCardinal], ["sv", "sv", swedishCardinal],
  ["sw", "sw", swahiliCardinal], ["uk", "uk", ukrainianCardinal],
];
/**
 * Hebrew's numbers as copy spells them (plene: שלוש, שתיים), by hand: n2words writes the defective
 * spelling (שלש, שתים) and the feminine only, where a count of people or things is as often
 * masculine (שלושה הרוגים, three dead) or in its construct form before a noun (שלושת, שני, שתי).
 */
const HEBREW_UNITS_MASCULINE = ["", "אחד", "שניים", "שלושה", "ארבעה", "חמישה", "שישה", "שבעה", "שמונה", "תשעה"];
const HEBREW_UNITS_FEMININE = ["", "אחת", "שתיים", "שלוש", "ארבע", "חמש", "שש", "שבע", "שמונה", "תשע"];
const HEBREW_CONSTRUCT: Readonly<Record<number, readonly string[]>> = {
  2: ["שני", "שתי"], 3: ["שלושת"], 4: ["ארבעת"], 5: ["חמשת"], 6: ["ששת"], 7: ["שבעת"], 8: ["שמונת"], 9: ["תשעת"], 10: ["עשרת"],
};
const HEBREW_TENS = ["", "", "עשרים", "שלושים", "ארבעים", "חמישים", "שישים", "שבעים", "שמונים", "תשעים"];
function hebrewCardinal(value: number): string[] {
  if (value === 0) return ["אפס"];
  if (value === 100) return ["מאה"];
  const [tens, unit] = [Math.floor(value / 10), value % 10];
  const [masculine, feminine] = [HEBREW_UNITS_MASCULINE[unit]!, HEBREW_UNITS_FEMININE[unit]!];
  if (tens === 0) return [masculine, feminine, ...(HEBREW_CONSTRUCT[value] ?? [])];
  if (tens === 1) {
    if (unit === 0) return ["עשרה", "עשר", ...HEBREW_CONSTRUCT[10]!];
    // Twelve is שנים עשר / שתים עשרה, written with one yod (שתיים עשרה too).
    return unit === 2 ? ["שנים עשר", "שתים עשרה", "שתיים עשרה"] : [`${masculine} עשר`, `${feminine} עשרה`];
  }
  return unit === 0 ? [HEBREW_TENS[tens]!] : [`${HEBREW_TENS[tens]!} ו${masculine}`, `${HEBREW_TENS[tens]!} ו${feminine}`];
}

/**
 * Korean's own numbers, which count people and things before a counter ("다섯 명", five people;
 * "세 곳", three places), in the form before a counter and alone (한/하나, 두/둘, 스무/스물). n2words
 * writes the Sino-Korean ones (일, 이, 삼), one-syllable common words (이, "this"), which copy
 * writes in digits. Read only before a counter (figures.ts): 세 is also "tax", 네 "yes", 한 "did".
 */
const KOREAN_UNITS = ["", "한 하나", "두 둘", "세 셋", "네 넷", "다섯", "여섯", "일곱", "여덟", "아홉"];
const KOREAN_TENS = ["", "열", "스무 스물", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔"];
function koreanCardinal(value: number): string[] {
  if (value === 0 || value >= 100) return [];
  const [tens, unit] = [Math.floor(value / 10), value % 10];
  const tenForms = tens === 0 ? [""] : KOREAN_TENS[tens]!.split(" ");
  if (unit === 0) return tenForms;
  // 스무 stands before a counter only as twenty itself; with units it is 스물 (스물다섯).
  const unitForms = KOREAN_UNITS[unit]!.split(" ");
  return tens === 0 ? unitForms : tenForms.filter((form) => form !== "스무").flatMap((ten) => unitForms.map((form) => `${ten}${form}`));
}

/**
 * Spelled-out numbers by language, from n2words. Chinese and Japanese share their numerals; n2words
 * writes Chinese tens with a leading 一 (一十二), which copy leaves out (十二) as Japanese does: both
 * forms are read in either language. Bosnian's are Croatian's; Norwegian's are Bokmål's. Left out:
 * numerals that are also common words: Korean's Sino-Korean 이 "this" (its own numbers are read
 * instead, koreanCardinal). Vietnamese's (ba "father", năm "year") count only before what they
 * count (figures.ts). Persian is read but for نه (nine, and "no") and ده
 * (ten, and "village"), which are read only inside a number of more words (بیست و نه, 29).
 */
const CARDINALS = lookupTable<(value: number) => string[]>({
  ...Object.fromEntries(COMPLETED_CARDINALS.map(([language, forms, cardinal]) => [language, (value: number) => formsOf(forms, cardinal, value)])),
  // Serbian is written in both scripts.
  sr: (value) => [...formsOf("sr", serbianLatinCardinal, value), serbianCyrillicCardinal(value)],
  ar: (value) => [arabicCardinal(value)],
  de: (value) => [germanCardinal(value)],
  es: (value) => [spanishCardinal(value)],
  fr: (value) => [frenchCardinal(value)],
  it: (value) => [italianCardinal(value)],
  ja: (value) => [japaneseCardinal(value), chineseCardinal(value, { formal: false })],
  nl: (value) => [dutchCardinal(value)],
  pl: (value) => [...formsOf("pl", polishCardinal, value), ...(POLISH_COUNTING_FORMS[value] ?? [])],
  pt: (value) => [portugueseCardinal(value), ...(PORTUGUESE_FORMS[value] ?? [])],
  tr: (value) => [turkishCardinal(value)],
  // 两 (兩) is the two that counts (两人, 两名), as 二 is the digit's.
  zh: (value) => [chineseCardinal(value, { formal: false }), japaneseCardinal(value), ...(value === 2 ? ["两", "兩"] : [])],
  bn: southAsianCardinals("bn", bengaliCardinal),
  gu: southAsianCardinals("gu", gujaratiCardinal),
  hi: southAsianCardinals("hi", hindiCardinal),
  kn: southAsianCardinals("kn", kannadaCardinal),
  mr: southAsianCardinals("mr", marathiCardinal),
  pa: southAsianCardinals("pa", punjabiCardinal),
  ta: southAsianCardinals("ta", tamilCardinal),
  te: southAsianCardinals("te", teluguCardinal),
  ur: southAsianCardinals("ur", urduCardinal),
  fa: (value) => (PERSIAN_COMMON_WORDS.has(value) ? [] : [persianCardinal(value)]),
  he: hebrewCardinal,
  ko: koreanCardinal,
  vi: (value) => [vietnameseCardinal(value)],
});
/**
 * Ordinals spelled out, from n2words, for the languages whose cardinals came with them here (the
 * first twelve have theirs by hand in figures.ts), with their other genders where the language
 * inflects them so (Czech "třetí", "čtvrtý/čtvrtá/čtvrté"; Croatian, Ukrainian and Greek
 * likewise). Second is left out where the word is also "other": Swedish "andra", Danish "anden",
 * Norwegian "andre", Finnish "toinen", Czech "druhý", Croatian "drugi", Ukrainian "другий"
 * ("другий" is also "the other one"), Indonesian and Malay "kedua" (also "both").
 */
const ORDINAL_GENDERS: Readonly<Record<string, (form: string) => string[]>> = {
  cs: (form) => (form.endsWith("ý") ? [form, `${form.slice(0, -1)}á`, `${form.slice(0, -1)}é`] : [form]),
  hr: (form) => (form.endsWith("i") ? [form, `${form.slice(0, -1)}a`, `${form.slice(0, -1)}o`] : [form]),
  uk: (form) => (form.endsWith("ий") ? [form, `${form.slice(0, -2)}а`, `${form.slice(0, -2)}е`] : form.endsWith("ій") ? [form, `${form.slice(0, -2)}я`, `${form.slice(0, -2)}є`] : [form]),
  el: (form) => (form.endsWith("ος") ? [form, `${form.slice(0, -2)}η`, `${form.slice(0, -2)}ο`] : [form]),
};
const AMBIGUOUS_SECOND = new Set(["sv", "da", "nb", "no", "fi", "cs", "hr", "bs", "uk", "id", "ms"]);
const ORDINALS = lookupTable<(value: number) => string>({
  bs: croatianOrdinal, cs: czechOrdinal, da: danishOrdinal, el: greekOrdinal, fi: finnishOrdinal, hr: croatianOrdinal, hu: hungarianOrdinal,
  id: indonesianOrdinal, ms: malayOrdinal, nb: norwegianOrdinal, no: norwegianOrdinal, sv: swedishOrdinal, uk: ukrainianOrdinal,
});
/** Ordinals are read up to here: the periods copy numbers (quarters, rounds, places). */
const MAX_SPELLED_ORDINAL = 10;
/** Spelled numbers are read up to here: the "0–100"; past it copy writes digits. */
const MAX_SPELLED = 100;

/**
 * Intl's unit identifiers and the keys figures.ts gives the same units in English, so that "5
 * Kilometer" and "5 km" are one figure.
 */
const UNIT_KEYS: Record<string, string> = {
  percent: "%", kilometer: "km", meter: "m", kilogram: "kg", hectare: "ha", year: "yr", month: "mo", week: "wk", day: "d", hour: "h", minute: "min",
  // "40 Grad Celsius", "40 degrés Celsius" and "40 °C" are one temperature, as 40C and 40°C are in English.
  celsius: "°C", fahrenheit: "°F", degree: "deg",
};
/**
 * Currencies whose names are read after a number (symbols, $ € £ ¥, are read by figures.ts), and
 * the key figures.ts gives each in English copy, so that "12 Millionen Euro" and "€12 million" are
 * one figure.
 */
export const CURRENCY_KEYS: Readonly<Record<string, string>> = {
  EUR: "€", USD: "$", GBP: "£", JPY: "¥", CNY: "yuan", RUB: "₽", CHF: "CHF", INR: "₹", SAR: "riyal", AED: "AED",
  // Before the Egyptian pound: Turkish names both "lirası" ("Türk lirası", "Mısır lirası"), and copy
  // in Turkish that writes the noun alone means its own.
  TRY: "lira", EGP: "EGP", PLN: "zł",
  // Europe's other currencies, by their codes (English copy writes "SEK 120", "120 crowns").
  SEK: "SEK", NOK: "NOK", DKK: "DKK", CZK: "CZK", HUF: "HUF", RON: "RON", UAH: "UAH", BGN: "BGN", RSD: "RSD",
  // The Brazilian real, keyed as figures.ts keys its sign, R$ (dollarKey).
  BRL: "R$",
  KRW: "₩",
};
/**
 * Month names in the cases CLDR does not write: Greek's nominative and accusative ("τον Μάρτιο",
 * "ο Μάιος"), where Intl gives the genitive alone ("Μαρτίου"). Read without them, "τον Μάρτιο" →
 * "τον Απρίλιο" was a changed name.
 */
const HAND_MONTHS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  el: [
    ["ιανουάριος", "ιανουάριο"], ["φεβρουάριος", "φεβρουάριο"], ["μάρτιος", "μάρτιο"], ["απρίλιος", "απρίλιο"], ["μάιος", "μάιο"], ["ιούνιος", "ιούνιο"],
    ["ιούλιος", "ιούλιο"], ["αύγουστος", "αύγουστο"], ["σεπτέμβριος", "σεπτέμβριο"], ["οκτώβριος", "οκτώβριο"], ["νοέμβριος", "νοέμβριο"], ["δεκέμβριος", "δεκέμβριο"],
  ],
};
/** Units copy writes short where CLDR has none: Polish and Czech "3 proc." (procent). */
const HAND_UNITS: Record<string, Record<string, string>> = { pl: { proc: "%" }, cs: { proc: "%" }, ko: { 퍼센트: "%", 프로: "%" }, vi: { "phần trăm": "%" } };
/**
 * Dollars as Indonesian and Malay copy names them, by country: "dolar AS" where CLDR spells the
 * country out ("Dolar Amerika Serikat"), and the dollars CURRENCY_KEYS does not hold.
 */
const DOLLARS_IN_MALAY = { "dolar as": "$", "dolar singapura": "S$", "dolar australia": "A$", "dolar kanada": "C$" };
/**
 * Currency signs written as a word after the amount, by the language whose country writes them
 * ("2 mld zł"), and names copy writes short, by the keys figures.ts gives them.
 */
const CURRENCY_WORD_SIGNS: Record<string, Record<string, string>> = {
  pl: { "zł": "zł" },
  id: DOLLARS_IN_MALAY,
  ms: DOLLARS_IN_MALAY,
  // The press's short names, before their full stop: "1,2 трлн руб." (rubles), "1,2 млрд грн" (hryvnias).
  ru: { руб: "₽" },
  uk: { грн: "UAH", руб: "₽" },
  be: { руб: "₽" },
};
/**
 * Where each currency but the euro is from, as the language names it, to tell a currency name's
 * country word from its noun: the country (CLDR region), and for the dollar the Americas (Bosnian
 * "američki", Czech "americký", whose "United States" has no such word) and for the pound the
 * English language (Ukrainian "англійський", Turkish "İngiliz").
 */
const CURRENCY_PLACES: Record<string, { regions: string[]; language?: string }> = {
  // The British Virgin Islands (VG) for the pound: their name holds the language's "British"
  // (Britische, Britse, Britské), which "Britisches Pfund" opens with and no name of Britain's does.
  USD: { regions: ["US", "019"] }, GBP: { regions: ["GB", "VG"], language: "en" }, JPY: { regions: ["JP"] }, CNY: { regions: ["CN"] }, RUB: { regions: ["RU"] },
  CHF: { regions: ["CH"] }, INR: { regions: ["IN"] }, KRW: { regions: ["KR"] }, SAR: { regions: ["SA"] }, AED: { regions: ["AE"] }, EGP: { regions: ["EG"] }, TRY: { regions: ["TR"] },
  PLN: { regions: ["PL"] }, SEK: { regions: ["SE"] }, NOK: { regions: ["NO"] }, DKK: { regions: ["DK"] }, CZK: { regions: ["CZ"] }, HUF: { regions: ["HU"] },
  RON: { regions: ["RO"] }, UAH: { regions: ["UA"] }, BGN: { regions: ["BG"] }, RSD: { regions: ["RS"] }, BRL: { regions: ["BR"] },
};
/** A letter of any script: a currency name's part without one is its sign. */
const LETTER = onFirstUse(() => /\p{L}/u);
/** Letters a country word of a currency's name shares with the place's name at least: rus / Rus-ya, kin-eski / Kin-a. */
const COUNTRY_STEM = 3;

/**
 * Whether a lower-case word of a currency's name names its country (russische, японских, rus,
 * kineski) rather than the currency: it begins as a word of the place's name begins, by three
 * letters at least (Russ-land, Япон-ия, Kin-a), or four of its first letters are inside one
 * (Stor-brit-annien, Велико-брит-ания).
 */
function isCountryWord(word: string, place: readonly string[]): boolean {
  if (word.length < COUNTRY_STEM) return false;
  return place.some((part) => {
    let shared = 0;
    while (shared < word.length && shared < part.length && word[shared] === part[shared]) shared += 1;
    return shared >= COUNTRY_STEM || (word.length >= 4 && part.includes(word.slice(0, 4)));
  });
}
/** One letter of the Latin script. */
const LATIN_LETTER = onFirstUse(() => /^\p{Script=Latin}$/u);
/** A word of two ASCII letters or fewer: a preposition or an abbreviation more often than a currency's name. */
const SHORT_ASCII_WORD = /^[a-z]{1,2}$/u;
/** Values that land in every plural category CLDR has for these languages (one, two, few, many, other). */
const PLURAL_SAMPLES = [1, 2, 3, 5, 11, 21, 100, 1.5];
/**
 * Scales as the press writes them short where CLDR writes them otherwise: Greek "εκατ." (million;
 * CLDR "εκ.") and "τρισ." (trillion). "2,5 δισ. ευρώ" → "2,5 εκατ. ευρώ" (billion → million) was
 * read as a word changed beside the same 2.5.
 */
const PRESS_SCALES: Readonly<Record<string, Readonly<Record<string, number>>>> = { el: { εκατ: 6, τρισ: 12 } };
/**
 * Percent as copy writes it where CLDR writes it otherwise: Arabic "في المئة" and "بالمئة" (CLDR
 * "بالمائة"), Romanian "la sută" (CLDR has none). "5 في المئة" → "5%" was number wording.
 */
const PRESS_UNITS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  ar: { "في المئة": "%", "في المائة": "%", بالمئة: "%" },
  ro: { "la sută": "%", "la suta": "%", "la sutǎ": "%" },
};


/** Letters an inflection puts after a month's stem (марте, январе). */
const MAX_INFLECTION = 2;
/**
 * Letters a case ending puts after a month's whole name, where the name is its own stem: Finnish
 * "maaliskuu-ssa", "-sta", "-lla" (in, from, by March), Czech "listopad-em"; for names of
 * MIN_NAME_FOR_CASE_ENDING letters or more (Finnish "elokuu"), after which three letters make no
 * other word, where Russian "март" and "мартини" would.
 */
const MAX_INFLECTION_AFTER_NAME = 3;
const MIN_NAME_FOR_CASE_ENDING = 6;

/** The month a lower-case word names by its stem and an ending of up to MAX_INFLECTION letters, or undefined. */
export function monthOfStem(word: string, locale: FigureLocale): number | undefined {
  if (locale.monthStems.size === 0) return undefined;
  for (let cut = 1; cut <= MAX_INFLECTION_AFTER_NAME && cut < word.length; cut++) {
    const stem = word.slice(0, -cut);
    const month = locale.monthStems.get(stem);
    if (month !== undefined && (cut <= MAX_INFLECTION || (stem.length >= MIN_NAME_FOR_CASE_ENDING && locale.months.has(stem)))) return month;
  }
  return undefined;
}

/**
 * Letters an inflection puts after a currency noun's stem: Turkish "dolar-a", "dolar-dan" and
 * Hindi "रुपय-े" (CLDR writes "doları", "रुपया"), Hungarian "dollár-t", "dollár-ral", Polish
 * "dolar-om". Three only when the first is no vowel: the case endings of Turkish and Hungarian
 * are such, where Romance and Slavic languages make adjectives and peoples with a vowel
 * (Italian "franc-esi", French people, read as Swiss francs).
 */
const MAX_CURRENCY_ENDING = 3;
const MAX_VOWEL_ENDING = 2;
/**
 * A stem is a currency noun of five letters or more, or one without its final vowel (which an
 * inflection replaces: dollar-o, dollar-i); no stem is shorter than four letters: "euro" would
 * take "Europa" after a number, and "yen" Turkish "yeni" ("new").
 */
const MIN_STEMMED_NOUN = 5;
const MIN_CURRENCY_STEM = 4;
/** A vowel an inflection replaces or begins with: Latin (with Turkish ı), Cyrillic (with ь and й), Greek, and the vowel signs of Indic scripts (marks). */
const VOWEL = onFirstUse(() => /^(?:[aeiouyàáâãäåèéêëìíîïòóôõöøùúûüýıœąęįųаеёиоуыэюяьйαεηιουωάέήίόύώ]|\p{M})$/u);

/**
 * A noun of four letters that ends in a vowel (euro, lira) is a stem too, marked so: it takes only
 * an ending that begins with a consonant a case ending begins with (Turkish "euro-ya", "lira-dan",
 * Hungarian "euró-t", "euró-val"), so that "Europa" is still no euro.
 */
const SHORT_STEM = "\u0001";
const SHORT_STEM_ENDING = /^[bdhklnrstvy]/u;
/**
 * Turkish names a currency with a compound ("Rus rublesi", "Türk lirası", "Japon yeni"), whose noun
 * carries the compound's suffix: the noun itself is the word less it ("ruble", "lira", "yen").
 */
const TURKISH_COMPOUND_SUFFIX = /s?[ıiuü]$/u;

/**
 * The stems of a lower-case currency noun (see MIN_STEMMED_NOUN and SHORT_STEM), each with the key
 * it reads as. `compound`: the noun is the last word of a Turkish compound name, suffixed.
 */
function currencyStemsOf(noun: string, key: string, compound = false): [string, string][] {
  const stems: [string, string][] = noun.length >= MIN_STEMMED_NOUN ? [[noun, key]] : [];
  if (VOWEL().test(noun[noun.length - 1]!)) {
    if (noun.length - 1 >= MIN_CURRENCY_STEM) stems.push([noun.slice(0, -1), key]);
    // "yeni" of "Japon yeni" is "yen" suffixed, and "yeniden" is "again": only the noun is a stem.
    else if (noun.length === MIN_CURRENCY_STEM && !compound) stems.push([noun, SHORT_STEM + key]);
  }
  const suffix = compound ? TURKISH_COMPOUND_SUFFIX.exec(noun) : null;
  if (suffix && noun.length - suffix[0].length >= MIN_CURRENCY_STEM) stems.push(...currencyStemsOf(noun.slice(0, suffix.index), key));
  return stems;
}

/** The currency a lower-case word names by a noun's stem and an ending of up to MAX_CURRENCY_ENDING letters, or undefined. */
export function currencyOfStem(word: string, locale: FigureLocale): string | undefined {
  if (locale.currencyStems.size === 0) return undefined;
  for (let ending = 0; ending <= MAX_CURRENCY_ENDING && word.length - ending >= MIN_CURRENCY_STEM; ending++) {
    if (ending > MAX_VOWEL_ENDING && VOWEL().test(word[word.length - ending]!)) break;
    const key = locale.currencyStems.get(ending === 0 ? word : word.slice(0, -ending));
    // "" marks a stem two currencies share.
    if (key === undefined) continue;
    if (key.startsWith(SHORT_STEM)) {
      if (ending > 0 && SHORT_STEM_ENDING.test(word[word.length - ending]!)) return key.slice(SHORT_STEM.length);
      continue;
    }
    return key === "" ? undefined : key;
  }
  return undefined;
}

/** Letters a compound adds to a weekday at least: Dutch "zaterdag-ochtend", German "Samstag-abend". */
const MIN_WEEKDAY_COMPOUND_REST = 3;

/**
 * The weekday a lower-case compound word begins with, in languages that write compounds ("zaterdagochtend",
 * "Sonntagabend", "måndagskvällen"), or undefined. Not before an "e": German "Montage-" (assembly:
 * "Montagewerk") is no Monday.
 */
export function weekdayOfCompound(word: string, locale: FigureLocale): number | undefined {
  if (word.length < 4 + MIN_WEEKDAY_COMPOUND_REST) return undefined;
  for (const [name, weekday] of locale.weekdays) {
    if (name.length >= 4 && word.length >= name.length + MIN_WEEKDAY_COMPOUND_REST && word.startsWith(name) && word[name.length] !== "e" && !name.includes(" ")) return weekday;
  }
  return undefined;
}

/**
 * Endings that languages marking case or definiteness on the noun put after a month's or weekday's
 * name as CLDR writes it: Finnish "tiistai-na" (on Tuesday), "maaliskuu-ssa" (in March); Hungarian
 * "kedd-en", "március-ban", "szerdá-n" (a final a or e lengthened, CLDR's "szerda"); Swedish,
 * Danish and Norwegian definite and genitive forms, "måndag-en", "i måndag-s", "mandag-ens";
 * Estonian "märts-il", "aprill-is".
 * Listed, not guessed: Italian "maggio-re" (greater) and Spanish "junio-r" are no months.
 */
const NAME_ENDINGS = lookupTable<readonly string[]>({
  fi: ["na", "nä", "ssa", "ssä", "sta", "stä", "lla", "llä", "lta", "ltä", "lle", "n", "ksi", "hin", "ta", "tä"],
  hu: ["n", "en", "on", "ön", "ban", "ben", "ig", "ra", "re", "tól", "től", "hoz", "hez", "höz", "i"],
  sv: ["en", "ens", "s"],
  da: ["en", "ens", "s"],
  nb: ["en", "ens", "s"],
  no: ["en", "ens", "s"],
  // Estonian's cases, on the name or its genitive: "märtsil" (in March), "aprillis", "esmaspäeval".
  et: ["il", "al", "l", "is", "as", "s", "ist", "ast", "st", "iks", "aks"],
  // Korean's particles, written onto the word: "화요일에" (on Tuesday), "화요일까지" (until Tuesday).
  ko: ["에", "에는", "에도", "에서", "은", "는", "이", "가", "을", "를", "의", "까지", "부터", "로", "으로", "와", "과", "도", "만"],
});
/**
 * What Korean writes onto a counted figure after its counter: the particles above, and the
 * copula's forms ("500원이었다", it was 500 won; "5명이며", five people and). Longest first.
 */
const KOREAN_FIGURE_ENDINGS = onFirstUse(() =>
  [...new Set([...NAME_ENDINGS["ko"]!, "이었다", "이었던", "였다", "였던", "이다", "이며", "이고", "이라", "인", "씩", "에게", "께"])].sort((a, b) => b.length - a.length),
);
/** Korean's counters: what a number counts, written onto it or after it ("5명", "다섯 명", five people). */
export const KOREAN_COUNTERS: ReadonlySet<string> = new Set(["명", "개", "곳", "건", "차례", "번", "살", "대", "척", "채", "마리", "권", "가지", "개국", "편", "벌", "켤레", "그루", "장", "통", "잔", "병", "알"]);

/**
 * A Korean word written onto a figure or after it, less the particle or copula on it: its counter,
 * unit, currency or scale word ("명이" → "명", "퍼센트로" → "퍼센트", "원이었다" → "원"), or null
 * when it is none of them.
 */
export function koreanFigureWord(word: string, locale: FigureLocale): string | null {
  const known = (stem: string) => KOREAN_COUNTERS.has(stem) || locale.units.has(stem) || locale.currencies.has(stem) || locale.scales.has(stem);
  if (known(word)) return word;
  for (const ending of KOREAN_FIGURE_ENDINGS()) {
    if (word.length > ending.length && word.endsWith(ending) && known(word.slice(0, -ending.length))) return word.slice(0, -ending.length);
  }
  return null;
}

/** Names shorter than MIN_NAME_WITH_ENDING that take endings all the same: a Korean weekday is three syllables ("화요일"). */
const MIN_NAME_WITH_ENDING_IN: Readonly<Record<string, number>> = { ko: 3 };
/** Hungarian lengthens a name's final vowel before an ending: "szerda" → "szerdán". */
const LENGTHENED: Readonly<Record<string, string>> = { á: "a", é: "e" };
/** Names shorter than this take no ending here: Danish "maj" + "s" is maize. */
const MIN_NAME_WITH_ENDING = 4;

/**
 * The value of a name in `names` (the locale's months, weekdays or scales) that `word` (lower-case) is with
 * one of its language's NAME_ENDINGS, or with a Turkish suffix after an apostrophe ("Mart'ta",
 * "Pazartesi'ye"), or undefined.
 */
export function nameWithEnding(word: string, names: ReadonlyMap<string, number>, locale: FigureLocale): number | undefined {
  const language = primaryLanguage(locale.tag);
  if (language === "tr") {
    const apostrophe = word.search(/['’]/u);
    return apostrophe > 0 ? names.get(word.slice(0, apostrophe)) : undefined;
  }
  const endings = NAME_ENDINGS[language];
  if (endings === undefined) return undefined;
  const shortest = MIN_NAME_WITH_ENDING_IN[language] ?? MIN_NAME_WITH_ENDING;
  for (let k = 0; k < endings.length; k++) {
    const ending = endings[k]!;
    if (word.length < shortest + ending.length || !word.endsWith(ending)) continue;
    const name = word.slice(0, -ending.length);
    const value = names.get(name) ?? (LENGTHENED[name.slice(-1)] === undefined ? undefined : names.get(name.slice(0, -1) + LENGTHENED[name.slice(-1)]));
    if (value !== undefined) return value;
  }
  return undefined;
}

/** The shortest stem a month is known by (июн-е); shorter ones (ма-й) are other words' beginnings too. */
const MIN_MONTH_STEM = 3;

const cache = new Map<string, FigureLocale | null>();

/**
 * The figure data for a language tag, or null for English (and undetermined) copy, which figures.ts
 * reads with its own tables. The build's table (text/locale-table.ts) answers for the languages
 * the detector names; Intl, for any other tag.
 */
export function figureLocale(tag: string): FigureLocale | null {
  let locale = cache.get(tag);
  if (locale === undefined) {
    const language = primaryLanguage(tag);
    if (language === "en" || language === UNDETERMINED) locale = null;
    else {
      const prebuilt = prebuiltLocale(tag);
      locale = prebuilt ? fromFacts(prebuilt.figures as FigureLocaleFacts | null) : buildFigureLocale(tag);
    }
    cache.set(tag, locale);
  }
  return locale;
}

/** The figure data of a language tag (not English) from Intl and n2words, or null where Intl has no data for it: what the build's table holds. */
export function buildFigureLocale(tag: string): FigureLocale | null {
  return supported(tag) ? build(tag, primaryLanguage(tag)) : null;
}

/** A FigureLocale as JSON holds it: each map as its entries and each set as its items, in their order. */
export type FigureLocaleFacts = {
  [K in keyof FigureLocale]: FigureLocale[K] extends Map<infer Key, infer Value> ? [Key, Value][] : FigureLocale[K] extends Set<infer Item> ? Item[] : FigureLocale[K];
};

/** The fields of a FigureLocale that are sets: its other lists, as facts, are maps' entries. */
const SET_FIELDS: ReadonlySet<string> = new Set(["dateWords", "starters", "parts"] satisfies (keyof FigureLocale)[]);

export function figureLocaleFacts(locale: FigureLocale): FigureLocaleFacts {
  const facts: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(locale)) facts[field] = value instanceof Map || value instanceof Set ? [...value] : value;
  return facts as FigureLocaleFacts;
}

function fromFacts(facts: FigureLocaleFacts | null): FigureLocale | null {
  if (facts === null) return null;
  const locale: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(facts) as [string, unknown][]) {
    locale[field] = !Array.isArray(value) ? value : SET_FIELDS.has(field) ? new Set(value) : new Map(value as [unknown, unknown][]);
  }
  return locale as unknown as FigureLocale;
}

function supported(tag: string): boolean {
  try {
    return Intl.NumberFormat.supportedLocalesOf([tag]).length > 0;
  } catch {
    return false;
  }
}

const lowerWords = (text: string) => text.toLowerCase().trim().replace(/\s+/gu, " ");
/** A formatted number's words, without its digits and signs: "5 Kilometer" → "kilometer". */
const wordsOf = (parts: Intl.NumberFormatPart[], types: readonly string[]) => lowerWords(parts.filter((part) => types.includes(part.type)).map((part) => part.value).join(" "));

/**
 * Languages so close that a sentence or two of one reads as the other (Indonesian and Malay, Danish
 * and Norwegian, Czech and Slovak, Croatian and Bosnian): each reads the other's names of months
 * and weekdays and its unit words too, so that "Rapat digelar pada Senin" (Monday), detected as
 * Malay, whose Monday is "Isnin", still holds its weekday. Their numbers and separators are the same.
 */
const SIBLING_LANGUAGES: Readonly<Record<string, string>> = lookupTable({ id: "ms", ms: "id", da: "nb", nb: "da", no: "da", cs: "sk", sk: "cs", hr: "bs", bs: "hr" });

function build(tag: string, language: string, withSibling = true): FigureLocale {
  const plain = new Intl.NumberFormat(tag);
  const numberParts = plain.formatToParts(1234567.5);
  // The language's own digits (০–৯ in Bengali, ०–९ in Nepali and Marathi, ۰–۹ in Persian) → 0–9,
  // for reading the numbers Intl writes with them.
  const digitValues = new Map(Array.from({ length: 10 }, (_, digit) => [plain.format(digit), String(digit)] as const));
  const latinDigits = (text: string) => text.replace(/\p{Nd}/gu, (digit) => digitValues.get(digit) ?? digit);
  const group = numberParts.find((part) => part.type === "group")?.value ?? ",";
  const decimal = numberParts.find((part) => part.type === "decimal")?.value ?? ".";
  const locale: FigureLocale = {
    tag,
    group,
    decimal,
    lakhGroups: new Intl.NumberFormat(tag, { numberingSystem: "latn" }).format(5_000_000) === `50${group}00${group}000`,
    months: new Map(),
    monthStems: new Map(),
    weekdays: new Map(),
    spelled: new Map(),
    ordinals: new Map(),
    scales: new Map(),
    units: new Map(),
    unitsBefore: new Map(),
    currencies: new Map(),
    currencyStems: new Map(),
    dateWords: new Set(),
    numericDate: null,
    longestPhrase: 1,
    starters: new Set(),
    parts: new Set(),
  };
  const day = (month: number, date: number) => new Date(Date.UTC(2024, month, date, 12));
  const utc = { timeZone: "UTC" } as const;
  // One formatter for each form, used for every month and weekday: making a formatter is most of the cost.
  const monthFormats = [new Intl.DateTimeFormat(tag, { month: "long", ...utc }), new Intl.DateTimeFormat(tag, { month: "long", day: "numeric", ...utc })];
  for (let month = 0; month < 12; month++) {
    const forms: string[] = [];
    for (const format of monthFormats) {
      const name = format.formatToParts(day(month, 15)).find((part) => part.type === "month")?.value;
      // Months written in digits (3月) are read as numeric dates below.
      if (!name || /\p{Nd}/u.test(name)) continue;
      forms.push(lowerWords(name).replace(/\.$/u, ""));
      locale.months.set(forms[forms.length - 1]!, month + 1);
    }
    const [standalone, inDate] = forms;
    if (standalone !== undefined && inDate !== undefined && standalone !== inDate) {
      let shared = 0;
      while (shared < standalone.length && standalone[shared] === inDate[shared]) shared += 1;
      if (shared >= MIN_MONTH_STEM) locale.monthStems.set(standalone.slice(0, shared), month + 1);
    }
  }
  // 2024-01-01 was a Monday.
  const weekdayFormats = { long: new Intl.DateTimeFormat(tag, { weekday: "long", ...utc }), short: new Intl.DateTimeFormat(tag, { weekday: "short", ...utc }) };
  for (let weekday = 0; weekday < 7; weekday++) {
    for (const width of ["long", "short"] as const) {
      const name = lowerWords(weekdayFormats[width].format(day(0, weekday + 1))).replace(/\.$/u, "");
      // Short names are taken where they are no abbreviation of a common word: two or more
      // characters of a script without letter case (周一), not "Mo", "lun", "月".
      if (width === "short" && (name.length < 2 || /[\p{Lu}\p{Ll}]/u.test(name))) continue;
      locale.weekdays.set(name, weekday + 1);
    }
  }
  const dateParts = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", ...utc }).formatToParts(day(2, 4));
  for (const part of dateParts) if (part.type === "literal") for (const word of lowerWords(part.value).split(" ")) if (/\p{L}/u.test(word)) locale.dateWords.add(word.replace(/\.$/u, ""));
  // A language that writes the month in digits in a long date writes a character after each part (2024年3月4日).
  const after = (type: string) => {
    const index = dateParts.findIndex((part) => part.type === type);
    const own = /^\p{Nd}+(\p{L})$/u.exec(dateParts[index]?.value ?? "");
    return own ? own[1]! : (dateParts[index + 1]?.value.trim() ?? "");
  };
  const monthInDigits = /\p{Nd}/u.test(dateParts.find((part) => part.type === "month")?.value ?? "");
  if (monthInDigits && [after("year"), after("month"), after("day")].every((text) => /^\p{L}$/u.test(text))) {
    locale.numericDate = { year: after("year"), month: after("month"), day: after("day") };
  }

  const cardinal = CARDINALS[language];
  if (cardinal) for (let value = 0; value <= MAX_SPELLED; value++) for (const form of cardinal(value)) locale.spelled.set(lowerWords(form), value);
  const ordinal = ORDINALS[language];
  if (ordinal) {
    for (let value = 1; value <= MAX_SPELLED_ORDINAL; value++) {
      if (value === 2 && AMBIGUOUS_SECOND.has(language)) continue;
      // Ukrainian's і is Cyrillic (n2words writes "третiй" with a Latin i).
      const written = lowerWords(language === "uk" ? ordinal(value).replaceAll("i", "і") : ordinal(value));
      for (const form of ORDINAL_GENDERS[language]?.(written) ?? [written]) if (!form.includes(" ")) locale.ordinals.set(form, value);
    }
  }

  for (const display of ["long", "short"] as const) {
    const format = new Intl.NumberFormat(tag, { notation: "compact", compactDisplay: display });
    for (let power = 3; power <= 15; power++) {
      for (const multiple of [1, 2, 5, 1.5]) {
        const parts = format.formatToParts(multiple * 10 ** power);
        const word = wordsOf(parts, ["compact"]).replace(/\.$/u, "");
        // One letter (k, M) is too often something else; Chinese and Japanese scales are one
        // character, and Korean's one syllable (만, 억, 조).
        if (word === "" || (word.length < 2 && !/[\p{Script=Han}\p{Script=Hangul}]/u.test(word))) continue;
        // Read in Latin digits: Number("৫") is NaN, and a scale of NaN made "5 লাখ" (500,000) and
        // "5 হাজার" (5,000) one figure.
        const written = Number(latinDigits(parts.filter((part) => part.type === "integer" || part.type === "fraction" || part.type === "decimal").map((part) => (part.type === "decimal" ? "." : part.value)).join("")) || "1");
        const scale = Math.round(Math.log10((multiple * 10 ** power) / written));
        if (!locale.scales.has(word)) locale.scales.set(word, scale);
      }
    }
  }
  for (const [word, scale] of Object.entries(PRESS_SCALES[language] ?? {})) if (!locale.scales.has(word)) locale.scales.set(word, scale);
  for (const [words, unit] of Object.entries(PRESS_UNITS[language] ?? {})) if (!locale.units.has(words)) locale.units.set(words, unit);
  for (const [unit, key] of Object.entries(UNIT_KEYS)) {
    for (const display of ["long", "short"] as const) {
      let format: Intl.NumberFormat;
      try {
        format = new Intl.NumberFormat(tag, { style: "unit", unit, unitDisplay: display });
      } catch {
        continue;
      }
      for (const value of PLURAL_SAMPLES) {
        const parts = format.formatToParts(value);
        const word = wordsOf(parts, ["unit", "percentSign"]);
        // A unit written as one Latin letter is taken only as the unit's own symbol (m, h, d):
        // Spanish "a" (año) is the preposition of "de 5 a 7", and "j", "y", "w" abbreviate words.
        if (LATIN_LETTER().test(word) && word !== key) continue;
        const before = parts.findIndex((part) => part.type === "unit" || part.type === "percentSign") < parts.findIndex((part) => part.type === "integer");
        const units = before ? locale.unitsBefore : locale.units;
        if (word !== "" && !units.has(word)) units.set(word, key);
      }
    }
  }
  const regionNames = new Intl.DisplayNames(tag, { type: "region" });
  const languageNames = new Intl.DisplayNames(tag, { type: "language" });
  // The currency of the language's own country first, so that its bare noun is its own: Danish
  // "kroner" is the krone, though "svenske kroner" (the krona) has the noun too.
  const home = new Intl.Locale(tag).maximize().region;
  const currencies = Object.entries(CURRENCY_KEYS).sort(([a], [b]) => Number(CURRENCY_PLACES[b]?.regions[0] === home) - Number(CURRENCY_PLACES[a]?.regions[0] === home));
  for (const [code, key] of currencies) {
    // The sign the language writes in letters after an amount: Swedish "120 kr", Czech "120 Kč",
    // Hungarian "1200 Ft", Danish "kr." (CLDR's symbol, not its narrow one: in Swedish copy "kr" is
    // the krona, and the Norwegian krone "Nkr").
    const symbol = new Intl.NumberFormat(tag, { style: "currency", currency: code, minimumFractionDigits: 0 }).formatToParts(1).find((part) => part.type === "currency")?.value;
    const sign = symbol?.toLowerCase().replace(/\.$/u, "");
    if (sign !== undefined && symbol !== code && sign.length >= 2 && LETTER().test(sign) && !locale.currencies.has(sign)) locale.currencies.set(sign, key);
    // No fraction digits for whole amounts: written "5,00", every amount took the plural form of
    // fractions, and Russian had "доллара" but not "долларов", the form after 5 and after a scale.
    const format = new Intl.NumberFormat(tag, { style: "currency", currency: code, currencyDisplay: "name", minimumFractionDigits: 0 });
    const places = CURRENCY_PLACES[code];
    const placeNames = places === undefined ? [] : [...places.regions.map((region) => regionNames.of(region)), places.language === undefined ? undefined : languageNames.of(places.language)];
    const country = placeNames.flatMap((placeName) => (placeName === undefined ? [] : lowerWords(placeName).split(/[\s-]+/u)));
    for (const value of PLURAL_SAMPLES) {
      // The name's words alone: Turkish writes the lira's sign in its name's format too ("₺5 Türk lirası").
      const written = format.formatToParts(value).filter((part) => part.type === "currency" && LETTER().test(part.value)).map((part) => part.value).join(" ");
      const name = lowerWords(written);
      if (name === "") continue;
      if (!locale.currencies.has(name)) locale.currencies.set(name, key);
      // Copy writes the currency's noun alone: "dollars" of "dollars des États-Unis", "Dollar" of
      // "US-Dollar", "рублей" of "российских рублей", "doları" of "ABD doları". It is the name's
      // first word that is no country word (russische, японских, rus), no abbreviation (США, ABD)
      // and no word of two ASCII letters or fewer (Romanian's plural "de yeni japonezi").
      const words = written.trim().split(/\s+/u);
      const noun = words.find((word) => {
        const lower = word.toLowerCase();
        const abbreviation = word.length > 1 && word === word.toUpperCase() && word !== lower;
        return !SHORT_ASCII_WORD.test(lower) && !abbreviation && !isCountryWord(lower, country);
      });
      if (noun === undefined) continue;
      const lowerNoun = noun.toLowerCase();
      for (const word of [lowerNoun, lowerNoun.split("-").pop()!]) {
        if (word !== name && !SHORT_ASCII_WORD.test(word) && !locale.currencies.has(word)) locale.currencies.set(word, key);
        for (const [stem, stemKey] of currencyStemsOf(word, key, primaryLanguage(tag) === "tr" && words.length > 1)) {
          const known = locale.currencyStems.get(stem);
          locale.currencyStems.set(stem, known === undefined || known === stemKey ? stemKey : "");
        }
      }
    }
  }
  for (const [word, key] of Object.entries(HAND_UNITS[language] ?? {})) if (!locale.units.has(word)) locale.units.set(word, key);
  (HAND_MONTHS[language] ?? []).forEach((forms, month) => {
    for (const form of forms) if (!locale.months.has(form)) locale.months.set(form, month + 1);
  });
  for (const [sign, key] of Object.entries(CURRENCY_WORD_SIGNS[language] ?? {})) if (!locale.currencies.has(sign)) locale.currencies.set(sign, key);
  const sibling = SIBLING_LANGUAGES[language];
  if (sibling !== undefined && withSibling && supported(sibling)) {
    const other = build(sibling, sibling, false);
    const merge = <T>(into: Map<string, T>, from: ReadonlyMap<string, T>) => {
      for (const [name, value] of from) if (!into.has(name)) into.set(name, value);
    };
    merge(locale.months, other.months);
    merge(locale.weekdays, other.weekdays);
    merge(locale.units, other.units);
  }
  for (const map of [locale.months, locale.weekdays, locale.spelled, locale.scales, locale.units, locale.unitsBefore, locale.currencies]) {
    for (const phrase of map.keys()) {
      const words = phrase.split(" ");
      locale.longestPhrase = Math.max(locale.longestPhrase, words.length);
      for (const word of words) locale.parts.add(word);
    }
  }
  for (const map of [locale.months, locale.weekdays, locale.spelled, locale.ordinals, locale.unitsBefore]) for (const phrase of map.keys()) locale.starters.add(phrase.split(" ")[0]!);
  return locale;
}

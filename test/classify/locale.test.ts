// Figures in other languages: each read with its language's CLDR data (src/classify/locale.ts).
import { describe, expect, it } from "vitest";
import { findFigures } from "../../src/classify/figures.js";
import { figureLocale } from "../../src/classify/locale.js";
import { classifyTexts } from "../../src/classify/evaluate.js";
import { compareTexts } from "../../src/compare.js";

const figures = (text: string, tag: string) => findFigures(text, undefined, figureLocale(tag)).map((figure) => [figure.text, figure.key]);
/** The kinds of a one-sentence comparison read in `lang`. */
const kindsIn = (lang: string, oldText: string, newText: string) => compareTexts({ path: "o", text: oldText }, { path: "n", text: newText }, { lang }).pairs.flatMap((pair) => pair.kinds);

describe("figureLocale", () => {
  it("is null for English and undetermined copy, which figures.ts reads with its own tables", () => {
    expect([figureLocale("en"), figureLocale("en-GB"), figureLocale("und")]).toEqual([null, null, null]);
  });

  it("takes separators, names and scale words from CLDR", () => {
    const german = figureLocale("de")!;
    expect([german.group, german.decimal]).toEqual([".", ","]);
    expect([german.months.get("märz"), german.weekdays.get("dienstag"), german.scales.get("millionen"), german.units.get("prozent"), german.spelled.get("zwölf")]).toEqual([3, 2, 6, "%", 12]);
    const french = figureLocale("fr")!;
    expect([french.group, french.decimal]).toEqual(["\u202f", ","]);
    expect(figureLocale("de-CH")!.group).toMatch(/^['’]$/u);
    const russian = figureLocale("ru")!;
    expect([russian.months.get("марта"), russian.monthStems.get("март"), russian.scales.get("миллиона")]).toEqual([3, 3, 6]);
    expect(figureLocale("zh")!.numericDate).toEqual({ year: "年", month: "月", day: "日" });
    expect([figureLocale("zh")!.scales.get("万"), figureLocale("ja")!.scales.get("億")]).toEqual([4, 8]);
  });

  it("reads the scale of a word that CLDR writes after the language's own digits", () => {
    // Intl writes Bengali, Marathi, Nepali, Burmese and Persian numbers in their own digits: read as
    // they came, "১ লাখ" gave no number, and every scale word of these languages was NaN.
    expect([figureLocale("bn")!.scales.get("লাখ"), figureLocale("mr")!.scales.get("हजार"), figureLocale("fa")!.scales.get("میلیون"), figureLocale("my")!.scales.get("သိန်း")]).toEqual([5, 3, 6, 5]);
  });
});

describe("findFigures in other languages", () => {
  it("reads separators by the language: 1.200 is 1,200 in German and 1.2 in English", () => {
    expect(figures("Es sind 1.200 Mitarbeiter und 1.200,5 Tonnen, 3,5 Prozent.", "de")).toEqual([
      ["1.200", "n:1200||"],
      ["1.200,5", "n:1200.5||"],
      ["3,5 Prozent", "n:3.5||%"],
    ]);
    expect(findFigures("It is 1.200 tonnes.")[0]!.key).toBe("n:1.2||t");
    // Written the English way in German copy, a figure is read the English way.
    expect(figures("Der Kurs stieg auf 1,200.50 Dollar.", "de")).toEqual([["1,200.50 Dollar", "n:1200.5|$|"]]);
  });

  it("joins digit groups cut apart by spaces, Arabic marks and Swiss apostrophes", () => {
    expect(figures("Il y a 1\u202f200,5 tonnes et 2\u00a0000\u00a0000 habitants.", "fr")).toEqual([
      ["1\u202f200,5 tonnes", "n:1200.5||t"],
      ["2\u00a0000\u00a0000", "n:2000000||"],
    ]);
    // Plain spaces group digits in groups of three in any language, the SI's way, but not past a group of four.
    expect(figures("soit 1 200 salariés", "fr")).toEqual([["1 200", "n:1200||"]]);
    expect(figures("also 1 200 Leute", "de").map(([, key]) => key)).toEqual(["n:1200||"]);
    expect(figures("im Jahr 2019 300 Leute", "de").map(([, key]) => key)).toEqual(["n:2019||", "n:300||"]);
    expect(figures("Es kostet 1'200.5 Franken.", "de-CH")).toEqual([["1'200.5 Franken", "n:1200.5|CHF|"]]);
    expect(figures("بلغ ١٢٬٥٠٠ و ٢٫٥٪", "ar").map(([, key]) => key)).toEqual(["n:12500||", "n:2.5||%"]);
  });

  it("tells scales apart in languages that write their own digits: 5 lakh is not 5 thousand", () => {
    expect(figures("रकम 5 लाख रुपये थी।", "ne")[0]![1]).not.toBe(figures("रकम 5 हजार रुपये थी।", "ne")[0]![1]);
    expect(figures("রাশি 5 লাখ টাকা।", "bn")[0]![1]).toBe(figures("রাশি 500 হাজার টাকা।", "bn")[0]![1]);
  });

  it("reads digits of other scripts as the same value", () => {
    expect(figures("রাশি ৫ লাখ টাকা।", "bn")[0]![1]).toBe(figures("রাশি ৫০০ হাজার টাকা।", "bn")[0]![1]);
    expect(figures("রাশি ৫ লাখ টাকা।", "bn")[0]![1]).not.toBe(figures("রাশি ৭ লাখ টাকা।", "bn")[0]![1]);
    expect(figures("ราคา ๕๐๐ บาท", "th")).toEqual([["๕๐๐", "n:500||"]]);
    expect(figures("விலை ௫௦௦ ரூபாய்", "ta")).toEqual([["௫௦௦ ரூபாய்", "n:500|₹|"]]);
    expect(figures("عن ٤٢٠ وظيفة", "ar")).toEqual([["٤٢٠", "n:420||"]]);
    expect(figures("事故造成４２０人受伤", "zh")).toEqual([["４２０人", "n:420||人"]]);
  });

  it("reads Chinese and Japanese scales, counters and dates", () => {
    expect(figures("已有420名水手，损失达420万元", "zh")).toEqual([
      ["420名", "n:420||名"],
      ["420万元", "n:4200000||元"],
    ]);
    expect(figures("会议定于2024年3月4日举行，早上5点出发", "zh")).toEqual([
      ["2024年3月4日", "d:3-4-2024"],
      ["5点", "n:5||点"],
    ]);
    expect(figures("会議は3月4日に", "ja")).toEqual([["3月4日", "d:3-4-"]]);
    expect(figures("共有十二名工人", "zh")).toEqual([["十二名", "n:12||名"]]);
    // A numeral inside a word is no figure: 一些, 一直.
    expect(figures("他们一直在努力", "zh")).toEqual([]);
  });

  it("reads weekdays, months and dates in the language's layout", () => {
    expect(figures("am Montag, dem 4. März 2024", "de").map(([, key]) => key)).toEqual(["w:1", "d:3-4-2024"]);
    expect(figures("el lunes 4 de marzo de 2024", "es").map(([, key]) => key)).toEqual(["w:1", "d:3-4-2024"]);
    expect(figures("в понедельник 4 марта 2024 года, в марте", "ru").map(([, key]) => key)).toEqual(["w:1", "d:3-4-2024", "d:3--"]);
    expect(figures("会议改在周一举行", "zh").map(([, key]) => key)).toEqual(["w:1"]);
    expect(figures("会議は月曜日に", "ja").map(([, key]) => key)).toEqual(["w:1"]);
    expect(figures("يوم الاثنين في مارس", "ar").map(([, key]) => key)).toEqual(["w:1", "d:3--"]);
  });

  it("reads numbers spelled out with their scale, and the word for one only before a scale", () => {
    expect(figures("zwölf Millionen Euro", "de")).toEqual([["zwölf Millionen Euro", "n:12000000|€|"]]);
    expect(figures("doce tiendas y 3,5 mil millones de euros", "es").map(([, key]) => key)).toEqual(["n:12||", "n:3500000000|€|"]);
    expect(figures("quatre-vingt-dix-neuf personnes", "fr").map(([, key]) => key)).toEqual(["n:99||"]);
    expect(figures("Il a acheté un vélo", "fr")).toEqual([]);
    expect(figures("اثنا عشر مهندسا", "ar").map(([, key]) => key)).toEqual(["n:12||"]);
  });

  it("reads a date written with full stops day first, and the word for year after a date's year", () => {
    expect(figures("am 04.03.2025", "de").map(([, key]) => key)).toEqual(["d:3-4-2025"]);
    expect(figures("4 марта 2025 года и 4 марта 2025 г.", "ru")).toEqual([["4 марта 2025 года", "d:3-4-2025"], ["4 марта 2025 г.", "d:3-4-2025"]]);
    expect(figures("4 marca 2025 r.", "pl")).toEqual([["4 marca 2025 r.", "d:3-4-2025"]]);
  });

  it("reads a clock time before the language's word for it, and Japanese and Chinese hours with minutes", () => {
    expect(figures("um 15 Uhr, um 15.30 Uhr", "de").map(([, key]) => key)).toEqual(["t:15:00", "t:15:30"]);
    expect(figures("om 15.30 uur, 15 uur lang", "nl").map(([, key]) => key)).toEqual(["t:15:30", "n:15||h"]);
    expect(figures("a las 15.30 horas", "es").map(([, key]) => key)).toEqual(["t:15:30"]);
    expect(figures("15時30分に", "ja").map(([, key]) => key)).toEqual(["t:15:30"]);
    expect(figures("15点30分举行", "zh").map(([, key]) => key)).toEqual(["t:15:30"]);
  });

  it("reads French clock times and scale letters written onto a currency sign", () => {
    expect(figures("à 15h30, à 15 h 30, à 9h05, à 15h00, à 15 h", "fr").map(([, key]) => key)).toEqual(["t:15:30", "t:15:30", "t:09:05", "n:15||h", "n:15||h"]);
    expect(figures("1,5 M€, 2 Md€ et 300 k€", "fr").map(([, key]) => key)).toEqual(["n:1500000|€|", "n:2000000000|€|", "n:300000|€|"]);
  });

  it("reads a date written with slashes day first, unless the day says otherwise", () => {
    expect(figures("le 3/4/2025", "fr").map(([, key]) => key)).toEqual(["d:4-3-2025"]);
    expect(figures("el 25/12/2025", "es").map(([, key]) => key)).toEqual(["d:12-25-2025"]);
    expect(figures("on 3/4/2025 and 25/12/2025", "en").map(([, key]) => key)).toEqual(["d:3-4-2025", "d:12-25-2025"]);
    expect(figures("3/4 of voters", "en").map(([, key]) => key)).toEqual(["n:0.75||"]);
  });

  it("reads a spaced, lower-case am or pm as a clock time only in English copy", () => {
    expect(figures("Die 3 am Montag festgenommenen Männer", "de").map(([, key]) => key)).toEqual(["n:3||", "w:1"]);
    expect(figures("Polls close at 5 pm on Friday", "en").map(([, key]) => key)).toEqual(["t:17:00", "w:5"]);
  });

  it("reads a currency joined to its amount by a linking word or an elided one", () => {
    expect(figures("Costó 5 millones de euros.", "es")).toEqual([["5 millones de euros", "n:5000000|€|"]]);
    expect(figures("Costó 5 millones de dólares.", "es")).toEqual([["5 millones de dólares", "n:5000000|$|"]]);
    expect(figures("Il a coûté 5 milliards d’euros.", "fr")).toEqual([["5 milliards d’euros", "n:5000000000|€|"]]);
    expect(figures("Costa 5 milioni di euro.", "it")).toEqual([["5 milioni di euro", "n:5000000|€|"]]);
    expect(figures("Custou 5 milhões de dólares.", "pt")).toEqual([["5 milhões de dólares", "n:5000000|$|"]]);
    // Romanian joins every amount from twenty up with "de"; CLDR's plural of the yen has it too.
    expect(figures("Costul a fost de 20 de dolari.", "ro")).toEqual([["20 de dolari", "n:20|$|"]]);
    expect(figures("Peste 20 de oameni au murit.", "ro")).toEqual([["20", "n:20||"]]);
    expect(figureLocale("ro")!.currencies.has("de")).toBe(false);
    // Other nouns stay out of the figure.
    expect(figures("Murieron 3 millones de personas.", "es")).toEqual([["3 millones", "n:3000000||"]]);
  });

  it("reads a currency by its noun, in every plural form, and not by its country's adjective", () => {
    expect(figures("Сделка стоила 5 млн рублей.", "ru")).toEqual([["5 млн рублей", "n:5000000|₽|"]]);
    expect(figures("Сделка стоила 5 миллионов долларов.", "ru")).toEqual([["5 миллионов долларов", "n:5000000|$|"]]);
    expect(figures("Kosztowało to 5 mln dolarów.", "pl")).toEqual([["5 mln dolarów", "n:5000000|$|"]]);
    // CLDR names the rouble "российский рубль" and the franc "Schweizer Franken": the country's word
    // before the noun is no currency ("5 российских компаний", "5 Schweizer Banken").
    expect(figures("Купили 5 российских компаний.", "ru")).toEqual([["5", "n:5||"]]);
    expect(figures("Купили 5 японских компаний.", "ru")).toEqual([["5", "n:5||"]]);
    expect(figures("Es gibt 5 Schweizer Banken und 5 russische Firmen.", "de").map(([text]) => text)).toEqual(["5", "5"]);
    expect(figures("Satın alınan 5 ABD şirketi.", "tr")).toEqual([["5", "n:5||"]]);
    const countryWords: Record<string, string[]> = {
      ru: ["российских", "японских", "китайского", "британского"],
      uk: ["російських", "англійського"],
      pl: ["rosyjskich", "amerykańskich"],
      cs: ["ruského", "amerických", "čínských"],
      sv: ["ryska", "amerikanska", "brittiska"],
      nl: ["russische", "amerikaanse"],
      tr: ["abd", "rus", "çin", "i̇ngiliz"],
      hr: ["ruskih", "američkih", "kineskih"],
    };
    for (const [tag, words] of Object.entries(countryWords)) {
      const currencies = figureLocale(tag)!.currencies;
      expect(words.filter((word) => currencies.has(word)), tag).toEqual([]);
    }
  });

  it("reads a currency by its noun's stem and a case ending CLDR does not write", () => {
    // CLDR writes the Turkish dollar only as "ABD doları" and the Hindi rupee as "रुपया".
    const stemmed: [tag: string, text: string, figure: string, key: string][] = [
      ["tr", "Şirket 5 milyon dolara satıldı.", "5 milyon dolara", "n:5000000|$|"],
      ["tr", "Şirket 5 milyon dolar kazandı.", "5 milyon dolar", "n:5000000|$|"],
      ["tr", "Borç 2 milyar dolardan fazla.", "2 milyar dolardan", "n:2000000000|$|"],
      ["tr", "Hisseler 40 milyon sterline satıldı.", "40 milyon sterline", "n:40000000|£|"],
      ["hu", "A cég 5 millió dollárt fizetett.", "5 millió dollárt", "n:5000000|$|"],
      ["pl", "Mowa o 5 mln dolarach.", "5 mln dolarach", "n:5000000|$|"],
      ["hi", "कंपनी ने 5 करोड़ रुपये दिए।", "5 करोड़ रुपये", "n:50000000|₹|"],
      // A noun of four letters with a consonant case ending; a Turkish compound's noun less its suffix.
      ["tr", "Proje 5 milyon euroya mal olacak.", "5 milyon euroya", "n:5000000|€|"],
      ["tr", "Borç 2 milyar rubleden fazla.", "2 milyar rubleden", "n:2000000000|₽|"],
      ["hu", "A cég 5 millió eurót fizetett.", "5 millió eurót", "n:5000000|€|"],
    ];
    for (const [tag, text, figure, key] of stemmed) expect(figures(text, tag), text).toEqual([[figure, key]]);
    // Not a stem: a vowel ending of three letters (Italian "francesi", French people, after "franco"),
    // a noun of four letters before a vowel or "p" ("euro" before "Europa"), the suffixed noun of a
    // Turkish compound ("yeni" of "Japon yeni" in "yeniden", again), a longer ending.
    expect(figures("Sono morti 5 francesi.", "it")).toEqual([["5", "n:5||"]]);
    expect(figures("Die 5 Europa-Abgeordneten und 5 Europa.", "de").map(([, key]) => key)).toEqual(["n:5||", "n:5||"]);
    expect(figures("Şirket 5 yeniden yapılanma planladı.", "tr")).toEqual([["5", "n:5||"]]);
    expect(figures("Şirket 5 dolarlıktan fazla.", "tr")).toEqual([["5", "n:5||"]]);
  });

  it("reads a weekday a compound word begins with, but not German Montage- (assembly)", () => {
    expect(figures("Het overleg is zaterdagochtend.", "nl")).toEqual([["zaterdagochtend", "w:6"]]);
    expect(figures("Die Sitzung ist am Sonntagabend.", "de")).toEqual([["Sonntagabend", "w:7"]]);
    expect(figures("Das Montagewerk schließt.", "de")).toEqual([]);
    expect(figures("Op maandagen is het dicht.", "nl")).toEqual([]);
  });

  it("finds a changed currency behind a case ending", () => {
    expect(kindsIn("tr", "Şirket 8 milyon dolar kâr etti.", "Şirket 8 milyon euro kâr etti.")).toEqual(["number"]);
    expect(kindsIn("tr", "Şirket 5 milyon dolara satıldı.", "Şirket 5.000.000 dolara satıldı.")).toEqual(["typography"]);
  });

  it("finds a changed currency behind its linking word when only the currency changed", () => {
    const kinds = (old: string, now: string, lang: string) => compareTexts({ text: `${old}\n`, path: "a" }, { text: `${now}\n`, path: "b" }, { lang }).pairs.flatMap((pair) => pair.changes.map((change) => change.kind));
    expect(kinds("Costa 5 milioni di euro.", "Costa 5 milioni di dollari.", "it")).toEqual(["number"]);
    expect(kinds("Costul a fost de 20 de dolari.", "Costul a fost de 20 de euro.", "ro")).toEqual(["number"]);
  });

  it("reads a currency sign set apart by a space, before the digits or after them", () => {
    expect(figures("Es kostet 5 €.", "de")).toEqual([["5 €", "n:5|€|"]]);
    expect(figures("Es kostet 5 Mio. € mehr.", "de")).toEqual([["5 Mio. €", "n:5000000|€|"]]);
    expect(figures("Le billet coûte 12 $.", "fr")).toEqual([["12 $", "n:12|$|"]]);
    expect(figures("Costó € 5 millones.", "es")).toEqual([["€ 5 millones", "n:5000000|€|"]]);
    expect(figures("Costó US$ 5 millones.", "es")).toEqual([["US$ 5 millones", "n:5000000|$|"]]);
    expect(figures("O projeto custou R$ 5 milhões.", "pt")).toEqual([["R$ 5 milhões", "n:5000000|R$|"]]);
  });

  it("reads a unit the language writes before the number, and a number with a case ending (Turkish)", () => {
    expect(figures("İşsizlik yüzde 14 oldu.", "tr")).toEqual([["yüzde 14", "n:14||%"]]);
    expect(figures("İşsizlik %14 oldu.", "tr")).toEqual([["%14", "n:14||%"]]);
    expect(figures("İşsizlik yüzde 14'e yükseldi.", "tr")).toEqual([["yüzde 14", "n:14||%"]]);
    expect(figures("İşsizlik %14’e yükseldi.", "tr")).toEqual([["%14", "n:14||%"]]);
    expect(figures("Fiyat 2025'te arttı.", "tr")).toEqual([["2025", "n:2025||"]]);
    expect(figureLocale("tr")!.units.has("yüzde")).toBe(false);
  });

  it("takes a unit written as one Latin letter only as its own symbol", () => {
    // Spanish "a" abbreviates año, and is the preposition of "de 5 a 7".
    expect(figures("El paro bajó de 5 a 7 por ciento.", "es").map(([text]) => text)).toEqual(["5", "7 por ciento"]);
    expect(figures("Mide 5 m de alto.", "es")).toEqual([["5 m", "n:5||m"]]);
    expect(figures("Il est 17 h à Paris.", "fr")).toEqual([["17 h", "n:17||h"]]);
  });

  it("reads a percent sign set apart, and unit names, as the unit", () => {
    expect(figures("14 % und 14 Prozent", "de").map(([, key]) => key)).toEqual(["n:14||%", "n:14||%"]);
    expect(figures("3,5 pour cent", "fr").map(([, key]) => key)).toEqual(["n:3.5||%"]);
    expect(figures("7,7 процента", "ru").map(([, key]) => key)).toEqual(["n:7.7||%"]);
    expect(figures("5 Kilometer", "de").map(([, key]) => key)).toEqual(["n:5||km"]);
  });
});

describe("numbers spelled out in the languages n2words writes beyond the labelled twelve", () => {
  // Each was `wording` before: a changed figure that a number gate let through.
  it.each([
    ["sv", "Tre personer skadades i olyckan i Göteborg.", "Fyra personer skadades i olyckan i Göteborg.", ["number"]],
    ["sv", "Tre personer skadades i olyckan i Göteborg.", "3 personer skadades i olyckan i Göteborg.", ["typography"]],
    ["sv", "Skadorna uppgick till nittionio fall.", "Skadorna uppgick till 99 fall.", ["typography"]],
    ["da", "Tre personer blev såret ved ulykken i Aarhus.", "Fire personer blev såret ved ulykken i Aarhus.", ["number"]],
    ["nb", "Tre personer ble skadet i ulykken i Bergen.", "Fem personer ble skadet i ulykken i Bergen.", ["number"]],
    ["fi", "Onnettomuudessa loukkaantui kolme ihmistä Tampereella.", "Onnettomuudessa loukkaantui neljä ihmistä Tampereella.", ["number"]],
    ["cs", "Při nehodě v Brně se zranili tři lidé.", "Při nehodě v Brně se zranili 3 lidé.", ["typography"]],
    ["cs", "Při nehodě v Brně se zranili dvě ženy.", "Při nehodě v Brně se zranili tři ženy.", ["number"]],
    ["hu", "A balesetben két ember megsérült Debrecenben.", "A balesetben öt ember megsérült Debrecenben.", ["number"]],
    ["ro", "Două persoane au fost rănite la Cluj.", "Cinci persoane au fost rănite la Cluj.", ["number"]],
    ["hr", "U nesreći u Splitu ozlijeđene su dvije osobe.", "U nesreći u Splitu ozlijeđene su tri osobe.", ["number"]],
    ["sr", "У несрећи у Новом Саду повређене су три особе.", "У несрећи у Новом Саду повређене су четири особе.", ["number"]],
    ["uk", "Під час аварії у Львові постраждали сім людей.", "Під час аварії у Львові постраждали 7 людей.", ["typography"]],
    ["uk", "Під час аварії у Львові постраждали дві людини.", "Під час аварії у Львові постраждали три людини.", ["number"]],
    ["el", "Τρεις άνθρωποι τραυματίστηκαν στη Θεσσαλονίκη.", "Τέσσερις άνθρωποι τραυματίστηκαν στη Θεσσαλονίκη.", ["number"]],
    ["id", "Tiga orang terluka dalam kecelakaan di Bandung.", "Empat orang terluka dalam kecelakaan di Bandung.", ["number"]],
    ["ms", "Tiga orang cedera dalam kemalangan di Ipoh.", "Lima orang cedera dalam kemalangan di Ipoh.", ["number"]],
    ["fil", "Tatlo ang nasugatan sa aksidente sa Cebu.", "Apat ang nasugatan sa aksidente sa Cebu.", ["number"]],
    ["lt", "Žuvo dvi moterys.", "Žuvo trys moterys.", ["number"]],
    ["lv", "Bojā gāja trīs cilvēki.", "Bojā gāja četri cilvēki.", ["number"]],
  ])("%s: %s → %s", (lang, oldText, newText, kinds) => {
    expect(kindsIn(lang, oldText, newText)).toEqual(kinds);
  });

  it.each([
    ["sv", "Omsättningen steg under tredje kvartalet.", "Omsättningen steg under fjärde kvartalet."],
    ["da", "Omsætningen steg i tredje kvartal.", "Omsætningen steg i fjerde kvartal."],
    ["cs", "Tým skončil třetí.", "Tým skončil čtvrtý."],
    ["hu", "A csapat harmadik lett.", "A csapat negyedik lett."],
    ["uk", "Команда посіла третє місце.", "Команда посіла четверте місце."],
    ["el", "Η ομάδα τερμάτισε τρίτη.", "Η ομάδα τερμάτισε τέταρτη."],
    ["hr", "Momčad je završila treća.", "Momčad je završila četvrta."],
  ])("reads %s ordinals: %s → %s is a number (it was wording)", (lang, oldText, newText) => {
    expect(kindsIn(lang, oldText, newText)).toEqual(["number"]);
  });

  it("reads no second where the word is also other: Swedish andra", () => {
    expect(kindsIn("sv", "Andra länder protesterade.", "Flera länder protesterade.")).toEqual(["wording"]);
  });

  it("leaves an article that is also one alone: Swedish en, Hungarian egy", () => {
    expect(kindsIn("sv", "En man greps i Malmö under natten.", "Mannen greps i Malmö under natten.")).toEqual(["wording"]);
    expect(kindsIn("hu", "Egy ember megsérült Debrecenben.", "Az ember megsérült Debrecenben.")).toEqual(["wording"]);
  });
});

describe("numbers spelled out in South Asian languages, Persian and Hebrew", () => {
  // Each was `wording` before: a changed figure that a number gate let through.
  it.each([
    ["hi", "हादसे में पांच लोगों की मौत हो गई।", "हादसे में छह लोगों की मौत हो गई।", ["number"]],
    ["hi", "हादसे में पाँच लोगों की मौत हो गई।", "हादसे में 5 लोगों की मौत हो गई।", ["typography"]],
    ["hi", "हादसे में पांच लोगों की मौत हो गई।", "हादसे में 5 लोगों की मौत हो गई।", ["typography"]],
    ["hi", "बारिश से सौ से अधिक घर गिर गए।", "बारिश से दो सौ से अधिक घर गिर गए।", ["number"]],
    ["bn", "দুর্ঘটনায় পাঁচ জন নিহত হয়েছেন।", "দুর্ঘটনায় ছয় জন নিহত হয়েছেন।", ["number"]],
    ["bn", "দুর্ঘটনায় নয় জন নিহত হয়েছেন।", "দুর্ঘটনায় দশ জন নিহত হয়েছেন।", ["number"]],
    ["bn", "দুর্ঘটনায় ন\u09DF জন নিহত হয়েছেন।", "দুর্ঘটনায় 9 জন নিহত হয়েছেন।", ["typography"]],
    ["mr", "अपघातात पाच जणांचा मृत्यू झाला.", "अपघातात सहा जणांचा मृत्यू झाला.", ["number"]],
    ["gu", "અકસ્માતમાં પાંચ લોકોના મોત થયા.", "અકસ્માતમાં છ લોકોના મોત થયા.", ["number"]],
    ["pa", "ਹਾਦਸੇ ਵਿੱਚ ਪੰਜ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", "ਹਾਦਸੇ ਵਿੱਚ ਛੇ ਲੋਕਾਂ ਦੀ ਮੌਤ ਹੋ ਗਈ।", ["number"]],
    ["ta", "விபத்தில் ஐந்து பேர் உயிரிழந்தனர்.", "விபத்தில் ஆறு பேர் உயிரிழந்தனர்.", ["number"]],
    ["kn", "ಅಪಘಾತದಲ್ಲಿ ಐದು ಜನರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ.", "ಅಪಘಾತದಲ್ಲಿ ಆರು ಜನರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ.", ["number"]],
    ["ur", "حادثے میں پانچ افراد ہلاک ہوگئے۔", "حادثے میں چھ افراد ہلاک ہوگئے۔", ["number"]],
    // Telugu, Kannada and Tamil count people in one word.
    ["te", "ప్రమాదంలో ఐదుగురు మరణించారు.", "ప్రమాదంలో ఆరుగురు మరణించారు.", ["number"]],
    ["kn", "ಅಪಘಾತದಲ್ಲಿ ಇಬ್ಬರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ.", "ಅಪಘಾತದಲ್ಲಿ ಮೂವರು ಸಾವನ್ನಪ್ಪಿದ್ದಾರೆ.", ["number"]],
    ["ta", "விபத்தில் இருவர் உயிரிழந்தனர்.", "விபத்தில் மூவர் உயிரிழந்தனர்.", ["number"]],
    ["fa", "در این حادثه پنج نفر کشته شدند.", "در این حادثه شش نفر کشته شدند.", ["number"]],
    ["fa", "در این حادثه بیست و یک نفر کشته شدند.", "در این حادثه 21 نفر کشته شدند.", ["typography"]],
    ["fa", "در این حادثه بیست و نه نفر کشته شدند.", "در این حادثه سی نفر کشته شدند.", ["number"]],
    // نه alone is "no", ده alone "village".
    ["fa", "او نه تنها وزیر بود.", "او تنها وزیر بود.", ["wording"]],
    ["fa", "مردم ده در جلسه شرکت کردند.", "مردم روستا در جلسه شرکت کردند.", ["wording"]],
    ["he", "שלושה בני אדם נהרגו בתאונה.", "ארבעה בני אדם נהרגו בתאונה.", ["number"]],
    ["he", "שלוש נשים נפצעו בתאונה.", "3 נשים נפצעו בתאונה.", ["typography"]],
    ["he", "שני בני אדם נפצעו.", "שלושה בני אדם נפצעו.", ["number"]],
    ["he", "שלושת השרים התפטרו.", "ארבעת השרים התפטרו.", ["number"]],
    ["he", "עשרים ואחד בני אדם נפצעו.", "21 בני אדם נפצעו.", ["typography"]],
    ["he", "כשלושה בני אדם נפצעו.", "כחמישה בני אדם נפצעו.", ["number"]],
    // A place's name, with a prefix on it: no seven, no eight.
    ["he", "התאונה אירעה בבאר שבע.", "התאונה אירעה באשדוד.", ["wording"]],
    ["he", "התאונה אירעה בקריית שמונה.", "התאונה אירעה בצפת.", ["wording"]],
  ])("%s: %s → %s", (lang, oldText, newText, kinds) => {
    expect(kindsIn(lang, oldText, newText)).toEqual(kinds);
  });

  it("reads Hindi and Urdu two, and Bengali nine, only before a word: each is also a word that ends a clause (give, is not)", () => {
    expect(kindsIn("hi", "पुलिस ने बताया कि दो लोग घायल हुए हैं।", "पुलिस ने बताया कि तीन लोग घायल हुए हैं।")).toEqual(["number"]);
    expect(kindsIn("hi", "नेता ने कहा कि सरकार हमें जवाब दो।", "नेता ने कहा कि सरकार हमें सीधा जवाब दो।")).toEqual(["wording"]);
    expect(kindsIn("hi", "नेता ने कहा कि हमें समय दो।", "नेता ने कहा कि हमें समय दो, पैसा दो।")).toEqual(["wording"]);
    expect(kindsIn("bn", "এই খবর সত্য নয়।", "এই খবর পুরোপুরি সত্য নয়।")).toEqual(["wording"]);
    expect(kindsIn("bn", "এই খবর সত্য নয়।", "এই খবর সত্য।")).toEqual(["wording"]);
  });

  it("reads digits grouped in twos before the last three (50,00,000) where the language groups them so, and not in English copy", () => {
    expect(figures("50,00,000 रुपये", "hi")).toEqual([["50,00,000 रुपये", "n:5000000|₹|"]]);
    expect(kindsIn("hi", "कंपनी की आय 50 लाख रुपये रही।", "कंपनी की आय 50,00,000 रुपये रही।")).toEqual(["typography"]);
    expect(kindsIn("hi", "कंपनी की आय 50,00,000 रुपये रही।", "कंपनी की आय 60,00,000 रुपये रही।")).toEqual(["number"]);
    // American copy: a comma out of place put right is a figure changed, as written.
    expect(kindsIn("en", "Output was 1,84,000 tonnes.", "Output was 184,000 tonnes.")).toEqual(["number"]);
  });
});

describe("Korean counts", () => {
  /** One changed pair, as the labelled sets are classified (a one-sentence story's two versions may not pair). */
  const classified = (oldText: string, newText: string) => classifyTexts(oldText, newText, "ko").kinds;

  it("reads Korean's own numbers before a counter, and only there", () => {
    expect(classified("사고로 다섯 명이 숨졌다.", "사고로 여섯 명이 숨졌다.")).toEqual(["number"]);
    expect(classified("사고로 다섯 명이 숨졌다.", "사고로 5명이 숨졌다.")).toEqual(["typography"]);
    expect(classified("세 명이 다쳤다.", "네 명이 다쳤다.")).toEqual(["number"]);
    // 세 is also "tax", 한 "did": no counter after them, no figure.
    expect(classified("그는 세를 냈다.", "그는 세금을 냈다.")).toEqual(["wording"]);
    expect(classified("그가 한 말이다.", "그가 했던 말이다.")).toEqual(["wording"]);
  });

  it("reads a counter, unit, currency or scale written onto the digits, less its particle", () => {
    expect(figures("5명이", "ko")).toEqual([["5명이", "n:5||명"]]);
    expect(figures("5명의", "ko")).toEqual([["5명의", "n:5||명"]]);
    expect(figures("3.5퍼센트", "ko")).toEqual([["3.5퍼센트", "n:3.5||%"]]);
    expect(figures("5억 원이었다", "ko")).toEqual([["5억 원이었다", "n:500000000|₩|"]]);
    expect(figures("500,000,000원이었다", "ko")).toEqual([["500,000,000원이었다", "n:500000000|₩|"]]);
    expect(classified("물가가 3.5% 올랐다.", "물가가 3.5퍼센트 올랐다.")).toEqual(["typography"]);
    expect(classified("매출은 5억 원이었다.", "매출은 500,000,000원이었다.")).toEqual(["typography"]);
    expect(classified("매출은 5억 원이었다.", "매출은 6억 원이었다.")).toEqual(["number"]);
  });
});

describe("Vietnamese numbers spelled out", () => {
  it("are read before what they count, a scale, a unit or a currency, and not where they are other words", () => {
    expect(kindsIn("vi", "Vụ tai nạn khiến năm người thiệt mạng.", "Vụ tai nạn khiến sáu người thiệt mạng.")).toEqual(["number"]);
    expect(kindsIn("vi", "Vụ tai nạn khiến năm người thiệt mạng.", "Vụ tai nạn khiến 5 người thiệt mạng.")).toEqual(["typography"]);
    expect(kindsIn("vi", "Doanh thu đạt hai mươi lăm tỷ đồng.", "Doanh thu đạt ba mươi tỷ đồng.")).toEqual(["number"]);
    expect(kindsIn("vi", "Lạm phát tăng 3,5 phần trăm.", "Lạm phát tăng 3,5%.")).toEqual(["typography"]);
    // ba "father", năm "year", chín "ripe".
    expect(kindsIn("vi", "Ba tôi làm việc ở Hà Nội.", "Mẹ tôi làm việc ở Hà Nội.")).toEqual(["wording"]);
    expect(kindsIn("vi", "Năm nay kinh tế tăng trưởng mạnh.", "Năm ngoái kinh tế tăng trưởng mạnh.")).toEqual(["wording"]);
    expect(kindsIn("vi", "Trái cây đã chín.", "Trái cây đã hỏng.")).toEqual(["wording"]);
  });
});

describe("languages so close that a sentence of one reads as the other", () => {
  it("read each other's months, weekdays and units: Indonesian and Malay, Danish and Norwegian, Czech and Slovak, Croatian and Bosnian", () => {
    expect(kindsIn("cs", "Stretnutie sa uskutoční v pondelok.", "Stretnutie sa uskutoční v utorok.")).toEqual(["number"]);
    expect(kindsIn("sk", "Schůzka se uskuteční v pondělí.", "Schůzka se uskuteční v úterý.")).toEqual(["number"]);
    expect(kindsIn("hr", "Sastanak je zakazan za 5. januar.", "Sastanak je zakazan za 5. februar.")).toEqual(["number"]);
    expect(kindsIn("ms", "Rapat digelar pada Senin.", "Rapat digelar pada Selasa.")).toEqual(["number"]);
    expect(kindsIn("id", "Mesyuarat diadakan pada hari Isnin.", "Mesyuarat diadakan pada hari Khamis.")).toEqual(["number"]);
    expect(kindsIn("nb", "Renten steg til 3,5 procent i år.", "Renten steg til 3,5 % i år.")).toEqual(["typography"]);
    expect(kindsIn("da", "Renten steg til 3,5 prosent i år.", "Renten steg til 3,5 % i år.")).toEqual(["typography"]);
  });
});

describe("a day and month written with full stops and no year", () => {
  it("is the date where a comma is the decimal mark (am 04.03.), and a decimal in English", () => {
    expect(kindsIn("de", "Das Treffen findet am 4. März statt.", "Das Treffen findet am 04.03. statt.")).toEqual(["typography"]);
    expect(kindsIn("de", "Das Treffen findet am 04.03. statt.", "Das Treffen findet am 05.03. statt.")).toEqual(["number"]);
    expect(kindsIn("cs", "Schůze se koná 4. března.", "Schůze se koná 4.3.")).toEqual(["typography"]);
    expect(kindsIn("en", "The index rose 4.03.", "The index rose 4.05.")).toEqual(["number"]);
  });
});

describe("months read by their stems", () => {

  it("reads a Finnish month with its case ending (in, from March), which CLDR does not write", () => {
    expect(kindsIn("fi", "Kokous pidetään maaliskuussa.", "Kokous pidetään huhtikuussa.")).toEqual(["number"]);
    expect(kindsIn("fi", "Hinnat nousivat elokuusta lähtien.", "Hinnat nousivat syyskuusta lähtien.")).toEqual(["number"]);
  });

  it("reads no month in a name or another word that starts with one's stem", () => {
    // "Мартин" (Martin) was March: a changed name passing a number gate as a changed date.
    expect(kindsIn("ru", "Его сменил Мартин Петров.", "Его сменил Иван Петров.")).toEqual(["name"]);
    expect(kindsIn("ru", "Он заказал мартини в баре.", "Он заказал виски в баре.")).toEqual(["wording"]);
    expect(kindsIn("ru", "Встреча пройдёт в марте.", "Встреча пройдёт в апреле.")).toEqual(["number"]);
  });
});

describe("months, weekdays and scales with the endings a language puts on them", () => {

  // Each was `wording`, or `name` for Turkish: a changed date that a number gate let through.
  it.each([
    ["fi", "Hallitus esitteli lakiesityksen tiistaina.", "Hallitus esitteli lakiesityksen keskiviikkona."],
    ["sv", "Regeringen presenterade förslaget på måndagen.", "Regeringen presenterade förslaget på tisdagen."],
    ["sv", "Regeringen presenterade förslaget i måndags.", "Regeringen presenterade förslaget i tisdags."],
    ["hu", "A kormány kedden mutatta be a javaslatot.", "A kormány szerdán mutatta be a javaslatot."],
    ["hu", "A találkozót márciusban tartják.", "A találkozót áprilisban tartják."],
    ["et", "Istung toimub 4. märtsil.", "Istung toimub 4. aprillil."],
    ["et", "Valitsus kogunes esmaspäeval.", "Valitsus kogunes teisipäeval."],
    ["ko", "회의는 화요일에 열린다.", "회의는 수요일에 열린다."],
    // Hebrew's one-letter prepositions written onto the word, or joined to a figure by a hyphen.
    ["he", "הפגישה תתקיים ביום שלישי.", "הפגישה תתקיים ביום רביעי."],
    ["he", "הפגישה תתקיים במרץ.", "הפגישה תתקיים באפריל."],
    ["he", "המחיר עלה ל-5 שקלים.", "המחיר עלה ל-7 שקלים."],
    ["ko", "회의는 화요일까지 계속된다.", "회의는 금요일까지 계속된다."],
    ["tr", "Toplantı Mart'ta yapılacak.", "Toplantı Nisan'da yapılacak."],
    ["tr", "Zirve Pazartesi'ye ertelendi.", "Zirve Salı'ya ertelendi."],
    ["cs", "Vláda návrh představila v pátek.", "Vláda návrh představila v sobotu."],
    ["uk", "Уряд представив законопроєкт у вівторок.", "Уряд представив законопроєкт у середу."],
    // A scale word with its case ending (12 million → 12 billion euros, in the genitive): wording before.
    ["fi", "Yhtiö teki 12 miljoonan euron voiton.", "Yhtiö teki 12 miljardin euron voiton."],
    // Greek's accusative, which Intl does not write (it gives "Μαρτίου"): a changed name before.
    ["el", "Ο πληθωρισμός αυξήθηκε τον Μάρτιο.", "Ο πληθωρισμός αυξήθηκε τον Απρίλιο."],
  ])("%s: %s → %s is a number", (lang, oldText, newText) => {
    expect(kindsIn(lang, oldText, newText)).toEqual(["number"]);
  });

  it("reads a scale with its ending as the scale (12 miljoonan → 12 milj.)", () => {
    expect(kindsIn("fi", "Yhtiö teki 12 miljoonan euron voiton.", "Yhtiö teki 12 milj. euron voiton.")).toEqual(["typography"]);
  });

  it("puts no ending on a short name, nor on a language that does not inflect so", () => {
    expect(kindsIn("da", "Han købte majs på markedet.", "Han købte ris på markedet.")).toEqual(["wording"]);
    expect(kindsIn("it", "La parte maggiore del bilancio.", "La parte minore del bilancio.")).toEqual(["wording"]);
    expect(kindsIn("es", "El jugador junior firmó.", "El jugador senior firmó.")).toEqual(["wording"]);
  });
});

describe("Hungarian case endings after a figure", () => {
  const kinds = (oldText: string, newText: string) => kindsIn("hu", oldText, newText);

  it("go with the figure's change when only its harmony changes them, and are wording when the ending changes", () => {
    expect(kinds("A döntés 2025-ben született.", "A döntés 2026-ban született.")).toEqual(["number"]);
    expect(kinds("A döntés 2025-ben született.", "A döntés 2026-ra született.")).toEqual(["number", "wording"]);
  });
});

describe("Turkish case endings after a figure", () => {
  const kinds = (oldText: string, newText: string) => kindsIn("tr", oldText, newText);

  it("go with the figure's change when only its harmony changes them (they were wording beside it)", () => {
    expect(kinds("Seçim 2025'te yapılacak.", "Seçim 2026'da yapılacak.")).toEqual(["number"]);
    expect(kinds("Enflasyon %3,5'e yükseldi.", "Enflasyon %3,7'ye yükseldi.")).toEqual(["number"]);
    expect(kinds("Faiz yüzde 10'u aştı.", "Faiz yüzde 11'i aştı.")).toEqual(["number"]);
  });

  it("are wording when the ending itself changes (in 2025 → after 2025)", () => {
    expect(kinds("Seçim 2025'te yapılacak.", "Seçim 2025'ten sonra yapılacak.")).toEqual(["wording"]);
    expect(kinds("Seçim 2025'te yapılacak.", "Seçim 2026'dan sonra yapılacak.")).toEqual(["number", "wording"]);
  });
});

describe("a country's own currency", () => {

  it("is read by the sign its language writes in letters (kr, kr., Kč), which was a word changed", () => {
    expect(kindsIn("sv", "Biljetten kostar 120 kronor.", "Biljetten kostar 120 kr.")).toEqual(["typography"]);
    expect(kindsIn("da", "Billetten koster 120 kroner.", "Billetten koster 120 kr.")).toEqual(["typography"]);
    expect(kindsIn("cs", "Vstupenka stojí 120 korun.", "Vstupenka stojí 120 Kč.")).toEqual(["typography"]);
    expect(kindsIn("sv", "Biljetten kostar 120 kr.", "Biljetten kostar 150 kr.")).toEqual(["number"]);
  });

  it("reads the Brazilian real by its name and by its sign, R$, in Portuguese and English copy (it was wording)", () => {
    expect(kindsIn("pt", "A empresa lucrou 1,2 bilhão de reais.", "A empresa lucrou R$ 1,2 bilhão.")).toEqual(["typography"]);
    expect(kindsIn("en", "Petrobras earned 1.2 billion reais.", "Petrobras earned R$1.2 billion.")).toEqual(["typography"]);
    expect(kindsIn("en", "Real growth slowed to 2%.", "Real growth slowed sharply to 2%.")).toEqual(["wording"]);
  });

  it("owns its bare noun where another currency's name has it too (Danish kroner: not the Swedish krona's)", () => {
    expect(figureLocale("da")!.currencies.get("kroner")).toBe("DKK");
    expect(figureLocale("da")!.currencies.get("svenske kroner")).toBe("SEK");
    expect(kindsIn("da", "Det kostede 120 svenske kroner.", "Det kostede 120 danske kroner.")).toEqual(["number"]);
  });
});

describe("Swahili numbers spelled out", () => {
  it("are read in the forms that agree with what they count", () => {
    expect(kindsIn("sw", "Watu watatu walikufa katika ajali hiyo.", "Watu wanne walikufa katika ajali hiyo.")).toEqual(["number"]);
    expect(kindsIn("sw", "Watu watatu walikufa katika ajali hiyo.", "Watu 3 walikufa katika ajali hiyo.")).toEqual(["typography"]);
    expect(kindsIn("sw", "Nyumba tatu ziliharibiwa.", "Nyumba nne ziliharibiwa.")).toEqual(["number"]);
    expect(kindsIn("sw", "Magari mawili yaligongana.", "Magari matatu yaligongana.")).toEqual(["number"]);
  });
});

describe("Chinese 两", () => {
  it("is the two that counts, with its counter or alone", () => {
    expect(kindsIn("zh", "两名警察受伤。", "三名警察受伤。")).toEqual(["number"]);
    expect(kindsIn("zh", "两名警察受伤。", "2名警察受伤。")).toEqual(["typography"]);
  });
});

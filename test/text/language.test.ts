import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { franc } from "franc";
import { data } from "franc/data.js";
import { canonicalLanguage, countWords, detectableLanguages, detectLanguage, fromIso6393, primaryLanguage, singleScriptLanguage, TRIGRAM_LANGUAGES, TRIGRAM_SCRIPTS } from "../../src/text/language.js";
import { STOPWORDS } from "../../src/text/stopwords.js";
import { hasReuters, ROOT } from "../helpers.js";

describe("detectLanguage", () => {
  // Fictional copy, a few sentences each, as a story's first paragraphs are.
  const stories: [string, string][] = [
    ["en", "The harbour authority approved the expansion on Tuesday. The terminal will handle twice as many containers, officials said."],
    ["de", "Die Hafenbehörde hat am Dienstag den Ausbau genehmigt. Das Terminal soll doppelt so viele Container abfertigen, teilten die Behörden mit."],
    ["fr", "L'autorité portuaire a approuvé mardi l'agrandissement du terminal. Celui-ci pourra traiter deux fois plus de conteneurs, selon les responsables."],
    ["es", "La autoridad portuaria aprobó el martes la ampliación de la terminal. Podrá manejar el doble de contenedores, según los responsables."],
    ["ru", "Портовое управление во вторник одобрило расширение терминала. Он сможет обрабатывать вдвое больше контейнеров, сообщили официальные лица."],
    ["ar", "وافقت سلطة الميناء يوم الثلاثاء على توسيع المحطة. وقال مسؤولون إنها ستتمكن من مناولة ضعف عدد الحاويات."],
    ["zh", "港务局周二批准了码头扩建计划。官员表示，扩建后的码头将能处理两倍数量的集装箱。"],
    ["ja", "港湾当局は火曜日、ターミナルの拡張を承認した。当局者によると、処理できるコンテナの数は倍になる。"],
  ];
  // Europe's languages of fewer than 8 million speakers, which franc-min, the detector before them, read as Swedish, Czech, Serbian, Polish or Dutch.
  const smaller: [string, string][] = [
    ["da", "Regeringen fremlagde tirsdag et nyt lovforslag om klimaet. Forslaget skal behandles i Folketinget i næste uge, oplyser ministeriet."],
    ["nb", "Regjeringen la tirsdag fram et nytt lovforslag om klima. Forslaget skal behandles i Stortinget neste uke, opplyser departementet."],
    ["fi", "Hallitus esitteli tiistaina uuden lakiesityksen ilmastosta. Esitys käsitellään eduskunnassa ensi viikolla, ministeriö kertoo."],
    ["sk", "Vláda v utorok predstavila nový návrh zákona o klíme. Návrh bude parlament prerokúvať budúci týždeň, uviedlo ministerstvo."],
    ["lt", "Vyriausybė antradienį pristatė naują klimato įstatymo projektą. Seimas jį svarstys kitą savaitę."],
    ["lv", "Valdība otrdien iepazīstināja ar jaunu klimata likumprojektu. Saeima to izskatīs nākamnedēļ."],
    ["et", "Valitsus esitles teisipäeval uut kliimaseaduse eelnõu. Riigikogu arutab seda järgmisel nädalal."],
    ["sq", "Qeveria paraqiti të martën një projektligj të ri për klimën. Parlamenti do ta shqyrtojë javën e ardhshme."],
    ["mk", "Владата во вторник претстави нов предлог-закон за климата. Собранието ќе го разгледа следната недела."],
  ];
  it.each([...stories, ...smaller])("tells %s copy", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("takes a wire table of figures and abbreviations for English, where franc alone reads French", () => {
    expect(detectLanguage("Shr 81 cts vs 1.45 dlrs\nNet 2,463,000 vs 3,718,000\nSales 52.4 mln vs 47.5 mln\nAvg shrs 3,029,930 vs 2,566,680")).toBe("en");
  });

  it("says undetermined when there is nothing to tell by", () => {
    expect(detectLanguage("")).toBe("und");
    expect(detectLanguage("12 34")).toBe("und");
  });

  it("does not take other copy with a few English words for English", () => {
    expect(detectLanguage("Die Regierung in Berlin hat am Montag ein neues Gesetz für die Häfen beschlossen, sagte ein Sprecher.")).toBe("de");
    // "no", "as" and "do" are English function words; the sentence's other lower-case words are not English.
    expect(detectLanguage("No quarto trimestre as vendas subiram 4%.")).toBe("pt");
    expect(detectLanguage("As vendas do grupo chegaram a 3,5 mil milhões de euros.")).toBe("pt");
  });

  it("takes a short English sentence full of names and figures for English", () => {
    for (const text of ["The mayor, Ana Ruiz, said.", "The FTSE 100 fell 1% on Monday.", "The neighbourhood was evacuated.", "Apple said iPhone sales rose in the quarter."]) {
      expect(detectLanguage(text), text).toBe("en");
    }
  });

  // franc's first answers: Javanese, Hausa, Ilocano; Bulgarian, Ukrainian; Hausa.
  it.each([
    ["tr", "Toplantı pazartesi günü Ankara'da yapılacak."],
    ["tr", "Kazada üç kişi yaralandı."],
    ["tr", "Şirket geçen yıl 8 milyon dolar kâr etti."],
    ["ru", "Сообщение подписал инженер Сергей Королёв."],
    ["ru", "Министр Петров заявил об этом во вторник."],
    ["pl", "Firma zapłaciła za akcje 40 mln dolarów."],
  ])("rules out the languages that do not write a sentence's letters (%s: %s)", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("lets a name in another alphabet stand in a sentence whose other words tell its language", () => {
    expect(detectLanguage("Der türkische Präsident Erdoğan hat am Dienstag die Regierung in Berlin besucht.")).toBe("de");
    expect(detectLanguage("Le président Erdoğan a rencontré mardi le chancelier à Paris, selon l'Élysée.")).toBe("fr");
  });
});

describe("singleScriptLanguage", () => {
  const only = detectableLanguages();
  const francAmongOurs = (text: string) => franc(text, { minLength: 3, only });
  const asFranc = (text: string) => singleScriptLanguage(text, 3) ?? francAmongOurs(text);
  const samples = [
    "国务院总理周二在北京表示，今年经济增长目标为百分之五。",
    "정부는 화요일 서울에서 올해 성장률 목표를 발표했다.",
    "政府は火曜日、東京で今年の成長目標を発表した。",
    "Η κυβέρνηση ανακοίνωσε την Τρίτη τον στόχο ανάπτυξης.",
    "รัฐบาลประกาศเป้าหมายการเติบโตในวันอังคาร",
    "সরকার মঙ্গলবার এই বছরের প্রবৃদ্ধির লক্ষ্য ঘোষণা করেছে।",
    "அரசாங்கம் செவ்வாய்க்கிழமை வளர்ச்சி இலக்கை அறிவித்தது.",
    "ሰኞ ዕለት መንግሥት አስታወቀ።",
    "הממשלה הודיעה ביום שלישי על יעד הצמיחה.",
    "Правительство объявило во вторник цель роста.",
    "أعلنت الحكومة يوم الثلاثاء هدف النمو.",
    "सरकार ने मंगलवार को विकास लक्ष्य की घोषणा की।",
    "Die Regierung hat am Dienstag ihr Wachstumsziel genannt.",
    "北京 Beijing 北京 said on Tuesday",
    "Tokyo 東京 and Seoul 서울 and Athens Αθήνα",
    "12 345 678 — 90 %",
    "...!?",
    "ab",
    "",
  ];

  it("answers as franc does, without its tables for a script of one language", () => {
    for (const text of samples) expect(asFranc(text), text).toBe(francAmongOurs(text));
    expect(samples.slice(0, 9).map((text) => singleScriptLanguage(text, 3))).toEqual(["cmn", "kor", "jpn", "ell", "tha", "ben", "tam", "amh", "heb"]);
    expect(samples.slice(9, 13).map((text) => singleScriptLanguage(text, 3))).toEqual([null, null, null, null]);
    expect(["12 345 678 — 90 %", "", "ab"].map((text) => singleScriptLanguage(text, 3))).toEqual(["und", "und", "und"]);
  });

  it("answers as franc does for any mix of scripts", () => {
    const alphabet = [..."aé北京서울東京Αθήναไทยকলকாতাрусالعربهिंदी 0123456789.,!?"];
    fc.assert(fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (characters) => asFranc(characters.join("")) === francAmongOurs(characters.join(""))));
  });

  it("leaves to franc exactly the scripts it has trigram tables for two or more of the detector's languages in", () => {
    const ranked = new Set(TRIGRAM_LANGUAGES);
    const scripts = Object.keys(data).filter((script) => Object.keys(data[script]!).filter((code) => ranked.has(code)).length >= 2);
    expect([...TRIGRAM_SCRIPTS].sort()).toEqual(scripts.sort());
    expect(scripts.sort()).toEqual(["Arabic", "Cyrillic", "Devanagari", "Latin"]);
  });
});

describe("countWords", () => {
  // What the scan must count, written with the patterns it replaced.
  const byPatterns = (lowered: string) => {
    const words = lowered.match(/[a-z\u00df-\u024f]+(?:'[a-z]+)?/g) ?? [];
    return {
      words: words.length,
      letters: words.reduce((sum, word) => sum + word.length, 0),
      functionWords: words.filter((word) => STOPWORDS.has(word)).length,
      others: lowered.match(/[^\x00-\x7f\u00a0-\u00bf\u00d7\u00f7\u2000-\u206f\u20a0-\u20cf\u2100-\u214f]/g)?.length ?? 0,
    };
  };
  // Characters at each edge of the scan's ranges, apostrophes, and words that are or begin stopwords.
  const pieces = ["a", "z", "the", "them", "th", "yourselves", "said", "mr", "don't", "l'", "'", "'s", "’", "ß", "\u00de", "÷", "×", "é", "\u024f", "\u0250",
    "\u00a0", "\u00bf", "\u00c0", "\u2014", "\u2070", "\u20ac", "\u2122", "\u2150", "ж", "中", "😀", "1", " ", "\n", "-", "."];
  it("counts what the patterns count, on any mix of the scan's edge cases", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const lowered = parts.join("");
        expect(countWords(lowered)).toEqual(byPatterns(lowered));
      }),
      { numRuns: 2000 },
    );
  });
  it("counts function words only whole: \"theme\", \"there's\" and \"thesis\" are none", () => {
    expect(countWords("the theme there's thesis")).toEqual({ words: 4, letters: 21, functionWords: 1, others: 0 });
  });
});

describe("fromIso6393", () => {
  it("names franc's codes as CLDR does, a macrolanguage's member by its macrolanguage where CLDR has only that", () => {
    // zlm was left as "zlm": Malay copy had no figure locale at all.
    expect(["deu", "cmn", "arb", "lvs", "ekk", "als", "zlm", "fuv", "qug"].map(fromIso6393)).toEqual(["de", "zh", "ar", "lv", "et", "sq", "ms", "ff", "qu"]);
    expect(detectLanguage("Kerajaan negeri mengumumkan pada hari Isnin bahawa tiga buah sekolah baharu akan dibina di daerah itu tahun depan.")).toBe("ms");
  });
});

describe("canonicalLanguage", () => {
  it("writes a tag as BCP 47 does, the first of a list, and refuses what is none", () => {
    expect(canonicalLanguage("EN-us")).toBe("en-US");
    expect(canonicalLanguage("en_GB")).toBe("en-GB");
    expect(canonicalLanguage("de-CH, en;q=0.5")).toBe("de-CH");
    expect(canonicalLanguage("zh-hant-tw")).toBe("zh-Hant-TW");
    for (const bad of ["", "  ", "english please", "x", "12"]) expect(canonicalLanguage(bad), bad).toBeNull();
  });

  it("gives the primary language of a tag", () => {
    expect([primaryLanguage("de-CH"), primaryLanguage("zh-Hant-TW"), primaryLanguage("en")]).toEqual(["de", "zh", "en"]);
  });
});

describe("a comparison's language", () => {
  it("is given by --lang (lang), else detected from each version's text", async () => {
    const { compareTexts } = await import("../../src/compare.js");
    const german = { path: "a", text: "Das Werk beschäftigt 1.200 Mitarbeiter, teilte die Firma am Montag mit." };
    const changed = { path: "b", text: "Das Werk beschäftigt 1200 Mitarbeiter, teilte die Firma am Montag mit." };
    const detected = compareTexts(german, changed);
    expect([detected.old.lang, detected.old.langFrom, detected.pairs[0]!.kinds]).toEqual(["de", "text", ["typography"]]);
    const given = compareTexts(german, changed, { lang: "EN" });
    expect([given.old.lang, given.old.langFrom, given.pairs[0]!.kinds]).toEqual(["en", "option", ["number"]]);
    expect(() => compareTexts(german, changed, { lang: "not a tag" })).toThrow(/not a BCP 47 language tag/u);
  });

  it("reads a short version with the other where the two disagree: a story's versions are in one language", async () => {
    const { compareTexts } = await import("../../src/compare.js");
    // Alone, the new version reads as Lingala, and "Mio." is no scale of Lingala's.
    expect(detectLanguage("Die neue Anlage kostete 2,5 Mio. Euro.")).toBe("ln");
    const read = compareTexts({ path: "a", text: "Die neue Anlage kostete 2,5 Millionen Euro." }, { path: "b", text: "Die neue Anlage kostete 2,5 Mio. Euro." });
    expect([read.old.lang, read.new.lang, read.new.langFrom, read.pairs[0]!.kinds]).toEqual(["de", "de", "text", ["typography"]]);
    // Its function words read "Am Samstag wurde im Landtag abgestimmt." as German alone; trigrams read it as Swedish.
    expect(detectLanguage("Am Samstag wurde im Landtag abgestimmt.")).toBe("de");
  });

  it("keeps each version's own language where a version is long enough to tell", async () => {
    const { compareTexts } = await import("../../src/compare.js");
    const english = "The harbour authority approved the expansion on Tuesday. The terminal will handle twice as many containers, officials said. ".repeat(4);
    const french = "L'autorité portuaire a approuvé mardi l'agrandissement du terminal. Celui-ci pourra traiter deux fois plus de conteneurs, selon les responsables. ".repeat(3);
    const read = compareTexts({ path: "a", text: english }, { path: "b", text: french });
    expect([read.old.lang, read.new.lang]).toEqual(["en", "fr"]);
  });
});

describe.skipIf(!hasReuters)("detection on the real Reuters-21578 versions", () => {
  it("takes every one of the 528 for English (franc alone reads 44 otherwise, wire tables mostly)", async () => {
    const { languageReport } = await import("../../bench/language.js");
    expect(languageReport(ROOT)).toContain("| Reuters-21578 versions | 528 | 528 (1.000) |");
  });
});

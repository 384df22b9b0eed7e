// When a capitalised word is a proper name. Mid-sentence, a capital says so. A sentence's first word
// is capitalised anyway, so there it takes evidence a reader would accept: an acronym (NATO); a
// word the story capitalises mid-sentence somewhere, in either version; a word that is not an
// ordinary English word by a real word list (12dicts, data/english-words.txt, asked through its
// Bloom filter); or a close respelling of such a name on the other side (Orlov → Orloff,
// Dmitriy → Dmitry).
import { isEnglishWord, LATIN_WITHOUT_VOWEL, WIRE_ABBREVIATIONS } from "../text/english.js";
import { ClassPattern } from "../text/classes.js";
import { CLOSING_MARKS, OPENING_MARKS } from "./quotes.js";
import { onFirstUse } from "../text/memo.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

export { isEnglishWord } from "../text/english.js";

const ACRONYM = new ClassPattern((c) => `^[${c.upper}]{2,}`, "u");
const POSSESSIVE = /['’]s?$/u;
/** What stands before a word that opens a sentence or a quotation, in every language's quotation marks („…“, „…”, »…«, ‹…›). */
const OPENS_BEFORE = new RegExp(String.raw`(?:^|[.!?:;…][${CLOSING_MARKS})\]]*\s+|[${OPENING_MARKS}(\[]\s*|[—–-]\s+)$`, "u");
/** Characters looked at before a word to see whether it opens a sentence. */
const LOOK_BEHIND = 6;

/**
 * Respellings this close count as one name written two ways: Orlov/Orloff is 2 edits in 6 letters;
 * Officials/Diplomats is 8. A third of the longer form, at least one edit, and the first letter kept.
 */
const RESPELLING_SHARE = 1 / 3;

/** Where a story's mid-sentence capitals come from: worked out only when a question needs them. */
export interface NameContext {
  isCapitalisedElsewhere(word: string): boolean;
  /**
   * Whether the story writes the word somewhere as a name by `named`, asked of each place the word
   * stands whole in either version's sentences: in German, whose nouns are all capitalised, a name
   * is told by its neighbours (after a title, beside another name, before a verb of saying with no
   * article), and one so told anywhere in the story is the same name where nothing beside it says so.
   * Answers are kept by `language` and word: each language asks with its own `named`.
   */
  isNamedElsewhere(word: string, language: string, named: (sentence: string, at: number) => boolean): boolean;
}

const WORD_CHARACTER = new ClassPattern((c) => String.raw`[${c.letter}${c.mark}${c.number}'’\-‐]`, "u");

/**
 * A context over the sentences of both versions. Each word asked about is looked for with a plain
 * search, once: only a sentence's changed first words are asked about, a few a story, where
 * collecting every capitalised word of the story first cost more than the rest of classifying it.
 */
export function nameContext(...sentenceLists: (readonly string[])[]): NameContext {
  /** Whether `test` holds at some place the word stands in either version's sentences, each found with a plain search. */
  const anyPlace = (word: string, test: (sentence: string, at: number) => boolean): boolean => {
    for (let list = 0; list < sentenceLists.length; list++) {
      const sentences = sentenceLists[list]!;
      for (let k = 0; k < sentences.length; k++) {
        const sentence = sentences[k]!;
        for (let at = sentence.indexOf(word); at !== -1; at = sentence.indexOf(word, at + 1)) if (test(sentence, at)) return true;
      }
    }
    return false;
  };
  const answers = new Map<string, boolean>();
  const elsewhere = (word: string): boolean =>
    anyPlace(word, (sentence, at) => {
      // A headline set in capitals capitalises every word: no evidence.
      if (isShouted(sentence)) return false;
      const before = sentence[at - 1] ?? " ";
      const after = sentence[at + word.length] ?? " ";
      if (WORD_CHARACTER.test(before) || (WORD_CHARACTER.test(after) && after !== "'" && after !== "’")) return false;
      return !OPENS_BEFORE.test(sentence.slice(Math.max(0, at - LOOK_BEHIND), at));
    });
  const namedAnswers = new Map<string, boolean>();
  return {
    isNamedElsewhere(word, language, named) {
      const key = `${language}\u0000${word}`;
      let answer = namedAnswers.get(key);
      if (answer === undefined) {
        // Whole words only, where words are spaced: Chinese and Japanese write a name against its neighbours.
        const spaced = !UNSPACED_WORD.test(word);
        answer = anyPlace(word, (sentence, at) => !(spaced && (WORD_CHARACTER.test(sentence[at - 1] ?? " ") || WORD_CHARACTER.test(sentence[at + word.length] ?? " "))) && named(sentence, at));
        namedAnswers.set(key, answer);
      }
      return answer;
    },
    isCapitalisedElsewhere(word) {
      const bare = word.replace(POSSESSIVE, "");
      let answer = answers.get(bare);
      if (answer === undefined) {
        // A word in capitals ("MARLOW" in a headline) is also the name the story writes "Marlow".
        answer = bare.length >= 2 && (elsewhere(bare) || (ACRONYM_WORD.test(bare) && elsewhere(`${bare[0]}${bare.slice(1).toLowerCase()}`)));
        answers.set(bare, answer);
      }
      return answer;
    },
  };
}

/** A word in capitals throughout ("US", "IT", "MARLOW"): an acronym, or a word of a text set in capitals. */
export const ACRONYM_WORD = /^[A-Z]{2,}$/u;
/** Two words in capitals, one after the other: a text set in capitals, when it holds no lower-case letter. */
const CAPITALS_WORDS = /[A-Z]{2,}[^A-Za-z]+[A-Z]{2,}/u;
const LOWER_CASE = /[a-z]/u;

/** Whether a text is set in capitals, as headlines and slugs may be ("BANK CUTS RATES"): no lower-case letter, and two words in capitals. */
export function isShouted(text: string): boolean {
  return !LOWER_CASE.test(text) && CAPITALS_WORDS.test(text);
}

/** Whether a capitalised word that opens a sentence is a name by the evidence above (respellings aside). */
export function isOpeningName(word: string, context: NameContext, language = "en"): boolean {
  if (language !== "en" && language !== "und") return isForeignOpeningName(word, context, language);
  // An acronym is a name by the same test (NATO, IADB are no English words; NOTE is one). One
  // without a vowel (CNG, BHP) is not an abbreviation of wire copy's tables, which are written in
  // mixed case (Mths, Shr) and are known by name.
  if (ACRONYM.test(word)) {
    const bare = word.replace(POSSESSIVE, "").toLowerCase();
    if (LATIN_WITHOUT_VOWEL.test(bare) && !WIRE_ABBREVIATIONS.has(bare)) return true;
  }
  // A pronoun capitalised by mistake mid-sentence ("U.S., He said") says nothing of the word.
  return !isEnglishWord(word) || (!PRONOUNS.has(word.toLowerCase()) && context.isCapitalisedElsewhere(word));
}

/** English's pronouns: capitalised mid-sentence ("I", or by mistake), still no names. */
export const PRONOUNS: ReadonlySet<string> = new Set(
  "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs this that these those who whom whose which what there".split(" "),
);

/**
 * Languages that capitalise every noun (German, Luxembourgish): there a capital mid-sentence says
 * noun, not name, and a capitalised word needs the evidence a sentence's first word needs.
 */
export const NOUNS_CAPITALISED: ReadonlySet<string> = new Set(["de", "lb"]);

/**
 * Articles, by language, and prepositions joined to one (Italian "dal" → "dagli", French "du" →
 * "des"): one that comes, goes or changes with a name ("Egypt" → "the United States", "the
 * European Union" → "NATO", "Reuters" → "The Associated Press", "dal Qatar" → "dagli Stati
 * Uniti") is part of the name's change, as a reader sees it, not a change of wording.
 */
const ARTICLES_OF: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set(["the", "a", "an"]),
  de: new Set(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "im", "am", "vom", "zum", "zur", "beim", "ins"]),
  fr: new Set(["le", "la", "les", "un", "une", "du", "des", "au", "aux"]),
  es: new Set(["el", "la", "los", "las", "un", "una", "del", "al"]),
  it: new Set([
    "il", "lo", "la", "i", "gli", "le", "un", "uno", "una",
    ...["de", "a", "da", "ne", "su"].flatMap((stem) => ["l", "llo", "lla", "i", "gli", "lle"].map((ending) => stem + ending)),
  ]),
  pt: new Set(["o", "a", "os", "as", "um", "uma", "do", "da", "dos", "das", "no", "na", "nos", "nas", "ao", "aos", "à", "às", "pelo", "pela", "pelos", "pelas"]),
  nl: new Set(["de", "het", "een"]),
};

/**
 * Forms of one word that the next word chooses (English "a 19-year-old", "an 18-year-old"; Russian
 * "в понедельник", "во вторник"; Spanish "y", "e" before an i-; Italian "e", "ed" before a
 * vowel; Polish "w", "we"; Czech "v", "ve"): one swapped for the other goes with the change of the word after it,
 * and is no change of wording itself.
 */
const FORMS_OF: Readonly<Record<string, readonly (readonly string[])[]>> = {
  en: [["a", "an"]],
  ru: [["в", "во"], ["с", "со"], ["к", "ко"], ["о", "об", "обо"], ["из", "изо"], ["от", "ото"], ["над", "надо"], ["под", "подо"], ["перед", "передо"]],
  pl: [["w", "we"], ["z", "ze"], ["od", "ode"], ["przez", "przeze"]],
  // Czech and Slovak "v úterý", "ve středu" (in, on); Ukrainian "у"/"в", "з"/"із"/"зі"; Bulgarian "в"/"във".
  cs: [["v", "ve"], ["s", "se"], ["z", "ze"], ["k", "ke"]],
  sk: [["v", "vo"], ["s", "so"], ["z", "zo"], ["k", "ku"]],
  uk: [["у", "в"], ["з", "із", "зі"]],
  bg: [["в", "във"], ["с", "със"]],
  hr: [["s", "sa"], ["k", "ka"]],
  sr: [["s", "sa"], ["k", "ka"], ["с", "са"], ["к", "ка"]],
  es: [["y", "e"], ["o", "u"]],
  it: [["e", "ed"], ["a", "ad"], ["o", "od"]],
};

/** Whether two words are forms of one word that the next word chooses between (see FORMS_OF). */
export function areFormsOfOneWord(a: string, b: string, language: string): boolean {
  const forms = FORMS_OF[language];
  if (forms === undefined) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x !== y && forms.some((set) => set.includes(x) && set.includes(y));
}

/** The longest article of ARTICLES_OF ("einem", "della", "pelas"): longer words are none, and are not lowered to ask. */
const MAX_ARTICLE_LENGTH = Math.max(...Object.values(ARTICLES_OF).flatMap((articles) => [...articles].map((article) => article.length)));

/** Whether a word is an article of the language (in any case: a sentence's first word is capitalised). */
export function isArticle(word: string, language: string): boolean {
  const articles = ARTICLES_OF[language];
  if (articles === undefined || word.length > MAX_ARTICLE_LENGTH) return false;
  if (articles.has(word)) return true;
  // Asked of every word of a changed or whole sentence: a lower-case one is not lowered again.
  const first = word.charCodeAt(0);
  return !(first >= 0x61 && first <= 0x7a) && articles.has(word.toLowerCase());
}

/**
 * Korean names, which no capital marks: a surname of one syllable, alone or with a given name of
 * one or two ("김 장관", "김철수 장관"), before a title or office ("이영희 장관은": a particle may
 * be written onto the title). "김철수 장관" → "이영희 장관" was wording, a changed name passing a
 * name gate. The surnames are the common ones (~95% of Koreans bear one of these 60).
 */
const KOREAN_SURNAMES = new Set(
  [..."김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁"],
);
const KOREAN_TITLES = new Set([
  "장관", "차관", "대통령", "총리", "부총리", "의원", "대표", "원내대표", "위원장", "의장", "회장", "부회장", "사장", "대표이사", "교수",
  "감독", "선수", "기자", "씨", "시장", "지사", "도지사", "대변인", "청장", "총장", "검사", "판사", "변호사", "박사", "후보", "국장",
  "실장", "본부장", "이사장", "원장", "대사", "장군", "부장", "지검장", "총재", "단장",
]);
/** Particles written onto a Korean title ("장관은", "대통령이", "의원과"), longest first. */
const KOREAN_PARTICLES = ["에게서", "께서", "에게", "으로", "은", "는", "이", "가", "을", "를", "과", "와", "의", "도", "만", "로", "께"];
/** Korean's particles as they stand on a noun, a place's name among them: KOREAN_PARTICLES, and "에서" (in, from), "에" (to, at), "까지" (to). */
const KOREAN_NOUN_ENDINGS = ["에서", "까지", ...KOREAN_PARTICLES, "에"];
const HANGUL_SYLLABLES = /^[\uAC00-\uD7A3]{1,3}$/u;
const KOREAN_WORD_AFTER = /^\s+([\uAC00-\uD7A3]+)/u;

/** Whether a Korean word at `at` is a name before a title (see KOREAN_SURNAMES). */
function isKoreanNameBeforeTitle(word: string, text: string, at: number): boolean {
  if (!HANGUL_SYLLABLES.test(word) || !KOREAN_SURNAMES.has(word[0]!)) return false;
  const next = KOREAN_WORD_AFTER.exec(text.slice(at + word.length, at + word.length + 16))?.[1];
  if (next === undefined) return false;
  if (KOREAN_TITLES.has(next)) return true;
  const particle = KOREAN_PARTICLES.find((ending) => next.length > ending.length && next.endsWith(ending));
  return particle !== undefined && KOREAN_TITLES.has(next.slice(0, -particle.length));
}

/**
 * Titles and offices that stand beside a name in languages whose scripts have no capitals, by
 * language: `before`, written before the name (Chinese "国家主席习近平", Arabic "الرئيس محمد",
 * Hindi "प्रधानमंत्री मोदी", Hebrew "ראש הממשלה נתניהו"), `after`, written after it (Japanese
 * "岸田首相", "田中氏", Chinese "拜登总统"). A changed word beside one is a name: "岸田首相" →
 * "石破首相" was wording. Korean's need a surname as well (isKoreanNameBeforeTitle).
 */
const CASELESS_TITLES: Readonly<Record<string, { before: readonly string[]; after: readonly string[] }>> = {
  ja: {
    before: [],
    after: ["首相", "総理", "氏", "さん", "大臣", "外相", "知事", "市長", "社長", "会長", "議員", "総裁", "大統領", "副大統領", "国務長官", "長官", "容疑者", "被告", "監督", "選手", "教授", "委員長", "議長", "代表", "主席", "国王", "首席"],
  },
  zh: {
    before: ["国家主席", "主席", "总理", "国务院总理", "总统", "副总统", "部长", "外长", "发言人", "市长", "省长", "首相", "总书记", "董事长", "主任", "委员长", "书记", "大使", "将军", "教授", "总裁", "行政长官", "国务卿", "秘书长", "总干事"],
    after: ["先生", "女士", "总统", "总理", "主席", "部长", "教授", "首相"],
  },
  ar: { before: ["الرئيس", "رئيس", "الوزير", "الملك", "الأمير", "الشيخ", "السيد", "السيدة", "الدكتور", "العاهل", "الجنرال", "النائب", "القاضي", "المتحدث", "الوزراء", "العهد", "الأمين"], after: [] },
  fa: { before: ["رئیس‌جمهور", "وزیر", "آقای", "خانم", "دکتر", "سخنگوی", "سردار", "آیت‌الله"], after: [] },
  hi: { before: ["प्रधानमंत्री", "मंत्री", "राष्ट्रपति", "मुख्यमंत्री", "श्री", "श्रीमती", "डॉ", "सांसद", "विधायक", "अध्यक्ष", "राज्यपाल", "न्यायमूर्ति"], after: ["जी"] },
  he: { before: ["הממשלה", "השר", "השרה", "הנשיא", "נשיא", "מר", "העיר", "השופט", "השופטת", "הרמטכ\"ל", "ח\"כ", "יו\"ר"], after: [] },
};
/** Languages written with spaces between words: a title there is a whole word. */
export const SPACED_TITLES: ReadonlySet<string> = new Set(["ar", "fa", "hi", "he"]);
/** Languages whose titles stand against a name with no space between, and whose word breaker may cut a name in pieces. */
export const UNSPACED_TITLES: ReadonlySet<string> = new Set(["zh", "ja"]);

/** Whether the language's names are told by a title beside them (isNameBesideTitle): Korean and CASELESS_TITLES' languages. */
export function namesBesideTitles(language: string): boolean {
  return language === "ko" || CASELESS_TITLES[language] !== undefined;
}
/** Each language's names of countries and territories, built on first use (countryNames). */
const COUNTRY_NAMES = new Map<string, ReadonlySet<string>>();
/** ISO 3166's codes are two capitals: all 676 are asked, and those CLDR names are kept. */
const REGION_CODE_LETTERS = 26;

/**
 * The names of countries and territories as CLDR writes them in a language, long and short: "美国",
 * "英国", "イギリス", "ドイツ", "미국", "فرنسا", "जर्मनी", "Frankreich". In a language without
 * capitals a name needs evidence (a title beside it), and a country is its own: "访问了美国" →
 * "访问了英国" changes a name. ~2.5 ms a language, once.
 */
export function countryNames(language: string): ReadonlySet<string> {
  let names = COUNTRY_NAMES.get(language);
  if (names !== undefined) return names;
  const found = new Set<string>(PRESS_COUNTRY_NAMES[language] ?? []);
  try {
    // Chinese copy is written in either script: "美国" and "美國".
    const tags = language === "zh" ? ["zh", "zh-Hant"] : [language];
    const displays = tags.flatMap((tag) => [new Intl.DisplayNames(tag, { type: "region" }), new Intl.DisplayNames(tag, { type: "region", style: "short" })]);
    for (let a = 0; a < REGION_CODE_LETTERS; a++) {
      for (let b = 0; b < REGION_CODE_LETTERS; b++) {
        const code = String.fromCharCode(65 + a, 65 + b);
        for (const display of displays) {
          const name = display.of(code);
          if (name !== undefined && name !== code) found.add(name);
        }
      }
    }
  } catch {
    // A language tag ICU does not take: no names.
  }
  names = found;
  COUNTRY_NAMES.set(language, names);
  return names;
}

/** Countries' names the press writes that CLDR does not: Japanese "米国" (CLDR: "アメリカ合衆国", "アメリカ"). */
const PRESS_COUNTRY_NAMES: Readonly<Record<string, readonly string[]>> = { ja: ["米国"] };

/**
 * Letters a language writes onto a word's front, one or two of them: Arabic "and", "in", "for",
 * "as", "so" ("وفرنسا", "بفرنسا"); Hebrew "in", "to", "from", "and", "the", "as", "that" ("בצרפת",
 * "ומגרמניה").
 */
const CLITIC_LETTERS: Readonly<Record<string, string>> = { ar: "وبلكف", he: "בלמוהכש" };
/** Clitic letters on one word, at most. */
const MAX_CLITICS = 2;

/** Whether a word is a country's name in its language (countryNames), with a clitic letter or a particle on it or not. */
export function isCountryName(word: string, language: string): boolean {
  const names = countryNames(language);
  if (names.has(word)) return true;
  const clitics = CLITIC_LETTERS[language];
  if (clitics !== undefined) {
    for (let k = 0; k < MAX_CLITICS && word.length - k > 2 && clitics.includes(word[k]!); k++) if (names.has(word.slice(k + 1))) return true;
    return false;
  }
  // Korean writes its particles onto the noun: "미국을", "일본에서".
  if (language === "ko") return KOREAN_NOUN_ENDINGS.some((ending) => word.length > ending.length && word.endsWith(ending) && names.has(word.slice(0, -ending.length)));
  return false;
}

/** A word of Han characters or kana, which Chinese and Japanese write with no space around it. */
const UNSPACED_WORD = /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]+$/u;
/** Katakana, which Japanese writes foreign names in, and the prolonged-sound mark "ー" among them. */
const KATAKANA = /[\u30a1-\u30ff]/u;
const KATAKANA_END = /[\u30a1-\u30ff]$/u;
/** The fewest characters of a Chinese or Japanese name: one-character words beside a title are "former", "vice" (前, 元, 副). */
const MIN_CJK_NAME = 2;
const HAS_CASE = onFirstUse(() => /[\p{Lu}\p{Ll}]/u);

/** Whether a word at `at` of a language without capitals is a name: it stands beside a title (CASELESS_TITLES). */
export function isNameBesideTitle(word: string, text: string, at: number, language: string): boolean {
  if (language === "ko") return isKoreanNameBeforeTitle(word, text, at);
  const titles = CASELESS_TITLES[language];
  if (titles === undefined || HAS_CASE().test(word)) return false;
  if (SPACED_TITLES.has(language)) {
    const before = text.slice(Math.max(0, at - 24), at).trimEnd();
    const after = text.slice(at + word.length, at + word.length + 24).trimStart();
    const wordBefore = before.slice(before.search(/\S+$/u));
    const wordAfter = after.slice(0, Math.max(0, after.search(/[\s.,،؛:!?।]|$/u)));
    return titles.before.includes(wordBefore) || titles.after.includes(wordAfter);
  }
  // A foreign name in katakana may share its last sounds with the other side's ("バイデン" → "マクロン"
  // keeps "ン"): the name runs on over the katakana after the change, up to the title.
  let end = at + word.length;
  if (KATAKANA_END.test(word)) while (end < text.length && KATAKANA.test(text[end]!)) end++;
  if ([...word].length + (end - at - word.length) < MIN_CJK_NAME) return false;
  const [before, after] = [text.slice(Math.max(0, at - 6), at), text.slice(end, end + 6)];
  return titles.before.some((title) => before.endsWith(title)) || titles.after.some((title) => after.startsWith(title));
}

/**
 * Outside English the English word list says nothing: a sentence's first word is a name when it
 * is an acronym, or when the story capitalises it mid-sentence too, except in languages that
 * capitalise every noun (German), where only an acronym says so.
 */
function isForeignOpeningName(word: string, context: NameContext, language: string): boolean {
  if (ACRONYM.test(word)) return true;
  return !NOUNS_CAPITALISED.has(language) && context.isCapitalisedElsewhere(word);
}

/**
 * A capitalised abbreviation of wire copy's tables (Mths, Shr, Avg, Revs: a known one, or letters
 * without a vowel in mixed case), which is capitalised as a label and names nothing, wherever it
 * stands. In capitals it is an acronym, a name (CNG).
 */
export function isAbbreviation(word: string): boolean {
  if (ACRONYM.test(word)) return false;
  const bare = word.replace(POSSESSIVE, "").toLowerCase();
  return WIRE_ABBREVIATIONS.has(bare) || LATIN_WITHOUT_VOWEL.test(bare);
}

/** Edits (insert, delete, substitute) from one word to the other, given up past `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether two words are close respellings of one another (see RESPELLING_SHARE). */
export function isRespelling(a: string, b: string): boolean {
  const [x, y] = [a.replace(POSSESSIVE, "").toLowerCase(), b.replace(POSSESSIVE, "").toLowerCase()];
  if (x === y || x[0] !== y[0]) return false;
  const limit = Math.max(1, Math.floor(Math.max(x.length, y.length) * RESPELLING_SHARE));
  return editDistance(x, y, limit) <= limit;
}

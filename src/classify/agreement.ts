// The words that agree with a count: "a man was arrested" → "two men were arrested" changes a
// figure, and the noun and the verb take their other number with it. They go with the figure's
// change, which says it, and are no change of wording (classify/index.ts asks agreeWithCount of
// each change in a pair whose figures changed).
import type { Token } from "../model.js";
import { isWordLike } from "../segment/tokens.js";
import { ClassPattern } from "../text/classes.js";
import { COUNTING_ARTICLES, type Figure } from "./figures.js";
import type { FigureLocale } from "./locale.js";
import { isArticle } from "./names.js";

/** A token where it stands in its sentence. */
interface PlacedToken extends Token {
  at: number;
}
type Sides<T> = { old: T; new: T };

/**
 * Singular and plural forms that share no stem, by language: nouns and the verbs that agree with a
 * count ("a man was" → "two men were", "un homme a été" → "deux hommes ont été", "один человек" →
 * "два человека", Czech "jeden člověk" → "dva lidé"). Regular forms are PLURAL_ENDINGS'.
 */
const IRREGULAR_NUMBER_FORMS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  en: [["man", "men"], ["woman", "women"], ["person", "people"], ["child", "children"], ["was", "were"], ["is", "are"], ["has", "have"], ["does", "do"]],
  de: [["ist", "sind"], ["hat", "haben"], ["wird", "werden"], ["war", "waren"]],
  fr: [["a", "ont"], ["est", "sont"], ["va", "vont"], ["était", "étaient"]],
  es: [["es", "son"], ["ha", "han"], ["fue", "fueron"]],
  pt: [["é", "são"], ["foi", "foram"], ["está", "estão"]],
  it: [["è", "sono"], ["ha", "hanno"], ["fu", "furono"], ["uomo", "uomini"]],
  ru: [["человек", "люди"], ["ребёнок", "дети"], ["ребенок", "дети"]],
  uk: [["людина", "люди"], ["дитина", "діти"]],
  pl: [["człowiek", "ludzie"], ["dziecko", "dzieci"]],
  cs: [["člověk", "lidé"], ["člověk", "lidi"], ["dítě", "děti"]],
  sk: [["človek", "ľudia"], ["dieťa", "deti"]],
  hi: [["व्यक्ति", "लोग"], ["व्यक्ति", "लोगों"], ["हुआ", "हुए"], ["गया", "गए"]],
  ro: [["a", "au"], ["este", "sunt"]],
};
/**
 * How a language makes a regular plural of a noun, a participle or a verb, as endings given to
 * the singular ("boat" → "boats", "Mann" → "Männer" with its umlaut, "detenido" → "detenidos",
 * "está" → "están"), or an ending swapped (Italian "ragazzo" → "ragazzi", Russian "погибла" →
 * "погибли", Polish "zginęła" → "zginęły"). Only these: a word and its derivation
 * ("carryforward" → "carryforwards" is one, "African" → "Africa" is not) differ otherwise.
 */
const PLURAL_ENDINGS: Readonly<Record<string, { added: readonly string[]; swapped?: readonly (readonly [string, string])[] }>> = {
  en: { added: ["s", "es"], swapped: [["y", "ies"], ["man", "men"]] },
  de: { added: ["e", "er", "en", "n", "s"] },
  fr: { added: ["s", "x"], swapped: [["al", "aux"]] },
  // And the past tense's persons: "resultó" → "resultaron", "murió" → "murieron", "ficou" → "ficaram".
  es: { added: ["s", "es", "n"], swapped: [["ó", "aron"], ["ió", "ieron"]] },
  pt: { added: ["s", "es", "m"], swapped: [["ão", "ões"], ["l", "is"], ["m", "ns"], ["ou", "aram"], ["eu", "eram"], ["iu", "iram"]] },
  it: { added: [], swapped: [["o", "i"], ["a", "e"], ["e", "i"]] },
  // After two to four a noun takes the genitive singular ("два человека"); the past tense takes -и
  // in the plural ("погиб" → "погибли", "загинула" → "загинули").
  ru: { added: ["и", "ы", "а", "я", "ли"], swapped: [["а", "ы"], ["а", "и"], ["я", "и"], ["ь", "и"], ["й", "я"], ["о", "а"], ["е", "я"]] },
  uk: { added: ["и", "і", "а", "я", "ли"], swapped: [["а", "и"], ["а", "і"], ["я", "і"], ["ь", "і"], ["о", "а"], ["в", "ли"]] },
  be: { added: ["і", "ы", "а", "я", "лі"], swapped: [["а", "ы"], ["а", "і"], ["ў", "лі"]] },
  pl: { added: ["y", "i", "e", "ie"], swapped: [["a", "y"], ["a", "i"], ["ł", "li"], ["ął", "ęli"], ["ła", "ły"], ["ło", "ły"]] },
  cs: { added: ["i", "y", "a", "e"], swapped: [["a", "y"], ["a", "i"], ["o", "a"], ["ý", "í"]] },
  sk: { added: ["i", "y", "a"], swapped: [["a", "y"], ["o", "a"], ["ý", "í"]] },
  nl: { added: ["en", "n", "s", "'s"], swapped: [["oon", "onen"], ["aan", "anen"]] },
  sv: { added: ["er", "ar", "or", "r", "n"] },
  da: { added: ["e", "er", "r"] },
  nb: { added: ["er", "e", "r"], swapped: [["mann", "menn"]] },
  // Finnish counts in the partitive singular ("kaksi poliisia").
  fi: { added: ["a", "ä", "ta", "tä"] },
  ro: { added: ["i", "e"], swapped: [["st", "ști"], ["t", "ți"], ["ă", "e"], ["a", "e"]] },
  el: { added: [], swapped: [["ός", "οί"], ["ος", "οι"], ["ε", "αν"], ["ας", "ες"], ["ης", "ες"], ["η", "ες"]] },
};
const UMLAUTS: Readonly<Record<string, string>> = { ä: "a", ö: "o", ü: "u" };

/** Whether `one` and `many` are a word's singular and plural (or a verb's agreement with each), in that order. */
function isPluralOf(one: string, many: string, language: string): boolean {
  if (IRREGULAR_NUMBER_FORMS[language]?.some(([a, b]) => a === one && b === many)) return true;
  const endings = PLURAL_ENDINGS[language];
  if (endings === undefined) return false;
  // German's plural may take an umlaut on the stem ("Mann" → "Männer"); the singular has none there.
  const stem = language === "de" ? many.replace(/[äöü]/gu, (letter) => UMLAUTS[letter]!) : many;
  if (endings.added.some((ending) => stem === one + ending)) return true;
  return endings.swapped?.some(([single, plural]) => one.endsWith(single) && many === one.slice(0, -single.length) + plural) ?? false;
}

/** Whether two words are one word's singular and plural, either way round (see isPluralOf). */
function areNumberForms(a: string, b: string, language: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x !== y && (isPluralOf(x, y, language) || isPluralOf(y, x, language));
}

/**
 * Whether a word counts one without being read as a figure: an article ("a", "the", "ein") or the
 * word for one, which figures.ts reads as a figure only before a scale, as it is also "a" (Turkish
 * "bir", Russian "один", Hindi "एक").
 */
function countsOne(word: string, language: string, locale: FigureLocale | null): boolean {
  if (isArticle(word, language)) return true;
  const lower = word.toLowerCase();
  if (ONE_WITH_CLASSIFIER[language]?.has(lower)) return true;
  return locale === null ? COUNTING_ARTICLES.has(lower) : locale.spelled.get(lower) === 1;
}

/** Indonesian and Malay write one with its classifier as one word: "seorang polisi" (one policeman) → "dua polisi". */
const ONE_WITH_CLASSIFIER: Readonly<Record<string, ReadonlySet<string>>> = {
  id: new Set(["seorang", "sebuah", "seekor", "sebiji", "selembar"]),
  ms: new Set(["seorang", "sebuah", "seekor", "sebiji", "sehelai"]),
};

// Letters and their marks (Devanagari's vowel signs are marks: "व्यक्ति"), spelled out for Latin
// text: built of Unicode's properties, the two patterns cost the real pairs' run ~29 M instructions.
const WORD_BEFORE_END = new ClassPattern((c) => String.raw`([${c.letter}${c.mark}${c.number}]+)\s+$`, "u");
const WORD_AFTER_START = new ClassPattern((c) => String.raw`^\s+([${c.letter}${c.mark}]+)`, "u");
/** Characters read beside a change for the word next to it: the pattern is spelled for what it reads, and a table's row runs long. */
const WORD_REACH = 32;
/** The pattern's match in `text`, spelled for that text. */
const matchIn = (pattern: ClassPattern, text: string) => pattern.for(text).exec(text);

/** Whether the word at `at` stands right after a figure of its side or a word that counts one ("two soldiers", "the boat", "один человек"). */
function afterCount(text: string, at: number, figures: readonly Figure[], language: string, locale: FigureLocale | null): "figure" | "one" | null {
  for (let k = 0; k < figures.length; k++) if (figures[k]!.end <= at && text.slice(figures[k]!.end, at).trim() === "") return "figure";
  const before = matchIn(WORD_BEFORE_END, text.slice(Math.max(0, at - WORD_REACH), at));
  return before !== null && countsOne(before[1]!, language, locale) ? "one" : null;
}

/** Whether the word ending at `end` stands right before a figure of its side or a word that counts one (a verb before its subject: "погиб | один человек"). */
function beforeCount(text: string, end: number, figures: readonly Figure[], language: string, locale: FigureLocale | null): "figure" | "one" | null {
  for (let k = 0; k < figures.length; k++) if (figures[k]!.start >= end && text.slice(end, figures[k]!.start).trim() === "") return "figure";
  const after = matchIn(WORD_AFTER_START, text.slice(end, end + WORD_REACH));
  return after !== null && countsOne(after[1]!, language, locale) ? "one" : null;
}

/**
 * Whether a change, in a pair whose figures changed, is only what agrees with a count: nouns and
 * verbs in their other number, word for word, and the words for one that a figure took the place
 * of. Within the change that holds the figure (`masked`: its tokens left out of `removed` and
 * `added`), anywhere ("погиб один человек" → "погибли два человека", the verb before the count);
 * in a change of their own, the first right after the count ("a soldier" → "two soldiers", the
 * word diff cutting "a" and "soldier" apart), or after words that agree with it.
 */
export function agreeWithCount(
  change: { oldEnd: number; newEnd: number },
  removed: readonly PlacedToken[],
  added: readonly PlacedToken[],
  texts: Sides<string>,
  figures: Sides<readonly Figure[]>,
  reading: { language: string; locale: Sides<FigureLocale | null> },
  masked: boolean,
): boolean {
  const { language, locale } = reading;
  const words = (tokens: readonly PlacedToken[], side: FigureLocale | null) => tokens.filter((token) => isWordLike(token) && !countsOne(token.text, language, side));
  const [before, after] = [words(removed, locale.old), words(added, locale.new)];
  if (before.length === 0 && after.length === 0) {
    // "a" → "two" with "soldier" → "soldiers" after it, or Turkish "bir kişi" → "iki kişi", whose
    // noun takes no plural after a number: the words after the change are the count's.
    if (!masked) return false;
    const [old, new_] = [matchIn(WORD_AFTER_START, texts.old.slice(change.oldEnd, change.oldEnd + WORD_REACH)), matchIn(WORD_AFTER_START, texts.new.slice(change.newEnd, change.newEnd + WORD_REACH))];
    return old !== null && new_ !== null && (old[1] === new_[1] || areNumberForms(old[1]!, new_[1]!, language));
  }
  if (before.length !== after.length) return false;
  for (let k = 0; k < before.length; k++) if (!areNumberForms(before[k]!.text, after[k]!.text, language)) return false;
  if (masked) return true;
  // A verb before its subject's count ("погиб один человек" → "погибли два человека").
  const last = { old: before[before.length - 1]!, new: after[after.length - 1]! };
  const counted = [beforeCount(texts.old, last.old.at + last.old.text.length, figures.old, language, locale.old), beforeCount(texts.new, last.new.at + last.new.text.length, figures.new, language, locale.new)];
  if (counted.includes("figure") && !counted.includes(null)) return true;
  return agreesAt(texts, before[0]!.at, after[0]!.at, figures, reading, AGREEMENT_STEPS);
}

/** Words back from a change to the count it agrees with: a noun, an auxiliary, a participle ("hommes ont été arrêtés"). */
const AGREEMENT_STEPS = 3;

/**
 * Whether the words at `oldAt` and `newAt` stand right after a count (a figure on one side at
 * least, an article on the other), or after the words that agree with one: nouns and verbs in
 * their two numbers, and words alike on both sides between them ("two men | were", "deux hommes
 * ont été | arrêtés"; the word diff cuts them into changes of their own). `steps`: how many words
 * back to look.
 */
function agreesAt(texts: Sides<string>, oldAt: number, newAt: number, figures: Sides<readonly Figure[]>, reading: { language: string; locale: Sides<FigureLocale | null> }, steps: number): boolean {
  const { language, locale } = reading;
  const counted = [afterCount(texts.old, oldAt, figures.old, language, locale.old), afterCount(texts.new, newAt, figures.new, language, locale.new)];
  if (counted.includes("figure") && !counted.includes(null)) return true;
  if (steps === 0) return false;
  const [old, new_] = [matchIn(WORD_BEFORE_END, texts.old.slice(Math.max(0, oldAt - WORD_REACH), oldAt)), matchIn(WORD_BEFORE_END, texts.new.slice(Math.max(0, newAt - WORD_REACH), newAt))];
  if (old === null || new_ === null || (old[1] !== new_[1] && !areNumberForms(old[1]!, new_[1]!, language))) return false;
  return agreesAt(texts, oldAt - old[0].length, newAt - new_[0].length, figures, reading, steps - 1);
}

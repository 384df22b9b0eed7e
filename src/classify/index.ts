import type { Pair, Token, TokenPart, TokenSides } from "../model.js";
import { COMPANY_ABBREVIATIONS, COMPANY_SUFFIXES, OTHER_LANGUAGE_TITLES, TITLE_ABBREVIATIONS, TITLES } from "../segment/abbreviations.js";
import { isWordLike, tokenize } from "../segment/tokens.js";
import { CAPITALISED, ClassPattern, LETTER_OR_DIGIT } from "../text/classes.js";
import { lookupTable } from "../text/lookup.js";
import { foldTypography } from "../text/fold.js";
import { isSpellingVariant } from "../text/spelling.js";
import { isAnyFunctionWord } from "../text/function-words.js";
import { STOPWORDS } from "../text/stopwords.js";
import { isEnglishWord, isInflectedEnglishWord, isMisspelling } from "../text/english.js";
import { Findings, NO_KINDS, type Classification } from "./evidence.js";
import { COUNTING_ARTICLES, figuresNear, findFigures, isIndexNumber, POSSESSIVE_END, rangesAlike, SHARE_KEY, spanInMinutes, touchesFigure, type Figure } from "./figures.js";
import { agreeWithCount } from "./agreement.js";
import { areRomanizations, isDerivedForm, OFFICE_INITIALS, OFFICE_QUALIFIERS, OFFICES, STATE_ABBREVIATIONS } from "./lexicon.js";
import { figureLocale, type FigureLocale } from "./locale.js";
import { primaryLanguage } from "../text/language.js";
import { ACRONYM_WORD, areFormsOfOneWord, isAbbreviation, isArticle, isCountryName, isNameBesideTitle, isOpeningName, isRespelling, isShouted, nameContext, namesBesideTitles, NOUNS_CAPITALISED, PRONOUNS, SPACED_TITLES, UNSPACED_TITLES, type NameContext } from "./names.js";
import { CLOSING_MARKS, insideQuote, OPENING_MARKS, quotationMarksIn, quotedWords, quoteSpans, type Span } from "./quotes.js";
import { onFirstUse } from "../text/memo.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

export type { Classification } from "./evidence.js";

/** Past this many token edits the classifier stops looking closer and calls the change wording. */
const MAX_CLASSIFY_EDITS = 500;

/** A token and where it starts in its sentence. */
interface Placed extends Token {
  at: number;
}

/** One change inside a pair, token by token, with where it stands in each text. */
interface Change {
  removed: Placed[];
  added: Placed[];
  oldAt: number;
  newAt: number;
  oldEnd: number;
  newEnd: number;
  /** [from, to) indexes of the change's tokens in each side's tokens. */
  oldTokens: [number, number];
  newTokens: [number, number];
}

type Cosmetic = "whitespace" | "typography" | "case" | "spelling" | "punctuation";

const PLAIN_SPACE = /^[ \t\n]+$/u;
/**
 * The blocks of the scripts that write vowels as signs on a consonant (Devanagari to Myanmar,
 * Khmer, Balinese, Javanese): Hindi "की" and "का" (of, feminine and masculine), "होगी" and "होगा"
 * (will be) differ by a vowel sign alone, a mark to Unicode. There a mark is a letter of the word;
 * in other scripts marks are accents and pointing, which the folds of typography and spelling read.
 */
const VOWEL_SIGN_BLOCKS = String.raw`\u0900-\u109F\u1780-\u17FF\u1B00-\u1B7F\uA980-\uA9DF`;
/**
 * What no word is spelled with: all but letters, digits and the marks of VOWEL_SIGN_BLOCKS. Latin
 * text has no marks (classes.ts), and its pattern no test for them.
 */
const NOT_SPELLED = new ClassPattern(
  (c) => (c.mark === "" ? `[^${c.letter}${c.number}]` : `(?!(?=[${c.mark}])[${VOWEL_SIGN_BLOCKS}])[^${c.letter}${c.number}]`),
  "gu",
);
const LETTERS_AND_MARKS = new ClassPattern((c) => `[${c.letter}${c.mark}]+`, "gu");
const COMBINING_MARK = new ClassPattern((c) => `[${c.mark}]`, "gu");
const removeAll = (text: string, pattern: ClassPattern) => text.replace(pattern.for(text), "");
/** Every quotation mark and apostrophe, straight, curly, single, double or angled. */
const ANY_QUOTE = /["'\u2018-\u201f\u2032-\u2037\u00ab\u00bb\u2039\u203a\u300c-\u300f\uff02`´]/gu;

/** The ways of writing one character that house style may switch between: quotes, dashes, spaces. */
function foldForm(text: string): string {
  return foldTypography(text)
    .replace(ANY_QUOTE, '"')
    .replace(/-{2,3}/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
}

const joined = (tokens: readonly Token[]) => {
  let text = "";
  for (let k = 0; k < tokens.length; k++) text += tokens[k]!.text;
  return text;
};
const wordTexts = (tokens: readonly Token[]) => tokens.filter(isWordLike).map((token) => token.text);

/** Whether each side of a change holds one word, and nothing else but spaces. */
function oneWordEach(removed: readonly Token[], added: readonly Token[]): boolean {
  const words = (tokens: readonly Token[]) => {
    let count = 0;
    for (let k = 0; k < tokens.length; k++) {
      if (isWordLike(tokens[k]!)) count += 1;
      else if (tokens[k]!.type !== "space") return 2;
    }
    return count;
  };
  return words(removed) === 1 && words(added) === 1;
}
/**
 * Words that write an amount's sign (English): "down 3%" is -3%, "a loss of 6 cts" -6 cts, "3%
 * below forecast". One of each group swapped for one of the other turns the amount. Verbs of
 * change are words ("rose 0.4 pct" → "fell 0.4 pct" is wording, as labelled): they tell what
 * happened, where these are how the amount itself is written.
 */
const SIGN_UP: ReadonlySet<string> = new Set(["up", "higher", "above", "more", "surplus", "profit", "profits", "gain", "gains"]);
const SIGN_DOWN: ReadonlySet<string> = new Set(["down", "lower", "below", "less", "deficit", "loss", "losses"]);

function turnsSign(before: string, after: string): boolean {
  const [a, b] = [before.toLowerCase(), after.toLowerCase()];
  return (SIGN_UP.has(a) && SIGN_DOWN.has(b)) || (SIGN_DOWN.has(a) && SIGN_UP.has(b));
}

/** What stands between a sign word and the amount after it: "down 3%", "up by 3%", "a loss of $5m". */
const BEFORE_AMOUNT = new Set([" ", " by ", " of "]);
/** Amounts, counts and ranges: what a sign word turns (not a date: "higher in March" → "lower in March" is words). */
const AMOUNT_KEY = /^[nqr]:/u;

/** The amount right after [at, end) of a sentence, or right before it ("3% lower"), if any. */
function figureBeside(text: string, figures: readonly Figure[], at: number, end: number): Figure | undefined {
  return figures.find((figure) => AMOUNT_KEY.test(figure.key) && ((figure.start >= end && BEFORE_AMOUNT.has(text.slice(end, figure.start))) || text.slice(figure.end, at) === " "));
}

/** The one word of a side oneWordEach holds. */
const wordOf = (tokens: readonly Token[]) => tokens.find(isWordLike)!.text;

/** The cosmetic kind a change is, or null when it changes content; `language` says which spellings are one word's. */
function cosmeticKind(removed: readonly Token[], added: readonly Token[], language?: string): Cosmetic | null {
  const before = joined(removed);
  const after = joined(added);
  if ((before === "" || PLAIN_SPACE.test(before)) && (after === "" || PLAIN_SPACE.test(after))) return "whitespace";
  // Text with letters or digits added or removed outright is content: no fold below can take it
  // away (each keeps letters and digits), and whole added sentences made this ladder a third of
  // classifying them. But for a company's suffix, which house styles keep or drop ("Acme Corp." → "Acme").
  if ((before === "" || after === "") && LETTER_OR_DIGIT.test(before + after)) {
    const tokens = before === "" ? added : removed;
    return onlyCompanySuffixes(tokens) || onlyCourtesyTitle(tokens) ? "typography" : null;
  }
  // Plain spacing only: String.trim would also drop no-break spaces, which are typography.
  const spacing = (text: string) => text.replace(/[ \t\n]+/gu, " ").replace(/^ | $/gu, "");
  if (spacing(before) === spacing(after)) return "whitespace";
  const foldedBefore = foldForm(before);
  const foldedAfter = foldForm(after);
  if (foldedBefore === foldedAfter) return "typography";
  if (foldedBefore.toLowerCase() === foldedAfter.toLowerCase()) return "case";
  const [wordsBefore, wordsAfter] = [wordTexts(tokenize(foldedBefore.toLowerCase())), wordTexts(tokenize(foldedAfter.toLowerCase()))];
  const sameLetters = (a: string, b: string) => removeAll(a, NOT_SPELLED) === removeAll(b, NOT_SPELLED);
  // Before the diacritics of names below: "Sólo" opening a sentence is the word "sólo" respelled.
  if (
    wordsBefore.length === wordsAfter.length &&
    wordsBefore.some((word, i) => isSpellingVariant(word, wordsAfter[i]!, language)) &&
    wordsBefore.every((word, i) => word === wordsAfter[i] || isSpellingVariant(word, wordsAfter[i]!, language)) &&
    sameLetters(removeAll(foldedBefore, LETTERS_AND_MARKS), removeAll(foldedAfter, LETTERS_AND_MARKS))
  ) {
    return "spelling";
  }
  // A misspelled word corrected, or a word misspelled ("goernments" → "governments"): the same word,
  // in lower case only (a capitalised word may be a name, "Orlov" → "Orloff").
  if (
    language === "en" &&
    wordsBefore.length === 1 &&
    wordsAfter.length === 1 &&
    !CAPITALISED.test(foldedBefore) &&
    !CAPITALISED.test(foldedAfter) &&
    isMisspelling(wordsBefore[0]!, wordsAfter[0]!) &&
    removeAll(foldedBefore, LETTERS_AND_MARKS) === removeAll(foldedAfter, LETTERS_AND_MARKS)
  ) {
    return "spelling";
  }
  // A name that only gains or loses diacritics (Sánchez → Sanchez, Королёв → Королев, Müller →
  // Muller) is the same name written otherwise; a lower-case word that does ("año" → "ano") may
  // be another word, and goes on down the ladder.
  if (CAPITALISED.test(foldedBefore) && CAPITALISED.test(foldedAfter) && withoutDiacritics(foldedBefore) === withoutDiacritics(foldedAfter)) return "typography";
  // One name in two romanizations: Kiev → Kyiv, Gadhafi → Qaddafi.
  if (isNameLike(foldedBefore) && isNameLike(foldedAfter) && areRomanizations(foldedBefore, foldedAfter)) return "typography";
  if (abbreviates(foldedBefore, foldedAfter) || abbreviates(foldedAfter, foldedBefore)) return "typography";
  if (sameLetters(before, after)) return "punctuation";
  return null;
}

/** Whether a text opens as a name does: a capital, or a capital after a particle ("al-Qaeda"). */
const isNameLike = (text: string) => CAPITALISED.test(text) || INNER_CAPITAL.test(text);

/** Words that say how many without a figure: replaced by one, they are part of its change. */
const QUANTITY_DETERMINERS: ReadonlySet<string> = new Set(["no", "some", "several", "many", "few", "numerous", "dozens", "scores", "hundreds", "thousands"]);
/** Nouns of a phrase that says how many without a figure ("a handful of", "a couple of", "a number of", "lots of"). */
const QUANTITY_NOUNS: ReadonlySet<string> = new Set(["handful", "couple", "number", "lot", "lots", "host"]);
/** The words around them in such a phrase. */
const QUANTITY_PHRASE_GLUE: ReadonlySet<string> = new Set(["a", "an", "of"]);
/** Whether a lower-case word may stand in a phrase of quantity. */
const isQuantityPhraseWord = (word: string) => QUANTITY_DETERMINERS.has(word) || QUANTITY_NOUNS.has(word) || QUANTITY_PHRASE_GLUE.has(word);

/**
 * Whether the change at `index`, with the changes beside it that only spaces part from it, is a
 * word or a phrase of quantity and nothing else on `side` ("several", "a handful of": the word diff
 * may cut the phrase, "a" → "5" and then "handful of" dropped), and the other side holds a figure
 * there (of `otherFigures`, in `otherText`).
 */
function quantityWordForFigure(changes: readonly Change[], index: number, side: "old" | "new", text: string, otherFigures: readonly Figure[], otherText: string): boolean {
  // Asked of every change with words on one side only: its own words first, then the phrase's.
  if (otherFigures.length === 0) return false;
  const own = side === "old" ? changes[index]!.removed : changes[index]!.added;
  for (let k = 0; k < own.length; k++) {
    const token = own[k]!;
    if (token.type !== "space" && (token.text.length > MAX_QUANTITY_WORD || !isQuantityPhraseWord(token.text.toLowerCase()))) return false;
  }
  const run = adjoiningRun(changes, index, side, text);
  const words = text.slice(run.start, run.end).trim().toLowerCase().split(/\s+/u);
  if (words.length > MAX_QUANTITY_PHRASE || !words.every(isQuantityPhraseWord) || !words.some((word) => !QUANTITY_PHRASE_GLUE.has(word))) return false;
  const other = adjoiningRun(changes, index, side === "old" ? "new" : "old", otherText);
  return otherFigures.some((figure) => (figure.start < other.end && figure.end > other.start) || (figure.end <= other.start && otherText.slice(figure.end, other.start).trim() === ""));
}

/** The words of the longest phrase of quantity ("a handful of"). */
const MAX_QUANTITY_PHRASE = 3;
/** The longest word of such a phrase ("thousands", "numerous"). */
const MAX_QUANTITY_WORD = 9;

/** A weekday's or a date's figure key (figures.ts). */
const DAY_KEY = /^[wd]:/u;

/**
 * The figure of `figures` that stands right after tokens that are one word `accepts` (given in
 * lower case), with spaces; none before a possessive ("relied on Monday's figures": there "on"
 * belongs to the verb).
 */
function figureAfterOneWord(tokens: readonly Placed[], text: string, figures: readonly Figure[], accepts: (word: string) => boolean): Figure | undefined {
  const words = tokens.filter(isWordLike);
  if (words.length !== 1 || !accepts(words[0]!.text.toLowerCase()) || tokens.some((token) => !isWordLike(token) && token.type !== "space")) return undefined;
  const last = tokens[tokens.length - 1]!;
  let next = last.at + last.text.length;
  while (text[next] === " ") next += 1;
  const figure = figures.find((candidate) => candidate.start === next);
  return figure === undefined || POSSESSIVE_END.test(figure.text) ? undefined : figure;
}

/** Whether tokens are the word "on" with spaces, standing right before a weekday or a date of `figures` ("on Monday", "on March 3"). */
const onlyOnBeforeDay = (tokens: readonly Placed[], text: string, figures: readonly Figure[]) =>
  DAY_KEY.test(figureAfterOneWord(tokens, text, figures, (word) => word === "on")?.key ?? "");

/** Prepositions of time that a date, a day, an hour or a year takes ("on March 3", "in January", "at noon", "in 2027"). */
const TIME_PREPOSITIONS: ReadonlySet<string> = new Set(["on", "in", "at"]);
/** Figure keys (figures.ts) of a time: a date or month, a weekday, a clock time, a relative day or period, a fiscal period, a decade, a year. */
const TIME_KEY = /^(?:[dwtqsp]:|rel:|n:(?:1[89]|20)[0-9][0-9]\|\|$)/u;

/** Whether tokens are one preposition of time with spaces, right before a time of `figures`. */
const onlyPrepositionBeforeTime = (tokens: readonly Placed[], text: string, figures: readonly Figure[]) =>
  TIME_KEY.test(figureAfterOneWord(tokens, text, figures, (word) => TIME_PREPOSITIONS.has(word))?.key ?? "");

/**
 * A share's figure key (figures.ts): a fraction below one, as a decimal or a ratio ("half", "a
 * third", "two-thirds"), or a percentage ("50%", which "of" follows as it follows "a third").
 */
const FRACTION_KEY = /^[<>≤≥≲~≈]*n:(?:0\.[0-9]+\|\||[0-9]+\/[0-9]+\|\||[0-9]+(?:\.[0-9]+)?\|\|%)$/u;

/**
 * The share of `figures` that tokens stand right after when they are the word "of" with spaces: "half
 * its value" and "half of its value" say the same, and "a third" needs the "of" that "half" does
 * without, so "half its" → "a third of its" changes the figure alone.
 */
function shareBeforeOnlyOf(tokens: readonly Placed[], text: string, figures: readonly Figure[]): Figure | undefined {
  const words = tokens.filter(isWordLike);
  if (words.length !== 1 || words[0]!.text.toLowerCase() !== "of" || tokens.some((token) => !isWordLike(token) && token.type !== "space")) return undefined;
  let before = words[0]!.at;
  while (text[before - 1] === " ") before -= 1;
  return figures.find((figure) => figure.end === before && FRACTION_KEY.test(figure.key));
}

/**
 * Courtesy titles, which house styles give or drop before a name ("Mr. Smith" → "Smith"), and the
 * honours "Sir" and "Dame", which many drop ("Sir Keir Starmer" → "Keir Starmer"): the name stays
 * the same person's. Ranks and offices ("Dr.", "Gen.", "Sen.") say something and are words.
 */
const COURTESY_TITLES: ReadonlySet<string> = new Set(["mr", "mrs", "ms", "miss", "mx", "messrs", "m", "mme", "mmes", "mlle", "herr", "frau", "sir", "dame"]);

/** Whether tokens are one courtesy title with its full stop and the space after it ("Mr. ", "Ms "). */
function onlyCourtesyTitle(tokens: readonly Token[]): boolean {
  let titles = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (isWordLike(token)) {
      if (!CAPITALISED.test(token.text) || !COURTESY_TITLES.has(token.text.toLowerCase())) return false;
      titles += 1;
    } else if (token.type !== "space" && token.text !== ".") return false;
  }
  // Before a name, a space follows it: "Mr." alone, a sentence of its own, stands before nobody.
  return titles === 1 && tokens[tokens.length - 1]!.type === "space";
}

/**
 * The legal forms of companies outside the English-speaking world, as they are written ("Airbus
 * SE", "Siemens AG", "Nestlé SA", "Volvo AB", "Robert Bosch GmbH"): only so, as "se", "Se" and
 * "sa" are words of other languages.
 */
const LEGAL_FORMS = new Set(["AG", "SA", "SE", "NV", "BV", "AB", "ASA", "SAS", "KGaA", "GmbH", "SpA", "Oyj", "Tbk", "Bhd", "Pty"]);

/** A company suffix as written: capitalised, its full stop apart ("Inc", "Corp", "PLC", "Plc"), or a legal form of LEGAL_FORMS. */
function isCompanySuffix(word: string): boolean {
  return (CAPITALISED.test(word) && COMPANY_SUFFIXES.has(word.toLowerCase())) || LEGAL_FORMS.has(word);
}

/** Whether tokens are one or more company suffixes with their marks and spaces (", Inc.", " Co Ltd"). */
function onlyCompanySuffixes(tokens: readonly Token[]): boolean {
  let suffixes = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (isWordLike(token)) {
      if (!isCompanySuffix(token.text)) return false;
      suffixes += 1;
    } else if (token.type !== "space" && token.text !== "." && token.text !== ",") return false;
  }
  return suffixes > 0;
}

const CAPITALISED_WORD = onFirstUse(() => /\p{Lu}\p{Ll}+/gu);

/**
 * Whether `short` is `full` with titles or company suffixes abbreviated ("Senator" → "Sen.",
 * "Lieutenant General" → "Lt. Gen.", "Acme Corporation" → "Acme Corp"), with or without their full
 * stops: house style, as "January" → "Jan." is.
 */
function abbreviates(full: string, short: string): boolean {
  // Most changes reach here as other words: a title written short is shorter than in full.
  if (short.length >= full.length || !CAPITALISED.test(short)) return false;
  // "California" → "Calif.", "New Hampshire" → "N.H.": a state as AP style writes it after a city.
  const state = full.length <= LONGEST_STATE ? STATE_ABBREVIATIONS[full.toLowerCase()] : undefined;
  if (state !== undefined && short.replaceAll(".", "").toLowerCase() === state) return true;
  let changed = false;
  const abbreviated = full.replace(CAPITALISED_WORD(), (word) => {
    const title = TITLE_ABBREVIATIONS[word.toLowerCase()] ?? COMPANY_ABBREVIATIONS[word.toLowerCase()];
    if (title === undefined) return word;
    changed = true;
    return `${title[0]!.toUpperCase()}${title.slice(1)}.`;
  });
  return changed && (abbreviated === short || abbreviated.replaceAll(".", "") === short.replaceAll(".", ""));
}

/** The longest state's name ("South Carolina", "West Virginia" and "North Carolina" have 14 letters): longer texts are none. */
const LONGEST_STATE = 14;

/** A name's initials, with or without full stops: "U.S.", "EU", "OPEC". */
const INITIALS = new ClassPattern((c) => String.raw`^(?:[${c.upper}]\.?){2,}$`, "u");
/** A word's letters. */
const LETTERS_RUN = new ClassPattern((c) => String.raw`[${c.letter}]+`, "gu");

/**
 * Whether `letters` (without full stops) are the initials of the name `full` ("United States" → "U.S.", "Federal Bureau
 * of Investigation" → "FBI", "Department of Justice" → "DOJ", "Organisation des Nations unies" →
 * "ONU"). Each capitalised word gives its initial; a lower-case one ("of", the "operation" of
 * "Co-operation") may give its own or none, but for the last, which ends the name with its initial.
 */
function isInitialism(full: string, letters: string): boolean {
  const words = full.split(/[ -]+/u);
  if (words.length < 2) return false;
  // Letters matched against words, a lower-case word's initial optional but the last one's: a small search, as names are short.
  const matches = (word: number, letter: number): boolean => {
    const text = words[word]!;
    const gives = letter < letters.length && text[0]!.toUpperCase() === letters[letter];
    if (word === words.length - 1) return gives && letter + 1 === letters.length;
    if (CAPITALISED.test(text)) return gives && matches(word + 1, letter + 1);
    return (gives && matches(word + 1, letter + 1)) || matches(word + 1, letter);
  };
  return matches(0, 0);
}

/** Where a name is written in full on one side and as its initials on the other, in each text. */
interface Restatements {
  old: [number, number][];
  new: [number, number][];
}

/**
 * "the European Union" → "the EU", "United States" → "U.S.": a name written as its initials, or
 * back, is house style, as a title written short is. The word diff cuts such a change into pieces
 * ("European" → "EU", then "Union" removed), so it is found in the whole sentences: an initialism
 * that a change brings or takes away, and on the other side words, absent from this side, whose
 * initials spell it (nameSpelling, else lowerCaseExpansion). Said as typography; the words are
 * then no names or wording.
 */
function restatedInitials(changes: readonly Change[], oldText: string, newText: string, findings: Findings): Restatements | null {
  let found: Restatements | null = null;
  for (let s = 0; s < 2; s++) {
    const side = s === 0 ? "new" : "old";
    const [text, other] = s === 0 ? [newText, oldText] : [oldText, newText];
    let lettersOf: string | undefined;
    let otherWords: RegExpExecArray[] | undefined;
    for (let c = 0; c < changes.length; c++) {
      const words = s === 0 ? changes[c]!.added : changes[c]!.removed;
      for (let k = 0; k < words.length; k++) {
        const written = words[k]!;
        // L'ONU, d'EU: French elides an article onto the initials.
        const elided = ELIDED_ARTICLE.test(written.text) ? 2 : 0;
        const token = elided === 0 ? written : { ...written, text: written.text.slice(elided), at: written.at + elided };
        const shortOf = SHORT_NAMES[token.text];
        if (shortOf !== undefined) {
          // "the Fed" → "the Federal Reserve": a name written short, the full name gone from the short one's side.
          const at = wholeWordAt(other, shortOf);
          if (at !== -1 && !wholeWordIn(text, shortOf) && !wholeWordIn(other, token.text)) {
            found ??= { old: [], new: [] };
            found[side].push([token.at, token.at + token.text.length]);
            found[side === "new" ? "old" : "new"].push([at, at + shortOf.length]);
            if (side === "new") findings.add("typography", shortOf, token.text);
            else findings.add("typography", token.text, shortOf);
          }
          continue;
        }
        if (!mayBeInitials(token.text) || !INITIALS.test(token.text) || wholeWordIn(other, token.text)) continue;
        const letters = token.text.replaceAll(".", "");
        const runs = (otherWords ??= [...other.matchAll(LETTERS_RUN.for(other))]);
        // The name kept on the initialism's side, however spaced ("Inter- American"), is no restatement: "(IADB)" was added beside it.
        const restates = (name: string) => !(lettersOf ??= removeAll(text, NOT_SPELLED)).includes(removeAll(name, NOT_SPELLED));
        // Lower-case words spell initials only where the other side does not hold them in lower case ("KFW" → "kfw").
        const lower = () => (wholeWordIn(other.toLowerCase(), letters.toLowerCase()) ? undefined : lowerCaseExpansion(other, runs, letters));
        let full = nameSpelling(other, runs, letters, restates) ?? lower();
        if (full !== undefined && !restates(full.text)) full = undefined;
        if (full === undefined) continue;
        found ??= { old: [], new: [] };
        const [shortSpan, fullSpan]: [[number, number], [number, number]] = [[token.at, token.at + token.text.length], [full.at, full.at + full.text.length]];
        if (side === "new") {
          found.new.push(shortSpan);
          found.old.push(fullSpan);
          findings.add("typography", full.text, token.text);
        } else {
          found.old.push(shortSpan);
          found.new.push(fullSpan);
          findings.add("typography", token.text, full.text);
        }
      }
    }
  }
  return found;
}

const ELIDED_ARTICLE = /^[LlDd]['’]/u;

/** Initials are 2 to 16 characters and open with a capital: a test of character codes rules out most words before a pattern runs. */
function mayBeInitials(text: string): boolean {
  if (text.length < 2 || text.length > 16) return false;
  const first = text.charCodeAt(0);
  return first > 127 || (first >= 65 && first <= 90 && (text.charCodeAt(1) === 46 || (text.charCodeAt(1) >= 65 && text.charCodeAt(1) <= 90)));
}

/**
 * Words of `text` (`words`, its runs of letters) that spell `letters` as a name's initials
 * (isInitialism), from a capitalised word with its first letter, side by side with only spaces or
 * hyphens between them ("World Health Organization", "Organisation des Nations unies"), and that
 * `restates` takes: the first such, or undefined.
 */
function nameSpelling(text: string, words: readonly RegExpExecArray[], letters: string, restates: (name: string) => boolean): { text: string; at: number } | undefined {
  for (let i = 0; i < words.length; i++) {
    const first = words[i]!;
    if (first[0][0] !== letters[0] || !CAPITALISED.test(first[0])) continue;
    // A lower-case word may give no letter: a name holds a few more words than its initials.
    for (let j = i + 1; j < words.length && j - i <= letters.length + NAME_WORDS_WITHOUT_INITIAL; j++) {
      const [before, last] = [words[j - 1]!, words[j]!];
      if (!BETWEEN_WORDS.test(text.slice(before.index + before[0].length, last.index))) break;
      const name = text.slice(first.index, last.index + last[0].length);
      if (isInitialism(name, letters) && restates(name)) return { text: name, at: first.index };
    }
  }
  return undefined;
}
/** How many words of a name may give no initial ("of the" in "Organization of the Petroleum Exporting Countries"). */
const NAME_WORDS_WITHOUT_INITIAL = 3;

/** Names that copy writes short, by no initials, with the name in full: the Fed is the Federal Reserve. */
const SHORT_NAMES = lookupTable<string>({ Fed: "Federal Reserve" });

/** Initialisms whose words in full are not one a letter: a chief executive is a CEO. */
const SHORT_EXPANSIONS = lookupTable<string>({ ceo: "chief executive" });

/**
 * Lower-case words in `text` (`words`, its runs of letters) whose initials, one a word, are `letters` ("gross domestic product" for
 * GDP, "initial public offering" for IPO, "chief executive officer" for CEO), or their known short form.
 */
function lowerCaseExpansion(text: string, words: readonly RegExpExecArray[], letters: string): { text: string; at: number } | undefined {
  const initials = letters.toLowerCase();
  for (let i = 0; i + initials.length <= words.length; i++) {
    let matches = true;
    for (let k = 0; k < initials.length && matches; k++) {
      const word = words[i + k]![0];
      matches = word[0] === initials[k] && word === word.toLowerCase() && (k === 0 || BETWEEN_WORDS.test(text.slice(words[i + k - 1]!.index + words[i + k - 1]![0].length, words[i + k]!.index)));
    }
    const last = words[i + initials.length - 1]!;
    // Whole words only: the "cost natural gas" of "low-cost natural gas" spells no CNG.
    if (matches && (HYPHEN_OR_LETTER.test(text[words[i]!.index - 1] ?? " ") || HYPHEN_OR_LETTER.test(text[last.index + last[0].length] ?? " "))) continue;
    if (matches) return { text: text.slice(words[i]!.index, last.index + last[0].length), at: words[i]!.index };
  }
  const short = SHORT_EXPANSIONS[initials];
  if (short === undefined) return undefined;
  // "chief executive", or "Chief Executive" before a name: lowering keeps an English text's offsets.
  const lowered = text.toLowerCase();
  const at = lowered.length === text.length ? wholeWordAt(lowered, short) : wholeWordAt(text, short);
  return at === -1 ? undefined : { text: text.slice(at, at + short.length), at };
}
const BETWEEN_WORDS = /^[ -]+$/u;
const HYPHEN_OR_LETTER = new ClassPattern((c) => String.raw`[-‐${c.letter}${c.number}]`, "u");

/** Where `word` first stands in `text` as a word (or words) of its own, or -1. */
function wholeWordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at !== -1; at = text.indexOf(word, at + 1)) {
    const [before, after] = [text[at - 1] ?? " ", text[at + word.length] ?? " "];
    if (!LETTER_OR_DIGIT.test(before) && !LETTER_OR_DIGIT.test(after)) return at;
  }
  return -1;
}
const wholeWordIn = (text: string, word: string) => wholeWordAt(text, word) !== -1;

const withoutDiacritics = (text: string) => removeAll(text.normalize("NFD"), COMBINING_MARK);

/** Whether a word [at, end) overlaps one of `spans` ("L'Organisation" the name "Organisation des Nations unies"). */
const overlapsAny = (spans: readonly [number, number][], at: number, end: number) => spans.some(([start, stop]) => at < stop && end > start);

/** Whether two texts also differ in their marks' style, besides their letters (organisation’s → organization's). */
function marksDiffer(before: string, after: string): boolean {
  const marks = (text: string) => removeAll(text, LETTERS_AND_MARKS);
  return marks(before) !== marks(after) && foldForm(marks(before)) === foldForm(marks(after));
}

/** Tokens inserted or deleted: the edit script's length, which MAX_EDIT_LENGTH bounds. */
function editLength(parts: readonly TokenPart[]): number {
  let length = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (part.added || part.removed) length += part.value.length;
  }
  return length;
}

function place(tokens: readonly Token[], at: number, into: Placed[]): number {
  let next = at;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    into.push({ text: token.text, type: token.type, at: next });
    next += token.text.length;
  }
  return next;
}

const marksOnly = (tokens: readonly Token[]) => !tokens.some((token) => isWordLike(token));

/**
 * Whether the kept part at `k`, all spaces, only stands between two changes of marks alone: « non »
 * → "non" keeps the space before « hier » and so reads as a " added after "non", then "» "
 * removed after the space. Joined across the space, the two are one mark restyled.
 */
function marksAcrossSpace(current: Change, parts: readonly TokenPart[], k: number): boolean {
  const kept = parts[k]!;
  if (!kept.value.every((token) => token.type === "space") || !marksOnly(current.removed) || !marksOnly(current.added)) return false;
  let next = k + 1;
  if (next >= parts.length || !(parts[next]!.added || parts[next]!.removed)) return false;
  for (; next < parts.length && (parts[next]!.added || parts[next]!.removed); next++) if (!marksOnly(parts[next]!.value)) return false;
  return true;
}

/**
 * The changes of a pair at token level, before any merging, from the word diff's own runs (the
 * same diff; running it again was a tenth of classifying); null past MAX_CLASSIFY_EDITS.
 */
function changesOf(parts: readonly TokenPart[] | null): Change[] | null {
  if (!parts || editLength(parts) > MAX_CLASSIFY_EDITS) return null;
  const changes: Change[] = [];
  let oldAt = 0;
  let newAt = 0;
  let oldToken = 0;
  let newToken = 0;
  let current: Change | null = null;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.added && !part.removed && current !== null && marksAcrossSpace(current, parts, k)) {
      // Both sides keep these spaces: they go into the change on each side.
      oldAt = current.oldEnd = place(part.value, oldAt, current.removed);
      newAt = current.newEnd = place(part.value, newAt, current.added);
      oldToken = current.oldTokens[1] += part.value.length;
      newToken = current.newTokens[1] += part.value.length;
      continue;
    }
    if (!part.added && !part.removed) {
      current = null;
      const length = joined(part.value).length;
      oldAt += length;
      newAt += length;
      oldToken += part.value.length;
      newToken += part.value.length;
      continue;
    }
    if (!current) {
      current = { removed: [], added: [], oldAt, newAt, oldEnd: oldAt, newEnd: newAt, oldTokens: [oldToken, oldToken], newTokens: [newToken, newToken] };
      changes.push(current);
    }
    if (part.removed) {
      oldAt = current.oldEnd = place(part.value, oldAt, current.removed);
      oldToken = current.oldTokens[1] += part.value.length;
    } else {
      newAt = current.newEnd = place(part.value, newAt, current.added);
      newToken = current.newTokens[1] += part.value.length;
    }
  }
  return changes;
}

const isSpaceToken = (token: Placed) => token.type === "space";

/** An acronym as copy introduces one in parentheses: capitals, perhaps a plural's s ("FTC", "NGOs"). */
const INTRODUCED_ACRONYM = /^[A-Z]{2,8}s?$/u;
/** Lower-case words inside the names acronyms abbreviate, which give them no letter ("Bank for International Settlements"). */
const ACRONYM_PARTICLES: ReadonlySet<string> = new Set(["of", "and", "for", "the", "on", "in", "to", "de", "du", "des", "la", "le", "&"]);

/**
 * Whether tokens are an acronym in parentheses, and spaces, right after the words whose initials
 * spell it: "the Federal Trade Commission (FTC)", "Trans-Pacific Partnership (TPP)", "Bank for
 * International Settlements (BIS)", "non-governmental organisations (NGOs)". Such an introduction
 * is given or dropped by house style; the words it abbreviates stay.
 */
function onlyAcronymOfWordsBefore(tokens: readonly Placed[], text: string): boolean {
  const solid = tokens.filter((token) => token.type !== "space");
  if (solid.length !== 3 || solid[0]!.text !== "(" || solid[2]!.text !== ")" || !INTRODUCED_ACRONYM.test(solid[1]!.text)) return false;
  const acronym = solid[1]!.text.replace(/s$/u, "");
  const words = text.slice(0, solid[0]!.at).trimEnd().split(/\s+/u);
  let initials = "";
  for (let k = words.length - 1; k >= 0 && initials.length < acronym.length; k--) {
    const word = words[k]!;
    if (ACRONYM_PARTICLES.has(word)) continue;
    const parts = word.split(/[-‐]/u);
    for (let p = parts.length - 1; p >= 0; p--) if (parts[p] !== "") initials = parts[p]![0]! + initials;
  }
  return initials.toUpperCase() === acronym;
}

/**
 * Whether a change of marks alone stands right beside a figure of its side, past spaces, that
 * another change gave or took whole: the comma before "45" in "suspect, 45, was", which the word
 * diff cuts from the figure's own change. Not beside a figure that only changed ("debt, 3.5 billion
 * dlrs" → "debt 3.5 billion": the comma is punctuation of its own).
 */
function marksBesideChangedFigure(change: Change, changes: readonly Change[], figures: { old: readonly Figure[]; new: readonly Figure[] }): boolean {
  // The figure's change holds it whole and gave or took it: no word stands on that change's other side.
  const sides = [
    { at: change.oldAt, end: change.oldEnd, list: figures.old, changed: (other: Change, figure: Figure) => other.oldAt <= figure.start && other.oldEnd >= figure.end && !other.added.some(isWordLike) },
    { at: change.newAt, end: change.newEnd, list: figures.new, changed: (other: Change, figure: Figure) => other.newAt <= figure.start && other.newEnd >= figure.end && !other.removed.some(isWordLike) },
  ];
  for (let s = 0; s < sides.length; s++) {
    const { at, end, list, changed } = sides[s]!;
    if (end === at) continue;
    for (let f = 0; f < list.length; f++) {
      const figure = list[f]!;
      const beside = (figure.start >= end && figure.start - end <= 1) || (figure.end <= at && at - figure.end <= 1);
      if (beside && changes.some((other) => other !== change && changed(other, figure))) return true;
    }
  }
  return false;
}

/** A hyphen, which joins a figure to the word after it ("second-biggest"). */
const HYPHEN_AFTER_FIGURE = /^[-‐]$/u;

/**
 * A change's tokens less what lies inside figures: figures are compared whole, by value (see
 * compareFigures), so "14" → "1.4" is not read as a punctuation change, and "12-bank" →
 * "14-bank" leaves only "bank" on each side (the hyphen after a figure goes with it).
 */
function outsideFigures(tokens: readonly Placed[], figures: readonly Figure[]): Placed[] {
  if (figures.length === 0) return tokens as Placed[];
  const kept: Placed[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    const end = token.at + token.text.length;
    let text = "";
    let cursor = token.at;
    let start = -1;
    for (let f = 0; f < figures.length; f++) {
      const figure = figures[f]!;
      if (figure.end <= cursor || figure.start >= end) continue;
      if (figure.start > cursor) {
        if (start === -1) start = cursor;
        text += token.text.slice(cursor - token.at, figure.start - token.at);
      }
      cursor = Math.max(cursor, figure.end);
      // "second-biggest": the hyphen that joins a figure to the word after it goes with the figure,
      // so that "biggest" → "second-biggest" leaves the same word on both sides, not a mark added.
      if (cursor < end && HYPHEN_AFTER_FIGURE.test(token.text[cursor - token.at]!)) cursor += 1;
    }
    if (cursor === token.at) {
      kept.push(token);
      continue;
    }
    if (cursor < end) {
      if (start === -1) start = cursor;
      text += token.text.slice(cursor - token.at);
    }
    if (text !== "") kept.push({ text, type: token.type === "number" ? "word" : token.type, at: start });
  }
  return kept;
}

/** Splits a change whose two sides have the same number of non-space tokens into token pairs. */
function pieces(removed: Placed[], added: Placed[]): [Placed[], Placed[]][] {
  const solid = (tokens: Placed[]) => tokens.filter((token) => token.type !== "space");
  const a = solid(removed);
  const b = solid(added);
  if (a.length > 1 && a.length === b.length) return a.map((token, i) => [[token], [b[i]!]]);
  return [[removed, added]];
}

/** Nothing but opening quotes (in every language's marks) or brackets before a word: the sentence starts with it. */
const OPENING_ONLY = new RegExp(String.raw`^[${OPENING_MARKS}(\[]*$`, "u");
/** What ends a sentence, or opens a new one after a colon ("NOTE: Losses include …"), before a word. */
const SENTENCE_END_BEFORE = new RegExp(String.raw`[.!?…:][${CLOSING_MARKS})\]]*\s+[${OPENING_MARKS}(\[]*$`, "u");
/** A quotation that opens mid-sentence with its first word capitalised: `talk to the banks "If I've got …"`. */
const QUOTATION_OPENS_BEFORE = /\s["“«„]$/u;

/**
 * Whether a word at `at` opens a sentence: the text's start (after any opening quotes), or after a
 * full stop — split and merged pairs join several sentences into one text.
 */
function startsSentence(text: string, at: number): boolean {
  if (at <= 8 && OPENING_ONLY.test(text.slice(0, at))) return true;
  const before = text.slice(Math.max(0, at - 8), at);
  return SENTENCE_END_BEFORE.test(before) || QUOTATION_OPENS_BEFORE.test(before);
}

/**
 * A brand written with a capital after its first letters, wherever it stands (iPhone, eBay, iOS,
 * macOS), and a name after a lower-case particle joined to it (al-Masri, el-Sisi, bin Salman's
 * bin-, d'Estaing): lower-case at its start, it is still a name. Not a prefix (pre-Christmas,
 * non-EU): the name in it may be unchanged.
 */
const INNER_CAPITAL = /^(?:[a-z]{1,3}|(?:al|el|ad|ar|as|at|az|an|ash|ul|bin|ibn|bint|d|l)[-‐'’])[A-Z]/;

/** A title's abbreviation and its full stop before a word: "Mr. ", "Gen. ", "St. ". */
const TITLE_BEFORE = onFirstUse(() => /(?:^|[^\p{L}])(\p{L}{1,6})\.\s+$/u);
/** A capital initial and its full stop, on its own, before a word. */
const INITIAL_BEFORE = onFirstUse(() => /(?:^|\s)\p{Lu}\.\s+$/u);
/** Titles after which a capitalised word may not be a name: Jr. and Sr. follow one. */
const TITLES_AFTER_NAME = new Set(["jr", "sr"]);

/**
 * Whether the word at `at` follows a title written with its full stop ("Mr. Brown", "Dr. Orlov",
 * "Gen. Smith"): a name, though the full stop looks like a sentence's end and the word is an
 * ordinary one ("Mrs. Green" → "Mrs. Brown" changes a name).
 */
function afterTitle(text: string, at: number, language: string): boolean {
  // Most words follow a space after a letter: no full stop, no title.
  let stop = at - 1;
  while (stop > 0 && (text[stop] === " " || text[stop] === "\u00a0" || text[stop] === "\n")) stop -= 1;
  if (stop === at - 1 || text[stop] !== ".") return false;
  const before = text.slice(Math.max(0, at - 10), at);
  const written = TITLE_BEFORE().exec(before)?.[1];
  if (written === undefined) return false;
  // An initial stands alone ("J. Smith", "George W. Bush"); "U.S." is no initial, and old wire
  // copy capitalises whatever follows it ("the U.S. Did not").
  if (written.length === 1) return INITIAL_BEFORE().test(before);
  const title = written.toLowerCase();
  // Spanish "Sr." is Señor, before a name; English "Sr." follows one.
  if (language !== "en" && title === "sr") return true;
  return isKnownTitle(title, language) && !TITLES_AFTER_NAME.has(title);
}

/** A title's abbreviation, lower-case, that the sentence splitter knows in this language's copy. */
function isKnownTitle(title: string, language: string): boolean {
  return TITLES.has(title) || (language !== "en" && OTHER_LANGUAGE_TITLES.has(title));
}

/** A full stop and a capitalised word after it: where a title's abbreviation stands before a name. */
const STOP_BEFORE_CAPITAL = onFirstUse(() => /^\.\s+\p{Lu}/u);

/**
 * Whether the word at `at` is a title's abbreviation before a name ("Dr. Hassan", "Lt. Gen.
 * Hassan"): a title, which names nobody, so "Dr." → "Prof." changes a word, as "Mr." → "Mrs." did,
 * where the title's vowel had made "Prof" a name and "Dr" (no vowel: a wire abbreviation) a word.
 */
function isTitleBeforeName(word: string, text: string, at: number, language: string): boolean {
  if (!isKnownTitle(word.toLowerCase(), language)) return false;
  return STOP_BEFORE_CAPITAL().test(text.slice(at + word.length, at + word.length + 4));
}

/** Words of an office before a name, at most ("Deputy Chief Executive Officer"). */
const MAX_OFFICE_WORDS = 4;

/**
 * Whether a capitalised English word is an office, not a name: one written as its initials
 * anywhere ("CEO", "MP"), or a word of an office written in full before a name ("Senator Tom
 * Hale", "Prime Minister Varga", "Chief Executive Tom Hale"; OFFICES, OFFICE_QUALIFIERS), as "Sen."
 * before one is (isTitleBeforeName). The office's words run on from the word, take at least one
 * office, and end before a person's name (looksLikePersonsName): not before "Premier League"'s
 * "League"; "General" counts only after another office ("Attorney General", not "General Motors").
 */
function isOffice(word: string, text: string, at: number): boolean {
  const lower = word.toLowerCase();
  if (OFFICE_INITIALS.has(lower)) return INITIALS_WITH_PLURAL.test(word);
  // "General" is an office only after another ("Attorney General"): alone it opens "General Motors", "General Agreement on Tariffs".
  if (OFFICES_ONLY_AFTER_ONE.has(lower) && !isOfficeWord(neighbourWord(text, at, -1).toLowerCase())) return false;
  let end = at + word.length;
  let office = false;
  for (let words = 0, current = lower; words < MAX_OFFICE_WORDS; words++) {
    if (!isOfficeWord(current)) return false;
    office ||= current.split(HYPHENS).some((part) => OFFICES.has(part));
    const next = neighbourWord(text, end, 1);
    if (!CAPITALISED.test(next)) return false;
    const nextLower = next.toLowerCase();
    if (!isOfficeWord(nextLower)) return office && looksLikePersonsName(next, text, end + 1 + next.length);
    end += 1 + next.length;
    current = nextLower;
  }
  return false;
}
const HYPHENS = /[-‐]/u;
/**
 * Whether a capitalised word after an office opens a person's name: no English word ("President
 * Reagan"), or a word with another capitalised one after it ("Senator Tom Hale"). Not "Premier
 * League" or "General Agreement on Tariffs", where the office's word is the name's own; "President
 * Bush" stays a name with its title, the safe side.
 */
function looksLikePersonsName(word: string, text: string, end: number): boolean {
  const bare = word.replace(TRAILING_PUNCTUATION, "");
  return !isEnglishWord(bare) || (bare.length === word.length && CAPITALISED.test(neighbourWord(text, end, 1)));
}
/** What may close a word in running text: a comma, a full stop, a closing mark. */
const TRAILING_PUNCTUATION = /[.,;:!?)\]"'’”»]+$/u;
const OFFICES_ONLY_AFTER_ONE: ReadonlySet<string> = new Set(["general", "generals"]);
/** Whether a lower-case word (or each part of a hyphenated one: "vice-president") is an office's. */
const isOfficeWord = (word: string) => word !== "" && word.split(HYPHENS).every((part) => OFFICES.has(part) || OFFICE_QUALIFIERS.has(part));
const INITIALS_WITH_PLURAL = /^[A-Z]{2,}s?$/u;

/**
 * A title or office written before a name in German ("Kanzler Scholz", "Bundeskanzler Olaf Scholz",
 * "Frau Schulz", "Außenministerin Baerbock"): there every noun is capitalised, and a name needs such
 * evidence. Compounds end in the office ("Finanzminister", "Regierungssprecherin").
 */
const GERMAN_TITLE = onFirstUse(() => /^(?:\p{L}*(?:kanzler|präsident|minister|bürgermeister|sprecher|vorsitzender?|direktor|botschafter|senator|trainer|könig|prinz|papst|bischof|richter|chef|leiter|gründer|kommissar)(?:in)?|herr|frau|dr\.|prof\.)$/iu);
/** The capitalised words just before a word, nearest first: the title and the given names before a surname. */
const CAPITALISED_BEFORE = onFirstUse(() => /(?:^|\s)(\p{Lu}[\p{L}.]*)\s+$/u);
/** Given names between a title and a surname at most ("Bundeskanzler Olaf Scholz", "Frau Dr. Anna Weber"). */
const MAX_NAMES_AFTER_TITLE = 3;

/** Whether the word at `at` follows a German title, directly or after a name or two (see GERMAN_TITLE). */
function afterGermanTitle(text: string, at: number): boolean {
  let end = at;
  for (let k = 0; k < MAX_NAMES_AFTER_TITLE; k++) {
    const start = Math.max(0, end - 40);
    const before = CAPITALISED_BEFORE().exec(text.slice(start, end));
    if (!before) return false;
    if (GERMAN_TITLE().test(before[1]!)) return true;
    end = start + before.index + before[0].indexOf(before[1]!);
  }
  return false;
}

/** Whether an ampersand at `at` stands between two capital letters ("S&P"). */
function ampersandBetweenCapitals(text: string, at: number): boolean {
  if (text[at] !== "&") return false;
  const [before, after] = [text.charCodeAt(at - 1), text.charCodeAt(at + 1)];
  return before >= 65 && before <= 90 && after >= 65 && after <= 90;
}

/**
 * Capitalised German words that name nothing beside another capitalised one: months, weekdays and
 * the parts of a period ("Ende Januar", "Montag Abend"), the scales and units a figure is counted
 * in ("1,2 Milliarden Euro Umsatz"), measures ("eine Menge Geld"), and the answers a verb of
 * saying takes ("sagte Nein").
 */
const GERMAN_NO_NAMES: ReadonlySet<string> = new Set([
  ..."januar februar märz april mai juni juli august september oktober november dezember".split(" "),
  ..."montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag morgen vormittag mittag nachmittag abend nacht".split(" "),
  ..."anfang mitte ende beginn jahr jahre jahren jahres monat monate monaten woche wochen tag tage tagen uhr".split(" "),
  ..."euro dollar franken pfund yen yuan rubel prozent prozentpunkte punkte million millionen milliarde milliarden billion billionen mio mrd tonnen barrel".split(" "),
  ..."ja nein danke".split(" "),
  // Measures a noun follows with no article: "eine Menge Geld", "eine Gruppe Jugendlicher".
  ..."menge gruppe reihe paar glas tasse flasche stück kilo kilogramm liter meter kilometer anzahl handvoll dutzend hundert tausend zahl".split(" "),
]);
/** The word before another, one space between: a capitalised one may make a German name's run, an article a noun's apposition. */
const ANY_WORD_BEFORE = /(?:^|\s)(\S+) $/u;
/** A capitalised German word, whole (for isGermanNameByNeighbours). */
const GERMAN_CAPITALISED_WORD = onFirstUse(() => /^\p{Lu}[\p{L}-]*$/u);
const GERMAN_WORD_AFTER = onFirstUse(() => /^ (\p{Lu}[\p{L}-]*)/u);
/** German's singular verbs of saying, before their subject ("sagte Scholz") or after it ("Scholz sagte", SPEECH_VERBS_AFTER). */
const GERMAN_SPEECH_VERBS = "sagte|sagt|erklärte|erklärt|betonte|betont|teilte|kündigte|schrieb|schreibt|warnte|warnt|bestätigte|bestätigt|kritisierte|forderte";
/** A verb of saying before its subject, or "so" as wire copy writes it after a quotation ("so Merz"). */
const GERMAN_SPEECH_VERB_BEFORE = onFirstUse(() => new RegExp(`(?:^|\\s)(?:${GERMAN_SPEECH_VERBS}|so) $`, "u"));
/** A capitalised adjective's endings, which a name after an article starts with (die Deutsche Bank, der Europäischen Zentralbank). */
const GERMAN_NAME_ADJECTIVE = /sch(?:e|en|er|es|em)$/u;
/**
 * A place's adjective, capitalised before its noun: "5 Schweizer Banken", "die Berliner Polizei"
 * (a demonym, `wording` when it changes), so not a name by the noun after it. Given names that
 * end so (Peter, Walter) lose that evidence too; the surname after them keeps its own.
 */
const GERMAN_PLACE_ADJECTIVE = /er$/u;

/** Prepositions that name a place with no article: "nach Hamburg", "aus München", "in Berlin", "von Köln", "bis Dresden", "zwischen Bonn". */
const GERMAN_PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(["nach", "aus", "in", "von", "bis", "zwischen"]);
/**
 * Endings of German common nouns, which fixed phrases put after a preposition with no article ("in
 * Folge", "in Runde zwei", "in Verbindung mit", "aus Rücksicht"); few places end so ("Türkei",
 * "Schweiz" take an article).
 */
const GERMAN_NOUN_ENDING = /(?:e|ung|heit|keit|schaft|tät|ion|nis|tum|ik|ur|anz|enz|ei|ismus|ment)$/u;
/** Nouns of fixed phrases after a preposition, with no article and no ending of GERMAN_NOUN_ENDING ("in Kraft", "in Zukunft", "aus Angst"). */
const GERMAN_PHRASE_NOUNS: ReadonlySet<string> = new Set(["Kraft", "Zukunft", "Angst", "Sicht", "Haft", "Furcht", "Protest", "Zorn", "Trotz", "Gewahrsam", "Betrieb", "Bezug", "Anbetracht", "Zweifel", "Verdacht", "Zeit", "Teil", "Grund", "Gefahr", "Sorgfalt", "Wut", "Mangel", "Dank", "Abschluss", "Beginn", "Anfang", "Ende", "Mitte", "Hause", "Stand", "Summe", "Rahmen", "Vorfeld", "Verlauf", "Plan", "Wunsch", "Bedarf", "Belieben", "Maß", "Recht", "Gesetz", "Art", "Vorschrift", "Auskunft", "Ansicht", "Auftrag", "Vertrag", "Angebot", "Vorbild", "Zufall", "Absicht", "Pflicht", "Vernunft", "Not", "Euro", "Dollar", "Prozent"]);
/** Words after which a noun of a fixed phrase goes on ("nach Angaben der Polizei", "in Höhe von", "in Kraft zu"). */
const GERMAN_PHRASE_LINKS: ReadonlySet<string> = new Set(["der", "die", "das", "des", "dem", "den", "von", "vom", "zu", "zum", "zur", "nach", "mit", "auf", "für", "an", "am", "im", "ein", "eine", "einer", "eines"]);
/** Whether what follows a capitalised word after a preposition (GERMAN_PLACE_PREPOSITIONS) lets it be a place: a mark, the sentence's end, "und", a verb's lower-case form. */
function isGermanPlaceFollower(following: string): boolean {
  if (following === "") return true;
  const word = following.replace(TRAILING_PUNCTUATION, "");
  if (word !== following) return true;
  return !CAPITALISED.test(word) && !GERMAN_PHRASE_LINKS.has(word);
}

/** A German name's genitive "s" ("Frankreichs Präsident"), or its apostrophe after a sibilant ("Paris'"). */
const GERMAN_GENITIVE = /(?<=[a-zäöüß])(?:s|['’])$/u;

/** Whether a capitalised German word may stand in a name at all (see GERMAN_NO_NAMES; titles go before names). */
const mayBeGermanName = (word: string) => !GERMAN_NO_NAMES.has(word.toLowerCase()) && !GERMAN_TITLE().test(word);

/**
 * Whether a capitalised German word mid-sentence is a name by its neighbours. German capitalises
 * every noun, but writes two capitalised words side by side, one space between, only in names
 * (Emmanuel Macron, Deutsche Bank, Europäische Zentralbank) or in a noun that a name follows ("der
 * Konzern Siemens", "die Stadt Köln": the noun after the article is no name, what follows it is);
 * and it puts an article before a noun that says something ("sagte der Minister", "sagte Scholz").
 */
function isGermanNameByNeighbours(word: string, text: string, at: number): boolean {
  if (!mayBeGermanName(word)) return false;
  const before = text.slice(Math.max(0, at - 60), at);
  const previous = ANY_WORD_BEFORE.exec(before)?.[1];
  const following = neighbourWord(text, at + word.length, 1);
  // "die Siemens AG", "die Robert Bosch GmbH": a company's legal form or suffix follows its name.
  if (isCompanySuffix(following.replace(TRAILING_PUNCTUATION, ""))) return true;
  // "von Berlin nach Hamburg": a place after a preposition of place, with no article (a noun takes
  // one: "nach dem Spiel"), before a mark or a lower-case word other than one that a fixed phrase's
  // noun stands before ("nach Angaben der Polizei", "in Höhe von").
  if (previous !== undefined && GERMAN_PLACE_PREPOSITIONS.has(previous.toLowerCase()) && !GERMAN_NOUN_ENDING.test(word) && !GERMAN_PHRASE_NOUNS.has(word) && isGermanPlaceFollower(following)) return true;
  if (previous !== undefined && GERMAN_CAPITALISED_WORD().test(previous) && mayBeGermanName(previous) && !startsSentence(text, at - 1 - previous.length)) return true;
  // The word an article stands before heads an apposition ("der Konzern Siemens"), unless it is a name's adjective.
  if (previous !== undefined && isArticle(previous.toLowerCase(), "de") && !GERMAN_NAME_ADJECTIVE.test(word)) return false;
  const next = GERMAN_WORD_AFTER().exec(text.slice(at + word.length, at + word.length + 40));
  if (next && mayBeGermanName(next[1]!) && !GERMAN_PLACE_ADJECTIVE.test(word)) return true;
  return GERMAN_SPEECH_VERB_BEFORE().test(before);
}

/** What a changed word at `at` in `text` is: a capitalised word mid-sentence, one that opens a sentence, or other content. */
function wordRole(token: Token, text: string, at: number, language: string): "name" | "opening" | "content" {
  if (token.type === "number" && isIndexNumber(text, at, token.text)) return "name";
  // S&P, AT&T, P&G: capitals joined by an ampersand are one acronym, which the tokenizer cuts at it.
  if (token.type === "word" && (ampersandBetweenCapitals(text, at + token.text.length) || ampersandBetweenCapitals(text, at - 1))) return "name";
  if (token.type === "word" && INNER_CAPITAL.test(token.text)) return "name";
  if (token.type === "word" && namesBesideTitles(language) && (isNameBesideTitle(token.text, text, at, language) || isCountryName(token.text, language))) return "name";
  if (token.type === "word" && language === "en" && isPartyInitial(token.text, text, at)) return "name";
  if (token.type === "word" && (isNamesInitial(token.text, text, at) || isSuffixOfCompany(token.text, text, at))) return "name";
  if (token.type !== "word" || !CAPITALISED.test(token.text)) return "content";
  // "Jr.", "Sr.": without a vowel, a wire abbreviation by the next test, but a name's.
  if (language === "en" && isGenerationAfterName(token.text, text, at)) return "name";
  if (isAbbreviation(token.text)) return "content";
  // A headline or a slug set in capitals ("BANK CUTS RATES"): there capitals say nothing, and a word
  // is a name on the evidence a sentence's first word needs ("CUTS" → "RAISES" is wording; "MARLOW"
  // is a name where the story writes "Marlow" mid-sentence, or the word list does not know it).
  if (language === "en" && ACRONYM_WORD.test(token.text) && isShouted(text)) return "opening";
  if (language === "en" && isEnglishPronoun(token.text, text, at)) return "content";
  if (isTitleBeforeName(token.text, text, at, language)) return "content";
  if (language === "en" && isOffice(token.text, text, at)) return "content";
  if (afterTitle(text, at, language)) return "name";
  if (language === "de" && afterGermanTitle(text, at)) return "name";
  // A country's name is a name wherever it stands, a sentence's first word too ("Frankreich und Italien …").
  if (language === "de" && isCountryName(token.text.replace(GERMAN_GENITIVE, ""), "de")) return "name";
  if (language === "en" && isNameAfterInitials(token.text, text, at)) return "name";
  if (startsSentence(text, at)) return language === "en" && (isPartyBeforeName(token.text, text, at) || isBeforeCompanySuffix(text, at + token.text.length)) ? "name" : "opening";
  if (language === "de" && isGermanNameByNeighbours(token.text, text, at)) return "name";
  return NOUNS_CAPITALISED.has(language) ? "opening" : "name";
}

const NEXT_WORD = /\S+/uy;

/**
 * A past tense's masculine and feminine forms, by language: the endings that make the one the
 * other (Russian "заявил" → "заявила", "встретился" → "встретилась"; Ukrainian "заявив" →
 * "заявила"; Polish "powiedział" → "powiedziała"; Czech "řekl" → "řekla"). A verb of a sentence
 * whose subject, a person named, became another of the other sex takes the other form.
 */
const GENDER_ENDINGS: Readonly<Record<string, readonly (readonly [string, string])[]>> = {
  ru: [["л", "ла"], ["лся", "лась"]],
  uk: [["в", "ла"], ["вся", "лася"]],
  be: [["ў", "ла"]],
  pl: [["ł", "ła"], ["ął", "ęła"]],
  cs: [["l", "la"]],
  sk: [["l", "la"]],
};

/** Whether two words are one past tense in its masculine and feminine forms (GENDER_ENDINGS). */
function areGenderForms(a: string, b: string, language: string): boolean {
  const endings = GENDER_ENDINGS[language];
  if (endings === undefined) return false;
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return endings.some(([masculine, feminine]) => {
    const stemOf = (word: string, ending: string) => (word.endsWith(ending) ? word.slice(0, -ending.length) : null);
    const [mx, fy, fx, my] = [stemOf(x, masculine), stemOf(y, feminine), stemOf(x, feminine), stemOf(y, masculine)];
    return (mx !== null && mx.length > 1 && mx === fy) || (fx !== null && fx.length > 1 && fx === my);
  });
}

/** The characters of a Chinese or Japanese name, at most, read as one without a title beside it ("拜登", "普京", "マクロン"). */
const MAX_CJK_NAME = 5;
const CJK_RUN = /^[\p{Script=Han}\p{Script=Katakana}ー・]+$/u;

/** Whether a run is one to MAX_NAME_RUN_WORDS words of letters, as a name written without a title is. */
function isShortSpacedRun(run: string): boolean {
  if (run === "" || !LETTERS_AND_SPACES.test(run)) return false;
  return run.split(/\s+/u).length <= MAX_NAME_RUN_WORDS;
}
const LETTERS_AND_SPACES = /^[\p{L}\p{M}\s]+$/u;

/** Whether a run is a few Han or katakana characters, as a name written without a title is. */
function isShortCjkRun(run: string): boolean {
  return run.length >= 2 && run.length <= MAX_CJK_NAME && CJK_RUN.test(run);
}

/** The words of a name of several, at most, that a title in a script without capitals stands beside ("عبد الفتاح السيسي"). */
const MAX_NAME_RUN_WORDS = 4;

/**
 * Where the change at `index` stands on a side, with the changes beside it that only spaces part
 * from it: the word diff cuts a name replaced by one of as many words into a change a word
 * ("عبد" → "محمد", then "الفتاح السيسي" → "بن سلمان").
 */
function adjoiningRun(changes: readonly Change[], index: number, side: "old" | "new", text: string): { start: number; end: number } {
  let start = changeStart(changes[index]!, side);
  let end = changeEnd(changes[index]!, side);
  for (let k = index - 1; k >= 0 && changeEnd(changes[k]!, side) > changeStart(changes[k]!, side) && text.slice(changeEnd(changes[k]!, side), start).trim() === ""; k--) start = changeStart(changes[k]!, side);
  for (let k = index + 1; k < changes.length && changeEnd(changes[k]!, side) > changeStart(changes[k]!, side) && text.slice(end, changeStart(changes[k]!, side)).trim() === ""; k++) end = changeEnd(changes[k]!, side);
  return { start, end };
}

/**
 * Whether a run of changed words in a script without capitals is a name whole: a few words, a
 * title written just before the first ("الرئيس عبد الفتاح السيسي" → "الرئيس محمد بن سلمان") or
 * after the last (Hindi "जी"). Word by word, only the word beside the title was a name, and the
 * rest of the name wording.
 */
function isNameRunBesideTitle(text: string, run: { start: number; end: number }, language: string): boolean {
  const span = text.slice(run.start, run.end);
  const words = span.trim().split(/\s+/u);
  if (words.length < 2 || words.length > MAX_NAME_RUN_WORDS) return false;
  const first = run.start + span.search(/\S/u);
  const last = run.start + span.trimEnd().length - words[words.length - 1]!.length;
  return isNameBesideTitle(words[0]!, text, first, language) || isNameBesideTitle(words[words.length - 1]!, text, last, language);
}

/**
 * The name that changed inside a hyphenated word whose other parts stayed ("pro-Trump" →
 * "pro-Biden", "kabinet-Schoof" → "kabinet-Rutte", "Trump-era" → "Biden-era"), as [old, new], or
 * null: a capitalised part on each side in the same place, every other part the same. A prefix
 * that changed before the same name ("pre-Christmas" → "post-Christmas") is a word's change.
 */
function namesChangedInCompound(a: string, b: string, opensSentence: () => boolean): [string, string] | null {
  if (!HYPHENS.test(a) || !HYPHENS.test(b)) return null;
  const [partsA, partsB] = [a.split(HYPHENS), b.split(HYPHENS)];
  if (partsA.length !== partsB.length) return null;
  let changed = -1;
  for (let k = 0; k < partsA.length; k++) {
    if (partsA[k] === partsB[k]) continue;
    if (changed !== -1 || !CAPITALISED.test(partsA[k]!) || !CAPITALISED.test(partsB[k]!)) return null;
    changed = k;
  }
  // A compound that opens a sentence is capitalised anyway ("Pre-war" → "Post-war" changes a word).
  return changed > 0 || (changed === 0 && !opensSentence()) ? [partsA[changed]!, partsB[changed]!] : null;
}

/** The generation a name's suffix tells ("Jr.", "Sr.", British "Jnr", "Snr"), lower case, without the full stop. */
const GENERATIONS: ReadonlySet<string> = new Set(["jr", "sr", "jnr", "snr"]);

/**
 * Whether a word is a generation written after a person's name ("Martin Luther King Jr.", "King,
 * Sr."): part of the name, since it tells father from son ("King Jr." → "King Sr." is another
 * person), where without a vowel it read as a wire abbreviation.
 */
function isGenerationAfterName(word: string, text: string, at: number): boolean {
  if (word.length > 3 || !GENERATIONS.has(word.toLowerCase()) || !CAPITALISED.test(word)) return false;
  return CAPITALISED.test(neighbourWord(text, at, -1));
}

/** Initials written with their full stops just before a word: "U.S. ", "U.N. ", "the E.U. ". */
const INITIALS_BEFORE = onFirstUse(() => /(?:^|[^\p{L}.])(?:\p{Lu}\.){2,}\s+$/u);
/**
 * Institutions that American and international copy names by one capitalised word after a
 * country's or a body's initials ("the U.S. Senate", "the U.K. Parliament"), lower case.
 */
const INSTITUTIONS_AFTER_INITIALS: ReadonlySet<string> = new Set(
  "senate congress house treasury army navy marines embassy consulate parliament mint".split(" "),
);

/**
 * Whether a capitalised word after initials ("U.S.", "U.N.") is a name's, where the full stop
 * would have it open a sentence: the sentence splitter did not end one there, so the word is
 * mid-sentence. Old wire copy capitalises whatever word follows "U.S." ("since U.S. Officials last
 * week", "the U.K. And U.S."), so a capital there is no evidence alone: the word is a name when
 * another capitalised word follows it ("the U.N. Security Council", "the U.S. Supreme Court") or it
 * is an institution's (INSTITUTIONS_AFTER_INITIALS), and never a function word.
 */
function isNameAfterInitials(word: string, text: string, at: number): boolean {
  // Asked of every capitalised word: most have no full stop before their space.
  if (text[at - 2] !== "." || !INITIALS_BEFORE().test(text.slice(Math.max(0, at - 12), at))) return false;
  const bare = word.replace(TRAILING_PUNCTUATION, "").replace(POSSESSIVE_END, "");
  const lower = bare.toLowerCase();
  if (STOPWORDS.has(lower) || PRONOUNS.has(lower)) return false;
  if (INSTITUTIONS_AFTER_INITIALS.has(lower)) return true;
  const next = bare.length === word.length ? neighbourWord(text, at + word.length, 1) : "";
  return CAPITALISED.test(next) && !STOPWORDS.has(next.replace(TRAILING_PUNCTUATION, "").toLowerCase());
}

/**
 * Whether a capital letter written with its full stop is a name's initial: between capitalised
 * words, one of them no English word ("George W. Bush" → "George H.W. Bush", "John F. Kennedy"),
 * not the pronoun or the article ("I", "A"). Alone, a consonant reads as a wire abbreviation
 * (isAbbreviation).
 */
function isNamesInitial(word: string, text: string, at: number): boolean {
  if (word.length !== 1 || word < "B" || word > "Z" || word === "I" || text[at + 1] !== ".") return false;
  const next = neighbourWord(text, at + 2, 1).replace(TRAILING_PUNCTUATION, "");
  const previous = neighbourWord(text, at, -1);
  if (!CAPITALISED.test(next) || !CAPITALISED.test(previous)) return false;
  // A name on one side of it at least, by the word list: "Plan B. Critics balked" is a label and a sentence's start.
  return !isEnglishWord(previous) || !isEnglishWord(next);
}

/**
 * A party's initial after a politician's name, as American copy writes it: "Marlow (D)", "Marlow
 * (R-Ohio)", "Marlow, D-Ohio,". A party is a name: "(D)" → "(R)" changes one.
 */
function isPartyInitial(word: string, text: string, at: number): boolean {
  if (word.length !== 1 || word < "A" || word > "Z") return false;
  const before = text[at - 1];
  const after = text[at + 1];
  return (before === "(" && (after === ")" || after === "-")) || (before === " " && text[at - 2] === "," && after === "-");
}

/** Parties by the words copy names them with, in lower case. */
const PARTY_WORDS: ReadonlySet<string> = new Set([
  "democrat", "democrats", "democratic", "republican", "republicans", "labour", "conservative", "conservatives", "tory", "tories", "liberal", "liberals",
  "socialist", "socialists", "communist", "communists",
]);

/**
 * A party's word that opens a sentence before a name or a title ("Democrat Jane Marlow won",
 * "Republican Senator …", "Labour MP …"): a name, as mid-sentence; not before a lower-case word
 * ("Conservative estimates put …").
 */
function isPartyBeforeName(word: string, text: string, at: number): boolean {
  if (!PARTY_WORDS.has(word.toLowerCase())) return false;
  return CAPITALISED.test(neighbourWord(text, at + word.length, 1));
}

/** Capitalised words of a company's name between its first word and its suffix, at most ("General Motors Corp", "Bank of America Corp"). */
const MAX_COMPANY_NAME_WORDS = 3;

/**
 * Whether a company's suffix follows a word ending at `end`, past the capitalised words (and
 * particles) of its name ("Alphabet Inc's Google", "Halden Corp said", "General Motors Corp
 * said"): the word names the company.
 */
function isBeforeCompanySuffix(text: string, end: number): boolean {
  for (let words = 0; words <= MAX_COMPANY_NAME_WORDS; words++) {
    const next = neighbourWord(text, end, 1);
    if (next === "") return false;
    const bare = next.replace(TRAILING_PUNCTUATION, "");
    if (isCompanySuffix(bare.replace(POSSESSIVE_END, ""))) return true;
    // A mark after the word ends the name ("Detroit, Mich."): the suffix stands right after its name.
    if (bare.length !== next.length || !(CAPITALISED.test(next) || NAME_PARTICLES.has(next))) return false;
    end += 1 + next.length;
  }
  return false;
}

const COMPANY_SUFFIX_MAX_LENGTH = 6;

/** A company's suffix after its name ("Alphabet Inc's", "Halden Corp"): part of the name, given or changed with it. */
function isSuffixOfCompany(word: string, text: string, at: number): boolean {
  // Every changed word is asked: the longest suffix with a possessive ("KGaA's", "Corp's") has six letters.
  if (word.length > COMPANY_SUFFIX_MAX_LENGTH) return false;
  return isCompanySuffix(word.replace(POSSESSIVE_END, "")) && CAPITALISED.test(neighbourWord(text, at, -1));
}

/** English's "I" and its contractions, written in capitals mid-sentence as no other pronoun is. */
const FIRST_PERSON = /^I(?:['’](?:m|ve|d|ll))?$/u;

/**
 * Whether a capitalised word is an English pronoun: "I" ("As I said", "I'm sure"), or one that
 * copy capitalised by mistake ("the U.K. And U.S., He said", "the U.S., Which holds"): no name.
 * But "I" is a numeral after a name ("Charles I", "World War I"), where the word before is
 * capitalised and no function word ("But I want" has the pronoun).
 */
function isEnglishPronoun(word: string, text: string, at: number): boolean {
  if (word !== "I") return FIRST_PERSON.test(word) || (PRONOUNS.has(word.toLowerCase()) && !ACRONYM_WORD.test(word));
  const before = neighbourWord(text, at, -1);
  return before === "" || !CAPITALISED.test(before) || STOPWORDS.has(before.toLowerCase());
}

/**
 * Lower-case words that stand inside names: "Institute for Fiscal Studies", "Guillermo del Toro",
 * "Charles de Gaulle", "Ursula von der Leyen", "Council on Foreign Relations". Not "and" (nor
 * Spanish "y"), which joins two names as often as it stands in one.
 */
const NAME_PARTICLES = new Set(["of", "for", "on", "the", "de", "del", "della", "delle", "dei", "di", "da", "do", "dos", "das", "du", "des", "der", "den", "van", "von", "ter", "zu", "la", "le", "bin", "ibn", "al", "el"]);

/** The word next to a token that ends at `end` (`step` 1) or starts there (`step` -1), past one space; "" when none. */
function neighbourWord(text: string, end: number, step: 1 | -1): string {
  let at = step === 1 ? end : end - 1;
  if (text[at] !== " ") return "";
  at += step;
  let from = at;
  while (from >= 0 && from < text.length && text[from] !== " " && text[from] !== "\n") from += step;
  return step === 1 ? text.slice(at, from) : text.slice(from + 1, at + 1);
}

/**
 * Whether a changed word is a particle inside a name that changed with it ("Institute for Fiscal
 * Studies" → "Resolution Foundation": `for` goes with the name, as an article does): a particle
 * between capitalised words of its side, past other particles ("von der Leyen"), one of them
 * changed in the same run. If those words turn out to be no names, their change is wording anyway.
 */
function isParticleOfChangedName(words: readonly Placed[], k: number, text: string, otherText: string): boolean {
  const token = words[k]!;
  if (token.type !== "word" || token.text.length > 5 || !NAME_PARTICLES.has(token.text)) return false;
  // "the" only after another particle: "Court of Appeals for the Ninth Circuit", "Institute for the Study of War".
  if (token.text === "the" && !NAME_PARTICLES.has(neighbourWord(text, token.at, -1))) return false;
  /** The capitalised word past the particles after or before `at`, or "". */
  const capitalisedPast = (at: number, step: 1 | -1) => {
    for (let hops = 0; hops < 3; hops++) {
      const word = neighbourWord(text, at, step);
      if (word === "" || !NAME_PARTICLES.has(word)) return word !== "" && CAPITALISED.test(word) ? word : "";
      at = step === 1 ? at + 1 + word.length : at - 1 - word.length;
    }
    return "";
  };
  const start = token.at;
  const [after, before] = [capitalisedPast(start + token.text.length, 1), capitalisedPast(start, -1)];
  if (after === "" || before === "") return false;
  // The word diff may cut a name's change in pieces ("Federal Reserve" → "Bank of England": "Reserve"
  // → "of", then "England" added): a word of the name that the other side does not hold changed too.
  // Not past a comma: "the Department, on Saturday".
  const absent = (word: string) => !wholeWordIn(otherText, word.replace(TRAILING_PUNCTUATION, ""));
  if (!TRAILING_PUNCTUATION.test(before) && (absent(before) || absent(after))) return true;
  const capitalisedInRun = (step: 1 | -1) => {
    for (let j = k + step; j >= 0 && j < words.length; j += step) {
      const word = words[j]!;
      if (word.type === "space") continue;
      if (word.type !== "word" || !NAME_PARTICLES.has(word.text)) return word.type === "word" && CAPITALISED.test(word.text);
    }
    return false;
  };
  return capitalisedInRun(-1) || capitalisedInRun(1);
}

/** Whether the word at `at` may be a name: capitalised, and not a sentence's first word alone. */
function mayBeName(text: string, at: number, language: string): boolean {
  // Most words after an article start with a lower-case ASCII letter: no name, no pattern to run.
  const first = text.charCodeAt(at);
  if (first >= 0x61 && first <= 0x7a) return false;
  NEXT_WORD.lastIndex = at;
  const word = NEXT_WORD.exec(text)?.[0];
  return word !== undefined && wordRole({ type: "word", text: word }, text, at, language) !== "content";
}

/** Where the word after an article ending at `end` starts, when it may be a name or starts a figure; else -1. */
function articleGoesWith(text: string, end: number, language: string, figures: readonly Figure[]): number {
  let at = end;
  while (at < text.length && (text[at] === " " || text[at] === "\n" || text[at] === "\u00a0")) at += 1;
  if (at === end || at === text.length) return -1;
  return mayBeName(text, at, language) || figures.some((figure) => figure.start === at) ? at : -1;
}

/**
 * Whether an article ending at `end` goes with the changed word after it: a name ("Egypt" → "the
 * United States", "Reuters" → "The Associated Press") or a figure written otherwise ("the third
 * quarter" → "Q3"). If that word turns out to be no name, its own change is wording (resolveNames).
 */
function articleOfChangedWord(text: string, end: number, side: "old" | "new", changes: readonly Change[], language: string, figures: readonly Figure[]): boolean {
  const at = articleGoesWith(text, end, language, figures);
  return at !== -1 && changeHolding(changes, side, at) !== -1;
}

/** Whether a piece is one article on each side, whose name after it changed on either side. */
function isArticleOfChangedName(before: readonly Placed[], after: readonly Placed[], oldText: string, newText: string, changes: readonly Change[], language: string, figures: { old: readonly Figure[]; new: readonly Figure[] }): boolean {
  const [a, b] = [before.filter(isWordLike), after.filter(isWordLike)];
  if (a.length !== 1 || b.length !== 1 || !isArticle(a[0]!.text.toLowerCase(), language)) return false;
  return (
    articleOfChangedWord(oldText, a[0]!.at + a[0]!.text.length, "old", changes, language, figures.old) ||
    articleOfChangedWord(newText, b[0]!.at + b[0]!.text.length, "new", changes, language, figures.new)
  );
}

/** Where a change starts and ends in one side's text. */
const changeStart = (change: Change, side: "old" | "new") => (side === "old" ? change.oldAt : change.newAt);
const changeEnd = (change: Change, side: "old" | "new") => (side === "old" ? change.oldEnd : change.newEnd);

/** The index of the change whose text on `side` holds the character at `at`, or -1. */
function changeHolding(changes: readonly Change[], side: "old" | "new", at: number): number {
  for (let k = 0; k < changes.length; k++) if (changeStart(changes[k]!, side) <= at && at < changeEnd(changes[k]!, side)) return k;
  return -1;
}

/** Whether two words differ only in their last letters (an inflection: Regierung → Regierungen, Hauses → Haus). */
function isInflection(a: string, b: string): boolean {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let common = 0;
  while (common < x.length && x[common] === y[common]) common += 1;
  return common >= Math.min(x.length, y.length) - INFLECTION_LETTERS;
}
/** Letters an inflection changes at a word's end: German -e, -en, -es, -er, -n, -s. */
const INFLECTION_LETTERS = 2;

/** Multiset difference: what is left of `a` once every item also in `b` is taken out. */
function leftover<T>(a: readonly T[], b: readonly T[], key: (item: T) => string): T[] {
  const counts = new Map<string, number>();
  for (let k = 0; k < b.length; k++) {
    const itemKey = key(b[k]!);
    counts.set(itemKey, (counts.get(itemKey) ?? 0) + 1);
  }
  return a.filter((item) => {
    const count = counts.get(key(item)) ?? 0;
    if (count > 0) counts.set(key(item), count - 1);
    return count === 0;
  });
}

/** A sentence with each figure's text cut out, its place marked: what it says besides its figures. */
function withoutFigures(text: string, figures: readonly Figure[]): string {
  let rest = "";
  let from = 0;
  for (let k = 0; k < figures.length; k++) {
    rest += `${text.slice(from, figures[k]!.start)}\u0000`;
    from = figures[k]!.end;
  }
  return rest + text.slice(from);
}

/** A figure written with digits or a fraction sign ("1/2", "0.5", "½"), not in words. */
const DIGITS_OR_FRACTION_SIGN = /[0-9\u00BC-\u00BE\u2150-\u215E]/u;
/** A figure's key as read, for a figure written in digits; one in words ("half") keeps the key it is compared by (as a share). */
const digitsKey = (figure: Figure) => (DIGITS_OR_FRACTION_SIGN.test(figure.text) ? spanInMinutes(figure.key) : comparedKey(figure));
/** The key two figures are compared by: a share written as a fraction as its percentage ("half" → "50%"), a span of hours or days in minutes. */
const comparedKey = (figure: Figure) => (WRITTEN_AS_FRACTION.test(figure.text) ? asPercentage(spanInMinutes(figure.key)) : spanInMinutes(figure.key));

/** A fraction as written: in words ("half", "a fifth of"), with a slash ("1/2"), a fraction sign ("½") or as a rate ("1 in 5"); not "0.5". */
const WRITTEN_AS_FRACTION = /^[^0-9.]*$|\/|[\u00BC-\u00BE\u2150-\u215E]| in /u;

/** English words that count as a number word does without being one: "an official", "both sides". */
const COUNTED_AS: Readonly<Record<string, ReadonlySet<string>>> = { one: COUNTING_ARTICLES, two: new Set(["both"]) };

/**
 * Whether a figure is the word "one" or "two" whose change put a word of the same count in its
 * place on the other side ("One of the officials said" → "An official said", "the two sides" →
 * "both sides"): the count is the same, so it is no figure to compare, and the words' change is
 * read as words are. The word diff may cut such a change in two ("[-The-]{+Both+} [-two -]"), so
 * the changes next to the figure's, with only spaces between, count as its own. Another figure in
 * its place ("One official" → "Two officials") is compared as before.
 */
function isCountWordRestated(figure: Figure, changes: readonly Change[], side: "old" | "new", text: string): boolean {
  const sameCount = COUNTED_AS[figure.text.toLowerCase()];
  if (sameCount === undefined) return false;
  const k = changeHolding(changes, side, figure.start);
  if (k === -1) return false;
  const spacesBetween = (first: Change, second: Change) => text.slice(changeEnd(first, side), changeStart(second, side)).trim() === "";
  const near = [changes[k]!];
  if (k > 0 && spacesBetween(changes[k - 1]!, changes[k]!)) near.push(changes[k - 1]!);
  if (k + 1 < changes.length && spacesBetween(changes[k]!, changes[k + 1]!)) near.push(changes[k + 1]!);
  return near.some((change) => (side === "old" ? change.added : change.removed).some((token) => sameCount.has(token.text.toLowerCase())));
}

/** A share's key as the percentage it is, so that "half of the voters" and "50% of the voters" compare as one figure. */
function asPercentage(key: string): string {
  const share = SHARE_KEY.exec(key);
  return share === null ? key : `${share[1]}${Math.round(Number(share[2]) * 1e6) / 1e4}||%`;
}

/**
 * Figures of the two sides, compared whole: those written the same on both sides are set aside,
 * those with the same key (value, unit, currency…) written otherwise are typography, and the rest
 * changed value: number, and quote when they stand inside quotation marks.
 */
function compareFigures(oldFigures: Figure[], newFigures: Figure[], spans: { old: Span[]; new: Span[] }, findings: Findings, wholeSides: WholeSides): void {
  if (oldFigures.length === 0 && newFigures.length === 0) return;
  const text = (figure: Figure) => figure.text;
  const key = comparedKey;
  const [removed, added] = [leftover(oldFigures, newFigures, text), leftover(newFigures, oldFigures, text)];
  const [unmatchedOld, unmatchedNew] = [leftover(removed, added, key), leftover(added, removed, key)];
  // "fell 1/2" → "fell 0.5": a fraction in digits is the decimal of its value, where it is no share
  // of something ("half" → "0.5" is not: "rose by half" is no rise of 0.5, and "0.5" → "50%" changes).
  const [changedOld, changedNew] =
    unmatchedOld.length === 0 || unmatchedNew.length === 0 ? [unmatchedOld, unmatchedNew] : [leftover(unmatchedOld, unmatchedNew, digitsKey), leftover(unmatchedNew, unmatchedOld, digitsKey)];
  const sameFigure = (a: Figure, b: Figure) => key(a) === key(b) || digitsKey(a) === digitsKey(b);
  const elided = elidedCurrencies(changedOld, changedNew, wholeSides);
  for (let k = 0; k < elided.length; k++) {
    changedOld.splice(changedOld.indexOf(elided[k]![0]), 1);
    changedNew.splice(changedNew.indexOf(elided[k]![1]), 1);
  }
  const isElided = (figure: Figure) => elided.some((pair) => pair[0] === figure || pair[1] === figure);
  const restyledOld = removed.filter((figure) => !changedOld.includes(figure) && !isElided(figure));
  const restyledNew = added.filter((figure) => !changedNew.includes(figure) && !isElided(figure));
  for (let k = 0; k < elided.length; k++) findings.add("typography", elided[k]![0].text, elided[k]![1].text);
  // "One killed, two injured" → "Two killed, three injured": each figure moved up one, and the
  // old "two" matched the new "Two" in another place as one figure restyled (case). A restyled
  // figure keeps its place; where the match crosses places and the places hold figures of the same
  // sort (a count, a date, an amount of one currency and unit), the figures are compared place by
  // place. A paraphrase that reorders its figures holds other sorts in each place.
  const sameSorts = () => oldFigures.length === newFigures.length && oldFigures.every((figure, i) => figureSort(figure.key) === figureSort(newFigures[i]!.key));
  if (restyledOld.length > 0 && sameSorts() && restyledOld.some((figure) => !restyledNew.some((other) => sameFigure(other, figure) && newFigures.indexOf(other) === oldFigures.indexOf(figure)))) {
    for (let i = 0; i < oldFigures.length; i++) {
      const [before, after] = [oldFigures[i]!, newFigures[i]!];
      if (sameFigure(before, after)) {
        if (before.text !== after.text) findings.add(figureRestyling(before, after), before.text, after.text);
        continue;
      }
      changedFigure(before, after, spans, findings);
    }
    return;
  }
  for (const figure of restyledOld) {
    const match = restyledNew.find((other) => key(other) === key(figure)) ?? restyledNew.find((other) => sameFigure(other, figure));
    if (match) restyledNew.splice(restyledNew.indexOf(match), 1);
    findings.add(match ? figureRestyling(figure, match) : "typography", figure.text, match?.text ?? null);
  }
  // A changed figure is paired with the next one of its class on the other side, where there is one:
  // "killed at least one" → "broke out last night, … killing one" changed the count, not into a time.
  const unpaired = [...changedNew];
  const pairs: [Figure | undefined, Figure | undefined][] = changedOld.map((figure) => {
    const sort = figureClass(figure.key);
    const match = unpaired.findIndex((other) => figureClass(other.key) === sort);
    return [figure, match === -1 ? undefined : unpaired.splice(match, 1)[0]];
  });
  // The rest in their order, as before: a count turned into a date is still a figure changed.
  for (let i = 0; i < pairs.length && unpaired.length > 0; i++) if (pairs[i]![1] === undefined) pairs[i]![1] = unpaired.shift();
  for (let i = 0; i < pairs.length; i++) changedFigure(pairs[i]![0], pairs[i]![1], spans, findings);
  for (let i = 0; i < unpaired.length; i++) changedFigure(undefined, unpaired[i], spans, findings);
}

/**
 * What a figure is, by its key's letter: an amount, a time, a date, a weekday, a period… Not its
 * unit nor its currency, which a rewrite may drop ("4,210,000 dlrs" → "4.2 mln"), nor the bound
 * before an amount ("at least one" is an amount as "one" is).
 */
function figureClass(key: string): string {
  const boundless = key.replace(BOUND_MARKS, "");
  return boundless.slice(0, boundless.indexOf(":"));
}
const BOUND_MARKS = /^[<>≤≥≲~≈]+/u;

/** Every figure of each side's text, read when asked (a change reads only the figures it touches). */
interface WholeSides {
  old: () => readonly Figure[];
  new: () => readonly Figure[];
}

/** An amount's key in parts: what comes before its currency (bound, sort, value), its currency, its unit. */
const AMOUNT_PARTS = /^([<>≤≥≲~≈]*n:[^|]*)\|([^|]*)\|(.*)$/u;

/**
 * Amounts that differ only in a currency one side leaves unsaid where the sentence says it
 * otherwise: on another amount ("Of the 13 billion dlrs frozen debt, 3.5 billion dlrs was owed" →
 * "…, 3.5 billion was owed"), or by dropping it from two or more amounts at once, as a table row
 * does ("Net 502,000 dlrs vs 401,000 dlrs" → "Net 502,000 vs 401,000"), where the side without it
 * names no currency at all. House style, not a change of value; one amount that gains a currency
 * nothing else in its sentence names still changes what it says.
 */
function elidedCurrencies(changedOld: readonly Figure[], changedNew: readonly Figure[], wholeSides: WholeSides): [Figure, Figure][] {
  const pairs: [Figure, Figure][] = [];
  for (let k = 0; k < changedOld.length; k++) {
    const before = AMOUNT_PARTS.exec(changedOld[k]!.key);
    if (before === null) continue;
    // In the same place among the changed figures: "to 750 mln stg from 700 mln" → "to 800 mln stg
    // from 750 mln" changed both amounts, and the two 750s are no one amount restyled.
    const match = changedNew[k];
    const after = match === undefined ? null : AMOUNT_PARTS.exec(match.key);
    if (after === null || after[1] !== before[1] || after[3] !== before[3] || (after[2] === "") === (before[2] === "")) continue;
    pairs.push([changedOld[k]!, match!]);
  }
  const currencyOf = (figure: Figure) => AMOUNT_PARTS.exec(figure.key)?.[2] ?? "";
  return pairs.filter((pair) => {
    const oldIsBare = currencyOf(pair[0]) === "";
    const bareSide = oldIsBare ? wholeSides.old() : wholeSides.new();
    const currency = currencyOf(pair[0]) || currencyOf(pair[1]);
    if (bareSide.some((figure) => currencyOf(figure) === currency)) return true;
    const dropped = pairs.filter((other) => (currencyOf(other[0]) || currencyOf(other[1])) === currency && (currencyOf(other[0]) === "") === oldIsBare);
    return dropped.length >= 2 && !bareSide.some((figure) => currencyOf(figure) !== "");
  });
}

/** A figure changed (or given, or dropped): a number, and a quote when it stands inside quotation marks. */
function changedFigure(before: Figure | undefined, after: Figure | undefined, spans: { old: Span[]; new: Span[] }, findings: Findings): void {
  findings.add("number", before?.text ?? null, after?.text ?? null);
  const quoted = (before && insideQuote(spans.old, before.start, before.end)) || (after && insideQuote(spans.new, after.start, after.end));
  if (quoted) findings.add("quote", before?.text ?? null, after?.text ?? null);
}

/**
 * Figures, the same on both sides, that stand in each other's places: each place whose figure
 * changed for another of its sort is a number changed ("rose to 3.9% from 3.7%" → "to 3.7% from
 * 3.9%"). A figure and its conversion into another unit that only trade places ("150 mph (240
 * km/h)" → "240 km/h (150 mph)") say the same, written another way.
 */
function swappedFigures(oldFigures: readonly Figure[], newFigures: readonly Figure[], findings: Findings): void {
  const count = Math.min(oldFigures.length, newFigures.length);
  let restyled: [Figure, Figure] | undefined;
  for (let i = 0; i < count; i++) {
    const [before, after] = [oldFigures[i]!, newFigures[i]!];
    if (before.key === after.key) continue;
    if (figureSort(before.key) === figureSort(after.key)) findings.add("number", before.text, after.text);
    else restyled ??= [before, after];
  }
  if (findings.size === 0 && restyled !== undefined) findings.add("typography", restyled[0].text, restyled[1].text);
}

/** A figure's sort: its key less its value ("n:2||" and "n:3||" are counts, "n:5|$|" and "n:6|$|" dollar amounts, "w:2" a weekday). */
function figureSort(key: string): string {
  const colon = key.indexOf(":");
  const bar = key.indexOf("|");
  return bar === -1 ? key.slice(0, colon) : key.slice(0, colon) + key.slice(bar);
}

/** The kind of one figure written otherwise: typography, unless only its unit's spelling or case changed (2 metres → 2 meters). */
function figureRestyling(before: Figure, after: Figure): "typography" | "spelling" | "case" | "whitespace" {
  const kind = cosmeticKind(tokenize(before.text), tokenize(after.text));
  return kind === "spelling" || kind === "case" || kind === "whitespace" ? kind : "typography";
}

/**
 * Words of a content change that are only another spelling or casing of a word on the other side
 * ("reorganisation" in "[-reorganisation-]{+own reorganization+}"), with the kind each one is.
 */
function respelled(removed: readonly Placed[], added: readonly Placed[], language: string): Map<Placed, { kind: "spelling" | "case"; other: Placed }> {
  const found = new Map<Placed, { kind: "spelling" | "case"; other: Placed }>();
  const addedWords = added.filter(isWordLike);
  for (const word of removed.filter(isWordLike)) {
    const match = addedWords.find(
      (token) => !found.has(token) && (isSpellingVariant(token.text, word.text, language) || (token.text !== word.text && token.text.toLowerCase() === word.text.toLowerCase())),
    );
    if (!match) continue;
    const kind = match.text.toLowerCase() === word.text.toLowerCase() ? "case" : "spelling";
    found.set(word, { kind, other: match });
    found.set(match, { kind, other: word });
  }
  return found;
}

/** Text of a change's side, or null for a side with nothing. */
const sideText = (text: string, from: number, to: number) => (to > from ? text.slice(from, to) : null);

/** Widened to the words on either side, so that a change of spacing or a mark shows where it is. */
function widened(text: string, from: number, to: number): string {
  let start = from;
  while (start > 0 && /\s/u.test(text[start - 1]!)) start--;
  while (start > 0 && !/\s/u.test(text[start - 1]!)) start--;
  let end = to;
  while (end < text.length && /\s/u.test(text[end]!)) end++;
  while (end < text.length && !/\s/u.test(text[end]!)) end++;
  return text.slice(start, end);
}

/** A capitalised word found in a change. */
interface NameWord {
  text: string;
  opening: boolean;
  change: number;
  /** A sentence's first word that a verb of saying follows ("Apple said"): the subject of a statement. */
  speaks?: boolean;
}

/** Anything the classifier needs beyond the pair: where else a word is capitalised, and each version's language. */
export interface ClassifyContext {
  names: NameContext;
  /** BCP 47 tags; English figures and names when absent. */
  languages?: { old: string; new: string };
}

/** What the classifier reads each side with: its language's figures (null for English) and whether capitals mark names. */
interface Reading {
  locale: { old: FigureLocale | null; new: FigureLocale | null };
  names: NameContext;
  language: string;
}

function readingOf(context: ClassifyContext): Reading {
  const languages = context.languages;
  return {
    locale: languages ? { old: figureLocale(languages.old), new: figureLocale(languages.new) } : { old: null, new: null },
    names: context.names,
    language: languages ? primaryLanguage(languages.new) : "en",
  };
}

/**
 * The kinds of change in a pair, most serious first, and the evidence for each. Figures are
 * compared as values (figures.ts); cosmetic kinds come from a ladder of folds (spacing,
 * typography, case, US/UK spelling, punctuation) applied to each change; content changes are
 * `name` or `wording`, and `quote` when their words stand inside quotation marks. Figures and
 * names that only moved within the pair do not count.
 */
export function classify(pair: Pair, oldText: string, newText: string, tokens: TokenSides, context?: ClassifyContext, openQuotes: OpenQuotes = NONE_OPEN): Classification {
  if (pair.op === "equal" || oldText === newText) return NO_KINDS;
  const full: ClassifyContext = context ?? { names: nameContext([oldText, newText]) };
  if (pair.op === "added" && LETTER_OR_DIGIT.test(newText)) return wholeSentence(tokens.new, newText, "new", readingOf(full), openQuotes.new);
  if (pair.op === "removed" && LETTER_OR_DIGIT.test(oldText)) return wholeSentence(tokens.old, oldText, "old", readingOf(full), openQuotes.old);
  if (relabelledYear(oldText, newText)) {
    const findings = new Findings();
    findings.add("typography", oldText.trim(), newText.trim());
    return findings.result();
  }
  return changeKinds(pair, oldText, newText, tokens, full, openQuotes);
}

/** A results table's row label for the whole year, and for its twelve months: "Year", "12 mths". */
const YEAR_LABEL = /^\s*(?:full\s+)?year:?\s*$/iu;
const TWELVE_MONTHS_LABEL = /^\s*(?:12|twelve)\s+(?:mths|months):?\s*$/iu;

/**
 * Whether a pair is a results table's label for the whole year written the other way: "Year" →
 * "12 mths" (Reuters 013, 043, 092, 140, 157, 163 relabel their tables so). The same period, where
 * a figure's reading sees "12 months" given and a word taken. Only a label standing alone: "Year
 * net rose" holds no period to read.
 */
function relabelledYear(oldText: string, newText: string): boolean {
  return (YEAR_LABEL.test(oldText) && TWELVE_MONTHS_LABEL.test(newText)) || (TWELVE_MONTHS_LABEL.test(oldText) && YEAR_LABEL.test(newText));
}

/**
 * On each side, the marks that close a quotation that the pair's first sentence stands inside from
 * its start, left open by a sentence before it (quotes.ts, openQuoteBefore), or null.
 */
export interface OpenQuotes {
  old: string | null;
  new: string | null;
}
const NONE_OPEN: OpenQuotes = { old: null, new: null };

/**
 * The kinds of a sentence added or removed whole: what it holds. The same answer as the general
 * path below gives a change with nothing on the other side (no fold can make it cosmetic, nothing
 * can have moved or been respelled), in one pass: two unrelated texts are thousands of such
 * sentences.
 */
function wholeSentence(tokens: readonly Token[], text: string, side: "old" | "new", reading: Reading, openQuote: string | null): Classification {
  const findings = new Findings();
  const put = (kind: Parameters<Findings["add"]>[0], span: string) => (side === "old" ? findings.add(kind, span, null) : findings.add(kind, null, span));
  const spans = quoteSpans(text, openQuote);
  const figures = findFigures(text, tokens, reading.locale[side]);
  for (const figure of figures) {
    put("number", figure.text);
    if (insideQuote(spans, figure.start, figure.end)) put("quote", spanOfQuote(text, spans, figure.start));
  }
  let content = false;
  const visit = (token: Token, at: number) => {
    if (!isWordLike(token)) return;
    if (insideQuote(spans, at, at + token.text.length)) put("quote", spanOfQuote(text, spans, at));
    // An article before a name or a figure is theirs (articleOfChangedWord): here every word is changed.
    if (isArticle(token.text, reading.language) && articleGoesWith(text, at + token.text.length, reading.language, figures) !== -1) return;
    const role = wordRole(token, text, at, reading.language);
    if (role === "name" || (role === "opening" && isOpeningName(token.text, reading.names, reading.language))) put("name", token.text);
    else content = true;
  };
  // What is left of the sentence less its figures, read as the general path's ladder reads it
  // (cosmeticKind): only a company's suffix, or a courtesy title before what follows, is house style.
  const houseStyle = (rest: readonly Token[]) => onlyCompanySuffixes(rest) || onlyCourtesyTitle(rest);
  if (figures.length === 0) {
    if (houseStyle(tokens)) {
      put("typography", text);
      return findings.result();
    }
    // Each token where it stands, without a placed copy of the sentence (most added sentences hold no figure).
    let at = 0;
    for (let k = 0; k < tokens.length; k++) {
      visit(tokens[k]!, at);
      at += tokens[k]!.text.length;
    }
  } else {
    const placed: Placed[] = [];
    place(tokens, 0, placed);
    const outside = outsideFigures(placed, figures);
    if (outside.length > 0 && houseStyle(outside)) {
      put("typography", joined(outside));
      return findings.result();
    }
    for (let k = 0; k < outside.length; k++) visit(outside[k]!, outside[k]!.at);
  }
  if (content) put("wording", text);
  return findings.result();
}

/** The quotation a position stands in. */
function spanOfQuote(text: string, spans: readonly Span[], at: number): string {
  for (let k = 0; k < spans.length; k++) {
    const span = spans[k]!;
    if (at >= span[0] && at < span[1]) return text.slice(span[0], span[1]);
  }
  return text;
}

/**
 * Languages whose suffixes take their vowels (and voicing) from the word before them, and that
 * write a figure's case ending after a mark: Turkish and Azerbaijani after an apostrophe
 * ("2025'te", in 2025; "2026'da"; "%3,5'e", "%3,7'ye"), Hungarian after a hyphen ("2025-ben",
 * "2026-ban"; "10-én"). Each with the mark and the classes its vowels fall in: Turkish's four
 * (a, e) and (ı, i, u, ü) endings are two vowels each, where "-e" (to) and "-i" (the accusative)
 * are two endings; Hungarian's "-ban/-ben", "-hoz/-hez/-höz", "-on/-en/-ön" one vowel each.
 */
interface Harmony {
  /** The marks an ending is written after; a hyphen goes with the figure (outsideFigures), so the ending stands one past it. */
  marks: string;
  vowels: readonly [RegExp, string][];
  /** Consonants that voicing makes one (Turkish d, t), with a buffer consonant before a vowel dropped; null where there are none. */
  consonants: RegExp | null;
}
const TURKIC_HARMONY: Harmony = { marks: "'’", vowels: [[/[aeə]/gu, "A"], [/[ıiuü]/gu, "I"]], consonants: /[dt]/gu };
const HARMONY: Readonly<Record<string, Harmony>> = {
  tr: TURKIC_HARMONY,
  az: TURKIC_HARMONY,
  hu: { marks: "-", vowels: [[/[aáeéoóöő]/gu, "A"], [/[uúüű]/gu, "U"]], consonants: null },
};
/** A case ending, after its mark or with it: up to five lower-case letters. */
const CASE_ENDING_LETTERS = /^['’-]?(\p{Ll}{1,5})$/u;

/**
 * Whether two case endings written onto a figure are one ending in two harmonies (HARMONY): its
 * vowels by their classes, Turkish d and t as one, and a Turkish buffer y, n or s before a vowel
 * dropped. "te" and "da" are the locative, "ye" and "a" the dative, "ben" and "ban" Hungarian's
 * "in"; "te" and "ten" (in, from) are two endings. Each ending must stand right after a figure of
 * its side, with its mark (the hyphen that joins it goes with the figure: outsideFigures).
 */
function sameCaseEnding(language: string, a: Placed, b: Placed, figures: { old: readonly Figure[]; new: readonly Figure[] }): boolean {
  const harmony = HARMONY[language];
  if (harmony === undefined) return false;
  const hyphen = harmony.marks === "-";
  const onto = (token: Placed, side: readonly Figure[]) =>
    side.some((figure) => (hyphen ? token.at === figure.end + 1 : token.at === figure.end && harmony.marks.includes(token.text[0]!)));
  if (!onto(a, figures.old) || !onto(b, figures.new)) return false;
  const fold = (text: string) => {
    const letters = CASE_ENDING_LETTERS.exec(text)?.[1];
    if (letters === undefined) return null;
    let folded = harmony.consonants !== null && /^[yns][aeıiuüoöə]/u.test(letters) ? letters.slice(1) : letters;
    for (const [vowels, letter] of harmony.vowels) folded = folded.replace(vowels, letter);
    return harmony.consonants === null ? folded : folded.replace(harmony.consonants, "D");
  };
  const folded = fold(a.text);
  return folded !== null && folded === fold(b.text);
}

/**
 * Whether a change only removes (or only adds) quotation marks, each the end of a quotation whose
 * other end another change removed (or added) with words: the two changes are one quotation's, cut apart by
 * a full stop the word diff kept ("…, adding: "We lost." → "…."), and the quotation's change says it.
 */
function closesQuoteOfOtherChange(change: Change, changes: readonly Change[], spans: { old: readonly Span[]; new: readonly Span[] }): boolean {
  const side = change.added.length === 0 ? "old" : change.removed.length === 0 ? "new" : null;
  if (side === null) return false;
  const tokens = side === "old" ? change.removed : change.added;
  const quotes = spans[side];
  const inOtherChange = (at: number) =>
    changes.some((other) =>
      other !== change && (side === "old" ? other.oldAt <= at && at < other.oldEnd && other.removed.some(isWordLike) : other.newAt <= at && at < other.newEnd && other.added.some(isWordLike)),
    );
  let marks = 0;
  for (let k = 0; k < tokens.length; k++) {
    const token = tokens[k]!;
    if (token.type === "space") continue;
    const quote = quotes.find(([start, end]) => token.at === start || token.at === end - 1);
    if (quote === undefined || token.text.length !== 1 || !inOtherChange(token.at === quote[0] ? quote[1] - 1 : quote[0])) return false;
    marks++;
  }
  return marks > 0;
}

/** The general path: figures first, then each change between the two sides, through the folds and then word by word. */
export function changeKinds(pair: Pair, oldText: string, newText: string, tokens: TokenSides, context?: ClassifyContext, openQuotes: OpenQuotes = NONE_OPEN): Classification {
  const reading = readingOf(context ?? { names: nameContext([oldText, newText]) });
  const { locale } = reading;
  const findings = new Findings();
  const spans = { old: quoteSpans(oldText, openQuotes.old), new: quoteSpans(newText, openQuotes.new) };

  // A sentence added or removed whole is one change with nothing on the other side.
  const whole = (side: Token[], removed: boolean): Change[] => {
    const placed: Placed[] = [];
    const end = place(side, 0, placed);
    const all: [number, number] = [0, side.length];
    const none: [number, number] = [0, 0];
    return [
      removed
        ? { removed: placed, added: [], oldAt: 0, newAt: 0, oldEnd: end, newEnd: 0, oldTokens: all, newTokens: none }
        : { removed: [], added: placed, oldAt: 0, newAt: 0, oldEnd: 0, newEnd: end, oldTokens: none, newTokens: all },
    ];
  };
  const changes = pair.op === "added" ? whole(tokens.new, false) : pair.op === "removed" ? whole(tokens.old, true) : changesOf(tokens.parts);
  // Figures are compared whole and by value; only those a change touches can differ, and a change
  // touches one only when a token of it, or the token next to it, can be part of a figure.
  const nearFigures = changes?.filter(
    (change) =>
      touchesFigure(tokens.old, change.oldTokens[0], change.oldTokens[1], locale.old) || touchesFigure(tokens.new, change.newTokens[0], change.newTokens[1], locale.new),
  );
  const figures = nearFigures
    ? {
        old: figuresNear(oldText, tokens.old, nearFigures.map((change) => ({ start: change.oldAt, end: change.oldEnd, from: change.oldTokens[0], to: change.oldTokens[1] })), locale.old),
        new: figuresNear(newText, tokens.new, nearFigures.map((change) => ({ start: change.newAt, end: change.newEnd, from: change.newTokens[0], to: change.newTokens[1] })), locale.new),
      }
    : { old: findFigures(oldText, tokens.old, locale.old), new: findFigures(newText, tokens.new, locale.new) };
  const ranges = rangesAlike(figures.old, figures.new, oldText, newText);
  figures.old = ranges.old;
  figures.new = ranges.new;
  if (changes && reading.language === "en") {
    figures.old = figures.old.filter((figure) => !isCountWordRestated(figure, changes, "old", oldText));
    figures.new = figures.new.filter((figure) => !isCountWordRestated(figure, changes, "new", newText));
  }
  const wholeSides: WholeSides = {
    old: onFirstUse(() => (nearFigures ? findFigures(oldText, tokens.old, locale.old) : figures.old)),
    new: onFirstUse(() => (nearFigures ? findFigures(newText, tokens.new, locale.new) : figures.new)),
  };
  compareFigures(figures.old, figures.new, spans, findings, wholeSides);
  // The figures were all that changed, however the word diff cut them ("52-48 to confirm" → "52 to
  // 48 to confirm" keeps the old "to" beside 48 and adds one after it): nothing more to read.
  if (changes && figures.old.length > 0 && withoutFigures(oldText, figures.old) === withoutFigures(newText, figures.new)) {
    // "rose to 3.9% from 3.7%" → "rose to 3.7% from 3.9%": the same figures, each in the other's
    // place, say another thing (a rise became a fall), though none is added or removed.
    if (findings.size === 0) swappedFigures(figures.old, figures.new, findings);
    return findings.result();
  }
  if (!changes) {
    findings.add("wording", oldText, newText);
    return findings.result();
  }
  const nameWords = { removed: [] as NameWord[], added: [] as NameWord[] };
  const contentChanges = new Set<number>();
  // Where quotation marks alone came or went, said only when no quoted word changed.
  const marksQuotes: { old: string; new: string }[] = [];
  // Whether the two sentences hold the same letters and digits, worked out at the first change that
  // needs it, and where the changes that only cut or joined words lie.
  let lettersAlike: boolean | undefined;
  let resplit: { oldAt: number; oldEnd: number; newAt: number; newEnd: number } | undefined;
  let wordsQuoted = false;
  const restated = restatedInitials(changes, oldText, newText, findings);
  const genderAgreements: number[] = [];
  changes.forEach((change, index) => {
    const removed = outsideFigures(change.removed, figures.old);
    const added = outsideFigures(change.added, figures.new);
    if (joined(removed) === joined(added)) return;
    // "2025'te" → "2026'da": the case ending follows the figure's last vowel, and goes with its change.
    if (removed.length === 1 && added.length === 1 && sameCaseEnding(reading.language, removed[0]!, added[0]!, figures)) return;
    // Marks that come and go with a figure added or removed outright ("(12)") go with the figure.
    const masked = removed.length !== change.removed.length || added.length !== change.added.length;
    // With only spaces on the other side, and the marks that stand beside such a figure, cut into
    // changes of their own: "suspect was" → "suspect, 45, was", an age set apart by its commas.
    if ((removed.every(isSpaceToken) || added.every(isSpaceToken)) && !removed.some(isWordLike) && !added.some(isWordLike)) {
      if (masked || marksBesideChangedFigure(change, changes, figures)) return;
    }
    // `he said, adding: "We lost."` → `he said.`: the word diff keeps the full stop, and the closing
    // mark after it is a change of its own; it goes with the quotation the other change removed.
    if (!removed.some(isWordLike) && !added.some(isWordLike) && closesQuoteOfOtherChange(change, changes, spans)) return;
    const raw = { old: sideText(oldText, change.oldAt, change.oldEnd), new: sideText(newText, change.newAt, change.newEnd) };
    // "a handful of " → "5 ": a phrase of quantity that a figure took the place of, the word diff
    // keeping the space after each, goes with the figure's change as a word of quantity does (below).
    if (removed.length > 0 && added.length > 0) {
      if (added.every(isSpaceToken) && quantityWordForFigure(changes, index, "old", oldText, figures.new, newText)) return;
      if (removed.every(isSpaceToken) && quantityWordForFigure(changes, index, "new", newText, figures.old, oldText)) return;
    }
    // Words on one side only (besides figures): given or dropped.
    if (removed.length === 0 || added.length === 0) {
      const given = removed.length === 0;
      const [words, text, figuresHere, figuresThere] = given ? [added, newText, figures.new, figures.old] : [removed, oldText, figures.old, figures.new];
      // "no injuries" → "two injuries", "several boats" → "12 boats": a word of quantity that a figure
      // took the place of goes with the figure's change, which says it.
      if (quantityWordForFigure(changes, index, given ? "new" : "old", text, figuresThere, given ? oldText : newText)) return;
      // "said on Monday" → "said Monday": "on" before a day or a date, given or dropped, is house
      // style. Only "on" itself: not "on Monday" → "Tuesday", where a figure took its place.
      const [there, here] = given ? [raw.old, raw.new] : [raw.new, raw.old];
      if (there === null && here?.trim().toLowerCase() === "on" && onlyOnBeforeDay(words, text, figuresHere)) {
        findings.add("typography", raw.old ?? "", raw.new ?? "");
        return;
      }
      // "last week" → "on March 3", "yesterday" → "on Tuesday", "next year" → "in 2027": the
      // preposition a date takes and a relative time does without goes with the figure's change,
      // as it does with the figure given or dropped ("approved the budget on Saturday" → "approved the budget").
      if (masked && findings.has("number") && onlyPrepositionBeforeTime(words, text, figuresHere)) return;
      // "the Federal Trade Commission (FTC)" → "the Federal Trade Commission": the acronym's
      // introduction, given or dropped, is house style.
      if (onlyAcronymOfWordsBefore(words, text)) {
        findings.add("typography", raw.old ?? "", raw.new ?? "");
        return;
      }
      // "half its value" → "half of its value" is house style; "half its" → "a third of its" a figure's change, which says it.
      const share = shareBeforeOnlyOf(words, text, figuresHere);
      if (share !== undefined) {
        const shareChanged = changes.some((other) => (given ? other.newAt < share.end && other.newEnd > share.start : other.oldAt < share.end && other.oldEnd > share.start));
        if (!shareChanged) findings.add("typography", raw.old ?? "", raw.new ?? "");
        return;
      }
    }
    const split = pieces(removed, added);
    const cosmetic = split.map(([before, after]) => cosmeticKind(before, after, reading.language));
    cosmetic.forEach((kind, i) => {
      if (kind === null) return;
      const [before, after] = split[i]!;
      // "The Lancet" → "the New England Journal of Medicine": an article that only changed its case goes with the name after it.
      if (kind === "case" && isArticleOfChangedName(before, after, oldText, newText, changes, reading.language, figures)) return;
      const from = { old: before[0]?.at ?? change.oldAt, new: after[0]?.at ?? change.newAt };
      const to = { old: from.old + joined(before).length, new: from.new + joined(after).length };
      if ((kind === "spelling" || kind === "case") && marksDiffer(joined(before), joined(after))) {
        findings.add("typography", widened(oldText, from.old, to.old), widened(newText, from.new, to.new));
      }
      if (kind === "whitespace" || kind === "punctuation" || (marksOnly(before) && marksOnly(after))) {
        const evidence = { old: widened(oldText, from.old, to.old), new: widened(newText, from.new, to.new) };
        findings.add(kind, evidence.old, evidence.new);
        // `said "no"` → `said no`: quotation marks alone made words a quotation, or unmade one.
        if (
          kind !== "whitespace" &&
          quotationMarksIn(oldText, spans.old, from.old, to.old) !== quotationMarksIn(newText, spans.new, from.new, to.new) &&
          quotedWords(oldText, spans.old) !== quotedWords(newText, spans.new)
        ) {
          marksQuotes.push(evidence);
        }
      } else findings.add(kind, sideText(oldText, from.old, to.old), sideText(newText, from.new, to.new));
    });
    if (cosmetic.every((kind) => kind !== null)) return;
    // "a well-known fact" → "a well known fact": the sentences hold the same letters and digits in the
    // same order, and a word was only cut or joined, which the word diff takes as two changes ("well-known"
    // → "well", then "known" added). They are punctuation, said once over them all.
    if ((lettersAlike ??= removeAll(oldText, NOT_SPELLED) === removeAll(newText, NOT_SPELLED))) {
      resplit = resplit ?? { oldAt: change.oldAt, newAt: change.newAt, oldEnd: 0, newEnd: 0 };
      resplit.oldEnd = change.oldEnd;
      resplit.newEnd = change.newEnd;
      return;
    }
    // One word for one: the next four checks ask it.
    const wordForWord = oneWordEach(removed, added);
    // "an 18-year-old" → "a 19-year-old": the article follows the figure's change, which says it.
    if (wordForWord && areFormsOfOneWord(wordOf(removed), wordOf(added), reading.language)) return;
    // "a man was arrested" → "two men were arrested": a noun and a verb that agree with the count
    // take their other number with it, and an article gives way to the figure; its change says it.
    if (findings.has("number") && agreeWithCount(change, removed, added, { old: oldText, new: newText }, figures, reading, masked)) return;
    // "Песков заявил" → "Захарова заявила": a verb that takes its subject's gender goes with the
    // name's change, once names are known (below); with no name changed it is wording.
    if (wordForWord && areGenderForms(wordOf(removed), wordOf(added), reading.language)) {
      genderAgreements.push(index);
      return;
    }
    // "closed down 3%" → "closed up 3%": the amount's sign turned, which changes what it says.
    if (reading.language === "en" && wordForWord && turnsSign(wordOf(removed), wordOf(added))) {
      // Read from the whole sentences: a figure after "of" ("a loss of $5m") is no neighbour token of the change.
      const figure = {
        old: figureBeside(oldText, findFigures(oldText, tokens.old, locale.old), change.oldAt, change.oldEnd),
        new: figureBeside(newText, findFigures(newText, tokens.new, locale.new), change.newAt, change.newEnd),
      };
      // With the figure changed as well ("down 3%" → "up 4%"), the word goes with its change.
      if (figure.old !== undefined && figure.new !== undefined) {
        const around = (text: string, at: number, end: number, beside: Figure) => sideText(text, Math.min(at, beside.start), Math.max(end, beside.end));
        findings.add("number", around(oldText, change.oldAt, change.oldEnd, figure.old), around(newText, change.newAt, change.newEnd, figure.new));
        return;
      }
    }
    // "Acme Corp" → "Acme Inc": another suffix makes another company's name (one kept or dropped is
    // house style, see cosmeticKind), though wire tables' abbreviations otherwise name nothing.
    if (onlyCompanySuffixes(removed) && onlyCompanySuffixes(added)) {
      findings.add("name", raw.old, raw.new);
      return;
    }
    // "pro-Trump" → "pro-Biden", "kabinet-Schoof" → "kabinet-Rutte": the name joined to a word changed.
    const compound = wordForWord ? namesChangedInCompound(wordOf(removed), wordOf(added), () => startsSentence(oldText, change.oldAt) || startsSentence(newText, change.newAt)) : null;
    if (compound !== null) {
      findings.add("name", compound[0], compound[1]);
      return;
    }
    const variants = respelled(removed, added, reading.language);
    let quoted = false;
    const sides = [
      { words: removed, text: oldText, spans: spans.old, bag: nameWords.removed, restated: restated?.old },
      { words: added, text: newText, spans: spans.new, bag: nameWords.added, restated: restated?.new },
    ];
    const runNamed = (s: number): boolean => {
      const { words, text } = sides[s]!;
      if (words.length === 0) return false;
      if (SPACED_TITLES.has(reading.language)) {
        const run = adjoiningRun(changes, index, s === 0 ? "old" : "new", text);
        if (isNameRunBesideTitle(text, run, reading.language)) return true;
        // A name the story writes after a title elsewhere ("قال الرئيس السيسي"), where it stands alone ("التقى السيسي").
        const name = text.slice(run.start, run.end).trim();
        const first = name.split(/\s+/u, 1)[0]!;
        return isShortSpacedRun(name) && reading.names.isNamedElsewhere(first, reading.language, (sentence, at) => isNameBesideTitle(first, sentence, at, reading.language));
      }
      if (!UNSPACED_TITLES.has(reading.language)) return false;
      // Chinese and Japanese names come cut as the word breaker knows them ("习" "近平", "胡锦涛"):
      // a change's run beside a title is a name whole, and so is one the story writes beside a title elsewhere.
      const run = joined(words);
      if (isNameBesideTitle(run, text, words[0]!.at, reading.language)) return true;
      const name = run.trim();
      return isShortCjkRun(name) && reading.names.isNamedElsewhere(name, reading.language, (sentence, at) => isNameBesideTitle(name, sentence, at, reading.language));
    };
    const runsNamed = [runNamed(0), runNamed(1)];
    for (let s = 0; s < sides.length; s++) {
      const { words, text, spans: quotes, bag } = sides[s]!;
      // A run that only took the place of such a name, in Chinese or Japanese ("会见了拜登" → "会见了普京"), is one too.
      const runBesideTitle =
        runsNamed[s] ||
        (runsNamed[1 - s] &&
          ((UNSPACED_TITLES.has(reading.language) && isShortCjkRun(joined(words).trim())) ||
            (SPACED_TITLES.has(reading.language) && isShortSpacedRun(joined(words).trim()))));
      for (let k = 0; k < words.length; k++) {
        const token = words[k]!;
        if (!isWordLike(token) || (sides[s]!.restated !== undefined && overlapsAny(sides[s]!.restated!, token.at, token.at + token.text.length))) continue;
        const variant = variants.get(token);
        if (variant) {
          const [before, after] = words === removed ? [token.text, variant.other.text] : [variant.other.text, token.text];
          findings.add(variant.kind, before, after);
          continue;
        }
        if (insideQuote(quotes, token.at, token.at + token.text.length)) quoted = true;
        if (isArticle(token.text, reading.language) && articleOfChangedWord(text, token.at + token.text.length, s === 0 ? "old" : "new", changes, reading.language, s === 0 ? figures.old : figures.new)) continue;
        if (runBesideTitle || isParticleOfChangedName(words, k, text, sides[1 - s]!.text)) continue;
        const role = wordRole(token, text, token.at, reading.language);
        if (role === "content") contentChanges.add(index);
        else if (role === "opening") bag.push({ text: token.text, opening: true, change: index, speaks: speaksWithNoArticle(text, token.at, token.at + token.text.length, reading.language) });
        else bag.push({ text: token.text, opening: false, change: index });
      }
      if (runBesideTitle) bag.push({ text: joined(words).trim(), opening: false, change: index });
    }
    if (quoted) {
      findings.add("quote", raw.old, raw.new);
      wordsQuoted = true;
    }
    if (!change.removed.some(isWordLike) && !change.added.some(isWordLike)) {
      findings.add("punctuation", widened(oldText, change.oldAt, change.oldEnd), widened(newText, change.newAt, change.newEnd));
    }
  });
  if (resplit !== undefined) findings.add("punctuation", widened(oldText, resplit.oldAt, resplit.oldEnd), widened(newText, resplit.newAt, resplit.newEnd));
  if (!wordsQuoted) for (let k = 0; k < marksQuotes.length; k++) findings.add("quote", marksQuotes[k]!.old, marksQuotes[k]!.new);
  resolveNames(nameWords, reading, findings, contentChanges);
  if (!findings.has("name")) for (let k = 0; k < genderAgreements.length; k++) contentChanges.add(genderAgreements[k]!);
  for (const run of wordingRuns(contentChanges, changes, oldText, newText)) {
    findings.add("wording", sideText(oldText, run.oldAt, run.oldEnd), sideText(newText, run.newAt, run.newEnd));
  }
  // Every pair whose text changed has a kind: the same words in another order ("Smith said." →
  // "said Smith.") are wording; the same words and marks spaced otherwise are whitespace.
  if (findings.size === 0) {
    const words = (text: string) => wordTexts(tokenize(text)).join(" ");
    findings.add(words(oldText) === words(newText) && foldForm(oldText).replace(/ /gu, "") === foldForm(newText).replace(/ /gu, "") ? "whitespace" : "wording", oldText, newText);
  }
  return findings.result();
}

const ONLY_SPACE = /^\s*$/u;

/**
 * The changes of wording to show, in the order they were found: changes next to each other, with
 * only spaces kept between them, are one ("[-The move was widely expected-]{+its third increase+}"
 * read as one rewording, not as "The → its", "move → third", …).
 */
function wordingRuns(indexes: ReadonlySet<number>, changes: readonly Change[], oldText: string, newText: string): Change[] {
  if (indexes.size < 2) return [...indexes].map((index) => changes[index]!);
  const runOf = new Map<number, Change>();
  let run: Change | null = null;
  let last = -2;
  for (const index of [...indexes].sort((a, b) => a - b)) {
    const change = changes[index]!;
    if (run !== null && index === last + 1 && ONLY_SPACE.test(oldText.slice(run.oldEnd, change.oldAt)) && ONLY_SPACE.test(newText.slice(run.newEnd, change.newAt))) {
      run.oldEnd = Math.max(run.oldEnd, change.oldEnd);
      run.newEnd = Math.max(run.newEnd, change.newEnd);
    } else {
      run = { ...change };
      runOf.set(index, run);
    }
    last = index;
  }
  return [...indexes].flatMap((index) => runOf.get(index) ?? []);
}

/**
 * The verbs by which wire copy reports what a company or a person said or did, straight after a
 * sentence's first word: "Apple said", "Smith told", "Target posted", "Macron a déclaré", "Sánchez
 * dijo", "Scholz sagte". In a language whose nouns take an article, a singular word with none
 * before such a verb is a name ("The company said", "Le ministre a déclaré", "Der Minister sagte"),
 * where in English the word list alone would call Apple, Shell or Smith an English word, and in the
 * others nothing else tells a name that opens a sentence. Only singular forms: a plural subject
 * ("Analysts said", "Les manifestants ont dit") may be a noun. Not in languages without articles
 * (Russian "Президент заявил", Polish) or whose article is written onto the noun (Swedish "Polisen
 * sa").
 */
const SPEECH_VERBS_AFTER: Readonly<Record<string, RegExp>> = {
  // And verbs only a person or a body does, which no mass noun opening market copy ("Gold rose") takes: "Reed scored", "Hale resigned";
  // in the other languages too ("Milei viajó", "Macron a visité", "Meloni ha incontrato", "Lula visitou", "Rutte bezocht").
  en: /^ (?:said|says|told|tells|added|announced|announces|reported|reports|posted|stated|declined|denied|confirmed|warned|agreed|disclosed|scored|resigned|testified|pleaded|tweeted|wrote|argued|insisted|admitted|apologi[sz]ed|urged|vowed|promised|explained|acknowledged|conceded|replied|noted|claimed|visited|married|travell?ed)\b/u,
  de: new RegExp(`^ (?:${GERMAN_SPEECH_VERBS})(?=[\\s,.;:!?]|$)`, "u"),
  fr: /^ (?:a (?:déclaré|dit|annoncé|affirmé|indiqué|précisé|expliqué|ajouté|estimé|assuré|souligné|confirmé|démenti|répondu|averti|visité|démissionné|marqué|écrit|critiqué|dénoncé|rencontré|promis|reconnu|rappelé|exigé|salué)|s['’]est (?:rendue?|entretenue?)|déclare|annonce|affirme|indique|estime|assure)(?=[\s,.;:!?]|$)/u,
  es: /^ (?:dijo|afirmó|declaró|anunció|aseguró|señaló|indicó|explicó|añadió|confirmó|negó|advirtió|informó|viajó|visitó|renunció|dimitió|marcó|escribió|criticó|denunció|prometió|reconoció|exigió|se reunió|dice|afirma|asegura|ha (?:dicho|afirmado|anunciado|declarado|asegurado|viajado|visitado|renunciado|dimitido|escrito|criticado))(?=[\s,.;:!?]|$)/u,
  it: /^ (?:ha (?:detto|dichiarato|annunciato|affermato|spiegato|aggiunto|confermato|sottolineato|assicurato|visitato|incontrato|scritto|criticato|segnato|promesso|denunciato)|si è dimess[oa]|dice|afferma|dichiara)(?=[\s,.;:!?]|$)/u,
  pt: /^ (?:disse|afirmou|declarou|anunciou|informou|explicou|acrescentou|confirmou|negou|garantiu|visitou|viajou|renunciou|marcou|escreveu|criticou|prometeu|diz|afirma)(?=[\s,.;:!?]|$)/u,
  nl: /^ (?:zei|zegt|verklaarde|meldde|schreef|bevestigde|stelde|kondigde|liet|bezocht|reisde|scoorde|bekritiseerde|beloofde|trad af)(?=[\s,.;:!?]|$)/u,
};
/**
 * A singular possessive opening an English sentence: an English noun there takes "the" ("The
 * company's profit"), a name does not ("Apple's profit", "Shell's profit"); but for the days and the
 * pronouns of UNNAMED_OWNERS, and plurals that end otherwise than in s ("Women's").
 */
const OPENING_POSSESSIVE = /^[A-Z][a-z]+['’]s$/u;
const UNNAMED_OWNERS: ReadonlySet<string> = new Set([
  "today", "tomorrow", "yesterday", "tonight", "everyone", "everybody", "nobody", "somebody", "someone", "anyone", "anybody", "one", "another",
  "children", "women", "men", "people", "world", "year", "week", "month", "day", "night", "morning", "evening", "season", "police",
]);

/**
 * Languages without articles, where a noun opens a sentence bare ("Президент заявил", "Premier
 * powiedział"): there a word before a verb of saying is a name only in a surname's form (Путин,
 * Медведев, Иванова, Зеленський, Порошенко, Kowalski, Nováková), and a few nouns that end as
 * surnames do are none (мужчина, женщина).
 */
const SURNAME_FORMS: Readonly<Record<string, RegExp>> = {
  ru: /^(?!(?:мужчина|женщина|гражданин|минфин)$)[\u0400-\u04ff]+(?:ов|ев|ёв|ин|ын|ский|цкий|ской|енко|ова|ева|ёва|ина|ына|ская|цкая|ук|юк|ич)$/u,
  uk: /^(?!(?:чоловік|громадянин)$)[\u0400-\u04ff'’]+(?:ов|ев|ін|ин|ський|цький|ська|цька|енко|ова|ева|іна|ук|юк|чук|ич)$/u,
  pl: /^[A-Za-zĄĆĘŁŃÓŚŹŻąćęłńóśźż]+(?:ski|cki|dzki|ska|cka|dzka|wicz|czyk)$/u,
  cs: /^[A-Za-zÁČĎÉĚÍŇÓŘŠŤÚŮÝŽáčďéěíňóřšťúůýž]+(?:ová|ský|cký|ská|cká)$/u,
  // Swedish writes its article onto the noun ("Polisen sa"), so a bare word says nothing; its
  // surnames end as no noun does (Andersson, Lindström, Kristersson, Åkesson, Lindqvist).
  sv: /^[a-zåäöé]+(?:sson|ström|qvist|kvist|gren)$/u,
  // Turkish has no articles either; "-oğlu" (son of) ends surnames alone (Kılıçdaroğlu, Davutoğlu),
  // after three letters at least ("Oğlu", his son, is a noun).
  tr: /^[a-zçğıöşüâîû]{3,}oğlu$/u,
};
const SURNAME_SPEECH_VERBS_AFTER: Readonly<Record<string, RegExp>> = {
  // And verbs only a person does: "Лавров встретился", "Шойгу посетил", "Kowalski podpisał".
  ru: /^ (?:(?:заявил|сказал|сообщил|отметил|подчеркнул|объявил|добавил|написал|пояснил|посетил|подписал|провел|провёл|выступил|призвал)а?|(?:встретил|отказал)(?:ся|ась))(?=[\s,.;:!?]|$)/u,
  uk: /^ (?:(?:заяви|сказа|повідоми|зазначи|наголоси|дода|написа|відвіда|підписа|заклика)(?:в|ла)|зустрі(?:вся|лася))(?=[\s,.;:!?]|$)/u,
  pl: /^ (?:powiedział|oświadczył|poinformował|stwierdził|zapowiedział|dodał|napisał|podkreślił|odwiedził|podpisał|spotkał)a?(?=[\s,.;:!?]|$)/u,
  cs: /^ (?:řekl|uvedl|prohlásil|oznámil|dodal|napsal|navštívil|podepsal)a?(?=[\s,.;:!?]|$)/u,
  sv: /^ (?:sa|sade|säger|skriver|skrev|uppgav|meddelade|berättade|förklarade|betonade|besökte)(?=[\s,.;:!?]|$)/u,
};
/**
 * Languages whose verb stands at the clause's end, far from its subject (Turkish: "Kılıçdaroğlu
 * gazetecilere açıklama yaptı"): there a surname's form that no noun takes is evidence alone.
 */
const SURNAME_FORM_ALONE: ReadonlySet<string> = new Set(["tr"]);
/** Characters read after the word for SPEECH_VERBS_AFTER: a space, the longest verb and what follows it. */
const SPEECH_VERB_REACH = 17;
/**
 * Words that stand before a verb of saying with no article and name nobody, beside each language's
 * stopwords or function words: pronouns, mass nouns, "nobody" and "everyone"; and the adverbs
 * German and Dutch put first with the verb second, and Spanish, Italian and Portuguese before a
 * subject they put after it ("Gestern sagte der Minister", "Ayer dijo el ministro").
 */
const UNNAMED_SPEAKERS: Readonly<Record<string, ReadonlySet<string>>> = {
  en: new Set([
    "police", "staff", "management", "security", "government", "military", "intelligence", "prosecution", "defence", "defense", "leadership",
    "everyone", "everybody", "nobody", "somebody", "someone", "anyone", "anybody", "one", "another", "each", "either", "neither",
    "spokesman", "spokeswoman", "spokesperson",
  ]),
  de: new Set("er sie es man niemand jemand jeder jede keiner keine alle beide dies dieser diese das der die gestern heute morgen dazu zudem außerdem dann damals später ebenfalls bereits deshalb darüber zuvor zuletzt anschließend weiter ferner auch jetzt nun danach daraufhin zunächst schließlich erst noch so doch hier dort".split(" ")),
  fr: new Set("il elle on personne chacun quelqu'un tout cela ceci celui celle ce hier aujourd'hui demain ensuite puis aussi alors enfin ainsi".split(" ")),
  es: new Set("él ella usted nadie alguien todo todos cada uno una esto eso este esta ayer hoy mañana también además luego entonces después finalmente asimismo así ahora aquí antes".split(" ")),
  it: new Set("lui lei egli ella nessuno qualcuno ognuno ciascuno tutto tutti questo questa ieri oggi domani poi inoltre anche allora dopo infine così ora qui prima già".split(" ")),
  pt: new Set("ele ela você ninguém alguém cada tudo todos isso isto este esta ontem hoje amanhã também além depois então finalmente assim agora aqui antes já".split(" ")),
  nl: new Set("hij zij ze het men niemand iemand iedereen elk elke dit dat deze die gisteren vandaag morgen eerder later ook daarnaast toen nu daarna vervolgens eerst verder bovendien zo hier daar".split(" ")),
};

/**
 * Whether the word at [at, end) has a verb of saying after it, in the language's words
 * (SPEECH_VERBS_AFTER), and no article before it (German nouns are capitalised mid-sentence too:
 * "Der Minister sagte").
 */
function speaksWithNoArticle(text: string, at: number, end: number, language: string): boolean {
  const surname = SURNAME_FORMS[language];
  if (surname !== undefined) return surname.test(text.slice(at, end).toLowerCase()) && (SURNAME_FORM_ALONE.has(language) || SURNAME_SPEECH_VERBS_AFTER[language]!.test(text.slice(end, end + SPEECH_VERB_REACH)));
  const verbs = SPEECH_VERBS_AFTER[language];
  if (verbs === undefined || !verbs.test(text.slice(end, end + SPEECH_VERB_REACH))) return false;
  const before = ANY_WORD_BEFORE.exec(text.slice(Math.max(0, at - 20), at))?.[1];
  return before === undefined || !isArticle(before.toLowerCase(), language);
}

/**
 * Adds to `found` the changed German words that the story writes as a name elsewhere, by the
 * evidence a German name needs where it stands (isGermanNameByNeighbours, a title before it, a
 * verb of saying after it with no article): "Merz traf sich mit Macron" says nothing of "Macron",
 * a German noun's capital, until "Emmanuel Macron" or "sagte Macron" in another sentence does.
 */
function germanNamesByStory(words: readonly NameWord[], found: NameWord[], names: NameContext): void {
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (found.includes(word) || !mayBeGermanName(word.text)) continue;
    const text = word.text;
    const lower = text.toLowerCase();
    // "Gestern sagte der Minister": an adverb before the verb names nobody (UNNAMED_SPEAKERS).
    const speaker = !UNNAMED_SPEAKERS.de!.has(lower) && !isAnyFunctionWord(lower);
    const named = (sentence: string, at: number) =>
      isGermanNameByNeighbours(text, sentence, at) || afterGermanTitle(sentence, at) || (speaker && speaksWithNoArticle(sentence, at, at + text.length, "de"));
    if (names.isNamedElsewhere(text, "de", named)) found.push(word);
  }
}

/** Adds to `found` a German word that alone took the place of a name in its change, or gave its place to one ("mit Macron" → "mit Meloni"). */
function swappedForGermanName(words: readonly NameWord[], found: NameWord[], others: readonly NameWord[], othersFound: readonly NameWord[]): void {
  for (let k = 0; k < words.length; k++) {
    const word = words[k]!;
    if (found.includes(word) || !mayBeGermanName(word.text)) continue;
    const mine = words.filter((other) => other.change === word.change);
    const theirs = others.filter((other) => other.change === word.change);
    if (mine.length === 1 && theirs.length === 1 && othersFound.includes(theirs[0]!)) found.push(word);
  }
}

/**
 * Capitalised words that changed: a name changed unless it only moved within the pair or became
 * its derived form (China's → Chinese); a word that opens a sentence is a name only on evidence
 * (names.ts), or as a close respelling of a name on the other side.
 */
function resolveNames(words: { removed: NameWord[]; added: NameWord[] }, reading: Reading, findings: Findings, contentChanges: Set<number>): void {
  const { names, language } = reading;
  if (words.removed.length === 0 && words.added.length === 0) return;
  const text = (word: NameWord) => word.text;
  const removed = leftover(words.removed, words.added, text);
  const added = leftover(words.added, words.removed, text);
  // A name that only moved within the pair is a change of word order.
  for (const moved of [...words.removed.filter((word) => !removed.includes(word)), ...words.added.filter((word) => !added.includes(word))]) {
    contentChanges.add(moved.change);
  }
  const underived = (list: NameWord[], others: NameWord[]) => {
    const kept = list.filter((word) => !others.some((other) => isDerivedForm(word.text, other.text)));
    for (const word of list) if (!kept.includes(word)) contentChanges.add(word.change);
    return kept;
  };
  const [changedOld, changedNew] = [underived(removed, added), underived(added, removed)];
  // In German every noun is capitalised: two capitalised words are one name respelled (Müller →
  // Möller, Schmidt → Schmitt) when they differ other than in their ending (Regierung → Regierungen).
  const respelledName = (word: NameWord, other: NameWord) => NOUNS_CAPITALISED.has(language) && !isInflection(word.text, other.text);
  // "Apple shares rose" → "Microsoft shares rose": an English word that opens the sentence, swapped
  // for a name that opens it, is a name too. Not a plural, a function word or a verb's form, by the
  // word list ("Officials said" → "Microsoft said" changes a word and a name; "De Kock, speaking" →
  // "Speaking … de Kock" moves one); a name that only ends as they do is one ("Marlow led" → "Reed led").
  const swappedForName = (word: NameWord, others: NameWord[]): boolean => {
    if (language !== "en" || isInflectedEnglishWord(word.text) || STOPWORDS.has(word.text.toLowerCase())) return false;
    const swapped = others.filter((other) => other.change === word.change);
    return swapped.length === 1 && swapped[0]!.opening && isOpeningName(swapped[0]!.text, names, language);
  };
  const namedWithNoArticle = (word: NameWord): boolean => {
    if (word.opening && language === "en" && OPENING_POSSESSIVE.test(word.text)) {
      const owner = word.text.slice(0, -2).toLowerCase();
      // "It's", "That's", "There's", "He's": a pronoun's or a function word's "'s" is "is" or "has", no owner's.
      return !UNNAMED_OWNERS.has(owner) && !STOPWORDS.has(owner) && !PRONOUNS.has(owner);
    }
    if (word.speaks !== true) return false;
    const lower = word.text.toLowerCase();
    if (UNNAMED_SPEAKERS[language]?.has(lower)) return false;
    return language === "en" ? !isInflectedEnglishWord(word.text) && !STOPWORDS.has(lower) : !isAnyFunctionWord(lower);
  };
  const isName = (word: NameWord, others: NameWord[]): boolean =>
    !word.opening ||
    isOpeningName(word.text, names, language) ||
    namedWithNoArticle(word) ||
    others.some((other) => isRespelling(word.text, other.text) && (!other.opening || isOpeningName(other.text, names, language) || respelledName(word, other))) ||
    swappedForName(word, others);
  const namesOld = changedOld.filter((word) => isName(word, changedNew));
  const namesNew = changedNew.filter((word) => isName(word, changedOld));
  if (language === "de") {
    germanNamesByStory(changedOld, namesOld, names);
    germanNamesByStory(changedNew, namesNew, names);
    // "mit Macron" → "mit Meloni": a capitalised word swapped alone for a name is one too.
    swappedForGermanName(changedOld, namesOld, changedNew, namesNew);
    swappedForGermanName(changedNew, namesNew, changedOld, namesOld);
  }
  for (const word of [...changedOld, ...changedNew]) if (!namesOld.includes(word) && !namesNew.includes(word)) contentChanges.add(word.change);
  const paired = new Set<NameWord>();
  for (const before of namesOld) {
    const after =
      namesNew.find((word) => !paired.has(word) && word.change === before.change && isRespelling(before.text, word.text)) ??
      namesNew.find((word) => !paired.has(word) && word.change === before.change);
    if (after) paired.add(after);
    findings.add("name", before.text, after?.text ?? null);
  }
  for (const after of namesNew) if (!paired.has(after)) findings.add("name", null, after.text);
}

/** Where the sentences of one side end inside their joined text. */
function boundaries(sentences: readonly string[]): number[] {
  const ends: number[] = [];
  let at = 0;
  for (let i = 0; i < sentences.length - 1; i++) {
    at += sentences[i]!.length;
    ends.push(at);
    at += 1;
  }
  return ends;
}

/**
 * A pair whose sentences join to the same text on both sides: only where the sentences break
 * changed (a stray paragraph break, a split, a merge). That is whitespace, shown as the words on
 * either side of each break that one side has and the other has not ("Stock ¶ Exchange").
 */
export function rebrokenKinds(oldSentences: readonly string[], newSentences: readonly string[]): Classification {
  const findings = new Findings();
  const text = oldSentences.join(" ");
  const [oldBreaks, newBreaks] = [boundaries(oldSentences), boundaries(newSentences)];
  const around = (at: number) => {
    const before = text.slice(0, at).split(/\s+/u).pop() ?? "";
    const after = text.slice(at + 1).split(/\s+/u)[0] ?? "";
    return [before, after] as const;
  };
  for (const at of oldBreaks) {
    if (newBreaks.includes(at)) continue;
    const [before, after] = around(at);
    findings.add("whitespace", `${before} ¶ ${after}`, `${before} ${after}`);
  }
  for (const at of newBreaks) {
    if (oldBreaks.includes(at)) continue;
    const [before, after] = around(at);
    findings.add("whitespace", `${before} ${after}`, `${before} ¶ ${after}`);
  }
  if (findings.size === 0) findings.add("whitespace", text, text);
  return findings.result();
}

import type { Sentence } from "../model.js";
import { ClassPattern } from "../text/classes.js";
import { SPACED_SCRIPT_STOPS } from "../text/sentence-end.js";
import { BEFORE_NUMBER, COMPANY, OTHER_LANGUAGE_TITLES, SCALES_AFTER_NUMBER, SENTENCE_STARTERS, TITLES } from "./abbreviations.js";

// A candidate boundary: full stop, ? or ! (repeatable; or another script's, SPACED_SCRIPT_STOPS;
// or Greek's ;), closing quotes or brackets, whitespace, and a look at what opens the next
// sentence. Ellipses are never boundaries: in news copy they mark words left out of a quotation,
// and the quotation goes on.
const CANDIDATE = new RegExp(String.raw`(?<!\.)([.!?${SPACED_SCRIPT_STOPS}]+|[。！？]+|;)(["”’'»)\]」』]*)(\s*)(?=["“‘'«(\[「『]*(\S+))`, "gu");
/** A Greek letter, and perhaps a closing mark, just before a ";": Greek's question mark, which Unicode folds into the semicolon. */
const GREEK_BEFORE = /[\u0370-\u03FF\u1F00-\u1FFF]["”’»)]*$/u;
/** Full stops of scripts written without spaces: a boundary with or without a space after. */
const WIDE_STOP = /^[。！？]/u;
/** After any opening quotes or brackets, a capital, a letter of a script without case, or a digit. */
const OPENS_SENTENCE = new ClassPattern((c) => String.raw`^["“‘'«(\[]*[${c.upper}${c.title}${c.otherLetter}${c.digit}]`, "u");
const WORD_BEFORE = new ClassPattern((c) => String.raw`(?:^|[^${c.letter}${c.mark}.])((?:[${c.letter}]\.)*[${c.letter}${c.mark}]+)$`, "u");
const INITIALS = new ClassPattern((c) => String.raw`^(?:[${c.letter}]\.)+[${c.letter}]$`, "u");
const ONE_CAPITAL = new ClassPattern((c) => `^[${c.upper}]$`, "u");
const LEADING_NON_WORD = new ClassPattern((c) => `^[^${c.letter}${c.number}]+`, "u");
const TRAILING_NON_WORD = new ClassPattern((c) => `[^${c.letter}${c.number}]+$`, "u");
const STARTS_WITH_DIGIT = new ClassPattern((c) => `^[${c.digit}]`, "u");
/** Digits, then a space, before a scale written short (SCALES_AFTER_NUMBER); read only after one. */
const AMOUNT_BEFORE = /\p{Nd}\s+$/u;
const STARTS_WITH_CURRENCY = new ClassPattern((c) => `^[${c.currency}]`, "u");
/** Only the end of the text before a full stop is searched for its word: keeps splitting linear. */
const WORD_LOOKBACK = 64;

/**
 * Sentences longer than this are cut at a space: real news sentences stay under ~1,000 characters,
 * and a boundless one (a dump with no full stops) would make every later stage quadratic in it.
 */
export const MAX_SENTENCE_CHARS = 4000;

function bareWord(next: string): string {
  const unopened = next.replace(LEADING_NON_WORD.for(next), "");
  return unopened.replace(TRAILING_NON_WORD.for(unopened), "");
}

/** Whether the full stop at the end of `before` ends a sentence, given the word that follows. */
function endsSentence(before: string, terminator: string, closing: string, space: string, next: string, dayMonths: ReadonlySet<string>): boolean {
  if (WIDE_STOP.test(terminator)) return true;
  if (space.length === 0) return false;
  if (!OPENS_SENTENCE.test(next)) return false;
  // ";" ends a Greek question ("Τι θα γίνει; Κανείς δεν ξέρει."); in other scripts it is a semicolon.
  if (terminator === ";") return GREEK_BEFORE.test(before);
  if (terminator.includes("..")) return false;
  if (terminator !== "." || closing.length > 0) return true;
  // The word cannot reach back past a space: searching only after the last one finds the same
  // word, without trying the pattern from every position of the lookback.
  const window = before.slice(-WORD_LOOKBACK);
  const lastWord = window.slice(window.lastIndexOf(" ") + 1);
  const match = WORD_BEFORE.for(lastWord).exec(lastWord);
  // "am 4. März": a day written as an ordinal before its month, in the languages that write dates so.
  if (!match) return !(dayMonths.size > 0 && DAY_BEFORE.test(window) && dayMonths.has(bareWord(next).toLowerCase()));
  const word = match[1]!;
  const lower = word.toLowerCase();
  // The next word is looked at only after a word that may not end a sentence: most full stops
  // follow an ordinary word, and this runs for every one of a long story's ~12,000.
  if (TITLES.has(lower) || OTHER_LANGUAGE_TITLES.has(lower)) return false;
  if (BEFORE_NUMBER.has(lower) && (STARTS_WITH_DIGIT.test(bareWord(next)) || STARTS_WITH_CURRENCY.test(next))) return false;
  if (SCALES_AFTER_NUMBER.has(lower) && AMOUNT_BEFORE.test(window.slice(0, window.length - lastWord.length))) return false;
  if (COMPANY.has(lower)) return !COMPANY.has(bareWord(next).toLowerCase().replace(/\.$/u, "")) && !next.startsWith("(");
  const initials = INITIALS.test(word) || ONE_CAPITAL.test(word);
  if (initials) return SENTENCE_STARTERS.has(bareWord(next).toLowerCase());
  return true;
}

/**
 * A line of a plain-text table: its columns are set apart by a tab, or by two spaces or more that
 * do not follow a sentence's end (old wire copy puts two spaces after a full stop). Each such line
 * is a row, a sentence of its own, so that rows align one by one ("Net\t4,567,000\t3,210,000").
 */
const COLUMN_GAP = /\S(?:\t+| {2,})(?<![.!?:;"”’)] {2,})\S/u;
const isTableLine = (line: string) => COLUMN_GAP.test(line.trim());

/** A day of the month just before a full stop. */
const DAY_BEFORE = new ClassPattern((c) => String.raw`(?:^|[\s(])[${c.digit}]{1,2}$`, "u");
const NO_MONTHS: ReadonlySet<string> = new Set();

/**
 * Splits one paragraph's text into sentence strings (trimmed, in order, none empty). `dayMonths`
 * are the month names that follow a day written "4." in the text's language (German "4. März").
 */
export function splitParagraph(text: string, dayMonths: ReadonlySet<string> = NO_MONTHS): string[] {
  // Lines of a table are rows; the prose between them is split as usual.
  if (text.includes("\n") && (text.includes("\t") || text.includes("  "))) {
    const lines = text.split("\n");
    if (lines.some(isTableLine)) {
      const sentences: string[] = [];
      let prose: string[] = [];
      const flush = () => {
        if (prose.length > 0) sentences.push(...splitProse(prose.join("\n"), dayMonths));
        prose = [];
      };
      for (const line of lines) {
        if (!isTableLine(line)) {
          prose.push(line);
          continue;
        }
        flush();
        if (line.trim() !== "") sentences.push(line.trim());
      }
      flush();
      return sentences;
    }
  }
  return splitProse(text, dayMonths);
}

function splitProse(text: string, dayMonths: ReadonlySet<string>): string[] {
  const sentences: string[] = [];
  let start = 0;
  CANDIDATE.lastIndex = 0;
  for (let match = CANDIDATE.exec(text); match; match = CANDIDATE.exec(text)) {
    // The groups one by one: destructuring the match allocates an iterator and a result per group until V8 optimizes this loop.
    const terminator = match[1] ?? "";
    const closing = match[2] ?? "";
    const space = match[3] ?? "";
    const next = match[4] ?? "";
    const end = match.index + terminator.length + closing.length;
    if (endsSentence(text.slice(start, match.index), terminator, closing, space, next, dayMonths)) {
      sentences.push(text.slice(start, end));
      start = end + space.length;
    }
  }
  if (start < text.length) sentences.push(text.slice(start));
  return sentences.map((sentence) => sentence.trim()).filter((sentence) => sentence.length > 0);
}

/** Cuts a sentence over MAX_SENTENCE_CHARS into pieces at spaces (or anywhere, when it has none). */
export function capSentence(sentence: string, limit = MAX_SENTENCE_CHARS): string[] {
  if (sentence.length <= limit) return [sentence];
  const pieces: string[] = [];
  let rest = sentence;
  while (rest.length > limit) {
    let cut = rest.lastIndexOf(" ", limit);
    if (cut <= 0) {
      cut = limit;
      const code = rest.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut -= 1;
    }
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}

export interface Segmented {
  sentences: Sentence[];
  warnings: string[];
}

/** Sentences of paragraphs already split, by paragraph text: two versions share most paragraphs. */
export type SplitCache = Map<string, readonly string[]>;

/** The sentences of an article's body paragraphs, each tagged with its paragraph and line. */
export function segmentParagraphs(
  paragraphs: readonly string[],
  path = "",
  paragraphLines: readonly number[] = [],
  cache: SplitCache = new Map(),
  dayMonths: ReadonlySet<string> = NO_MONTHS,
): Segmented {
  const sentences: Sentence[] = [];
  const warnings: string[] = [];
  paragraphs.forEach((paragraph, index) => {
    let offset = 0;
    let line = paragraphLines[index] ?? 1;
    let split = cache.get(paragraph);
    if (!split) cache.set(paragraph, (split = splitParagraph(paragraph, dayMonths)));
    // Most paragraphs are one line: only the others need their line breaks counted.
    const multiline = paragraph.includes("\n");
    for (let k = 0; k < split.length; k++) {
      const sentence = split[k]!;
      if (multiline) {
        const at = paragraph.indexOf(sentence, offset);
        for (let c = offset; c < at; c++) if (paragraph.charCodeAt(c) === 10) line += 1;
        offset = at;
      }
      if (sentence.length <= MAX_SENTENCE_CHARS) {
        sentences.push({ text: sentence, paragraph: index, line });
        continue;
      }
      const pieces = capSentence(sentence);
      warnings.push(`a sentence of ${sentence.length} characters was cut into ${pieces.length} pieces of at most ${MAX_SENTENCE_CHARS} (${path})`);
      for (const text of pieces) sentences.push({ text, paragraph: index, line });
    }
  });
  return { sentences, warnings };
}

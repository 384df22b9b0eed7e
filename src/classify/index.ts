import { KINDS, type Kind, type Pair, type Token, type TokenPart, type TokenSides } from "../model.js";
import { isWordLike, tokenize } from "../segment/tokens.js";
import { foldTypography } from "../text/fold.js";
import { isSpellingVariant } from "../text/spelling.js";
import { isDerivedForm, isNumericWord } from "./lexicon.js";
import { insideQuote, quoteSpans } from "./quotes.js";

/** Past this many token edits the classifier stops looking closer and calls the change wording. */
const MAX_CLASSIFY_EDITS = 500;

/** One change inside a pair, token by token, with where it stands in each text. */
interface Change {
  removed: Token[];
  added: Token[];
  oldAt: number;
  newAt: number;
}

type Cosmetic = "whitespace" | "typography" | "case" | "spelling" | "punctuation";

const PLAIN_SPACE = /^[ \t\n]+$/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** The ways of writing one number or one character that house style may switch between. */
function foldForm(text: string): string {
  return foldTypography(text)
    .replace(/(?<=\p{Nd}),(?=\p{Nd}{3})/gu, "")
    .replace(/\s*\b(?:percent|per cent|pct)\b/giu, "%")
    .replace(/\s+/gu, " ")
    .trim();
}

const words = (tokens: readonly Token[]) => tokens.filter(isWordLike).map((token) => token.text);
const joined = (tokens: readonly Token[]) => tokens.map((token) => token.text).join("");

/** The cosmetic kind a change is, or null when it changes content. */
function cosmeticKind(removed: readonly Token[], added: readonly Token[]): Cosmetic | null {
  const [before, after] = [joined(removed), joined(added)];
  if ((before === "" || PLAIN_SPACE.test(before)) && (after === "" || PLAIN_SPACE.test(after))) return "whitespace";
  // Text with letters or digits added or removed outright is content: no fold below can take it
  // away (each keeps letters and digits), and whole added sentences made this ladder a third of
  // classifying them.
  if ((before === "" || after === "") && LETTER_OR_DIGIT.test(before + after)) return null;
  // Plain spacing only: String.trim would also drop no-break spaces, which are typography.
  const spacing = (text: string) => text.replace(/[ \t\n]+/gu, " ").replace(/^ | $/gu, "");
  if (spacing(before) === spacing(after)) return "whitespace";
  const [foldedBefore, foldedAfter] = [foldForm(before), foldForm(after)];
  if (foldedBefore === foldedAfter) return "typography";
  if (foldedBefore.toLowerCase() === foldedAfter.toLowerCase()) return "case";
  const [wordsBefore, wordsAfter] = [words(tokenize(foldedBefore.toLowerCase())), words(tokenize(foldedAfter.toLowerCase()))];
  const sameLetters = (a: string, b: string) => a.replace(/[^\p{L}\p{N}]/gu, "") === b.replace(/[^\p{L}\p{N}]/gu, "");
  if (
    wordsBefore.length === wordsAfter.length &&
    wordsBefore.some((word, i) => isSpellingVariant(word, wordsAfter[i]!)) &&
    wordsBefore.every((word, i) => word === wordsAfter[i] || isSpellingVariant(word, wordsAfter[i]!)) &&
    sameLetters(foldedBefore.replace(/\p{L}+/gu, ""), foldedAfter.replace(/\p{L}+/gu, ""))
  ) {
    return "spelling";
  }
  // Letters as written, not as folded: "percent" folds to "%", and a unit added to a figure is
  // content ("5" → "5 percent"), where "5%" → "5 percent" is typography, caught above.
  if (sameLetters(foldTypography(before), foldTypography(after))) return "punctuation";
  return null;
}

/** Tokens inserted or deleted: jsdiff's edit length, which its maxEditLength bounds. */
function editLength(parts: readonly TokenPart[]): number {
  let length = 0;
  for (const part of parts) if (part.added || part.removed) length += part.value.length;
  return length;
}

/**
 * The changes of a pair at token level, before any merging, from the word diff's own runs (the
 * same diff; running it again was a tenth of classifying); null past MAX_CLASSIFY_EDITS.
 */
function changesOf(parts: readonly TokenPart[] | null): Change[] | null {
  if (!parts || editLength(parts) > MAX_CLASSIFY_EDITS) return null;
  const changes: Change[] = [];
  let [oldAt, newAt] = [0, 0];
  let current: Change | null = null;
  for (const part of parts) {
    const length = joined(part.value).length;
    if (!part.added && !part.removed) {
      current = null;
      oldAt += length;
      newAt += length;
      continue;
    }
    if (!current) {
      current = { removed: [], added: [], oldAt, newAt };
      changes.push(current);
    }
    if (part.removed) {
      current.removed.push(...part.value);
      oldAt += length;
    } else {
      current.added.push(...part.value);
      newAt += length;
    }
  }
  return changes;
}

/** Splits a change whose two sides have the same number of non-space tokens into token pairs. */
function pieces(change: Change): [Token[], Token[]][] {
  const solid = (tokens: Token[]) => tokens.filter((token) => token.type !== "space");
  const [a, b] = [solid(change.removed), solid(change.added)];
  if (a.length > 1 && a.length === b.length) return a.map((token, i) => [[token], [b[i]!]]);
  return [[change.removed, change.added]];
}

const ACRONYM = /^\p{Lu}{2,}/u;
/** Nothing but opening quotes or brackets before a word: the sentence starts with it. */
const OPENING_ONLY = /^["“‘'«(\[]*$/u;
const SENTENCE_END_BEFORE = /[.!?…]["”’'»)\]]*\s+["“‘'«(\[]*$/u;

/**
 * Whether a word at `at` opens a sentence: the text's start (after any opening quotes), or after a
 * full stop — split and merged pairs join several sentences into one text.
 */
function startsSentence(text: string, at: number): boolean {
  if (at <= 8 && OPENING_ONLY.test(text.slice(0, at))) return true;
  return SENTENCE_END_BEFORE.test(text.slice(Math.max(0, at - 8), at));
}
const CAPITALISED = /^\p{Lu}/u;
const isCapitalised = (token: Token) => token.type === "word" && CAPITALISED.test(token.text);

/**
 * What a changed word at `at` in `text` is: a number or a number word, a name, a capitalised word
 * that only opens a sentence, or other content.
 */
function wordRole(token: Token, text: string, at: number): "number" | "name" | "opening" | "content" {
  if (token.type === "number" || isNumericWord(token.text)) return "number";
  if (!isCapitalised(token)) return "content";
  // A sentence's first word is capitalised anyway, unless it is an acronym (IADB, NATO).
  return startsSentence(text, at) && !ACRONYM.test(token.text) ? "opening" : "name";
}

/** Multiset difference: what is left of `a` once every item also in `b` is taken out. */
function leftover(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const item of b) counts.set(item, (counts.get(item) ?? 0) + 1);
  return a.filter((item) => {
    const count = counts.get(item) ?? 0;
    if (count > 0) counts.set(item, count - 1);
    return count === 0;
  });
}

function sortKinds(kinds: Set<Kind>): Kind[] {
  return KINDS.filter((kind) => kinds.has(kind));
}

/**
 * Words of a content change that are only another spelling or casing of a word on the other side
 * ("reorganisation" in "[-reorganisation-]{+own reorganization+}"), with the kind each one is.
 */
function respelled(change: Change): Map<Token, "spelling" | "case"> {
  const found = new Map<Token, "spelling" | "case">();
  const added = change.added.filter(isWordLike);
  for (const removed of change.removed.filter(isWordLike)) {
    const match = added.find((token) => !found.has(token) && (isSpellingVariant(token.text, removed.text) || (token.text !== removed.text && token.text.toLowerCase() === removed.text.toLowerCase())));
    if (!match) continue;
    const kind = match.text.toLowerCase() === removed.text.toLowerCase() ? "case" : "spelling";
    found.set(removed, kind);
    found.set(match, kind);
  }
  return found;
}

/**
 * The kinds of change in a pair, most serious first. Cosmetic kinds come from a ladder of folds
 * (spacing, typography, case, US/UK spelling, punctuation) applied to each change; content
 * changes are `number`, `name` or `wording`, and `quote` when their words stand inside quotation
 * marks. Numbers and names that only moved within the pair do not count.
 */
export function classify(pair: Pair, oldText: string, newText: string, tokens: TokenSides): Kind[] {
  if (pair.op === "equal" || oldText === newText) return [];
  if (pair.op === "added" && LETTER_OR_DIGIT.test(newText)) return wholeSentenceKinds(tokens.new, newText);
  if (pair.op === "removed" && LETTER_OR_DIGIT.test(oldText)) return wholeSentenceKinds(tokens.old, oldText);
  return changeKinds(pair, oldText, newText, tokens);
}

/**
 * The kinds of a sentence added or removed whole: what its words are. The same answer as the
 * general path below gives a change with nothing on the other side (no fold can make it cosmetic,
 * nothing can have moved or been respelled), in one pass: two unrelated texts are thousands of
 * such sentences, and the general path was most of their classification, run before V8 optimises it.
 */
function wholeSentenceKinds(tokens: readonly Token[], text: string): Kind[] {
  const spans = quoteSpans(text);
  const kinds = new Set<Kind>();
  let at = 0;
  for (const token of tokens) {
    const start = at;
    at += token.text.length;
    if (!isWordLike(token)) continue;
    if (insideQuote(spans, start, at)) kinds.add("quote");
    const role = wordRole(token, text, start);
    kinds.add(role === "number" ? "number" : role === "name" ? "name" : "wording");
  }
  return sortKinds(kinds);
}

/** The general path: each change between the two sides, through the folds and then word by word. */
export function changeKinds(pair: Pair, oldText: string, newText: string, tokens: TokenSides): Kind[] {
  // A sentence added or removed whole is one change with nothing on the other side: it gets the
  // kinds of its content.
  const changes =
    pair.op === "added"
      ? [{ removed: [], added: tokens.new, oldAt: 0, newAt: 0 }]
      : pair.op === "removed"
        ? [{ removed: tokens.old, added: [], oldAt: 0, newAt: 0 }]
        : changesOf(tokens.parts);
  if (!changes) return ["wording"];
  const kinds = new Set<Kind>();
  const oldSpans = quoteSpans(oldText);
  const newSpans = quoteSpans(newText);
  const numbers = { removed: [] as string[], added: [] as string[] };
  // Capitalised words; sentence-initial ones are kept only to cancel moves and derived forms.
  const names = { removed: [] as { text: string; initial: boolean }[], added: [] as { text: string; initial: boolean }[] };
  let content = false;
  for (const change of changes) {
    const cosmetic = pieces(change).map(([removed, added]) => cosmeticKind(removed, added));
    cosmetic.forEach((kind) => kind && kinds.add(kind));
    if (cosmetic.every((kind) => kind !== null)) continue;
    const sides = [
      { tokens: change.removed, start: change.oldAt, spans: oldSpans, bag: "removed" as const },
      { tokens: change.added, start: change.newAt, spans: newSpans, bag: "added" as const },
    ];
    const variants = respelled(change);
    for (const { tokens: sideTokens, start, spans, bag } of sides) {
      let next = start;
      for (const token of sideTokens) {
        // Where the token starts in its sentence, for quotation marks and sentence starts.
        const at = next;
        next += token.text.length;
        if (!isWordLike(token)) continue;
        const variant = variants.get(token);
        if (variant) {
          kinds.add(variant);
          continue;
        }
        if (insideQuote(spans, at, at + token.text.length)) kinds.add("quote");
        const role = wordRole(token, bag === "removed" ? oldText : newText, at);
        if (role === "number") numbers[bag].push(foldForm(token.text).toLowerCase());
        else if (role === "content") content = true;
        else names[bag].push({ text: token.text, initial: role === "opening" });
      }
    }
    if (sides.every(({ tokens: sideTokens }) => sideTokens.every((token) => !isWordLike(token)))) kinds.add("punctuation");
  }
  const numberLeft = [...leftover(numbers.removed, numbers.added), ...leftover(numbers.added, numbers.removed)];
  if (numberLeft.length > 0) kinds.add("number");
  const texts = (list: { text: string }[]) => list.map((name) => name.text);
  const movedOut = new Set(leftover(texts(names.removed), texts(names.added)));
  const movedIn = new Set(leftover(texts(names.added), texts(names.removed)));
  const removedNames = names.removed.filter((name) => movedOut.has(name.text));
  const addedNames = names.added.filter((name) => movedIn.has(name.text));
  const underived = (list: typeof removedNames, others: typeof removedNames) =>
    list.filter((name) => !others.some((other) => isDerivedForm(name.text, other.text)));
  const changedNames = [...underived(removedNames, addedNames), ...underived(addedNames, removedNames)];
  const realNames = changedNames.filter((name) => !name.initial);
  if (realNames.length > 0) kinds.add("name");
  if (changedNames.some((name) => name.initial)) content = true;
  if (content || changedNames.length < removedNames.length + addedNames.length) kinds.add("wording");
  return sortKinds(kinds);
}

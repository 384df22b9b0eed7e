import type { DiffToken, Token, TokenOp, TokenPart, TokenSides } from "../model.js";
import { countWordTokens, isWordLike, tokenize } from "../segment/tokens.js";
import { STOPWORDS } from "../text/stopwords.js";
import { editScript } from "./myers.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

/**
 * The diff's cost grows with the square of the edit distance; past this many token edits in one pair
 * the pair is shown as a whole replacement (and marked degraded). Real sentence pairs stay far below.
 */
export const MAX_EDIT_LENGTH = 2000;

export interface WordDiff {
  tokens: DiffToken[];
  degraded: boolean;
  /** Word and number tokens: unchanged, and on each side, for the summary's similarity. */
  words: { equal: number; old: number; new: number };
  /** The two texts' tokens, when they were built (not for equal texts), for the classifier. */
  sides?: TokenSides;
}

type Run = { equal: Token[] } | { removed: Token[]; added: Token[] };

function countWords(tokens: readonly Token[]): number {
  let count = 0;
  for (let k = 0; k < tokens.length; k++) if (isWordLike(tokens[k]!)) count += 1;
  return count;
}

/**
 * An unchanged stretch between two changes that is only spacing, punctuation or one function word
 * ("the", "of") is folded into the change around it, so that a rewritten phrase reads as one run.
 */
function isIsland(tokens: readonly Token[]): boolean {
  const words = tokens.filter(isWordLike);
  return words.length === 0 || (words.length === 1 && STOPWORDS.has(words[0]!.text.toLowerCase()));
}

function toRuns(changes: readonly TokenPart[]): Run[] {
  const runs: Run[] = [];
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c]!;
    const last = runs[runs.length - 1];
    if (!change.added && !change.removed) runs.push({ equal: change.value });
    else if (last && !("equal" in last)) {
      const side = change.added ? last.added : last.removed;
      for (let k = 0; k < change.value.length; k++) side.push(change.value[k]!);
    } else runs.push(change.added ? { removed: [], added: change.value.slice() } : { removed: change.value.slice(), added: [] });
  }
  return runs;
}

function mergeIslands(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (let i = 0; i < runs.length; i++) {
    const run = runs[i]!;
    const previous = merged[merged.length - 1];
    const next = runs[i + 1];
    if ("equal" in run && previous && !("equal" in previous) && next && !("equal" in next) && isIsland(run.equal)) {
      previous.removed.push(...run.equal, ...next.removed);
      previous.added.push(...run.equal, ...next.added);
      i += 1;
    } else merged.push(run);
  }
  return merged;
}

function pushToken(tokens: DiffToken[], op: TokenOp, parts: readonly Token[]): void {
  if (parts.length === 0) return;
  const text = parts.map((part) => part.text).join("");
  const last = tokens[tokens.length - 1];
  if (last && last.op === op) last.text += text;
  else tokens.push({ op, text });
}

/**
 * The diff when one side is empty (a sentence added or removed whole): that side, given up on past
 * MAX_EDIT_LENGTH tokens as jsdiff would. jsdiff's own work to find it was most of the word diff of
 * two unrelated texts.
 */
function wholeSide(oldTokens: Token[], newTokens: Token[]): TokenPart[] | null {
  if (oldTokens.length + newTokens.length > MAX_EDIT_LENGTH) return null;
  return oldTokens.length === 0 ? [{ value: newTokens, added: true }] : [{ value: oldTokens, removed: true }];
}

/**
 * The diff of two token lists, equal where their texts are, as jsdiff's would be (./myers.ts). Each
 * distinct text is numbered first and the numbers are diffed, compared with ===: a comparator of
 * two token objects asked at each step of the search (a closure call and a string comparison) made
 * the search ~40% of the word diff on the Reuters-21578 pairs. Its runs are built back from the
 * tokens (an equal run holds the new side's tokens, as jsdiff's does). Null past MAX_EDIT_LENGTH.
 */
function diffTokens(oldTokens: readonly Token[], newTokens: readonly Token[]): TokenPart[] | null {
  const numbers = new Map<string, number>();
  const numbered = (tokens: readonly Token[]) => {
    const ids = new Array<number>(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const text = tokens[k]!.text;
      let id = numbers.get(text);
      if (id === undefined) numbers.set(text, (id = numbers.size));
      ids[k] = id;
    }
    return ids;
  };
  const script = editScript(numbered(oldTokens), numbered(newTokens), MAX_EDIT_LENGTH);
  if (!script) return null;
  const parts: TokenPart[] = [];
  let oldAt = 0;
  let newAt = 0;
  for (let k = 0; k < script.length; k++) {
    const { count, added, removed } = script[k]!;
    if (added) parts.push({ value: newTokens.slice(newAt, (newAt += count)), added: true, removed: false });
    else if (removed) parts.push({ value: oldTokens.slice(oldAt, (oldAt += count)), added: false, removed: true });
    else {
      parts.push({ value: newTokens.slice(newAt, (newAt += count)), added: false, removed: false });
      oldAt += count;
    }
  }
  return parts;
}

/** Word-level differences between two texts, as runs of equal, deleted and inserted text. */
export function diffWords(oldText: string, newText: string): WordDiff {
  if (oldText === newText) {
    // Most pairs of a long story are equal: count their words without building tokens.
    const count = countWordTokens(oldText);
    return { tokens: oldText ? [{ op: "equal", text: oldText }] : [], degraded: false, words: { equal: count, old: count, new: count } };
  }
  const oldTokens = tokenize(oldText);
  const newTokens = tokenize(newText);
  const words = { equal: 0, old: countWords(oldTokens), new: countWords(newTokens) };
  if (oldTokens.length === 0 || newTokens.length === 0) {
    const parts = wholeSide(oldTokens, newTokens);
    // One run, the whole text: its tokens joined give it back.
    const tokens: DiffToken[] = oldText ? [{ op: "delete", text: oldText }] : [{ op: "insert", text: newText }];
    return { tokens, degraded: parts === null, words, sides: { old: oldTokens, new: newTokens, parts } };
  }
  const parts = diffTokens(oldTokens, newTokens);
  const sides: TokenSides = { old: oldTokens, new: newTokens, parts };
  const runs = parts && toRuns(parts);
  const tokens: DiffToken[] = [];
  if (!runs) {
    pushToken(tokens, "delete", oldTokens);
    pushToken(tokens, "insert", newTokens);
    return { tokens, degraded: true, words, sides };
  }
  const merged = mergeIslands(runs);
  for (let k = 0; k < merged.length; k++) {
    const run = merged[k]!;
    if ("equal" in run) {
      words.equal += countWords(run.equal);
      pushToken(tokens, "equal", run.equal);
    } else {
      pushToken(tokens, "delete", run.removed);
      pushToken(tokens, "insert", run.added);
    }
  }
  return { tokens, degraded: false, words, sides };
}

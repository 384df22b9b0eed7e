import type { AlignedPair } from "../model.js";
import { identityKey } from "../text/fold.js";
import { editScript } from "../diff/myers.js";
import { endsLikeSentence } from "../text/sentence-end.js";
import { longestIncreasingRun } from "./lis.js";
import { order, type OrderedPair } from "./order.js";
import { contentTerms, TermWeights, type TermVector } from "./terms.js";
import { ClassPattern } from "../text/classes.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

// Thresholds. The measurements behind them come from the labelled set (fixtures/alignment, the
// six labelled Reuters-21578 pairs, and the two real versions in ../shared/articles), scored by
// test/align/alignment-set.test.ts and `npm run bench`.

/**
 * Anywhere in the story, two sentences pair when this share of their content weight is common.
 * Sentences that do not belong together reach 0.71 only as look-alike table rows (Reuters 013,
 * "Sales … vs …" against "Revs … vs …"), which the order pass sorts out; the labelled set scores
 * the same (F1 0.975 on the real pairs, 1.0 on the fictional ones) for any value from 0.3 to 0.5,
 * and 0.4 sits in the middle of that plateau.
 */
export const PAIR_MIN_SIMILARITY = 0.4;
/**
 * Between two sentences already known to be in place, the order itself is evidence, so a looser
 * paraphrase pairs too. The weakest true paraphrases in the set score 0.37 (Reuters 196) and 0.39
 * (fixtures/alignment/paraphrase); 0.2 to 0.3 score the same, 0.15 also finds a relabelled table
 * row at 0.20 (Reuters 013) but leaves little room above unrelated neighbours, so 0.25.
 */
export const GAP_MIN_SIMILARITY = 0.25;
/**
 * …or, there, when nearly all of one sentence's content is in the other: a sentence expanded into
 * a longer one scores low on similarity however much it kept ("NOTE: Partnership formed in
 * February 1986." inside a 40-word note on how it was formed: 0.24, contained at 1.0). Table rows
 * are left to their own rule (their two or three words are contained anywhere).
 */
export const GAP_MIN_CONTAINMENT = 0.8;
/**
 * A pair that breaks the story's order must be a clear match, or it is an addition and a removal.
 * The moved pairs in the set score 0.74 (a moved and split sentence, Reuters 280) and above.
 */
export const MOVE_MIN_SIMILARITY = 0.5;
/**
 * Each half of a split (or merge) must find this share of its content weight in the other side.
 * The halves in the set are contained at 0.6 and above; an unrelated short neighbour shares
 * little or nothing (test/align: "does not glue an unrelated short sentence").
 */
export const SPLIT_MIN_CONTAINMENT = 0.5;
/**
 * …and joining the halves must beat the better half alone by this much. A real split in the
 * Reuters-21578 pairs (280: "…trapped underground … brought safely out" → two sentences) gains
 * 0.048; unrelated neighbours fail the containment guard long before this matters.
 */
export const SPLIT_MIN_GAIN = 0.03;
/**
 * A merge or split may reach this far from its nearest part for another (1 is the next sentence),
 * over sentences that stay removed, added or paired elsewhere: a rewrite folds the facts of
 * sentences two or three apart into one ("The mill employs 1,450 people." … "Demand … has fallen
 * by 38 percent." → "The mill, which employs 1,450 people, has seen demand … fall by 38 percent").
 * Further apart, a sentence whose words recur is more often a repetition than a part.
 */
export const JOIN_REACH = 3;
/**
 * A part that is not next to the others, or that leaves a loose pair elsewhere, must find this
 * share of its content weight (figures and names weigh most: they are rare) in the whole: "most of
 * its facts are there". Higher than SPLIT_MIN_CONTAINMENT for an adjacent part, because distance
 * is evidence against a join; the far parts in fixtures/alignment are contained at 0.75 and more.
 */
export const FAR_JOIN_MIN_CONTAINMENT = 0.6;
/**
 * A part that was reworded as it folded in (its figures restated, its attribution dropped, its
 * words paraphrased) shares too little with the whole for SPLIT_MIN_CONTAINMENT and lowers the
 * pair's similarity, since it brings words of its own. It still joins when it sits next to the
 * pair's other parts, is free, and explains what they do not: with it, the share of the whole's
 * content weight found in the parts rises by REWORDED_MIN_COVERAGE_GAIN, and at least
 * REWORDED_PART_MIN_CONTAINMENT of its own weight is in the whole, and the pair's similarity falls
 * by at most REWORDED_MAX_SIMILARITY_LOSS (more, and the part is mostly news of its own). In the
 * blind Reuters-21578 gold the reworded parts gain 0.12 to 0.38, are contained at 0.35 to 0.47
 * and cost the pair 0.11 at most ("Rep. Ed Jenkins, a Democrat from Georgia, agreed…" folded
 * into "Rep. Ed Jenkins (D-GA.) intends to push…"); the fictional one of fixtures/alignment
 * (reworded-merge) is contained at only 0.25-0.28, hence 0.2. The nearest miss that is no part
 * (Reuters 400: a dropped quote whose "interview with Newsweek magazine" became the lead's "in a
 * magazine interview") gains 0.18 and is contained at 0.26, but costs 0.20: the loss keeps it out.
 */
export const REWORDED_MIN_COVERAGE_GAIN = 0.1;
export const REWORDED_PART_MIN_CONTAINMENT = 0.2;
export const REWORDED_MAX_SIMILARITY_LOSS = 0.15;
/** A merge or split joins at most this many sentences on its joined side (a lead folding a paragraph of facts). */
export const MAX_JOIN_PARTS = 4;
/**
 * Terms in more sentences than this are too common to propose candidates: it bounds the work on
 * long documents (a common word would make every sentence a candidate for every other), and such
 * terms weigh little anyway. Similarity itself still counts them.
 */
export const MAX_POSTING = 64;
/**
 * A gap of unpaired sentences larger than this (old × new) is not searched for loose pairs: the
 * search is quadratic in the gap (two unrelated 500-sentence texts of one vocabulary: ~0.15 s).
 */
export const MAX_GAP_CELLS = 250_000;

interface Link {
  old: number[];
  new: number[];
  similarity: number;
  /** Same text after folding whitespace, quote style and dash style. */
  identical: boolean;
  inOrder: boolean;
}

// Loops over a story's sentences, pairs and links are indexed, not for…of: code that runs once per
// document runs in V8's interpreter, where for…of (an iterator and a result object per step) cost
// ~7× an indexed loop (2.2 against 0.3 ms over 11,434 links, fresh process), and filter ~5×.

/**
 * Every link is made here. Its similarity starts as NaN, a double, so that V8 keeps the field as a
 * double from the first link on: exact links (similarity 1, an integer) came first, and the first
 * fractional similarity then retyped the field and made V8 migrate every earlier link on its next
 * use (11,170 migrations in a long story; storing its links by index went 0.9 -> 10 ms).
 */
function newLink(oldIndexes: number[], newIndexes: number[], similarity: number, identical: boolean, inOrder: boolean): Link {
  const link: Link = { old: oldIndexes, new: newIndexes, similarity: Number.NaN, identical, inOrder };
  link.similarity = similarity;
  return link;
}

/** Which sentences of one side are taken, a flag each: a Set of a long story's ~12,000 indexes cost ~15 ms to build. */
class Marks {
  private readonly flags: Uint8Array;
  constructor(readonly size: number) {
    this.flags = new Uint8Array(size);
  }
  has(index: number): boolean {
    return this.flags[index] === 1;
  }
  add(index: number): void {
    this.flags[index] = 1;
  }
  delete(index: number): void {
    this.flags[index] = 0;
  }
  /** The indexes not taken, ascending. */
  free(): number[] {
    const indexes: number[] = [];
    for (let i = 0; i < this.flags.length; i++) if (this.flags[i] === 0) indexes.push(i);
    return indexes;
  }
}

/** Lazily built term vectors for the sentences that exact matching left over. */
class Vectors {
  private readonly cache = new Map<string, TermVector>();
  constructor(
    readonly oldSentences: readonly string[],
    readonly newSentences: readonly string[],
    readonly weights: TermWeights,
    private readonly oldTerms: Map<number, string[]>,
    private readonly newTerms: Map<number, string[]>,
  ) {}

  // One sentence's vector by its index, without building a string key: the candidate scoring of
  // two unrelated 20k-word texts asks ~100,000 times.
  private readonly single = { old: [] as TermVector[], new: [] as TermVector[] };

  private vector(side: "old" | "new", indexes: readonly number[]): TermVector {
    if (indexes.length === 1) {
      const index = indexes[0]!;
      const cached = this.single[side][index];
      if (cached) return cached;
      const terms = side === "old" ? this.oldTerms : this.newTerms;
      const sentences = side === "old" ? this.oldSentences : this.newSentences;
      return (this.single[side][index] = this.weights.vector(terms.get(index) ?? contentTerms(sentences[index]!)));
    }
    const key = `${side}:${indexes.join(",")}`;
    let vector = this.cache.get(key);
    if (!vector) {
      vector = indexes.map((index) => this.vector(side, [index])).reduce((a, b) => this.weights.merge(a, b));
      this.cache.set(key, vector);
    }
    return vector;
  }

  old(...indexes: number[]): TermVector {
    return this.vector("old", indexes);
  }

  new(...indexes: number[]): TermVector {
    return this.vector("new", indexes);
  }
}

/**
 * Pairs sentences whose keys are equal, first come first served, in order, and marks both ends as
 * used. Sentences with the same key are chained through `next` rather than kept in a list per key:
 * a long story has ~12,000 keys, nearly all unique, and the lists were most of its garbage.
 */
function matchByKey(
  oldIndexes: readonly number[],
  newIndexes: readonly number[],
  oldKey: (i: number) => string,
  newKey: (j: number) => string,
  used: { old: Marks; new: Marks },
  links: Link[],
): void {
  const first = new Map<string, number>();
  const last = new Map<string, number>();
  const next = new Int32Array(used.old.size).fill(-1);
  for (let k = 0; k < oldIndexes.length; k++) {
    const index = oldIndexes[k]!;
    const key = oldKey(index);
    const tail = last.get(key);
    if (tail === undefined) first.set(key, index);
    else next[tail] = index;
    last.set(key, index);
  }
  for (let k = 0; k < newIndexes.length; k++) {
    const index = newIndexes[k]!;
    const key = newKey(index);
    const match = first.get(key);
    if (match === undefined) continue;
    if (next[match] === -1) first.delete(key);
    else first.set(key, next[match]!);
    used.old.add(match);
    used.new.add(index);
    links.push(newLink([match], [index], 1, true, false));
  }
}

/**
 * Identical sentences: byte-equal ones first (no folding cost, the common case in long stories),
 * then the rest by their folded key.
 */
function exactLinks(oldSentences: readonly string[], newSentences: readonly string[]): { links: Link[]; used: { old: Marks; new: Marks } } {
  const used = { old: new Marks(oldSentences.length), new: new Marks(newSentences.length) };
  const links: Link[] = [];
  matchByKey(used.old.free(), used.new.free(), (i) => oldSentences[i]!, (j) => newSentences[j]!, used, links);
  matchByKey(used.old.free(), used.new.free(), (i) => identityKey(oldSentences[i]!), (j) => identityKey(newSentences[j]!), used, links);
  return { links, used };
}

/** For each term number, the values of the vectors that have the term, in the order given. */
function postingLists(count: number, vectorAt: (k: number) => TermVector, valueAt: (k: number) => number, terms: number): (number[] | undefined)[] {
  const lists = new Array<number[] | undefined>(terms);
  for (let k = 0; k < count; k++) {
    const value = valueAt(k);
    const ids = vectorAt(k).ids;
    for (let i = 0; i < ids.length; i++) {
      const id = ids[i]!;
      const list = lists[id];
      if (list) list.push(value);
      else lists[id] = [value];
    }
  }
  return lists;
}

/** Pairs of leftover sentences that share enough rare content, best first, each sentence once. */
function similarLinks(oldFree: readonly number[], newFree: readonly number[], vectors: Vectors): Link[] {
  const postings = postingLists(oldFree.length, (k) => vectors.old(oldFree[k]!), (k) => oldFree[k]!, vectors.weights.size);
  const candidates: { old: number; new: number; similarity: number; distance: number }[] = [];
  const oldRank = new Map(oldFree.map((index, rank) => [index, rank] as const));
  const oldCount = Math.max(1, oldFree.length);
  const newCount = Math.max(1, newFree.length);
  // The old sentences sharing a term with the new one, each once, in the order found: a flag per
  // old sentence, holding the rank of the new sentence that last saw it.
  const seenBy = new Int32Array(oldFree.length > 0 ? oldFree[oldFree.length - 1]! + 1 : 0).fill(-1);
  const seen: number[] = [];
  newFree.forEach((newIndex, newRank) => {
    seen.length = 0;
    const ids = vectors.new(newIndex).ids;
    for (let i = 0; i < ids.length; i++) {
      const list = postings[ids[i]!];
      if (!list || list.length > MAX_POSTING) continue;
      for (let l = 0; l < list.length; l++) {
        const oldIndex = list[l]!;
        if (seenBy[oldIndex] === newRank) continue;
        seenBy[oldIndex] = newRank;
        seen.push(oldIndex);
      }
    }
    for (let s = 0; s < seen.length; s++) {
      const oldIndex = seen[s]!;
      const score = vectors.weights.similarity(vectors.old(oldIndex), vectors.new(newIndex));
      if (score < PAIR_MIN_SIMILARITY) continue;
      const distance = Math.abs(oldRank.get(oldIndex)! / oldCount - newRank / newCount);
      // Distance starts as a double: see newLink.
      const candidate = { old: oldIndex, new: newIndex, similarity: score, distance: Number.NaN };
      candidate.distance = distance;
      candidates.push(candidate);
    }
  });
  candidates.sort((a, b) => b.similarity - a.similarity || a.distance - b.distance);
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const links: Link[] = [];
  for (let k = 0; k < candidates.length; k++) {
    const candidate = candidates[k]!;
    if (usedOld.has(candidate.old) || usedNew.has(candidate.new)) continue;
    usedOld.add(candidate.old);
    usedNew.add(candidate.new);
    links.push(newLink([candidate.old], [candidate.new], candidate.similarity, false, false));
  }
  return links;
}

/**
 * A split (one old, two new) or merge (two old, one new) that passes both guards, or null. Every
 * part is checked against the whole, or only `newcomer` (a part joining an existing pair).
 */
function joinedLink(oldIndexes: number[], newIndexes: number[], vectors: Vectors, single: number, newcomer?: number, minContainment = SPLIT_MIN_CONTAINMENT): Link | null {
  const split = oldIndexes.length === 1;
  const whole = split ? vectors.old(...oldIndexes) : vectors.new(...newIndexes);
  const partIndexes = (split ? newIndexes : oldIndexes).filter((index) => newcomer === undefined || index === newcomer);
  const parts = partIndexes.map((index) => (split ? vectors.new(index) : vectors.old(index)));
  if (!parts.every((part) => vectors.weights.containment(part, whole) >= minContainment)) return null;
  const joined = vectors.weights.similarity(vectors.old(...oldIndexes), vectors.new(...newIndexes));
  if (joined < single + SPLIT_MIN_GAIN) return null;
  return newLink(oldIndexes, newIndexes, joined, false, true);
}


/**
 * `link` with the free sentence `index` of `side` as a reworded part (see REWORDED_MIN_COVERAGE_GAIN),
 * or null; `joined` is the link's sentences on that side with it. The caller has checked that the
 * sentence is next to the link's own on that side.
 */
function rewordedJoin(link: Link, side: "old" | "new", index: number, joined: number[], vectors: Vectors): Link | null {
  const { weights } = vectors;
  const own = link[side];
  const sideVector = (indexes: number[]) => (side === "old" ? vectors.old(...indexes) : vectors.new(...indexes));
  const whole = side === "old" ? vectors.new(...link.new) : vectors.old(...link.old);
  if (weights.containment(sideVector([index]), whole) < REWORDED_PART_MIN_CONTAINMENT) return null;
  const gain = weights.containment(whole, sideVector(joined)) - weights.containment(whole, sideVector(own));
  if (gain < REWORDED_MIN_COVERAGE_GAIN) return null;
  const [oldIndexes, newIndexes] = side === "old" ? [joined, link.new] : [link.old, joined];
  const similarity = weights.similarity(vectors.old(...oldIndexes), vectors.new(...newIndexes));
  if (similarity < link.similarity - REWORDED_MAX_SIMILARITY_LOSS) return null;
  return newLink(oldIndexes, newIndexes, similarity, false, true);
}

/** A table row or a label: short, and not ended like a sentence ("Year", "12 mths", "Shr 81 cts vs 1.45 dlrs"). */
const TABLE_ROW_MAX_WORDS = 10;
/**
 * A figure term (see contentTerms: figures by value) distinctive enough to tie two sentences: a
 * value of 10,000 or more ("~7.5e+6": "7,507,000" and "7.5 mln" alike), a decimal, a figure with a
 * scale word, or three digits or more that are not a year.
 */
const DISTINCT_FIGURE_TERM = new ClassPattern((c) => {
  const digits = `[${c.digit}]`;
  return String.raw`^~|^${digits}+\.${digits}+|^${digits}+(?:\.${digits}+)?e${digits}+$|^(?!(?:19|20)${digits}{2}$)${digits}{3,}$`;
}, "u");

/** A table's block heading: a row of at most this many words without "vs" ("Year", "Six Mths", "1st half"). */
const LABEL_MAX_WORDS = 3;

function isLabel(text: string): boolean {
  const words = text.split(/\s+/u);
  return isTableRow(text) && words.length <= LABEL_MAX_WORDS && !words.some((word) => word.toLowerCase() === "vs");
}

function isTableRow(text: string): boolean {
  return !endsLikeSentence(text) && text.split(/\s+/u).length <= TABLE_ROW_MAX_WORDS;
}

/**
 * Whether the one old and the one new sentence between two pairs in place replace each other,
 * whatever their words: both table rows or labels (a relabelled row, "Year" → "12 mths"), or
 * sharing a distinctive figure by value (a note rewritten around its "150,000", or its "7.5 mln"
 * restated as "7,507,000"). Position is the evidence a reader uses there; without it, an update
 * that cut one sentence and added another in the same place reads as removed + added, as it should.
 */
function inPlaceReplacement(oldText: string, newText: string): boolean {
  if (isTableRow(oldText) && isTableRow(newText)) return true;
  const figures = new Set(contentTerms(oldText).filter((term) => DISTINCT_FIGURE_TERM.test(term)));
  return contentTerms(newText).some((term) => figures.has(term) && DISTINCT_FIGURE_TERM.test(term));
}

/**
 * An old and a new sentence between two pairs in place are one sentence restyled when this share
 * of the longer one's words, function words too, stands in both in the same order ("The rate is 5
 * percent." → "The rate is five per cent.", 3 of 6: its figure is written another way, and apart
 * they read as a figure removed and one added). Half: "The bank said profit rose." against "The
 * bank said it would hire 200 new staff next year." keeps 3 of 11 and stays two sentences; on the
 * labelled sets the rule finds one more gold edge (Reuters 421) and no wrong one.
 */
export const IN_PLACE_MIN_KEPT = 0.5;
/**
 * The rule holds in a gap of at most this many pairings (4 sentences a side, or one against 16):
 * each comparison of words is a diff, so larger gaps keep to content terms.
 */
const RESTYLED_MAX_GAP_CELLS = 16;
const WORD = new ClassPattern((c) => `[${c.letter}${c.number}]+`, "gu");

/** A sentence's words, lower-case, for keptInOrder. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(WORD.for(text)) ?? [];
}

/**
 * Letters a word's forms share at the least, for keptInOrder: "Polizist" and "Polizisten",
 * "wurde" and "wurden", "resultó" and "resultaron" are one word in another number ("Ein Polizist
 * wurde verletzt." → "Zwei Polizisten wurden verletzt." kept 1 of 4 words, and read as a sentence
 * removed and another added).
 */
const FORM_STEM_LETTERS = 5;

/** Whether two words are forms of one word: one the other with an ending, or both one stem of FORM_STEM_LETTERS letters or more. */
function sameWordForms(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < FORM_STEM_LETTERS - 1) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common += 1;
  return common === shorter || common >= FORM_STEM_LETTERS;
}

/** The share of the longer sentence's words that the two have in common, in order (what jsdiff's diff keeps), forms of one word counted as one. */
function keptInOrder(a: string[], b: string[]): number {
  const longer = Math.max(a.length, b.length);
  // The common words are at most the shorter sentence's: below the threshold, no need to count them.
  if (longer === 0 || Math.min(a.length, b.length) < IN_PLACE_MIN_KEPT * longer) return 0;
  // Each new word that is a form of an old one is written as that one, so that the diff keeps it.
  // Forms share their first FORM_STEM_LETTERS - 1 letters: the old words are found by those, where
  // trying each against each cost the real pairs' run ~25 M instructions.
  const byStart = new Map<string, string[]>();
  for (let k = 0; k < a.length; k++) {
    const word = a[k]!;
    if (word.length < FORM_STEM_LETTERS - 1) continue;
    const start = word.slice(0, FORM_STEM_LETTERS - 1);
    const list = byStart.get(start);
    if (list === undefined) byStart.set(start, [word]);
    else list.push(word);
  }
  const formsOfOld = b.map((word) => byStart.get(word.slice(0, FORM_STEM_LETTERS - 1))?.find((other) => sameWordForms(other, word)) ?? word);
  return keptCount(a, formsOfOld) / longer;
}

/** How many words two lists have in common, in order, by the word diff's edit script. */
function keptCount(a: readonly string[], b: readonly string[]): number {
  const parts = editScript(a, b, Infinity)!;
  let kept = 0;
  for (let k = 0; k < parts.length; k++) if (!parts[k]!.added && !parts[k]!.removed) kept += parts[k]!.count;
  return kept;
}

/** Whether one of two sentences is nearly all inside the other (GAP_MIN_CONTAINMENT), neither a table row. */
function expandedInPlace(oldIndex: number, newIndex: number, vectors: Vectors): boolean {
  if (isTableRow(vectors.oldSentences[oldIndex]!) || isTableRow(vectors.newSentences[newIndex]!)) return false;
  const [a, b] = [vectors.old(oldIndex), vectors.new(newIndex)];
  const [part, whole] = a.total <= b.total ? [a, b] : [b, a];
  return vectors.weights.containment(part, whole) >= GAP_MIN_CONTAINMENT;
}

/**
 * Monotone alignment of one gap between in-place pairs: 1:1 pairs above the loose threshold, and
 * splits and merges, chosen to maximise the summed similarity (dynamic programming over the gap).
 */
function gapLinks(oldGap: readonly number[], newGap: readonly number[], vectors: Vectors): Link[] {
  const rows = oldGap.length;
  const cols = newGap.length;
  if (rows === 0 || cols === 0 || rows * cols > MAX_GAP_CELLS) return [];
  // A block's heading relabelled ("Six Mths" → "First half"): the one label on each side pair, and
  // what stands before and after them aligns on its own.
  const oldLabels = oldGap.filter((index) => isLabel(vectors.oldSentences[index]!));
  const newLabels = newGap.filter((index) => isLabel(vectors.newSentences[index]!));
  if (oldLabels.length === 1 && newLabels.length === 1 && rows + cols > 2) {
    const [r, c] = [oldGap.indexOf(oldLabels[0]!), newGap.indexOf(newLabels[0]!)];
    const label = newLink([oldLabels[0]!], [newLabels[0]!], vectors.weights.similarity(vectors.old(oldLabels[0]!), vectors.new(newLabels[0]!)), false, true);
    return [...gapLinks(oldGap.slice(0, r), newGap.slice(0, c), vectors), label, ...gapLinks(oldGap.slice(r + 1), newGap.slice(c + 1), vectors)];
  }
  if (rows === 1 && cols === 1) {
    const replaced = inPlaceReplacement(vectors.oldSentences[oldGap[0]!]!, vectors.newSentences[newGap[0]!]!);
    if (replaced) return [newLink([oldGap[0]!], [newGap[0]!], vectors.weights.similarity(vectors.old(oldGap[0]!), vectors.new(newGap[0]!)), false, true)];
  }
  const score = new Float64Array((rows + 1) * (cols + 1));
  const choice: (Link | null)[] = new Array((rows + 1) * (cols + 1)).fill(null);
  const at = (r: number, c: number) => r * (cols + 1) + c;
  // Similarities only where two sentences share a term (found through the gap's own index), so
  // that most cells cost a map lookup rather than a comparison.
  const postings = postingLists(cols, (c) => vectors.new(newGap[c]!), (c) => c, vectors.weights.size);
  const shared = oldGap.map((index) => {
    const row = new Map<number, number>();
    const vector = vectors.old(index);
    for (let i = 0; i < vector.ids.length; i++) {
      const list = postings[vector.ids[i]!];
      if (!list || list.length > MAX_POSTING) continue;
      for (let l = 0; l < list.length; l++) {
        const c = list[l]!;
        if (!row.has(c)) row.set(c, vectors.weights.similarity(vector, vectors.new(newGap[c]!)));
      }
    }
    return row;
  });
  const overlap = (r: number, c: number) => shared[r]?.get(c) ?? 0;
  const pairScore = (r: number, c: number) => {
    const s = overlap(r, c);
    if (s >= GAP_MIN_SIMILARITY) return s;
    if (s > 0 && expandedInPlace(oldGap[r]!, newGap[c]!, vectors)) return s;
    // A small gap's sentence restyled, whose shared words are function words and marks only
    // ("Not all of it... but most." → "Not all of it - but most."): a loose pair at the threshold.
    if (rows * cols > RESTYLED_MAX_GAP_CELLS) return -1;
    oldWords[r] ??= wordsOf(vectors.oldSentences[oldGap[r]!]!);
    newWords[c] ??= wordsOf(vectors.newSentences[newGap[c]!]!);
    return keptInOrder(oldWords[r]!, newWords[c]!) >= IN_PLACE_MIN_KEPT ? GAP_MIN_SIMILARITY : -1;
  };
  const oldWords: (string[] | undefined)[] = [];
  const newWords: (string[] | undefined)[] = [];
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = cols - 1; c >= 0; c--) {
      let best = Math.max(score[at(r + 1, c)]!, score[at(r, c + 1)]!);
      let link: Link | null = null;
      const single = pairScore(r, c);
      if (single > 0 && single + score[at(r + 1, c + 1)]! > best) {
        best = single + score[at(r + 1, c + 1)]!;
        // The link says how similar the two are: for a sentence restyled in place, less than its score.
        link = newLink([oldGap[r]!], [newGap[c]!], overlap(r, c), false, true);
      }
      // A split's halves must each be contained in the whole, so each shares a term with it.
      if (c + 1 < cols && newGap[c + 1] === newGap[c]! + 1 && overlap(r, c) > 0 && overlap(r, c + 1) > 0) {
        const split = joinedLink([oldGap[r]!], [newGap[c]!, newGap[c + 1]!], vectors, Math.max(single, pairScore(r, c + 1)));
        if (split && split.similarity + score[at(r + 1, c + 2)]! > best) [best, link] = [split.similarity + score[at(r + 1, c + 2)]!, split];
      }
      if (r + 1 < rows && oldGap[r + 1] === oldGap[r]! + 1 && overlap(r, c) > 0 && overlap(r + 1, c) > 0) {
        const merge = joinedLink([oldGap[r]!, oldGap[r + 1]!], [newGap[c]!], vectors, Math.max(single, pairScore(r + 1, c)));
        if (merge && merge.similarity + score[at(r + 2, c + 1)]! > best) [best, link] = [merge.similarity + score[at(r + 2, c + 1)]!, merge];
      }
      score[at(r, c)] = best;
      choice[at(r, c)] = link;
    }
  }
  const links: Link[] = [];
  let r = 0;
  let c = 0;
  while (r < rows && c < cols) {
    const link = choice[at(r, c)];
    if (link) {
      links.push(link);
      r += link.old.length;
      c += link.new.length;
    } else if (score[at(r, c)] === score[at(r + 1, c)]) r += 1;
    else c += 1;
  }
  return links;
}

/**
 * Grows pairs into splits and merges: a part joins a pair when it is unpaired (or only loosely
 * paired elsewhere), within JOIN_REACH of the pair's nearest sentence on that side, contained in
 * the pair's other side, and the join raises the pair's similarity (joinedLink). Parts are added one
 * at a time, best first, up to MAX_JOIN_PARTS. A loose pair that gives up its sentence is undone:
 * its other sentence becomes added or removed. Returns the links with those undone left out.
 */
function extendLinks(links: Link[], oldUsed: Marks, newUsed: Marks, vectors: Vectors, sizes: [number, number]): Link[] {
  // The loose pairs of the gap pass (1:1, below the anywhere threshold), by each of their sentences.
  const loose = { old: new Map<number, Link>(), new: new Map<number, Link>() };
  for (let k = 0; k < links.length; k++) {
    const link = links[k]!;
    if (link.identical || link.old.length !== 1 || link.new.length !== 1 || link.similarity >= PAIR_MIN_SIMILARITY) continue;
    loose.old.set(link.old[0]!, link);
    loose.new.set(link.new[0]!, link);
  }
  const undone = new Set<Link>();
  for (let k = 0; k < links.length; k++) {
    const link = links[k]!;
    if (link.identical || undone.has(link)) continue;
    for (;;) {
      const growOld = link.new.length === 1 && link.old.length < MAX_JOIN_PARTS;
      const growNew = link.old.length === 1 && link.new.length < MAX_JOIN_PARTS;
      let best: { link: Link; from: Link | null } | null = null;
      for (const side of ["old", "new"] as const) {
        if (side === "old" ? !growOld : !growNew) continue;
        const own = link[side];
        const first = own[0]!;
        const last = own[own.length - 1]!;
        const used = side === "old" ? oldUsed : newUsed;
        for (let index = Math.max(0, first - JOIN_REACH); index <= Math.min(sizes[side === "old" ? 0 : 1] - 1, last + JOIN_REACH); index++) {
          if (own.includes(index)) continue;
          const from = loose[side].get(index) ?? null;
          // Only a pair still loose and one to one gives up its sentence (one that grew is no longer loose).
          if (from === link || (from !== null && (undone.has(from) || from.old.length !== 1 || from.new.length !== 1))) continue;
          if (from === null && used.has(index)) continue;
          let nearest = Infinity;
          for (let k = 0; k < own.length; k++) nearest = Math.min(nearest, Math.abs(own[k]! - index));
          if (nearest > JOIN_REACH) continue;
          const far = nearest > 1 || from !== null;
          // From afar, only a sentence joins: not a table row or block heading ("Year"), whose one
          // or two words recur anywhere, and which the gap pass paired by its place.
          const tableRow = isTableRow(side === "old" ? vectors.oldSentences[index]! : vectors.newSentences[index]!);
          if (far && tableRow) continue;
          const joined = [...own, index].sort((a, b) => a - b);
          let candidate =
            side === "old"
              ? joinedLink(joined, link.new, vectors, link.similarity, index, far ? FAR_JOIN_MIN_CONTAINMENT : SPLIT_MIN_CONTAINMENT)
              : joinedLink(link.old, joined, vectors, link.similarity, index, far ? FAR_JOIN_MIN_CONTAINMENT : SPLIT_MIN_CONTAINMENT);
          // A reworded part: next to the others, free, a sentence rather than a table row.
          if (!candidate && !far && !tableRow) candidate = rewordedJoin(link, side, index, joined, vectors);
          // A sentence leaves a loose pair only for a pair it belongs to more (its content is here, not there).
          if (candidate && from !== null) {
            const part = side === "old" ? vectors.old(index) : vectors.new(index);
            const whole = side === "old" ? vectors.new(...link.new) : vectors.old(...link.old);
            if (vectors.weights.containment(part, whole) <= from.similarity) continue;
          }
          if (candidate && (!best || candidate.similarity > best.link.similarity)) best = { link: candidate, from };
        }
      }
      if (!best) break;
      if (best.from !== null) {
        undone.add(best.from);
        // The loose pair's other sentence is free again: added or removed, unless another pair takes it.
        for (const index of best.from.old) if (!best.link.old.includes(index)) oldUsed.delete(index);
        for (const index of best.from.new) if (!best.link.new.includes(index)) newUsed.delete(index);
      }
      for (const index of best.link.old) oldUsed.add(index);
      for (const index of best.link.new) newUsed.add(index);
      Object.assign(link, { ...best.link, inOrder: link.inOrder });
    }
  }
  return undone.size === 0 ? links : links.filter((link) => !undone.has(link));
}

/** Marks the links that keep the story's order, and returns those, in the new version's order. */
function markOrder(links: Link[], newCount: number): Link[] {
  // Each new sentence starts at most one link: placing links by it sorts them in linear time
  // (a comparison sort of a long story's ~12,000 links was a fifth of its alignment).
  const byNew = new Array<Link | undefined>(newCount);
  for (let k = 0; k < links.length; k++) byNew[links[k]!.new[0]!] = links[k];
  const sorted: Link[] = [];
  for (let index = 0; index < newCount; index++) {
    const link = byNew[index];
    if (link !== undefined) sorted.push(link);
  }
  const keep = longestIncreasingRun(sorted.map((link) => link.old[0]!));
  const inPlace: Link[] = [];
  sorted.forEach((link, index) => {
    link.inOrder = keep[index] === 1;
    if (link.inOrder) inPlace.push(link);
  });
  return inPlace;
}

/**
 * Pairs the sentences of two versions. Identical sentences (after folding whitespace, quotes and
 * dashes) anchor first; leftovers pair by weighted content-word similarity; the longest in-order
 * chain stays in place and the rest are moves; gaps between anchors are searched for looser
 * paraphrases, splits and merges. The result lists every sentence of each side exactly once.
 */
export function align(oldSentences: readonly string[], newSentences: readonly string[]): AlignedPair[] {
  const exact = exactLinks(oldSentences, newSentences);
  let links = exact.links;
  const sizes: [number, number] = [oldSentences.length, newSentences.length];
  const linked = (side: "old" | "new") => {
    const used = new Marks(side === "old" ? sizes[0] : sizes[1]);
    for (let k = 0; k < links.length; k++) {
      const indexes = links[k]![side];
      for (let i = 0; i < indexes.length; i++) used.add(indexes[i]!);
    }
    return used;
  };
  let oldFree = exact.used.old.free();
  let newFree = exact.used.new.free();

  if (oldFree.length > 0 && newFree.length > 0) {
    const oldTerms = new Map(oldFree.map((index) => [index, contentTerms(oldSentences[index]!)] as const));
    const newTerms = new Map(newFree.map((index) => [index, contentTerms(newSentences[index]!)] as const));
    const weights = new TermWeights([...oldTerms.values(), ...newTerms.values()]);
    const vectors = new Vectors(oldSentences, newSentences, weights, oldTerms, newTerms);

    links = [...links, ...similarLinks(oldFree, newFree, vectors)];
    // In-place links are kept whatever their similarity, so the filter below leaves this list whole.
    const inPlace = markOrder(links, newSentences.length);
    const kept: Link[] = [];
    for (let k = 0; k < links.length; k++) {
      const link = links[k]!;
      if (link.inOrder || link.identical || link.similarity >= MOVE_MIN_SIMILARITY) kept.push(link);
    }
    links = kept;

    const oldUsed = linked("old");
    const newUsed = linked("new");
    // oldFree, newFree and the in-place links all ascend: two cursors find each gap's members in
    // one pass. A long story has a gap after nearly every sentence, nearly all of them empty.
    let [oldCursor, newCursor] = [0, 0];
    const oldGap: number[] = [];
    const newGap: number[] = [];
    for (let k = 0; k <= inPlace.length; k++) {
      const fromOld = k === 0 ? -1 : inPlace[k - 1]!.old[0]!;
      const fromNew = k === 0 ? -1 : inPlace[k - 1]!.new[0]!;
      const toOld = k === inPlace.length ? oldSentences.length : inPlace[k]!.old[0]!;
      const toNew = k === inPlace.length ? newSentences.length : inPlace[k]!.new[0]!;
      oldGap.length = 0;
      newGap.length = 0;
      for (; oldCursor < oldFree.length && oldFree[oldCursor]! < toOld; oldCursor++) {
        const i = oldFree[oldCursor]!;
        if (i > fromOld && !oldUsed.has(i)) oldGap.push(i);
      }
      for (; newCursor < newFree.length && newFree[newCursor]! < toNew; newCursor++) {
        const j = newFree[newCursor]!;
        if (j > fromNew && !newUsed.has(j)) newGap.push(j);
      }
      for (const link of gapLinks(oldGap, newGap, vectors)) {
        links.push(link);
        link.old.forEach((i) => oldUsed.add(i));
        link.new.forEach((j) => newUsed.add(j));
      }
    }
    links = extendLinks(links, oldUsed, newUsed, vectors, sizes);
    oldFree = oldUsed.free();
    newFree = newUsed.free();
  } else {
    markOrder(links, newSentences.length);
  }

  const pairs = links.map((link): OrderedPair => {
    const op = !link.inOrder ? "moved" : link.identical && oldSentences[link.old[0]!] === newSentences[link.new[0]!] ? "equal" : "changed";
    // Similarity starts as a double: see newLink.
    const pair: OrderedPair = { op, old: link.old, new: link.new, similarity: Number.NaN, inOrder: link.inOrder };
    pair.similarity = link.similarity;
    return pair;
  });
  return order(pairs, oldFree, newFree, newSentences.length);
}

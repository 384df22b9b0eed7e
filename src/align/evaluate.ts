import type { AlignedPair } from "../model.js";
import { longestIncreasingRun } from "./lis.js";

/** Gold or predicted links: [old indexes, new indexes] for every pair that has both sides. */
export type Links = [number[], number[]][];

export interface Score {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Each link as its sentence-to-sentence edges: a split [3]→[3,4] is 3–3 and 3–4. */
function edges(links: Links): Set<string> {
  const set = new Set<string>();
  for (const [oldIndexes, newIndexes] of links) for (const i of oldIndexes) for (const j of newIndexes) set.add(`${i}:${j}`);
  return set;
}

export function linksOf(pairs: readonly AlignedPair[]): Links {
  return pairs.filter((pair) => pair.old.length > 0 && pair.new.length > 0).map((pair) => [pair.old, pair.new]);
}

/** Precision, recall and F1 of predicted sentence edges against gold ones (NewsEdits' measure). */
export function score(predicted: Links, gold: Links): Score {
  const [p, g] = [edges(predicted), edges(gold)];
  let truePositives = 0;
  for (const edge of p) if (g.has(edge)) truePositives += 1;
  const precision = p.size === 0 ? 1 : truePositives / p.size;
  const recall = g.size === 0 ? 1 : truePositives / g.size;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted: p.size, gold: g.size, precision, recall, f1 };
}

/** Micro-averaged score over many cases. */
export function total(scores: readonly Score[]): Score {
  const sum = (key: "truePositives" | "predicted" | "gold") => scores.reduce((acc, s) => acc + s[key], 0);
  const [tp, p, g] = [sum("truePositives"), sum("predicted"), sum("gold")];
  const precision = p === 0 ? 1 : tp / p;
  const recall = g === 0 ? 1 : tp / g;
  return { truePositives: tp, predicted: p, gold: g, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export type LinkKind = "equal" | "changed" | "moved" | "split" | "merge";

/** A link's kind as a reader names it: its shape first (split, merge), then moved, equal or changed. */
export function linkKinds(links: Links, oldSentences: readonly string[], newSentences: readonly string[]): LinkKind[] {
  // Moved: a 1:1 link off the longest run of links whose old indexes ascend in new order.
  const byNew = links.map((link, index) => ({ link, index })).sort((a, b) => a.link[1][0]! - b.link[1][0]!);
  const inRun = longestIncreasingRun(byNew.map(({ link }) => link[0][0]!));
  const inOrder = new Array<boolean>(links.length).fill(true);
  byNew.forEach(({ index }, rank) => (inOrder[index] = inRun[rank] === 1));
  return links.map(([oldIndexes, newIndexes], index) => {
    if (oldIndexes.length > 1) return "merge";
    if (newIndexes.length > 1) return "split";
    if (!inOrder[index]) return "moved";
    return oldSentences[oldIndexes[0]!] === newSentences[newIndexes[0]!] ? "equal" : "changed";
  });
}

/** Sentences in no link: removed (old side) and added (new side). */
export function unlinked(links: Links, sizes: readonly [number, number]): { removed: number[]; added: number[] } {
  const used = [new Set(links.flatMap((link) => link[0])), new Set(links.flatMap((link) => link[1]))];
  const free = (side: 0 | 1) => Array.from({ length: sizes[side] }, (_, index) => index).filter((index) => !used[side]!.has(index));
  return { removed: free(0), added: free(1) };
}

export interface KindAgreement {
  /** Gold links found exactly (same indexes on both sides). */
  matched: number;
  /** …of which the predicted kind is the gold kind. */
  sameKind: number;
  /** Gold added and removed sentences, and how many of them the prediction also leaves unlinked. */
  unlinkedGold: number;
  unlinkedFound: number;
}

/** How far a prediction agrees with the gold links' kinds and with its added and removed sentences. */
export function kindAgreement(predicted: readonly AlignedPair[], gold: { pairs: Links; kinds: LinkKind[]; added: number[]; removed: number[] }): KindAgreement {
  const kindOf = (pair: AlignedPair): LinkKind | "added" | "removed" =>
    pair.old.length > 1 ? "merge" : pair.new.length > 1 ? "split" : pair.op === "moved" ? "moved" : pair.op === "equal" ? "equal" : pair.op === "changed" ? "changed" : pair.op;
  const byLink = new Map(predicted.map((pair) => [`${pair.old.join(",")}>${pair.new.join(",")}`, kindOf(pair)] as const));
  let matched = 0;
  let sameKind = 0;
  gold.pairs.forEach(([oldIndexes, newIndexes], index) => {
    const kind = byLink.get(`${oldIndexes.join(",")}>${newIndexes.join(",")}`);
    if (kind === undefined) return;
    matched += 1;
    if (kind === gold.kinds[index]) sameKind += 1;
  });
  const removedPredicted = new Set(predicted.filter((pair) => pair.op === "removed").flatMap((pair) => pair.old));
  const addedPredicted = new Set(predicted.filter((pair) => pair.op === "added").flatMap((pair) => pair.new));
  const unlinkedFound = gold.removed.filter((index) => removedPredicted.has(index)).length + gold.added.filter((index) => addedPredicted.has(index)).length;
  return { matched, sameKind, unlinkedGold: gold.removed.length + gold.added.length, unlinkedFound };
}

import type { AlignedPair } from "../model.js";

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

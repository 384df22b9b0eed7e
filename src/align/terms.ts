import { tokenize } from "../segment/tokens.js";
import { foldTypography } from "../text/fold.js";
import { americanSpelling } from "../text/spelling.js";
import { STOPWORDS } from "../text/stopwords.js";

/**
 * A crude suffix stripper, enough that "supports" meets "supporting" and "forces" meets "force";
 * alignment only needs related forms to collide, never a dictionary word back.
 */
export function stem(word: string): string {
  let w = word.replace(/['’]s$/u, "");
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("es")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w.length > 4 && w.endsWith("e") ? w.slice(0, -1) : w;
}

/** The content terms of a sentence: folded, spelled the American way, stemmed, function words out. */
export function contentTerms(sentence: string): string[] {
  const terms: string[] = [];
  for (const token of tokenize(foldTypography(sentence).toLowerCase())) {
    if (token.type === "number") terms.push(token.text.replace(/,/gu, ""));
    else if (token.type === "word" && !STOPWORDS.has(token.text)) terms.push(stem(americanSpelling(token.text)));
  }
  return terms;
}

/** Term weights for one comparison: rarer terms (in the two documents together) weigh more. */
export class TermWeights {
  private readonly documentFrequency = new Map<string, number>();
  private readonly total: number;

  constructor(sentenceTerms: readonly (readonly string[])[]) {
    for (const terms of sentenceTerms) {
      for (const term of new Set(terms)) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
    }
    this.total = Math.max(1, sentenceTerms.length);
  }

  frequency(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  weight(term: string): number {
    return Math.log(1 + this.total / Math.max(1, this.frequency(term)));
  }
}

/** A sentence's terms as a weighted set, ready for similarity. */
export interface TermVector {
  weights: Map<string, number>;
  total: number;
}

export function termVector(terms: readonly string[], weights: TermWeights): TermVector {
  const map = new Map<string, number>();
  let total = 0;
  for (const term of new Set(terms)) {
    const weight = weights.weight(term);
    map.set(term, weight);
    total += weight;
  }
  return { weights: map, total };
}

export function sharedWeight(a: TermVector, b: TermVector): number {
  const [small, large] = a.weights.size <= b.weights.size ? [a, b] : [b, a];
  let shared = 0;
  // forEach, not for…of over entries: no [term, weight] pair is built for each term (scoring two
  // unrelated 20k-word texts calls this ~50,000 times).
  small.weights.forEach((weight, term) => {
    if (large.weights.has(term)) shared += weight;
  });
  return shared;
}

/** Weighted Dice coefficient of the two term sets: 1 for the same content words, 0 for none shared. */
export function similarity(a: TermVector, b: TermVector): number {
  const denominator = a.total + b.total;
  return denominator === 0 ? 0 : (2 * sharedWeight(a, b)) / denominator;
}

/** The share of `part`'s weight found in `whole`: how much of a fragment a longer sentence covers. */
export function containment(part: TermVector, whole: TermVector): number {
  return part.total === 0 ? 0 : sharedWeight(part, whole) / part.total;
}

export function mergeVectors(a: TermVector, b: TermVector): TermVector {
  const weights = new Map(a.weights);
  for (const [term, weight] of b.weights) weights.set(term, weight);
  let total = 0;
  for (const weight of weights.values()) total += weight;
  return { weights, total };
}

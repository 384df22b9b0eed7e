import { forEachWordLike } from "../segment/tokens.js";
import { foldTypography } from "../text/fold.js";
import { memoizedPerWord } from "../text/memo.js";
import { lookupTable } from "../text/lookup.js";
import { americanSpelling } from "../text/spelling.js";
import { STOPWORDS } from "../text/stopwords.js";
import { ClassPattern } from "../text/classes.js";

// Loops over tokens, sentences and term ids index their arrays, with no for…of and no `[a, b] = [x, y]`:
// until V8 optimizes a function, each of those allocates an iterator and a result per item (see
// "Indexed loops" in docs/performance.md: the 264 real pairs allocate ~12% less).

/**
 * A crude suffix stripper, enough that "supports" meets "supporting" and "forces" meets "force";
 * alignment only needs related forms to collide, never a dictionary word back.
 */
export function stem(word: string): string {
  const once = stemOnce(withoutPossessive(word));
  // Stemmed again until it holds: "exceeding" → "exceed" → "exce", as "exceed" and "exceeded"
  // are, where one pass left "exceeding" apart from them.
  for (let w = once, next = stemOnce(w); ; w = next, next = stemOnce(w)) if (next === w) return w;
}

function stemOnce(word: string): string {
  let w = word;
  if (w.length > 5 && w.endsWith("ies")) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith("ing")) w = w.slice(0, -3);
  else if (w.length > 4 && w.endsWith("ed")) w = w.slice(0, -2);
  else if (w.length > 4 && w.endsWith("es")) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith("s") && !w.endsWith("ss")) w = w.slice(0, -1);
  return w.length > 4 && w.endsWith("e") ? w.slice(0, -1) : w;
}

function withoutPossessive(word: string): string {
  return word.endsWith("'s") || word.endsWith("’s") ? word.slice(0, -2) : word;
}

/** Distinct words remembered; see memoizedPerWord. */
const WORD_TERMS_LIMIT = 100_000;

/** A word in Latin letters with accents or ß: "josé", "straße". */
const ACCENTED_LATIN = /^(?=.*[^\x00-\x7f])[\p{Script=Latin}\p{M}'’-]+$/u;

/**
 * A Latin word without its accents, and ß as ss: "José" and "Jose", "Straße" and "Strasse" are
 * one word written two ways (classify says which way), and a sentence that only restyled them is
 * the same sentence. Other scripts keep their marks (Japanese が is not か).
 */
function plainLatin(word: string): string {
  return ACCENTED_LATIN.test(word) ? word.normalize("NFD").replace(/\p{M}/gu, "").replace(/ß/gu, "ss") : word;
}

/** Initials with full stops: "u.s." is "us" written otherwise, as "U.S." → "US" restyles one name. */
const DOTTED_INITIALS = new ClassPattern((c) => String.raw`^(?:[${c.letter}]\.)+[${c.letter}]?$`, "u");
const undotted = (word: string) => (word.includes(".") && DOTTED_INITIALS.test(word) ? word.replaceAll(".", "") : word);

/** A lower-case word's term, made once per distinct word: unaccented, spelled the American way and stemmed, or "" for a function word. */
const wordTerm = memoizedPerWord((word) => (STOPWORDS.has(word) ? "" : stem(americanSpelling(plainLatin(withoutPossessive(undotted(word)))))), WORD_TERMS_LIMIT);

/** Scale words after a number, as powers of ten: "5.9 mln" is 5,900,000. */
const SCALES = lookupTable<number>({ thousand: 3, million: 6, mln: 6, mn: 6, billion: 9, bln: 9, bn: 9, trillion: 12, tn: 12, lakh: 5, lakhs: 5, crore: 7, crores: 7 });
/**
 * From this value up a figure's term is its value to two significant digits, so that a figure and
 * its rounding meet ("5,948,000 dlrs" restated as "5.9 mln dlrs"); below it, the digits as written
 * (years, counts and small amounts differ by one unit and mean something else).
 */
const ROUNDED_FROM = 10_000;

/** A number's term, with the power of ten of a scale word after it. */
function figureTerm(digits: string, scale: number): string {
  const plain = digits.includes(",") ? digits.replace(/,/gu, "") : digits;
  if (scale === 0 && plain.length < 5) return plain;
  const value = Number(plain.replace(/^\D+/u, "").replace(/%$/u, "")) * 10 ** scale;
  if (!Number.isFinite(value) || Math.abs(value) < ROUNDED_FROM) return scale === 0 ? plain : `${plain}e${scale}`;
  return `~${value.toPrecision(2)}`;
}

/**
 * A hyphen that ties a figure to its unit or scale ("a 7,507,000-dlr charge", "a 350-mln-dlr
 * loan"): the tokenizer keeps "7,507,000-dlr" whole as a word, and so apart from "7.5 mln dlrs".
 */
const FIGURE_HYPHEN = new ClassPattern((c) => String.raw`(?<=[${c.digit}]|\b(?:thousand|million|mln|mn|billion|bln|bn|trillion|tn))-(?=[${c.letter}])`, "gu");

/** The content terms of a sentence: folded, spelled the American way, stemmed, function words out; figures by value. */
export function contentTerms(sentence: string): string[] {
  const terms: string[] = [];
  let pending: string | null = null;
  const folded = foldTypography(sentence).toLowerCase();
  forEachWordLike(folded.includes("-") ? folded.replace(FIGURE_HYPHEN.for(folded), " ") : folded, (word, isNumber) => {
    if (pending !== null) {
      const scale = isNumber ? undefined : SCALES[word];
      terms.push(figureTerm(pending, scale ?? 0));
      pending = null;
      if (scale !== undefined) return;
    }
    if (isNumber) pending = word;
    else {
      const term = wordTerm(word);
      if (term !== "") terms.push(term);
    }
  });
  if (pending !== null) terms.push(figureTerm(pending, 0));
  return terms;
}

/**
 * A sentence's distinct terms, as numbers in the order they first occur (sums over a vector run
 * in that order, so that scores do not depend on how terms were numbered), and their total weight.
 */
export interface TermVector {
  ids: Int32Array;
  total: number;
}

/**
 * The terms of one comparison, numbered, with their weights: rarer terms (in the two documents
 * together) weigh more. Vectors are arrays of term numbers rather than maps of strings: scoring
 * two unrelated 20k-word texts compares ~100,000 pairs of sentences, and a hash lookup per term
 * per comparison (and a Map per sentence) was most of the alignment's time and garbage.
 */
export class TermWeights {
  private readonly numbers = new Map<string, number>();
  private frequencies: number[] = [];
  private weights = new Float64Array(0);
  /** Scratch marks by term number, for set operations without building sets. */
  private marks: Int32Array;
  private stamp = 0;
  private readonly total: number;

  constructor(sentenceTerms: readonly (readonly string[])[]) {
    // Room for every term the sentences could number: grown by doubling instead, the marks were
    // reallocated ~5 times per small story (11 ms of self time in a profile of 1,000 pairs).
    let termCount = 0;
    for (let k = 0; k < sentenceTerms.length; k++) termCount += sentenceTerms[k]!.length;
    this.marks = new Int32Array(termCount);
    for (let k = 0; k < sentenceTerms.length; k++) {
      const terms = sentenceTerms[k]!;
      this.stamp += 1;
      for (let t = 0; t < terms.length; t++) {
        const id = this.id(terms[t]!);
        if (this.marks[id] === this.stamp) continue;
        this.marks[id] = this.stamp;
        this.frequencies[id]! += 1;
      }
    }
    this.total = Math.max(1, sentenceTerms.length);
    this.weights = new Float64Array(this.frequencies.length);
    this.frequencies.forEach((frequency, id) => (this.weights[id] = this.weightOf(frequency)));
  }

  /** How many terms have a number (one for each distinct term seen). */
  get size(): number {
    return this.frequencies.length;
  }

  private weightOf(frequency: number): number {
    return Math.log(1 + this.total / Math.max(1, frequency));
  }

  /** A term's number; a term the constructor did not see is numbered now, with frequency 0. */
  private id(term: string): number {
    let id = this.numbers.get(term);
    if (id !== undefined) return id;
    id = this.frequencies.length;
    this.numbers.set(term, id);
    this.frequencies.push(0);
    if (id >= this.marks.length) this.marks = grown(this.marks, id);
    if (this.weights.length > 0) {
      if (id >= this.weights.length) this.weights = grown(this.weights, id);
      this.weights[id] = this.weightOf(0);
    }
    return id;
  }

  /** A sentence's terms as a weighted set, ready for similarity. */
  vector(terms: readonly string[]): TermVector {
    const ids: number[] = [];
    let total = 0;
    this.stamp += 1;
    for (let t = 0; t < terms.length; t++) {
      const id = this.id(terms[t]!);
      if (this.marks[id] === this.stamp) continue;
      this.marks[id] = this.stamp;
      ids.push(id);
      total += this.weights[id]!;
    }
    return { ids: Int32Array.from(ids), total };
  }

  /** The weight of the terms `a` and `b` share, summed in the smaller one's order. */
  sharedWeight(a: TermVector, b: TermVector): number {
    const small = a.ids.length <= b.ids.length ? a.ids : b.ids;
    const large = a.ids.length <= b.ids.length ? b.ids : a.ids;
    this.stamp += 1;
    for (let k = 0; k < large.length; k++) this.marks[large[k]!] = this.stamp;
    let shared = 0;
    for (let k = 0; k < small.length; k++) if (this.marks[small[k]!] === this.stamp) shared += this.weights[small[k]!]!;
    return shared;
  }

  /** Weighted Dice coefficient of the two term sets: 1 for the same content words, 0 for none shared. */
  similarity(a: TermVector, b: TermVector): number {
    const denominator = a.total + b.total;
    return denominator === 0 ? 0 : (2 * this.sharedWeight(a, b)) / denominator;
  }

  /** The share of `part`'s weight found in `whole`: how much of a fragment a longer sentence covers. */
  containment(part: TermVector, whole: TermVector): number {
    return part.total === 0 ? 0 : this.sharedWeight(part, whole) / part.total;
  }

  /** The union of two vectors: `a`'s terms, then those of `b` that `a` lacks. */
  merge(a: TermVector, b: TermVector): TermVector {
    this.stamp += 1;
    for (const id of a.ids) this.marks[id] = this.stamp;
    const ids = [...a.ids];
    for (const id of b.ids) if (this.marks[id] !== this.stamp) ids.push(id);
    let total = 0;
    for (const id of ids) total += this.weights[id]!;
    return { ids: Int32Array.from(ids), total };
  }
}

function grown<T extends Int32Array | Float64Array>(array: T, index: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(16, (index + 1) * 2));
  bigger.set(array);
  return bigger;
}

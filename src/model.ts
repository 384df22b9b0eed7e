// The typed data that flows between the pipeline stages. Each stage is a pure function from one of
// these shapes to the next; see ARCHITECTURE.md for the glossary.
import type { LanguageSource } from "./text/language.js";

export type { LanguageSource } from "./text/language.js";

/** What a web page says of itself (its markup's metadata); every field null when the page does not say. */
export interface PageMeta {
  /** The headline: JSON-LD headline, else og:title, else the <title> without the site's name. */
  title: string | null;
  byline: string | null;
  /** The canonical URL, else the URL the page was fetched from. */
  url: string | null;
  /** As written in the page (ISO 8601), from JSON-LD, article:…_time meta or <time datetime>. */
  published: string | null;
  modified: string | null;
  /** The language the page declares (<html lang>, else Content-Language), as a canonical BCP 47 tag. */
  lang: string | null;
}

/** What `load` makes of a file: the date header, the caption written on the date line, paragraphs. */
export interface RawArticle {
  path: string;
  /** ISO date from the `date YYYY-MM-DD` header, or null when absent or not a real date. */
  date: string | null;
  /** The header line exactly as written (with its caption), or null when the file has none. */
  header: string | null;
  /** Caption text that followed the date on the header line (the Reuters layout). */
  headerCaption: string | null;
  paragraphs: string[];
  /** 1-based line in the file where each paragraph starts. */
  paragraphLines: number[];
  /** Problems worth a warning that did not stop loading (a malformed date, say). */
  warnings: string[];
  /** A web page's metadata; absent for a text file. */
  page?: PageMeta;
  /** What the loader took out with its rules before the text was read (a page's captions, share bars…). */
  removed?: Removal[];
}

/** One piece of text that normalization took out of the body, and the rule that took it. */
export interface Removal {
  rule: RuleName;
  text: string;
}

export const RULE_NAMES = [
  "caption",
  "tickers",
  "published",
  "read-more",
  "credits",
  "dateline",
  "editor-note",
  "newsletter",
  "share",
  "byline",
  "advertisement",
  "consent",
  "navigation",
] as const;
export type RuleName = (typeof RULE_NAMES)[number];

export interface Dateline {
  /** "" when the dateline names an agency alone: "(Bloomberg) --", "March 3 (UPI) --". */
  place: string;
  date: string | null;
}

export interface NormalizedArticle {
  path: string;
  date: string | null;
  dateline: Dateline | null;
  /** Body paragraphs after the removals; text inside them is exactly as written. */
  paragraphs: string[];
  /** 1-based line in the file where each body paragraph starts. */
  paragraphLines: number[];
  removed: Removal[];
  warnings: string[];
  page?: PageMeta;
}

export interface Sentence {
  text: string;
  /** Index of the body paragraph the sentence stands in. */
  paragraph: number;
  /** 1-based line of the file the sentence starts on. */
  line: number;
}

export type TokenType = "word" | "number" | "punct" | "space";

export interface Token {
  text: string;
  type: TokenType;
}

export type PairOp = "equal" | "changed" | "added" | "removed" | "moved";

/** Sentences of the two versions that belong together, by index into each side's sentences. */
export interface AlignedPair {
  op: PairOp;
  old: number[];
  new: number[];
  similarity: number;
}

export type TokenOp = "equal" | "insert" | "delete";

/** One run of the word diff over tokens, as jsdiff gives it: equal, or removed, or added tokens. */
export interface TokenPart {
  value: Token[];
  added?: boolean;
  removed?: boolean;
}

/** Both texts' tokens and the diff between them, handed from the word diff to the classifier. */
export interface TokenSides {
  old: Token[];
  new: Token[];
  /** The diff's runs before islands were merged, or null when it gave up (degraded). */
  parts: readonly TokenPart[] | null;
}

export interface DiffToken {
  op: TokenOp;
  text: string;
}

export const KINDS = [
  "quote",
  "number",
  "name",
  "wording",
  "spelling",
  "typography",
  "case",
  "punctuation",
  "whitespace",
] as const;
export type Kind = (typeof KINDS)[number];

/**
 * What gave a pair one of its kinds: the smallest spans of each side that show it ("14" → "1.4"
 * for number); null for a side that has nothing there (a word added, a sentence removed).
 */
export interface Evidence {
  kind: Kind;
  old: string | null;
  new: string | null;
}

export interface Pair extends AlignedPair {
  tokens: DiffToken[];
  kinds: Kind[];
  /** The evidence for each kind, most serious kind first; on every pair that is not equal. */
  changes?: Evidence[];
  /** True when the word diff was too costly and the pair is shown as a whole replacement. */
  degraded?: boolean;
}

export interface Side {
  path: string;
  date: string | null;
  dateline: Dateline | null;
  sentences: string[];
  /** Paragraph index of each sentence (same length as `sentences`). */
  paragraphs: number[];
  /** 1-based line of the file each sentence starts on (same length as `sentences`). */
  lines: number[];
  removed: Removal[];
  /** A web page's headline, byline, URL and times (PageMeta); all null for a text file. */
  title: string | null;
  byline: string | null;
  url: string | null;
  published: string | null;
  modified: string | null;
  /**
   * The version's language as a BCP 47 tag ("en", "de-CH", "zh"; "und" when it cannot be told):
   * it decides how figures are read ("1.200" is 1,200 in German, 1.2 in English).
   */
  lang: string;
  /** Where `lang` came from: --lang, the page's markup or headers, or the text itself. */
  langFrom: LanguageSource;
  /** For a version read from the Wayback Machine (--history URL): which capture, and how many it stands for. */
  capture?: CaptureInfo;
}

/** A version of a story as the archive holds it: a capture, and the identical ones after it folded into it. */
export interface CaptureInfo {
  /** The archive's timestamp (YYYYMMDDhhmmss), or "live" for the live page (--live). */
  timestamp: string;
  /** ISO 8601 time of the capture (null for the live page). */
  time: string | null;
  /** The capture as the archive shows it (the live page's own URL for the live page). */
  url: string;
  /** The archive's digest of the capture's bytes ("" for the live page). */
  digest: string;
  /** Captures this version stands for: its own and those after it whose article and headline are the same. */
  captures: number;
  /** ISO 8601 time of the first and the last of those captures. */
  first: string | null;
  last: string | null;
}

export interface Summary {
  equal: number;
  changed: number;
  added: number;
  removed: number;
  moved: number;
  /** Share of words kept: 2 × unchanged words / (old words + new words). */
  similarity: number;
  kinds: Partial<Record<Kind, number>>;
}

/** The whole comparison of two versions: what every renderer is a pure function of. */
export interface Comparison {
  version: 1;
  old: Side;
  new: Side;
  pairs: Pair[];
  /**
   * The two headlines as one pair (old: [0] / new: [0] name each side's title; [] a side without
   * one), diffed and classified like a body pair; null when neither side has a title.
   */
  headline: Pair | null;
  summary: Summary;
  /** True when some pair's word diff was capped (see Pair.degraded). */
  degraded?: boolean;
  warnings: string[];
}

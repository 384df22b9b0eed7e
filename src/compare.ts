import { align } from "./align/index.js";
import { classify, rebrokenKinds, type ClassifyContext, type OpenQuotes } from "./classify/index.js";
import { OpenQuoteReader } from "./classify/quotes.js";
import { nameContext } from "./classify/names.js";
import { diffWords } from "./diff/index.js";
import { parseArticle } from "./load/parse.js";
import { KINDS, type AlignedPair, type Comparison, type Kind, type NormalizedArticle, type Pair, type RawArticle, type RuleName, type Side, type Summary } from "./model.js";
import { normalize } from "./normalize/index.js";
import { segmentParagraphs, type SplitCache } from "./segment/sentences.js";
import { countWordTokens } from "./segment/tokens.js";
import { canonicalLanguage, detectLanguage, SAMPLE_LENGTH, type LanguageSource } from "./text/language.js";
import { NewsdiffError } from "./errors.js";
import { monthsAfterDayStop } from "./text/dates.js";

export interface CompareOptions {
  keep?: ReadonlySet<RuleName>;
  /** Both versions' language as a BCP 47 tag (--lang), over what a page declares and what its text says. */
  lang?: string;
}

export interface ArticleText {
  path: string;
  text: string;
}

type Language = { lang: string; langFrom: LanguageSource };

/** A version's first paragraphs, as much as the detector reads: its language shows there. */
function sampleOf(article: NormalizedArticle): string {
  let sample = "";
  for (let k = 0; k < article.paragraphs.length && sample.length < SAMPLE_LENGTH; k++) sample += `${article.paragraphs[k]}\n`;
  return sample;
}

/**
 * A sample under this many characters is a sentence or two, which trigrams read badly: "Am
 * Samstag wurde im Landtag abgestimmt." reads as Swedish, where its old version, with "Freitag",
 * reads as German. A story's two versions are in one language, so a short side that the other
 * contradicts takes the other's declared language, or what both samples read as together.
 */
const SHORT_SAMPLE_LENGTH = 400;

/** A version's language: as given, else as its page declares, else as its text reads (its sample, "" when not read). */
function languageOf(article: NormalizedArticle, given: string | undefined): Language & { sample: string } {
  if (given !== undefined) return { lang: given, langFrom: "option", sample: "" };
  if (article.page?.lang) return { lang: article.page.lang, langFrom: "page", sample: "" };
  const sample = sampleOf(article);
  return { lang: detectLanguage(sample), langFrom: "text", sample };
}

/** Both versions' languages, a short side read with the other where the two disagree (SHORT_SAMPLE_LENGTH). */
function languagesOf(oldArticle: NormalizedArticle, newArticle: NormalizedArticle, given: string | undefined): [Language, Language] {
  const read = [languageOf(oldArticle, given), languageOf(newArticle, given)] as const;
  const samples = [read[0].sample, read[1].sample] as const;
  const languages: [Language, Language] = [{ lang: read[0].lang, langFrom: read[0].langFrom }, { lang: read[1].lang, langFrom: read[1].langFrom }];
  if (languages[0].lang === languages[1].lang || (languages[0].langFrom !== "text" && languages[1].langFrom !== "text")) return languages;
  let together: string | undefined;
  return languages.map((language, side) => {
    if (language.langFrom !== "text" || samples[side]!.length >= SHORT_SAMPLE_LENGTH) return language;
    const other = languages[1 - side]!;
    if (other.langFrom !== "text") return { lang: other.lang, langFrom: "text" };
    together ??= detectLanguage(`${samples[0]}${samples[1]}`);
    return { lang: together, langFrom: "text" };
  }) as [Language, Language];
}

function side(article: NormalizedArticle, splits: Map<ReadonlySet<string>, SplitCache>, language: Language): { side: Side; warnings: string[] } {
  // Paragraphs the two versions share are split into sentences once, for each way of splitting:
  // the months after which a day's "4." ends no sentence are all a language changes of it.
  const dayMonths = monthsAfterDayStop(language.lang);
  let split = splits.get(dayMonths);
  if (split === undefined) splits.set(dayMonths, (split = new Map()));
  const { sentences, warnings } = segmentParagraphs(article.paragraphs, article.path, article.paragraphLines, split, dayMonths);
  const side: Side = {
    path: article.path,
    date: article.date,
    dateline: article.dateline,
    sentences: sentences.map((sentence) => sentence.text),
    paragraphs: sentences.map((sentence) => sentence.paragraph),
    lines: sentences.map((sentence) => sentence.line),
    removed: article.removed,
    title: article.page?.title ?? null,
    byline: article.page?.byline ?? null,
    url: article.page?.url ?? null,
    published: article.page?.published ?? null,
    modified: article.page?.modified ?? null,
    ...language,
  };
  return { side, warnings: [...article.warnings, ...warnings] };
}

/** The sentences at `indexes`, as one text (most pairs have one sentence a side). */
function joined(sentences: readonly string[], indexes: readonly number[]): string {
  return indexes.length === 1 ? sentences[indexes[0]!]! : indexes.map((index) => sentences[index]!).join(" ");
}

/**
 * Two captures of one story rarely differ by more than this in length; when a page's article is under
 * a third of the other's, the likelier story is that its article was not found (a section front, a
 * print footer, a consent wall read as the article), and a confident "everything removed" would be
 * wrong. Below SMALL_ARTICLE_WORDS on the longer side, a brief against a longer brief is nothing to warn of.
 */
const EXTRACTION_MISMATCH_RATIO = 1 / 3;
const SMALL_ARTICLE_WORDS = 60;

/** Words as the word diff counts them, in any script (a CJK sentence has many). */
function wordCount(sentences: readonly string[]): number {
  let count = 0;
  for (let k = 0; k < sentences.length; k++) count += countWordTokens(sentences[k]!);
  return count;
}

/** A warning when one web page's article is far smaller than the other's: its extraction may have failed. */
function extractionWarning(oldArticle: RawArticle, newArticle: RawArticle, oldSide: Side, newSide: Side): string | null {
  if (oldArticle.page === undefined && newArticle.page === undefined) return null;
  const [oldWords, newWords] = [wordCount(oldSide.sentences), wordCount(newSide.sentences)];
  const [smaller, larger] = oldWords <= newWords ? (["old", "new"] as const) : (["new", "old"] as const);
  const words = { old: oldWords, new: newWords };
  if (words[larger] < SMALL_ARTICLE_WORDS || words[smaller] >= words[larger] * EXTRACTION_MISMATCH_RATIO) return null;
  const path = smaller === "old" ? oldSide.path : newSide.path;
  const number = (value: number) => value.toLocaleString("en-US");
  return `the ${smaller} version's article has ${number(words[smaller])} words against ${number(words[larger])} in the ${larger}: its article may not have been found; --selector names it (${path})`;
}

/** Rounded for the JSON contract: three decimals say all a reader can use. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** The whole pipeline for two article texts: load → normalize → segment → align → diff → classify. */
export function compareTexts(oldInput: ArticleText, newInput: ArticleText, options: CompareOptions = {}): Comparison {
  return compareArticles(parseArticle(oldInput.text, oldInput.path), parseArticle(newInput.text, newInput.path), options);
}

type WordCount = { equal: number; total: number };
/** Each side's reader of the quotations its sentences leave open, where a quotation may run on from one sentence into the next. */
type OpenQuoteReaders = { old: OpenQuoteReader; new: OpenQuoteReader };

/** Where each side of a pair starts inside a quotation left open before it (classify's OpenQuotes). */
function openQuotesOf(aligned: AlignedPair, readers: OpenQuoteReaders): OpenQuotes {
  return {
    old: aligned.old.length === 0 ? null : readers.old.before(aligned.old[0]!),
    new: aligned.new.length === 0 ? null : readers.new.before(aligned.new[0]!),
  };
}

/** Diffs and classifies the texts of one aligned pair, counting its words into `words`. */
function pairOf(aligned: AlignedPair, oldSentences: readonly string[], newSentences: readonly string[], context: ClassifyContext, words: WordCount, openQuotes?: OpenQuoteReaders): Pair {
  const oldText = joined(oldSentences, aligned.old);
  const newText = joined(newSentences, aligned.new);
  const diff = diffWords(oldText, newText);
  words.equal += diff.words.equal;
  words.total += diff.words.old + diff.words.new;
  // Built key by key, in the JSON's documented order: render/json.ts writes pairs as they are.
  // Similarity starts as a double, so that V8 keeps one layout for every pair (see align/index.ts newLink).
  const pair: Pair = { op: aligned.op, old: aligned.old, new: aligned.new, similarity: Number.NaN, tokens: diff.tokens, kinds: [] };
  pair.similarity = round(aligned.similarity);
  if (aligned.op !== "equal") {
    // The word diff builds tokens whenever the texts differ. Equal texts in a pair that is not
    // equal are sentences broken otherwise (whitespace), or a sentence moved as it was (no kind).
    const found = diff.sides
      ? classify(pair, oldText, newText, diff.sides, context, openQuotes === undefined ? undefined : openQuotesOf(aligned, openQuotes))
      : aligned.old.length !== aligned.new.length || aligned.op === "changed"
        ? rebrokenKinds(aligned.old.map((index) => oldSentences[index]!), aligned.new.map((index) => newSentences[index]!))
        : { kinds: [], changes: [] };
    pair.kinds = found.kinds;
    pair.changes = found.changes;
  }
  if (diff.degraded) pair.degraded = true;
  return pair;
}

/** The headlines as one pair, or null when neither side has one. */
function headlinePair(oldTitle: string | null, newTitle: string | null, context: ClassifyContext): Pair | null {
  if (oldTitle === null && newTitle === null) return null;
  const [oldTitles, newTitles] = [oldTitle === null ? [] : [oldTitle], newTitle === null ? [] : [newTitle]];
  const op = oldTitle === null ? "added" : newTitle === null ? "removed" : oldTitle === newTitle ? "equal" : "changed";
  // Index 0 of each side's one-headline list, or none.
  const aligned: AlignedPair = { op, old: oldTitle === null ? [] : [0], new: newTitle === null ? [] : [0], similarity: 0 };
  const words: WordCount = { equal: 0, total: 0 };
  const pair = pairOf(aligned, oldTitles, newTitles, context, words);
  // Its similarity is the share of the two headlines' words kept, as the summary's is of the body's.
  pair.similarity = op === "added" || op === "removed" ? 0 : words.total === 0 ? 1 : round((2 * words.equal) / words.total);
  return pair;
}

/** The pipeline from loaded articles (a text file's or a web page's): normalize → segment → align → diff → classify. */
export function compareArticles(oldArticle: RawArticle, newArticle: RawArticle, options: CompareOptions = {}): Comparison {
  const splits = new Map<ReadonlySet<string>, SplitCache>();
  const lang = options.lang === undefined ? undefined : (canonicalLanguage(options.lang) ?? undefined);
  if (options.lang !== undefined && lang === undefined) throw new NewsdiffError(`not a BCP 47 language tag: "${options.lang}"`, undefined, "usage");
  const normalized = [normalize(oldArticle, { keep: options.keep }), normalize(newArticle, { keep: options.keep })] as const;
  const languages = languagesOf(normalized[0], normalized[1], lang);
  const [oldRead, newRead] = [side(normalized[0], splits, languages[0]), side(normalized[1], splits, languages[1])];
  const [oldSide, newSide] = [oldRead.side, newRead.side];
  const summary: Summary = { equal: 0, changed: 0, added: 0, removed: 0, moved: 0, similarity: 1, kinds: {} };
  const words: WordCount = { equal: 0, total: 0 };
  const kindCounts = new Map<Kind, number>();
  const context: ClassifyContext = { names: nameContext(oldSide.sentences, newSide.sentences), languages: { old: oldSide.lang, new: newSide.lang } };
  const openQuotes: OpenQuoteReaders = { old: new OpenQuoteReader(oldSide.sentences, oldSide.paragraphs), new: new OpenQuoteReader(newSide.sentences, newSide.paragraphs) };
  const pairs = align(oldSide.sentences, newSide.sentences).map((aligned): Pair => {
    const pair = pairOf(aligned, oldSide.sentences, newSide.sentences, context, words, openQuotes);
    summary[pair.op] += 1;
    for (let k = 0; k < pair.kinds.length; k++) kindCounts.set(pair.kinds[k]!, (kindCounts.get(pair.kinds[k]!) ?? 0) + 1);
    return pair;
  });
  for (const kind of KINDS) if (kindCounts.has(kind)) summary.kinds[kind] = kindCounts.get(kind)!;
  summary.similarity = words.total === 0 ? 1 : round((2 * words.equal) / words.total);
  const headline = headlinePair(oldSide.title, newSide.title, context);
  const mismatch = extractionWarning(oldArticle, newArticle, oldSide, newSide);
  const warnings = [...oldRead.warnings, ...newRead.warnings, ...(mismatch === null ? [] : [mismatch])];
  const comparison: Comparison = { version: 1, old: oldSide, new: newSide, pairs, headline, summary, warnings };
  if (pairs.some((pair) => pair.degraded) || headline?.degraded) comparison.degraded = true;
  return comparison;
}

import type { Dateline, RuleName } from "../model.js";
import { ClassPattern, type Classes } from "../text/classes.js";
import { AGENCY, textFurniture, type Furniture } from "../text/furniture.js";
import { cutMatches, cutWhole, keptText, type SegmentedParagraph } from "./segments.js";

/** The article while its rules run: paragraphs cut into segments, and what the rules learnt. */
export interface WorkingArticle {
  paragraphs: SegmentedParagraph[];
  dateline: Dateline | null;
  /**
   * What furniture each paragraph is, read once for the five rules that take it (cutFurniture);
   * null when no paragraph may be any (text/furniture.ts, mayHoldFurniture), undefined until read.
   */
  furniture: (Furniture | null)[] | null | undefined;
}

export interface Rule {
  name: RuleName;
  /** One line for `--help` and the README. */
  description: string;
  apply(article: WorkingArticle): void;
}

/** Captions stand before the story: only this many leading paragraphs are looked at. */
const CAPTION_LEADING_PARAGRAPHS = 3;

// A photo caption ends with the picture's credit ("… via REUTERS", "REUTERS/Name", "REUTERS/Name/File Photo"),
// and in syndicated copy with the feed's `reuters_tickers` marker. Upper-case REUTERS keeps the
// body's "(Reuters)" dateline and "told Reuters" from matching.
// Other agencies' and picture desks' credits stand in parentheses at the caption's end: "(AP
// Photo/Jane Doe)", "(AP Photo/Jane Doe, File)", "(Photo by Jane Doe/Getty Images)", "(Jane
// Doe/AFP via Getty Images)", "(Foto: dpa)".
const PHOTO_CREDIT = (c: Classes) =>
  String.raw`\bvia REUTERS|\bREUTERS\/[${c.letter}${c.mark} .'’\/-]+|\bFILE PHOTO|\((?:AP|AFP|EPA|UPI|Reuters|Bloomberg) Photos?\/[^()]*\)|\(Photos? by [^()]*\/[^()]*\)|\([^()]*\bvia Getty Images\)|\((?:Foto|Fotos|Bild|Photo|Photos)\s*:\s*[^()]{2,60}\)`;
const CAPTION = new ClassPattern((c) => String.raw`(?:${PHOTO_CREDIT(c)}|\breuters_tickers)\s*(?:reuters_tickers)?\s*$`, "u");
/** The words every picture credit in parentheses above holds one of. */
const PICTURE_CREDIT_WORD = /Photo|Foto|Bild|Getty/u;
/**
 * Whether a text holds what CAPTION or LATER_CAPTION must end with: plain searches rule out nearly
 * every paragraph before a pattern scans it, or is even built (~0.1 ms).
 */
const mayHoldCredit = (text: string) =>
  text.includes("REUTERS") || text.includes("FILE PHOTO") || text.includes("reuters_tickers") || (text.endsWith(")") && PICTURE_CREDIT_WORD.test(text));
/**
 * A caption further down the story, where a page's photo stood: only a picture's credit ends it
 * ("… REUTERS/Jane Doe/File Photo", "… via REUTERS"), never the feed's marker alone, which a
 * paragraph of the story may end with.
 */
const LATER_CAPTION = new ClassPattern((c) => String.raw`(?:${PHOTO_CREDIT(c)})\s*(?:reuters_tickers)?\s*$`, "u");
const PUBLISHED = /^This content was published on\b/iu;
/**
 * What the BBC's pages say of a picture or a video to screen readers, left in copied text, a
 * paragraph each: "Image caption, Cranes at the port…", "Media caption, …", "Media playback is
 * unsupported on your device". (Their "Image source, Getty Images" is a credit: text/furniture.ts.)
 */
const LABELLED_CAPTION = /^(?:(?:Image|Media|Video) caption,\s+\S[^]*|Media playback is (?:unsupported|not supported) on your device\.?)$/u;
/** Longer than this, a paragraph that opens like LABELLED_CAPTION is the story's. */
const LABELLED_CAPTION_LENGTH = 400;
const isLabelledCaption = (text: string) =>
  (text.startsWith("Image ") || text.startsWith("Media ") || text.startsWith("Video ")) && text.length <= LABELLED_CAPTION_LENGTH && LABELLED_CAPTION.test(text);
/**
 * A byline standing alone at the story's top: "By Jane Marlow and Tom Reed", "By JANE MARLOW,
 * Reuters". Each name two to four capitalised words (particles between them), so that "By Monday"
 * or a sentence is none.
 */
const TEXT_BYLINE = new ClassPattern((c) => {
  const { names } = bylinePieces(c);
  return String.raw`^By\s+${names}(?:\s*,\s*(?:Reuters|The Associated Press|Associated Press|AP|AFP|Bloomberg(?: News)?|CNN)${BYLINE_ROLE})?$`;
}, "u");
/** A byline's capitalised word, and its names: each two to four such words, joined by commas, "and" or "&". */
function bylinePieces(c: Classes): { word: string; names: string } {
  const word = String.raw`[${c.upper}][${c.letter}${c.mark}'’.-]*`;
  const name = String.raw`${word}(?:\s+(?:(?:de|da|van|von|der|den|di|du|al|el|bin|la|le)\s+)?${word}){1,3}`;
  return { word, names: String.raw`${name}(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)${name})*` };
}
const BYLINE_ROLE = String.raw`(?:\s+(?:staff|writers?|correspondents?))?`;
/**
 * A byline with no "By", as a paper prints a wire's story: "Zeke Miller and Lisa Mascaro, The
 * Associated Press", "Jane Marlow, USA TODAY". The names, then a comma and a news outlet: an
 * agency, or a title that ends as news outlets' do ("… News", "… Times", "… Post").
 */
const NAMED_BYLINE = new ClassPattern((c) => {
  const { word, names } = bylinePieces(c);
  const outlet = String.raw`(?:${AGENCY}|(?:The\s+)?Associated Press|USA TODAY|(?:The\s+)?(?:${word}\s+){0,3}(?:News|Times|Post|Journal|Herald|Tribune|Telegraph|Guardian|Gazette|Chronicle|Observer|Independent|Today|Network|Media))`;
  return String.raw`^${names}\s*,\s*${outlet}${BYLINE_ROLE}$`;
}, "u");
const BYLINE_OPENING = openingsOf(["By"], false);
/** As long as a byline with no "By" is tried: three names and an outlet's. */
const BYLINE_LENGTH = 160;
const PUBLISHED_OPENING = openingsOf(["This"], false);

/**
 * "SHANGHAI, Jan 11 (Reuters) -", "SORVINO, Carrada, Feb 3 (Reuters) -", "SHANGHAI (Reuters) –",
 * "Berlin (dpa) -", "Paris, 3 mars 2025 (AFP) -", "MADRID, 3 mar (EFE).-", "Rio de Janeiro (AFP) -".
 * A place in mixed case is a dateline only before a news agency's name (AGENCY), where a place in
 * capitals is one before any name, as wire copy writes it: "Apple (AAPL) - the iPhone maker …"
 * opens a sentence. A known agency alone, or after a date, is one too: "(Bloomberg) --", "March 3
 * (UPI) --" (its place is "").
 */
/** What a story's kind says in capitals before a dash, where a dateline's place would stand: no place. */
const STORY_KINDS = "EXCLUSIVE|ANALYSIS|BREAKING(?: NEWS)?|UPDATED?|FACTBOX|COLUMN|BRIEF|INSIGHT|WRAPUP|REFILE|CORRECTED|CORRECTION|RPT|OPINION|EDITORIAL|COMMENT|REVIEW|WATCH|LIVE|FILE|PHOTO|VIDEO|NOTE|EDITOR'S NOTE|EDITOR’S NOTE|SPECIAL REPORT|EXPLAINER|FEATURE|INTERVIEW|POLL|UPDATE \\d+";
const DATELINE = new ClassPattern((c) => {
  const word = String.raw`[${c.upper}][${c.letter}${c.mark}'’.\/-]*`;
  // A place's words, each capitalised but for the particles of place names (Rio de Janeiro, Frankfurt am Main).
  const mixedPlace = String.raw`${word}(?:\s+(?:(?:de|da|do|dos|das|del|la|le|les|am|an|im|upon|sur|al|el|di)\s+)?${word}){0,3}`;
  const capitalPlace = String.raw`[${c.upper}][${c.upper}${c.mark} .'’\/-]*?`;
  const region = String.raw`(?:,\s*[${c.upper}][${c.letter}${c.mark} .'’-]*?)??`;
  // Jan 11, March 4; 3 mars 2025, 3 mar, 4. März
  const date = String.raw`[${c.upper}][${c.lower}]{2,8}\.?\s+\d{1,2}|\d{1,2}\.?\s+[${c.letter}]{3,10}\.?(?:\s+\d{4})?`;
  const dated = (name: string) => String.raw`(?:,\s*(?<${name}>${date}))?\s*\(`;
  const dash = String.raw`\)\s*\.?\s*[-–—]+\s*`;
  // A newspaper's own dateline names no agency: "WASHINGTON — The Senate …", "KYIV, Ukraine — …". The
  // place in capitals, up to four words, then a dash (not a hyphen) and a sentence in mixed case (a
  // headline in capitals is none); a story's kind in capitals ("EXCLUSIVE —") is no place.
  const capitalWord = String.raw`[${c.upper}][${c.upper}${c.mark}.'’\/-]*`;
  const ownPlace = String.raw`(?!(?:${STORY_KINDS})\b)${capitalWord}(?:\s+${capitalWord}){0,3}`;
  const ownDateline = String.raw`(?<ownPlace>${ownPlace}${region})\s+(?:—|–|--)\s*(?=[“"‘']?[${c.upper}]\s?[${c.lower}])`;
  return String.raw`^(?:(?:(?<place>${capitalPlace}${region})${dated("date")}(?<agency>[${c.letter} ]{2,30})|(?<mixedPlace>${mixedPlace}${region})${dated("mixedDate")}(?<knownAgency>${AGENCY})|(?<agencyDate>${date})?\s*\((?<onlyAgency>${AGENCY}))${dash}|${ownDateline})`;
}, "u");
/**
 * Whether a paragraph holds what every DATELINE needs: an agency's parenthesis or a paper's dash
 * (—, –, --). Most paragraphs hold neither, and a search for them is cheaper than the pattern,
 * whose places and regions it tries at every length first.
 */
const mayBeDateline = (text: string) => text.includes("(") || text.includes("—") || text.includes("–") || text.includes("--");
// "read more" is the link text Reuters leaves after a sentence; only then is it boilerplate.
const READ_MORE = new ClassPattern((c) => String.raw`\s*(?<=[.!?"”’)]\s*)\bread more\b(?=\s+[${c.upper}"“‘(]|\s*$)`, "gu");
/**
 * Credits, editor's notes and syndication stamps: patterns case-insensitive over Unicode, which
 * took ~0.2 ms (credits, stamps) and ~0.7 ms (notes) to build at their first test, in every run.
 * A paragraph is tried against one only when it opens with one of its first words, which most runs
 * never meet: the check reads character codes and cuts a string only for a word that may be one.
 */
interface Openings {
  /** The first word of each opening, in lower case. */
  words: ReadonlySet<string>;
  /** Their first letters' codes, in lower case, and their lengths. */
  initials: ReadonlySet<number>;
  lengths: ReadonlySet<number>;
  /** Whether the pattern opens with a parenthesis (else it may, or not). */
  parenthesis: boolean;
}
function openingsOf(openings: readonly string[], parenthesis: boolean): Openings {
  const words = new Set(openings.map((opening) => opening.split(/[\s(]/u)[0]!.toLowerCase()));
  return { words, initials: new Set([...words].map((word) => word.charCodeAt(0))), lengths: new Set([...words].map((word) => word.length)), parenthesis };
}
const SPACE = /\s/;
const OPENING_PARENTHESIS = 40;
/** ASCII letters in lower case; `| 0x20` folds A-Z onto them. */
const isLowerAscii = (code: number) => code >= 97 && code <= 122;
/**
 * Whether a paragraph opens, after spaces and an opening parenthesis, with one of the first words
 * of `openings`. ASCII letters: the openings are English words (a long s or a Kelvin sign, which
 * the patterns' case folding takes for "s" and "k", ends the word here).
 */
function opensWith(text: string, { words, initials, lengths, parenthesis }: Openings): boolean {
  let at = 0;
  let code = text.charCodeAt(0);
  // Most paragraphs open with a letter: spaces and parentheses are looked for only when not.
  if (isLowerAscii(code | 0x20)) {
    if (parenthesis) return false;
  } else {
    while (at < text.length && SPACE.test(text[at]!)) at++;
    if (text.charCodeAt(at) === OPENING_PARENTHESIS) {
      at++;
      while (at < text.length && SPACE.test(text[at]!)) at++;
    } else if (parenthesis) return false;
    code = text.charCodeAt(at);
  }
  if (!initials.has(code | 0x20)) return false;
  let end = at + 1;
  while (end < text.length && isLowerAscii(text.charCodeAt(end) | 0x20)) end++;
  return lengths.has(end - at) && words.has(text.slice(at, end).toLowerCase());
}
interface WholeOrTrailing {
  /** A paragraph of its own. */
  whole: RegExp;
  /** A parenthesis closing a paragraph. */
  trailing: RegExp;
  openings: Openings;
}
const CREDITS_OPENINGS = ["Reporting", "Additional reporting", "Writing", "Editing", "Compiled", "Research", "Graphics", "Production"];
const CREDITS_WORDS = String.raw`(?:${CREDITS_OPENINGS.join("|")})\s+by\b`;
/**
 * Other agencies' credits at a story's end, each a paragraph of its own: Bloomberg's "--With
 * assistance from John Roe.", "To contact the reporter on this story: Jane Doe in London at …",
 * "To contact the editors responsible for this story: …", and AFP's desk codes, its writers' and
 * editors' initials ("bur-jd/jm", "sst/ach"). Updates add names to them, which read as changed
 * names. A story's "With assistance from the IMF, …" opens with no dash.
 */
const AGENCY_CREDIT_LINE = /^(?:[-–—]+\s*With assistance from\s[^]+|To contact the (?:reporters?|editors?|authors?|writers?)\b[^:]{0,80}:\s*\S[^]*|[a-z]{2,6}(?:-[a-z]{2,6})*(?:\/[a-z]{2,6})+)$/u;
/** Longer than a credit line of AGENCY_CREDIT_LINE's, a paragraph is the story's. */
const AGENCY_CREDIT_LENGTH = 400;
/** What AGENCY_CREDIT_LINE can open with, read from the first character: a dash, "To contact the ", or a code's lower-case letter. */
function mayBeAgencyCredit(text: string): boolean {
  const code = text.charCodeAt(0);
  if (code === HYPHEN || code === EN_DASH || code === EM_DASH) return true;
  return text.startsWith("To contact the ") || (isLowerAscii(code) && text.length <= AGENCY_CODES_LENGTH && text.includes("/"));
}
const HYPHEN = 0x2d;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
/** AFP's desk codes are a few initials: "burs-ser/jm/dlc" is 15 characters. */
const AGENCY_CODES_LENGTH = 40;
const CREDITS: WholeOrTrailing = {
  whole: new RegExp(String.raw`^\(?\s*${CREDITS_WORDS}[^]*$`, "iu"),
  trailing: new RegExp(String.raw`(?<=[.!?"”’])\s*\(\s*${CREDITS_WORDS}[^()]*(?:\([^()]*\)[^()]*)*\)\s*$`, "iu"),
  openings: openingsOf(CREDITS_OPENINGS, false),
};
// Exchange codes: <WSTP.S>, <INTK>, (AAPL.O); parentheses need the exchange suffix so that
// acronyms such as (LIBOR) stay in the text. The feed marker `reuters_tickers` goes too.
const TICKERS = new ClassPattern((c) => {
  const code = String.raw`[${c.upper}][${c.upper}\d]{0,7}`;
  const exchange = String.raw`\.[${c.upper}]{1,3}`;
  return String.raw`\s?<${code}(?:${exchange})?>|\s?\(${code}${exchange}(?:,\s*${code}${exchange})*\)|\s*\breuters_tickers\b`;
}, "gu");

// An editor's note on what a version changed, as wire services file one: "(Corrects sales team
// size to 500)", "(Updates with details)", "(Adds quotes, background)", "(This story corrects …)".
// No full stop before its closing parenthesis: a sentence in parentheses is no note.
const NOTE_OPENINGS = [
  "Corrects", "Correcting", "Corrected", "Updates", "Updating", "Adds", "Adding", "Recasts", "Refiles", "Repeats", "Clarifies", "Rewrites", "Writes through",
  String.raw`This (?:version of (?:the|this) )?(?:story|article) (?:corrects|was corrected|has been corrected|updates)`,
];
const NOTE_WORDS = String.raw`(?:${NOTE_OPENINGS.join("|")})\b`;
const NOTE: WholeOrTrailing = {
  whole: new RegExp(String.raw`^\(\s*${NOTE_WORDS}[^().]*\)$`, "iu"),
  trailing: new RegExp(String.raw`(?<=[.!?"”’])\s*\(\s*${NOTE_WORDS}[^().]*\)\s*$`, "iu"),
  openings: openingsOf(NOTE_OPENINGS, true),
};

/** An editor's note as a sentence of its own: "This story has been corrected to show …", "This story was updated with …". */
const CORRECTION_LINE = /^This (?:story|article|version(?: of (?:this|the) (?:story|article))?) (?:has been|was) (?:corrected|updated) (?:to|in|with)\b[^]{0,300}\.$/u;

/**
 * A wire service's version marker before a headline: "UPDATE 2-", "REFILE-", "CORRECTED-UPDATE
 * 1-", "RPT-", "WRAPUP 1-". It is renumbered or added with every version the service files, so
 * left in, each update read as a changed figure (`UPDATE 1-` → `UPDATE 2-`, number) and failed a
 * `--fail-on number` gate. Upper case, as the services write them, and right before the headline's
 * first word: a story's sentence never opens so. The story's kind ("EXCLUSIVE-", "FACTBOX-") stays:
 * it is the same in every version, and a change of it is news.
 */
const VERSION_SLUG = /^\s*(?:(?:CORRECTED|CORRECTION|REFILED?|RPT|REPEAT|RECASTS?|UPDATE ?\d{1,2}|WRAPUP ?\d{1,2})\s?[-\u2013\u2014]\s?)+(?=\S)/gu;
/** The first letters VERSION_SLUG can open with (after spaces): a test of one character rules out nearly every paragraph. */
const VERSION_SLUG_INITIALS = new Set(["C", "R", "U", "W"]);

/** The paragraph a version marker may open: a headline, which is short. */
const HEADLINE_LENGTH = 300;

/** The version marker (VERSION_SLUG) a headline's text opens with, or null: a leading paragraph's, or a page's title's. */
export function versionSlugOf(text: string): string | null {
  const first = text.trimStart()[0];
  if (first === undefined || !VERSION_SLUG_INITIALS.has(first) || text.length > HEADLINE_LENGTH) return null;
  VERSION_SLUG.lastIndex = 0;
  const match = VERSION_SLUG.exec(text);
  return match === null ? null : match[0];
}

/** Trailing credits and notes are a line or two; longer ones are neither. */
const TRAILING_TAIL = 400;
/** Trailing credits close their paragraph with ")": a test of the last characters rules out the rest. */
const closesWithParenthesis = (text: string) => text.trimEnd().endsWith(")");
/**
 * A cheap test run first: the full TICKERS pattern is slow to try at every position of a long
 * text, and even a pattern of one character class costs more than three plain searches.
 */
const mayHaveTickers = (text: string) => text.includes("<") || text.includes("(") || text.includes("reuters_tickers");

/**
 * Cuts each paragraph that `whole` matches, and what `trailing` matches at the end of the others:
 * a parenthesis closes such an end, and only the paragraph's last characters are tried first.
 * `whole` is tried only on a paragraph whose first word can open it.
 */
function cutWholeOrTrailing(article: WorkingArticle, { whole, trailing, openings }: WholeOrTrailing, rule: RuleName): void {
  const everyMatch = new RegExp(trailing.source, "giu");
  for (let index = 0; index < article.paragraphs.length; index++) {
    const paragraph = article.paragraphs[index]!;
    const text = keptText(paragraph);
    if (opensWith(text, openings) && whole.test(text.trim())) cutWhole(paragraph, rule);
    else if (closesWithParenthesis(text) && trailing.test(text.slice(-TRAILING_TAIL))) cutMatches(paragraph, everyMatch, rule);
  }
}

function keptParagraphs(article: WorkingArticle): SegmentedParagraph[] {
  return article.paragraphs.filter((paragraph) => keptText(paragraph).trim().length > 0);
}

/** Cuts each paragraph that is, whole, the given furniture (text/furniture.ts): a label, a stamp, a prompt. */
function cutFurniture(article: WorkingArticle, rule: Furniture): void {
  if (article.furniture === null) return;
  article.furniture ??= furnitureOf(article.paragraphs);
  for (let index = 0; index < article.paragraphs.length; index++) {
    if (article.furniture[index] === rule) cutWhole(article.paragraphs[index]!, rule);
  }
}

/**
 * What furniture each paragraph is, read once, when the first of the rules that take it runs (the
 * rules before it cut no paragraph whole that one of these would take).
 */
function furnitureOf(paragraphs: readonly SegmentedParagraph[]): (Furniture | null)[] {
  return paragraphs.map((paragraph) => textFurniture(keptText(paragraph).trim()));
}

/**
 * What a page says of a link to screen readers, left in its text when the text is copied or
 * extracted: "…, the Financial Times reported, opens new tab.", "(opens in a new window)", "(link
 * is external)". Reuters' pages have written ", opens new tab" after every link since 2023, so a
 * capture of then against a wire's text or an older capture differed in every linked sentence.
 * No sentence of a story says it.
 */
const LINK_CUE = /\s*(?:,\s*opens (?:in )?(?:a )?new (?:tab|window)|\(\s*(?:opens (?:in )?(?:a )?new (?:tab|window)|link is external|external link)\s*\))/giu;
/**
 * Pieces every LINK_CUE holds one of, each opening with a letter rare in prose: a search skips
 * ahead to that letter (over the real pairs' 528 texts, 0.7 ms a pass against 1.9 for "new tab",
 * "new window", "external", whose first letters are everywhere).
 */
const mayHoldLinkCue = (text: string) => text.includes("w tab") || text.includes("w window") || text.includes("xternal");

/** Rules run in this order; `--keep` skips a rule and leaves its text in the body. */
export const RULES = [
  {
    // First: a cue inside a credit or a trailer ("Our Standards: … Principles., opens new tab") hides it from the rules below.
    name: "navigation",
    description: 'what a page says of a link to screen readers, left in its text: ", opens new tab", "(opens in a new window)", "(link is external)"',
    apply(article) {
      for (let index = 0; index < article.paragraphs.length; index++) {
        const paragraph = article.paragraphs[index]!;
        if (mayHoldLinkCue(keptText(paragraph))) cutMatches(paragraph, LINK_CUE, "navigation");
      }
    },
  },
  {
    name: "published",
    description: 'syndication stamps: "This content was published on …", and a time stamp standing alone ("Updated 2 hours ago")',
    apply(article) {
      for (let index = 0; index < article.paragraphs.length; index++) {
        const paragraph = article.paragraphs[index]!;
        const text = keptText(paragraph);
        if (opensWith(text, PUBLISHED_OPENING) && PUBLISHED.test(text.trim())) cutWhole(paragraph, "published");
      }
      cutFurniture(article, "published");
    },
  },
  {
    name: "caption",
    description: "the photo caption: text after the date header, a leading paragraph ending in a photo credit, or a later one ending in a picture's credit, or labelled as one (\"Image caption, …\")",
    apply(article) {
      const paragraphs = keptParagraphs(article);
      let story = 0;
      for (; story < Math.min(paragraphs.length, CAPTION_LEADING_PARAGRAPHS); story++) {
        const text = keptText(paragraphs[story]!).trim();
        if (mayBeDateline(text) && DATELINE.test(text)) break;
        if ((mayHoldCredit(text) && CAPTION.test(text)) || isLabelledCaption(text)) cutWhole(paragraphs[story]!, "caption");
      }
      for (let index = story; index < paragraphs.length; index++) {
        const text = keptText(paragraphs[index]!).trim();
        if ((mayHoldCredit(text) && LATER_CAPTION.test(text) && !(mayBeDateline(text) && DATELINE.test(text))) || isLabelledCaption(text)) cutWhole(paragraphs[index]!, "caption");
      }
    },
  },
  {
    name: "byline",
    description: 'a byline standing alone at the story\'s top: "By Jane Marlow and Tom Reed", "By Jane Marlow, Reuters", "Jane Marlow, USA TODAY"',
    apply(article) {
      for (const paragraph of keptParagraphs(article).slice(0, CAPTION_LEADING_PARAGRAPHS)) {
        const text = keptText(paragraph).trim();
        if (opensWith(text, BYLINE_OPENING) ? TEXT_BYLINE.test(text) : text.length <= BYLINE_LENGTH && text.includes(",") && NAMED_BYLINE.test(text)) cutWhole(paragraph, "byline");
      }
    },
  },
  {
    name: "dateline",
    description: 'the opening "PLACE, Mon DD (Agency) -" of the story, or a paper\'s own "PLACE — " (kept as metadata)',
    apply(article) {
      for (const paragraph of keptParagraphs(article).slice(0, CAPTION_LEADING_PARAGRAPHS + 1)) {
        const leading = paragraph.findIndex((segment) => segment.rule === null);
        const segment = paragraph[leading]!;
        const trimmed = segment.text.trimStart();
        const match = mayBeDateline(trimmed) ? DATELINE.for(trimmed).exec(trimmed) : null;
        if (!match) continue;
        const cut = segment.text.length - trimmed.length + match[0].length;
        paragraph.splice(leading, 1, { text: segment.text.slice(0, cut), rule: "dateline" }, { text: segment.text.slice(cut), rule: null });
        const { place, mixedPlace, ownPlace, date, mixedDate, agencyDate } = match.groups!;
        article.dateline = { place: (place ?? mixedPlace ?? ownPlace ?? "").trim(), date: date ?? mixedDate ?? agencyDate ?? null };
        return;
      }
    },
  },
  {
    name: "read-more",
    description: 'the "read more" link text left after a sentence, and a link to another story standing alone ("Read more: …")',
    apply(article) {
      for (let index = 0; index < article.paragraphs.length; index++) {
        const paragraph = article.paragraphs[index]!;
        const text = keptText(paragraph);
        if (text.includes("read more")) cutMatches(paragraph, READ_MORE.for(text), "read-more");
      }
      cutFurniture(article, "read-more");
    },
  },
  {
    name: "credits",
    description: '"Reporting by …; Editing by …", as a paragraph or in parentheses at the end, a credit or copyright line standing alone ("Photo: …", "© 2026 …"), Bloomberg\'s "--With assistance from …" and "To contact the reporter …", and AFP\'s desk codes ("bur-jd/jm")',
    apply(article) {
      cutWholeOrTrailing(article, CREDITS, "credits");
      for (let index = 0; index < article.paragraphs.length; index++) {
        const paragraph = article.paragraphs[index]!;
        const text = keptText(paragraph).trim();
        if (text.length <= AGENCY_CREDIT_LENGTH && mayBeAgencyCredit(text) && AGENCY_CREDIT_LINE.test(text)) cutWhole(paragraph, "credits");
      }
      cutFurniture(article, "credits");
    },
  },
  {
    name: "editor-note",
    description: 'an editor\'s note on what a version changed: "(Corrects …)", "(Updates with …)", "(Adds …)", as a paragraph or in parentheses at the end of one, "This story has been corrected to show …", and a wire\'s version marker before the headline ("UPDATE 2-", "REFILE-", "CORRECTED-")',
    apply(article) {
      cutWholeOrTrailing(article, NOTE, "editor-note");
      for (const paragraph of keptParagraphs(article).slice(0, CAPTION_LEADING_PARAGRAPHS)) {
        if (versionSlugOf(keptText(paragraph)) !== null) cutMatches(paragraph, VERSION_SLUG, "editor-note");
      }
      // AP's, without parentheses: "This story has been corrected to show …".
      for (const paragraph of article.paragraphs) {
        const text = keptText(paragraph).trim();
        if (text.startsWith("This ") && CORRECTION_LINE.test(text)) cutWhole(paragraph, "editor-note");
      }
    },
  },
  {
    name: "tickers",
    description: "exchange codes such as <WSTP.S> or (AAPL.O), and the feed's reuters_tickers marker",
    apply(article) {
      for (let index = 0; index < article.paragraphs.length; index++) {
        const paragraph = article.paragraphs[index]!;
        const text = keptText(paragraph);
        if (mayHaveTickers(text)) cutMatches(paragraph, TICKERS.for(text), "tickers");
      }
    },
  },
  {
    name: "advertisement",
    description: 'an advertisement\'s label standing alone: "Advertisement", "Anzeige", "Story continues below"',
    apply(article) {
      cutFurniture(article, "advertisement");
    },
  },
  {
    name: "newsletter",
    description: 'a short prompt to sign up or subscribe: "Sign up for our daily briefing newsletter here."',
    apply(article) {
      cutFurniture(article, "newsletter");
    },
  },
  {
    name: "share",
    description: 'a share bar\'s or a "follow us" prompt\'s text standing alone: "Share this article", "Follow us on X @name"',
    apply(article) {
      cutFurniture(article, "share");
    },
  },
  {
    name: "consent",
    description: 'what stands for a social post or video kept from loading, and its consent prompt: "Allow Twitter content?", "Skip twitter post by …", "This content is not available due to your privacy preferences."',
    apply(article) {
      cutFurniture(article, "consent");
    },
  },
] as const satisfies readonly Rule[];

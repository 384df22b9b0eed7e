// The words of page furniture — labels, stamps, credit lines, prompts — as a reader tells them from
// the story. Shared by the page loader's rules (load/page/rules.ts, which also read the markup) and
// the text rules (normalize/rules.ts), which see text pasted or saved from a page: there a label
// is a paragraph of its own, and only a whole, short paragraph is taken.

import { ClassPattern } from "./classes.js";
import { endsLikeSentence } from "./sentence-end.js";

/** What stands over an advertisement, in the languages of the news: a reader's cue that this is not the story. */
export const AD_LABEL = /^(?:advertisement|advertising|advert|ad|sponsored(?: content| links?)?|paid (?:content|post|partner content)|promoted(?: content)?|anzeige|werbung|publicité|publicidad|pubblicità|publicidade|reklama|reclame|advertentie|annons|mainos|реклама|广告|廣告|広告|광고|(?:the )?(?:story|article|text) continues (?:below|after (?:the )?(?:ad|advertisement))(?: advertisement)?|continue reading (?:below|the main story)|scroll to continue(?: with content)?|skip advertisement|supported by)[\s:.…-]*$/iu;

/** A time stamp relative to the capture: "Updated 5 minutes ago", "2 hrs ago", "vor 3 Stunden". */
export const RELATIVE_STAMP = /^(?:(?:last )?(?:updated|posted|published|modified|aktualisiert|mis à jour|actualizado)\s*:?\s*)?(?:(?:\d+|an?|one)\s*(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|h|m|days?|weeks?)\s+ago|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen)|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?))$/iu;

/** The zones a stamp's time is given in: "Updated 3:45 p.m. ET". */
const STAMP_ZONE = String.raw`(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|IST|JST|KST|HKT|SGT|AE[SD]T)(?:[+-]\d{1,2})?`;
const STAMP_MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/**
 * A time stamp with its date or time, standing alone: "Updated 3:45 p.m. ET", "Published: Jan. 5,
 * 2025 at 10:12 AM EST", "Last modified 2025-03-04". Nothing but a date and a time after the word:
 * "Updated 12 times since March" is prose.
 */
const DATED_STAMP = new RegExp(
  String.raw`^(?:last |first )?(?:updated|posted|published|modified)(?: on| at)?\s*:?\s*(?=[^]*\d)(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:${STAMP_MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?|\d{1,2}\.?\s+${STAMP_MONTH}(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{2,4})?(?:\s*(?:,|at|\||-|–)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?(?:\s+${STAMP_ZONE})?)?\s*\.?$`,
  "iu",
);

/** The months and weekdays of a date line, in the languages of the news (full and short). */
const MONTH_AND_DAY_WORDS =
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec " +
  "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro enero febrero marzo mayo junio julio septiembre octubre noviembre diciembre " +
  "janvier février mars avril mai juin juillet août septembre octobre novembre décembre januar februar märz juni juli oktober dezember " +
  "gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre " +
  "monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun " +
  "segunda terça quarta quinta sexta feira sábado domingo lunes martes miércoles jueves viernes lundi mardi mercredi jeudi vendredi samedi dimanche " +
  "montag dienstag mittwoch donnerstag freitag samstag sonntag " +
  "januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag zondag " +
  "maj augusti måndag tisdag onsdag torsdag fredag lördag söndag marts mandag tirsdag lørdag søndag";
/** The labels a date line opens with, besides the English ones the "published" rule's opening names. */
const STAMP_LABELS = "publicado atualizado actualizado publié veröffentlicht aktualisiert stand pubblicato aggiornato gepubliceerd bijgewerkt publicerad uppdaterad publiceret opdateret publisert oppdatert date load-date";
/** Words a date line is made of besides numbers: months, weekdays, labels, time zones, a reading time's. */
const DATE_LINE_WORDS = new Set(
  (
    `${MONTH_AND_DAY_WORDS} ${STAMP_LABELS} ` +
    "posted updated published last modified first on at am pm a m p em às de del el le à mis jour um il alle op om uhr h date load kl den " +
    "read min mins minute minutes ago hour hours hr hrs day days week weeks " +
    "est edt cst cdt mst mdt pst pdt et pt ct gmt utc bst cet cest ist jst aest hkt sgt"
  ).split(" "),
);
/**
 * What a date line standing alone may open with: a month, a weekday, a label, a digit. (One that
 * opens "On", "At" is a sentence's more often than a stamp's, and is left.)
 */
const STAMP_OPENINGS = String.raw`(?:${MONTH_AND_DAY_WORDS.replaceAll(" ", "|")}|${STAMP_LABELS.replaceAll(" ", "|")}|reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd)(?![a-zà-ÿ])|\d`;
/** A year or a clock time: what makes a line of date words a time stamp ("Updated at 1:23 p.m."), not "On Monday." */
const HAS_YEAR_OR_TIME = /\b(?:19|20)\d\d\b|\b\d{1,2}[:.h]\d\d\b/u;
/**
 * A clock time or a date written in figures ("10:12", "10h12", "03.03.2026", "3/4/2026",
 * "2026-03-03"): with a year alone, a line needs a month's or a weekday's name (MONTH_AND_DAY_WORDS)
 * to be a date, since a table's header row is years alone ("1986 1985").
 */
const CLOCK_OR_NUMERIC_DATE = /\b\d{1,2}[:.h]\d\d\b|\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/u;
const MONTH_OR_DAY = new Set(MONTH_AND_DAY_WORDS.split(" "));
/** A run of figures with the marks between them (and a day's full stop after), as a date line's numbers are read. */
const FIGURE_RUN = /\d(?:[\d.:\/-]*\d)?\.?/g;
/**
 * What each figure of a date line is: a day or a count of minutes ("3", "3."), a year, a clock
 * ("10:12", "10.12"), a date in figures ("03.03.2026", "3/4/26", "2026-03-03"). A release table's
 * row ("4.2.3 April 2014") holds a version number, which is none of them.
 */
const DATE_FIGURE = /^(?:\d{1,3}\.?|(?:19|20)\d\d|\d{1,2}[:.]\d\d(?::\d\d)?|\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})$/;

/** A run of letters, for the words of a date line. */
const DATE_LINE_WORD = new ClassPattern((c) => `[${c.letter}]+`, "gu");

/**
 * A line that is only a date and time ("Posted: Fri 6:45 PM, Feb 16, 2018 | Updated: …", "October
 * 06, 2018", "segunda-feira, 22 de janeiro de 2018 às 0:13", "Stand: 03.03.2026 10:12 Uhr", "Mar 3,
 * 2026 · 5 min read"): every word a month, a weekday, a label, a time zone or a reading time's, a
 * year or a time among its numbers. A sentence that names a date has other words. Such a line is
 * renewed with every version a page is updated, and its figures would read as changed ones. Read
 * by the page's rules (load/page/rules.ts) and the text's alike.
 */
export function isWrittenDateStamp(text: string): boolean {
  // "On Monday, March 4, 2024." is a sentence; "Updated at 1:23 p.m." ends on its clock's full stop.
  if (text.length > 100 || !HAS_YEAR_OR_TIME.test(text) || (endsLikeSentence(text) && !/\b[ap]\.m\.$/iu.test(text))) return false;
  const lower = text.toLowerCase();
  const words = lower.match(DATE_LINE_WORD.for(lower)) ?? [];
  if (!words.every((word) => DATE_LINE_WORDS.has(word)) || !(CLOCK_OR_NUMERIC_DATE.test(text) || words.some((word) => MONTH_OR_DAY.has(word)))) return false;
  return (text.match(FIGURE_RUN) ?? []).every((figures) => DATE_FIGURE.test(figures));
}

/**
 * A page's reading time or a document's length standing alone, which every edit changes: "5 min
 * read", "Reading time: 4 minutes", "Lesezeit: 3 Minuten", "823 words", "Length: 1,203 words" (an
 * archive's export: Factiva, LexisNexis); and Factiva's document number ("Document
 * LBA0000020260303ek330001"), new with every version it files.
 */
const READING_TIME = /^(?:\d+\s*(?:min|mins|minutes?)\.?\s+read|(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo di lettura|leestijd)\s*:?\s*\d+\s*(?:min|mins|minutes?|minuten|minutos|minuti)\.?|(?:length\s*:\s*)?\d{1,3}(?:,\d{3})*\s+words|Document [A-Za-z0-9]{20,40})$/iu;

/** A credit line under a picture: "(Image: GETTY)", "Photo: Hau Dinh, AP", "Image credit: NASA"; a copyright line: "Copyright 2026 The Associated Press. All Rights Reserved." */
export const CREDIT_LINE = /^\(?\s*(?:(?:image|images|photo|photos|photograph|picture|pictures|credit|foto|fotos|bild|quelle|source|crédit|crédito)(?:\s+credits?)?\s*[:©]|©|copyright\s+(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b|(?:image|media|video) source\s*,\s*\S)/iu;

/**
 * "Read also" and its kin in the languages of the news: a heading over a link to another story,
 * whose headline changes as the site links another ("Lesen Sie auch: …", "Lire aussi | …").
 */
const READ_ALSO = "lesen sie (?:auch|mehr)|mehr zum thema|auch interessant|das könnte sie auch interessieren|weiterlesen|(?:à |a )?lire aussi|lire la suite|voir aussi|sur le même sujet|le(?:a|e) también|te puede interesar|le puede interesar|leer más|ver también|leggi anche|leggi di più|potrebbe interessarti|leia também|leia mais|veja também|saiba mais|lees ook|lees meer|meer over dit onderwerp|läs också|läs mer|læs også|læs mere|les også|les mer|czytaj (?:też|także|więcej)|zobacz (?:też|także)";

/** The heading of a list of other stories, standing alone: "Related Coverage", "Read more". */
const READ_MORE_LABEL = new RegExp(String.raw`^(?:read more|related(?: stories| coverage| articles| content| reading| topics)?|most viewed|most popular|trending(?: now)?|top stories|editor['’]s picks|latest news|more on (?:this|these) (?:story|topics?)|more on this|explore more on (?:this|these) topics?|recommended(?: stories| reading)?|you may also like|most read|see also|also read|${READ_ALSO})[\s:.…]*$`, "iu");
/**
 * A wire's pointer to the rest of its coverage, with the address: "Follow AP's coverage of the
 * strike at https://apnews.com/hub/strikes", "See more AP coverage at …", "Find our full coverage
 * here." A sentence of the story names no address and ends with no "here".
 */
const COVERAGE_LINK = /^(?:follow|find|see|read)\s+(?:more\s+(?:of\s+)?)?(?:AP['’]s\s+|our\s+|Reuters['’]?\s+|the\s+)?(?:full\s+|latest\s+|complete\s+|more\s+)?(?:AP\s+)?(?:coverage|stories)\b[^]{0,120}?(?:https?:\/\/\S+|\bhere)[\s.]*$/iu;

/**
 * What a story's tool bar says, a button a line when its text is copied: "Save", "Print", "Copy
 * link", "Gift this article", "Read in app", "Reuse this content", and an audio player's "Listen to
 * this article · 5:12 min" (its length changes with every edit).
 */
const TOOL_BUTTON = String.raw`save|print|e-?mail|copy link|link copied|gift (?:this )?article|read in app|comment on this story|reuse this content|add topic|listen(?: to this (?:article|story))?(?:\s*[·•|-]?\s*\d+(?::\d\d)?\s*(?:min|mins|minutes)\.?)?(?:\s+learn more)?`;

/** The networks a share bar or a "follow us" line names. */
const SOCIAL_NETWORK = "(?:facebook|twitter|x|linkedin|instagram|tiktok|youtube|threads|bluesky|whatsapp|telegram|reddit|e-?mail|google news)";
/** A share bar's or a "follow us" prompt's text, standing alone: "Share this article", "Share on Facebook", "Follow us on X @halden". */
const SHARE_LINE = new RegExp(
  String.raw`^(?:share(?: this(?: (?:article|story|page|post))?| full article)?(?: (?:on|via|by) ${SOCIAL_NETWORK})?|follow us(?: on ${SOCIAL_NETWORK}(?:(?:,|,? and|,? &) ${SOCIAL_NETWORK})*)?(?:\s*@[\w.]+)?|${TOOL_BUTTON})[\s:.!…]*$`,
  "iu",
);

/** The heading of a list of other stories: "Read more", "Related", "See also". */
export const READ_MORE_TEXT = /^(?:read more|related(?: stories| coverage| articles)?|more on this(?: story)?|recommended(?: stories)?|you may also like|most read|see also|also read)\b/iu;

/** What a newsletter or subscription prompt says. */
export const NEWSLETTER_TEXT = /\b(?:sign up|subscribe|newsletter|get (?:our|the) .{0,40} in your inbox|support (?:our|independent) journalism)\b/iu;

/**
 * Text paragraphs up to this long may be a label or prompt: "Sign up for our daily briefing
 * newsletter here." is 48 characters, a credit line with a photographer's and an agency's names
 * under 100; a paragraph of the story that starts like one ("Source: …") is most often longer.
 */
export const FURNITURE_PARAGRAPH = 160;

/** "Read more: Port fees rise across Europe": a link to another story, a headline after the heading. */
const READ_MORE_LINE = new RegExp(String.raw`^(?:read more|related(?: stories| coverage| articles)?|more on this(?: story)?|see also|also read|more|watch|listen|video|${READ_ALSO})\s*[:|–—]\s*\S[^]*$`, "iu");
/** A prompt opens with its call: "Sign up for …", "Subscribe to …", "Get our … newsletter". */
const NEWSLETTER_PROMPT = /^(?:sign up|subscribe|register|get (?:our|the)|join|click here to (?:sign up|subscribe))\b/iu;
/** …and is about a newsletter or a subscription: "Sign up for a Hulu ad-free account" is a story's sentence. */
const NEWSLETTER_WORD = /\b(?:newsletters?|subscribe|subscription|briefing)\b|^(?:sign up|subscribe|register)(?: (?:here|now|today))?[\s:.!…-]*$|^register\b[^]*\b(?:access|account)\b/iu;
/**
 * A newsletter's pitch that closes with its call as a sentence of its own: "The Reuters Daily
 * Briefing newsletter provides all the news you need to start your day. Sign up here." ("…
 * urging readers to sign up." is a story's sentence: the call there ends one.)
 */
const NEWSLETTER_PITCH = /\b(?:newsletters?|briefing)\b[^]*[.!?]\s+(?:sign up|subscribe)(?: (?:here|now|today|for free))?[.!]?$/iu;
/** Where a newsletter's promotion starts and ends in the Guardian's copied text: "Skip past newsletter promotion", "after newsletter promotion". */
const NEWSLETTER_PROMOTION_MARK = /^(?:skip past|after) newsletter promotion$/iu;
/** How a newsletter's pitch may close (NEWSLETTER_PITCH), tried on a paragraph's last characters. */
const CLOSING_CALL = /(?:sign up|subscribe)(?: (?:here|now|today|for free))?[.!]?$/i;
/** As long as CLOSING_CALL can be: "subscribe for free." */
const CLOSING_CALL_LENGTH = 20;
/** Words past which a line that ends as a sentence is prose, not a label or a credit. */
const PROSE_WORDS = 12;

/** A line of more than PROSE_WORDS words that ends as a sentence: prose, whatever it starts with. */
export function endsWithSentenceOfProse(text: string): boolean {
  return text.split(/\s+/u).length > PROSE_WORDS && endsLikeSentence(text);
}

/**
 * News agencies as their copy names them: in a dateline before a place in mixed case ("Berlin
 * (dpa) -", normalize/rules.ts) and in a story's credit line (OTHER_CREDIT_LINE).
 */
export const AGENCIES = [
  "Reuters", "AP", "AFP", "dpa", "EFE", "ANSA", "APA", "sda", "Keystone-SDA", "ATS", "KNA", "epd", "dts", "dpa-AFX", "AFX",
  "Xinhua", "Kyodo", "Yonhap", "PAP", "ANP", "Belga", "TASS", "ТАСС", "RIA", "Interfax", "Lusa", "Agência Brasil", "CTK", "ČTK", "MTI",
  "NTB", "TT", "Ritzau", "STT", "BTA", "HINA", "Tanjug", "AA", "IANS", "PTI", "Bernama", "Antara", "Europa Press", "Notimex", "Télam", "IPS",
  "Bloomberg", "UPI", "CNN",
];
/** Any one of AGENCIES, as a pattern's group. */
export const AGENCY = `(?:${AGENCIES.join("|")})`;
const AGENCY_LIST = String.raw`${AGENCY}(?:\s*(?:[/,]|\by\b|\bund\b|\bet\b|\be\b|\band\b)\s*${AGENCY})*`;
/** The words that open a credit line of another language's wire service, after its parenthesis. */
const STAFF_CREDIT_OPENINGS = "rédigé par|reportage|version française|édité par|reporte de|reportaje de|información de|editado (?:en español )?por|bericht von|berichterstattung|redigiert von|geschrieben von|reportagem|edição de|hanno collaborato|in redazione";
/** The words that say which agency a story drew on. */
const AGENCY_CREDIT_OPENINGS = "avec|con información de|con informaciones de|mit material von|com informações d[ae]|with reporting from";

/**
 * A story's credit line in other languages' copy, a paragraph of its own: the agencies it drew on
 * ("(Avec AFP)", "(sda/dpa)", "Con información de EFE.", "mit Material von dpa") or the reporters
 * and editors of a wire's service in that language ("(Rédigé par …)", "(Bericht von …; Redigiert
 * von …)", "(Reporte de …)", "(Reportagem de …)"). English's "(Reporting by …)" is the credits rule's.
 */
const OTHER_CREDIT_LINE = new RegExp(
  String.raw`^(?:\(\s*(?:(?:${AGENCY_CREDIT_OPENINGS})\s+)?${AGENCY_LIST}\s*\)|(?:${AGENCY_CREDIT_OPENINGS})\s+${AGENCY_LIST}\.?|\(\s*(?:${STAFF_CREDIT_OPENINGS})\b[^]*\))$`,
  "iu",
);

/**
 * What stands where a social post or a video was kept from loading, and its consent prompt, in a
 * page's copied text: "This content is not available due to your privacy preferences.", the BBC's
 * "Skip twitter post by …", "Allow Twitter content?", "This article contains content provided by
 * X…", "Accept and continue", "End of twitter post by …" and "The BBC is not responsible for the
 * content of external sites." A capture made with the post loaded has none of them.
 */
const EMBED_NETWORK = "(?:twitter|x|instagram|facebook|youtube|google youtube|tiktok|bluesky|threads|spotify|soundcloud|datawrapper|flourish)";
const EMBED_PLACEHOLDER = new RegExp(
  String.raw`^(?:(?:skip|end of) ${EMBED_NETWORK} (?:post|video|content)(?: by [^\n]{1,80}| \d+)?|allow ${EMBED_NETWORK} content\??|accept and continue|the bbc is not responsible for the content of external sites\.?|this (?:content|embed|video|post) (?:is not available|is unavailable|cannot be (?:displayed|shown)|is blocked)\b[^]{0,60}\b(?:privacy|cookies?|consent|region|country|location|browser)\b[^]{0,150}|this article contains content provided by ${EMBED_NETWORK}\b[^]{0,400})$`,
  "iu",
);

/**
 * A story republished from another publication says so at its end: "This article was originally
 * published on The Conversation. Read the original article.", "This article is republished from
 * The Conversation under a Creative Commons license.", "This story first appeared on …".
 */
const REPUBLISHED_LINE = /^This (?:article|story|piece|post) (?:is republished from|was (?:originally |first )?(?:published|produced) (?:on|by|in|at)|(?:originally|first) appeared (?:on|in|at))\s\S[^]*$/iu;

/** Reuters' trailers under every story: its standards, and (since 2023) the link to license it. (AP's copyright line is article text by the extraction benchmark's gold, and the same in every version.) */
const WIRE_TRAILER = /^(?:Our Standards:\s*The Thomson Reuters Trust Principles\.?|Acquire Licensing Rights)$/u;
/**
 * Who else reported a story, in a line of its own at its end: "Associated Press writer Jane Doe in
 * Oslo contributed to this report.", "John Roe contributed reporting from Halden."
 */
const CONTRIBUTED_LINE = /^[^.]{3,160}\bcontributed (?:to this (?:report|story|article)|reporting)(?: (?:from|in) [^.]{2,60})?\.$/u;

/** The rules that take furniture from text (normalize/rules.ts), by name. */
export type Furniture = "advertisement" | "published" | "read-more" | "credits" | "newsletter" | "share" | "consent";

/**
 * How the patterns above can start, case-insensitive without the u flag (no Unicode case tables to
 * build): most short paragraphs of a story (a table's "Shr 10 cts vs 20 cts", "The bank said …")
 * fail at their first characters and are never tried against the six patterns.
 */
const FURNITURE_OPENINGS = String.raw`(?:advertisement|advertising|advert|ad|sponsored|paid|promoted|anzeige|werbung|reklama|reclame|advertentie|annons|mainos|continue|scroll|updated|posted|published|modified|aktualisiert|actualizado|vor|hace|read more|related|recommended|images?|photos?|photograph|pictures?|credits?|copyright|fotos?|bild|quelle|source|sign up|subscribe|join|(?:the )?(?:story|article|text) continues|last (?:updated|posted|published|modified)|more on th(?:is|ese)|explore more|register|most read|you may also like|also read|see also|our standards|acquire licensing|length|document [a-z0-9]{20}|skip advertisement|supported by|most (?:viewed|popular)|trending|top stories|editor['’]s picks|latest news|save|print|e-?mail|copy link|link copied|gift|read in app|comment on this story|reuse this content|add topic|listen|get (?:our|the)|il y a|share|follow us|click here to|first published|skip|after newsletter|end of|allow|accept and continue|the bbc is not|this (?:content|embed|video|post|article|story|piece))(?![a-z])|publicit|publicidad|pubblicit|реклам|广告|廣告|広告|광고|crédit|mis à jour|©|(?:watch|listen|video|more)\s*:|(?:${READ_ALSO})(?![a-zà-ÿ])|(?:media|video) source|(?:follow|find|see|read)\s+(?:more\s|ap['’]s\s|our\s|reuters|the\s+(?:full|latest|complete)\s)|\((?:images?|photos?|pictures?|credits?|fotos?|bild|quelle|source)|\(\s*(?:${AGENCY_CREDIT_OPENINGS}|${STAFF_CREDIT_OPENINGS}|${AGENCY})|(?:${AGENCY_CREDIT_OPENINGS})\s|(?:an?|one|\d+)\b[^]*ago$|${STAMP_OPENINGS}`;
/**
 * A contributor's line ("Jane Marlow contributed to this report.") opens with any words: looked for
 * apart, and only in a text that holds the word. Inside MAY_HOLD_FURNITURE, its look ahead over a
 * line's first 160 characters at every line's start took two thirds of that scan's time (the real
 * pairs' 528 texts: 4.1 ms a pass, 1.4 without it, 0.7 to look for the word).
 */
const CONTRIBUTED_OPENING = String.raw`(?=[^\n]{3,160}\bcontributed (?:to this|reporting))`;
const MAY_BE_CONTRIBUTED = /contributed/i;
const MAY_BE_FURNITURE = new RegExp(`^(?:${FURNITURE_OPENINGS}|${CONTRIBUTED_OPENING})`, "i");
/** The same at the start of any line of a text: one scan of an article's paragraphs rules out most articles at once. */
const MAY_HOLD_FURNITURE = new RegExp(`^[ \t]*(?:${FURNITURE_OPENINGS.replace("[^]*ago$", "[^\\n]*ago$")})`, "im");
const MAY_HOLD_CONTRIBUTED = new RegExp(`^[ \t]*${CONTRIBUTED_OPENING}`, "im");

/**
 * Whether any of these paragraphs may be furniture: one native scan of them all for how furniture
 * opens, where trying each paragraph runs once per file, mostly in V8's interpreter (the real
 * pairs, which hold none: 0.5% more instructions that way); a newsletter's pitch shows at its end,
 * looked for only in a text that names a call at all (mayCall).
 */
export function mayHoldFurniture(paragraphs: readonly string[]): boolean {
  const text = paragraphs.join("\n");
  return MAY_HOLD_FURNITURE.test(text) || (MAY_BE_CONTRIBUTED.test(text) && MAY_HOLD_CONTRIBUTED.test(text)) || (mayCall(text) && paragraphs.some(closesWithCall));
}

/**
 * Whether a text holds CLOSING_CALL's words anywhere, in any case it is written in: searches for
 * pieces that open with a letter rare in prose ("sign up" and "subscribe" less their first
 * letters) rule out the articles that have none; over the real pairs' 528 texts 0.6 ms a pass,
 * against 0.9 for the case-insensitive pattern.
 */
const mayCall = (text: string) => text.includes("gn up") || text.includes("gn Up") || text.includes("GN UP") || text.includes("bscri") || text.includes("BSCRI");

/** Whether a paragraph ends as a newsletter's pitch can (CLOSING_CALL). */
function closesWithCall(paragraph: string): boolean {
  return CLOSING_CALL.test(paragraph.slice(-CLOSING_CALL_LENGTH));
}

/**
 * The text rules in the order they are tried, each behind the openings its patterns can have
 * (case-insensitive without the u flag, as MAY_BE_FURNITURE): a paragraph that opens like furniture
 * ("Share adjusted for the split.", one of the real pairs) is tried only against the rules it can
 * be. Tried against all of them, it compiled each of the eleven patterns on the way (~0.5 ms each
 * to machine code, ~1.5 ms when interpreted first): 17 ms for that one paragraph in a small pair's
 * run, 5 ms in a long run's.
 */
const TEXT_RULES: readonly { opening: RegExp; furniture: Furniture; test: (paragraph: string) => boolean }[] = [
  {
    opening: /^(?:ad|sponsored|paid|promoted|anzeige|werbung|publici|pubblicit|reklama|reclame|annons|mainos|реклама|广告|廣告|広告|광고|the |story|article|text|continue|scroll|skip|supported)/i,
    furniture: "advertisement",
    test: (paragraph) => AD_LABEL.test(paragraph),
  },
  {
    opening: new RegExp(String.raw`^(?:(?:last |first )?(?:updated|posted|published|modified|aktualisiert|mis à jour|actualizado)|(?:\d+|an?|one)\s*[smhdw]|(?:vor|il y a|hace)\s|length|document |${STAMP_OPENINGS})`, "i"),
    furniture: "published",
    test: (paragraph) => RELATIVE_STAMP.test(paragraph) || DATED_STAMP.test(paragraph) || isWrittenDateStamp(paragraph) || READING_TIME.test(paragraph),
  },
  {
    opening: new RegExp(String.raw`^(?:read more|related|more|most|trending|top stories|editor|latest news|explore more|recommended|you may also like|see also|also read|follow|find|see|read|watch|listen|video|${READ_ALSO})`, "i"),
    furniture: "read-more",
    // A headline ends with no full stop; a sentence of the story does.
    test: (paragraph) => (READ_MORE_LINE.test(paragraph) && !endsLikeSentence(paragraph)) || READ_MORE_LABEL.test(paragraph) || COVERAGE_LINK.test(paragraph),
  },
  {
    opening: /^Our Standards:|^Acquire Licensing|contributed |^This (?:article|story|piece|post) /,
    furniture: "credits",
    test: (paragraph) => WIRE_TRAILER.test(paragraph) || CONTRIBUTED_LINE.test(paragraph) || REPUBLISHED_LINE.test(paragraph),
  },
  {
    opening: /^\(?\s*(?:image|photo|picture|credit|foto|bild|quelle|source|crédit|©|copyright|media|video)/i,
    furniture: "credits",
    test: (paragraph) => CREDIT_LINE.test(paragraph) && !endsWithSentenceOfProse(paragraph),
  },
  {
    opening: new RegExp(`^(?:\\(|${AGENCY_CREDIT_OPENINGS})`, "i"),
    furniture: "credits",
    test: (paragraph) => OTHER_CREDIT_LINE.test(paragraph),
  },
  {
    opening: /^(?:sign up|subscribe|register|get (?:our|the)|join|click here to|skip past|after newsletter)/i,
    furniture: "newsletter",
    test: (paragraph) => (NEWSLETTER_PROMPT.test(paragraph) && NEWSLETTER_WORD.test(paragraph)) || NEWSLETTER_PROMOTION_MARK.test(paragraph),
  },
  {
    opening: CLOSING_CALL,
    furniture: "newsletter",
    test: (paragraph) => NEWSLETTER_PITCH.test(paragraph),
  },
  {
    opening: /^(?:share|follow us|save|print|e-?mail|copy|link copied|gift|read in app|comment on|reuse|add topic|listen)/i,
    furniture: "share",
    test: (paragraph) => SHARE_LINE.test(paragraph),
  },
  {
    opening: /^(?:skip|end of|allow|accept and continue|the bbc is not|this (?:content|embed|video|post|article contains))/i,
    furniture: "consent",
    test: (paragraph) => EMBED_PLACEHOLDER.test(paragraph),
  },
];

/** Lines a block of furniture may run to in text pasted from a page, a stamp or a label a line. */
const FURNITURE_LINES = 6;

/**
 * The furniture a whole paragraph of text is, by its words alone, or null. Text pasted from a page
 * keeps a block's lines without blank lines between them ("June 2, 2026 9:05 AM GMT", "3 min
 * read", "312 words"): such a paragraph is furniture when each of its lines is, all of one kind.
 * Wrapped prose has lines that are not (a line alone is tried only when the whole is none).
 */
export function textFurniture(paragraph: string): Furniture | null {
  const whole = paragraphFurniture(paragraph);
  // Wrapped prose is most often longer than such a block can be, and is not split to find so.
  if (whole !== null || paragraph.length > FURNITURE_LINES * (FURNITURE_PARAGRAPH + 1) || !paragraph.includes("\n")) return whole;
  const lines = paragraph.split("\n");
  if (lines.length > FURNITURE_LINES) return null;
  let kind: Furniture | null = null;
  for (const line of lines) {
    const furniture = paragraphFurniture(line.trim());
    if (furniture === null || (kind !== null && furniture !== kind)) return null;
    kind = furniture;
  }
  return kind;
}

/**
 * A consent prompt for an embedded post runs longer than a label ("This article contains content
 * provided by Twitter. We ask for your permission before anything is loaded, … choose ‘accept and
 * continue’.": ~300 characters); it alone is tried up to this length.
 */
const CONSENT_PROMPT_PARAGRAPH = 500;
const CONSENT_PROMPT_OPENING = /^this article contains content provided by /i;

function paragraphFurniture(paragraph: string): Furniture | null {
  if (paragraph.length > FURNITURE_PARAGRAPH) {
    return paragraph.length <= CONSENT_PROMPT_PARAGRAPH && CONSENT_PROMPT_OPENING.test(paragraph) && EMBED_PLACEHOLDER.test(paragraph) ? "consent" : null;
  }
  if (!(MAY_BE_FURNITURE.test(paragraph) || closesWithCall(paragraph))) return null;
  for (const rule of TEXT_RULES) {
    if (rule.opening.test(paragraph) && rule.test(paragraph)) return rule.furniture;
  }
  return null;
}

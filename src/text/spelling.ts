// British, Canadian and Australian spellings of a word fold to its American one, by VarCon's list
// of variants (data/spelling-variants.tsv; source, version and licence in NOTICE). Each part
// of a hyphenated or slashed compound is looked up on its own ("colour-coded" → "color-coded").
// Words the list does not name are their own spelling: "advise" and "hour" have no variant.
import { memoizedPerWord } from "./memo.js";
import { SPELLING_VARIANT_KEYS } from "./bloom.js";
import { SPELLING_VARIANTS } from "./wordlist.js";

/** Distinct words remembered; see memoizedPerWord. */
const CACHE_LIMIT = 100_000;
const COMPOUND_PARTS = /[-‐/]/u;
const POSSESSIVE = /['’]s$/u;
/** No list entry is shorter than this ("ax"/"axe" are the shortest pairs). */
const SHORTEST_VARIANT = 2;

function listed(word: string): string {
  if (word.length < SHORTEST_VARIANT) return word;
  const possessive = POSSESSIVE.exec(word);
  const stem = possessive ? word.slice(0, possessive.index) : word;
  const key = stem.replace(/’/gu, "'");
  if (!SPELLING_VARIANT_KEYS.mayContain(key)) return word;
  const american = SPELLING_VARIANTS.get(key);
  return american === undefined || american === "" ? word : american + (possessive ? possessive[0] : "");
}

function applyList(word: string): string {
  if (!COMPOUND_PARTS.test(word)) return listed(word);
  return word
    .split(/([-‐/])/u)
    .map((part, index) => (index % 2 === 0 ? listed(part) : part))
    .join("");
}

/** The American spelling of a lower-case word (the word itself when it has no variant); looked up once per distinct word. */
export const americanSpelling = memoizedPerWord(applyList, CACHE_LIMIT);

/**
 * French words whose circumflex the 1990 rectifications keep, because it tells them from another
 * word (sûr/sur, dû/du, mûr/mur, jeûne/jeune, crû/cru) or a tense from another (fût/fut).
 */
const FRENCH_CIRCUMFLEX_KEPT: ReadonlySet<string> = new Set([
  ..."sûr sûre sûrs sûres mûr mûre mûrs mûres dû crû crûe crûs crûes jeûne jeûnes".split(" "),
  ..."fût eût dût pût fît vît prît vînt tînt".split(" "),
]);

/**
 * Spanish words the RAE writes either way (its 2010 orthography dropped the accent of "sólo" and
 * of the demonstratives, and accepts both stresses of "vídeo", "período", "chófer"…), each
 * folded to one form.
 */
const SPANISH_ACCENT_VARIANTS: ReadonlyMap<string, string> = new Map(
  [
    ..."sólo éste ésta éstos éstas ése ésa ésos ésas aquél aquélla aquéllos aquéllas guión truhán".split(" "),
    ..."vídeo período chófer cóctel austríaco olimpíada policíaco reúma".split(" "),
  ].map((word) => [word, word.normalize("NFD").replace(/\u0301/gu, "").normalize("NFC")]),
);

/** Portuguese words that keep their c or p in every orthography, and would be another word without it. */
const SAID_CONSONANT = /^(?:pact|apt|rapt|capt)/u;

/**
 * Spellings a language writes two ways by rule, not word by word (a reform, a national standard):
 * a fold takes both forms of a lower-case word to one. Each rule is one that only respells: where
 * it could also join two words of different meaning, the words are listed instead.
 */
const ORTHOGRAPHIES: Readonly<Record<string, (word: string) => string>> = {
  // The 1996 reform: three like consonants where a compound meets (Schiffahrt → Schifffahrt), -zial
  // and -ziell beside -tial and -tiell (Potential → Potenzial), f beside ph in Greek loans (Geographie →
  // Geografie). ß, written ss in Switzerland, is folded for every language (sharpS below).
  de: (word) => word.replace(/([b-df-hj-np-tv-z])\1\1/gu, "$1$1").replace(/ti(?=al|ell)/gu, "zi").replace(/ph/gu, "f"),
  // The 1990 agreement and Brazil's usage: silent c and p dropped (acção → ação, óptimo → ótimo,
  // facto → fato), and ô, ê before m or n where Portugal writes ó, é (económico → econômico).
  // Not where the consonant is said and its loss makes another word (pacto/pato, apto/ato, rapto/rato, captar/catar).
  pt: (word) => (SAID_CONSONANT.test(word) ? word : word.replace(/[cp](?=[çt])/gu, "")).replace(/ô(?=[mn])/gu, "ó").replace(/ê(?=[mn])/gu, "é"),
  // The 1990 rectifications: no circumflex on i and u (connaître → connaitre, coût → cout) but where
  // it tells words apart; è in événement and règlement.
  fr: (word) => (FRENCH_CIRCUMFLEX_KEPT.has(word) ? word : word.replace(/î/gu, "i").replace(/û/gu, "u").replace(/vénement/gu, "vènement").replace(/^réglement/u, "règlement")),
  es: (word) => SPANISH_ACCENT_VARIANTS.get(word) ?? word,
  // Italian's final e is open or closed by the word (è, perché): written with the other accent, it is the same word.
  it: (word) => word.replace(/é/gu, "è"),
  // Hindi's standard (the Central Hindi Directorate's) writes a nasal vowel with the dot (anusvara)
  // where older usage has the moon (chandrabindu: गाँव → गांव), and much copy drops the dot (nukta)
  // of the sounds Hindi took from Persian (ज़्यादा → ज्यादा, फ़ैसला → फैसला). Not that of ड़ and ढ़,
  // letters of their own, nor the moon of हँस (laugh), which the dot makes हंस (swan).
  hi: (word) => {
    const composed = word.normalize("NFC").replace(/([\u0915-\u0917\u091C\u092B])\u093C/gu, "$1");
    return composed.startsWith("\u0939\u0901\u0938") ? composed : composed.replace(/\u0901/gu, "\u0902");
  },
};

/** Only German writes ß, and Swiss German writes it ss (Straße → Strasse, daß → dass): one spelling of one word, in any copy. */
const sharpS = (word: string) => word.replace(/ß/gu, "ss");

/**
 * Whether two different words are spellings of one word: in different varieties of English, with
 * and without ß, or in `language`'s two orthographies (ORTHOGRAPHIES).
 */
export function isSpellingVariant(a: string, b: string, language?: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left === right) return false;
  if (americanSpelling(left) === americanSpelling(right)) return true;
  const [foldedLeft, foldedRight] = [sharpS(left), sharpS(right)];
  if (foldedLeft === foldedRight) return true;
  const fold = language === undefined ? undefined : ORTHOGRAPHIES[language];
  return fold !== undefined && fold(foldedLeft) === fold(foldedRight);
}

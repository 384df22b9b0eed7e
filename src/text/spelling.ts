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

/** Whether two different words are spellings of one word in different varieties of English. */
export function isSpellingVariant(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left !== right && americanSpelling(left) === americanSpelling(right);
}

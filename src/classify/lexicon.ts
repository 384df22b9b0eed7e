// Word lists the classifier needs: which words state numbers or dates, and how a place name
// becomes its adjective (so that "China's" → "Chinese" is wording, not a changed name).

const NUMBER_WORDS = `zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
  sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred
  hundreds thousand thousands million millions billion billions trillion trillions dozen dozens half
  quarter first second third fourth fifth sixth seventh eighth ninth tenth twice thrice double triple
  bln mln pct`.split(/\s+/u);

const DATE_WORDS = `january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday
  sunday mon tue tues wed thu thur thurs fri sat sun`.split(/\s+/u);

const NUMERIC = new Set([...NUMBER_WORDS, ...DATE_WORDS]);

/** The longest of those words ("september", "thousands"), with a full stop after it. */
const LONGEST_NUMERIC = Math.max(...[...NUMERIC].map((word) => word.length)) + 1;

/** A word that states a quantity, an ordinal or a date ("twelve", "million", "Jan", "Friday"). */
export function isNumericWord(word: string): boolean {
  // Called for every word of every changed sentence: most words are ruled out by length alone.
  if (word.length > LONGEST_NUMERIC) return false;
  const lower = word.toLowerCase();
  return NUMERIC.has(lower.endsWith(".") ? lower.slice(0, -1) : lower);
}

const DEMONYM_SUFFIXES = ["ese", "ian", "ean", "an", "n", "i", "ish", "ic", "ern", "er", "ite", "s"];

function possessiveless(word: string): string {
  return word.replace(/['’]s?$/u, "");
}

/**
 * Whether one word is the other's derived form: a place and its adjective or people (China →
 * Chinese, Russia → Russian, Kazakhstan → Kazakh, Germany → German, Israel → Israeli), or a
 * possessive. Irregular pairs (France → French) are not known and count as changed names.
 */
export function isDerivedForm(a: string, b: string): boolean {
  const [x, y] = [possessiveless(a).toLowerCase(), possessiveless(b).toLowerCase()];
  if (x === y) return true;
  if (x.length === y.length) return false;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  if (long.endsWith("stan") && long.slice(0, -4) === short) return true;
  if (long === `${short}y`) return true;
  for (let cut = 0; cut <= 2; cut++) {
    const stem = short.slice(0, short.length - cut);
    if (stem.length < 4 || !long.startsWith(stem)) continue;
    const rest = long.slice(stem.length);
    if (DEMONYM_SUFFIXES.includes(rest)) return true;
  }
  return false;
}

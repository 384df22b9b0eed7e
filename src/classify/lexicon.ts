// How a place name becomes its adjective, so that "China's" → "Chinese" is wording, not a changed
// name. (Which words state numbers and dates is figures.ts's business.)

// No plural "s": Varga → Vargas and Kovac → Kovacs are other people, and a changed name must not
// pass as wording; Afghan → Afghans counts as a changed name instead, the safe side of the gate.
const DEMONYM_SUFFIXES = ["ese", "ian", "ean", "an", "n", "i", "ish", "ic", "ern", "er", "ite"];

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

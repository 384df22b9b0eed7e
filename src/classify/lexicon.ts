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

/**
 * Names that English copy writes in more than one romanization, one place or person each:
 * Ukraine's cities as their Ukrainian or their Russian names were romanized (AP and Reuters moved
 * to "Kyiv" in 2019), and Arabic names as agencies romanize them. "Kiev" → "Kyiv" is house style,
 * as "Sánchez" → "Sanchez" is; "Kiev" → "Kharkiv" is another city. Not renamings (Bombay →
 * Mumbai, Burma → Myanmar), which a reader may read as news.
 */
const ROMANIZATIONS: readonly (readonly string[])[] = [
  ["kyiv", "kiev"], ["kharkiv", "kharkov"], ["odesa", "odessa"], ["lviv", "lvov"], ["luhansk", "lugansk"], ["mykolaiv", "nikolaev", "nikolayev"],
  ["zaporizhzhia", "zaporizhia", "zaporozhye"], ["dnipro", "dnepr"], ["chornobyl", "chernobyl"], ["vinnytsia", "vinnitsa"], ["kherson", "herson"],
  ["gaddafi", "qaddafi", "gadhafi", "kadhafi", "qadhafi"], ["al-qaeda", "al-qaida", "al qaeda", "al qaida"], ["muhammad", "mohammed", "mohammad", "muhammed"],
  ["hezbollah", "hizbollah", "hizballah"], ["hamad", "hammad"], ["tehran", "teheran"], ["beirut", "bayrut"], ["riyadh", "riyad"],
];
const ROMANIZED = new Map<string, number>(ROMANIZATIONS.flatMap((names, group) => names.map((name) => [name, group] as const)));

/** Whether two names are one name in two romanizations (see ROMANIZATIONS), a possessive kept on both. */
export function areRomanizations(a: string, b: string): boolean {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return false;
  // Apostrophes come folded to '"' from classify's ladder.
  const [endA, endB] = [/["'’]s$/u.exec(x)?.[0] ?? "", /["'’]s$/u.exec(y)?.[0] ?? ""];
  if ((endA === "") !== (endB === "")) return false;
  const group = ROMANIZED.get(x.slice(0, x.length - endA.length));
  return group !== undefined && group === ROMANIZED.get(y.slice(0, y.length - endB.length));
}

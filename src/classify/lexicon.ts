// How a place name becomes its adjective, so that "China's" → "Chinese" is wording, not a changed
// name. (Which words state numbers and dates is figures.ts's business.)
import { lookupTable } from "../text/lookup.js";

// The endings of a place's adjective or people. Asked of a place's name only (PLACES_WITH_DEMONYMS):
// Varga → Vargas and Martin → Martini are other people, and a changed name must not pass as wording.
const DEMONYM_SUFFIXES = ["ese", "ian", "ean", "an", "n", "i", "ish", "ic", "ern", "er", "ite"];

function possessiveless(word: string): string {
  return word.replace(/['’]s?$/u, "");
}

/**
 * The places whose adjective English copy writes in their stead, one word each as it stands in a
 * name: the countries, the nations of the United Kingdom, the U.S. states and Canada's provinces,
 * the continents and a few regions, and the last word of the two-word ones (South Korea, New
 * York, Saudi Arabia). Only a place has a derived form: without the list, any name that gains a
 * demonym's ending was one (Martin → Martini, Julia → Julian, Ross → Rossi passed a name gate as
 * wording). A city's adjective (Paris → Parisian) counts as a changed name, the gate's safe side.
 */
const PLACES_WITH_DEMONYMS: ReadonlySet<string> = new Set(
  (
    "afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados belarus belgium belize benin bhutan bolivia bosnia botswana brazil britain brunei bulgaria burkina burundi cambodia cameroon canada chad chile china colombia comoros congo croatia cuba cyprus czechia denmark djibouti dominica ecuador egypt eritrea estonia eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nauru nepal netherlands nicaragua niger nigeria macedonia norway oman pakistan palau palestine panama paraguay peru philippines poland portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine uruguay uzbekistan vanuatu venezuela vietnam yemen zambia zimbabwe " +
    "england scotland wales ulster europe asia africa america arabia australasia oceania antarctica arctic scandinavia siberia caucasus balkans baltic caribbean crimea kurdistan tibet kashmir punjab bengal catalonia andalusia bavaria flanders sicily sardinia corsica normandy brittany provence lombardy tuscany quebec ontario alberta manitoba " +
    "york zealand leone lanka rica salvador timor verde sahara " +
    "alabama alaska arizona arkansas california carolina colorado connecticut dakota delaware florida hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey oklahoma oregon pennsylvania rhode tennessee texas utah vermont virginia washington wisconsin wyoming"
  ).split(" "),
);

/**
 * Whether one word is the other's derived form: a place and its adjective or people (China →
 * Chinese, Russia → Russian, Kazakhstan → Kazakh, Germany → German, Israel → Israeli), or a
 * possessive. Irregular pairs (France → French) are not known and count as changed names.
 */
export function isDerivedForm(a: string, b: string): boolean {
  const [x, y] = [possessiveless(a).toLowerCase(), possessiveless(b).toLowerCase()];
  return x === y || isDemonymOf(x, y) || isDemonymOf(y, x) || isCompoundOf(x, y) || isCompoundOf(y, x);
}

/** What a name takes after a hyphen to describe something by it: "Oslo-based", "Saudi-led", "state-owned". */
const NAME_COMPOUND_ENDINGS = /^[-‐](?:based|born|led|backed|owned|run|controlled|headquartered|made|bred|registered|listed)$/u;

/** Whether `word` is `name` in a compound that describes by it: "Oslo" → "Oslo-based" ("the company, based in Oslo" → "the Oslo-based company"). */
function isCompoundOf(name: string, word: string): boolean {
  return word.startsWith(name) && NAME_COMPOUND_ENDINGS.test(word.slice(name.length));
}

/** Whether `word` is the adjective or people of `place` (lower case, no possessive), one or many (Germany → Germans). */
function isDemonymOf(place: string, word: string): boolean {
  if (!PLACES_WITH_DEMONYMS.has(place)) return false;
  return isSingleDemonymOf(place, word) || (word.endsWith("s") && isSingleDemonymOf(place, word.slice(0, -1)));
}

function isSingleDemonymOf(place: string, word: string): boolean {
  // Kazakhstan → Kazakh, Germany → German, Sweden → Swede.
  if (place === `${word}stan` || place === `${word}y` || place === `${word}n`) return true;
  // The place less up to two letters of its end, and a demonym's ending: China → Chinese, Belgium →
  // Belgian, Texas → Texan. A one-letter ending takes the place of one letter at most: Jordan →
  // Jordi and Georgia → Georgi are names of people (Somalia → Somali goes with them, the safe side).
  for (let cut = 0; cut <= 2; cut++) {
    const stem = place.slice(0, place.length - cut);
    const ending = word.slice(stem.length);
    if (stem.length >= 4 && word.startsWith(stem) && DEMONYM_SUFFIXES.includes(ending) && (ending.length > 1 || cut <= 1)) return true;
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
  // Leaders whose names agencies romanize each their own way (Reuters' Zelenskiy, AP's Zelenskyy).
  // Named one by one: a respelled name in general is a name corrected (Dmitriy → Dmitry), which a
  // name gate must catch.
  ["zelenskiy", "zelensky", "zelenskyy", "zelenski"], ["navalny", "navalnyy"], ["yanukovych", "yanukovich"], ["lukashenko", "lukashenka"],
  ["tsikhanouskaya", "tikhanovskaya"], ["shoigu", "shoygu"], ["yulia", "yuliya"],
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

/**
 * Offices and ranks that English copy writes, capitalised, before a person's name ("Senator Tom
 * Hale", "Chairman Tom Hale", "Prime Minister Varga"): a title, which names nobody, as "Sen." is
 * (segment/abbreviations.ts TITLES). "Senator" → "Governor" before one name changes a word, not the
 * name. Lower case, singular and plural.
 */
export const OFFICES: ReadonlySet<string> = new Set(
  (
    "president presidents senator senators governor governors mayor mayors chairman chairwoman chairperson chair chancellor premier minister ministers " +
    "secretary ambassador commissioner judge judges speaker congressman congresswoman councillor councilor councilman councilwoman alderman sheriff " +
    "director spokesman spokeswoman spokesperson executive officer king queen prince princess pope cardinal bishop archbishop rabbi imam sheikh emir sultan " +
    "representative general generals colonel captain commander admiral sergeant lieutenant corporal detective inspector superintendent constable " +
    "professor doctor reverend coach manager president-elect"
  ).split(" "),
);

/** Words that make an office of the office after them: "Prime Minister", "Vice President", "Chief Executive", "Foreign Minister". */
export const OFFICE_QUALIFIERS: ReadonlySet<string> = new Set(
  (
    "prime vice chief deputy acting assistant associate executive managing first foreign finance defence defense interior health home trade economy " +
    "education justice labour labor transport energy environment agriculture police state attorney district supreme high grand lord lady major lance " +
    "staff master petty brigadier lieutenant rear"
  ).split(" "),
);

/** Offices written as their initials, lower case: never a name, wherever they stand ("the CEO" → "the chairman" changes a word). */
export const OFFICE_INITIALS: ReadonlySet<string> = new Set(["ceo", "cfo", "coo", "cto", "cio", "cmo", "mp", "mps", "mep", "meps", "msp", "vp", "pm"]);

/**
 * The U.S. states as AP style writes them short after a city ("Sacramento, Calif.", "Concord,
 * N.H."), by their names in lower case; the short forms without their full stops. "California" →
 * "Calif." is house style, as a title written short is.
 */
export const STATE_ABBREVIATIONS = lookupTable<string>({
  alabama: "ala", arizona: "ariz", arkansas: "ark", california: "calif", colorado: "colo", connecticut: "conn", delaware: "del",
  florida: "fla", georgia: "ga", illinois: "ill", indiana: "ind", kansas: "kan", kentucky: "ky", louisiana: "la", maryland: "md",
  massachusetts: "mass", michigan: "mich", minnesota: "minn", mississippi: "miss", missouri: "mo", montana: "mont", nebraska: "neb",
  nevada: "nev", "new hampshire": "nh", "new jersey": "nj", "new mexico": "nm", "new york": "ny", "north carolina": "nc",
  "north dakota": "nd", oklahoma: "okla", oregon: "ore", pennsylvania: "pa", "rhode island": "ri", "south carolina": "sc",
  "south dakota": "sd", tennessee: "tenn", vermont: "vt", virginia: "va", washington: "wash", "west virginia": "wva",
  wisconsin: "wis", wyoming: "wyo",
});

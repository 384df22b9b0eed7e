// British and American spellings of one word fold to one form (the American), by family rules with
// lists of the words each rule must leave alone. `americanSpelling` works on lower-case words.
import { memoizedPerWord } from "./memo.js";

/** Words whose spellings differ outside any family: UK → US. */
const IRREGULAR: Record<string, string> = {
  aluminium: "aluminum",
  grey: "gray",
  greys: "grays",
  tyre: "tire",
  tyres: "tires",
  kerb: "curb",
  cheque: "check",
  cheques: "checks",
  programme: "program",
  programmes: "programs",
  plough: "plow",
  mould: "mold",
  moult: "molt",
  smoulder: "smolder",
  smouldering: "smoldering",
  draught: "draft",
  sceptic: "skeptic",
  sceptical: "skeptical",
  scepticism: "skepticism",
  pyjamas: "pajamas",
  storey: "story",
  storeys: "stories",
  artefact: "artifact",
  artefacts: "artifacts",
  ageing: "aging",
  judgement: "judgment",
  judgements: "judgments",
  acknowledgement: "acknowledgment",
  enquiry: "inquiry",
  enquiries: "inquiries",
  gaol: "jail",
  aeroplane: "airplane",
  aeroplanes: "airplanes",
  jewellery: "jewelry",
  woollen: "woolen",
  moustache: "mustache",
  manoeuvre: "maneuver",
  manoeuvres: "maneuvers",
  manoeuvring: "maneuvering",
  fulfil: "fulfill",
  fulfils: "fulfills",
  fulfilment: "fulfillment",
  enrol: "enroll",
  enrols: "enrolls",
  enrolment: "enrollment",
  instalment: "installment",
  distil: "distill",
  instil: "instill",
  appal: "appall",
  skilful: "skillful",
  wilful: "willful",
  practise: "practice",
  practised: "practiced",
  practising: "practicing",
  catalogue: "catalog",
  catalogues: "catalogs",
  analogue: "analog",
  cosy: "cozy",
  axe: "ax",
  kilogramme: "kilogram",
  defence: "defense",
  defences: "defenses",
  offence: "offense",
  offences: "offenses",
  licence: "license",
  licences: "licenses",
  pretence: "pretense",
  marvellous: "marvelous",
  carburettor: "carburetor",
  whisky: "whiskey",
  odour: "odor",
  odours: "odors",
};

/** Stems that take -ise in American English too (advise, compromise, exercise…). */
const ISE_KEEPERS = new Set([
  "adv", "advert", "ar", "chast", "circumc", "compr", "comprom", "conc", "dem", "desp", "dev", "disgu",
  "enterpr", "exc", "exerc", "expert", "franch", "improv", "inc", "merchand", "prec", "prem", "prom",
  "ra", "rev", "r", "superv", "surm", "surpr", "telev", "treat", "w", "no", "pra", "po", "cru", "bru",
  "gu", "appr", "repr", "parad", "otherw", "likew", "clockw", "v", "m", "l", "p", "upr", "sunr",
  "mor", "unw", "cerat", "tort", "porpo", "valu", "anticlockw", "pap", "hoi", "turquo", "mort", "val",
]);
const ISE = /^([a-z]+?)is(e|es|ed|ing|ation|ations|er|ers|able)$/u;

const YSE_STEMS = new Set(["anal", "paral", "catal", "dial", "electrol", "hydrol", "psychoanal"]);
const YSE = /^([a-z]+?)ys(e|es|ed|ing|er|ers)$/u;

/** Words ending in -our that are not British spellings of -or words. */
const OUR_KEEPERS = new Set([
  "contour", "detour", "devour", "glamour", "paramour", "troubadour", "amour", "velour", "carrefour",
  "dour", "flour", "four", "hour", "pour", "sour", "tour", "your", "yours", "hours", "tours", "flours",
  "devours", "contours", "detours", "devoured", "toured", "poured", "soured", "flourish", "journal",
]);
const OUR = /^([a-z]{3,})our(s|ed|ing|ite|ites|able|ably|er|ers|ful|less|ism|ist|hood)?$/u;

/** Words ending consonant + -re that are not British spellings of -er words. */
const RE_KEEPERS = new Set(["ogre", "ogres", "macabre", "timbre", "cadre", "genre", "acre", "massacre", "mediocre", "lucre", "padre", "euchre", "hatred", "notre", "entre", "maitre"]);
const RE = /^([a-z]*[aeiou][a-z]*[tbg])re(s|d)?$/u;

/** Verbs stressed on the last syllable keep -ll- in American English too (compelled, controlled). */
const LL_KEEPERS = new Set([
  "compe", "expe", "prope", "repe", "dispe", "exce", "rebe", "impe", "patro", "contro", "enro",
  "insta", "disti", "fulfi", "insti", "appa", "exto",
]);
/** Compounds of words that always double (stonewalled, refilled, overspilled, enthralled). */
const LL_KEEPER_ENDINGS = ["wa", "ca", "fi", "ki", "spi", "sta", "thra", "ro", "pu", "sti", "pe", "que", "tro"];
const LL = /^([a-z]*[aeiou][a-z]*[^aeiou][eaoi]|[a-z]*[^aeiou][aeiou][eaoi])ll(ed|ing|er|ers|or|ors)$/u;

// Greek-derived "ae"/"oe" spellings: paediatric, haemorrhage, oestrogen, foetus, diarrhoea.
const DIGRAPHS: [RegExp, string][] = [
  [/^(ortho)?paed/u, "$1ped"],
  [/^encyclopaed/u, "encycloped"],
  [/^(an)?haem/u, "$1hem"],
  [/^anaem/u, "anem"],
  [/^leukaem/u, "leukem"],
  [/^oestr/u, "estr"],
  [/^oesophag/u, "esophag"],
  [/^foet/u, "fet"],
  [/^diarrhoe/u, "diarrhe"],
];

/** Distinct words remembered; see memoizedPerWord. */
const CACHE_LIMIT = 100_000;

/** The American spelling of a lower-case word (the word itself when no rule applies); rules run once per distinct word. */
export const americanSpelling = memoizedPerWord(applyRules, CACHE_LIMIT);

// Each rule's pattern is tried only on words with the letters it needs ("is", "our", "ll", …):
// a plain search rules out nearly every word, where the patterns cost a call each (a story's
// ~3,000 distinct words ran ~40,000 of them).
function applyRules(word: string): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  let match = word.includes("is") ? ISE.exec(word) : null;
  if (match && !ISE_KEEPERS.has(match[1]!) && match[1]!.length >= 3) return `${match[1]}iz${match[2]}`;
  match = word.includes("ys") ? YSE.exec(word) : null;
  if (match && YSE_STEMS.has(match[1]!)) return `${match[1]}yz${match[2]}`;
  match = word.includes("our") ? OUR.exec(word) : null;
  if (match && !OUR_KEEPERS.has(word)) return `${match[1]}or${match[2] ?? ""}`;
  match = word.includes("re") ? RE.exec(word) : null;
  if (match && !RE_KEEPERS.has(word)) return `${match[1]}er${match[2] === "d" ? "ed" : (match[2] ?? "")}`;
  match = word.includes("ll") ? LL.exec(word) : null;
  const stem = match?.[1] ?? "";
  if (match && !LL_KEEPERS.has(stem) && !LL_KEEPER_ENDINGS.some((ending) => stem.endsWith(ending))) {
    return `${stem}l${match[2]}`;
  }
  if (!word.includes("ae") && !word.includes("oe")) return word;
  for (const [pattern, replacement] of DIGRAPHS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** Whether two different words are the British and American spellings of one word. */
export function isSpellingVariant(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  return left !== right && americanSpelling(left) === americanSpelling(right);
}

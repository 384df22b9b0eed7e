// Writes src/text/alphabets.ts: the languages the detector tells apart by trigrams (franc's codes,
// by script) and the letters each writes, from CLDR's exemplar characters (the cldr-misc-full
// package, a devDependency; Unicode License, see NOTICE) and franc's trigrams. Run by hand when
// franc, CLDR or the list below changes (`node scripts/alphabets.js`, after a build);
// test/text/alphabets.test.ts fails when the file and this script's output differ.
import { readFileSync, existsSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { data } from "franc/data.js";
// CLDR's language for a franc code, as the detector names it (Malay's zlm as ms, lvs as lv…).
import { fromIso6393 } from "../dist/text/language.js";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const OUTPUT = join(ROOT, "src", "text", "alphabets.ts");

/**
 * The languages told apart by trigrams, by script: franc's languages of 8 million speakers or more
 * (those its franc-min build ranks in these four scripts), and Europe's languages of fewer that a
 * wire service writes in (Danish, Norwegian, Finnish, Slovak, Slovenian, Lithuanian, Latvian,
 * Estonian, Albanian, Macedonian), which franc-min read as Swedish, Czech, Serbian, Polish or
 * Dutch. Left out: Catalan and Galician, which take short Spanish and Portuguese sentences for
 * theirs (5 and 6 of the labelled sets' sentences); Bhojpuri, Magahi and Maithili, which took 15
 * of the 37 Hindi cases' sentences one by one (7 cases read in pairs), where Devanagari news is
 * Hindi, Marathi or Nepali; Komi-Permyak (in franc-min, a regional language of Russia), which took
 * 3 of the Ukrainian cases; Ilocano and Madurese, which took 3 of the 25 Indonesian cases'
 * sentences (Indonesian news outnumbers theirs many times over); and the rest of franc's 187,
 * fewer readers of news in them against more close neighbours to confuse.
 */
export const TRIGRAM_LANGUAGES = {
  Latin: [
    "azj", "bos", "ceb", "ces", "ckb", "deu", "eng", "fra", "fuv", "hau", "hms", "hnj", "hrv", "hun", "ibo", "ind", "ita", "jav", "kin", "lin",
    "nld", "nya", "plt", "pol", "por", "qug", "ron", "run", "som", "spa", "srp", "sun", "swe", "swh", "tgl", "tur", "uzn", "vie", "yor", "zlm", "zul", "zyb",
    "dan", "nob", "fin", "slk", "slv", "lit", "lvs", "ekk", "als",
  ],
  Cyrillic: ["azj", "bel", "bos", "bul", "kaz", "rus", "srp", "ukr", "uzn", "mkd"],
  Arabic: ["arb", "pbu", "pes", "skr", "urd", "zlm"],
  Devanagari: ["hin", "mar", "npi"],
};

/** ISO 15924 codes of the trigram scripts, for CLDR's script subtags (sr-Latn, uz-Cyrl). */
const SCRIPT_SUBTAGS = { Latin: "Latn", Cyrillic: "Cyrl", Arabic: "Arab", Devanagari: "Deva" };

/** The letters of a CLDR exemplar set ("[a b c č {dž} ...]", ranges "a-z", escapes "\-"), lower-case. */
export function exemplarLetters(set) {
  const inner = set.replace(/^\[|\]$/gu, "");
  const letters = new Set();
  const chars = [...inner.replace(/\\(.)/gu, "$1")];
  for (let k = 0; k < chars.length; k++) {
    const char = chars[k];
    if (char === "-" && k > 0 && k + 1 < chars.length && chars[k - 1] !== " " && chars[k + 1] !== " ") {
      for (let point = chars[k - 1].codePointAt(0) + 1; point < chars[k + 1].codePointAt(0); point++) letters.add(String.fromCodePoint(point));
      continue;
    }
    letters.add(char);
  }
  return [...letters].map((letter) => letter.normalize("NFC").toLowerCase()).filter((letter) => /^\p{L}$/u.test(letter));
}

function cldrExemplars(tag) {
  const require = createRequire(import.meta.url);
  let file;
  try {
    file = require.resolve(`cldr-misc-full/main/${tag}/characters.json`);
  } catch {
    return null;
  }
  if (!existsSync(file)) return null;
  const { main } = JSON.parse(readFileSync(file, "utf8"));
  return exemplarLetters(Object.values(main)[0].characters.exemplarCharacters);
}

/**
 * A language's letters in a script: those of franc's own trigrams for it, with CLDR's for the
 * language in that script, else with a-z in Latin. The trigrams fill CLDR's gaps (its Somali set
 * has no vowels) and CLDR the trigrams' (Russian's 300 trigrams have no э, ё or ф).
 */
export function alphabetOf(code, script) {
  const language = fromIso6393(code);
  const inScript = new RegExp(`^\\p{Script=${script}}$`, "u");
  const trigramLetters = [...data[script][code]].filter((char) => /^\p{L}$/u.test(char));
  for (const tag of [`${language}-${SCRIPT_SUBTAGS[script]}`, language]) {
    const letters = cldrExemplars(tag);
    // CLDR's default script for a language may be another (Central Kurdish's is Arabic): then it says nothing of this one.
    if (letters && letters.filter((letter) => inScript.test(letter)).length * 2 > letters.length) return { letters: [...new Set([...letters, ...trigramLetters])], source: tag };
  }
  const ascii = script === "Latin" ? [..."abcdefghijklmnopqrstuvwxyz"] : [];
  return { letters: [...new Set([...ascii, ...trigramLetters])], source: "franc's trigrams" };
}

export function alphabetsSource() {
  const version = JSON.parse(readFileSync(createRequire(import.meta.url).resolve("cldr-misc-full/package.json"), "utf8")).version;
  const lines = [
    `// Generated by scripts/alphabets.js from CLDR ${version} (cldr-misc-full: exemplar characters, Unicode`,
    "// License, see NOTICE) and franc's trigrams, for the languages the detector tells apart by trigrams",
    "// (scripts/alphabets.js's TRIGRAM_LANGUAGES); do not edit. Where CLDR has no data for a language in a",
    "// script, a-z stand in for it in Latin.",
    "",
    "/** The lower-case letters each language writes, by script and by franc's code: its keys are the languages franc ranks. */",
    "export const ALPHABETS: Readonly<Record<string, Readonly<Record<string, string>>>> = {",
  ];
  for (const [script, codes] of Object.entries(TRIGRAM_LANGUAGES)) {
    lines.push(`  ${script}: {`);
    for (const code of [...codes].sort()) {
      if (!data[script]?.[code]) throw new Error(`franc has no ${script} trigrams for ${code}`);
      const { letters, source } = alphabetOf(code, script);
      lines.push(`    ${code}: ${JSON.stringify(letters.sort().join(""))}, // ${source}`);
    }
    lines.push("  },");
  }
  lines.push("};", "");
  return lines.join("\n");
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(OUTPUT, alphabetsSource());

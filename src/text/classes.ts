// Unicode's character classes in two spellings: as properties (\p{L}, \p{Lu}…) and spelled out as
// ranges over the characters LATIN_TEXT admits. A pattern of Unicode properties costs ~0.1-0.8 ms to
// build (ICU works out each property's characters) and as much again to compile on first use: the
// ~30 such patterns of an English run were ~5 ms of a small pair's time. Spelled out, they cost a
// tenth of that. Nearly all English copy is Latin text; test/text/classes.test.ts holds each
// spelled-out class to its property on every character LATIN_TEXT admits.

export interface Classes {
  /** \p{L} */
  letter: string;
  /** \p{Lu} */
  upper: string;
  /** \p{Ll} */
  lower: string;
  /** \p{Lt} */
  title: string;
  /** \p{Lo} */
  otherLetter: string;
  /** \p{M} */
  mark: string;
  /** \p{N} */
  number: string;
  /** \p{Nd} */
  digit: string;
  /** \p{Sc} */
  currency: string;
  /** \p{Extended_Pictographic} */
  pictographic: string;
  /** \p{Script=Han} */
  han: string;
}

export const UNICODE_CLASSES: Classes = {
  letter: String.raw`\p{L}`,
  upper: String.raw`\p{Lu}`,
  lower: String.raw`\p{Ll}`,
  title: String.raw`\p{Lt}`,
  otherLetter: String.raw`\p{Lo}`,
  mark: String.raw`\p{M}`,
  number: String.raw`\p{N}`,
  digit: String.raw`\p{Nd}`,
  currency: String.raw`\p{Sc}`,
  pictographic: String.raw`\p{Extended_Pictographic}`,
  han: String.raw`\p{Script=Han}`,
};

/**
 * The same classes over the characters LATIN_TEXT admits (Latin letters to U+024F, general
 * punctuation, currency signs to U+20BF). There are no marks among them, nor Han characters ("" makes
 * `[]`, which matches nothing, and `[^]`, which matches anything): accents come precomposed in Latin text.
 */
export const LATIN_CLASSES: Classes = {
  letter: String.raw`A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F`,
  upper: String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100\u0102\u0104\u0106\u0108\u010A\u010C\u010E\u0110\u0112\u0114\u0116\u0118\u011A\u011C\u011E\u0120\u0122\u0124\u0126\u0128\u012A\u012C\u012E\u0130\u0132\u0134\u0136\u0139\u013B\u013D\u013F\u0141\u0143\u0145\u0147\u014A\u014C\u014E\u0150\u0152\u0154\u0156\u0158\u015A\u015C\u015E\u0160\u0162\u0164\u0166\u0168\u016A\u016C\u016E\u0170\u0172\u0174\u0176\u0178\u0179\u017B\u017D\u0181\u0182\u0184\u0186\u0187\u0189-\u018B\u018E-\u0191\u0193\u0194\u0196-\u0198\u019C\u019D\u019F\u01A0\u01A2\u01A4\u01A6\u01A7\u01A9\u01AC\u01AE\u01AF\u01B1-\u01B3\u01B5\u01B7\u01B8\u01BC\u01C4\u01C7\u01CA\u01CD\u01CF\u01D1\u01D3\u01D5\u01D7\u01D9\u01DB\u01DE\u01E0\u01E2\u01E4\u01E6\u01E8\u01EA\u01EC\u01EE\u01F1\u01F4\u01F6-\u01F8\u01FA\u01FC\u01FE\u0200\u0202\u0204\u0206\u0208\u020A\u020C\u020E\u0210\u0212\u0214\u0216\u0218\u021A\u021C\u021E\u0220\u0222\u0224\u0226\u0228\u022A\u022C\u022E\u0230\u0232\u023A\u023B\u023D\u023E\u0241\u0243-\u0246\u0248\u024A\u024C\u024E`,
  lower: String.raw`a-z\u00B5\u00DF-\u00F6\u00F8-\u00FF\u0101\u0103\u0105\u0107\u0109\u010B\u010D\u010F\u0111\u0113\u0115\u0117\u0119\u011B\u011D\u011F\u0121\u0123\u0125\u0127\u0129\u012B\u012D\u012F\u0131\u0133\u0135\u0137\u0138\u013A\u013C\u013E\u0140\u0142\u0144\u0146\u0148\u0149\u014B\u014D\u014F\u0151\u0153\u0155\u0157\u0159\u015B\u015D\u015F\u0161\u0163\u0165\u0167\u0169\u016B\u016D\u016F\u0171\u0173\u0175\u0177\u017A\u017C\u017E-\u0180\u0183\u0185\u0188\u018C\u018D\u0192\u0195\u0199-\u019B\u019E\u01A1\u01A3\u01A5\u01A8\u01AA\u01AB\u01AD\u01B0\u01B4\u01B6\u01B9\u01BA\u01BD-\u01BF\u01C6\u01C9\u01CC\u01CE\u01D0\u01D2\u01D4\u01D6\u01D8\u01DA\u01DC\u01DD\u01DF\u01E1\u01E3\u01E5\u01E7\u01E9\u01EB\u01ED\u01EF\u01F0\u01F3\u01F5\u01F9\u01FB\u01FD\u01FF\u0201\u0203\u0205\u0207\u0209\u020B\u020D\u020F\u0211\u0213\u0215\u0217\u0219\u021B\u021D\u021F\u0221\u0223\u0225\u0227\u0229\u022B\u022D\u022F\u0231\u0233-\u0239\u023C\u023F\u0240\u0242\u0247\u0249\u024B\u024D\u024F`,
  title: String.raw`\u01C5\u01C8\u01CB\u01F2`,
  otherLetter: String.raw`\u00AA\u00BA\u01BB\u01C0-\u01C3`,
  mark: "",
  number: String.raw`0-9\u00B2\u00B3\u00B9\u00BC-\u00BE`,
  digit: "0-9",
  currency: String.raw`$\u00A2-\u00A5\u20A0-\u20BF`,
  pictographic: String.raw`\u00A9\u00AE\u203C\u2049`,
  han: "",
};

/**
 * Text whose every character LATIN_CLASSES describes: nearly all English copy. U+2065 and the
 * currency signs past U+20BF are left out, being unassigned or recent (a newer Unicode could give
 * them properties an older node's does not have). No u flag: a scan of code units.
 */
export const LATIN_TEXT = /^[\u0000-\u024F\u2000-\u2064\u2066-\u206F\u20A0-\u20BF]*$/;

/**
 * Something built from Classes (a pattern, a set of them), in the spelling the text it serves
 * needs: spelled out for Latin text, Unicode's properties for the rest. Each spelling is built on
 * first use, so that an English run builds no pattern of properties at all.
 */
export class BySpelling<T> {
  #latin: T | undefined;
  #unicode: T | undefined;

  constructor(private readonly build: (classes: Classes) => T) {}

  /** What serves `text`. */
  for(text: string): T {
    if (LATIN_TEXT.test(text)) return (this.#latin ??= this.build(LATIN_CLASSES));
    return (this.#unicode ??= this.build(UNICODE_CLASSES));
  }
}

/** One pattern written over Classes; `for(text)` gives it in the spelling `text` needs (a global one keeps its lastIndex between calls, as a literal would). */
export class ClassPattern extends BySpelling<RegExp> {
  constructor(source: (classes: Classes) => string, flags: string) {
    // Folded case reaches past Latin text: under /iu, \p{Lu} matches µ (U+00B5), whose folding is Greek.
    if (flags.includes("i")) throw new Error(`a ClassPattern cannot take the i flag (${flags})`);
    super((classes) => new RegExp(source(classes), flags));
  }

  /** Whether `text` matches (for patterns without the g or y flag, whose test keeps no state). */
  test(text: string): boolean {
    return this.for(text).test(text);
  }
}

/** A letter or a digit anywhere in a text. */
export const LETTER_OR_DIGIT = new ClassPattern((c) => `[${c.letter}${c.number}]`, "u");

/** A text that starts with a capital letter. */
export const CAPITALISED = new ClassPattern((c) => `^[${c.upper}]`, "u");

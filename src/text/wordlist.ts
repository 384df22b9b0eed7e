// Word lists shipped in data/ (see NOTICE), read only when a lookup needs them and searched
// in place: a sorted list of lines is binary-searched in its own text, so a run pays for reading
// the file (~0.3 ms for 800 KB) but never for building a Set or Map of 85,000 entries (~10 ms).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/**
 * data/ from wherever this code runs: the bundle (dist/newsdiff.cjs), the unbundled build
 * (dist/text/) or the sources under test (src/text/) — one or two levels below the package.
 */
function dataFile(name: string): string {
  for (const up of ["../data/", "../../data/"]) {
    const path = fileURLToPath(new URL(up + name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error(`newsdiff's word list ${name} is missing from its package`);
}

/** A sorted list of `key` or `key<TAB>value` lines, compared by UTF-16 code unit (byte order for ASCII). */
export class SortedList {
  #text: string | undefined;

  constructor(private readonly file: string) {}

  get text(): string {
    this.#text ??= readFileSync(dataFile(this.file), "utf8");
    return this.#text;
  }

  /** The line's value (after the tab) for `key`, "" for a line without a value, or undefined when absent. */
  get(key: string): string | undefined {
    const text = this.text;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = text.lastIndexOf("\n", middle - 1) + 1;
      let end = text.indexOf("\n", start);
      if (end === -1) end = text.length;
      const tab = text.indexOf("\t", start);
      const keyEnd = tab !== -1 && tab < end ? tab : end;
      const lineKey = text.slice(start, keyEnd);
      if (lineKey === key) return keyEnd === end ? "" : text.slice(keyEnd + 1, end);
      if (lineKey < key) low = end + 1;
      else high = start;
    }
    return undefined;
  }

  has(key: string): boolean {
    return this.get(key) !== undefined;
  }
}

/** US/UK/Canadian/Australian spellings → the American one (VarCon). */
export const SPELLING_VARIANTS = new SortedList("spelling-variants.tsv");
/** Ordinary lower-case English words and their inflections (12dicts 2of12id). */
export const ENGLISH_WORDS = new SortedList("english-words.txt");

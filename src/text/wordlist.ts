// Word lists shipped in data/ (see NOTICE), read only when a lookup needs them and searched
// in place: a sorted list of lines is binary-searched in its own bytes, so a run pays for reading
// the file but never for decoding it or building a Set or Map of 85,000 entries (~10 ms).
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

let dataDirectory: string | undefined;

/**
 * A file of data/, from wherever this code runs: the bundle (dist/newsdiff.cjs), the unbundled
 * build (dist/text/) or the sources under test (src/text/) — one or two levels below the package.
 */
export function dataFile(name: string): string {
  if (dataDirectory === undefined) {
    for (const up of ["../data/", "../../data/"]) {
      const path = fileURLToPath(new URL(up, import.meta.url));
      if (existsSync(`${path}spelling-variants.bloom`)) {
        dataDirectory = path;
        break;
      }
    }
    if (dataDirectory === undefined) throw new Error(`newsdiff's word lists are missing from its package (looking for ${name})`);
  }
  return dataDirectory + name;
}

/**
 * A sorted list of `key` or `key<TAB>value` lines in UTF-8, searched as bytes: nothing is decoded
 * but the value found. Decoding the 820 KB word list took ~3 ms of a run, as much again as the
 * rest of a small diff's classifying. UTF-8's byte order is code point order, the lists' order.
 */
export class SortedList {
  #bytes: Buffer | undefined;

  constructor(private readonly file: string) {}

  get bytes(): Buffer {
    this.#bytes ??= readFileSync(dataFile(this.file));
    return this.#bytes;
  }

  /** The line's value (after the tab) for `key`, "" for a line without a value, or undefined when absent. */
  get(key: string): string | undefined {
    const bytes = this.bytes;
    const wanted = Buffer.from(key, "utf8");
    let low = 0;
    let high = bytes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const start = middle === 0 ? 0 : bytes.lastIndexOf(NEWLINE, middle - 1) + 1;
      let end = bytes.indexOf(NEWLINE, start);
      if (end === -1) end = bytes.length;
      const tab = bytes.indexOf(TAB, start);
      const keyEnd = tab !== -1 && tab < end ? tab : end;
      const order = wanted.compare(bytes, start, keyEnd);
      if (order === 0) return keyEnd === end ? "" : bytes.toString("utf8", keyEnd + 1, end);
      if (order > 0) low = end + 1;
      else high = start;
    }
    return undefined;
  }
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** US/UK/Canadian/Australian spellings → the American one (VarCon). */
export const SPELLING_VARIANTS = new SortedList("spelling-variants.tsv");

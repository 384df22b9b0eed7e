// Word lists shipped in data/ (see NOTICE), read only when a lookup needs them and searched
// in place: a sorted list of lines is binary-searched in its own bytes, so a run pays for reading
// the blocks a search visits but never for decoding the list or building a Set or Map of its
// entries (~10 ms for 85,000).
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { isAbsolute } from "node:path";
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

/** Bytes read from a list at a time: a lookup's binary search visits ~14 places in it. */
const BLOCK_SIZE = 4096;
/**
 * Past this many blocks read, the list is read whole: a run that looks up many words reads each
 * block once either way, and one read of the file is cheaper than the rest block by block.
 */
const BLOCKS_BEFORE_WHOLE = 16;
/** Bytes either side of a search's probe read to find the line around it (the lists' lines are under 50 bytes; a longer one widens the reach). */
const LINE_REACH = 128;

export interface ListReading {
  blockSize?: number;
  blocksBeforeWhole?: number;
}

/** A line of a list: bytes[start, end) of a buffer whose first byte is at `offset` in the file. */
interface Line {
  bytes: Buffer;
  start: number;
  end: number;
  offset: number;
}

/**
 * A sorted list of `key` or `key<TAB>value` lines in UTF-8, searched as bytes: nothing is decoded
 * but the value found. Decoding the 820 KB word list took ~3 ms of a run, as much again as the
 * rest of a small diff's classifying. UTF-8's byte order is code point order, the lists' order.
 *
 * The list is read a block at a time, as the search reaches it: reading the 346 KB spelling list
 * whole cost a small pair ~1.8 ms (its fresh pages), for the few words that pass its Bloom filter.
 * The file stays open until it is read whole (BLOCKS_BEFORE_WHOLE) or the process ends.
 */
export class SortedList {
  #whole: Buffer | undefined;
  #fd: number | undefined;
  #size = -1;
  readonly #blocks = new Map<number, Buffer>();
  readonly #blockSize: number;
  readonly #blocksBeforeWhole: number;

  /** `file` is a name in data/, or an absolute path. */
  constructor(
    private readonly file: string,
    reading: ListReading = {},
  ) {
    this.#blockSize = reading.blockSize ?? BLOCK_SIZE;
    this.#blocksBeforeWhole = reading.blocksBeforeWhole ?? BLOCKS_BEFORE_WHOLE;
  }

  get #path(): string {
    return isAbsolute(this.file) ? this.file : dataFile(this.file);
  }

  /** The list's size in bytes, its file opened on first use. */
  #open(): number {
    if (this.#size === -1) {
      this.#fd = openSync(this.#path, "r");
      this.#size = fstatSync(this.#fd).size;
    }
    return this.#size;
  }

  #block(index: number): Buffer {
    let block = this.#blocks.get(index);
    if (block === undefined) {
      const offset = index * this.#blockSize;
      block = Buffer.allocUnsafe(Math.min(this.#blockSize, this.#size - offset));
      let filled = 0;
      while (filled < block.length) {
        const count = readSync(this.#fd!, block, filled, block.length - filled, offset + filled);
        if (count === 0) throw new Error(`newsdiff's word list ${this.file} ended early`);
        filled += count;
      }
      this.#blocks.set(index, block);
    }
    return block;
  }

  /** The bytes [from, to) of the list: a view of one block or of the whole, or the blocks joined. */
  #range(from: number, to: number): Buffer {
    if (this.#whole === undefined && this.#blocks.size >= this.#blocksBeforeWhole) {
      this.#whole = readFileSync(this.#fd!);
      closeSync(this.#fd!);
      this.#blocks.clear();
    }
    if (this.#whole !== undefined) return this.#whole.subarray(from, to);
    const first = Math.floor(from / this.#blockSize);
    const last = Math.floor((to - 1) / this.#blockSize);
    const base = first * this.#blockSize;
    if (first === last) return this.#block(first).subarray(from - base, to - base);
    const blocks: Buffer[] = [];
    for (let index = first; index <= last; index++) blocks.push(this.#block(index));
    return Buffer.concat(blocks).subarray(from - base, to - base);
  }

  /** The line that holds byte `at`, as the search over the whole list would cut it. */
  #lineAt(at: number, size: number): Line {
    for (let reach = LINE_REACH; ; reach *= 2) {
      const offset = Math.max(0, at - reach);
      const end = Math.min(size, at + reach);
      const bytes = this.#range(offset, end);
      const newlineBefore = at === 0 ? -1 : bytes.lastIndexOf(NEWLINE, at - 1 - offset);
      if (newlineBefore === -1 && offset > 0) continue;
      const start = newlineBefore + 1;
      const newlineAfter = bytes.indexOf(NEWLINE, start);
      if (newlineAfter === -1 && end < size) continue;
      return { bytes, start, end: newlineAfter === -1 ? bytes.length : newlineAfter, offset };
    }
  }

  /** The line's value (after the tab) for `key`, "" for a line without a value, or undefined when absent. */
  get(key: string): string | undefined {
    const size = this.#open();
    const wanted = Buffer.from(key, "utf8");
    let low = 0;
    let high = size;
    while (low < high) {
      const { bytes, start, end, offset } = this.#lineAt((low + high) >>> 1, size);
      const tab = bytes.indexOf(TAB, start);
      const keyEnd = tab !== -1 && tab < end ? tab : end;
      const order = wanted.compare(bytes, start, keyEnd);
      if (order === 0) return keyEnd === end ? "" : bytes.toString("utf8", keyEnd + 1, end);
      if (order > 0) low = offset + end + 1;
      else high = offset + start;
    }
    return undefined;
  }
}

const NEWLINE = 0x0a;
const TAB = 0x09;

/** US/UK/Canadian/Australian spellings → the American one (VarCon). */
export const SPELLING_VARIANTS = new SortedList("spelling-variants.tsv");

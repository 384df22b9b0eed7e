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

/** Bytes read from a data file at a time: a lookup's binary search visits ~14 places in a list, a Bloom filter's 7-11. */
const BLOCK_SIZE = 4096;
/**
 * Past this many blocks read, the file is read whole: a run that looks up many words reads each
 * block once either way, and one read of the file is cheaper than the rest block by block.
 */
const BLOCKS_BEFORE_WHOLE = 16;
/** Bytes either side of a search's probe read to find the line around it (the lists' lines are under 50 bytes; a longer one widens the reach). */
const LINE_REACH = 128;

export interface BlockReading {
  blockSize?: number;
  blocksBeforeWhole?: number;
}

/**
 * A file of data/ read a block at a time, as lookups reach it, and whole once they have read
 * BLOCKS_BEFORE_WHOLE blocks. A run looks up a few words in most of its lists (a small pair
 * passes ~3 through the spelling list's Bloom filter; the demo pair asks the English word filter
 * once), and reading the 346 KB list or the 169 KB filter whole for them cost ~1–2 ms of fresh
 * pages each. The file stays open until it is read whole or the process ends.
 */
export class BlockFile {
  #whole: Buffer | undefined;
  #fd: number | undefined;
  #size = -1;
  readonly #blocks = new Map<number, Buffer>();
  readonly #blockSize: number;
  readonly #blocksBeforeWhole: number;

  /** `file` is a name in data/, or an absolute path. */
  constructor(
    private readonly file: string,
    reading: BlockReading = {},
  ) {
    this.#blockSize = reading.blockSize ?? BLOCK_SIZE;
    this.#blocksBeforeWhole = reading.blocksBeforeWhole ?? BLOCKS_BEFORE_WHOLE;
  }

  /** The file's size in bytes; the file is opened on first use. */
  get size(): number {
    if (this.#size === -1) {
      this.#fd = openSync(isAbsolute(this.file) ? this.file : dataFile(this.file), "r");
      this.#size = fstatSync(this.#fd).size;
    }
    return this.#size;
  }

  /** Block `index` read, unless the file has been read whole (or is read whole now, having read enough blocks). */
  #reach(index: number): void {
    if (this.#whole !== undefined || this.#blocks.has(index)) return;
    const size = this.size;
    if (this.#blocks.size >= this.#blocksBeforeWhole) {
      // Positional reads left the file's offset at 0: this reads it from its start.
      this.#whole = readFileSync(this.#fd!);
      closeSync(this.#fd!);
      this.#blocks.clear();
      return;
    }
    const offset = index * this.#blockSize;
    const block = Buffer.allocUnsafe(Math.min(this.#blockSize, size - offset));
    let filled = 0;
    while (filled < block.length) {
      const count = readSync(this.#fd!, block, filled, block.length - filled, offset + filled);
      if (count === 0) throw new Error(`newsdiff's data file ${this.file} ended early`);
      filled += count;
    }
    this.#blocks.set(index, block);
  }

  /** The byte at `offset`. */
  byteAt(offset: number): number {
    const index = Math.floor(offset / this.#blockSize);
    this.#reach(index);
    return this.#whole !== undefined ? this.#whole[offset]! : this.#blocks.get(index)![offset - index * this.#blockSize]!;
  }

  /** The bytes [from, to): a view of one block or of the whole file, or the blocks joined. */
  range(from: number, to: number): Buffer {
    const first = Math.floor(from / this.#blockSize);
    const last = Math.floor((to - 1) / this.#blockSize);
    for (let index = first; index <= last; index++) this.#reach(index);
    if (this.#whole !== undefined) return this.#whole.subarray(from, to);
    const base = first * this.#blockSize;
    if (first === last) return this.#blocks.get(first)!.subarray(from - base, to - base);
    const blocks: Buffer[] = [];
    for (let index = first; index <= last; index++) blocks.push(this.#blocks.get(index)!);
    return Buffer.concat(blocks).subarray(from - base, to - base);
  }
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
 * The list is read by blocks as its searches reach them (BlockFile).
 */
export class SortedList {
  readonly #file: BlockFile;

  /** `file` is a name in data/, or an absolute path. */
  constructor(file: string, reading: BlockReading = {}) {
    this.#file = new BlockFile(file, reading);
  }

  /** The line that holds byte `at`, as a search over the whole list would cut it. */
  #lineAt(at: number, size: number): Line {
    for (let reach = LINE_REACH; ; reach *= 2) {
      const offset = Math.max(0, at - reach);
      const end = Math.min(size, at + reach);
      const bytes = this.#file.range(offset, end);
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
    const size = this.#file.size;
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

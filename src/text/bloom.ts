// Bloom filters over the word lists' keys, made by scripts/wordlists.js with buildBloomFilter:
// "no" is certain, "maybe" is wrong for a small share of other words. They spare nearly every run
// the reading and searching of the lists themselves.
import { BlockFile, type BlockReading } from "./wordlist.js";

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** MurmurHash3's finaliser: spreads the bits of a hash, for the probes' stride. */
function mix(value: number): number {
  let hash = value;
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  hash ^= hash >>> 16;
  return hash >>> 0;
}

/** The bits a key sets, and a lookup tests: double hashing, one FNV-1a hash and its mix as the stride. */
function probe(key: string, bits: number, probes: number, visit: (bit: number) => boolean): boolean {
  const a = fnv1a(key);
  const b = mix(a) | 1;
  for (let k = 0; k < probes; k++) if (!visit(((a + Math.imul(k, b)) >>> 0) % bits)) return false;
  return true;
}

/**
 * The filter file for `keys`: its size in bits and its probes (bits × ln 2) in two 32-bit words,
 * then the bits. Used by scripts/wordlists.js, so that making and reading hash alike.
 */
export function buildBloomFilter(keys: readonly string[], bitsPerKey: number): Buffer {
  const probes = Math.round(bitsPerKey * Math.LN2);
  const bits = Math.ceil((keys.length * bitsPerKey) / 8) * 8;
  const filter = Buffer.alloc(8 + bits / 8);
  filter.writeUInt32LE(bits, 0);
  filter.writeUInt32LE(probes, 4);
  for (const key of keys) {
    probe(key, bits, probes, (bit) => {
      filter[8 + (bit >>> 3)]! |= 1 << (bit & 7);
      return true;
    });
  }
  return filter;
}

/** A filter in a file of data/, read by blocks as its probes reach them (BlockFile). */
export class BloomFilter {
  readonly #file: BlockFile;
  #bits = 0;
  #probes = 0;

  /** `file` is a name in data/, or an absolute path. */
  constructor(file: string, reading: BlockReading = {}) {
    this.#file = new BlockFile(file, reading);
  }

  /** Whether `key` may be in the list: false means it certainly is not. */
  mayContain(key: string): boolean {
    if (this.#bits === 0) {
      const header = this.#file.range(0, 8);
      this.#bits = header.readUInt32LE(0);
      this.#probes = header.readUInt32LE(4);
    }
    return probe(key, this.#bits, this.#probes, (bit) => (this.#file.byteAt(8 + (bit >>> 3)) & (1 << (bit & 7))) !== 0);
  }
}

/** The keys of data/spelling-variants.tsv: a "maybe" is then looked up in the list (10 bits a key, ~1% maybes for other words). */
export const SPELLING_VARIANT_KEYS = new BloomFilter("spelling-variants.bloom");

/**
 * The words of data/english-words.txt, answered by the filter alone (16 bits a key: wrong for
 * ~0.05% of other words, measured by test/text/bloom.test.ts): reading the 820 KB list itself cost
 * ~2 ms of a run that needed one word of it.
 */
export const ENGLISH_WORD_KEYS = new BloomFilter("english-words.bloom");

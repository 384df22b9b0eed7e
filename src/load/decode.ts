import { NewsdiffError } from "../errors.js";

export type Encoding = "utf8" | "latin1";
export const ENCODINGS: readonly Encoding[] = ["utf8", "latin1"];

/** git looks this far for a NUL byte to call a file binary; so do we. */
const BINARY_SNIFF_BYTES = 8000;

/** Byte offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min: number;
    if (b < 0x80) {
      i += 1;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let code = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
      code = (code << 6) | (next & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

export type ByteOrderMark = { encoding: "utf-8" | "utf-16le" | "utf-16be"; length: number };

/** The byte order mark the bytes start with (UTF-8, UTF-16 LE or BE), or null: text files and web pages alike. */
export function byteOrderMark(bytes: Uint8Array): ByteOrderMark | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: "utf-8", length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", length: 2 };
  return null;
}

/** One decoder for every file: building one costs more than decoding a short article with it. */
let utf8: InstanceType<typeof TextDecoder> | undefined;

/**
 * Bytes to text: a UTF-8 BOM is dropped, UTF-16 with a BOM is decoded, NUL bytes mean a binary file
 * (as git decides), and invalid UTF-8 is an error naming the offset unless latin1 is asked for.
 */
export function decodeArticle(bytes: Uint8Array, path: string, encoding: Encoding = "utf8"): string {
  const bom = byteOrderMark(bytes);
  if (bom !== null && bom.encoding !== "utf-8") return new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length));
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) throw new NewsdiffError("binary file, not an article", path, "binary");
  if (encoding === "latin1") return new TextDecoder("latin1").decode(bytes);
  const text = bom !== null ? bytes.subarray(bom.length) : bytes;
  try {
    utf8 ??= new TextDecoder("utf-8", { fatal: true });
    return utf8.decode(text);
  } catch {
    const offset = firstInvalidUtf8(text) + (text === bytes ? 0 : 3);
    throw new NewsdiffError(`invalid UTF-8 at byte ${offset}; try --encoding latin1`, path, "invalid-encoding");
  }
}

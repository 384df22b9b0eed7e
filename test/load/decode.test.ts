import { describe, expect, it } from "vitest";
import { decodeArticle, firstInvalidUtf8 } from "../../src/load/decode.js";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("decodeArticle", () => {
  it("drops a UTF-8 byte-order mark", () => {
    expect(decodeArticle(bytes(0xef, 0xbb, 0xbf, 0x41), "a")).toBe("A");
  });

  it("decodes UTF-16 in both byte orders when a BOM says so", () => {
    expect(decodeArticle(Uint8Array.from(Buffer.from("\ufeffHé", "utf16le")), "a")).toBe("Hé");
    const be = Buffer.from("\ufeffHé", "utf16le").swap16();
    expect(decodeArticle(Uint8Array.from(be), "a")).toBe("Hé");
  });

  it("calls a file with NUL bytes binary, as git does", () => {
    expect(() => decodeArticle(bytes(0x25, 0x50, 0x44, 0x46, 0x00, 0x01), "x.pdf")).toThrow("binary file, not an article");
  });

  it("names the byte offset of invalid UTF-8, and reads it as latin1 when asked", () => {
    expect(() => decodeArticle(bytes(0x61, 0x62, 0xe9, 0x63), "l.txt")).toThrow("invalid UTF-8 at byte 2; try --encoding latin1");
    expect(decodeArticle(bytes(0x61, 0x62, 0xe9, 0x63), "l.txt", "latin1")).toBe("abéc");
  });

  it("decodes the next file whole after one that failed, truncated sequence and all", () => {
    // One decoder serves every file: a failure (here in the middle of a two-byte sequence) must
    // leave nothing behind for the next file.
    expect(() => decodeArticle(bytes(0x61, 0xc3), "cut.txt")).toThrow("invalid UTF-8 at byte 1");
    // 0xa9 would finish the 0xc3 above ("é") if the decoder remembered it.
    expect(() => decodeArticle(bytes(0xa9, 0x61), "next.txt")).toThrow("invalid UTF-8 at byte 0");
    expect(decodeArticle(bytes(0x43, 0x61, 0x66, 0xc3, 0xa9), "ok.txt")).toBe("Café");
  });

  it("counts the offset from the file's start even after a BOM", () => {
    expect(() => decodeArticle(bytes(0xef, 0xbb, 0xbf, 0x61, 0xff), "b")).toThrow("at byte 4");
  });
});

describe("firstInvalidUtf8", () => {
  it("rejects overlong forms, surrogates and truncated sequences", () => {
    expect(firstInvalidUtf8(bytes(0xc0, 0x80))).toBe(0);
    expect(firstInvalidUtf8(bytes(0x41, 0xed, 0xa0, 0x80))).toBe(1);
    expect(firstInvalidUtf8(bytes(0x41, 0x42, 0xe2, 0x82))).toBe(2);
    expect(firstInvalidUtf8(Uint8Array.from(Buffer.from("naïve — 👍")))).toBe(-1);
  });
});

// The character encoding of a web page, decided in the order browsers use (WHATWG Encoding and
// HTML's "determining the character encoding"): a byte order mark, then the HTTP Content-Type
// header, then a <meta> in the first 1,024 bytes, else a default.
import { byteOrderMark } from "../decode.js";
import { sniffHead } from "./detect.js";
import { lookupTable } from "../../text/lookup.js";

export interface Charset {
  /** A WHATWG encoding name: utf-8, utf-16le, utf-16be, windows-1252, iso-8859-2, shift_jis, … */
  name: string;
  /** Where it was read: what a warning or the JSON can tell a user. */
  source: "bom" | "header" | "meta" | "default";
  /** The legacy charset a <meta> declared and the bytes belie (they are valid UTF-8): a warning says so. */
  declared?: string;
}

/**
 * Labels that name another encoding in WHATWG's table: browsers read a page that says latin1 or
 * ascii as windows-1252 (whose 0x80–0x9F are the curly quotes and dashes such pages really hold).
 */
const ALIASES = lookupTable<string>({
  "unicode-1-1-utf-8": "utf-8",
  utf8: "utf-8",
  "x-unicode20utf8": "utf-8",
  ascii: "windows-1252",
  "us-ascii": "windows-1252",
  "ansi_x3.4-1968": "windows-1252",
  latin1: "windows-1252",
  "iso-8859-1": "windows-1252",
  iso8859_1: "windows-1252",
  "iso_8859-1": "windows-1252",
  "iso-ir-100": "windows-1252",
  l1: "windows-1252",
  cp1252: "windows-1252",
  "x-cp1252": "windows-1252",
  cp819: "windows-1252",
  ibm819: "windows-1252",
  "iso-8859-9": "windows-1254",
  latin5: "windows-1254",
  "x-sjis": "shift_jis",
  "ms_kanji": "shift_jis",
  gb2312: "gbk",
  "x-gbk": "gbk",
  // A page that says UTF-16 in a <meta> is not UTF-16 (the meta could not be read if it were).
  "utf-16": "utf-8",
  "utf-16le": "utf-8",
  "utf-16be": "utf-8",
});

export function canonicalCharset(label: string): string {
  const name = label.trim().toLowerCase().replace(/^["']|["']$/gu, "");
  return ALIASES[name] ?? name;
}

const HEADER_CHARSET = /;\s*charset\s*=\s*("?)([^";\s]+)\1/iu;
// <meta charset="…"> and <meta http-equiv="Content-Type" content="text/html; charset=…">, in
// either attribute order.
const META = /<meta\b[^>]*>/giu;
const META_CHARSET = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/iu;

/** The charset a Content-Type header names, or null. */
export function headerCharset(contentType: string | null): string | null {
  if (contentType === null) return null;
  const match = HEADER_CHARSET.exec(contentType);
  return match ? canonicalCharset(match[2]!) : null;
}

/** The charset a <meta> of the page's first 1,024 bytes names, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  const head = sniffHead(bytes).replace(/<!--[^]*?-->/gu, "");
  for (const tag of head.match(META) ?? []) {
    const match = META_CHARSET.exec(tag);
    if (match) return canonicalCharset(match[1]!);
  }
  return null;
}

/** Whether the bytes are all valid UTF-8 and some are not ASCII (decided without a decoder's exceptions). */
function looksUtf8(bytes: Uint8Array, valid: (bytes: Uint8Array) => boolean): boolean {
  return !bytes.every((byte) => byte < 0x80) && valid(bytes);
}

/**
 * The page's charset. Without a BOM or header, bytes that are valid UTF-8 (and not all ASCII) are
 * UTF-8, as Chromium's detector reads them, whatever a <meta> says; else the <meta>'s charset;
 * anything else is windows-1252, the default browsers use for pages in English.
 */
export function pageCharset(bytes: Uint8Array, contentType: string | null, validUtf8: (bytes: Uint8Array) => boolean): Charset {
  const bom = byteOrderMark(bytes);
  if (bom !== null) return { name: bom.encoding, source: "bom" };
  const fromHeader = headerCharset(contentType);
  if (fromHeader !== null) return { name: fromHeader, source: "header" };
  const fromMeta = metaCharset(bytes);
  // A page saved by a browser is written in UTF-8 but keeps the <meta> it was served with
  // ("gb2312", "shift_jis"); bytes in a legacy charset are almost never valid UTF-8 with multi-byte
  // sequences, so such bytes say more than the markup. A server's header, above, still wins.
  if (fromMeta !== null && fromMeta !== "utf-8" && looksUtf8(bytes, validUtf8)) return { name: "utf-8", source: "default", declared: fromMeta };
  if (fromMeta !== null) return { name: fromMeta, source: "meta" };
  return { name: looksUtf8(bytes, validUtf8) ? "utf-8" : "windows-1252", source: "default" };
}

// Which inputs are web pages. Decided from the bytes (a saved page may be named anything), then
// from what the server said or the file's name.
import { byteOrderMark } from "../decode.js";

/** How far into a file its first tag is looked for: past a BOM, an XML declaration and comments. */
const SNIFF_BYTES = 1024;

// `<!doctype html`, `<html>` or `<html lang=…>`, after whitespace, comments and an XML declaration.
const HTML_START = /^(?:\s|<!--[^]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html)[\s>]/iu;
const HTML_NAME = /\.x?html?$/iu;
const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/iu;

/** The first bytes as text for the sniffers: every byte one character, so no decoder is needed. */
export function sniffHead(bytes: Uint8Array): string {
  const bom = byteOrderMark(bytes);
  const start = bom?.length ?? 0;
  // UTF-16 pages: every other byte is NUL for ASCII markup; reading the low bytes finds the tag.
  if (bom !== null && bom.encoding !== "utf-8") {
    const step = bom.encoding === "utf-16le" ? 0 : 1;
    let text = "";
    for (let i = 2 + step; i < Math.min(bytes.length, SNIFF_BYTES * 2); i += 2) text += String.fromCharCode(bytes[i]!);
    return text;
  }
  return Buffer.from(bytes.buffer, bytes.byteOffset + start, Math.max(0, Math.min(bytes.length, SNIFF_BYTES) - start)).toString("latin1");
}

/** A web page: its content starts as HTML does, or (without content that says otherwise) its server or name says so. */
export function isWebPage(bytes: Uint8Array, name: string, contentType: string | null = null): boolean {
  if (HTML_START.test(sniffHead(bytes))) return true;
  if (contentType !== null) return HTML_TYPE.test(contentType);
  return HTML_NAME.test(name.replace(/[?#].*$/u, ""));
}


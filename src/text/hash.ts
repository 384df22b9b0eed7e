// SHA-256 for the few places that name or pin something by its content (a saved page's file name,
// the HTML report's Content-Security-Policy hashes). node:crypto is required on first use, not
// imported: loading it took ~5.5 ms of every run (its internals compile at start-up), and a plain
// diff of two files never hashes anything.
import { createRequire } from "node:module";

let crypto: typeof import("node:crypto") | undefined;

function loaded(): typeof import("node:crypto") {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof import("node:crypto");
  return crypto;
}

/** The SHA-256 digest of a text, in hex or base64. */
export function sha256(text: string, encoding: "hex" | "base64" = "hex"): string {
  return loaded().createHash("sha256").update(text).digest(encoding);
}

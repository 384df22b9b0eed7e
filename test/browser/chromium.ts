// Where Chromium is: $NEWSDIFF_CHROMIUM, else the binaries behind Debian's chromium-headless-shell
// and chromium packages. playwright-core drives it and never downloads a browser.
import { existsSync } from "node:fs";

const CANDIDATES = ["/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium"];

export function chromiumPath(): string | null {
  const fromEnv = process.env.NEWSDIFF_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

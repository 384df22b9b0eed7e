import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
export const FIXTURES = join(ROOT, "fixtures");
export const SHARED = join(ROOT, "..", "shared");
export const ARTICLES = join(SHARED, "articles");
export const REUTERS = join(SHARED, "reuters-21578");
export const ORIGINAL = join(ARTICLES, "001_e24cba47f1df5c00.txt");
export const REWRITE = join(ARTICLES, "000_557297c23ae0d613.txt");

/** The real articles live beside the project, never in it; a test that needs them says so. */
export const hasArticles = existsSync(ORIGINAL) && existsSync(REWRITE);
export const hasReuters = existsSync(join(REUTERS, "index.tsv"));
if (!hasArticles) console.warn(`skipping tests on the real articles: ${ARTICLES} not found (they come with ../shared)`);
if (!hasReuters) console.warn(`skipping tests on Reuters-21578 pairs: ${REUTERS} not found (they come with ../shared)`);

/** The codes, in hex, of every character from U+0000 to `last` (surrogate halves left out) that `test` picks. */
export function charactersWhere(last: number, test: (char: string) => boolean): string[] {
  const picked: string[] = [];
  for (let code = 0; code <= last; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue;
    if (test(String.fromCodePoint(code))) picked.push(code.toString(16));
  }
  return picked;
}

#!/usr/bin/env node
// `npm run screenshot`: PNGs of the HTML report, light and dark, for the demo pair and (when
// ../shared is there) the two real versions in ../shared/articles, written to docs/screenshots/ —
// to look at, as a reader would. The demo pair's light one is shown in the README.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "docs", "screenshots");
const browserPath = process.env.NEWSDIFF_CHROMIUM ?? ["/usr/lib/chromium/chromium-headless-shell", "/usr/lib/chromium/chromium"].find((path) => existsSync(path));
if (!browserPath) {
  process.stderr.write("screenshot: no Chromium (apt-get install chromium-headless-shell, or set NEWSDIFF_CHROMIUM)\n");
  process.exit(2);
}
const cases = [
  ["demo", "fixtures/demo/old.txt", "fixtures/demo/new.txt"],
  ["web-page", "fixtures/html/story/old.html", "fixtures/html/story/new.html"],
];
const articles = join(ROOT, "..", "shared", "articles");
if (existsSync(articles)) cases.push(["articles", join(articles, "001_e24cba47f1df5c00.txt"), join(articles, "000_557297c23ae0d613.txt")]);

mkdirSync(OUT, { recursive: true });
const browser = await chromium.launch({ executablePath: browserPath });
for (const [name, oldPath, newPath] of cases) {
  const run = spawnSync(process.execPath, [join(ROOT, "bin", "newsdiff.cjs"), "--format", "html", oldPath, newPath], { cwd: ROOT, encoding: "utf8" });
  const page = join(tmpdir(), `newsdiff-${name}.html`);
  writeFileSync(page, run.stdout);
  for (const scheme of ["light", "dark"]) {
    const context = await browser.newContext({ viewport: { width: 1000, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    const tab = await context.newPage();
    await tab.goto(`file://${page}`);
    const file = join(OUT, `${name}-${scheme}.png`);
    await tab.screenshot({ path: file, fullPage: true });
    process.stdout.write(`${file}\n`);
    await context.close();
  }
}
await browser.close();

// The HTML report in a real browser: Debian's Chromium driven by playwright-core (it never
// downloads a browser). Skips, with a line saying why, where no Chromium is installed.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newsdiff } from "../e2e/run-cli.js";
import { contrast } from "../render/contrast.js";
import { chromiumPath } from "./chromium.js";

const BROWSER = chromiumPath();
if (!BROWSER) console.warn("skipping browser tests: no Chromium (apt-get install chromium-headless-shell, or set NEWSDIFF_CHROMIUM)");

/** rgb(r, g, b) as #rrggbb. */
const hex = (rgb: string) => `#${(rgb.match(/\d+/gu) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, "0")).join("")}`;

describe.skipIf(!BROWSER)("the HTML report in Chromium", () => {
  const dir = mkdtempSync(join(tmpdir(), "newsdiff-html-"));
  const demo = join(dir, "demo.html");
  const hostile = join(dir, "hostile.html");
  let browser: Browser;
  const requests: string[] = [];

  beforeAll(async () => {
    writeFileSync(demo, newsdiff(["--format", "html", "fixtures/demo/old.txt", "fixtures/demo/new.txt"]).stdout);
    writeFileSync(join(dir, "hostile-old.txt"), "The council met on Monday. It said <script>window.owned=1</script> nothing.\n");
    writeFileSync(join(dir, "hostile-new.txt"), 'The council met on Monday. It said <img src=x onerror="window.owned=1"> and </script><script>window.owned=2</script> <a href="javascript:window.owned=3">here</a>.\n');
    writeFileSync(hostile, newsdiff(["--format", "html", join(dir, "hostile-old.txt"), join(dir, "hostile-new.txt")]).stdout);
    browser = await chromium.launch({ executablePath: BROWSER! });
  }, 30_000);
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(path: string, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const context = await browser.newContext({ colorScheme, viewport: { width: 1000, height: 800 } });
    // Every request but the page itself fails the test.
    await context.route("**/*", (route) => {
      if (route.request().url() !== `file://${path}`) requests.push(route.request().url());
      return route.request().url() === `file://${path}` ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    await page.goto(`file://${path}`);
    return page;
  }

  it("shows the words, struck through and underlined, in colours at AA contrast, light and dark", async () => {
    for (const scheme of ["light", "dark"] as const) {
      const page = await open(demo, scheme);
      expect(await page.locator("#p1 .inline").textContent()).toContain("The Port Alder removed: harbouradded: harbor authority");
      const style = async (selector: string) =>
        page.locator(selector).first().evaluate((element) => {
          const computed = getComputedStyle(element);
          return { line: computed.textDecorationLine, color: computed.color, background: computed.backgroundColor };
        });
      const [del, ins] = [await style("#p1 del"), await style("#p1 ins")];
      expect(del.line).toBe("line-through");
      expect(ins.line).toBe("underline");
      expect(contrast(hex(del.color), hex(del.background))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(hex(ins.color), hex(ins.background))).toBeGreaterThanOrEqual(4.5);
      const body = await page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.body).backgroundColor]);
      expect(contrast(hex(body[0]!), hex(body[1]!))).toBeGreaterThanOrEqual(4.5);
      await page.context().close();
    }
  });

  it("filters by kind, hides context, switches to side by side with CSS, and moves with n and p", async () => {
    const page = await open(demo);
    await page.check('input[name=kind][value="number"]');
    expect(await page.locator(".pair.change:not(.hidden)").evaluateAll((items) => items.map((item) => item.id))).toEqual(["p1"]);
    await page.uncheck('input[name=kind][value="number"]');
    await page.check("#only-changes");
    expect(await page.locator(".pair.context").first().isVisible()).toBe(false);
    await page.uncheck("#only-changes");
    expect(await page.locator("#p1 .side").isVisible()).toBe(false);
    await page.click("label.view-side");
    expect(await page.locator("#p1 .side").isVisible()).toBe(true);
    expect(await page.locator("#p1 .inline").isVisible()).toBe(false);
    await page.click("h1");
    await page.keyboard.press("n");
    await page.keyboard.press("n");
    expect(await page.locator(".pair.current").getAttribute("id")).toBe("p2");
    await page.keyboard.press("p");
    expect(await page.locator(".pair.current").getAttribute("id")).toBe("p1");
    expect(new URL(page.url()).hash).toBe("#p1");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".controls").isVisible()).toBe(false);
    await page.context().close();
  });

  it("runs nothing from a hostile article, and loads nothing at all", async () => {
    const page = await open(hostile);
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    expect(await page.evaluate(() => (window as unknown as { owned?: number }).owned)).toBeUndefined();
    // The new sentence as a reader sees it (the screen-reader labels left out): the markup, as text.
    const shown = await page.locator(".pair.change .side .new").first().evaluate((element) => {
      const copy = element.cloneNode(true) as Element;
      for (const label of copy.querySelectorAll(".sr")) label.remove();
      return copy.textContent;
    });
    expect(shown).toBe('It said <img src=x onerror="window.owned=1"> and </script><script>window.owned=2</script> <a href="javascript:window.owned=3">here</a>.');
    expect(await page.locator("main img").count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([]);
    await page.context().close();
  });
});

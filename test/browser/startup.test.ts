/**
 * The page at start: opened outside Office (no Office.js at all, or Office.js without a host) it
 * explains itself instead of staying blank; in an Excel that lacks a requirement set it says which;
 * in Office's dark theme the pane is dark (a screenshot for a person to look at).
 */
import { mkdirSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import type { Browser } from "playwright-core";
import { builtPane, fakeOfficeHostScript, launchChromium, openPane, ROOT, serve } from "./harness";

const DARK_SCREENSHOT = join(ROOT, "test-results", "dark.png");

jest.setTimeout(120_000);

let browser: Browser;
let server: Server;
let url: string;
let host: string;

beforeAll(async () => {
  const [dir, hostScript] = await Promise.all([
    Promise.resolve(builtPane()),
    fakeOfficeHostScript(),
  ]);
  ({ server, url } = await serve(dir));
  host = hostScript;
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

/** The relative luminance of a CSS rgb() colour, 0 (black) to 1 (white). */
function luminance(rgb: string): number {
  const [r, g, b] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => Number(v) / 255);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

describe("the page at start", () => {
  it("explains in Swedish and English what it is when opened without Office.js", async () => {
    // No fake host: the Office.js request gets an empty script, as when the CDN is blocked.
    const { page, problems } = await openPane(browser, url, "");
    const note = page.locator("#outside-office");
    await note.waitFor({ state: "visible" });
    const text = await note.innerText();
    expect(text).toContain("Det här är ett tillägg till Excel");
    expect(text).toContain("Ladda upp mitt tillägg");
    expect(text).toContain("This is an Excel add-in");
    expect(text).toContain("Upload My Add-in");
    expect(await page.locator("#outside-office a").first().getAttribute("href")).toBe("hjalp.html");
    // The metadata plugin's CustomFunctions.associate calls go through registration.ts: no
    // ReferenceError outside Office any more.
    expect(problems).toEqual([]);
    await page.close();
  });

  it("explains itself too when Office.js loads in a plain browser tab (no host)", async () => {
    const { page, problems } = await openPane(browser, url, host, "?host=none");
    await page.locator("#outside-office").waitFor({ state: "visible" });
    expect(await page.locator("h1").count()).toBe(1); // the note's heading; no pane was rendered
    // The functions still register, each once (by the metadata plugin's calls only).
    expect(await page.evaluate("new Set(window.__associated.map(a => a.id)).size")).toBe(12);
    expect(await page.evaluate("window.__associated.length")).toBe(12);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("hides the note in Excel and says which requirement set a too old Excel lacks", async () => {
    const { page, problems } = await openPane(browser, url, host, "?lacks=ExcelApi");
    await page.getByTestId("requirements").waitFor();
    expect(await page.getByTestId("requirements").innerText()).toContain(
      "Den här Excel-versionen saknar ExcelApi 1.12"
    );
    expect(await page.locator("#outside-office").isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("follows Office's dark theme", async () => {
    const { page, problems } = await openPane(browser, url, host, "?theme=dark");
    await page.locator("h1").waitFor();
    await page.getByText("Avslut (Jobbtorg) (identifierad)").waitFor({ state: "attached" });
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const heading = await page.locator("h1").evaluate((h) => getComputedStyle(h).color);
    expect(luminance(background)).toBeLessThan(0.2);
    expect(luminance(heading)).toBeGreaterThan(0.8);
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: DARK_SCREENSHOT, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });
});

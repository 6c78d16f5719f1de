/**
 * Browser benchmark of the task pane. First the start-up: the time from navigation start to the last
 * of the eight CustomFunctions.associate calls (until then Excel shows #NAME?/#BUSY!) and to the pane's
 * heading on screen, the median of `BENCH_LOADS` (default 7) fresh loads. Then it reads and validates a 200,000-row exit register through the
 * Office.js adapter in Debian's Chromium, with the fake Excel enforcing Excel on the web's 5 MB payload
 * limit. Prints rows per second and the number of chunks. `BENCH_ROWS` and `BENCH_LIMIT` (bytes) override;
 * `BENCH_STARTUP_ONLY=1` stops after the start-up.
 */
import { readFileSync } from "fs";
import { join } from "path";
import type { Browser } from "playwright-core";
import {
  builtPane,
  fakeOfficeHostScript,
  launchChromium,
  openPane,
  serve,
} from "../test/browser/harness";

/** Every function the built metadata declares: the start-up figure waits for all of them. */
function functionCount(dist: string): number {
  return (
    JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as { functions: unknown[] }
  ).functions.length;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Milliseconds from navigation start to all functions registered and to the pane's heading, per load. */
async function startup(
  browser: Browser,
  url: string,
  host: string,
  loads: number,
  functions: number
): Promise<string> {
  const registered: number[] = [];
  const rendered: number[] = [];
  for (let i = 0; i < loads; i++) {
    const { page } = await openPane(browser, url, host);
    await page.waitForFunction(
      `window.__associated && window.__associated.length >= ${functions}`,
      undefined,
      { timeout: 60_000 }
    );
    await page.locator("#container h1").waitFor({ timeout: 60_000 });
    registered.push(
      (await page.evaluate("Math.max(...window.__associated.map(a => a.at))")) as number
    );
    // The heading's first paint is not observable afterwards; the first time it was in the DOM is.
    rendered.push((await page.evaluate("window.__paneShownAt ?? performance.now()")) as number);
    await page.close();
  }
  const fmt = (values: number[]) =>
    `${median(values).toFixed(0)} ms (${values.map((v) => v.toFixed(0)).join(", ")})`;
  return [
    `start-up, median of ${loads} loads:`,
    `  navigation start → all ${functions} functions registered: ${fmt(registered)}`,
    `  navigation start → pane heading in the DOM:             ${fmt(rendered)}`,
  ].join("\n");
}

interface Read {
  sheet: string;
  rows: number;
  ok: boolean;
  at?: number;
}

async function main(): Promise<void> {
  const rows = Number(process.env.BENCH_ROWS ?? 200_000);
  const limit = Number(process.env.BENCH_LIMIT ?? 5 * 1024 * 1024);
  const [dir, host] = await Promise.all([Promise.resolve(builtPane()), fakeOfficeHostScript()]);
  const { server, url } = await serve(dir);
  const browser = await launchChromium();
  try {
    process.stdout.write(
      (await startup(
        browser,
        url,
        host,
        Number(process.env.BENCH_LOADS ?? 7),
        functionCount(dir)
      )) + "\n"
    );
    if (process.env.BENCH_STARTUP_ONLY) return;
    const { page } = await openPane(
      browser,
      url,
      host,
      `?rows=${rows}&limit=${limit}&active=${encodeURIComponent("Stort register")}`
    );
    await page
      .getByText("Avslut (Jobbtorg) (identifierad)")
      .waitFor({ state: "attached", timeout: 120_000 });
    const startedInPage = (await page.evaluate("performance.now()")) as number;
    const started = Date.now();
    await page.getByRole("button", { name: "Validera" }).click();
    await page.getByTestId("counts").waitFor({ timeout: 600_000 });
    const totalMs = Date.now() - started;
    const reads = (await page.evaluate(
      "window.__fakeWorkbook.reads.map(r => ({ sheet: r.sheet, rows: r.rows, ok: r.ok, at: r.at }))"
    )) as Read[];
    const mine = reads.filter(
      (r) => r.sheet === "Stort register" && (r.at === undefined || r.at >= startedInPage)
    );
    const ok = mine.filter((r) => r.ok);
    const readMs = Math.max(...ok.map((r) => r.at ?? 0)) - startedInPage;
    const counts = await page.getByTestId("counts").innerText();
    const perSecond = (ms: number) => Math.round((rows / ms) * 1000).toLocaleString("en-US");
    process.stdout.write(
      [
        `rows: ${rows.toLocaleString("en-US")}, payload limit: ${(limit / 1024 / 1024).toFixed(1)} MB`,
        `chunks: ${ok.length} (rows per chunk ${ok.map((r) => r.rows).join(", ")}), retries: ${mine.length - ok.length}`,
        `read:              ${(readMs / 1000).toFixed(2)} s  → ${perSecond(readMs)} rows/s`,
        `read + validate:   ${(totalMs / 1000).toFixed(2)} s  → ${perSecond(totalMs)} rows/s (click to counts on screen)`,
        `counts shown: ${counts.replace(/\s+/g, " ")}`,
      ].join("\n") + "\n"
    );
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});

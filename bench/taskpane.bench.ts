/**
 * Browser benchmark of the task pane: reads and validates a 200,000-row exit register through the
 * Office.js adapter in Debian's Chromium, with the fake Excel enforcing Excel on the web's 5 MB payload
 * limit. Prints rows per second and the number of chunks. `BENCH_ROWS` and `BENCH_LIMIT` (bytes) override.
 */
import { builtPane, fakeOfficeHostScript, launchChromium, openPane, serve } from "../test/browser/harness";

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
    const { page } = await openPane(browser, url, host, `?rows=${rows}&limit=${limit}&active=${encodeURIComponent("Stort register")}`);
    await page.getByText("Avslut (Jobbtorg) (identifierad)").waitFor({ state: "attached", timeout: 120_000 });
    const startedInPage = (await page.evaluate("performance.now()")) as number;
    const started = Date.now();
    await page.getByRole("button", { name: "Validera" }).click();
    await page.getByTestId("counts").waitFor({ timeout: 600_000 });
    const totalMs = Date.now() - started;
    const reads = (await page.evaluate(
      "window.__fakeWorkbook.reads.map(r => ({ sheet: r.sheet, rows: r.rows, ok: r.ok, at: r.at }))"
    )) as Read[];
    const mine = reads.filter((r) => r.sheet === "Stort register" && (r.at === undefined || r.at >= startedInPage));
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

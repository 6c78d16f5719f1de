/**
 * The Resultatdialog flow in the built pane in Debian's Chromium, over the fake Office host holding
 * synthetic Avslut, Forsorjningsstod and Mal registers: Skapa for a unit and period, the manager types
 * text into the new sheet, Uppdatera keeps it, "Spara som egen fil" opens it as a new workbook (the
 * writer's chunk fetched only then); a screenshot for a person to look at, and axe-core.
 */
import { mkdirSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Browser, Page } from "playwright-core";
import type { FakeWorkbook } from "../fakes/fakeExcel";
import {
  axeViolations,
  builtPane,
  fakeOfficeHostScript,
  launchChromium,
  openPane,
  PaneSession,
  ROOT,
  serve,
} from "./harness";

const SCREENSHOT = join(ROOT, "test-results", "dialogue.png");
const UNIT = "Jobbtorg Västerort";
const SHEET = `RD ${UNIT} 2025T2`;
const TEXT = "Fler kvinnor ska nå arbete: vi startar en grupp i januari.";

jest.setTimeout(120_000);

let browser: Browser;
let server: Server;
let session: PaneSession;
let page: Page;
/** The 0-based row of the analysis field, found by the update test and used by the next. */
let analysisRow = 0;

/** A value computed from the fake workbook inside the page (`arg` passed through as JSON). */
function inWorkbook<T, A>(fn: (wb: FakeWorkbook, arg: A) => T, arg?: A): Promise<T> {
  return page.evaluate(
    `(${fn.toString()})(window.__fakeWorkbook, ${JSON.stringify(arg ?? null)})`
  ) as Promise<T>;
}

beforeAll(async () => {
  const [dir, hostScript] = await Promise.all([
    Promise.resolve(builtPane()),
    fakeOfficeHostScript(),
  ]);
  const served = await serve(dir);
  server = served.server;
  browser = await launchChromium();
  session = await openPane(browser, served.url, hostScript, "?workbook=dialogue");
  page = session.page;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe("the Resultatdialog tab in Chromium", () => {
  it("creates the unit's dialogue sheet for the chosen period", async () => {
    await page.getByRole("tab", { name: "Resultatdialog" }).click();
    await page.getByRole("button", { name: "Skapa" }).waitFor();
    await page.getByLabel("Enhet", { exact: true }).selectOption(UNIT);
    await page.getByLabel("Period", { exact: true }).selectOption("2025T2");
    await page.getByRole("button", { name: "Skapa" }).click();
    await page.getByText(`Skapade: ${SHEET}`).waitFor();
    const sheet = await inWorkbook((wb, name: string) => {
      const s = wb.sheet(name);
      return s
        ? {
            title: s.cells[0][0],
            label: s.cells[7][0],
            rate: s.cells[7][3],
            format: s.numberFormats.get("D8"),
            exits: s.cells[11][3],
          }
        : null;
    }, SHEET);
    expect(sheet).toEqual({
      title: `Resultatdialog Jobbtorg – ${UNIT}`,
      label: "Avslut till arbete eller studier (andel)",
      rate: 21 / 37,
      format: "0.0%",
      exits: 37,
    });
    expect(await inWorkbook((wb) => wb.sheets.map((s) => s.name))).toEqual([
      "Avslut",
      "Forsorjningsstod",
      "Mal",
      "Min mall",
      SHEET,
    ]);
  });

  it("keeps the manager's text when the sheet is updated", async () => {
    // The manager writes in the yellow analysis field (under its heading, after the sections the data
    // fills) and overwrites a number by mistake (D8).
    analysisRow = await inWorkbook(
      (wb, [name, text, heading]: [string, string, string]) => {
        const cells = wb.sheet(name)!.cells;
        const row = cells.findIndex((r) => r?.[0] === heading) + 1;
        if (!cells[row]) cells[row] = [];
        cells[row][0] = text;
        cells[7][3] = 0.99;
        return row;
      },
      [SHEET, TEXT, "Analys av resultat och måluppfyllelse"]
    );
    expect(analysisRow).toBeGreaterThan(20);
    expect(await page.getByLabel("Skapat blad", { exact: true }).inputValue()).toBe(SHEET);
    await page.getByRole("button", { name: "Uppdatera" }).click();
    await page.getByText(`Bladet ${SHEET} är uppdaterat; din text är kvar.`).waitFor();
    const after = await inWorkbook(
      (wb, [name, row]: [string, number]) => ({
        text: wb.sheet(name)!.cells[row][0],
        rate: wb.sheet(name)!.cells[7][3],
        sheets: wb.sheets.length,
      }),
      [SHEET, analysisRow] as [string, number]
    );
    expect(after).toEqual({ text: TEXT, rate: 21 / 37, sheets: 5 });
  });

  it('opens the sheet as a new workbook with "Spara som egen fil", fetching the writer only then', async () => {
    const scriptsLoaded = () =>
      page.evaluate(() =>
        performance
          .getEntriesByType("resource")
          .map((e) => e.name.slice(e.name.lastIndexOf("/") + 1))
      );
    expect(await scriptsLoaded()).not.toContain("xlsx-writer.js");
    await page.getByRole("button", { name: "Spara som egen fil" }).click();
    await page
      .getByText(`Bladet ${SHEET} är öppnat som en ny arbetsbok: spara den och skicka den.`)
      .waitFor();
    expect(await scriptsLoaded()).toContain("xlsx-writer.js");
    const created = await inWorkbook((wb) => ({
      files: wb.createdWorkbooks,
      sheets: wb.sheets.length,
    }));
    expect(created.files).toHaveLength(1);
    expect(created.sheets).toBe(5);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(created.files[0], "base64") as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([SHEET]);
    expect(book.getWorksheet(SHEET)!.getCell(analysisRow + 1, 1).value).toBe(TEXT);
  });

  it("leaves a readable screenshot", async () => {
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const box = await page.getByRole("button", { name: "Uppdatera" }).boundingBox();
    // Inside the pane's width: nothing cut off at the right edge.
    expect(box!.x + box!.width).toBeLessThanOrEqual(380);
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("asked no host but the local server, and logged no errors", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});

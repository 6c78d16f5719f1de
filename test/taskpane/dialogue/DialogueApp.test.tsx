/** @jest-environment jsdom */
/**
 * The Resultatdialog tab wired into the pane, over the fake Excel holding synthetic registers: Skapa
 * from a built-in template, Uppdatera keeping the manager's text, and an own template sheet.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { resetSettings } from "../../../src/core/settings";
import type { ExcelRun } from "../../../src/excel/excelRun";
import { App } from "../../../src/taskpane/App";
import { workbookServices } from "../../../src/taskpane/services";
import {
  extrasOf,
  fakeDocumentSettings,
  fakeExcelRun,
  FakeWorkbook,
  mergeAddresses,
} from "../../fakes/fakeExcel";
import { dialogueWorkbook, TEMPLATE_SHEET } from "../../fakes/dialogueWorkbook";
import "../polyfills";

const UNIT = "Jobbtorg Västerort";
const SHEET = `RD ${UNIT} 2025T2`;
const type = (wb: FakeWorkbook, sheet: string, row: number, col: number, value: string | number) =>
  ((wb.sheet(sheet)!.cells[row - 1] ??= [])[col - 1] = value);
const cell = (wb: FakeWorkbook, sheet: string, row: number, col: number) =>
  wb.sheet(sheet)?.cells[row - 1]?.[col - 1] ?? null;

async function openDialogue(wb: FakeWorkbook): Promise<void> {
  const services = workbookServices({
    run: fakeExcelRun(wb) as unknown as ExcelRun,
    settings: fakeDocumentSettings(wb),
  });
  render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage="sv-SE" services={services} />
    </FluentProvider>
  );
  fireEvent.click(screen.getByRole("tab", { name: "Resultatdialog" }));
  await screen.findByRole("button", { name: "Skapa" }, { timeout: 20_000 });
}

function choose(label: string, value: string): void {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

async function create(unit: string, template = "jobbtorg"): Promise<void> {
  choose("Mall", template);
  choose("Enhet", unit);
  choose("Period", "2025T2");
  fireEvent.click(screen.getByRole("button", { name: "Skapa" }));
}

beforeEach(() => resetSettings());

test("Skapa writes the unit's sheet beside untouched sources, marked as generated", async () => {
  const wb = dialogueWorkbook();
  const sources = JSON.stringify(wb.sheets.map((s) => s.cells));
  await openDialogue(wb);
  await create(UNIT);
  await screen.findByText(`Skapade: ${SHEET}`, undefined, { timeout: 20_000 });
  expect(wb.sheets.map((s) => s.name)).toEqual([
    "Avslut",
    "Forsorjningsstod",
    "Mal",
    TEMPLATE_SHEET,
    SHEET,
  ]);
  expect(cell(wb, SHEET, 1, 1)).toBe(`Resultatdialog Jobbtorg – ${UNIT}`);
  expect(cell(wb, SHEET, 8, 1)).toBe("Avslut till arbete eller studier (andel)");
  expect(cell(wb, SHEET, 8, 4)).toBeCloseTo(21 / 37, 12);
  expect(wb.sheet(SHEET)!.numberFormats.get("D8")).toBe("0.0%");
  expect(cell(wb, SHEET, 12, 4)).toBe(37);
  expect(extrasOf(wb.sheet(SHEET)!).charts).toHaveLength(1);
  const meta = JSON.parse(extrasOf(wb.sheet(SHEET)!).properties.get("resultatdialog")!);
  expect(meta).toMatchObject({
    template: "jobbtorg",
    unit: UNIT,
    period: "2025T2",
    built: "jobbtorg",
  });
  // The analysis field sits under its heading, after the sections the data fills, four rows merged.
  const [analysisRow, analysisCol] = meta.cells.ANALYS as [number, number];
  expect(analysisCol).toBe(1);
  expect(cell(wb, SHEET, analysisRow - 1, 1)).toBe("Analys av resultat och måluppfyllelse");
  expect(mergeAddresses(wb.sheet(SHEET)!)).toContain(`A${analysisRow}:M${analysisRow + 3}`);
  expect(JSON.stringify(wb.sheets.slice(0, 4).map((s) => s.cells))).toBe(sources);
  // No personnummer (nor its birth-date part) reaches the report sheet.
  const written = JSON.stringify(wb.sheet(SHEET)!.cells);
  const pnrs = wb
    .sheet("Avslut")!
    .cells.slice(3)
    .map((r) => String(r[0]));
  expect(pnrs.length).toBe(600);
  expect(pnrs.filter((p) => written.includes(p.slice(0, 8)))).toEqual([]);
  // The update section now offers the new sheet.
  expect((screen.getByLabelText("Skapat blad") as HTMLSelectElement).value).toBe(SHEET);
}, 60_000);

test("Uppdatera recomputes the same sheet and keeps the text the manager wrote", async () => {
  const wb = dialogueWorkbook();
  await openDialogue(wb);
  await create(UNIT);
  await screen.findByText(`Skapade: ${SHEET}`, undefined, { timeout: 20_000 });
  const [analysisRow] = JSON.parse(extrasOf(wb.sheet(SHEET)!).properties.get("resultatdialog")!)
    .cells.ANALYS as [number, number];
  expect(cell(wb, SHEET, analysisRow - 1, 1)).toBe("Analys av resultat och måluppfyllelse");
  type(wb, SHEET, analysisRow, 1, "Fler kvinnor ska nå arbete: vi startar en grupp i januari.");
  type(wb, SHEET, 18, 13, "Uppföljning med handläggarna.");
  type(wb, SHEET, 8, 4, 0.99); // a number someone typed over: Uppdatera puts the computed one back
  fireEvent.click(screen.getByRole("button", { name: "Uppdatera" }));
  await screen.findByText(`Bladet ${SHEET} är uppdaterat; din text är kvar.`, undefined, {
    timeout: 20_000,
  });
  expect(wb.sheets.map((s) => s.name)).toEqual([
    "Avslut",
    "Forsorjningsstod",
    "Mal",
    TEMPLATE_SHEET,
    SHEET,
  ]);
  expect(cell(wb, SHEET, analysisRow, 1)).toBe(
    "Fler kvinnor ska nå arbete: vi startar en grupp i januari."
  );
  expect(cell(wb, SHEET, 18, 13)).toBe("Uppföljning med handläggarna.");
  expect(cell(wb, SHEET, 8, 4)).toBeCloseTo(21 / 37, 12);
  expect(cell(wb, SHEET, 1, 1)).toBe(`Resultatdialog Jobbtorg – ${UNIT}`);
  // One merge per area and one chart after the rewrite, not two.
  expect(
    mergeAddresses(wb.sheet(SHEET)!).filter((m) => m === `A${analysisRow}:M${analysisRow + 3}`)
  ).toHaveLength(1);
  expect(extrasOf(wb.sheet(SHEET)!).charts).toHaveLength(1);
}, 60_000);

test("an own template sheet is filled into a copy: typed values keep the format, text is Swedish", async () => {
  const wb = dialogueWorkbook();
  await openDialogue(wb);
  await create(UNIT, `sheet:${TEMPLATE_SHEET}`);
  // Shortened so that the period survives Excel's 31 characters.
  const copy = "Min mall Jobbtorg Väster 2025T2";
  await screen.findByText(`Skapade: ${copy}`, undefined, { timeout: 20_000 });
  expect(cell(wb, copy, 1, 1)).toBe(`Resultat för ${UNIT}`);
  expect(cell(wb, copy, 2, 2)).toBe("2025T2");
  expect(cell(wb, copy, 3, 2)).toBeCloseTo(7 / 15, 12);
  expect(wb.sheet(copy)!.numberFormats.get("B3")).toBe("0.00%");
  expect(cell(wb, copy, 4, 2)).toBe(37);
  expect(wb.sheet(copy)!.numberFormats.get("B4")).toBe("#,##0");
  expect(cell(wb, copy, 5, 2)).toBe(
    "Andelen var 56,8\u00a0% (−17,0\u00a0procentenheter mellan kvinnor och män)."
  );
  // The template itself is unchanged.
  expect(cell(wb, TEMPLATE_SHEET, 3, 2)).toBe("{{EXITRATE.K}}");
}, 60_000);

test("a template with unknown or malformed placeholders is listed and nothing is written", async () => {
  const wb = dialogueWorkbook();
  wb.sheet(TEMPLATE_SHEET)!.cells.push(["Fel", "{{EXITRATE.X}}"], ["Trasig", "{{ENHET}"]);
  await openDialogue(wb);
  await create(UNIT, `sheet:${TEMPLATE_SHEET}`);
  await screen.findByText("Mallen har 2 fel i platshållarna; inget skrevs:", undefined, {
    timeout: 20_000,
  });
  expect(screen.getByTestId("template-problems").textContent).toBe(
    "B6: {{EXITRATE.X}} – okänd platshållareB7: {{ENHET} – felskriven platshållare"
  );
  await waitFor(() => expect(wb.sheets).toHaveLength(4));
}, 60_000);

/**
 * "Spara som egen fil" over the fake Office host: the generated sheet, recomputed with the manager's text
 * carried over, is written by the CLI's writer (src/xlsx) and handed to Excel.createWorkbook as base64.
 * The bytes are opened with ExcelJS: one sheet, the expected name, the text, no register, nothing personal.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { getSettings, resetSettings } from "../../../src/core/settings";
import type { ExcelRun } from "../../../src/excel/excelRun";
import { base64Of } from "../../../src/excel/newWorkbook";
import {
  createFromTemplate,
  createSheets,
  loadWorkbook,
  NotSavableError,
  saveAsOwnFile,
} from "../../../src/taskpane/dialogue/dialogueActions";
import { workbookServices } from "../../../src/taskpane/services";
import { DIALOGUE_TODAY, dialogueWorkbook, TEMPLATE_SHEET } from "../../fakes/dialogueWorkbook";
import {
  extrasOf,
  fakeCreateWorkbook,
  fakeDocumentSettings,
  fakeExcelRun,
  FakeWorkbook,
} from "../../fakes/fakeExcel";

const UNIT = "Jobbtorg Västerort";
const SHEET = `RD ${UNIT} 2025T2`;
const TEXT = "Fler kvinnor ska nå arbete: vi startar en grupp i januari.";

function servicesOver(wb: FakeWorkbook) {
  return workbookServices({
    run: fakeExcelRun(wb) as unknown as ExcelRun,
    settings: fakeDocumentSettings(wb),
    createWorkbook: fakeCreateWorkbook(wb),
  });
}

async function created(wb: FakeWorkbook, unit = UNIT) {
  const services = servicesOver(wb);
  const { tables } = await loadWorkbook(services);
  const request = {
    tables,
    unit,
    all: false,
    period: "2025T2",
    settings: getSettings(),
    today: DIALOGUE_TODAY,
  };
  await createSheets(services, { ...request, template: "jobbtorg" });
  return { services, tables, request };
}

beforeEach(() => resetSettings());

test("opens just the sheet, recomputed, with the manager's text, as a new workbook", async () => {
  const wb = dialogueWorkbook();
  const { services, tables } = await created(wb);
  const cells = wb.sheet(SHEET)!.cells;
  // The yellow analysis field, where the sheet's stored description puts it.
  const [analysisRow] = JSON.parse(extrasOf(wb.sheet(SHEET)!).properties.get("resultatdialog")!)
    .cells.ANALYS as [number, number];
  expect(cells[analysisRow - 2][0]).toBe("Analys av resultat och måluppfyllelse");
  (cells[analysisRow - 1] ??= [])[0] = TEXT;
  cells[7][3] = 0.99; // a number typed over by mistake (D8): the file gets the computed one
  const sheetsBefore = JSON.stringify(wb.sheets.map((s) => [s.name, s.cells]));
  const writesBefore = wb.writes.length;
  const target = (await services.generatedSheets()).find((g) => g.sheet === SHEET)!;

  const result = await saveAsOwnFile(services, target, {
    tables,
    settings: getSettings(),
    today: DIALOGUE_TODAY,
  });

  expect(result.orphaned).toEqual([]);
  expect(wb.createdWorkbooks).toHaveLength(1);
  const bytes = Buffer.from(wb.createdWorkbooks[0], "base64");
  expect(bytes.subarray(0, 2).toString("latin1")).toBe("PK");
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  expect(book.worksheets.map((w) => w.name)).toEqual([SHEET]);
  const sheet = book.getWorksheet(SHEET)!;
  expect(sheet.getCell("A1").value).toBe(`Resultatdialog Jobbtorg – ${UNIT}`);
  expect(sheet.getCell(`A${analysisRow}`).value).toBe(TEXT);
  expect(sheet.getCell("D8").result ?? sheet.getCell("D8").value).toBeCloseTo(21 / 37, 12);
  // No register sheet, and no personnummer of the registers (nor its birth date) in any part of the file.
  expect(book.worksheets.some((w) => /avslut|forsorjningsstod|mal/i.test(w.name))).toBe(false);
  const zip = await JSZip.loadAsync(bytes);
  const xml = (
    await Promise.all(
      Object.values(zip.files)
        .filter((f) => !f.dir)
        .map((f) => f.async("string"))
    )
  ).join("\n");
  const pnrs = wb
    .sheet("Avslut")!
    .cells.slice(3)
    .map((r) => String(r[0]));
  expect(pnrs.length).toBe(600);
  expect(pnrs.filter((p) => xml.includes(p.replace(/\D/g, "").slice(0, 8)))).toEqual([]);
  // The chart comes along (the same writer as the CLI's report).
  expect(Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))).toHaveLength(
    1
  );
  // The workbook the pane runs in is not changed.
  expect(JSON.stringify(wb.sheets.map((s) => [s.name, s.cells]))).toBe(sheetsBefore);
  expect(wb.writes.length).toBe(writesBefore);
}, 60_000);

test("a filled own template is refused with a message, and no workbook is opened", async () => {
  const wb = dialogueWorkbook();
  const services = servicesOver(wb);
  const { tables } = await loadWorkbook(services);
  const request = {
    tables,
    unit: UNIT,
    all: false,
    period: "2025T2",
    settings: getSettings(),
    today: DIALOGUE_TODAY,
  };
  const { names } = await createFromTemplate(services, TEMPLATE_SHEET, request);
  const target = (await services.generatedSheets()).find((g) => g.sheet === names[0])!;
  await expect(saveAsOwnFile(services, target, request)).rejects.toBeInstanceOf(NotSavableError);
  expect(wb.createdWorkbooks).toEqual([]);
}, 60_000);

test("base64Of matches Node's encoder, across its slice boundary", () => {
  const bytes = Uint8Array.from({ length: 0x8000 * 2 + 7 }, (_, i) => (i * 7919) % 256);
  expect(base64Of(bytes)).toBe(Buffer.from(bytes).toString("base64"));
  expect(base64Of(new Uint8Array(0))).toBe("");
});

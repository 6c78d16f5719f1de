/**
 * The Office.js side of the Resultatdialog screen besides writing new sheets: finding the sheets the
 * add-in generated (by their meta property), reading a sheet's cells with their number formats,
 * rewriting a generated sheet in place ("Uppdatera"), and filling a copy of an own template sheet.
 * Source sheets are only ever read here; the only sheets written are the add-in's own output.
 */
import type { CellValue } from "../core/cells";
import type { PlaceholderTemplate } from "../core/dialogue/placeholders";
import type { SheetDescription, SheetMeta, SheetValue } from "../core/dialogue/types";
import { blockAddress } from "./addresses";
import { toExcelValue } from "./cellValues";
import type { ExcelRun } from "./excelRun";
import { freeSheetName } from "./sheetNames";
import { fillSheet, META_PROPERTY } from "./writeSheetDescription";

/** The meta property as the pane stores it: the core's meta plus what "Uppdatera" needs to rebuild. */
export interface StoredMeta extends SheetMeta {
  /** The built-in template the sheet was built with (an overview does not say otherwise). */
  built?: "jobbtorg" | "vux" | "kalkyl" | "scb" | "sfi";
  /** Where each manager-text key was written ("ANALYS" → [row, col], 1-based), so text follows its key. */
  cells?: Record<string, [number, number]>;
  /** For a filled own template: the template sheet and the kind its placeholders were checked as. */
  templateSheet?: string;
  kind?: PlaceholderTemplate;
}

/** A sheet the add-in generated, with what it was built from. */
export interface GeneratedSheet {
  sheet: string;
  meta: StoredMeta;
}

/** A sheet's used range: values and number formats from its top-left cell (1-based). */
export interface SheetGrid {
  top: number;
  left: number;
  values: CellValue[][];
  formats: string[][];
}

/** One cell to write: an A1 address, a value and optionally its number format. */
export interface CellFill {
  address: string;
  value: SheetValue;
  numberFormat?: string;
}

function parseMeta(text: unknown): StoredMeta | null {
  if (typeof text !== "string" || text === "") return null;
  try {
    const meta = JSON.parse(text) as StoredMeta;
    return meta && typeof meta.template === "string" && typeof meta.period === "string"
      ? meta
      : null;
  } catch {
    return null;
  }
}

/** The generated sheets of the workbook in workbook order (ExcelApi 1.12, required by the manifest). */
export function readGeneratedSheets(run: ExcelRun): Promise<GeneratedSheet[]> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const found = sheets.items.map((sheet) => ({
      sheet: sheet.name,
      property: sheet.customProperties.getItemOrNullObject(META_PROPERTY).load("value"),
    }));
    await context.sync();
    const generated: GeneratedSheet[] = [];
    for (const { sheet, property } of found) {
      const meta = property.isNullObject ? null : parseMeta(property.value);
      if (meta) generated.push({ sheet, meta });
    }
    return generated;
  });
}

/** Values and number formats of a sheet's used range (a dialogue sheet or a template: a few hundred cells). */
export function readSheetGrid(run: ExcelRun, sheetName: string): Promise<SheetGrid> {
  return run(async (context) => {
    const used = context.workbook.worksheets
      .getItem(sheetName)
      .getUsedRangeOrNullObject(true)
      .load("rowIndex,columnIndex,values,numberFormat");
    await context.sync();
    if (used.isNullObject) return { top: 1, left: 1, values: [], formats: [] };
    return {
      top: used.rowIndex + 1,
      left: used.columnIndex + 1,
      values: used.values as CellValue[][],
      formats: used.numberFormat as string[][],
    };
  });
}

function lastRowCol(description: SheetDescription): [number, number] {
  let rows = 1;
  let cols = 1;
  for (const c of description.cells) [rows, cols] = [Math.max(rows, c.row), Math.max(cols, c.col)];
  for (const m of description.merges)
    [rows, cols] = [Math.max(rows, m.bottom), Math.max(cols, m.right)];
  return [rows, cols];
}

/**
 * "Uppdatera": the generated sheet keeps its name, place and tab (so references to it stay valid) and
 * gets the recomputed description: old contents, merges and charts are cleared first.
 */
export function rewriteSheet(
  run: ExcelRun,
  sheetName: string,
  description: SheetDescription
): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const used = sheet
      .getUsedRangeOrNullObject(false)
      .load("rowIndex,columnIndex,rowCount,columnCount");
    const charts = sheet.charts.load("items/name");
    await context.sync();
    const [rows, cols] = lastRowCol(description);
    const bottom = used.isNullObject ? rows : Math.max(rows, used.rowIndex + used.rowCount);
    const right = used.isNullObject ? cols : Math.max(cols, used.columnIndex + used.columnCount);
    const area = sheet.getRangeByIndexes(0, 0, bottom, right);
    area.unmerge();
    area.clear("All");
    for (const chart of charts.items) chart.delete();
    await context.sync();
    fillSheet(sheet, description);
    await context.sync();
  });
}

function writeFills(sheet: Excel.Worksheet, fills: readonly CellFill[]): void {
  for (const fill of fills) {
    const range = sheet.getRange(fill.address);
    if (fill.numberFormat) range.numberFormat = [[fill.numberFormat]];
    // Text such as "47,9 %" would be read back as a number by a Swedish Excel: keep it text.
    range.values = [[toExcelValue(fill.value)]];
  }
}

/** Copies a template sheet to the end under a free name, fills its placeholder cells and stores the meta. */
export function fillTemplateCopy(
  run: ExcelRun,
  templateSheet: string,
  wantedName: string,
  fills: readonly CellFill[],
  meta: StoredMeta
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load("items/name");
    await context.sync();
    const name = freeSheetName(
      sheets.items.map((s) => s.name),
      wantedName
    );
    const copy = sheets.getItem(templateSheet).copy("End");
    copy.name = name;
    writeFills(copy, fills);
    copy.customProperties.add(META_PROPERTY, JSON.stringify(meta));
    await context.sync();
    return name;
  });
}

/** Writes recomputed placeholder values into a filled template copy; every other cell stays as it is. */
export function refillSheet(
  run: ExcelRun,
  sheetName: string,
  fills: readonly CellFill[],
  meta: StoredMeta
): Promise<void> {
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    writeFills(sheet, fills);
    sheet.customProperties.add(META_PROPERTY, JSON.stringify(meta));
    await context.sync();
  });
}

/** The A1 address of a grid cell (1-based row and column). */
export function gridAddress(row: number, col: number): string {
  return blockAddress(row - 1, col - 1, 1, 1);
}

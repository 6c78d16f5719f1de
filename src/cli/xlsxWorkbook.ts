/**
 * The ExcelJS adapter of the workbook port: reads a sheet of an .xlsx file into a table of plain cell
 * values and adds new sheets, never replacing an existing one. The task pane's Office.js adapter
 * implements the same port.
 */
import ExcelJS from "exceljs";
import { CellValue, isBlank } from "../core/cells";
import type { NewTableSheet, ReadOptions, SheetTable, WorkbookPort } from "../core/registry/types";
import { uniqueSheetName } from "../xlsx/sheetNames";

// The .xlsx writer shared with the task pane names sheets; re-exported for the CLI's callers.
export { uniqueSheetName };

/** Options of a written sheet beyond the port's plain table. */
export interface WriteSheetOptions {
  /** Write the range as an Excel table with this name (when the name is still free). */
  tableName?: string;
  /** A line written above the table (e.g. that the data is synthetic). */
  note?: string;
  /** Column widths in characters, by column index. */
  widths?: Record<number, number>;
}

/** A cell as ExcelJS holds it → the plain value the core works on (rich text, formulas, links unwrapped). */
export function plainValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (value instanceof Date) return value;
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((run) => run.text).join("");
    if ("formula" in value || "sharedFormula" in value) {
      return plainValue((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    }
    if ("hyperlink" in value) return plainValue((value as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
    if ("error" in value) return (value as ExcelJS.CellErrorValue).error;
  }
  return String(value);
}

/** The range an Excel table covers ("A3:G2002") as 1-based bounds. */
function tableBounds(ref: string): Bounds | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(ref.replace(/\$/g, "").toUpperCase());
  if (!m) return null;
  const col = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return {
    top: Number(m[2]),
    left: col(m[1]),
    bottom: Number(m[4] ?? m[2]),
    right: col(m[3] ?? m[1]),
  };
}

function rowValues(row: ExcelJS.Row, left: number, right: number): CellValue[] {
  // row.values is sparse and 1-based; merged and absent cells come back as undefined.
  const raw = row.values as ExcelJS.CellValue[];
  const values: CellValue[] = new Array(right - left + 1);
  for (let c = left; c <= right; c++) values[c - left] = plainValue(raw[c]);
  return values;
}

/** The header row of a sheet without a table: the first row with two or more filled cells. */
function findHeaderRow(sheet: ExcelJS.Worksheet): { row: number; left: number; right: number } | null {
  let firstFilled: { row: number; left: number; right: number } | null = null;
  let found: { row: number; left: number; right: number } | null = null;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (found) return;
    const raw = row.values as ExcelJS.CellValue[];
    let left = 0;
    let right = 0;
    let filled = 0;
    for (let c = 1; c < raw.length; c++) {
      if (isBlank(plainValue(raw[c]))) continue;
      if (left === 0) left = c;
      right = c;
      filled++;
    }
    if (filled === 0) return;
    // A title or note line (one cell) above the real headers is common in exports: skip it if more follows.
    if (filled >= 2) found = { row: rowNumber, left, right };
    else if (!firstFilled) firstFilled = { row: rowNumber, left, right };
  });
  return found ?? firstFilled;
}

/** A workbook opened from (or to be saved as) an .xlsx file. */
export class XlsxWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** Loads an .xlsx file; ExcelJS errors propagate for the caller to turn into one clear line. */
  static async load(path: string): Promise<XlsxWorkbook> {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    return new XlsxWorkbook(workbook);
  }

  /** A new, empty workbook. */
  static create(): XlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "resultatdialog";
    return new XlsxWorkbook(workbook);
  }

  async listSheets(): Promise<string[]> {
    return this.workbook.worksheets.map((ws) => ws.name);
  }

  /**
   * The sheet as a table: an Excel table's range when the sheet has one, else from the first row with
   * two or more filled cells down to the last filled row. Blank rows inside stay, so row numbers hold.
   */
  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetTable> {
    const sheet = this.sheet(name);
    const bounds = locateTable(sheet);
    if (!bounds) return { name: sheet.name, headerRow: 1, firstColumn: 1, headers: [], rows: [] };
    const { top, left, right, bottom } = bounds;
    const headers = headerTexts(sheet, bounds);
    const rows: CellValue[][] = [];
    let lastFilled = 0;
    const total = Math.max(0, bottom - top);
    for (let r = top + 1; r <= bottom; r++) {
      if (options.signal?.aborted) throw new Error("aborted");
      const values = rowValues(sheet.getRow(r), left, right);
      rows.push(values);
      if (values.some((v) => !isBlank(v))) lastFilled = rows.length;
      if (options.onProgress && rows.length % 10000 === 0) options.onProgress(rows.length, total);
    }
    rows.length = lastFilled; // trailing blank rows are formatting, not data
    options.onProgress?.(rows.length, rows.length);
    return { name: sheet.name, headerRow: top, firstColumn: left, headers, rows };
  }

  /** Only the header texts of a sheet (cheap: for detecting the register type of every sheet). */
  headersOf(name: string): string[] {
    const sheet = this.sheet(name);
    const bounds = locateTable(sheet);
    return bounds ? headerTexts(sheet, bounds) : [];
  }

  private sheet(name: string): ExcelJS.Worksheet {
    const sheet = this.workbook.getWorksheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    return sheet;
  }

  async writeTableSheet(sheet: NewTableSheet): Promise<string> {
    return this.writeSheet(sheet);
  }

  /** Adds a sheet under a free name, optionally as an Excel table with a note line above it. */
  writeSheet(table: NewTableSheet, options: WriteSheetOptions = {}): string {
    const name = uniqueSheetName(table.name, this.workbook.worksheets.map((ws) => ws.name));
    const sheet = this.workbook.addWorksheet(name);
    const top = options.note ? 3 : 1;
    if (options.note) {
      sheet.getCell(1, 1).value = options.note;
      sheet.getCell(1, 1).font = { italic: true, color: { argb: "FF595959" } };
    }
    const width = table.headers.length;
    const rows = table.rows.map((row) => Array.from({ length: width }, (_, c) => excelValue(row[c])));
    const tableName = options.tableName && this.tableNameFree(options.tableName) ? options.tableName : undefined;
    if (tableName && rows.length > 0) {
      sheet.addTable({
        name: tableName,
        displayName: tableName,
        ref: sheet.getCell(top, 1).address,
        headerRow: true,
        style: { theme: "TableStyleMedium2", showRowStripes: true },
        columns: table.headers.map((h) => ({ name: h, filterButton: true })),
        rows,
      });
    } else {
      sheet.getRow(top).values = table.headers;
      sheet.getRow(top).font = { bold: true };
      for (let r = 0; r < rows.length; r++) sheet.getRow(top + 1 + r).values = rows[r];
      if (width > 0) sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: width } };
    }
    sheet.views = [{ state: "frozen", ySplit: top }];
    for (let c = 0; c < width; c++) {
      const column = sheet.getColumn(c + 1);
      column.width = options.widths?.[c] ?? Math.min(40, Math.max(10, table.headers[c].length + 4));
      const format = table.numberFormats?.[c];
      // Formats go on the data cells only, so the header keeps its text look.
      if (format) for (let r = 0; r < rows.length; r++) sheet.getCell(top + 1 + r, c + 1).numFmt = format;
    }
    return name;
  }

  /** Adds a sheet of text lines in column A (an explanation sheet). */
  writeTextSheet(name: string, lines: readonly string[]): string {
    const sheetName = uniqueSheetName(name, this.workbook.worksheets.map((ws) => ws.name));
    const sheet = this.workbook.addWorksheet(sheetName);
    sheet.getColumn(1).width = 110;
    lines.forEach((line, i) => {
      sheet.getCell(i + 1, 1).value = line;
    });
    sheet.getCell(1, 1).font = { bold: true, size: 14 };
    return sheetName;
  }

  /** The workbook as .xlsx bytes, for safeWrite.ts to put in place. */
  async toBuffer(): Promise<Buffer> {
    return Buffer.from(await this.workbook.xlsx.writeBuffer());
  }

  /** Saves the workbook to a path. */
  async save(path: string): Promise<void> {
    await this.workbook.xlsx.writeFile(path);
  }

  private tableNameFree(name: string): boolean {
    const lower = name.toLowerCase();
    return !this.workbook.worksheets.some((ws) =>
      Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables ?? {}).some(
        (t) => t.toLowerCase() === lower
      )
    );
  }
}

type Bounds = { top: number; left: number; bottom: number; right: number };

/** Where the table of a sheet lies: its first Excel table, else the detected header row to the last row. */
function locateTable(sheet: ExcelJS.Worksheet): Bounds | null {
  const table = firstTableBounds(sheet);
  if (table) return table;
  const header = findHeaderRow(sheet);
  return header ? { top: header.row, left: header.left, right: header.right, bottom: sheet.rowCount } : null;
}

function headerTexts(sheet: ExcelJS.Worksheet, bounds: Bounds): string[] {
  return rowValues(sheet.getRow(bounds.top), bounds.left, bounds.right).map((v) =>
    isBlank(v) ? "" : String(v).trim()
  );
}

function firstTableBounds(sheet: ExcelJS.Worksheet): Bounds | null {
  // Loaded tables keep their range in the model's tableRef; pick the top-left one when there are several.
  type LoadedTable = { model?: { tableRef?: string; ref?: string; totalsRow?: boolean } };
  const tables = Object.values((sheet as unknown as { tables?: Record<string, LoadedTable> }).tables ?? {});
  const bounds = tables
    .map((t) => {
      const b = tableBounds(t.model?.tableRef ?? t.model?.ref ?? "");
      // A totals row is not data.
      return b && t.model?.totalsRow ? { ...b, bottom: b.bottom - 1 } : b;
    })
    .filter((b): b is Bounds => b !== null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return bounds[0] ?? null;
}

/** The value ExcelJS should write for a core cell value (undefined → empty). */
function excelValue(value: CellValue): ExcelJS.CellValue {
  return value === undefined ? null : value;
}

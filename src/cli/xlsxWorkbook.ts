/**
 * A new .xlsx workbook the CLI writes (fix's corrected sheet and list of changes): table sheets and
 * text sheets under free names, never replacing one. Reading .xlsx files is the streaming reader's
 * (xlsxReader.ts), the CLI's side of the workbook port.
 */
import ExcelJS from "exceljs";
import type { CellValue } from "../core/cells";
import type { NewTableSheet } from "../core/registry/types";
import { freeSheetName } from "../core/workbook/sheetNames";

/** Options of a written sheet beyond the port's plain table. */
export interface WriteSheetOptions {
  /** Write the range as an Excel table with this name (when the name is still free). */
  tableName?: string;
  /** A line written above the table (e.g. that the data is synthetic). */
  note?: string;
  /** Column widths in characters, by column index. */
  widths?: Record<number, number>;
}

/** A workbook to be saved as an .xlsx file. */
export class XlsxWorkbook {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  /** A new, empty workbook. */
  static create(): XlsxWorkbook {
    const workbook = new ExcelJS.Workbook();
    workbook.creator = "resultatdialog";
    return new XlsxWorkbook(workbook);
  }

  async writeTableSheet(sheet: NewTableSheet): Promise<string> {
    return this.writeSheet(sheet);
  }

  /** Adds a sheet under a free name, optionally as an Excel table with a note line above it. */
  writeSheet(table: NewTableSheet, options: WriteSheetOptions = {}): string {
    const name = freeSheetName(
      this.workbook.worksheets.map((ws) => ws.name),
      table.name
    );
    const sheet = this.workbook.addWorksheet(name);
    const top = options.note ? 3 : 1;
    if (options.note) {
      sheet.getCell(1, 1).value = options.note;
      sheet.getCell(1, 1).font = { italic: true, color: { argb: "FF595959" } };
    }
    const width = table.headers.length;
    const rows = table.rows.map((row) =>
      Array.from({ length: width }, (_, c) => excelValue(row[c]))
    );
    const tableName =
      options.tableName && this.tableNameFree(options.tableName) ? options.tableName : undefined;
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
      if (width > 0)
        sheet.autoFilter = { from: { row: top, column: 1 }, to: { row: top, column: width } };
    }
    sheet.views = [{ state: "frozen", ySplit: top }];
    for (let c = 0; c < width; c++) {
      const column = sheet.getColumn(c + 1);
      column.width = options.widths?.[c] ?? Math.min(40, Math.max(10, table.headers[c].length + 4));
      const format = table.numberFormats?.[c];
      // Formats go on the data cells only, so the header keeps its text look.
      if (format)
        for (let r = 0; r < rows.length; r++) sheet.getCell(top + 1 + r, c + 1).numFmt = format;
    }
    return name;
  }

  /** Adds a sheet of text lines in column A (an explanation sheet). */
  writeTextSheet(name: string, lines: readonly string[]): string {
    const sheetName = freeSheetName(
      this.workbook.worksheets.map((ws) => ws.name),
      name
    );
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

/** The value ExcelJS should write for a core cell value (undefined → empty). */
function excelValue(value: CellValue): ExcelJS.CellValue {
  return value === undefined ? null : value;
}

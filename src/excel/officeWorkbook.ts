/**
 * The Office.js adapter of the workbook port (src/core/workbook/port.ts): lists sheets, reads a sheet's used range in row chunks
 * sized to Excel's payload and cell limits (with progress, cancel and retry on "payload too large"),
 * writes new sheets in chunks without ever replacing one, selects cells and creates tables.
 * Every `Excel.run` of the add-in lives in src/excel.
 */
import type { CellValue } from "../core/cells";
import type { SheetDescription } from "../core/dialogue/types";
import type { NewTableSheet, ReadOptions, SheetTable } from "../core/registry/types";
import { abortError } from "../core/workbook/abort";
import type { Bounds } from "../core/workbook/addresses";
import {
  emptyTable,
  firstTableBounds,
  HeaderSearch,
  tableOfGrid,
} from "../core/workbook/headerRow";
import type { WorkbookPort } from "../core/workbook/port";
import { ChunkLimits, ChunkPlanner, EXCEL_LIMITS, payloadBytes, syncChunk } from "./chunking";
import { toExcelValue } from "./cellValues";
import { ExcelRun, officeExcelRun } from "./excelRun";
import { readStoredSettings } from "./settingsStore";
import { freeSheetName, freeTableName } from "./sheetNames";
import { writeSheetDescription } from "./writeSheetDescription";

/** What the last read or write cost: for the benchmark and for tests of the chunking. */
export interface TransferStats {
  rows: number;
  chunks: number;
  /** Chunks Excel rejected as too large and that were read again smaller. */
  retries: number;
  milliseconds: number;
}

/** Result of creating a table: created under `name`, or the sheet already had the table `name`. */
export interface TableResult {
  status: "created" | "exists";
  name: string;
  address: string;
}

export interface OfficeWorkbookOptions {
  run?: ExcelRun;
  limits?: Partial<ChunkLimits>;
}

function now(): number {
  return typeof performance !== "undefined" ? performance.now() : Date.now();
}

/** The workbook open in Excel, as the core's WorkbookPort plus what the task pane needs besides. */
export class OfficeWorkbook implements WorkbookPort {
  private readonly run: ExcelRun;
  private readonly limits: ChunkLimits;
  /** Cost of the latest readSheet and writeTableSheet. */
  lastRead: TransferStats | null = null;
  lastWrite: TransferStats | null = null;

  constructor(options: OfficeWorkbookOptions = {}) {
    this.run = options.run ?? officeExcelRun;
    this.limits = { ...EXCEL_LIMITS, ...options.limits };
  }

  /** Names of the sheets in workbook order. */
  listSheets(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  /** Name of the sheet the user is on. */
  activeSheetName(): Promise<string> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      return sheet.name;
    });
  }

  /**
   * The header texts of a sheet (for detecting its register type), by the rule readSheet reads by:
   * rows are read down to the header row only, one row first, then blocks that double.
   */
  readHeaders(name: string): Promise<string[]> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(name);
      const used = sheet
        .getUsedRangeOrNullObject(true)
        .load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) return [];
      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      const table = await this.tableBounds(context, sheet);
      if (table) {
        const header = sheet
          .getRangeByIndexes(table.top - 1, columnIndex, 1, columnCount)
          .load("values");
        await context.sync();
        return tableOfGrid(name, header.values as CellValue[][], table.top, columnIndex + 1, {
          ...table,
          bottom: table.top,
        }).headers;
      }
      const search = new HeaderSearch();
      const grid: CellValue[][] = [];
      for (let block = 1; grid.length < rowCount && !search.found; block *= 2) {
        const rows = Math.min(block, rowCount - grid.length);
        const range = sheet
          .getRangeByIndexes(rowIndex + grid.length, columnIndex, rows, columnCount)
          .load("values");
        await context.sync();
        for (const row of range.values as CellValue[][]) {
          grid.push(row);
          if (
            search.offer(
              rowIndex + grid.length,
              row.map((v, c) => [columnIndex + 1 + c, v] as const)
            )
          )
            break;
        }
      }
      return tableOfGrid(name, grid, rowIndex + 1, columnIndex + 1).headers;
    });
  }

  /**
   * The sheet's table (src/core/workbook/headerRow.ts: its Excel table, else from the first row with two
   * or more filled cells), read from the used range in chunks sized to Excel's payload limit.
   */
  readSheet(name: string, options: ReadOptions = {}): Promise<SheetTable> {
    const { signal, onProgress } = options;
    const started = now();
    return this.run(async (context) => {
      if (signal?.aborted) throw abortError();
      const sheet = context.workbook.worksheets.getItem(name);
      // valuesOnly: a formatted but empty tail (a coloured column, a border) is not data.
      const used = sheet
        .getUsedRangeOrNullObject(true)
        .load("rowIndex,columnIndex,rowCount,columnCount");
      await context.sync();
      if (used.isNullObject) {
        this.lastRead = { rows: 0, chunks: 0, retries: 0, milliseconds: now() - started };
        return emptyTable(name);
      }
      const { rowIndex, columnIndex, rowCount, columnCount } = used;
      const table = await this.tableBounds(context, sheet);
      const planner = new ChunkPlanner(this.limits, columnCount);
      const grid: CellValue[][] = [];
      let chunks = 0;
      let retries = 0;
      while (grid.length < rowCount) {
        if (signal?.aborted) throw abortError();
        const rows = planner.nextRows(rowCount - grid.length);
        const range = sheet
          .getRangeByIndexes(rowIndex + grid.length, columnIndex, rows, columnCount)
          .load("values");
        if (!(await syncChunk(() => context.sync(), planner, rows))) {
          retries++;
          continue;
        }
        const values = range.values as CellValue[][];
        planner.observe(rows, payloadBytes(values));
        for (const row of values) grid.push(row);
        chunks++;
        onProgress?.(grid.length - 1, rowCount - 1);
      }
      const result = tableOfGrid(name, grid, rowIndex + 1, columnIndex + 1, table);
      this.lastRead = { rows: result.rows.length, chunks, retries, milliseconds: now() - started };
      return result;
    });
  }

  /** The sheet's first Excel table (its bounds, totals row left out), or null when it has none. */
  private async tableBounds(
    context: Excel.RequestContext,
    sheet: Excel.Worksheet
  ): Promise<Bounds | null> {
    const tables = sheet.tables.load("items/name,items/showTotals");
    await context.sync();
    if (tables.items.length === 0) return null;
    const ranges = tables.items.map((table) => ({
      totals: table.showTotals,
      range: table.getRange().load("address"),
    }));
    await context.sync();
    return firstTableBounds(
      ranges.map(({ totals, range }) => ({ ref: range.address, totalsRowCount: totals ? 1 : 0 }))
    );
  }

  /** The stored value of the workbook's settings (workbook.settings), undefined when none is stored. */
  readSettings(): Promise<unknown> {
    return readStoredSettings(this.run);
  }

  /** Adds the described sheet under a free name and returns the name it got. */
  writeDescription(description: SheetDescription): Promise<string> {
    return writeSheetDescription(this.run, description);
  }

  /** Adds a sheet named "X" or, when taken, "X (2)", "X (3)" …; writes headers (bold) and rows in chunks. */
  writeTableSheet(table: NewTableSheet): Promise<string> {
    const started = now();
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      const name = freeSheetName(
        sheets.items.map((s) => s.name),
        table.name
      );
      const sheet = context.workbook.worksheets.add(name);
      // On its own batch: a chunk Excel rejects as too large takes its whole batch with it.
      await context.sync();
      let columns = table.headers.length;
      for (const row of table.rows) if (row.length > columns) columns = row.length;
      const grid: CellValue[][] = [table.headers, ...table.rows];
      const formats = Object.entries(table.numberFormats ?? {}).map(
        ([c, f]) => [Number(c), f] as const
      );
      const planner = new ChunkPlanner(this.limits, columns);
      let written = 0;
      let chunks = 0;
      let retries = 0;
      while (columns > 0 && written < grid.length) {
        const rows = planner.nextRows(grid.length - written);
        const values = grid.slice(written, written + rows).map((row) => {
          const out: (string | number | boolean)[] = [];
          for (let c = 0; c < columns; c++) out.push(toExcelValue(row[c]));
          return out;
        });
        sheet.getRangeByIndexes(written, 0, rows, columns).values = values;
        // Number formats apply to data rows only: the header row stays text.
        const firstData = Math.max(written, 1);
        const dataRows = written + rows - firstData;
        for (const [column, format] of formats) {
          if (dataRows > 0 && column < columns)
            sheet.getRangeByIndexes(firstData, column, dataRows, 1).numberFormat = Array.from(
              { length: dataRows },
              () => [format]
            );
        }
        if (!(await syncChunk(() => context.sync(), planner, rows))) {
          retries++;
          continue;
        }
        planner.observe(rows, payloadBytes(values) + formats.length * rows * 12);
        written += rows;
        chunks++;
      }
      if (columns > 0) {
        sheet.getRangeByIndexes(0, 0, 1, columns).format.font.bold = true;
        sheet.getRangeByIndexes(0, 0, grid.length, columns).format.autofitColumns();
        await context.sync();
      }
      this.lastWrite = { rows: table.rows.length, chunks, retries, milliseconds: now() - started };
      return name;
    });
  }

  /** Activates the sheet and selects one cell ("B5") on it. */
  selectCell(sheetName: string, address: string): Promise<void> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      sheet.activate();
      sheet.getRange(address).select();
      await context.sync();
    });
  }

  /**
   * Makes the sheet's used range an Excel table (first row headers) named `tableName`, or
   * `tableName2` … when another table has the name. A sheet that already has a table keeps it.
   */
  createTable(sheetName: string, tableName: string): Promise<TableResult> {
    return this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      const used = sheet.getUsedRangeOrNullObject(true).load("address");
      const onSheet = sheet.tables.load("items/name");
      const all = context.workbook.tables.load("items/name");
      await context.sync();
      if (used.isNullObject) throw new Error("empty-sheet");
      if (onSheet.items.length > 0)
        return { status: "exists", name: onSheet.items[0].name, address: used.address };
      const name = freeTableName(
        all.items.map((t) => t.name),
        tableName
      );
      const table = context.workbook.tables.add(used.address, true);
      table.name = name;
      await context.sync();
      return { status: "created", name, address: used.address };
    });
  }
}

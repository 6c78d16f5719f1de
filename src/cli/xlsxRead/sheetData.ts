/**
 * The cells of one worksheet part, streamed: `<row>`/`<c>` elements become plain values (the same
 * values the ExcelJS port gives: dates for date-formatted numbers, a formula's cached result, rich
 * text joined, errors as their text) placed into a table. Only rows that hold values allocate; rows
 * above, left, right of or below the table are skipped while they stream past.
 */
import { type CellValue, isBlank } from "../../core/cells";
import type { Bounds } from "../../core/workbook/addresses";
import { cutToHeaders, HeaderSearch } from "../../core/workbook/headerRow";
import {
  EXCEL_MAX_COLUMNS,
  EXCEL_MAX_ROWS,
  MAX_TABLE_CELLS,
  TextBudget,
  XlsxReadError,
} from "./limits";
import { StringItemText } from "./packageParts";
import type { Attributes, XmlHandler } from "./xml";

export type { Bounds };

export interface SheetContext {
  sharedStrings: readonly string[];
  /** Counts the text kept beyond the shared strings (inline and formula strings). */
  text: TextBudget;
  /**
   * One Date per distinct serial, as the shared-string table gives one string per distinct text: a
   * month column of 900,000 rows holds a few dozen Dates, and the core's memoized parsing (keyed by
   * value identity) then parses each once instead of once per row. Nothing in the core mutates a Date.
   */
  dates: Map<number, Date>;
  dateStyles: Uint8Array;
  date1904: boolean;
}

/** What a scan finds: the header row, the header cells and the data rows below it. */
export interface ScannedTable {
  headerRow: number;
  firstColumn: number;
  headerValues: CellValue[];
  rows: CellValue[][];
  /** Formula cells without a cached result: [data row index, column index]. */
  uncalculated: Array<[number, number]>;
}

const MS_PER_DAY = 24 * 3600 * 1000;
const UNIX_EPOCH_SERIAL = 25569;
const DATE_1904_OFFSET = 1462;
/** Distinct dates shared (a century of days, and then some); later ones get their own Date. */
const MAX_SHARED_DATES = 1 << 16;

/** "AB12" → 28 (the column number of an A1 address); 0 when the address has no letters. */
function columnOfAddress(address: string): number {
  let column = 0;
  for (let i = 0; i < address.length; i++) {
    const code = address.charCodeAt(i) | 0x20; // lower-case letters
    if (code < 97 || code > 122) break;
    column = column * 26 + (code - 96);
  }
  return column;
}

type Capture = "none" | "value" | "inline";

/**
 * The SAX handler of a worksheet. Without bounds it looks for the header row by the core's one rule
 * (src/core/workbook/headerRow.ts) while the rows stream past: the first row with two or more filled
 * cells (a one-cell title or note line above is skipped), else the first filled row.
 */
export class SheetScanner implements XmlHandler {
  private bounds: Bounds | null;
  private readonly width: () => number;
  private finished = false;

  // The current row and cell.
  private rowNumber = 0;
  private skipRow = false;
  private column = 0;
  private cellType = "";
  private cellStyle = 0;
  private hasFormula = false;
  private hasValue = false;
  private skipCell = true;
  private capture: Capture = "none";
  private valueText = "";
  private readonly inline = new StringItemText();

  // While looking for the header row: the current row's cells, and single-cell rows seen so far.
  private searchCells: Array<[number, CellValue]> = [];
  private readonly search = new HeaderSearch();
  private firstFilled: { row: number; column: number; value: CellValue } | null = null;
  private singles: Array<{ row: number; cells: Array<[number, CellValue]> }> = [];

  // The table being built.
  private headerRow = 0;
  private headerValues: CellValue[] = [];
  private headerDone = false;
  private readonly rows: CellValue[][] = [];
  private blankRow: CellValue[] | null = null;
  private currentRow: CellValue[] | null = null;
  private lastFilled = -1;
  private allocatedCells = 0;
  private readonly uncalculated: Array<[number, number]> = [];

  constructor(
    private readonly ctx: SheetContext,
    table: Bounds | null,
    /** Stop once the header row is read (type detection needs nothing more). */
    private readonly headerOnly = false
  ) {
    this.bounds = table;
    if (table) this.headerRow = table.top;
    this.width = () => (this.bounds ? this.bounds.right - this.bounds.left + 1 : 0);
  }

  done(): boolean {
    return this.finished;
  }

  open(name: string, a: Attributes): void {
    if (name === "c") {
      this.openCell(a);
    } else if (name === "row") {
      this.openRow(a);
    } else if (this.skipCell) {
      return;
    } else if (name === "v") {
      this.capture = "value";
      this.hasValue = true;
      this.valueText = "";
    } else if (name === "f") {
      this.hasFormula = true;
    } else if (name === "is") {
      this.capture = "inline";
      this.hasValue = true;
      this.inline.take();
    } else if (this.capture === "inline") {
      this.inline.open(name);
    }
  }

  text(text: string): void {
    if (this.capture === "value") this.valueText += text;
    else if (this.capture === "inline") this.inline.text(text);
  }

  close(name: string): void {
    if (name === "c") {
      if (!this.skipCell) this.closeCell();
      this.skipCell = true;
    } else if (name === "row") {
      this.closeRow();
    } else if (name === "v" || name === "is") {
      this.capture = "none";
    } else if (this.capture === "inline") {
      this.inline.close(name);
    } else if (name === "sheetData") {
      this.finished = true;
    }
  }

  private openRow(a: Attributes): void {
    const r = a.r;
    this.rowNumber = r !== undefined ? Number(r) : this.rowNumber + 1;
    if (!Number.isInteger(this.rowNumber) || this.rowNumber < 1)
      throw new XlsxReadError({ kind: "damaged" });
    if (this.rowNumber > EXCEL_MAX_ROWS)
      throw new XlsxReadError({ kind: "rows", row: this.rowNumber });
    this.column = 0;
    this.currentRow = null;
    const b = this.bounds;
    if (b && this.rowNumber > b.bottom) {
      this.finished = true;
      this.skipRow = true;
    } else {
      this.skipRow = b !== null && this.rowNumber < b.top;
    }
  }

  private openCell(a: Attributes): void {
    const ref = a.r;
    const column = ref !== undefined ? columnOfAddress(ref) : this.column + 1;
    this.column = column;
    if (column < 1) throw new XlsxReadError({ kind: "damaged" });
    if (column > EXCEL_MAX_COLUMNS)
      throw new XlsxReadError({ kind: "columns", address: ref ?? String(column) });
    const b = this.bounds;
    this.skipCell =
      this.skipRow || this.finished || (b !== null && (column < b.left || column > b.right));
    if (this.skipCell) return;
    this.cellType = a.t ?? "n";
    this.cellStyle = a.s !== undefined ? Number(a.s) : 0;
    this.hasFormula = false;
    this.hasValue = false;
    this.capture = "none";
  }

  /** The plain value of the cell just closed (null when it has none). */
  private cellValue(): CellValue {
    if (!this.hasValue) return null;
    const text = this.valueText;
    switch (this.cellType) {
      case "s": {
        const s = this.ctx.sharedStrings[Number(text)];
        return s === undefined ? null : s;
      }
      case "inlineStr":
        return this.ctx.text.take(this.inline.take());
      case "str":
        return this.ctx.text.take(text);
      case "b":
        return text === "" ? null : Number(text) !== 0;
      case "e":
        return text === "" ? null : this.ctx.text.take(text);
      case "d": {
        const date = new Date(text);
        return isNaN(date.getTime()) ? text : date;
      }
      default: {
        if (text === "") return null;
        const number = Number(text);
        if (this.ctx.dateStyles[this.cellStyle] === 1) {
          const known = this.ctx.dates.get(number);
          if (known !== undefined) return known;
          const offset = this.ctx.date1904 ? DATE_1904_OFFSET : 0;
          const date = new Date(Math.round((number - UNIX_EPOCH_SERIAL + offset) * MS_PER_DAY));
          if (this.ctx.dates.size < MAX_SHARED_DATES) this.ctx.dates.set(number, date);
          return date;
        }
        return number;
      }
    }
  }

  private closeCell(): void {
    const value = this.cellValue();
    const uncalculated = this.hasFormula && !this.hasValue;
    if (this.bounds === null) {
      if (value !== null || uncalculated) this.searchCells.push([this.column, value]);
      return;
    }
    if (this.rowNumber === this.headerRow) {
      this.headerValues[this.column - this.bounds.left] = value;
      return;
    }
    if (value === null && !uncalculated) return;
    this.place(this.column, value, uncalculated);
  }

  /** Puts a value into the data row of the current row number, allocating that row on its first value. */
  private place(column: number, value: CellValue, uncalculated: boolean): void {
    const b = this.bounds as Bounds;
    const index = this.rowNumber - this.headerRow - 1;
    if (this.currentRow === null) {
      const width = this.width();
      this.allocatedCells += width;
      if (this.allocatedCells > MAX_TABLE_CELLS)
        throw new XlsxReadError({ kind: "cells", limit: MAX_TABLE_CELLS });
      if (this.rows.length < index) {
        // Blank rows inside the table keep the row numbers; they share one read-only row.
        this.blankRow ??= Object.freeze(new Array<CellValue>(width).fill(null)) as CellValue[];
        while (this.rows.length < index) this.rows.push(this.blankRow);
      }
      this.currentRow = new Array<CellValue>(width).fill(null);
      this.rows.push(this.currentRow);
    }
    this.currentRow[column - b.left] = value;
    if (uncalculated) this.uncalculated.push([index, column - b.left]);
    if (uncalculated || !isBlank(value)) this.lastFilled = index;
  }

  private closeRow(): void {
    if (this.skipRow) return;
    if (this.bounds === null) {
      this.closeSearchRow();
      return;
    }
    if (this.rowNumber === this.headerRow) this.finishHeader();
    this.currentRow = null;
  }

  /** The header row of a table is read: its width is cut to its last filled header. */
  private finishHeader(): void {
    const b = this.bounds as Bounds;
    b.right = cutToHeaders(b.left, b.right, this.headerValues);
    this.headerValues.length = b.right - b.left + 1;
    this.headerDone = true;
    if (this.headerOnly) this.finished = true;
  }

  private closeSearchRow(): void {
    const cells = this.searchCells;
    this.searchCells = [];
    // Rows below a lone first line matter only as data, which a header-only scan does not keep.
    const keep = !this.headerOnly && this.firstFilled !== null;
    if (this.search.offer(this.rowNumber, cells)) {
      const { row, left, right } = this.search.found!;
      this.startTable(row, left, right, cells);
      return;
    }
    const first = this.search.first;
    if (!this.firstFilled && first) {
      this.firstFilled = {
        row: first.row,
        column: first.left,
        value: cells.find(([c]) => c === first.left)?.[1] ?? null,
      };
    } else if (keep && cells.length > 0) {
      this.singles.push({ row: this.rowNumber, cells });
    }
  }

  private startTable(
    row: number,
    left: number,
    right: number,
    cells: Array<[number, CellValue]>
  ): void {
    this.bounds = { top: row, left, right, bottom: Infinity };
    this.headerRow = row;
    this.headerValues = new Array<CellValue>(right - left + 1).fill(null);
    for (const [column, value] of cells)
      if (column >= left && column <= right) this.headerValues[column - left] = value;
    this.headerDone = true;
    this.singles = [];
    if (this.headerOnly) this.finished = true;
  }

  /** The table found, once the part has been read (or the scan stopped). */
  result(): ScannedTable | null {
    if (this.bounds === null) {
      // No row with two filled cells: the first filled row is the header, the rows below it its data.
      const first = this.firstFilled;
      if (!first) return null;
      const singles = this.singles;
      this.startTable(first.row, first.column, first.column, [[first.column, first.value]]);
      for (const single of singles) {
        this.rowNumber = single.row;
        this.currentRow = null;
        for (const [column, value] of single.cells)
          if (column === first.column) this.place(column, value, value === null);
      }
    }
    const b = this.bounds as Bounds;
    if (!this.headerDone) this.headerValues.length = b.right - b.left + 1;
    const rows = this.rows;
    rows.length = this.lastFilled + 1; // trailing blank rows are formatting, not data
    return {
      headerRow: this.headerRow,
      firstColumn: b.left,
      headerValues: Array.from(this.headerValues, (v) => (v === undefined ? null : v)),
      rows,
      uncalculated: this.uncalculated.filter(([row]) => row < rows.length),
    };
  }
}

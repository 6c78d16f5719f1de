/**
 * Where a sheet's table is: the one rule both adapters read by (the CLI's streaming reader while the
 * XML streams past, the Office adapter over the chunks of the used range it reads).
 *
 * - A sheet with an Excel table: its (top-left) table, the totals row left out, as wide as its headers.
 * - Otherwise the header row is the first row with two or more filled cells, spanning its first to its
 *   last filled cell: a title or note line above the headers (the demo's, many exports') is skipped
 *   however many rows it is above them. A sheet without such a row has the first filled row as header.
 * - The data rows run from the header row down to the last row with a value in the table's columns;
 *   blank rows inside stay, so row numbers hold.
 */
import { type CellValue, isBlank } from "../cells";
import type { SheetTable } from "../registry/types";
import { type Bounds, parseRange } from "./addresses";

/** The cells of one row as [1-based column, value] pairs, in any order, blanks allowed. */
export type RowCells = ReadonlyArray<readonly [number, CellValue]>;

/** The located header row: its row number and the columns from its first to its last filled cell. */
export interface HeaderRow {
  row: number;
  left: number;
  right: number;
}

/** Finds the header row from rows offered top to bottom. */
export class HeaderSearch {
  /** The first filled row, the header when no row has two filled cells. */
  first: HeaderRow | null = null;
  /** The header row, once a row with two or more filled cells has been offered. */
  found: HeaderRow | null = null;

  /** Offers the next row; true once the header row is found (later rows need not be offered). */
  offer(row: number, cells: RowCells): boolean {
    if (this.found) return true;
    let filled = 0;
    let left = 0;
    let right = 0;
    for (const [column, value] of cells) {
      if (isBlank(value)) continue;
      if (left === 0 || column < left) left = column;
      if (column > right) right = column;
      filled++;
    }
    if (filled >= 2) this.found = { row, left, right };
    else if (filled === 1 && !this.first) this.first = { row, left, right };
    return this.found !== null;
  }

  /** The header row: the one found, else the first filled row, else null (an empty sheet). */
  result(): HeaderRow | null {
    return this.found ?? this.first;
  }
}

/** An Excel table of a sheet as the file or the host describes it. */
export interface SheetTableRef {
  ref: string;
  totalsRowCount: number;
}

/** The bounds of a sheet's first (top-left) Excel table, its totals row left out; null without one. */
export function firstTableBounds(tables: readonly SheetTableRef[]): Bounds | null {
  const found = tables
    .map((t) => {
      const b = parseRange(t.ref);
      return b && t.totalsRowCount > 0
        ? { ...b, bottom: Math.max(b.top, b.bottom - t.totalsRowCount) }
        : b;
    })
    .filter((b): b is Bounds => b !== null)
    .sort((a, b) => a.top - b.top || a.left - b.left);
  return found[0] ?? null;
}

/** The right edge of a table's columns: its last filled header (a ref may claim every column, A1:XFD…). */
export function cutToHeaders(
  left: number,
  right: number,
  headerValues: readonly CellValue[]
): number {
  let last = -1;
  for (let c = 0; c < headerValues.length && c <= right - left; c++)
    if (!isBlank(headerValues[c])) last = c;
  return last >= 0 ? left + last : right;
}

/** A header cell as text: trimmed, blank as "". */
export function headerText(value: CellValue): string {
  return isBlank(value) ? "" : String(value).trim();
}

/** An empty sheet's table. */
export function emptyTable(name: string): SheetTable {
  return { name, headerRow: 1, firstColumn: 1, headers: [], rows: [] };
}

/**
 * The table of a sheet read as a block of values (the Office adapter's used range): `grid[0][0]` is
 * the cell at row `top`, column `left` (1-based). `table` is the sheet's Excel table, if it has one.
 */
export function tableOfGrid(
  name: string,
  grid: readonly CellValue[][],
  top: number,
  left: number,
  table: Bounds | null = null
): SheetTable {
  let bounds: Bounds;
  if (table) {
    const headerValues = grid[table.top - top] ?? [];
    const right = cutToHeaders(table.left, table.right, headerValues.slice(table.left - left));
    bounds = { ...table, right };
  } else {
    const search = new HeaderSearch();
    for (let r = 0; r < grid.length; r++) {
      if (
        search.offer(
          top + r,
          grid[r].map((v, c) => [left + c, v] as const)
        )
      )
        break;
    }
    const header = search.result();
    if (!header) return emptyTable(name);
    bounds = {
      top: header.row,
      left: header.left,
      right: header.right,
      bottom: top + grid.length - 1,
    };
  }
  const width = bounds.right - bounds.left + 1;
  const slice = (r: number): CellValue[] => {
    const row = grid[r - top] ?? [];
    const values = new Array<CellValue>(width);
    for (let c = 0; c < width; c++) {
      const v = row[bounds.left - left + c];
      values[c] = v === undefined ? null : v;
    }
    return values;
  };
  const rows: CellValue[][] = [];
  let lastFilled = 0;
  const bottom = Math.min(bounds.bottom, top + grid.length - 1);
  for (let r = bounds.top + 1; r <= bottom; r++) {
    const values = slice(r);
    rows.push(values);
    if (values.some((v) => !isBlank(v))) lastFilled = rows.length;
  }
  rows.length = lastFilled; // trailing blank rows are formatting, not data
  return {
    name,
    headerRow: bounds.top,
    firstColumn: bounds.left,
    headers: slice(bounds.top).map(headerText),
    rows,
  };
}

/**
 * A1 addresses from Office.js's 0-based indexes (getRangeByIndexes, rowIndex, columnIndex): converted
 * here to the core's 1-based numbering (src/core/workbook/addresses.ts), which spells the letters.
 */
import { columnLetters } from "../core/workbook/addresses";

/** The A1 address of a 0-based row and column ("A1" for 0, 0). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column + 1)}${row + 1}`;
}

/** The A1 address of a block of cells from its top-left corner (0-based) and size. */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  return rows === 1 && columns === 1
    ? start
    : `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** The address without a sheet prefix ("'Blad 1'!B5" → "B5"). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

/**
 * The bounds of reading an .xlsx file, and the one failure type every reading problem becomes.
 *
 * Nothing is allocated by what a file declares (a `<dimension>`, a table ref, the sizes in the zip's
 * directory): bytes are counted while they inflate, cells and rows while they are parsed.
 */

/**
 * Inflated XML read for one opened workbook (every part read, counted as it inflates). 1 GiB holds
 * the largest real registers (a full 1,048,576-row sheet of ten columns is about 400 MB of XML) and
 * stops a zip bomb long before memory runs out: only values are kept, never the XML itself.
 */
export const MAX_INFLATED_BYTES = 1024 * 1024 * 1024;

/** Excel's own grid: 1,048,576 rows × 16,384 columns (XFD). Anything beyond is not a real sheet. */
export const EXCEL_MAX_ROWS = 1_048_576;
export const EXCEL_MAX_COLUMNS = 16_384;

/**
 * Cells held for one read table (rows that hold values × the table's width). 50 million cells is a
 * 1,048,576-row register of 47 columns; beyond that the values alone would not fit in the CLI's memory.
 */
export const MAX_TABLE_CELLS = 50_000_000;

export type XlsxProblem =
  /** Not a zip, a damaged zip or XML part, a missing part. */
  | { kind: "damaged" }
  /** An encrypted zip entry (a password-protected workbook is not a zip at all: "damaged"). */
  | { kind: "encrypted" }
  | { kind: "inflated"; limit: number }
  | { kind: "rows"; row: number }
  | { kind: "columns"; address: string }
  | { kind: "cells"; limit: number }
  | { kind: "sheet"; name: string };

/** A reading failure: the input layer words it as one line naming the file. */
export class XlsxReadError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(`xlsx: ${problem.kind}`);
    this.name = "XlsxReadError";
  }
}

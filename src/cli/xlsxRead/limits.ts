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
 * Cells held for one read table (rows that hold values × the table's width): a full-height register
 * of 32 columns (33,554,432 cells). Its values take up to ~800 MB (a pointer and a boxed number per
 * cell), which is what the CLI can hold under a 1.5 GB heap; the largest real registers are far below.
 */
export const MAX_TABLE_CELLS = EXCEL_MAX_ROWS * 32;

/**
 * Characters of text kept for one workbook (shared strings, inline and formula strings). Text is what
 * stays in memory after the XML is gone, so a bomb of long strings is stopped here: 256 Mi characters
 * is ten times the text of a 1,048,576-row register of names and codes.
 */
export const MAX_TEXT_CHARS = 256 * 1024 * 1024;

/** Counts kept text against MAX_TEXT_CHARS. */
export class TextBudget {
  private used = 0;

  constructor(private readonly limit = MAX_TEXT_CHARS) {}

  take(text: string): string {
    this.used += text.length;
    if (this.used > this.limit) throw new XlsxReadError({ kind: "text", limit: this.limit });
    return text;
  }
}

export type XlsxProblem =
  /** Not a zip, a damaged zip or XML part, a missing part. */
  | { kind: "damaged" }
  /** An encrypted zip entry (a password-protected workbook is not a zip at all: "damaged"). */
  | { kind: "encrypted" }
  | { kind: "inflated"; limit: number }
  | { kind: "rows"; row: number }
  | { kind: "columns"; address: string }
  | { kind: "cells"; limit: number }
  | { kind: "text"; limit: number }
  | { kind: "sheet"; name: string };

/** A reading failure: the input layer words it as one line naming the file. */
export class XlsxReadError extends Error {
  constructor(readonly problem: XlsxProblem) {
    super(`xlsx: ${problem.kind}`);
    this.name = "XlsxReadError";
  }
}

/**
 * The shared vocabulary of registry validation: register types, issues, reports, and the workbook
 * port that both adapters (ExcelJS in the CLI, Office.js in the task pane) implement.
 */
import type { CellValue } from "../cells";

export type RegisterType =
  | "avslut"
  | "forsorjningsstod"
  | "vux"
  | "personalkostnad"
  | "enkat"
  | "enkaturval"
  | "progression"
  | "scb"
  | "sfi";

export type Severity = "error" | "warning" | "info";

/** Stable check codes of SPEC §5. */
export type CheckCode =
  | "table/empty"
  | "column/missing"
  | "column/duplicate"
  | "column/sensitive"
  | "column/identifying"
  | "cell/required"
  | "cell/uncalculated"
  | "pnr/format"
  | "pnr/checksum"
  | "pnr/date"
  | "pnr/coordination"
  | "pnr/misplaced"
  | "date/invalid"
  | "date/future"
  | "date/order"
  | "code/unknown"
  | "number/invalid"
  | "number/negative"
  | "gender/invalid"
  | "gender/mismatch"
  | "row/duplicate"
  | "key/duplicate"
  | "row/conditional"
  | "answer/scale"
  | "total/mismatch";

/** One finding. `row` is the Excel row number; messages never contain an unmasked personnummer. */
export interface Issue {
  row: number;
  column: string;
  address: string;
  code: CheckCode;
  severity: Severity;
  message: { sv: string; en: string };
}

export interface SeverityCounts {
  error: number;
  warning: number;
  info: number;
}

export interface ValidationReport {
  sheet: string;
  type: RegisterType;
  /** Data rows (excluding the header row). */
  rows: number;
  /** Listed issues, capped per code. */
  issues: Issue[];
  /** Exact counts, whatever the cap. */
  counts: SeverityCounts;
  countsByCode: Partial<Record<CheckCode, number>>;
  /** Field key → column index (0-based) the checks used; absent fields are not there. */
  mapping?: Record<string, number>;
}

/** A sheet as read: the header row and the data rows below it, cell values as the adapters give them. */
export interface SheetTable {
  name: string;
  /** Excel row number (1-based) of the header row; data starts on the row below. */
  headerRow: number;
  /** Excel column number (1-based) of the first column. */
  firstColumn: number;
  headers: string[];
  rows: CellValue[][];
  /**
   * Formula cells saved without a calculated value, as [data row index, column index]: they read as
   * blank in `rows` but are not blank (the file was written by a tool that does not calculate).
   */
  uncalculated?: ReadonlyArray<readonly [number, number]>;
}

/** A plain table to be written as a new sheet (a fixed copy, a validation report). */
export interface NewTableSheet {
  name: string;
  headers: string[];
  rows: CellValue[][];
  /** Excel number format per column index, e.g. "yyyy-mm-dd". */
  numberFormats?: Record<number, string>;
}

export interface ReadOptions {
  onProgress?: (rowsRead: number, totalRows: number) => void;
  signal?: AbortSignal;
}

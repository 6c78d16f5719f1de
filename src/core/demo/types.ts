/** The demo workbook as a description: the CLI's ExcelJS writer (or any other adapter) carries it out. */
import type { NewTableSheet } from "../registry/types";
import type { DemoPerson } from "./random";

/** A sheet of the demo workbook: a table of values, written as an Excel table when tableName is set. */
export interface DemoSheet extends NewTableSheet {
  /** Standard Excel table name (Avslut, Forsorjningsstod …); absent for plain ranges like the import sheet. */
  tableName?: string;
  /** A line above the table saying the data is synthetic (Swedish / English). */
  note?: string;
  /** Column widths in characters, by column index. */
  widths?: Record<number, number>;
  /** A comment on the header's first cell, for sheets without a note line (their header must be row 1). */
  headerComment?: string;
}

/** The whole demo workbook: an explanation sheet first, then the registers. */
export interface DemoWorkbook {
  about: { name: string; lines: string[] };
  sheets: DemoSheet[];
}

/** Options of the generator; `today` (an Excel serial) bounds every date so that nothing lies ahead. */
export interface DemoOptions {
  exits: number;
  seed: number;
  today: number;
}

/** One exit from a Jobbtorg unit, before it becomes a row (the support register is derived from it). */
export interface DemoExit {
  person: DemoPerson;
  unit: string;
  insats: string;
  start: number;
  end: number;
  reason: string;
  /** Issue #13's optional columns as the sheet writes them (`addTargetGroupColumns`). */
  targetGroup?: DemoTargetGroupColumns;
}

/** Utbildningsnivå, Bakgrund, Folkbokföringsdatum, Partnerskap and Sysselsättning 3 mån of one exit ("" = blank). */
export interface DemoTargetGroupColumns {
  educationLevel: string;
  background: string;
  registered: number | null;
  partnership: string;
  followUp3m: string;
}

/** Swedish + English note placed above every demo table. */
export const SYNTHETIC_NOTE =
  "Syntetiska demodata – inga verkliga personer. / Synthetic demo data – no real persons.";

export const DATE_FORMAT = "yyyy-mm-dd";
export const MONTH_FORMAT = "yyyy-mm";
export const AMOUNT_FORMAT = "#,##0";
export const SHARE_FORMAT = "0%";

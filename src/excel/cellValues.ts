/**
 * Cell values on their way into Excel. Office.js takes a string like typed input, so "0123" would
 * become the number 123, "2026-01-05" a date and "=X" a formula; a leading apostrophe keeps such text
 * as text, which is what a faithful copy and a report must do.
 */
import type { CellValue } from "../core/cells";

// Text Excel would turn into something else: numbers, dates, times, percentages, formulas, booleans.
const NEEDS_TEXT_MARK = /^\s*[-+=@.(\d']|^\s*(true|false|sant|falskt)\s*$/i;

const MS_PER_DAY = 86_400_000;
// 1970-01-01 as an Excel serial (1900 date system, epoch 1899-12-30).
const UNIX_EPOCH_SERIAL = 25_569;

/** The value to put into a cell for a value from the core: blanks as "", dates as serials, text kept text. */
export function toExcelValue(value: CellValue): string | number | boolean {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  if (typeof value === "string" && NEEDS_TEXT_MARK.test(value)) return `'${value}`;
  return value;
}

/**
 * What the indicators share: which rows are in scope (gender filter, period window), blank handling
 * for code and date columns, and per-call memoisation so that a whole column costs one lookup per row.
 */
import {
  CellValue,
  displayValue,
  Gender,
  monthOfSerial,
  parseDate,
  parseGender,
  parseMonth,
  periodWindow,
} from "../cells";
import { AmfError } from "../errors";

/**
 * Blank for code, ID, gender and date columns: null, "", spaces, or 0 (some Excel clients send empty
 * cells as 0, and 0 is never a valid code, ID or date there). Number columns keep 0 as a real zero.
 */
export function isEmptyCell(value: CellValue): boolean {
  if (value === null || value === undefined || value === 0) return true;
  return typeof value === "string" && (value === "" || value.trim() === "");
}

/**
 * A per-call cache in front of a pure cell conversion: registers repeat the same codes, dates and IDs
 * on thousands of rows, and a Map hit is far cheaper than trimming, lower-casing or parsing again.
 */
export function memoize<T>(convert: (value: CellValue) => T, limit = 1 << 21): (value: CellValue) => T {
  const cache = new Map<CellValue, T>();
  return (value) => {
    const hit = cache.get(value);
    if (hit !== undefined || cache.has(value)) return hit as T;
    const result = convert(value);
    if (cache.size < limit) cache.set(value, result);
    return result;
  };
}

/** The filters a rate indicator accepts besides its own columns. */
export interface ScopeOptions {
  /** Gender column beside the rows (any of SPEC §3's spellings). */
  genders?: CellValue[] | null;
  /** Keep only this gender; null or absent keeps everyone. */
  gender?: Gender | null;
  /** End of the period (Excel serial); null or absent keeps every row. */
  periodEnd?: number | null;
  /** Whole calendar months of the window, ending with periodEnd's month (default 12). */
  months?: number | null;
}

/** Argument names used in messages, as the Excel function calls them. */
export interface ScopeNames {
  genders: string;
  gender: string;
  dates: string;
  periodEnd: string;
  months: string;
}

/** The longest window `months` may ask for (100 years). */
export const MAX_MONTHS = 1200;

/** Validates `months` (a whole number 1..1200; out of range is #NUM!) and applies the default 12. */
export function monthsOf(months: number | null | undefined, argName: string): number {
  if (months === null || months === undefined) return 12;
  if (!Number.isInteger(months) || months < 1 || months > MAX_MONTHS) {
    throw new AmfError("num", "outOfRange", { arg: argName, min: 1, max: MAX_MONTHS });
  }
  return months;
}

/**
 * A row test for the scope options, or null when every row is in scope. `dates` is the column the
 * period window applies to. Rows with an unreadable date or gender fail with #VALUE! naming the row.
 */
export function rowFilter(
  options: ScopeOptions,
  dates: CellValue[] | null | undefined,
  names: ScopeNames
): ((row: number) => boolean) | null {
  const { genders, gender, periodEnd } = options;
  const months = monthsOf(options.months, names.months);
  const byGender = gender !== null && gender !== undefined;
  const byPeriod = periodEnd !== null && periodEnd !== undefined;
  if (byGender && !genders) throw new AmfError("value", "filterNeedsColumn", { arg: names.gender, column: names.genders });
  if (byPeriod && !dates) throw new AmfError("value", "filterNeedsColumn", { arg: names.periodEnd, column: names.dates });
  if (!byGender && !byPeriod) return null;

  const window = byPeriod ? periodWindow(periodEnd, months) : null;
  const genderOf = byGender ? genderReader(names.genders) : null;
  const dateOf = byPeriod ? dateReader(names.dates) : null;
  return (row) => {
    if (window && dateOf) {
      const serial = dateOf(dates![row], row);
      if (serial < window.from || serial > window.to) return false;
    }
    if (genderOf) return genderOf(genders![row], row) === gender;
    return true;
  };
}

/** Reads gender cells (blank → null); an unknown code fails with #VALUE! naming the row. */
export function genderReader(argName: string): (value: CellValue, row: number) => Gender | null {
  const parse = memoize((v) => (isEmptyCell(v) ? null : parseGender(v)));
  return (value, row) => {
    const g = parse(value);
    if (g === undefined) throw new AmfError("value", "invalidGender", { arg: argName, row: row + 1, value: displayValue(value) });
    return g;
  };
}

/** Reads required date cells as serials; blank or unreadable fails with #VALUE! naming the row. */
export function dateReader(argName: string): (value: CellValue, row: number) => number {
  const parse = memoize(parseDate);
  return (value, row) => {
    const serial = parse(value);
    if (serial === null) throw new AmfError("value", "invalidDate", { arg: argName, row: row + 1, value: displayValue(value) });
    return serial;
  };
}

/** Reads required month cells (a date or YYYY-MM) as month indexes; failures name the row. */
export function monthReader(argName: string): (value: CellValue, row: number) => number {
  const parse = memoize(parseMonth);
  return (value, row) => {
    const month = parse(value);
    if (month === null) throw new AmfError("value", "invalidMonth", { arg: argName, row: row + 1, value: displayValue(value) });
    return month;
  };
}

/** Month index of a serial, cached (the same exit dates recur across a register). */
export function monthOfSerialReader(): (serial: number) => number {
  return memoize((v) => monthOfSerial(v as number)) as (serial: number) => number;
}

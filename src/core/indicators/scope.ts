/**
 * What the indicators share: which rows are in scope (gender filter, period window), blank handling
 * for code and date columns, and per-call memoisation so that a whole column costs one lookup per row.
 */
import {
  CellValue,
  displayValue,
  Gender,
  isBlankOrZero,
  parseDate,
  parseGender,
  parseMonth,
  periodWindow,
  requireDate,
} from "../cells";
import { AmfError } from "../errors";
import { cellAt, Column } from "./columns";

/**
 * A per-call cache in front of a pure cell conversion: registers repeat the same codes, dates and IDs
 * on thousands of rows, and a lookup is far cheaper than trimming, lower-casing or parsing again.
 * Excel hands every cell over as its own string, so a Map lookup must hash and compare contents; for
 * the few values of a code column, comparing with the last few distinct values is about twice as fast.
 * A column with many distinct values (IDs) soon turns that front list off and uses the Map alone.
 */
export function memoize<T>(convert: (value: CellValue) => T, limit = 1 << 21): (value: CellValue) => T {
  const cache = new Map<CellValue, T>();
  const recentKeys: CellValue[] = [];
  const recentValues: T[] = [];
  let frontMisses = 0;
  return (value) => {
    if (frontMisses < 64) {
      for (let i = 0; i < recentKeys.length; i++) if (recentKeys[i] === value) return recentValues[i];
    }
    let result = cache.get(value);
    if (result === undefined && !cache.has(value)) {
      result = convert(value);
      if (cache.size < limit) cache.set(value, result);
    }
    if (frontMisses < 64) {
      if (recentKeys.length < 12) {
        recentKeys.push(value);
        recentValues.push(result as T);
      } else frontMisses++;
    }
    return result as T;
  };
}

/** The filters a rate indicator accepts besides its own columns. */
export interface ScopeOptions {
  /** Gender column beside the rows (any of SPEC §3's spellings). */
  genders?: Column | null;
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

/** The parts of a row test, for loops that inline it (see rowFilter for what each part means). */
export interface RowScope {
  /** Inclusive serial bounds of the period window, or null without periodEnd. */
  window: { from: number; to: number } | null;
  /** The gender kept, or null for everyone. */
  gender: Gender | null;
  /** Reads a row's date (throws #VALUE! naming the row); set when window is. */
  dateOf: ((value: CellValue, row: number) => number) | null;
  /** Reads a row's gender (throws #VALUE! naming the row); set when gender is. */
  genderOf: ((value: CellValue, row: number) => Gender | null) | null;
}

/**
 * The scope options checked and taken apart, or null when every row is in scope. Argument errors
 * (a filter without its column, months out of range) are thrown here, before any row is read.
 */
export function rowScope(options: ScopeOptions, dates: Column | null | undefined, names: ScopeNames): RowScope | null {
  const { genders, gender, periodEnd } = options;
  const months = monthsOf(options.months, names.months);
  const byGender = gender !== null && gender !== undefined;
  const byPeriod = periodEnd !== null && periodEnd !== undefined;
  if (byGender && !genders) throw new AmfError("value", "filterNeedsColumn", { arg: names.gender, needs: names.genders });
  if (byPeriod && !dates) throw new AmfError("value", "filterNeedsColumn", { arg: names.periodEnd, needs: names.dates });
  if (!byGender && !byPeriod) return null;
  return {
    window: byPeriod ? periodWindow(periodEnd, months) : null,
    gender: byGender ? gender : null,
    dateOf: byPeriod ? dateReader(names.dates) : null,
    genderOf: byGender ? genderReader(names.genders) : null,
  };
}

/**
 * A row test for the scope options, or null when every row is in scope. `dates` is the column the
 * period window applies to. Rows with an unreadable date or gender fail with #VALUE! naming the row;
 * the date is read first, and a row outside the window is out without its gender being read.
 */
export function rowFilter(
  options: ScopeOptions,
  dates: Column | null | undefined,
  names: ScopeNames
): ((row: number) => boolean) | null {
  const scope = rowScope(options, dates, names);
  if (scope === null) return null;
  const { window, gender, dateOf, genderOf } = scope;
  const { genders } = options;
  return (row) => {
    if (window && dateOf) {
      const serial = dateOf(cellAt(dates!, row), row);
      if (serial < window.from || serial > window.to) return false;
    }
    if (genderOf) return genderOf(cellAt(genders!, row), row) === gender;
    return true;
  };
}

/** Reads gender cells (blank → null); an unknown code fails with #VALUE! naming the row. */
export function genderReader(argName: string): (value: CellValue, row: number) => Gender | null {
  const parse = memoize((v) => (isBlankOrZero(v) ? null : parseGender(v)));
  return (value, row) => {
    // The two standard codes skip the cache: on a whole column every lookup counts.
    if (value === "K") return "K";
    if (value === "M") return "M";
    const g = parse(value);
    if (g === undefined) throw new AmfError("value", "invalidGender", { arg: argName, row: row + 1, value: displayValue(value) });
    return g;
  };
}

/** Reads required date cells as serials; blank or unreadable fails with #VALUE! naming the row. */
export function dateReader(argName: string): (value: CellValue, row: number) => number {
  const parse = memoize(parseDate);
  return (value, row) => {
    // Serial numbers (what Excel sends for date cells) are cheaper to check than to look up.
    const serial = typeof value === "number" ? parseDate(value) : parse(value);
    // requireDate re-reads only a failing cell, to throw the one #VALUE! message that names the row.
    return serial ?? requireDate(value, argName, row + 1);
  };
}

/** Reads required month cells (a date or YYYY-MM) as month indexes; failures name the row. */
export function monthReader(argName: string): (value: CellValue, row: number) => number {
  const parse = memoize(parseMonth);
  return (value, row) => {
    // Support registers run to millions of rows: the two common forms are read directly.
    const month = typeof value === "string" ? yearMonthText(value) ?? parse(value) : typeof value === "number" ? serialMonth(value) : parse(value);
    if (month === null) throw new AmfError("value", "invalidMonth", { arg: argName, row: row + 1, value: displayValue(value) });
    return month;
  };
}

/**
 * Month index (year × 12 + month − 1) of a whole-day Excel serial, by calendar arithmetic (Howard
 * Hinnant's days-to-civil) instead of a Date object: it runs once per exit on whole columns.
 */
export function monthIndexOfSerial(serial: number): number {
  const z = serial - 25569 + 719468; // days since 0000-03-01 in the proleptic Gregorian calendar
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153); // 0 = March
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}

/** Month index of exact "YYYY-MM" text by character codes, or null for any other text. */
function yearMonthText(text: string): number | null {
  if (text.length !== 7 || text.charCodeAt(4) !== 45) return null;
  let year = 0;
  for (let i = 0; i < 4; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return null;
    year = year * 10 + d;
  }
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  if (m1 < 0 || m1 > 1 || m2 < 0 || m2 > 9) return null;
  const month = m1 * 10 + m2;
  return year >= 1900 && month >= 1 && month <= 12 ? year * 12 + month - 1 : null;
}

/** Month index of a serial date cell, or null when the number is no date. */
function serialMonth(value: number): number | null {
  const serial = parseDate(value);
  return serial === null ? null : monthIndexOfSerial(serial);
}

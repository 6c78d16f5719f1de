/**
 * What the indicators share: which rows are in scope (gender filter, period window), blank handling
 * for code and date columns, and per-call memoisation so that a whole column costs one lookup per row.
 */
import {
  CellValue,
  codeSet,
  displayValue,
  Gender,
  isBlankOrZero,
  normalizeCode,
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
 *
 * Only the cache, not the conversion: the caller converts on a miss (get gives undefined, then
 * `memo.set(v, convert(v))`), so the whole-column loops call no function made per call. V8 optimises a
 * loop for the functions it calls; a closure made anew by every call (a conversion over the call's
 * own settings) is held only weakly by that optimised code, so the collection after the call throws
 * the code away, and the next call's loop runs unoptimised until it is compiled again — on a whole
 * column longer than the loop itself.
 *
 * For the same reason each of these classes keeps one instance of its own (`shapeKeeper`): V8 holds
 * the hidden class (map) that a constructor's field assignments lead to only weakly, while some
 * object has it. When a call's readers are collected, their map goes too, and with it every piece of
 * optimised code that checks for it; the next call builds a new map and waits for a new compilation.
 */
export class Memo<T> {
  private static readonly shapeKeeper = new Memo<unknown>();
  private readonly cache = new Map<CellValue, T>();
  private readonly recentKeys: CellValue[] = [];
  private readonly recentValues: T[] = [];
  private frontMisses = 0;

  constructor(private readonly limit = 1 << 21) {}

  /** The kept result for `value`, or undefined when there is none yet. */
  get(value: CellValue): T | undefined {
    const recentKeys = this.recentKeys;
    if (this.frontMisses < 64) {
      for (let i = 0; i < recentKeys.length; i++)
        if (recentKeys[i] === value) return this.recentValues[i];
    }
    const result = this.cache.get(value);
    if (result !== undefined) this.remember(value, result);
    return result;
  }

  /** Keeps `result` for `value` (undefined is not kept) and returns it. */
  set<R extends T | undefined>(value: CellValue, result: R): R {
    if (result === undefined) return result;
    if (this.cache.size < this.limit) this.cache.set(value, result);
    this.remember(value, result as T);
    return result;
  }

  private remember(value: CellValue, result: T): void {
    if (this.frontMisses >= 64) return;
    if (this.recentKeys.length < 12) {
      this.recentKeys.push(value);
      this.recentValues.push(result);
    } else this.frontMisses++;
  }
}

/** A Memo in front of `convert`, as a function (a conversion giving undefined is not kept). */
export function memoize<T>(
  convert: (value: CellValue) => T,
  limit = 1 << 21
): (value: CellValue) => T {
  const memo = new Memo<T>(limit);
  return (value) => {
    const kept = memo.get(value);
    return kept !== undefined ? kept : memo.set(value, convert(value));
  };
}

/** Whether cells are one of a list of codes, matched as normalizeCode does (case and spaces aside). */
export class CodeMatcher {
  private static readonly shapeKeeper = new CodeMatcher([]);
  private readonly codes: Set<string>;
  private readonly memo = new Memo<boolean>();

  constructor(codes: readonly CellValue[]) {
    this.codes = codeSet([...codes]);
  }

  has(value: CellValue): boolean {
    const kept = this.memo.get(value);
    return kept !== undefined ? kept : this.memo.set(value, this.codes.has(normalizeCode(value)));
  }
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
  dateOf: DateReader | null;
  /** Reads a row's gender (throws #VALUE! naming the row); set when gender is. */
  genderOf: GenderReader | null;
}

/**
 * The scope options checked and taken apart, or null when every row is in scope. Argument errors
 * (a filter without its column, months out of range) are thrown here, before any row is read.
 */
export function rowScope(
  options: ScopeOptions,
  dates: Column | null | undefined,
  names: ScopeNames
): RowScope | null {
  const { genders, gender, periodEnd } = options;
  const months = monthsOf(options.months, names.months);
  const byGender = gender !== null && gender !== undefined;
  const byPeriod = periodEnd !== null && periodEnd !== undefined;
  if (byGender && !genders)
    throw new AmfError("value", "filterNeedsColumn", { arg: names.gender, needs: names.genders });
  if (byPeriod && !dates)
    throw new AmfError("value", "filterNeedsColumn", { arg: names.periodEnd, needs: names.dates });
  if (!byGender && !byPeriod) return null;
  return {
    window: byPeriod ? periodWindow(periodEnd, months) : null,
    gender: byGender ? gender : null,
    dateOf: byPeriod ? new DateReader(names.dates) : null,
    genderOf: byGender ? new GenderReader(names.genders) : null,
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
      const serial = dateOf.read(cellAt(dates!, row), row);
      if (serial < window.from || serial > window.to) return false;
    }
    if (genderOf) return genderOf.read(cellAt(genders!, row), row) === gender;
    return true;
  };
}

const genderOfCell = (value: CellValue) => (isBlankOrZero(value) ? null : parseGender(value));

/** Reads gender cells (blank → null); an unknown code fails with #VALUE! naming the row. */
export class GenderReader {
  private static readonly shapeKeeper = new GenderReader("");
  private readonly memo = new Memo<Gender | null>();

  constructor(private readonly argName: string) {}

  read(value: CellValue, row: number): Gender | null {
    // The two standard codes skip the cache: on a whole column every lookup counts.
    if (value === "K") return "K";
    if (value === "M") return "M";
    const kept = this.memo.get(value);
    // An unknown code (undefined) is not kept: it fails on its first row.
    const g = kept !== undefined ? kept : this.memo.set(value, genderOfCell(value));
    if (g === undefined)
      throw new AmfError("value", "invalidGender", {
        arg: this.argName,
        row: row + 1,
        value: displayValue(value),
      });
    return g;
  }
}

/** GenderReader's read as a function. */
export function genderReader(argName: string): (value: CellValue, row: number) => Gender | null {
  const reader = new GenderReader(argName);
  return (value, row) => reader.read(value, row);
}

/** Reads required date cells as serials; blank or unreadable fails with #VALUE! naming the row. */
export class DateReader {
  private static readonly shapeKeeper = new DateReader("");
  private readonly memo = new Memo<number | null>();

  constructor(private readonly argName: string) {}

  read(value: CellValue, row: number): number {
    // Serial numbers (what Excel sends for date cells) are cheaper to check than to look up.
    let serial: number | null | undefined;
    if (typeof value === "number") serial = parseDate(value);
    else {
      serial = this.memo.get(value);
      if (serial === undefined) serial = this.memo.set(value, parseDate(value));
    }
    // requireDate re-reads only a failing cell, to throw the one #VALUE! message that names the row.
    return serial ?? requireDate(value, this.argName, row + 1);
  }
}

/** DateReader's read as a function. */
export function dateReader(argName: string): (value: CellValue, row: number) => number {
  const reader = new DateReader(argName);
  return (value, row) => reader.read(value, row);
}

/** Reads required month cells (a date or YYYY-MM) as month indexes; failures name the row. */
export function monthReader(argName: string): (value: CellValue, row: number) => number {
  const parse = memoize(parseMonth);
  return (value, row) => {
    // Support registers run to millions of rows: the two common forms are read directly.
    const month =
      typeof value === "string"
        ? (yearMonthText(value) ?? parse(value))
        : typeof value === "number"
          ? serialMonth(value)
          : parse(value);
    if (month === null)
      throw new AmfError("value", "invalidMonth", {
        arg: argName,
        row: row + 1,
        value: displayValue(value),
      });
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
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
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

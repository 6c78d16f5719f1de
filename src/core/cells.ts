/**
 * Coercion of raw cell values, in one place for every custom function, check and report.
 * Excel clients send blanks as "", null or 0; dates as serial numbers or text; codes with stray spaces.
 */
import { AmfError } from "./errors";

/** What a cell can hold once it reaches the core (Office.js sends the first four, ExcelJS also Dates). */
export type CellValue = string | number | boolean | null | undefined | Date;

/** A range argument: rows of cells. */
export type Range = CellValue[][];

export type Gender = "K" | "M";

/**
 * Blank: null, undefined, or text with nothing but spaces. The one definition of a blank cell for every
 * check, indicator, reader and report. A 0 is not blank (in a number column it is a real zero).
 */
export function isBlank(value: CellValue): boolean {
  return (
    value === null || value === undefined || (typeof value === "string" && value.trim() === "")
  );
}

/**
 * Blank in a code, ID, gender or date column: `isBlank`, or 0, which some Excel clients send for an
 * empty cell and which is never a valid code, ID or date there. Number columns use `isBlank`.
 */
export function isBlankOrZero(value: CellValue): boolean {
  return value === 0 || isBlank(value);
}

// Line breaks, tabs and other control characters (C0, DEL, C1, line/paragraph separators).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Text quoted in a one-line message: a cell's line breaks and control characters become one space. */
export function oneLine(text: string): string {
  return text.replace(CONTROL_CHARACTERS, " ");
}

/** Cell text for messages: the value as a person would read it, cut short. */
export function displayValue(value: CellValue): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? "?" : value.toISOString().slice(0, 10);
  const text = oneLine(value === null || value === undefined ? "" : String(value));
  return text.length > 40 ? `"${text.slice(0, 37)}…"` : `"${text}"`;
}

/** Every value of a range, row by row (for lists of codes given as a row, a column or a block). */
export function valuesOf(range: Range | CellValue): CellValue[] {
  if (!Array.isArray(range)) return [range];
  const values: CellValue[] = [];
  for (const row of range) {
    if (Array.isArray(row)) for (const v of row) values.push(v);
    else values.push(row);
  }
  return values;
}

// ---- dates -------------------------------------------------------------------------------------

const DAYS_TO_EPOCH = 25569; // serial of 1970-01-01 in Excel's 1900 system (epoch 1899-12-30)
/** The last date serial (9999-12-31): any number from 1 up to MAX_SERIAL + 1 (exclusive) is read as its whole day. */
export const MAX_SERIAL = 2958465;

const MARCH_1_1900 = 61; // Excel counts the non-existent 1900-02-29 as serial 60 (the Lotus 1-2-3 bug)

/** Excel serial (1900 system) of a calendar date; before 1900-03-01 one less, as Excel counts. */
export function serialOf(year: number, month: number, day: number): number {
  const serial = Math.round(Date.UTC(year, month - 1, day) / 86400000) + DAYS_TO_EPOCH;
  return serial < MARCH_1_1900 ? serial - 1 : serial;
}

/** Calendar date of an Excel serial: [year, month 1–12, day]; serial 60 is Excel's 1900-02-29. */
export function ymdOf(serial: number): [number, number, number] {
  const whole = Math.floor(serial);
  if (whole === MARCH_1_1900 - 1) return [1900, 2, 29];
  const d = new Date(
    (whole < MARCH_1_1900 ? whole + 1 : whole) * 86400000 - DAYS_TO_EPOCH * 86400000
  );
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

/** Serial of today's date in local time (what a person means by "today"). */
export function todaySerial(now: Date = new Date()): number {
  return serialOf(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** ISO text YYYY-MM-DD of a serial. */
export function isoOf(serial: number): string {
  const [y, m, d] = ymdOf(serial);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

function validYmd(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

// Both dashes or none: "2026-0115" is a typo, not a date.
const DATE_TEXT = /^(\d{4})(-?)(\d{2})\2(\d{2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const MONTH_TEXT = /^(\d{4})-?(\d{2})$/;

/**
 * A cell as an Excel date serial (whole days), or null when it is not a date.
 * Accepts serial numbers, Date objects and text YYYY-MM-DD, YYYYMMDD, YYYY-MM-DD hh:mm[:ss].
 */
export function parseDate(value: CellValue): number | null {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    // A typed 20260115 becomes a number cell; no serial is that large, so read it as YYYYMMDD.
    if (Number.isInteger(value) && value >= 19000101 && value <= 99991231) {
      return serialFromDigits(
        Math.floor(value / 10000),
        Math.floor(value / 100) % 100,
        value % 100
      );
    }
    return value >= 1 && Math.floor(value) <= MAX_SERIAL ? Math.floor(value) : null;
  }
  if (value instanceof Date) {
    const t = value.getTime();
    if (isNaN(t)) return null;
    // ExcelJS hands dates as UTC midnights; keep the calendar day they name.
    const [y, m, d] = [value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate()];
    return validYmd(y, m, d) ? serialOf(y, m, d) : null;
  }
  if (typeof value !== "string") return null;
  const m = DATE_TEXT.exec(value.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[3]), Number(m[4])];
  if (m[5] !== undefined && (Number(m[5]) > 23 || Number(m[6]) > 59 || Number(m[7] ?? 0) > 59))
    return null;
  return serialFromDigits(y, mo, d);
}

function serialFromDigits(y: number, m: number, d: number): number | null {
  return validYmd(y, m, d) ? serialOf(y, m, d) : null;
}

/** Month index (year × 12 + month − 1) of a cell holding a date or a month text YYYY-MM / YYYYMM. */
export function parseMonth(value: CellValue): number | null {
  // A typed 202607 becomes a number cell; as a serial it would be the year 2454, so read it as YYYYMM.
  if (typeof value === "number" && Number.isInteger(value) && value >= 190001 && value <= 999912) {
    const [y, mo] = [Math.floor(value / 100), value % 100];
    return validYmd(y, mo, 1) ? y * 12 + mo - 1 : null;
  }
  if (typeof value === "string") {
    const m = MONTH_TEXT.exec(value.trim());
    if (m) {
      const [y, mo] = [Number(m[1]), Number(m[2])];
      return validYmd(y, mo, 1) ? y * 12 + mo - 1 : null;
    }
  }
  const serial = parseDate(value);
  if (serial === null) return null;
  const [y, mo] = ymdOf(serial);
  return y * 12 + mo - 1;
}

/** Month index of a serial date. */
export function monthOfSerial(serial: number): number {
  const [y, m] = ymdOf(serial);
  return y * 12 + m - 1;
}

/** Text YYYY-MM of a month index (year × 12 + month − 1). */
export function monthText(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

const TERTIAL = /^(\d{4})-?T([1-3])$/;
const YEAR = /^\d{4}$/;

/**
 * A period cell (a staff cost's Period) as a comparable key: "2026" (year), "2026T2" (tertial) or
 * "2026-03" (month, from YYYY-MM, YYYYMM or a date); null when it is none of these. The validation
 * and the result dialogue both read periods with this, so a period that validates is one that counts.
 */
export function parsePeriodKey(value: CellValue): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 9999)
    return String(value);
  if (typeof value === "string") {
    const text = value.trim().toUpperCase().replace(/\s+/g, "");
    const tertial = TERTIAL.exec(text);
    if (tertial) return `${tertial[1]}T${tertial[2]}`;
    if (YEAR.test(text)) return Number(text) >= 1900 ? text : null;
  }
  const month = parseMonth(value);
  return month === null ? null : monthText(month);
}

/** The date in row `row` (1-based within the argument) or an error naming that row. */
export function requireDate(value: CellValue, argName: string, row: number): number {
  const serial = parseDate(value);
  if (serial === null) {
    throw new AmfError("value", "invalidDate", { arg: argName, row, value: displayValue(value) });
  }
  return serial;
}

/**
 * The window of SPEC §3: the `months` whole calendar months ending with the month of periodEnd,
 * cut at periodEnd. Returns inclusive serial bounds.
 */
export function periodWindow(periodEnd: number, months: number): { from: number; to: number } {
  const [y, m] = ymdOf(periodEnd);
  const startMonthIndex = y * 12 + (m - 1) - (months - 1);
  const from = serialOf(Math.floor(startMonthIndex / 12), (startMonthIndex % 12) + 1, 1);
  return { from, to: Math.floor(periodEnd) };
}

// ---- numbers -----------------------------------------------------------------------------------

/** A number from a number cell or Swedish/English numeric text ("1 234,5", "1234.5"); null otherwise. */
export function parseNumber(value: CellValue): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (typeof value === "boolean") return null;
  if (typeof value !== "string") return null;
  const text = value
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "")
    .replace(/^[−–]/, "-")
    .replace(/^\+(?=[\d.])/, "");
  if (text === "") return null;
  const normalised = /^-?\d+,\d+$/.test(text) ? text.replace(",", ".") : text;
  if (!/^-?(\d+\.?\d*|\.\d+)(e-?\d+)?$/i.test(normalised)) return null;
  return Number(normalised);
}

// ---- codes and genders -------------------------------------------------------------------------

/** A code as compared: trimmed, inner spaces collapsed, lower case (SPEC §3). */
export function normalizeCode(value: CellValue): string {
  if (value === null || value === undefined) return "";
  const text = value instanceof Date ? value.toISOString() : String(value);
  // NFC: "Män" pasted from macOS or the web may arrive as "Ma\u0308n" and must still match.
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLocaleLowerCase("sv-SE");
}

/** A set of normalised codes from a list of cell values, blanks skipped. */
export function codeSet(values: CellValue[]): Set<string> {
  const set = new Set<string>();
  for (const v of values) if (!isBlank(v)) set.add(normalizeCode(v));
  return set;
}

const WOMEN = new Set(["k", "kvinna", "kvinnor", "f", "w", "female", "2"]);
const MEN = new Set(["m", "man", "män", "male", "1"]);

/**
 * Gender of a cell: "K", "M", null for blank, undefined when the value is not a gender code.
 */
export function parseGender(value: CellValue): Gender | null | undefined {
  if (isBlank(value)) return null;
  const code = normalizeCode(value);
  if (WOMEN.has(code)) return "K";
  if (MEN.has(code)) return "M";
  return undefined;
}

/** The `gender` filter argument: null (all) or K/M; anything else is an argument error. */
export function genderFilterOf(value: CellValue, argName: string): Gender | null {
  const gender = parseGender(value);
  if (gender === undefined) {
    throw new AmfError("value", "invalidGenderArgument", {
      arg: argName,
      value: displayValue(value),
    });
  }
  return gender;
}

/** An option argument (e.g. output): blank gives the default, else it must be one of the allowed. */
export function optionOf<T extends string>(
  value: CellValue,
  allowed: readonly T[],
  fallback: T,
  argName: string
): T {
  if (isBlank(value)) return fallback;
  const code = normalizeCode(value);
  const match = allowed.find((a) => a.toLowerCase() === code);
  if (match === undefined) {
    throw new AmfError("value", "invalidOption", {
      arg: argName,
      value: displayValue(value),
      allowed: allowed.join(", "),
    });
  }
  return match;
}

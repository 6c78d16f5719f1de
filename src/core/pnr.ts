/**
 * Swedish personnummer and samordningsnummer (SPEC §6): parsing, the century rule, the Luhn check,
 * normalising to YYYYMMDD-XXXX, the gender digit, and masking for every message and report.
 */
import { CellValue, Gender, serialOf, todaySerial, ymdOf } from "./cells";

export interface Personnummer {
  /** YYYYMMDD-XXXX, with the day as written (day + 60 for a samordningsnummer). */
  normalized: string;
  /** Birth date as an Excel serial (the real day for a samordningsnummer). */
  birthSerial: number;
  coordination: boolean;
  gender: Gender;
}

export type PnrFailure = "format" | "checksum" | "date";
export type PnrResult = { ok: true; pnr: Personnummer } | { ok: false; reason: PnrFailure };

const PNR_TEXT = /^(\d{2})?(\d{6})([-+])?(\d{4})$/;

/** Luhn check digit over nine digits (weights 2,1,2,1,…). */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Parses a personnummer or samordningsnummer. A 10-digit number gets the latest century that makes
 * the person younger than 100 on the reference date, or at least 100 when written with `+`.
 */
export function parsePnr(value: CellValue, referenceSerial: number = todaySerial()): PnrResult {
  if (value === null || value === undefined || typeof value === "boolean" || value instanceof Date) {
    return { ok: false, reason: "format" };
  }
  // A number cell loses leading zeros (0101011234 arrives as 101011234): pad back to 10 or 12 digits.
  const text =
    typeof value === "number"
      ? Number.isInteger(value) && value >= 0
        ? String(value).padStart(String(value).length > 10 ? 12 : 10, "0")
        : String(value)
      : value.trim().replace(/\s+/g, "");
  const m = PNR_TEXT.exec(text);
  if (!m) return { ok: false, reason: "format" };
  const [, century, yymmdd, separator, tail] = m;
  const tenDigits = yymmdd + tail;
  if (luhnCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits[9])) return { ok: false, reason: "checksum" };

  const yy = Number(yymmdd.slice(0, 2));
  const month = Number(yymmdd.slice(2, 4));
  const writtenDay = Number(yymmdd.slice(4, 6));
  const coordination = writtenDay > 60;
  const day = coordination ? writtenDay - 60 : writtenDay;

  let year: number;
  if (century !== undefined) {
    year = Number(century) * 100 + yy;
  } else {
    const [refYear, refMonth, refDay] = ymdOf(referenceSerial);
    year = Math.floor(refYear / 100) * 100 + yy;
    const bornAfterReference =
      year > refYear || (year === refYear && (month > refMonth || (month === refMonth && day > refDay)));
    if (bornAfterReference) year -= 100;
    if (separator === "+") year -= 100;
  }
  if (!isRealDate(year, month, day)) return { ok: false, reason: "date" };

  const normalized = `${year}${yymmdd.slice(2)}-${tail}`;
  return {
    ok: true,
    pnr: {
      normalized,
      birthSerial: serialOf(year, month, day),
      coordination,
      gender: Number(tail[2]) % 2 === 1 ? "M" : "K",
    },
  };
}

/**
 * The key two registers match people on: the normalised personnummer when the value is one,
 * otherwise the trimmed text (other ID schemes are matched as written).
 */
export function personKey(value: CellValue, referenceSerial?: number): string {
  const parsed = parsePnr(value, referenceSerial);
  if (parsed.ok) return parsed.pnr.normalized;
  return value === null || value === undefined ? "" : String(value).trim();
}

/** Masks a single personnummer for display: the birth date stays, the last four digits do not. */
export function maskPnr(value: CellValue): string {
  const parsed = parsePnr(value);
  if (parsed.ok) return `${parsed.pnr.normalized.slice(0, 9)}****`;
  return maskPersonalNumbers(value === null || value === undefined ? "" : String(value));
}

// Anything that looks like a personnummer, valid or not: six or eight digits, optional separator, four.
const PNR_LIKE = /(?<!\d)(\d{6}|\d{8})([-+ ]?)(\d{4})(?!\d)/g;

/** Replaces every personnummer-like number in a text with its masked form (the last four as ****). */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PNR_LIKE, (_whole, date: string, separator: string) => `${date}${separator || "-"}****`);
}

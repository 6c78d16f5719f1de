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

// Dashes that word processors and web pages put in place of "-" (hyphen, figure dash, en/em dash, minus).
const DASHES = /[\u2010-\u2015\u2212]/g;

/**
 * The text a cell holds as a personnummer candidate. A number cell loses leading zeros
 * (0101011234 arrives as 101011234): seven to ten digits are padded back to ten; a 12-digit number
 * stays. Other numbers keep their digits and fail as "format".
 */
export function pnrText(value: CellValue): string {
  if (value === null || value === undefined || typeof value === "boolean" || value instanceof Date) return "";
  if (typeof value === "number") {
    const digits = String(value);
    if (!Number.isInteger(value) || value < 0) return digits;
    // Seven digits is the shortest a ten-digit number can shrink to (born 2000-01-01 → 0001011234).
    return digits.length >= 7 && digits.length <= 10 ? digits.padStart(10, "0") : digits;
  }
  return value.trim().replace(/\s+/g, "").replace(DASHES, "-");
}

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
  const text = pnrText(value);
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
  // Before 1900 Excel has no serial for the birth date, and no such person is alive: a typo.
  if (year < 1900 || !isRealDate(year, month, day)) return { ok: false, reason: "date" };

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
  // Through pnrText, so that a number cell that lost its leading zero is masked too.
  return maskPersonalNumbers(typeof value === "number" ? pnrText(value) : String(value ?? ""));
}

// Anything that looks like a personnummer, valid or not: six or eight digits, optional separator
// (hyphen, plus, a space of any width, or a typographic dash), four digits.
const PNR_LIKE = /(?<!\d)(\d{6}|\d{8})([-+ \u00a0\u202f\u2010-\u2015\u2212]?)(\d{4})(?!\d)/g;

/** Replaces every personnummer-like number in a text with its masked form (the last four as ****). */
export function maskPersonalNumbers(text: string): string {
  return text.replace(PNR_LIKE, (_whole, date: string, separator: string) => `${date}${separator || "-"}****`);
}

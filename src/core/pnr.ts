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
  if (value === null || value === undefined || typeof value === "boolean" || value instanceof Date)
    return "";
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
  if (luhnCheckDigit(tenDigits.slice(0, 9)) !== Number(tenDigits[9]))
    return { ok: false, reason: "checksum" };

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
      year > refYear ||
      (year === refYear && (month > refMonth || (month === refMonth && day > refDay)));
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

/*
 * The one masking rule (SPEC §6): every message, JSON field, sheet name, report cell, terminal line
 * and pane string passes through maskPersonalNumbers. It hides the digits after the birth date of
 * anything that could be a personnummer and keeps the rest of the text as it is, one character for
 * one character (the birth date stays readable; positions in the text do not move).
 *
 * What counts as "could be one":
 *  1. six or eight digits, at most one separator (a dash of any kind, +, ., /, _ or spaces around
 *     it), four digits — any run of 10 or 12 digits shaped like a personnummer, valid or not;
 *  2. what the parser accepts beyond that (whitespace anywhere, as pnrText removes it) and the
 *     multi-separator spellings (1985-01-01-1236), when the digits hold a plausible birth date
 *     (month 01–12, day 01–31 or 61–91): that date test is what keeps amounts (1 234 567 890)
 *     whole;
 *  3. a number cut short (19710717-491) after a plausible birth date;
 *  4. a quoted number cell that lost its leading zero ("101011238", see pnrText);
 *  5. any longer digit run (a pasted 13-digit ID may hold one): everything after its eighth digit.
 * Ordinary dates (2025-08-31), datetimes (2025-08-31 12:30), amounts (2 386 094,67), counts and
 * period codes have no such shape; in the spread forms a digit, or a : . - / and a digit, right after
 * the four digits means the run goes on (a time, a second date) and is not a personnummer.
 */

// Whitespace the parser strips (\s) plus the zero-width characters that render as nothing.
const W = "[\\s\\u200b-\\u200d\\u2060]";
const DASH = "\\u2010-\\u2015\\u2212";
const DAY_VALUES = "0[1-9]|[12]\\d|3[01]|6[1-9]|[78]\\d|9[01]";
// The run does not go on after the four digits: no digit, and no time or second date continuing it.
const END = `(?![-:./${DASH}]?\\d)`;

// Two digits with whitespace allowed between them; a month and a day (or day + 60) of a birth date.
const d2 = (first: string, second: string) => `${first}${W}*${second}`;
const MONTH = `(?:${d2("0", "[1-9]")}|${d2("1", "[0-2]")})`;
const DAY = `(?:${d2("0", "[1-9]")}|${d2("[12]", "\\d")}|${d2("3", "[01]")}|${d2("6", "[1-9]")}|${d2("[78]", "\\d")}|${d2("9", "[01]")})`;
const FOUR = `\\d${W}*\\d${W}*\\d${W}*\\d`;
const spread = (century: string) =>
  new RegExp(
    `(?<!\\d)${century}${d2("\\d", "\\d")}${W}*${MONTH}${W}*${DAY}${W}*[-+${DASH}]?${W}*(?<tail>${FOUR})${END}`,
    "g"
  );

/** Each rule finds candidates in the original text; its `tail` group, at the match's end, gets hidden. */
const RULES: { pattern: RegExp; when?: (m: RegExpExecArray) => boolean }[] = [
  // 1. Six or eight digits, at most one separator, four digits: no date needed.
  {
    pattern: new RegExp(
      `(?<!\\d)(?:\\d{8}|\\d{6})(?:${W}*[-+./_${DASH}]${W}*|${W}*)(?<tail>\\d{4})${END}`,
      "g"
    ),
  },
  // 2. What the parser reads once pnrText has dropped the whitespace, 12 digits and 10 (both
  //    alignments are tried: which digits are the four is ambiguous in a run of spaced digits).
  { pattern: spread(`${d2("\\d", "\\d")}${W}*`) },
  { pattern: spread("") },
  //    A date written with its own separator, the same one twice (1985-01-01-1236, 85.01.01 1236).
  {
    pattern: new RegExp(
      `(?<!\\d)(?:\\d\\d)?\\d\\d(?<p>[-./${DASH}])(?:0[1-9]|1[0-2])\\k<p>(?:${DAY_VALUES})` +
        `(?:${W}*[-+./${DASH}]${W}*|${W}+)(?<tail>\\d{4})${END}`,
      "g"
    ),
  },
  // 3. Cut short after a birth date (19710717-491).
  {
    pattern: new RegExp(`(?<!\\d)(?<date>\\d{8}|\\d{6})[-+${DASH}](?<tail>\\d{1,3})(?!\\d)`, "g"),
    when: (m) => plausibleDate(m.groups!.date),
  },
  // 4. A quoted number cell that lost its leading zero ("101011238" is 010101-1238).
  {
    pattern: /(?<=")(?<date>\d{3,5})(?<tail>\d{4})(?=")/g,
    when: (m) => plausibleDate(m.groups!.date.padStart(6, "0")),
  },
  // 5. Longer digit runs: everything after the eighth digit.
  { pattern: /(?<!\d)\d{8}(?<tail>\d{3,})(?!\d)/g },
];

const PLAUSIBLE_YYMMDD = new RegExp(`^\\d\\d(?:0[1-9]|1[0-2])(?:${DAY_VALUES})$`);
/** True when the last six digits read as YYMMDD with a real month and a day of 1–31 (or + 60). */
function plausibleDate(digits: string): boolean {
  return PLAUSIBLE_YYMMDD.test(digits.slice(-6));
}

/** True when a text holds something the mask hides (a name that must not name a sheet, say). */
export function containsPersonalNumber(text: string): boolean {
  return maskPersonalNumbers(text) !== text;
}

/**
 * Replaces the digits after the birth date of every personnummer-like number in a text with `*`.
 * The rules look at the text as written, and every digit any of them finds is hidden.
 */
export function maskPersonalNumbers(text: string): string {
  if (!/\d\D*\d\D*\d\D*\d/.test(text)) return text;
  const hidden = new Uint8Array(text.length);
  let any = false;
  for (const { pattern, when } of RULES) {
    // From every start, not only after the previous match: in "0 10111 8693 7" the reading that
    // starts at the second digit is the one whose last four must go.
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      pattern.lastIndex = m.index + 1;
      if (when && !when(m)) continue;
      // Every rule ends its match with the tail (lookarounds take no room).
      const end = m.index + m[0].length;
      hidden.fill(1, end - m.groups!.tail.length, end);
      any = true;
    }
  }
  if (!any) return text;
  let out = "";
  for (let i = 0; i < text.length; i++)
    out += hidden[i] && text[i] >= "0" && text[i] <= "9" ? "*" : text[i];
  return out;
}

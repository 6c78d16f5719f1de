/**
 * Synthetic personnummer and samordningsnummer for tests: seeded, deterministic, Luhn-valid.
 * Never put a real person's number in a test; generate one here instead. The check digit is computed
 * by its own code (not src/core/pnr.ts), so tests do not check the parser against itself.
 */

/** A source of uniform numbers in [0, 1). */
export type Rng = () => number;

/** mulberry32: a tiny seeded PRNG, the same sequence for the same seed on every machine. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A whole number from min to max, both included. */
export function randomInt(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng() * (max - min + 1));
}

/** Luhn check digit of nine digits: double every other digit from the first, add the digit sums. */
export function luhnDigit(nineDigits: string): number {
  if (!/^\d{9}$/.test(nineDigits))
    throw new Error(`luhnDigit needs nine digits, got "${nineDigits}"`);
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const product = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(product / 10) + (product % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/** Calendar date [year, month, day] that the short form's `-`/`+` is decided against. */
export type Ymd = [number, number, number];

/** Reference date the synthetic short forms assume unless told otherwise (fixed: tests stay stable). */
export const SYNTHETIC_REFERENCE: Ymd = [2026, 11, 27];

export interface SyntheticPnrOptions {
  /** Birth year; random 1940–2008 (people of working age) when omitted. */
  year?: number;
  /** Birth month 1–12; random when omitted. */
  month?: number;
  /** Real birth day; random within the month when omitted. */
  day?: number;
  /** K (ninth digit even) or M (odd); random when omitted. */
  gender?: "K" | "M";
  /** A samordningsnummer (day + 60); false when omitted. */
  coordination?: boolean;
  /** Reference date for the short form's `+` (100 or older); SYNTHETIC_REFERENCE when omitted. */
  reference?: Ymd;
}

export interface SyntheticPnr {
  /** YYYYMMDD-NNNC: what parsePnr returns as `normalized`. */
  long: string;
  /** YYMMDD-NNNC, or YYMMDD+NNNC when the person is 100 or older on the reference date. */
  short: string;
  /** The twelve digits without separator. */
  digits12: string;
  /** The ten digits without separator (the 10-digit form, century and separator dropped). */
  digits10: string;
  year: number;
  month: number;
  /** The real birth day (without the + 60 of a samordningsnummer). */
  day: number;
  gender: "K" | "M";
  coordination: boolean;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function two(n: number): string {
  return String(n).padStart(2, "0");
}

/** One synthetic, Luhn-valid personnummer (or samordningsnummer) in all its spellings. */
export function syntheticPnr(rng: Rng, options: SyntheticPnrOptions = {}): SyntheticPnr {
  const year = options.year ?? randomInt(rng, 1940, 2008);
  const month = options.month ?? randomInt(rng, 1, 12);
  const day = options.day ?? randomInt(rng, 1, daysInMonth(year, month));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw new Error(`syntheticPnr: ${year}-${month}-${day} is not a date`);
  }
  const gender = options.gender ?? (rng() < 0.5 ? "K" : "M");
  const coordination = options.coordination ?? false;

  // Birth number NNN: two free digits, then the gender digit (odd for men, even for women).
  const genderDigit = 2 * randomInt(rng, 0, 4) + (gender === "M" ? 1 : 0);
  const birthNumber = `${two(randomInt(rng, 0, 99))}${genderDigit}`;
  const writtenDay = coordination ? day + 60 : day;
  const nine = `${two(year % 100)}${two(month)}${two(writtenDay)}${birthNumber}`;
  const digits10 = `${nine}${luhnDigit(nine)}`;
  const digits12 = `${Math.floor(year / 100)}${digits10}`;

  const [ry, rm, rd] = options.reference ?? SYNTHETIC_REFERENCE;
  const hundredOrOlder =
    ry - year > 100 || (ry - year === 100 && (rm > month || (rm === month && rd >= day)));
  const separator = hundredOrOlder ? "+" : "-";
  return {
    long: `${digits12.slice(0, 8)}-${digits12.slice(8)}`,
    short: `${digits10.slice(0, 6)}${separator}${digits10.slice(6)}`,
    digits12,
    digits10,
    year,
    month,
    day,
    gender,
    coordination,
  };
}

/** `count` synthetic numbers with the same options (a register column, say). */
export function syntheticPnrs(
  rng: Rng,
  count: number,
  options: SyntheticPnrOptions = {}
): SyntheticPnr[] {
  return Array.from({ length: count }, () => syntheticPnr(rng, options));
}

/** A personnummer as someone could type it, and whether the birth date stays readable once masked. */
export interface PnrSpelling {
  form: string;
  text: string;
  /**
   * True for the spellings whose birth date the mask keeps whole. With spaces at random places
   * several readings of the digits are possible and the mask hides every one's last four, so a
   * digit of the date may go too.
   */
  dateKept: boolean;
}

const TYPOGRAPHIC_DASHES = ["\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212"];
const SPACES = [" ", "  ", "\u00a0", "\u202f", "\t", "\u2009"];

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[randomInt(rng, 0, items.length - 1)];
}

/** Digits with whitespace put into random gaps (at least one), as pnrText would still read them. */
function spacedOut(rng: Rng, digits: string): string {
  const gaps = new Set([randomInt(rng, 1, digits.length - 1)]);
  for (let i = 1; i < digits.length; i++) if (rng() < 0.25) gaps.add(i);
  let text = "";
  for (let i = 0; i < digits.length; i++)
    text += (gaps.has(i) ? pick(rng, SPACES) : "") + digits[i];
  return text;
}

/**
 * Every spelling of a synthetic number that the parser accepts (10 or 12 digits, -, +, typographic
 * dashes, whitespace anywhere) and the other shapes a personnummer is written in (a dot, a date with
 * its own separators, a number cell that lost its leading zero, quoted as a message quotes it).
 */
export function pnrSpellings(rng: Rng, p: SyntheticPnr): PnrSpelling[] {
  const date10 = p.digits10.slice(0, 6);
  const date12 = p.digits12.slice(0, 8);
  const tail = p.digits10.slice(6);
  const [cc, yy, mm, dd] = [
    p.digits12.slice(0, 2),
    p.digits12.slice(2, 4),
    p.digits12.slice(4, 6),
    p.digits12.slice(6, 8),
  ];
  const spellings: PnrSpelling[] = [
    { form: "10 digits", text: p.digits10, dateKept: true },
    { form: "12 digits", text: p.digits12, dateKept: true },
    { form: "short", text: p.short, dateKept: true },
    { form: "long", text: p.long, dateKept: true },
    { form: "plus", text: `${date10}+${tail}`, dateKept: true },
    { form: "dash 10", text: `${date10}${pick(rng, TYPOGRAPHIC_DASHES)}${tail}`, dateKept: true },
    { form: "dash 12", text: `${date12}${pick(rng, TYPOGRAPHIC_DASHES)}${tail}`, dateKept: true },
    {
      form: "spaced separator",
      text: `${date10}${pick(rng, SPACES)}-${pick(rng, SPACES)}${tail}`,
      dateKept: true,
    },
    { form: "space 12", text: `${date12}${pick(rng, SPACES)}${tail}`, dateKept: true },
    { form: "dot 10", text: `${date10}.${tail}`, dateKept: true },
    { form: "dot 12", text: `${date12}.${tail}`, dateKept: true },
    { form: "date dashes 12", text: `${cc}${yy}-${mm}-${dd}-${tail}`, dateKept: true },
    { form: "date dashes 10", text: `${yy}-${mm}-${dd}-${tail}`, dateKept: true },
    { form: "date dots", text: `${cc}${yy}.${mm}.${dd}.${tail}`, dateKept: true },
    { form: "date slashes, space", text: `${cc}${yy}/${mm}/${dd} ${tail}`, dateKept: true },
    { form: "spaces anywhere 10", text: spacedOut(rng, p.digits10), dateKept: false },
    { form: "spaces anywhere 12", text: spacedOut(rng, p.digits12), dateKept: false },
    {
      form: "spaces anywhere, separator",
      text: `${spacedOut(rng, date10)}${pick(rng, ["", " "])}${p.short[6]}${pick(rng, ["", " "])}${spacedOut(rng, tail)}`,
      dateKept: false,
    },
  ];
  // A number cell drops the leading zero of someone born 2000–2009 (see pnrText).
  if (p.digits10.startsWith("0")) {
    spellings.push({
      form: "number cell, quoted",
      text: `"${String(Number(p.digits10))}"`,
      dateKept: true,
    });
  }
  return spellings;
}

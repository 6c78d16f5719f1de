/**
 * A person lookup for matching two registers on millions of rows (SELFSUFF6M): personnummer are keyed
 * by their twelve digits as two numbers (YYYYMM and DDNNNC) in an open-addressing table of typed
 * arrays, so that a support row written in the common 12-digit forms (`YYYYMMDDNNNC`,
 * `YYYYMMDD-NNNC`) is matched by reading its characters, without normalising, allocating or hashing a
 * string. Other spellings and other ID schemes go through `personKey`'s rules (SPEC §6).
 */

/** Not a 12-digit form that the character fast path reads: the caller takes the general path. */
export const NOT_FAST = -2;
/** A 12-digit form that is not a valid personnummer (checksum or date): it matches as trimmed text. */
export const NOT_PNR = -3;

/**
 * The two halves of a 12-digit form (`YYYYMMDDNNNC`, or with `-`/`+` after the date) of `text`, as
 * YYYYMM × 1,000,000 + DDNNNC… split into `hi` and `lo`; false for any other text. Only ASCII digits.
 */
export function readDigits12(text: string, out: Int32Array): boolean {
  const n = text.length;
  let skip = -1;
  if (n === 13) {
    const sep = text.charCodeAt(8);
    if (sep !== 45 && sep !== 43) return false; // "-" or "+"
    skip = 8;
  } else if (n !== 12) return false;
  let hi = 0;
  let lo = 0;
  let i = 0;
  for (let k = 0; k < 6; k++, i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    hi = hi * 10 + d;
  }
  for (let k = 0; k < 6; k++, i++) {
    if (i === skip) i++;
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    lo = lo * 10 + d;
  }
  out[0] = hi;
  out[1] = lo;
  return true;
}

/** Whether the twelve digits hi (YYYYMM) lo (DDNNNC) are a valid personnummer, as parsePnr decides. */
export function validDigits12(hi: number, lo: number): boolean {
  const year = (hi / 100) | 0;
  const month = hi - year * 100;
  const writtenDay = (lo / 10000) | 0;
  const day = writtenDay > 60 ? writtenDay - 60 : writtenDay;
  if (year < 1900 || month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth =
    month === 2
      ? leap
        ? 29
        : 28
      : month === 4 || month === 6 || month === 9 || month === 11
        ? 30
        : 31;
  if (day > daysInMonth) return false;
  // Luhn over YYMMDDNNN (weights 2,1,2,…), checked against C.
  const digits = (hi % 10000) * 100000 + ((lo / 10) | 0); // YYMM DDNNN as one 9-digit number
  let rest = digits;
  let sum = 0;
  for (let i = 8; i >= 0; i--) {
    const d = rest % 10;
    rest = (rest - d) / 10;
    let product = i % 2 === 0 ? d * 2 : d;
    if (product > 9) product -= 9;
    sum += product;
  }
  return (10 - (sum % 10)) % 10 === lo % 10;
}

function hashOf(hi: number, lo: number): number {
  let h = Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  return h ^ (h >>> 13);
}

/** Personnummer (as twelve digits) → person index; a fixed-capacity table for up to `capacity` people. */
export class PersonTable {
  private readonly his: Int32Array;
  private readonly los: Int32Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  private readonly scratch = new Int32Array(2);

  constructor(capacity: number) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.his = new Int32Array(size).fill(-1);
    this.los = new Int32Array(size);
    this.values = new Int32Array(size);
    this.mask = size - 1;
  }

  /** The person of hi/lo, or -1. */
  get(hi: number, lo: number): number {
    const his = this.his;
    for (let slot = hashOf(hi, lo) & this.mask; ; slot = (slot + 1) & this.mask) {
      const h = his[slot];
      if (h === -1) return -1;
      if (h === hi && this.los[slot] === lo) return this.values[slot];
    }
  }

  /** The person of hi/lo, adding `next` for a new one. */
  getOrAdd(hi: number, lo: number, next: number): number {
    const his = this.his;
    let slot = hashOf(hi, lo) & this.mask;
    for (; ; slot = (slot + 1) & this.mask) {
      const h = his[slot];
      if (h === -1) break;
      if (h === hi && this.los[slot] === lo) return this.values[slot];
    }
    his[slot] = hi;
    this.los[slot] = lo;
    this.values[slot] = next;
    return next;
  }

  /**
   * For text in a 12-digit form: its person, or -1 when no personnummer in the table has those
   * digits (the text then is an unknown personnummer or no personnummer at all); NOT_FAST otherwise.
   */
  lookupText(text: string): number {
    const s = this.scratch;
    if (!readDigits12(text, s)) return NOT_FAST;
    return this.get(s[0], s[1]);
  }

  /**
   * For text in a 12-digit form that is a valid personnummer: its person, adding `next` for a new
   * one; NOT_PNR for a 12-digit form that is no valid personnummer; NOT_FAST for any other text.
   */
  addText(text: string, next: number): number {
    const s = this.scratch;
    if (!readDigits12(text, s)) return NOT_FAST;
    if (!validDigits12(s[0], s[1])) return NOT_PNR;
    return this.getOrAdd(s[0], s[1], next);
  }

  /** Person of a normalised personnummer (`YYYYMMDD-NNNC`, as parsePnr gives), adding `next` if new. */
  addNormalized(normalized: string, next: number): number {
    const s = this.scratch;
    if (!readDigits12(normalized, s)) throw new Error("not a normalised personnummer");
    return this.getOrAdd(s[0], s[1], next);
  }

  /** Person of a normalised personnummer, or -1. */
  getNormalized(normalized: string): number {
    const s = this.scratch;
    if (!readDigits12(normalized, s)) return -1;
    return this.get(s[0], s[1]);
  }
}

/**
 * Seeded randomness for the demo workbook: the same seed gives the same workbook on every machine,
 * so tests can assert exact counts and a newcomer's demo matches the README.
 */
import { serialOf, ymdOf } from "../cells";
import { luhnCheckDigit } from "../pnr";

/** A small, fast, seeded generator (mulberry32) with the draws the demo needs. */
export class Random {
  private state: number;

  constructor(seed: number) {
    // Mix the seed so that neighbouring seeds (1, 2, 3) do not start on similar streams.
    this.state = (Math.imul(seed | 0, 0x9e3779b1) ^ 0x5bd1e995) >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max] inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** One element of a list, uniformly. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One element drawn by weight. */
  weighted<T>(items: ReadonlyArray<readonly [T, number]>): T {
    let total = 0;
    for (const [, w] of items) total += w;
    let x = this.next() * total;
    for (const [item, w] of items) {
      x -= w;
      if (x < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** A roughly log-normal positive number with the given median (for durations and amounts). */
  logNormal(median: number, spread: number): number {
    // Sum of uniforms approximates a normal well enough for demo shapes, and stays deterministic.
    const z = (this.next() + this.next() + this.next() + this.next() - 2) * Math.sqrt(3);
    return median * Math.exp(z * spread);
  }
}

/** A synthetic person: a personnummer with a valid date and Luhn digit, and its gender. */
export interface DemoPerson {
  pnr: string;
  gender: "K" | "M";
  birthSerial: number;
}

/**
 * Draws synthetic personnummer (YYYYMMDD-NNNC) that never repeat within one generator, so the
 * clean sheets have no accidental duplicate keys.
 */
export class PersonFactory {
  private readonly used = new Set<string>();

  constructor(private readonly random: Random) {}

  /** A new person born between the given years, of the given gender. */
  person(gender: "K" | "M", fromYear: number, toYear: number, coordination = false): DemoPerson {
    for (;;) {
      const birthSerial = this.random.int(serialOf(fromYear, 1, 1), serialOf(toYear, 12, 31));
      const pnr = pnrOf(
        birthSerial,
        this.random.int(0, 99),
        gender,
        this.random.int(0, 4),
        coordination
      );
      if (this.used.has(pnr)) continue;
      this.used.add(pnr);
      return { pnr, gender, birthSerial };
    }
  }
}

/**
 * The personnummer for a birth date, a two-digit birth number and a gender (the ninth digit is odd
 * for men, even for women), with the Luhn check digit; day + 60 for a samordningsnummer.
 */
export function pnrOf(
  birthSerial: number,
  birthNumber: number,
  gender: "K" | "M",
  genderDigitIndex: number,
  coordination = false
): string {
  const [y, m, d] = ymdOf(birthSerial);
  const genderDigit = gender === "M" ? 1 + 2 * genderDigitIndex : 2 * genderDigitIndex;
  const day = coordination ? d + 60 : d;
  const yymmdd = `${String(y % 100).padStart(2, "0")}${pad2(m)}${pad2(day)}`;
  const nnn = `${pad2(birthNumber)}${genderDigit}`;
  const check = luhnCheckDigit(yymmdd + nnn);
  return `${y}${pad2(m)}${pad2(day)}-${nnn}${check}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

/** A Date at UTC midnight for a serial: how ExcelJS writes and reads calendar dates. */
export function dateOf(serial: number): Date {
  const [y, m, d] = ymdOf(serial);
  return new Date(Date.UTC(y, m - 1, d));
}

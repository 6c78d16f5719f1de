import { ageInYears, ageOf } from "../../src/core/age";
import { serialOf } from "../../src/core/cells";
import { luhnCheckDigit } from "../../src/core/pnr";

/** A valid 12-digit personnummer for a birth date (day + 60 for a samordningsnummer). */
function pnr12(yyyymmdd: string, serial = "238"): string {
  const nine = yyyymmdd.slice(2) + serial;
  return `${yyyymmdd}-${serial}${luhnCheckDigit(nine)}`;
}
function pnr10(yyyymmdd: string, separator: "-" | "+" = "-", serial = "238"): string {
  return pnr12(yyyymmdd, serial).slice(2).replace("-", separator);
}

describe("ageInYears", () => {
  it("turns a year older on the birthday itself, not the day before", () => {
    const birth = serialOf(2001, 6, 15);
    expect(ageInYears(birth, serialOf(2025, 6, 14))).toBe(23);
    expect(ageInYears(birth, serialOf(2025, 6, 15))).toBe(24);
  });

  it("lets someone born on 29 February turn a year older on 1 March in years without that day", () => {
    const birth = serialOf(2004, 2, 29);
    expect(ageInYears(birth, serialOf(2025, 2, 28))).toBe(20);
    expect(ageInYears(birth, serialOf(2025, 3, 1))).toBe(21);
    expect(ageInYears(birth, serialOf(2028, 2, 28))).toBe(23);
    expect(ageInYears(birth, serialOf(2028, 2, 29))).toBe(24);
  });
});

describe("ageOf", () => {
  const on = serialOf(2025, 8, 31);

  it("reads the age of a 12-digit and a 10-digit personnummer", () => {
    expect(ageOf(pnr12("20010901"), on)).toEqual({ ok: true, age: 23 });
    expect(ageOf(pnr10("20010831"), on)).toEqual({ ok: true, age: 24 });
  });

  it("takes the real day of a samordningsnummer (day − 60)", () => {
    // 2001-08-31 written with day 91.
    expect(ageOf(pnr12("20010891"), on)).toEqual({ ok: true, age: 24 });
    expect(ageOf(pnr12("20010892"), on)).toEqual({ ok: false, reason: "date" });
  });

  it("chooses the century of a 10-digit number relative to the date asked about", () => {
    // 250901: on 2025-08-31 not yet born in 2025, so 1925 (99 years old); on 2026-01-01, 2025 (0 years).
    expect(ageOf(pnr10("19250901"), on)).toEqual({ ok: true, age: 99 });
    expect(ageOf(pnr10("20250901"), serialOf(2026, 1, 1))).toEqual({ ok: true, age: 0 });
    // "+" marks 100 or more: 1925 becomes 1825, before any living person, so the date is refused.
    expect(ageOf(pnr10("19250901", "+"), on)).toEqual({ ok: false, reason: "date" });
    expect(ageOf(pnr10("19240815", "+"), on)).toEqual({ ok: true, age: 101 });
  });

  it("refuses a bad id, and a 12-digit number born after the date", () => {
    expect(ageOf("19850101-1234", on)).toEqual({ ok: false, reason: "checksum" });
    expect(ageOf("abc", on)).toEqual({ ok: false, reason: "format" });
    expect(ageOf(pnr12("20250901"), on)).toEqual({ ok: false, reason: "bornAfter" });
  });
});

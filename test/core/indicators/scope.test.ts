import { monthOfSerial, serialOf } from "../../../src/core/cells";
import { memoize, monthIndexOfSerial, monthReader } from "../../../src/core/indicators/scope";

describe("monthIndexOfSerial", () => {
  test("agrees with the Date-based monthOfSerial on every day 1900–2100", () => {
    const mismatches: number[] = [];
    for (let s = serialOf(1900, 3, 1); s <= serialOf(2100, 12, 31); s++) {
      if (monthIndexOfSerial(s) !== monthOfSerial(s)) mismatches.push(s);
    }
    expect(mismatches).toEqual([]);
  });

  test("known days", () => {
    expect(monthIndexOfSerial(46037)).toBe(2026 * 12 + 0); // 2026-01-15
    expect(monthIndexOfSerial(46022)).toBe(2025 * 12 + 11); // 2025-12-31
    expect(monthIndexOfSerial(serialOf(2024, 2, 29))).toBe(2024 * 12 + 1);
  });
});

describe("memoize", () => {
  test("converts each distinct value once, also beyond the front list", () => {
    const calls: unknown[] = [];
    const double = memoize((v) => {
      calls.push(v);
      return Number(v) * 2;
    });
    const input = Array.from({ length: 200 }, (_, i) => String(i % 50));
    expect(input.map(double).slice(0, 3)).toEqual([0, 2, 4]);
    expect(input.map(double)[149]).toBe(98);
    expect(calls).toHaveLength(50);
  });

  test("keeps undefined and NaN results and keys", () => {
    const f = memoize((v) => (v === "x" ? undefined : NaN));
    expect(f("x")).toBeUndefined();
    expect(f("y")).toBeNaN();
    expect(f(NaN)).toBeNaN();
  });
});

describe("monthReader", () => {
  const read = monthReader("support_months");
  test("reads YYYY-MM, YYYYMM, serials and text dates alike", () => {
    expect(["2026-07", "202607", 46204, "2026-07-31", " 2026-07 "].map((v) => read(v, 0))).toEqual(new Array(5).fill(2026 * 12 + 6));
  });
  test("refuses impossible months and names the row", () => {
    expect(() => read("2026-13", 4)).toThrow(expect.objectContaining({ key: "invalidMonth", params: expect.objectContaining({ row: 5 }) }));
    expect(() => read("1899-12", 0)).toThrow(expect.objectContaining({ key: "invalidMonth" }));
    expect(() => read(0.5, 0)).toThrow(expect.objectContaining({ key: "invalidMonth" }));
  });
});

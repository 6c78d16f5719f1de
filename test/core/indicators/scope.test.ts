import { monthOfSerial, serialOf } from "../../../src/core/cells";
import {
  CodeMatcher,
  DateReader,
  GenderReader,
  Memo,
  memoize,
  monthIndexOfSerial,
  monthReader,
} from "../../../src/core/indicators/scope";

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

describe("Memo", () => {
  test("gives undefined until a result is set, then that result, beyond the front list of 12 too", () => {
    const memo = new Memo<number>();
    expect(memo.get("a")).toBeUndefined();
    expect(memo.set("a", 7)).toBe(7);
    expect(memo.get("a")).toBe(7);
    for (let i = 0; i < 100; i++) memo.set(`k${i}`, i);
    expect(memo.get("k99")).toBe(99);
    expect(memo.get("a")).toBe(7);
    // Equal text in another string object is the same key (as Excel hands over each cell).
    expect(memo.get(["k", "5"].join(""))).toBe(5);
  });

  test("keeps null but not undefined; keeps nothing past its limit", () => {
    const memo = new Memo<number | null>(2);
    expect(memo.set("bad", null)).toBeNull();
    expect(memo.get("bad")).toBeNull();
    expect(memo.set("unknown", undefined)).toBeUndefined();
    expect(memo.get("unknown")).toBeUndefined();
    memo.set("x", 1);
    memo.set("y", 2);
    // Past the limit a value is remembered only in the front list of recent values.
    expect(memo.get("y")).toBe(2);
  });

  test("the memoize function converts an undefined result again", () => {
    let calls = 0;
    const f = memoize(() => {
      calls++;
      return undefined;
    });
    f("x");
    f("x");
    expect(calls).toBe(2);
  });
});

describe("CodeMatcher", () => {
  test("matches codes case- and space-insensitively, other values not", () => {
    const positive = new CodeMatcher(["Arbete", "Eget företag"]);
    expect(
      ["Arbete", " arbete ", "EGET  FÖRETAG", "Studier", "", null, 0].map((v) => positive.has(v))
    ).toEqual([true, true, true, false, false, false, false]);
    // The second time from the cache, the same answers.
    expect(["arbete", "Studier"].map((v) => positive.has(v))).toEqual([true, false]);
  });
});

describe("GenderReader and DateReader", () => {
  test("read genders of every spelling, blank as null, and name the row of an unknown code", () => {
    const read = new GenderReader("genders");
    expect(["K", "M", "Kvinna", "man", "", null].map((v) => read.read(v, 0))).toEqual([
      "K",
      "M",
      "K",
      "M",
      null,
      null,
    ]);
    expect(() => read.read("X", 6)).toThrow(
      expect.objectContaining({ key: "invalidGender", params: expect.objectContaining({ row: 7 }) })
    );
    // Unknown codes are not kept: the second row with one fails as well, naming its own row.
    expect(() => read.read("X", 8)).toThrow(
      expect.objectContaining({ params: expect.objectContaining({ row: 9 }) })
    );
  });

  test("read serials and date text alike; a blank or bad date names the row", () => {
    const read = new DateReader("exit_dates");
    expect([46037, "2026-01-15", "2026-01-15"].map((v) => read.read(v, 0))).toEqual([
      46037, 46037, 46037,
    ]);
    expect(() => read.read("2026-02-30", 2)).toThrow(
      expect.objectContaining({ key: "invalidDate", params: expect.objectContaining({ row: 3 }) })
    );
    expect(() => read.read(null, 4)).toThrow(
      expect.objectContaining({ key: "invalidDate", params: expect.objectContaining({ row: 5 }) })
    );
  });
});

describe("monthReader", () => {
  const read = monthReader("support_months");
  test("reads YYYY-MM, YYYYMM, serials and text dates alike", () => {
    expect(["2026-07", "202607", 46204, "2026-07-31", " 2026-07 "].map((v) => read(v, 0))).toEqual(
      new Array(5).fill(2026 * 12 + 6)
    );
  });
  test("refuses impossible months and names the row", () => {
    expect(() => read("2026-13", 4)).toThrow(
      expect.objectContaining({ key: "invalidMonth", params: expect.objectContaining({ row: 5 }) })
    );
    expect(() => read("1899-12", 0)).toThrow(expect.objectContaining({ key: "invalidMonth" }));
    expect(() => read(0.5, 0)).toThrow(expect.objectContaining({ key: "invalidMonth" }));
  });
});

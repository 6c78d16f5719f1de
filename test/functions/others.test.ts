import { col, installRuntimeStub, only, StubError, wholeColumn } from "./stub";
import { age, efficiencyIndex, enrollDays, netValue, pnr } from "../../src/functions/functions";
import { mulberry32, syntheticPnr } from "../helpers/synthetic";

installRuntimeStub()(undefined);

describe("EFFINDEX", () => {
  test("works: one index per row against the pool, spilled as a column", () => {
    const result = efficiencyIndex(col(30, 20, 50), col(1000000, 500000, 2500000));
    expect(result.map(([v]) => Number((v as number).toFixed(9)))).toEqual([120, 160, 80]);
  });

  test("arguments: a reference given as numbers", () => {
    const result = efficiencyIndex(col(30, 20), col(1000000, 500000), [[100]], [[5000000]]);
    expect(result.map(([v]) => Number((v as number).toFixed(9)))).toEqual([150, 200]);
  });

  test("coercion and errors: a bad row errs in its own cell; blank rows stay blank; the tail is cut", () => {
    const result = efficiencyIndex(
      wholeColumn([30, 10, "", 20, 50]),
      wholeColumn([1000000, -1, "", 500000, 2500000])
    );
    expect(result).toHaveLength(5);
    expect((result[1][0] as StubError).code).toBe("#NUM!");
    expect(result[2][0]).toBe("");
    expect(Number((result[3][0] as number).toFixed(9))).toBe(160);
    expect((only(efficiencyIndex(col(1, 2), col(1, 1, 1))) as StubError).code).toBe("#VALUE!");
    expect((only(efficiencyIndex(col(0), col(100))) as StubError).code).toBe("#DIV/0!");
  });
});

describe("NETVALUE", () => {
  test("works: net, break-even and the year table with a header row", () => {
    expect(only(netValue(10, [[75045]], 500000))).toBe(250450);
    expect(
      only(netValue(10, [[50000, 25045]], 500000, null, null, null, null, "breakeven"))
    ).toBeCloseTo(500000 / 75045, 10);
    const table = netValue(10, [[100000]], 500000, 3, 0.04, 0.2, 0.1, "all");
    expect(table[0]).toEqual([
      "Year",
      "Effect (present value)",
      "Cumulative effect",
      "Cumulative net value",
    ]);
    expect(table).toHaveLength(4);
    expect(table[3][0]).toBe(3);
    expect(table[3][3] as number).toBeCloseTo(1591420.1183431952, 6);
  });

  test("coercion: numeric text; blank optional arguments take their defaults", () => {
    expect(only(netValue("10", [["75 045"]], "500000", "", "", null, null, ""))).toBe(250450);
  });

  test("errors: out of range is #NUM!; no gain means no break-even (#N/A with a message)", () => {
    expect((only(netValue(10, [[1]], 1, 51)) as StubError).code).toBe("#NUM!");
    expect((only(netValue(10, [[1]], 1, 1, 1)) as StubError).code).toBe("#NUM!");
    const na = only(netValue(10, [[0]], 1, 1, 0, 0, 0, "breakeven")) as StubError;
    expect([na.code, na.message]).toEqual([
      "#N/A",
      "The effect per participant is 0: there is no break-even point.",
    ]);
    expect((only(netValue(10, [["abc"]], 1)) as StubError).code).toBe("#VALUE!");
  });
});

describe("ENROLLDAYS", () => {
  const starts = col(46023, "2026-01-01", 46023, 46000);
  const ends = col(46053, "2026-03-02", "20260411", "");

  test("works: mean and median; arguments null when omitted", () => {
    expect(enrollDays(starts, ends, null as never, null, null as never)).toBeCloseTo(190 / 3, 12);
    expect(enrollDays(starts, ends, undefined, undefined, "Median")).toBe(60);
    expect(enrollDays(starts, ends, col("K", "M", "Kvinna", "K"), "K")).toBe(65);
  });

  test("coercion: whole columns; errors: nothing ended is #DIV/0!, end before start is #VALUE!", () => {
    expect(enrollDays(wholeColumn([46023, 46023]), wholeColumn([46053, 46033]))).toBe(20);
    expect((enrollDays(col(46000), col("")) as StubError).code).toBe("#DIV/0!");
    expect((enrollDays(col(46023), col(46000)) as StubError).code).toBe("#VALUE!");
  });
});

describe("PNR", () => {
  const person = syntheticPnr(mulberry32(7), { year: 1985, gender: "K" });

  test("works: normalises any form; valid and gender outputs", () => {
    expect(pnr(person.digits12)).toBe(person.long);
    expect(pnr(person.short)).toBe(person.long);
    expect(pnr(person.long, "valid")).toBe(true);
    expect(pnr(person.long, "gender")).toBe("K");
    expect(pnr("12345", "valid")).toBe(false);
  });

  test("errors: an invalid number is #VALUE! with the reason, masked", () => {
    const wrongCheck = person.long.slice(0, 12) + ((Number(person.long[12]) + 1) % 10);
    const e = pnr(wrongCheck) as StubError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(`${person.long.slice(0, 8)}-**** has a wrong check digit.`);
    expect((pnr("abc") as StubError).message).toBe("abc is not a personnummer (10 or 12 digits).");
  });
});

describe("AGE", () => {
  const leapling = syntheticPnr(mulberry32(11), { year: 2004, month: 2, day: 29, gender: "M" });
  const coordinated = syntheticPnr(mulberry32(12), {
    year: 2001,
    month: 8,
    day: 31,
    coordination: true,
  });

  test("works: whole years on the date, a birthday counting from its day; 29 February turns on 1 March", () => {
    expect(age(leapling.long, "2025-02-28")).toBe(20);
    expect(age(leapling.long, "2025-03-01")).toBe(21);
    expect(age(leapling.digits12, "2028-02-29")).toBe(24);
    expect(age(coordinated.long, "2025-08-30")).toBe(23);
    expect(age(coordinated.long, "2025-08-31")).toBe(24);
  });

  test("the century of a 10-digit number is chosen relative to the date, + meaning 100 or more", () => {
    const born1925 = syntheticPnr(mulberry32(13), { year: 1925, month: 9, day: 1 });
    const tenDigits = born1925.digits12.slice(2, 8) + "-" + born1925.digits12.slice(8);
    // On 2025-08-31 a person born on 1 September 25 is taken as 1925 (99 years), as 2025 would be unborn.
    expect(age(tenDigits, "2025-08-31")).toBe(99);
    // On 2026-01-01 the same number is a 2025 baby.
    expect(age(tenDigits, "2026-01-01")).toBe(0);
    const hundred = syntheticPnr(mulberry32(14), { year: 1924, month: 8, day: 15 });
    expect(age(hundred.digits12.slice(2, 8) + "+" + hundred.digits12.slice(8), "2025-08-31")).toBe(
      101
    );
  });

  test("blank date: today", () => {
    const today = new Date();
    const born = syntheticPnr(mulberry32(15), {
      year: today.getUTCFullYear() - 30,
      month: 1,
      day: 1,
    });
    expect(age(born.long)).toBe(30);
  });

  test("errors: an invalid id or a birth after the date is #VALUE! with the value masked", () => {
    const wrongCheck = leapling.long.slice(0, 12) + ((Number(leapling.long[12]) + 1) % 10);
    const e = age(wrongCheck, "2025-01-01") as StubError;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe(`${leapling.long.slice(0, 8)}-**** has a wrong check digit.`);
    const unborn = age(leapling.long, "2003-12-31") as StubError;
    expect(unborn.code).toBe("#VALUE!");
    expect(unborn.message).toBe(
      `${leapling.long.slice(0, 8)}-**** was born after the date: no age.`
    );
    expect((age("abc", "2025-01-01") as StubError).message).toBe(
      "abc is not a personnummer (10 or 12 digits)."
    );
    expect((age(leapling.long, "not a date") as StubError).code).toBe("#VALUE!");
  });
});

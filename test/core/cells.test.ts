import fc from "fast-check";
import {
  CellValue,
  codeSet,
  displayValue,
  genderFilterOf,
  isBlank,
  isBlankOrZero,
  isoOf,
  monthOfSerial,
  normalizeCode,
  optionOf,
  parseDate,
  parseGender,
  parseMonth,
  parseNumber,
  periodWindow,
  requireDate,
  serialOf,
  todaySerial,
  valuesOf,
  ymdOf,
} from "../../src/core/cells";
import { AmfError } from "../../src/core/errors";

/** Runs fn and returns the AmfError it throws (fails the test when it throws nothing or something else). */
function amfErrorOf(fn: () => unknown): AmfError {
  try {
    fn();
  } catch (e) {
    if (e instanceof AmfError) return e;
    throw e;
  }
  throw new Error("expected an AmfError, nothing was thrown");
}

// Hand-checked serials used below. Anchors: Excel counts 1900-01-01 as 1 and (wrongly) has a
// 1900-02-29, so 1900-03-01 = 31 + 29 + 1 = 61; 1900-03-01 → 2000-03-01 is 100 years with 25 leap days
// (1904…2000) = 36525 days, so 2000-03-01 = 36586 and 2000-01-01 = 36586 − 31 − 29 = 36526.
// 2000-01-01 → 2026-01-01 is 26 × 365 + 7 leap days (2000…2024) = 9497, so 2026-01-01 = 46023
// and 2026-01-15 = 46037.
const S_2026_01_01 = 46023;
const S_2026_01_15 = 46037;
const S_2026_08_31 = 46023 + 212 + 30; // Jan–Jul 2026 = 31+28+31+30+31+30+31 = 212 days → 46265
const S_2025_09_01 = 46023 - 365 + 243; // 2025-01-01 = 45658; Jan–Aug 2025 = 243 days → 45901

describe("isBlank", () => {
  it("treats null, undefined, empty and all-space text as blank", () => {
    expect([null, undefined, "", "  ", "\t", "\u00a0"].map(isBlank)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
  it("keeps 0, false, text and dates as values (a 0 may be a real zero)", () => {
    expect([0, false, "0", "x", new Date(0)].map((v) => isBlank(v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("isBlankOrZero", () => {
  it("is isBlank plus 0 (an empty cell as some clients send it to a code, ID or date column)", () => {
    expect([null, undefined, "", "  ", 0].map(isBlankOrZero)).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(["K", 1, false, "0", -0.5].map((v) => isBlankOrZero(v))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe("displayValue", () => {
  it("quotes text and numbers, shows dates as ISO and cuts long text", () => {
    expect(displayValue("abc")).toBe('"abc"');
    expect(displayValue(12)).toBe('"12"');
    expect(displayValue(null)).toBe('""');
    expect(displayValue(new Date(Date.UTC(2026, 0, 15)))).toBe("2026-01-15");
    expect(displayValue(new Date(NaN))).toBe("?");
    expect(displayValue("x".repeat(50))).toBe(`"${"x".repeat(37)}…"`);
  });
});

describe("valuesOf", () => {
  it("reads a block row by row, and a single value as a list of one", () => {
    expect(
      valuesOf([
        ["a", "b"],
        ["c", "d"],
      ])
    ).toEqual(["a", "b", "c", "d"]);
    expect(valuesOf("arbete")).toEqual(["arbete"]);
  });
});

describe("serialOf, ymdOf, isoOf", () => {
  it("matches Excel's 1900 date system at hand-checked anchors", () => {
    expect(serialOf(1900, 3, 1)).toBe(61);
    expect(serialOf(2000, 1, 1)).toBe(36526);
    expect(serialOf(2026, 1, 1)).toBe(S_2026_01_01);
    expect(serialOf(2026, 1, 15)).toBe(S_2026_01_15);
    expect(serialOf(1970, 1, 1)).toBe(25569);
    expect(serialOf(9999, 12, 31)).toBe(2958465);
  });
  // Bug fixed: the epoch 1899-12-30 is right only from 1900-03-01; before it Excel counts from
  // 1899-12-31 (1900-01-01 = 1) because of its phantom 1900-02-29 = 60.
  it("counts January and February 1900 as Excel does, with serial 60 as 1900-02-29", () => {
    expect(serialOf(1900, 1, 1)).toBe(1);
    expect(serialOf(1900, 2, 28)).toBe(59);
    expect(ymdOf(1)).toEqual([1900, 1, 1]);
    expect(ymdOf(59)).toEqual([1900, 2, 28]);
    expect(ymdOf(60)).toEqual([1900, 2, 29]);
    expect(ymdOf(61)).toEqual([1900, 3, 1]);
    expect(parseDate("1900-01-01")).toBe(1);
  });
  it("reads back the date of a serial, ignoring the time of day", () => {
    expect(ymdOf(S_2026_01_15)).toEqual([2026, 1, 15]);
    expect(ymdOf(S_2026_01_15 + 0.99)).toEqual([2026, 1, 15]);
    expect(isoOf(S_2026_08_31)).toBe("2026-08-31");
    expect(isoOf(45351)).toBe("2024-02-29"); // 2024-01-01 = 46023 − 366 − 365 = 45292, + 31 + 28
  });
  it("round-trips every date from 1900-03-01 to 9999-12-31", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const [y, m, d] = ymdOf(serial);
        return serialOf(y, m, d) === serial;
      })
    );
  });
  it("takes today's local calendar date", () => {
    expect(todaySerial(new Date(2026, 0, 15, 23, 59))).toBe(S_2026_01_15);
    expect(todaySerial(new Date(2026, 0, 15, 0, 1))).toBe(S_2026_01_15);
  });
  it("gives the month index year × 12 + month − 1 of a serial", () => {
    expect(monthOfSerial(S_2026_01_15)).toBe(2026 * 12);
    expect(monthOfSerial(S_2026_08_31)).toBe(2026 * 12 + 7);
  });
});

describe("parseDate", () => {
  it("takes serial numbers, dropping the time of day", () => {
    expect(parseDate(S_2026_01_15)).toBe(S_2026_01_15);
    expect(parseDate(46037.5)).toBe(S_2026_01_15);
    expect(parseDate(46037.999)).toBe(S_2026_01_15);
    expect(parseDate(1)).toBe(1);
    expect(parseDate(2958465.75)).toBe(2958465); // 9999-12-31 18:00 is still a date
  });
  it("refuses serials outside Excel's range and non-finite numbers", () => {
    expect([0, -1, 0.5, 2958466, NaN, Infinity].map(parseDate)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
  it("takes Date objects by their UTC calendar day (ExcelJS sends UTC midnights)", () => {
    expect(parseDate(new Date(Date.UTC(2026, 0, 15)))).toBe(S_2026_01_15);
    expect(parseDate(new Date(Date.UTC(2026, 0, 15, 23, 30)))).toBe(S_2026_01_15);
    expect(parseDate(new Date(NaN))).toBeNull();
    expect(parseDate(new Date(Date.UTC(1850, 0, 1)))).toBeNull(); // no serial before 1900
  });
  it("takes the text forms of SPEC §3", () => {
    expect(parseDate("2026-01-15")).toBe(S_2026_01_15);
    expect(parseDate("20260115")).toBe(S_2026_01_15);
    expect(parseDate(" 2026-01-15 ")).toBe(S_2026_01_15);
    expect(parseDate("2026-01-15 13:45")).toBe(S_2026_01_15);
    expect(parseDate("2026-01-15 13:45:10")).toBe(S_2026_01_15);
    expect(parseDate("2026-01-15T08:05")).toBe(S_2026_01_15);
    expect(parseDate("2024-02-29")).toBe(45351);
  });
  it("refuses impossible dates and times and other spellings", () => {
    const refused = [
      "2026-02-30",
      "2025-02-29",
      "2026-13-01",
      "2026-00-10",
      "15/01/2026",
      "2026/01/15",
      "2026-1-15",
      "2026-01-15 24:00",
      "2026-01-15 13:60",
      "2026-01-15 13:45:60",
      "1899-12-31",
      "igår",
      "",
      "46037",
    ];
    expect(refused.map(parseDate)).toEqual(refused.map(() => null));
  });
  // Bug fixed: each dash was optional on its own, so half-dashed typos passed as dates.
  it("refuses text with one dash of two", () => {
    expect([parseDate("2026-0115"), parseDate("202601-15")]).toEqual([null, null]);
  });
  // Bug fixed: typing 20260115 in a cell makes it a number, which was refused though the text was taken.
  it("reads a number cell holding YYYYMMDD as that date (no serial is that large)", () => {
    expect(parseDate(20260115)).toBe(S_2026_01_15);
    expect(parseDate(20260230)).toBeNull();
  });
  it("refuses booleans, null and undefined", () => {
    expect([true, false, null, undefined].map(parseDate)).toEqual([null, null, null, null]);
  });
});

describe("requireDate", () => {
  it("returns the value or throw #VALUE! naming argument, row and value", () => {
    expect(requireDate("2026-01-15", "exit_dates", 3)).toBe(S_2026_01_15);
    const e = amfErrorOf(() => requireDate("15/01/2026", "exit_dates", 3));
    expect([e.kind, e.key, e.params]).toEqual([
      "value",
      "invalidDate",
      { arg: "exit_dates", row: 3, value: '"15/01/2026"' },
    ]);
  });
});

describe("parseMonth", () => {
  const JULY_2026 = 2026 * 12 + 6; // 24318
  it("takes YYYY-MM and YYYYMM text", () => {
    expect(parseMonth("2026-07")).toBe(JULY_2026);
    expect(parseMonth("202607")).toBe(JULY_2026);
    expect(parseMonth(" 2026-07 ")).toBe(JULY_2026);
  });
  it("takes any date form and keeps its month", () => {
    expect(parseMonth("2026-07-31")).toBe(JULY_2026);
    expect(parseMonth("20260701")).toBe(JULY_2026);
    expect(parseMonth(S_2026_01_15)).toBe(2026 * 12);
    expect(parseMonth(new Date(Date.UTC(2026, 6, 1)))).toBe(JULY_2026);
  });
  // Bug fixed: a typed 202607 is a number cell and was read as serial 202607, a day in the year 2454.
  it("reads a number cell holding YYYYMM as that month", () => {
    expect(parseMonth(202607)).toBe(JULY_2026);
    expect(parseMonth(202613)).toBeNull();
  });
  it("refuses impossible months and other spellings", () => {
    expect(["2026-13", "2026-00", "07/2026", "2026-7", "juli", ""].map(parseMonth)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
    expect(parseMonth(true)).toBeNull();
  });
});

describe("periodWindow", () => {
  it("SPEC §3: period_end 2026-08-31, 12 months → 2025-09-01..2026-08-31", () => {
    expect(periodWindow(S_2026_08_31, 12)).toEqual({ from: S_2025_09_01, to: S_2026_08_31 });
    expect(S_2025_09_01).toBe(45901);
    expect(S_2026_08_31).toBe(46265);
  });
  it("SPEC §3: period_end 2026-08-31, 8 months → 2026-01-01..2026-08-31", () => {
    expect(periodWindow(S_2026_08_31, 8)).toEqual({ from: S_2026_01_01, to: S_2026_08_31 });
  });
  it("cuts the window at a mid-month period_end", () => {
    const w = periodWindow(serialOf(2026, 3, 15), 3);
    expect([isoOf(w.from), isoOf(w.to)]).toEqual(["2026-01-01", "2026-03-15"]);
  });
  it("crosses year boundaries", () => {
    const w = periodWindow(serialOf(2026, 2, 10), 3); // Dec 2025, Jan 2026, Feb 2026
    expect([isoOf(w.from), isoOf(w.to)]).toEqual(["2025-12-01", "2026-02-10"]);
    const two = periodWindow(S_2026_08_31, 24);
    expect(isoOf(two.from)).toBe("2024-09-01");
    const jan = periodWindow(serialOf(2026, 1, 31), 1);
    expect([isoOf(jan.from), isoOf(jan.to)]).toEqual(["2026-01-01", "2026-01-31"]);
    const dec = periodWindow(serialOf(2025, 12, 31), 12);
    expect(isoOf(dec.from)).toBe("2025-01-01");
  });
  it("drops the time of day of a fractional period_end", () => {
    expect(periodWindow(S_2026_08_31 + 0.6, 1)).toEqual({
      from: serialOf(2026, 8, 1),
      to: S_2026_08_31,
    });
  });
});

describe("parseNumber", () => {
  it("takes Swedish and English numeric text", () => {
    expect(parseNumber("1 234,5")).toBe(1234.5);
    expect(parseNumber("1\u00a0234,5")).toBe(1234.5); // Excel's Swedish thousands separator
    expect(parseNumber("1234.5")).toBe(1234.5);
    expect(parseNumber("−3")).toBe(-3); // U+2212 MINUS SIGN
    expect(parseNumber("-0,25")).toBe(-0.25);
    expect(parseNumber(" 42 ")).toBe(42);
    expect(parseNumber("+5")).toBe(5);
    expect(parseNumber("1e3")).toBe(1000);
  });
  it("passes finite numbers and refuses everything else", () => {
    expect(parseNumber(7.25)).toBe(7.25);
    expect(parseNumber(0)).toBe(0);
    const refused: CellValue[] = [
      "abc",
      "",
      "  ",
      "12%",
      "1,234.5",
      "1.234,5",
      "+-5",
      "-",
      NaN,
      Infinity,
      true,
      null,
    ];
    expect(refused.map(parseNumber)).toEqual(refused.map(() => null));
    expect(parseNumber(new Date(0))).toBeNull();
  });
});

describe("normalizeCode and codeSet", () => {
  it("SPEC §3: `ARBETE `, `  arbete` and `Arbete` are one code", () => {
    expect(["ARBETE ", "  arbete", "Arbete"].map(normalizeCode)).toEqual([
      "arbete",
      "arbete",
      "arbete",
    ]);
  });
  it("collapses inner runs of spaces and lower-cases Swedish letters", () => {
    expect(normalizeCode("Subventionerad   anställning")).toBe("subventionerad anställning");
    expect(normalizeCode("ÅTERGÅNG\tTILL  STUDIER")).toBe("återgång till studier");
  });
  // Bug fixed: text pasted from macOS or the web may hold "ä" as a + combining diaeresis.
  it("treats decomposed and composed Swedish letters alike", () => {
    expect(normalizeCode("Ma\u0308n")).toBe("män");
    expect(normalizeCode("Ma\u0308n")).toBe(normalizeCode("Män"));
  });
  it("reads numbers as their text and blanks as empty", () => {
    expect([normalizeCode(12), normalizeCode(null), normalizeCode(undefined)]).toEqual([
      "12",
      "",
      "",
    ]);
  });
  it("builds a set of distinct codes, skipping blanks", () => {
    expect([...codeSet(["Arbete", " ARBETE", null, "", "Studier"])]).toEqual(["arbete", "studier"]);
  });
});

describe("parseGender and genderFilterOf", () => {
  it("reads every SPEC §3 spelling for women as K", () => {
    const women: CellValue[] = [
      "K",
      "k",
      "Kvinna",
      "KVINNA",
      "Kvinnor",
      "F",
      "W",
      "Female",
      " female ",
      "2",
      2,
    ];
    expect(women.map(parseGender)).toEqual(women.map(() => "K"));
  });
  it("reads every SPEC §3 spelling for men as M", () => {
    const men: CellValue[] = ["M", "m", "Man", "MAN", "Män", "MÄN", "Ma\u0308n", "Male", "1", 1];
    expect(men.map(parseGender)).toEqual(men.map(() => "M"));
  });
  it("gives null for blanks and undefined for values that are no gender code", () => {
    expect([null, undefined, "", "  "].map(parseGender)).toEqual([null, null, null, null]);
    expect(["X", "kv", "3", 0, true].map((v) => parseGender(v))).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
  });
  it("accepts blank (all), K or M as a filter argument and refuses anything else", () => {
    expect([genderFilterOf(null, "gender"), genderFilterOf("kvinnor", "gender")]).toEqual([
      null,
      "K",
    ]);
    const e = amfErrorOf(() => genderFilterOf("X", "gender"));
    expect([e.kind, e.key, e.params]).toEqual([
      "value",
      "invalidGenderArgument",
      { arg: "gender", value: '"X"' },
    ]);
  });
});

describe("optionOf", () => {
  const OUTPUTS = ["rate", "count", "total", "all"] as const;
  it("gives the default for a blank or omitted argument", () => {
    expect([
      optionOf(null, OUTPUTS, "rate", "output"),
      optionOf("", OUTPUTS, "rate", "output"),
    ]).toEqual(["rate", "rate"]);
  });
  it("matches case- and space-insensitively and returns the canonical spelling", () => {
    expect([
      optionOf(" COUNT ", OUTPUTS, "rate", "output"),
      optionOf("All", OUTPUTS, "rate", "output"),
    ]).toEqual(["count", "all"]);
  });
  it("refuses an unknown option with #VALUE! listing the allowed ones", () => {
    const e = amfErrorOf(() => optionOf("andel", OUTPUTS, "rate", "output"));
    expect([e.kind, e.key, e.params]).toEqual([
      "value",
      "invalidOption",
      { arg: "output", value: '"andel"', allowed: "rate, count, total, all" },
    ]);
  });
});

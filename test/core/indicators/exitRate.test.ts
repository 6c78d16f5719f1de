import { exitRate } from "../../../src/core/indicators/exitRate";
import { rateOutput } from "../../../src/core/indicators/rate";
import { AmfError } from "../../../src/core/errors";
import { DEFAULT_POSITIVE_EXIT_REASONS } from "../../../src/core/settings";

const positiveReasons = DEFAULT_POSITIVE_EXIT_REASONS;

function thrown(f: () => unknown): AmfError {
  try {
    f();
  } catch (e) {
    return e as AmfError;
  }
  throw new Error("expected an AmfError");
}

describe("exitRate", () => {
  // Six rows: five exits (one blank reason); positives are rows 1, 3 and 6.
  const reasons = ["Arbete", "Annan insats", " studier ", "", "Sjukskrivning", "EGET  FÖRETAG"];
  const genders = ["K", "M", "Kvinna", "K", "man", "2"];
  // 2025-08-31, 2025-09-01, 2026-01-15, 2026-01-15, 2026-08-31, "2026-09-01"
  const exitDates = [45900, 45901, "2026-01-15", 46037, "20260831", "2026-09-01"];

  test("counts exits to work or studies among all exits; a blank reason is not an exit", () => {
    expect(exitRate({ reasons, positiveReasons })).toEqual({ count: 3, total: 5 });
  });

  test("filters by gender (any spelling) and counts blank genders only in totals", () => {
    // Women: rows 1, 3, 6 (row 4 has no reason) → all three positive. Men: rows 2, 5 → none.
    expect(exitRate({ reasons, positiveReasons, genders, gender: "K" })).toEqual({
      count: 3,
      total: 3,
    });
    expect(exitRate({ reasons, positiveReasons, genders, gender: "M" })).toEqual({
      count: 0,
      total: 2,
    });
    const withBlank = ["K", "", null, "K", 0, "2"];
    expect(exitRate({ reasons, positiveReasons, genders: withBlank })).toEqual({
      count: 3,
      total: 5,
    });
    expect(exitRate({ reasons, positiveReasons, genders: withBlank, gender: "M" })).toEqual({
      count: 0,
      total: 0,
    });
  });

  test("applies the period window: 12 months to 2026-08-31 is 2025-09-01..2026-08-31", () => {
    // In the window: rows 2, 3, 5 (row 1 is a day early, row 6 a day late, row 4 no exit) → 1 positive.
    expect(exitRate({ reasons, positiveReasons, exitDates, periodEnd: 46265 })).toEqual({
      count: 1,
      total: 3,
    });
    // 8 months → 2026-01-01..2026-08-31: rows 3 and 5.
    expect(exitRate({ reasons, positiveReasons, exitDates, periodEnd: 46265, months: 8 })).toEqual({
      count: 1,
      total: 2,
    });
  });

  test("uses the workbook's own positive reasons", () => {
    expect(exitRate({ reasons, positiveReasons: ["annan insats"] })).toEqual({
      count: 1,
      total: 5,
    });
  });

  test("treats 0 in the reason column as a blank cell", () => {
    expect(exitRate({ reasons: ["Arbete", 0, null, "Avbrott"], positiveReasons })).toEqual({
      count: 1,
      total: 2,
    });
  });

  test("ignores the blank tail of a whole-column range", () => {
    const column: unknown[] = new Array(1048576).fill(null);
    column[0] = "Arbete";
    column[1] = "Flyttat";
    column[199999] = "Studier";
    const dates: unknown[] = new Array(1048576).fill("");
    dates[0] = dates[1] = dates[199999] = 46000;
    expect(
      exitRate({
        reasons: column as never,
        positiveReasons,
        exitDates: dates as never,
        periodEnd: 46265,
      })
    ).toEqual({
      count: 2,
      total: 3,
    });
  });

  test("refuses columns of different lengths", () => {
    const e = thrown(() => exitRate({ reasons, positiveReasons, genders: ["K", "M"] }));
    expect([e.kind, e.key, e.params]).toEqual([
      "value",
      "shapeMismatch",
      { a: "exit_reasons", na: 6, b: "genders", nb: 2 },
    ]);
  });

  test("names the row of an unreadable exit date, only for rows that are exits", () => {
    const dates = [46000, "31/08/2026", 46000];
    const e = thrown(() =>
      exitRate({
        reasons: ["Arbete", "Studier", "Arbete"],
        positiveReasons,
        exitDates: dates,
        periodEnd: 46265,
      })
    );
    expect([e.kind, e.key, e.params.row, e.params.arg]).toEqual([
      "value",
      "invalidDate",
      2,
      "exit_dates",
    ]);
    // The same bad date on a row with a blank reason is not an exit and is not read.
    expect(
      exitRate({
        reasons: ["Arbete", "", "Arbete"],
        positiveReasons,
        exitDates: dates,
        periodEnd: 46265,
      })
    ).toEqual({ count: 2, total: 2 });
  });

  test("names the row of an unknown gender code when filtering", () => {
    const e = thrown(() =>
      exitRate({ reasons: ["Arbete", "Arbete"], positiveReasons, genders: ["K", "X"], gender: "K" })
    );
    expect([e.kind, e.key, e.params.row]).toEqual(["value", "invalidGender", 2]);
  });

  test("needs the column a filter applies to", () => {
    expect(thrown(() => exitRate({ reasons, positiveReasons, gender: "K" })).key).toBe(
      "filterNeedsColumn"
    );
    expect(thrown(() => exitRate({ reasons, positiveReasons, periodEnd: 46265 })).key).toBe(
      "filterNeedsColumn"
    );
  });

  test.each([0, -1, 1.5, 1201])("months %p is out of range (#NUM!)", (months) => {
    const e = thrown(() =>
      exitRate({ reasons, positiveReasons, exitDates, periodEnd: 46265, months })
    );
    expect([e.kind, e.key]).toEqual(["num", "outOfRange"]);
  });
});

describe("rateOutput", () => {
  test("gives rate, count, total and the spilled row with the Wilson interval", () => {
    const result = { count: 45, total: 100 };
    expect(rateOutput(result, "rate")).toBe(0.45);
    expect(rateOutput(result, "count")).toBe(45);
    expect(rateOutput(result, "total")).toBe(100);
    const [row] = rateOutput(result, "all") as number[][];
    // binom::binom.wilson(45, 100): 0.3561453797951198, 0.5475539700255787
    expect(row.slice(0, 3)).toEqual([0.45, 45, 100]);
    expect(row[3]).toBeCloseTo(0.3561453797951198, 12);
    expect(row[4]).toBeCloseTo(0.5475539700255787, 12);
  });

  test("no observations: #DIV/0! for rate and all, 0 for the counts", () => {
    expect(thrown(() => rateOutput({ count: 0, total: 0 }, "rate")).kind).toBe("div0");
    expect(thrown(() => rateOutput({ count: 0, total: 0 }, "all")).kind).toBe("div0");
    expect(rateOutput({ count: 0, total: 0 }, "total")).toBe(0);
  });
});

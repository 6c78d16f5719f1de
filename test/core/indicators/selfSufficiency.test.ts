import { selfSufficiency } from "../../../src/core/indicators/selfSufficiency";
import { serialOf } from "../../../src/core/cells";
import { AmfError } from "../../../src/core/errors";
import { mulberry32, syntheticPnr } from "../../helpers/synthetic";

const reference = serialOf(2026, 11, 27);
const rng = mulberry32(62);
const [a, b, c, d, e, f] = Array.from({ length: 6 }, () => syntheticPnr(rng, { year: 1985 }));

function thrown(fn: () => unknown): AmfError {
  try {
    fn();
  } catch (err) {
    return err as AmfError;
  }
  throw new Error("expected an AmfError");
}

// Exits (measurement month = exit month + 6):
//   A 2026-01-15 → 2026-07, supported then       A again 2026-02-01 → 2026-08, supported then
//   B 2026-01-31 → 2026-07, support in 06 and 08 but not 07 → self-sufficient
//   C 2025-12-01 → 2026-06, never supported → self-sufficient
//   D 2026-03-10 → 2026-09, after the register's coverage (2026-01..2026-08) → left out
//   E 2025-06-30 → 2025-12, before the coverage → left out
//   "AB123" 2026-01-10 → 2026-07, a non-personnummer ID supported then (trimmed text match)
//   a blank ID is not an exit
const exitIds = [a.long, b.digits12, c.short, d.long, e.long, " AB123", a.digits12, "", 0];
const exitDates = [
  "2026-01-15",
  46053,
  "20251201",
  "2026-03-10",
  "2025-06-30",
  46032,
  "2026-02-01 08:30",
  "",
  0,
];
const genders = ["K", "M", "kvinna", "K", "M", "F", "K", "", ""];
const supportIds = [a.short, a.digits10, b.long, b.long, f.long, "AB123 ", "", d.long];
const supportMonths = ["2026-07", "202608", "2026-06", 46235, "2026-01-20", 46204, "", "2026-02"];

describe("selfSufficiency", () => {
  const base = { exitIds, exitDates, supportIds, supportMonths, referenceSerial: reference };

  test("counts measurable exits without support six months later; repeat exits count twice", () => {
    // In scope: A (twice), B, C, AB123. Without support: B and C.
    expect(selfSufficiency(base)).toEqual({ count: 2, total: 5 });
  });

  test("filters exits by gender", () => {
    // Women among the measurable: A (twice), C, AB123 (F) → C is self-sufficient.
    expect(selfSufficiency({ ...base, genders, gender: "K" })).toEqual({ count: 1, total: 4 });
    expect(selfSufficiency({ ...base, genders, gender: "M" })).toEqual({ count: 1, total: 1 });
  });

  test("filters exits by the period window", () => {
    // January 2026 only: A (01-15), B (01-31), AB123 (01-10) → B is self-sufficient.
    expect(selfSufficiency({ ...base, periodEnd: serialOf(2026, 1, 31), months: 1 })).toEqual({
      count: 1,
      total: 3,
    });
  });

  test("an empty support register measures nothing", () => {
    expect(selfSufficiency({ ...base, supportIds: ["", null], supportMonths: ["", null] })).toEqual(
      { count: 0, total: 0 }
    );
  });

  test("ignores the blank tails of whole-column ranges on both registers", () => {
    const pad = (column: unknown[], rows: number) => [
      ...column,
      ...new Array(rows - column.length).fill(null),
    ];
    const result = selfSufficiency({
      ...base,
      exitIds: pad(exitIds, 1048576) as never,
      exitDates: pad(exitDates, 1048576) as never,
      supportIds: pad(supportIds, 1048576) as never,
      supportMonths: pad(supportMonths, 1048576) as never,
    });
    expect(result).toEqual({ count: 2, total: 5 });
  });

  test("names the row of an unreadable support month", () => {
    const err = thrown(() =>
      selfSufficiency({ ...base, supportMonths: ["2026-07", "juli", ...supportMonths.slice(2)] })
    );
    expect([err.kind, err.key, err.params.arg, err.params.row]).toEqual([
      "value",
      "invalidMonth",
      "support_months",
      2,
    ]);
  });

  test("names the row of an exit without a readable date", () => {
    const err = thrown(() =>
      selfSufficiency({ ...base, exitDates: ["2026-01-15", "", ...exitDates.slice(2)] })
    );
    expect([err.kind, err.key, err.params.arg, err.params.row]).toEqual([
      "value",
      "invalidDate",
      "exit_dates",
      2,
    ]);
  });

  test("refuses exit columns of different lengths", () => {
    const err = thrown(() => selfSufficiency({ ...base, exitDates: exitDates.slice(0, 3) }));
    expect([err.kind, err.key]).toEqual(["value", "shapeMismatch"]);
  });
});

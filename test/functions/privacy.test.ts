/**
 * Found: custom-function errors repeated the raw value of an argument. Each site is called through
 * the real function with a synthetic personnummer in several spellings; the error must name the
 * argument and keep the birth date, and never the last four digits.
 */
import { col, installRuntimeStub, only, StubError } from "./stub";
import {
  dropoutRisk,
  efficiencyIndex,
  enrollDays,
  exitRate,
  genderGap,
  netValue,
  pnr,
  selfSufficiency6m,
  share,
} from "../../src/functions/functions";
import { resetSettings } from "../../src/core/settings";
import { mulberry32, syntheticPnr } from "../helpers/synthetic";

installRuntimeStub()(undefined);
afterEach(() => resetSettings());

const p = syntheticPnr(mulberry32(8), { year: 1985, month: 1, day: 1 });
const date10 = p.digits10.slice(0, 6);
const tail = p.digits10.slice(6);
const [cc, yy, mm, dd] = [
  p.digits12.slice(0, 2),
  p.digits12.slice(2, 4),
  p.digits12.slice(4, 6),
  p.digits12.slice(6, 8),
];
const SPELLINGS = [
  p.long,
  p.short,
  `${date10} - ${tail}`,
  `${yy}${mm} ${dd}-${tail}`,
  `${cc}${yy} ${mm} ${dd} ${tail}`,
  `${date10}.${tail}`,
  `${cc}${yy}-${mm}-${dd}-${tail}`,
];

const reasons = col("Arbete", "Studier");
const two = (v: unknown) => col(v, v);
const dates = col("2026-01-15", "2026-02-15");

/** Every argument that quotes its value in an error, with the text the error must contain. */
const SITES: Array<[string, (v: string) => unknown, string]> = [
  ["EXITRATE period_end", (v) => exitRate(reasons, undefined, undefined, dates, v), "period_end: "],
  [
    "EXITRATE exit_dates",
    (v) => exitRate(reasons, undefined, undefined, two(v), "2026-08-31"),
    "Row 1 of exit_dates: ",
  ],
  ["EXITRATE gender", (v) => exitRate(reasons, col("K", "M"), v), "gender: "],
  ["EXITRATE genders", (v) => exitRate(reasons, two(v), "K"), "Row 1 of genders: "],
  [
    "EXITRATE months",
    (v) => exitRate(reasons, undefined, undefined, dates, "2026-08-31", v),
    "months: ",
  ],
  [
    "EXITRATE output",
    (v) => exitRate(reasons, undefined, undefined, undefined, undefined, undefined, v),
    "output: ",
  ],
  [
    "SELFSUFF6M support_months",
    (v) => selfSufficiency6m(col("a"), col("2026-01-15"), col("a"), col(v)),
    "Row 1 of support_months: ",
  ],
  [
    "SELFSUFF6M period_end",
    (v) =>
      selfSufficiency6m(
        col("a"),
        col("2026-01-15"),
        col("a"),
        col("2026-02"),
        undefined,
        undefined,
        v
      ),
    "period_end: ",
  ],
  ["NETVALUE participants", (v) => netValue(v, col(1000), 500), "participants: "],
  ["NETVALUE intervention_cost", (v) => netValue(10, col(1000), v), "intervention_cost: "],
  [
    "NETVALUE output",
    (v) => netValue(10, col(1000), 500, undefined, undefined, undefined, undefined, v),
    "output: ",
  ],
  ["ENROLLDAYS start_dates", (v) => enrollDays(two(v), dates), "Row 1 of start_dates: "],
  ["ENROLLDAYS end_dates", (v) => enrollDays(dates, two(v)), "Row 1 of end_dates: "],
  ["ENROLLDAYS statistic", (v) => enrollDays(dates, dates, undefined, undefined, v), "statistic: "],
  [
    "EFFINDEX positive_outcomes",
    (v) => efficiencyIndex(col(v, 2), col(100, 100)),
    "Row 1 of positive_outcomes: ",
  ],
  [
    "EFFINDEX reference_costs",
    (v) => efficiencyIndex(col(1), col(100), col(1), col(v)),
    "Row 1 of reference_costs: ",
  ],
  ["SHARE gender", (v) => share(col("a"), col("a"), col("K"), v), "gender: "],
  ["DROPOUTRISK statuses", (v) => dropoutRisk(dates, dates, two(v), 90), "Row 1 of statuses: "],
  [
    "DROPOUTRISK start_dates",
    (v) => dropoutRisk(two(v), dates, col("Avbruten", "Avbruten"), 90),
    "Row 1 of start_dates: ",
  ],
  [
    "DROPOUTRISK as_of",
    (v) => dropoutRisk(dates, dates, col("Avbruten", "Avbruten"), 90, undefined, undefined, v),
    "as_of: ",
  ],
  ["GENDERGAP genders", (v) => genderGap(two("a"), col("a"), two(v)), "Row 1 of genders: "],
  ["PNR id", (v) => pnr(v.slice(0, -1) + String((Number(v.slice(-1)) + 1) % 10)), ""],
];

function errorOf(result: unknown): StubError {
  const value = result instanceof StubError ? result : only(result);
  expect(value).toBeInstanceOf(StubError);
  return value as StubError;
}

/** Every error in a result (a single value or a spilled matrix). */
function errorsIn(result: unknown): StubError[] {
  const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
  return cells.filter((c): c is StubError => c instanceof StubError);
}

describe("custom-function errors never repeat a personnummer", () => {
  for (const [site, call, named] of SITES) {
    test.each(SPELLINGS)(`${site}: %s`, (spelling) => {
      const errors = errorsIn(call(spelling));
      // Some spellings read as numbers where a number is due (1985 01 01 1236, 850101.1236): then
      // there may be no error at all, or one without a value; whatever there is must not leak.
      for (const e of errors) expect(e.message ?? "").not.toContain(tail);
      const quoting = errors.filter((e) => e.code === "#VALUE!" && e.message?.includes(named));
      if (spelling === p.long) expect(quoting).toHaveLength(1);
      for (const e of quoting) {
        // The value is still recognisable by its birth date, and visibly masked.
        expect(e.message).toContain(spelling.slice(0, 4));
        expect(e.message).toMatch(/\*\*/);
      }
    });
  }

  test("the messages found in the issue, word for word", () => {
    expect(errorOf(exitRate(reasons, undefined, undefined, dates, p.long)).message).toBe(
      `period_end: "${p.long.slice(0, 9)}****" is not a date (YYYY-MM-DD or an Excel date).`
    );
    expect(
      errorOf(exitRate(reasons, undefined, undefined, two(p.long), "2026-08-31")).message
    ).toBe(
      `Row 1 of exit_dates: "${p.long.slice(0, 9)}****" is not a date (YYYY-MM-DD or an Excel date).`
    );
    const wrong = `${date10} - ${tail.slice(0, 3)}${(Number(tail[3]) + 1) % 10}`;
    expect(errorOf(pnr(wrong)).message).toBe(`${date10} - **** has a wrong check digit.`);
  });

  test("a number cell that lost its leading zero is masked when quoted", () => {
    const young = syntheticPnr(mulberry32(3), { year: 2004, month: 3, day: 9 });
    const cell = Number(young.digits10); // 403091234 in the cell: the leading zero is gone
    const e = errorOf(exitRate(reasons, undefined, undefined, two(cell), "2026-08-31"));
    expect(e.message).toBe(
      `Row 1 of exit_dates: "${String(cell).slice(0, 5)}****" is not a date (YYYY-MM-DD or an Excel date).`
    );
    expect(errorOf(pnr(cell + 1 - (cell % 10 === 9 ? 10 : 0))).message).toMatch(/^040309\*\*\*\* /);
  });
});

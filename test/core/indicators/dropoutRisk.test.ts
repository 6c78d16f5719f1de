/**
 * DROPOUTRISK's Aalen–Johansen estimator against reference values computed independently
 * (dropoutRisk.reference.py: the product integral of 3-state transition matrices, as R's survfit with
 * Surv(type = "mstate") computes it). The R call that gives each value is written beside it.
 */
import { serialOf } from "../../../src/core/cells";
import { AmfError } from "../../../src/core/errors";
import {
  aalenJohansen,
  CourseTime,
  courseTimes,
  dropoutRisk,
  incidenceAt,
  naiveDropoutRisk,
} from "../../../src/core/indicators/dropoutRisk";

const EVENT = { 0: "censored", 1: "dropout", 2: "completion" } as const;
const courses = (times: number[], events: Array<0 | 1 | 2>): CourseTime[] =>
  times.map((days, i) => ({ days, outcome: EVENT[events[i]] }));
const cif = (c: CourseTime[], day: number) => incidenceAt(aalenJohansen(c), day, c.length);

// Day 10 holds two dropouts, a completion and a censoring at once.
// R: library(survival); time <- c(5,10,10,10,10,20,30,40,40,50); status <- c(1,1,1,2,0,2,0,1,0,2)
//    fit <- survfit(Surv(time, factor(status, 0:2), type = "mstate") ~ 1); summary(fit, times = …)$pstate[, 2]
//    (or cmprsk::cuminc(time, status, cencode = 0)$`1 1`)
const TIES = courses([5, 10, 10, 10, 10, 20, 30, 40, 40, 50], [1, 1, 1, 2, 0, 2, 0, 1, 0, 2]);

describe("the Aalen–Johansen cumulative incidence of dropout", () => {
  test.each([
    [0, 0],
    [4, 0],
    [5, 0.1], // R: summary(fit, times = 5)$pstate[, 2] = 0.1
    [9, 0.1],
    [10, 0.3], // R: times = 10 → 0.3  (0.1 + 0.9 · 2/9)
    [20, 0.3],
    [39, 0.3],
    [40, 0.46], // R: times = 40 → 0.46 (0.3 + 0.48 · 1/3)
    [365, 0.46],
  ])("ties of dropout, completion and censoring on one day: CIF(%i) = %f", (day, expected) => {
    expect(cif(TIES, day)).toBeCloseTo(expected, 12);
  });

  test("the table: at risk, events and the Kaplan–Meier of no event of either kind", () => {
    const steps = aalenJohansen(TIES);
    expect(steps.map((s) => [s.day, s.atRisk, s.dropouts, s.completions, s.censored])).toEqual([
      [5, 10, 1, 0, 0],
      [10, 9, 2, 1, 1],
      [20, 5, 0, 1, 0],
      [30, 4, 0, 0, 1],
      [40, 3, 1, 0, 1],
      [50, 1, 0, 1, 0],
    ]);
    // R: summary(fit, times = c(10, 20, 40))$pstate[, 1] = 0.6, 0.48, 0.32
    expect(steps.map((s) => s.survival)).toEqual(
      [0.9, 0.6, 0.48, 0.48, 0.32, 0].map((v) => expect.closeTo(v, 12))
    );
  });

  test("a course censored on a dropout's day is at risk that day", () => {
    // R: time <- c(10, 10, 20); status <- c(0, 1, 2) → summary(fit, times = 10)$pstate[, 2] = 1/3
    // (with the censored course taken out first it would be 1/2)
    const c = courses([10, 10, 20], [0, 1, 2]);
    expect(cif(c, 10)).toBeCloseTo(1 / 3, 12);
    expect(aalenJohansen(c)[0].atRisk).toBe(3);
  });

  test("censoring only: no dropout at any day; no course: NaN", () => {
    // R: time <- c(3, 8, 8); status <- c(0, 0, 0) → 0 at every time
    const c = courses([3, 8, 8], [0, 0, 0]);
    for (const day of [0, 3, 8, 365]) expect(cif(c, day)).toBe(0);
    expect(cif([], 90)).toBeNaN();
  });

  test("completions only: the incidence of dropout stays 0 while S falls to 0", () => {
    const c = courses([30, 60], [2, 2]);
    expect(cif(c, 365)).toBe(0);
    expect(aalenJohansen(c).at(-1)!.survival).toBe(0);
  });

  test("treating completions as censored overstates dropout: 1 − KM(dropout only) > CIF", () => {
    // python: one_minus_km(…, 40) = 0.5333… (R: 1 - summary(survfit(Surv(time, status == 1) ~ 1), times = 40)$surv)
    expect(naiveDropoutRisk(TIES, 40)).toBeCloseTo(1 - 0.9 * (7 / 9) * (2 / 3), 12);
    expect(naiveDropoutRisk(TIES, 40)).toBeGreaterThan(cif(TIES, 40) + 0.07);
    // Before any completion the two agree: the difference is the competing event's doing.
    expect(naiveDropoutRisk(TIES, 5)).toBeCloseTo(cif(TIES, 5), 12);
  });

  test("a last at-risk dropout takes the incidence to 1 − (share completed)", () => {
    // One completes on day 10, the other drops out on day 20: CIF(20) = 1/2 (never 1, as 1 − KM gives).
    const c = courses([10, 20], [2, 1]);
    expect(cif(c, 20)).toBeCloseTo(0.5, 12);
    expect(naiveDropoutRisk(c, 20)).toBe(1);
  });
});

describe("dropoutRisk on register columns", () => {
  const AS_OF = serialOf(2025, 12, 31);
  const iso = (serial: number) => {
    const d = new Date((serial - 25569) * 86400000);
    return d.toISOString().slice(0, 10);
  };
  const start = serialOf(2025, 1, 1);
  // The TIES courses as rows: censored ones as Pågående at AS_OF (so their start is AS_OF − days).
  const rows = TIES.map((c) =>
    c.outcome === "censored"
      ? { start: iso(AS_OF - c.days), end: "", status: "Pågående" }
      : {
          start: iso(start),
          end: iso(start + c.days),
          status: c.outcome === "dropout" ? "Avbruten" : "Slutförd",
        }
  );
  const input = (extra: object = {}) => ({
    startDates: rows.map((r) => r.start),
    endDates: rows.map((r) => r.end),
    statuses: rows.map((r) => r.status),
    asOf: AS_OF,
    days: 40,
    ...extra,
  });

  test("the same 0.46 from dates and statuses, ongoing courses censored at as_of", () => {
    expect(dropoutRisk(input())).toEqual({ n: 10, risk: expect.closeTo(0.46, 12) });
  });

  test("a course that ended after as_of is censored at as_of; one started after it is left out", () => {
    const c = courseTimes({
      startDates: ["2025-01-01", "2025-01-01", "2026-02-01"],
      endDates: ["2026-03-01", "2025-03-02", ""],
      statuses: ["Avbruten", "slutförd ", "Pågående"],
      asOf: AS_OF,
    });
    expect(c).toEqual([
      { days: AS_OF - start, outcome: "censored" },
      { days: 60, outcome: "completion" },
    ]);
  });

  test("the gender filter and blank statuses", () => {
    const c = courseTimes({
      startDates: ["2025-01-01", "2025-01-01", "2025-01-01"],
      endDates: ["2025-02-01", "2025-03-01", ""],
      statuses: ["Avbruten", "Avbruten", null],
      genders: ["K", "M", "K"],
      gender: "M",
      asOf: AS_OF,
    });
    expect(c).toEqual([{ days: 59, outcome: "dropout" }]);
  });

  test("errors name the row: an unknown status, an ended course without an end, end before start, days < 0", () => {
    const run = (extra: object) => {
      try {
        dropoutRisk(input(extra));
      } catch (e) {
        return e as AmfError;
      }
      throw new Error("no error");
    };
    expect(run({ statuses: ["Klar", ...rows.slice(1).map((r) => r.status)] })).toMatchObject({
      kind: "value",
      key: "invalidStatus",
      params: { row: 1 },
    });
    expect(run({ endDates: ["", ...rows.slice(1).map((r) => r.end)] })).toMatchObject({
      kind: "value",
      key: "endDateMissing",
      params: { row: 1 },
    });
    expect(run({ endDates: ["2024-12-01", ...rows.slice(1).map((r) => r.end)] })).toMatchObject({
      kind: "value",
      key: "dateOrder",
      params: { row: 1 },
    });
    expect(run({ days: -1 })).toMatchObject({ kind: "num", key: "outOfRange" });
  });
});

/**
 * DROPOUTRISK (issue #15): the cumulative incidence of dropout within a number of days of the course
 * start, with completion as a competing event and courses still running censored at `as_of` — the
 * Aalen–Johansen estimator
 *
 *   CIF(t) = Σ_{t_j ≤ t} S(t_j−) · d_j / n_j,
 *
 * where S is the Kaplan–Meier probability of no event of either kind, d_j the dropouts on day t_j and
 * n_j the courses still at risk on that day. A course censored on day t is at risk on day t (events
 * come before censorings on a tie, as in R's survival and cmprsk).
 *
 * Why not 1 − Kaplan–Meier with completions censored: censoring assumes the course could still drop
 * out later, but a completed course never will. Those courses' share of the dropout "risk" is handed
 * on to the courses still running, so the estimate overstates dropout — the more, the more courses
 * complete early.
 */
import { displayValue, Gender, isBlankOrZero, normalizeCode } from "../cells";
import { AmfError } from "../errors";
import { cellAt, Column, columnsLength } from "./columns";
import { dateReader, memoize, rowFilter } from "./scope";

export type CourseOutcome = "dropout" | "completion" | "censored";

/** One course on the time axis: days from the start to its end (or to `as_of` when censored). */
export interface CourseTime {
  days: number;
  outcome: CourseOutcome;
}

/** One day of the estimator's table, where something happened. */
export interface IncidenceStep {
  day: number;
  atRisk: number;
  dropouts: number;
  completions: number;
  censored: number;
  /** Probability of neither event up to and including this day (Kaplan–Meier, both kinds of event). */
  survival: number;
  /** Cumulative incidence of dropout up to and including this day. */
  incidence: number;
}

/** The Aalen–Johansen table of a set of courses, one step per distinct day, in day order. */
export function aalenJohansen(courses: readonly CourseTime[]): IncidenceStep[] {
  const sorted = [...courses].sort((a, b) => a.days - b.days);
  const steps: IncidenceStep[] = [];
  let atRisk = sorted.length;
  let survival = 1;
  let incidence = 0;
  for (let i = 0; i < sorted.length;) {
    const day = sorted[i].days;
    const tally = { dropout: 0, completion: 0, censored: 0 };
    let j = i;
    for (; j < sorted.length && sorted[j].days === day; j++) tally[sorted[j].outcome]++;
    // Every course ending or censored today is still at risk today (n_j counts them all).
    incidence += (survival * tally.dropout) / atRisk;
    survival *= 1 - (tally.dropout + tally.completion) / atRisk;
    steps.push({
      day,
      atRisk,
      dropouts: tally.dropout,
      completions: tally.completion,
      censored: tally.censored,
      survival,
      incidence,
    });
    atRisk -= j - i;
    i = j;
  }
  return steps;
}

/** CIF(day) from a table: the last step on or before `day`; 0 before the first; NaN without courses. */
export function incidenceAt(steps: readonly IncidenceStep[], day: number, courses: number): number {
  if (courses === 0) return NaN;
  let value = 0;
  for (const step of steps) {
    if (step.day > day) break;
    value = step.incidence;
  }
  return value;
}

/**
 * 1 − Kaplan–Meier with dropout the only event and completions censored: the estimate that overstates
 * dropout (see the file comment). Kept for the sheet's footnote and the tests that show the difference.
 */
export function naiveDropoutRisk(courses: readonly CourseTime[], day: number): number {
  if (courses.length === 0) return NaN;
  let survival = 1;
  for (const step of aalenJohansen(courses)) {
    if (step.day > day) break;
    survival *= 1 - step.dropouts / step.atRisk;
  }
  return 1 - survival;
}

/** The three statuses of a course (the code list's Slutförd, Avbruten, Pågående), by normalised code. */
const STATUS: ReadonlyMap<string, CourseOutcome | "ongoing"> = new Map([
  ["slutförd", "completion"],
  ["avbruten", "dropout"],
  ["pågående", "ongoing"],
]);

export interface CoursesInput {
  startDates: Column;
  /** Required for Slutförd and Avbruten; a Pågående course's (planned) end is not read. */
  endDates: Column;
  /** Slutförd, Avbruten or Pågående; a blank status is no course. */
  statuses: Column;
  genders?: Column | null;
  gender?: Gender | null;
  /** The day the follow-up is cut (Excel serial): running courses are censored here. */
  asOf: number;
}

const NAMES = { genders: "genders", gender: "gender", dates: "", periodEnd: "", months: "" };

/**
 * The courses in scope on the time axis. A course started after `as_of` is not yet in follow-up; one
 * that ended after `as_of` was still running on that day and is censored there. Bad cells fail with
 * #VALUE! naming the row and argument.
 */
export function courseTimes(input: CoursesInput): CourseTime[] {
  const { startDates, endDates, statuses, genders, asOf } = input;
  const length = columnsLength([
    ["start_dates", startDates],
    ["end_dates", endDates],
    ["statuses", statuses],
    ["genders", genders],
  ]);
  const inScope = rowFilter({ genders, gender: input.gender }, null, NAMES);
  const startOf = dateReader("start_dates");
  const endOf = dateReader("end_dates");
  const statusOf = memoize((v) => STATUS.get(normalizeCode(v)));
  const courses: CourseTime[] = [];
  for (let r = 0; r < length; r++) {
    const statusCell = cellAt(statuses, r);
    if (isBlankOrZero(statusCell)) continue;
    const status = statusOf(statusCell);
    if (status === undefined)
      throw new AmfError("value", "invalidStatus", {
        arg: "statuses",
        row: r + 1,
        value: displayValue(statusCell),
      });
    if (inScope !== null && !inScope(r)) continue;
    const start = startOf(cellAt(startDates, r), r);
    if (start > asOf) continue;
    if (status === "ongoing") {
      courses.push({ days: asOf - start, outcome: "censored" });
      continue;
    }
    const endCell = cellAt(endDates, r);
    if (isBlankOrZero(endCell))
      throw new AmfError("value", "endDateMissing", { arg: "end_dates", row: r + 1 });
    const end = endOf(endCell, r);
    if (end < start)
      throw new AmfError("value", "dateOrder", {
        row: r + 1,
        start: displayValue(cellAt(startDates, r)),
        end: displayValue(endCell),
      });
    courses.push(
      end > asOf
        ? { days: asOf - start, outcome: "censored" }
        : { days: end - start, outcome: status }
    );
  }
  return courses;
}

export interface DropoutRiskInput extends CoursesInput {
  /** Days from the start (≥ 0). */
  days: number;
}

/** The courses in scope (n) and the cumulative incidence of dropout within `days` (NaN when n is 0). */
export function dropoutRisk(input: DropoutRiskInput): { n: number; risk: number } {
  if (!Number.isFinite(input.days) || input.days < 0)
    throw new AmfError("num", "outOfRange", { arg: "days", min: 0, max: "∞" });
  const courses = courseTimes(input);
  return {
    n: courses.length,
    risk: incidenceAt(aalenJohansen(courses), input.days, courses.length),
  };
}

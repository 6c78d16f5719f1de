/**
 * ENROLLDAYS (SPEC §4): average enrolment time in days (genomsnittlig inskrivningstid), mean or median,
 * over the enrolments that have ended.
 */
import { displayValue, isBlankOrZero } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { AmfError } from "../errors";
import { dateReader, rowFilter, ScopeOptions } from "./scope";

export const ENROLL_STATISTICS = ["mean", "median"] as const;
export type EnrollStatistic = (typeof ENROLL_STATISTICS)[number];

export interface EnrollDaysInput extends Pick<ScopeOptions, "genders" | "gender"> {
  startDates: Column;
  /** A blank end date is an enrolment still running: it has no enrolment time yet and is left out. */
  endDates: Column;
  statistic?: EnrollStatistic | null;
}

const NAMES = { genders: "genders", gender: "gender", dates: "", periodEnd: "", months: "" };

/** Enrolments ended (n) and their mean or median length in days (end − start; null when n is 0). */
export function enrollDays(input: EnrollDaysInput): { n: number; days: number | null } {
  const { startDates, endDates, genders } = input;
  const length = columnsLength([
    ["start_dates", startDates],
    ["end_dates", endDates],
    ["genders", genders],
  ]);
  const inScope = rowFilter({ genders, gender: input.gender }, null, NAMES);
  const startOf = dateReader("start_dates");
  const endOf = dateReader("end_dates");
  const durations: number[] = [];
  for (let r = 0; r < length; r++) {
    const startCell = cellAt(startDates, r);
    const endCell = cellAt(endDates, r);
    if (isBlankOrZero(startCell) || isBlankOrZero(endCell)) continue;
    if (inScope !== null && !inScope(r)) continue;
    const start = startOf(startCell, r);
    const end = endOf(endCell, r);
    if (end < start) {
      throw new AmfError("value", "dateOrder", {
        row: r + 1,
        start: displayValue(startCell),
        end: displayValue(endCell),
      });
    }
    durations.push(end - start);
  }
  const n = durations.length;
  if (n === 0) return { n, days: null };
  if (input.statistic === "median") {
    const sorted = Float64Array.from(durations).sort();
    const mid = n >> 1;
    return { n, days: n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2 };
  }
  let sum = 0;
  for (const d of durations) sum += d;
  return { n, days: sum / n };
}

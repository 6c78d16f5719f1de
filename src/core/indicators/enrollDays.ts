/**
 * ENROLLDAYS (SPEC §4): average enrolment time in days (genomsnittlig inskrivningstid), mean or median,
 * over the enrolments that have ended.
 */
import { CellValue, commonLength, displayValue } from "../cells";
import { AmfError } from "../errors";
import { dateReader, isEmptyCell, rowFilter, ScopeOptions } from "./scope";

export const ENROLL_STATISTICS = ["mean", "median"] as const;
export type EnrollStatistic = (typeof ENROLL_STATISTICS)[number];

export interface EnrollDaysInput extends Pick<ScopeOptions, "genders" | "gender"> {
  startDates: CellValue[];
  /** A blank end date is an enrolment still running: it has no enrolment time yet and is left out. */
  endDates: CellValue[];
  statistic?: EnrollStatistic | null;
}

const NAMES = { genders: "genders", gender: "gender", dates: "", periodEnd: "", months: "" };

/** Enrolments ended (n) and their mean or median length in days (end − start; NaN when n is 0). */
export function enrollDays(input: EnrollDaysInput): { n: number; days: number } {
  const { startDates, endDates, genders } = input;
  const length = commonLength([
    ["start_dates", startDates],
    ["end_dates", endDates],
    ...(genders ? [["genders", genders] as [string, CellValue[]]] : []),
  ]);
  const inScope = rowFilter({ genders, gender: input.gender }, null, NAMES);
  const startOf = dateReader("start_dates");
  const endOf = dateReader("end_dates");
  const durations: number[] = [];
  for (let r = 0; r < length; r++) {
    if (isEmptyCell(startDates[r]) || isEmptyCell(endDates[r])) continue;
    if (inScope !== null && !inScope(r)) continue;
    const start = startOf(startDates[r], r);
    const end = endOf(endDates[r], r);
    if (end < start) {
      throw new AmfError("value", "dateOrder", { row: r + 1, start: displayValue(startDates[r]), end: displayValue(endDates[r]) });
    }
    durations.push(end - start);
  }
  const n = durations.length;
  if (n === 0) return { n, days: NaN };
  if (input.statistic === "median") {
    const sorted = Float64Array.from(durations).sort();
    const mid = n >> 1;
    return { n, days: n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2 };
  }
  let sum = 0;
  for (const d of durations) sum += d;
  return { n, days: sum / n };
}

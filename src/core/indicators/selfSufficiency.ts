/**
 * SELFSUFF6M (SPEC §4): the share of exits after which the person had no income support in the sixth
 * month after the exit month, found by matching the exit register against the income-support register.
 */
import { todaySerial } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { personKey } from "../pnr";
import { RateResult } from "./rate";
import { dateReader, isEmptyCell, memoize, monthIndexOfSerial, monthReader, rowFilter, ScopeOptions } from "./scope";

export interface SelfSufficiencyInput extends ScopeOptions {
  /** Person per exit (personnummer in any form, or another ID matched as trimmed text). */
  exitIds: Column;
  /** Exit date per exit. */
  exitDates: Column;
  /** Person per support row (one row per person and month with paid support). */
  supportIds: Column;
  /** Month of each support row: a date in the month or YYYY-MM. */
  supportMonths: Column;
  /** Date the 10-digit personnummer century rule is applied on (default today). */
  referenceSerial?: number;
}

/** Months from the exit month to the month the outcome is measured in. */
export const MEASUREMENT_LAG_MONTHS = 6;

const NAMES = {
  exitIds: "exit_ids",
  dates: "exit_dates",
  supportIds: "support_ids",
  supportMonths: "support_months",
  genders: "genders",
  gender: "gender",
  periodEnd: "period_end",
  months: "months",
};

/**
 * Exits without support in the measurement month (count) out of the measurable exits in scope (total).
 * An exit is measurable when its measurement month lies within the support register's coverage
 * (its earliest to its latest month); a person who exited twice counts twice.
 */
export function selfSufficiency(input: SelfSufficiencyInput): RateResult {
  const { exitIds, exitDates, genders, supportIds, supportMonths } = input;
  const exitLength = columnsLength([
    [NAMES.exitIds, exitIds],
    [NAMES.dates, exitDates],
    [NAMES.genders, genders],
  ]);
  const supportLength = columnsLength([
    [NAMES.supportIds, supportIds],
    [NAMES.supportMonths, supportMonths],
  ]);
  const inScope = rowFilter(input, exitDates, NAMES);
  const reference = input.referenceSerial ?? todaySerial();
  const keyOf = memoize((v) => personKey(v, reference));

  // Exits first (the smaller side): each person gets an index, and each exit joins its person's chain,
  // so that one pass over the support register can mark the exits it covers without building a key
  // per support row.
  const personIndex = new Map<string, number>();
  const exitMonth: number[] = [];
  const nextExit: number[] = [];
  const firstExit: number[] = [];
  const dateOf = dateReader(NAMES.dates);
  for (let r = 0; r < exitLength; r++) {
    const id = cellAt(exitIds, r);
    if (isEmptyCell(id)) continue;
    if (inScope !== null && !inScope(r)) continue;
    const measured = monthIndexOfSerial(dateOf(cellAt(exitDates, r), r)) + MEASUREMENT_LAG_MONTHS;
    const key = keyOf(id);
    let person = personIndex.get(key);
    if (person === undefined) {
      person = firstExit.length;
      personIndex.set(key, person);
      firstExit.push(-1);
    }
    const exit = exitMonth.length;
    exitMonth.push(measured);
    nextExit.push(firstExit[person]);
    firstExit[person] = exit;
  }

  const supported = new Uint8Array(exitMonth.length);
  const supportPerson = memoize((v) => personIndex.get(keyOf(v)) ?? -1);
  const supportMonthOf = monthReader(NAMES.supportMonths);
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (let r = 0; r < supportLength; r++) {
    const id = cellAt(supportIds, r);
    if (isEmptyCell(id)) continue;
    const month = supportMonthOf(cellAt(supportMonths, r), r);
    if (month < firstMonth) firstMonth = month;
    if (month > lastMonth) lastMonth = month;
    const person = supportPerson(id);
    for (let e = person < 0 ? -1 : firstExit[person]; e >= 0; e = nextExit[e]) {
      if (exitMonth[e] === month) supported[e] = 1;
    }
  }

  let count = 0;
  let total = 0;
  for (let e = 0; e < exitMonth.length; e++) {
    const month = exitMonth[e];
    if (month < firstMonth || month > lastMonth) continue;
    total++;
    if (supported[e] === 0) count++;
  }
  return { count, total };
}

/**
 * EXITRATE (SPEC §4): the share of exits that went to work or studies, as Kolada's KPI measures it —
 * on exits, not on the enrolled. A row with a blank reason is not an exit.
 */
import { CellValue, codeSet, normalizeCode } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { RateResult } from "./rate";
import { isEmptyCell, memoize, rowFilter, ScopeOptions } from "./scope";

export interface ExitRateInput extends ScopeOptions {
  /** Exit reason per exit (one row per exit). */
  reasons: Column;
  /** The reasons that count as work or studies (matched case- and space-insensitively). */
  positiveReasons: readonly CellValue[];
  /** Exit date per row; needed only with periodEnd. */
  exitDates?: Column | null;
}

const NAMES = {
  reasons: "exit_reasons",
  genders: "genders",
  gender: "gender",
  dates: "exit_dates",
  periodEnd: "period_end",
  months: "months",
};

/** Exits to work or studies (count) out of all exits in scope (total). */
export function exitRate(input: ExitRateInput): RateResult {
  const { reasons, genders, exitDates } = input;
  const length = columnsLength([
    [NAMES.reasons, reasons],
    [NAMES.genders, genders],
    [NAMES.dates, exitDates],
  ]);
  const inScope = rowFilter(input, exitDates, NAMES);
  const positives = codeSet([...input.positiveReasons]);
  const isPositive = memoize((v) => positives.has(normalizeCode(v)));

  let count = 0;
  let total = 0;
  for (let r = 0; r < length; r++) {
    const reason = cellAt(reasons, r);
    if (isEmptyCell(reason)) continue;
    if (inScope !== null && !inScope(r)) continue;
    total++;
    if (isPositive(reason)) count++;
  }
  return { count, total };
}

/**
 * EXITRATE (SPEC §4): the share of exits that went to work or studies, as Kolada's KPI measures it —
 * on exits, not on the enrolled. A row with a blank reason is not an exit.
 */
import { CellValue, Gender, isBlankOrZero, MAX_SERIAL } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { RateResult } from "./rate";
import { CodeMatcher, DateReader, GenderReader, rowScope, ScopeOptions } from "./scope";

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

/**
 * Exits to work or studies (count) out of all exits in scope (total). The arguments are checked
 * here; the rows are counted by countExits.
 */
export function exitRate(input: ExitRateInput): RateResult {
  const { reasons, genders, exitDates } = input;
  const length = columnsLength([
    [NAMES.reasons, reasons],
    [NAMES.genders, genders],
    [NAMES.dates, exitDates],
  ]);
  const scope = rowScope(input, exitDates, NAMES);
  const isPositive = new CodeMatcher(input.positiveReasons);
  const window = scope?.window ?? null;
  return countExits(
    length,
    reasons,
    isPositive,
    exitDates ?? null,
    scope?.dateOf ?? null,
    window ? window.from : 0,
    window ? window.to : 0,
    genders ?? null,
    scope?.genderOf ?? null,
    scope?.gender ?? null
  );
}

/**
 * The row loop of EXITRATE, a function of its own: V8 then compiles this small loop in milliseconds
 * and keeps it optimised from one call to the next, where the loop inside the whole function waited
 * on every call for a new compilation of all of it (longer than the loop itself on a whole column).
 * Nothing it calls is made per call: the readers and the reason matcher are class instances (see Memo).
 *
 * The scope test is written out in the loop rather than called through rowFilter's closure: on a
 * whole column that call and the date parse per row cost more than reading the cells. Tests and
 * their order are rowFilter's: a blank reason skips the row, then the date (a failing one throws),
 * the window, and only then the gender (a failing one throws). Serial numbers (what Excel sends for
 * date cells) are placed in the window without the date reader.
 */
function countExits(
  length: number,
  reasons: Column,
  isPositive: CodeMatcher,
  exitDates: Column | null,
  dateOf: DateReader | null,
  from: number,
  to: number,
  genders: Column | null,
  genderOf: GenderReader | null,
  gender: Gender | null
): RateResult {
  let count = 0;
  let total = 0;
  for (let r = 0; r < length; r++) {
    const reason = cellAt(reasons, r);
    if (isBlankOrZero(reason)) continue;
    if (dateOf !== null) {
      const value = cellAt(exitDates!, r);
      // A number from 1 to MAX_SERIAL is the date serial of its whole day (parseDate's reading), so it
      // is inside the window, whose bounds are whole days, exactly when from ≤ value < to + 1.
      if (typeof value === "number" && value >= 1 && value < MAX_SERIAL + 1) {
        if (value < from || value >= to + 1) continue;
      } else {
        const serial = dateOf.read(value, r);
        if (serial < from || serial > to) continue;
      }
    }
    if (genderOf !== null) {
      const value = cellAt(genders!, r);
      // The two standard codes need no lookup (GenderReader reads them the same way).
      const g = value === "K" ? "K" : value === "M" ? "M" : genderOf.read(value, r);
      if (g !== gender) continue;
    }
    total++;
    if (isPositive.has(reason)) count++;
  }
  return { count, total };
}

/**
 * SELFSUFF6M (SPEC §4): the share of exits after which the person had no income support in the sixth
 * month after the exit month, found by matching the exit register against the income-support register.
 */
import { CellValue, isBlankOrZero, todaySerial } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { parsePnr } from "../pnr";
import { NOT_FAST, NOT_PNR, PersonTable } from "./personTable";
import { RateResult } from "./rate";
import { SupportIndex } from "./supportIndex";
import {
  dateReader,
  memoize,
  monthIndexOfSerial,
  monthReader,
  rowFilter,
  ScopeOptions,
} from "./scope";

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

  // Exits first (the smaller side): each person gets an index, and each exit joins its person's chain,
  // so that one pass over the support register can mark the exits it covers. A personnummer is keyed
  // by its twelve digits (PersonTable), any other ID by its trimmed text (SPEC §4); the two can never
  // coincide, since trimmed text that reads as a valid personnummer is keyed as one.
  const people = new PersonTable(exitLength);
  const textPeople = new Map<string, number>();
  let personCount = 0;
  /** The person of an ID in any spelling other than the 12-digit forms, adding a new one. */
  const addPerson = (id: CellValue): number => {
    const parsed = parsePnr(id, reference);
    if (!parsed.ok) return textPerson(id, true);
    const person = people.addNormalized(parsed.pnr.normalized, personCount);
    if (person === personCount) personCount++;
    return person;
  };
  /** The person of a non-personnummer ID (matched as trimmed text), or -1 unless `add`. */
  const textPerson = (id: CellValue, add: boolean): number => {
    const key = id === null || id === undefined ? "" : String(id).trim();
    let person = textPeople.get(key);
    if (person === undefined) {
      if (!add) return -1;
      person = personCount++;
      textPeople.set(key, person);
    }
    return person;
  };
  const exitPerson = memoize(addPerson);

  const exitMonth: number[] = [];
  const nextExit: number[] = [];
  const firstExit: number[] = [];
  const dateOf = dateReader(NAMES.dates);
  for (let r = 0; r < exitLength; r++) {
    const id = cellAt(exitIds, r);
    if (isBlankOrZero(id)) continue;
    if (inScope !== null && !inScope(r)) continue;
    const measured = monthIndexOfSerial(dateOf(cellAt(exitDates, r), r)) + MEASUREMENT_LAG_MONTHS;
    let person = typeof id === "string" ? people.addText(id, personCount) : NOT_FAST;
    if (person === NOT_FAST || person === NOT_PNR) person = exitPerson(id);
    else if (person === personCount) personCount++;
    while (firstExit.length <= person) firstExit.push(-1);
    const exit = exitMonth.length;
    exitMonth.push(measured);
    nextExit.push(firstExit[person]);
    firstExit[person] = exit;
  }

  // Support rows in a 12-digit form are matched by their digits (PersonTable.lookupText): one without
  // a person there is either a personnummer nobody exited with or no personnummer, and only the latter
  // can match, as its own text (already trimmed: it has no spaces). Other spellings (10 digits, number
  // cells, other IDs) take the general rules, once per distinct value.
  const hasTextPeople = textPeople.size > 0;
  const supportPerson = memoize((id) => {
    const parsed = parsePnr(id, reference);
    return parsed.ok ? people.getNormalized(parsed.pnr.normalized) : textPerson(id, false);
  });
  const supported = new Uint8Array(exitMonth.length);
  const supportMonthOf = monthReader(NAMES.supportMonths);
  let firstMonth = Infinity;
  let lastMonth = -Infinity;
  for (let r = 0; r < supportLength; r++) {
    const id = cellAt(supportIds, r);
    let person = typeof id === "string" ? people.lookupText(id) : NOT_FAST;
    if (person === NOT_FAST) {
      if (isBlankOrZero(id)) continue;
      person = supportPerson(id);
    } else if (person < 0 && hasTextPeople) {
      person = textPeople.get(id as string) ?? -1;
    }
    const month = supportMonthOf(cellAt(supportMonths, r), r);
    if (month < firstMonth) firstMonth = month;
    if (month > lastMonth) lastMonth = month;
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

/** SELFSUFF6M's exit side, for selfSufficiencyWith. */
export type SelfSufficiencyExits = Omit<
  SelfSufficiencyInput,
  "supportIds" | "supportMonths" | "referenceSerial"
>;

/**
 * selfSufficiency's figures, and its errors in the same order, against a support register indexed
 * beforehand (SupportIndex, whose reference date applies): for a report that asks for many units,
 * genders and periods of one register, the exits are looked up instead of every support row read again.
 */
export function selfSufficiencyWith(
  input: SelfSufficiencyExits,
  support: SupportIndex
): RateResult {
  const { exitIds, exitDates, genders } = input;
  const exitLength = columnsLength([
    [NAMES.exitIds, exitIds],
    [NAMES.dates, exitDates],
    [NAMES.genders, genders],
  ]);
  // selfSufficiency checks the support columns' shape next, and reads their months after the exits.
  if (support.columnsError !== null) throw support.columnsError;
  const inScope = rowFilter(input, exitDates, NAMES);
  const dateOf = dateReader(NAMES.dates);
  const exitMonths: number[] = [];
  const exitPeople: number[] = [];
  for (let r = 0; r < exitLength; r++) {
    const id = cellAt(exitIds, r);
    if (isBlankOrZero(id)) continue;
    if (inScope !== null && !inScope(r)) continue;
    exitMonths.push(monthIndexOfSerial(dateOf(cellAt(exitDates, r), r)) + MEASUREMENT_LAG_MONTHS);
    exitPeople.push(support.personOf(id));
  }
  if (support.rowError !== null) throw support.rowError;
  let count = 0;
  let total = 0;
  for (let e = 0; e < exitMonths.length; e++) {
    const month = exitMonths[e];
    if (month < support.firstMonth || month > support.lastMonth) continue;
    total++;
    if (!support.hasMonth(exitPeople[e], month)) count++;
  }
  return { count, total };
}

/**
 * PROGRESSION (issue #14): change in self-rating per person — the last score minus the first — before
 * and after an intervention (Outcome Rating Scale, the Danish BIP indicators). The occasion is `Före` /
 * `Efter` or a date; per person the earliest and the latest count. Persons measured once are left out.
 */
import {
  CellValue,
  displayValue,
  isBlank,
  isBlankOrZero,
  normalizeCode,
  parseDate,
  parseNumber,
} from "../cells";
import { AmfError } from "../errors";
import { personKey } from "../pnr";
import { meanInterval, MeanInterval } from "../stats";
import { meanRow } from "./meanOutput";
import { cellAt, Column, columnsLength } from "./columns";
import { rowFilter, ScopeOptions } from "./scope";

export const PROGRESSION_OUTPUTS = ["change", "improved", "n", "all"] as const;
export type ProgressionOutput = (typeof PROGRESSION_OUTPUTS)[number];

export interface ProgressionInput extends Pick<ScopeOptions, "genders" | "gender"> {
  ids: Column;
  occasions: Column;
  scores: Column;
}

/** The paired changes' mean interval, the number who improved and the persons left out (one measurement). */
export interface ProgressionSummary extends MeanInterval {
  improved: number;
  singleMeasurement: number;
}

const BEFORE = new Set(["före", "fore", "before", "pre"]);
const AFTER = new Set(["efter", "after", "post"]);
const NAMES = { genders: "genders", gender: "gender", dates: "", periodEnd: "", months: "" };

/** An occasion as an order: Före before every date, Efter after; null when it is neither nor a date. */
export function occasionOrder(value: CellValue): number | null {
  const code = normalizeCode(value);
  if (BEFORE.has(code)) return -Infinity;
  if (AFTER.has(code)) return Infinity;
  return parseDate(value);
}

/** The last-minus-first change of every person measured at least twice, in first-seen order. */
export function progressionChanges(input: ProgressionInput): {
  changes: number[];
  singleMeasurement: number;
} {
  const { ids, occasions, scores, genders } = input;
  const length = columnsLength([
    ["ids", ids],
    ["occasions", occasions],
    ["scores", scores, { zeroIsValue: true }],
    ["genders", genders],
  ]);
  const inScope = rowFilter({ genders, gender: input.gender }, null, NAMES);
  const persons = new Map<
    string,
    {
      first: number;
      firstScore: number;
      last: number;
      lastScore: number;
      count: number;
      seen: Set<number>;
    }
  >();
  for (let r = 0; r < length; r++) {
    const scoreCell = cellAt(scores, r);
    // A 0 is a rating (the scales start at 0), so only a truly empty score means "not measured".
    if (isBlank(scoreCell)) continue;
    const score = parseNumber(scoreCell);
    if (score === null)
      throw new AmfError("value", "invalidNumber", {
        arg: "scores",
        row: r + 1,
        value: displayValue(scoreCell),
      });
    const idCell = cellAt(ids, r);
    if (isBlankOrZero(idCell)) throw new AmfError("value", "missingId", { arg: "ids", row: r + 1 });
    const occasionCell = cellAt(occasions, r);
    const order = isBlankOrZero(occasionCell) ? null : occasionOrder(occasionCell);
    if (order === null)
      throw new AmfError("value", "invalidOccasion", {
        arg: "occasions",
        row: r + 1,
        value: displayValue(occasionCell),
      });
    if (inScope !== null && !inScope(r)) continue;
    const key = personKey(idCell);
    const person = persons.get(key);
    if (!person) {
      persons.set(key, {
        first: order,
        firstScore: score,
        last: order,
        lastScore: score,
        count: 1,
        seen: new Set([order]),
      });
      continue;
    }
    // Two ratings on one occasion leave "first" or "last" undecided: the register must say which.
    if (person.seen.has(order))
      throw new AmfError("value", "duplicateOccasion", {
        arg: "occasions",
        row: r + 1,
        value: displayValue(occasionCell),
      });
    person.seen.add(order);
    person.count++;
    if (order < person.first) [person.first, person.firstScore] = [order, score];
    if (order > person.last) [person.last, person.lastScore] = [order, score];
  }
  const changes: number[] = [];
  let singleMeasurement = 0;
  for (const p of persons.values()) {
    if (p.count < 2) singleMeasurement++;
    else changes.push(p.lastScore - p.firstScore);
  }
  return { changes, singleMeasurement };
}

/** Mean change with its paired 95 % t interval, and how many improved (change > 0). */
export function progression(input: ProgressionInput): ProgressionSummary {
  const { changes, singleMeasurement } = progressionChanges(input);
  let improved = 0;
  for (const c of changes) if (c > 0) improved++;
  return { ...meanInterval(changes), improved, singleMeasurement };
}

/** What PROGRESSION returns for `output`: "all" is mean_change, n, sd, low, high, share_improved. */
export function progressionOutput(
  summary: ProgressionSummary,
  output: ProgressionOutput
): Array<Array<number | AmfError>> {
  if (output === "n") return [[summary.n]];
  if (summary.n === 0) throw new AmfError("div0", "noObservations");
  const improved = summary.improved / summary.n;
  if (output === "change") return [[summary.mean]];
  if (output === "improved") return [[improved]];
  return [[...meanRow(summary), improved]];
}

/**
 * EFFINDEX (SPEC §4): how far staff cost has produced positive results relative to a reference;
 * 100 = as efficient as the reference. Without a reference the pooled total of the rows is the
 * reference, so a column of units gets a column of indexes around 100.
 */
import { CellValue, displayValue, isBlank, isBlankOrZero, parseNumber } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { AmfError } from "../errors";

export interface EfficiencyInput {
  /** Positive outcomes (exits to work or studies) per row, e.g. per unit. */
  outcomes: Column;
  /** Staff cost per row (SEK, > 0). */
  costs: Column;
  /** Reference outcomes: numbers summed (blank cells skipped); absent → the pooled rows. */
  referenceOutcomes?: Column | null;
  /** Reference cost: numbers summed; must be given together with referenceOutcomes. */
  referenceCosts?: Column | null;
}

/** One row's index, an error for that row only, or null for a blank row. */
export type IndexCell = number | AmfError | null;

function rowValues(
  outcome: CellValue,
  cost: CellValue,
  row: number
): [number, number] | AmfError | null {
  if (isBlankOrZero(outcome) && isBlankOrZero(cost)) return null;
  const o = parseNumber(outcome);
  if (o === null)
    return new AmfError("value", "invalidNumber", {
      arg: "positive_outcomes",
      row,
      value: displayValue(outcome),
    });
  if (o < 0)
    return new AmfError("num", "outOfRange", { arg: "positive_outcomes", min: 0, max: "∞" });
  const c = parseNumber(cost);
  if (c === null) return new AmfError("value", "costNotPositive", { row });
  if (c <= 0) return new AmfError("num", "costNotPositive", { row });
  return [o, c];
}

function sumOf(values: Column, argName: string): number {
  let sum = 0;
  const length = columnsLength([[argName, values]]);
  for (let r = 0; r < length; r++) {
    const cell = cellAt(values, r);
    if (isBlank(cell)) continue;
    const n = parseNumber(cell);
    if (n === null)
      throw new AmfError("value", "invalidNumber", {
        arg: argName,
        row: r + 1,
        value: displayValue(cell),
      });
    sum += n;
  }
  return sum;
}

/** The index per row: 100 × (outcomes / cost) / (reference outcomes / reference cost). */
export function efficiencyIndex(input: EfficiencyInput): IndexCell[] {
  const { outcomes, costs, referenceOutcomes, referenceCosts } = input;
  const length = columnsLength([
    ["positive_outcomes", outcomes],
    ["staff_costs", costs],
  ]);
  const hasReference = !!referenceOutcomes || !!referenceCosts;
  if (hasReference && !(referenceOutcomes && referenceCosts)) {
    throw new AmfError("value", "filterNeedsColumn", {
      arg: referenceOutcomes ? "reference_outcomes" : "reference_costs",
      needs: referenceOutcomes ? "reference_costs" : "reference_outcomes",
    });
  }
  const rows = Array.from({ length }, (_, r) =>
    rowValues(cellAt(outcomes, r), cellAt(costs, r), r + 1)
  );
  const valid = rows.filter((v): v is [number, number] => Array.isArray(v));
  if (!hasReference && valid.length === 0) throw new AmfError("div0", "noObservations");

  let refOutcomes = 0;
  let refCost = 0;
  if (hasReference) {
    refOutcomes = sumOf(referenceOutcomes!, "reference_outcomes");
    refCost = sumOf(referenceCosts!, "reference_costs");
    if (refCost < 0 || refOutcomes < 0) throw new AmfError("num", "referenceZero");
  } else {
    for (const [o, c] of valid) {
      refOutcomes += o;
      refCost += c;
    }
  }
  if (refOutcomes === 0 || refCost === 0) throw new AmfError("div0", "referenceZero");
  const reference = refOutcomes / refCost;
  return rows.map((v) => (Array.isArray(v) ? (100 * (v[0] / v[1])) / reference : v));
}

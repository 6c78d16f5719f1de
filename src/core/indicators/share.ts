/**
 * SHARE (SPEC §4): the share of non-blank rows whose value is one of the positive values — pass rates,
 * work three months after training, response rates.
 */
import { CellValue, codeSet, isBlank, normalizeCode } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { RateResult } from "./rate";
import { memoize, rowFilter, ScopeOptions } from "./scope";

export interface ShareInput extends Pick<ScopeOptions, "genders" | "gender"> {
  /** One value per row; blank rows are out of scope. A 0 is a value here (1/0 flags are common). */
  values: Column;
  /** The values that count as positive (matched case- and space-insensitively). */
  positiveValues: readonly CellValue[];
}

const NAMES = { genders: "genders", gender: "gender", dates: "", periodEnd: "", months: "" };

/** Rows whose value is positive (count) out of the non-blank rows in scope (total). */
export function share(input: ShareInput): RateResult {
  const { values, genders } = input;
  const length = columnsLength([
    ["values", values, { zeroIsValue: true }],
    ["genders", genders],
  ]);
  const inScope = rowFilter({ genders, gender: input.gender }, null, NAMES);
  const positives = codeSet([...input.positiveValues]);
  const isPositive = memoize((v) => positives.has(normalizeCode(v)));
  let count = 0;
  let total = 0;
  for (let r = 0; r < length; r++) {
    const value = cellAt(values, r);
    if (isBlank(value)) continue;
    if (inScope !== null && !inScope(r)) continue;
    total++;
    if (isPositive(value)) count++;
  }
  return { count, total };
}

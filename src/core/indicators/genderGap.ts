/**
 * GENDERGAP (SPEC §4): women's share minus men's share in percentage points, with the two-sided
 * Fisher exact p-value the gender-equality analysis judges the gap by, the gap's 95 % interval and
 * the smallest gap the group sizes could detect.
 */
import { CellValue, codeSet, isBlank, normalizeCode } from "../cells";
import { cellAt, Column, columnsLength } from "./columns";
import { fisherExact, minimalDetectableDifference, newcombeInterval } from "../stats";
import { RateResult } from "./rate";
import { genderReader, memoize } from "./scope";

export interface GenderGapInput {
  /** One value per row; blank rows are out of scope (a 0 is a value, as in SHARE). */
  values: Column;
  /** The values that count as positive (matched case- and space-insensitively). */
  positiveValues: readonly CellValue[];
  /** Gender per row; rows without a gender are left out. */
  genders: Column;
  /** Two-sided level of the minimal detectable difference (the workbook's significance level; default 0.05). */
  significanceLevel?: number;
}

export interface GenderGapResult {
  women: RateResult;
  men: RateResult;
  /** Women's share minus men's share, percentage points (NaN when a group is empty). */
  gapPp: number;
  /** Two-sided Fisher exact p-value of the 2×2 table gender × positive (1 when a group is empty). */
  p: number;
  /** Newcombe's hybrid score 95 % interval of the gap (method 10), percentage points. */
  lowPp: number;
  highPp: number;
  /** Minimal detectable difference at 80 % power, percentage points (NaN when nothing varies). */
  mddPp: number;
}

/** Both genders' shares, their gap in percentage points and the Fisher p-value. */
export function genderGap(input: GenderGapInput): GenderGapResult {
  const { values, genders } = input;
  const length = columnsLength([
    ["values", values, { zeroIsValue: true }],
    ["genders", genders],
  ]);
  const positives = codeSet([...input.positiveValues]);
  const isPositive = memoize((v) => positives.has(normalizeCode(v)));
  const genderOf = genderReader("genders");
  const women = { count: 0, total: 0 };
  const men = { count: 0, total: 0 };
  for (let r = 0; r < length; r++) {
    const value = cellAt(values, r);
    if (isBlank(value)) continue;
    const gender = genderOf(cellAt(genders, r), r);
    if (gender === null) continue;
    const group = gender === "K" ? women : men;
    group.total++;
    if (isPositive(value)) group.count++;
  }
  const gapPp =
    women.total > 0 && men.total > 0 ? (women.count / women.total - men.count / men.total) * 100 : NaN;
  const p = fisherExact(women.count, women.total - women.count, men.count, men.total - men.count);
  const ci = newcombeInterval(women.count, women.total, men.count, men.total);
  const mdd = minimalDetectableDifference(women.count, women.total, men.count, men.total, input.significanceLevel ?? 0.05);
  return { women, men, gapPp, p, lowPp: ci.low * 100, highPp: ci.high * 100, mddPp: mdd * 100 };
}

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

export interface GenderCountsInput {
  /** One value per row; blank rows are out of scope (a 0 is a value, as in SHARE). */
  values: Column;
  /** The values that count as positive (matched case- and space-insensitively). */
  positiveValues: readonly CellValue[];
  /** Gender per row; rows without a gender are left out. */
  genders: Column;
}

/** Women's and men's counts of a rate. */
export interface GenderCounts {
  women: RateResult;
  men: RateResult;
}

export interface GenderGapResult {
  /** Women's share minus men's share, percentage points; null when a group is empty. */
  gapPp: number | null;
  /** Two-sided Fisher exact p-value of the 2×2 table gender × positive (1 when a group is empty). */
  p: number;
  /** Newcombe's hybrid score 95 % interval of the gap (method 10), percentage points; null when a group is empty. */
  lowPp: number | null;
  highPp: number | null;
  /** Minimal detectable difference at 80 % power, percentage points; null when nothing varies. */
  mddPp: number | null;
}

/** Women's and men's rows that are positive (count) out of their non-blank rows (total). */
export function genderCounts(input: GenderCountsInput): GenderCounts {
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
  return { women, men };
}

/**
 * The gap between women's and men's shares in percentage points, its Fisher p-value, Newcombe
 * interval and minimal detectable difference (two-sided `significanceLevel`, default 0.05). The one
 * gap formula: AMF.GENDERGAP and the result dialogue both use it.
 */
export function genderGap(
  women: RateResult,
  men: RateResult,
  significanceLevel = 0.05
): GenderGapResult {
  const gapPp =
    women.total > 0 && men.total > 0
      ? (women.count / women.total - men.count / men.total) * 100
      : null;
  const p = fisherExact(women.count, women.total - women.count, men.count, men.total - men.count);
  const ci = newcombeInterval(women.count, women.total, men.count, men.total);
  const mdd = minimalDetectableDifference(
    women.count,
    women.total,
    men.count,
    men.total,
    significanceLevel
  );
  // The statistics module says "undefined" with NaN; here it becomes an explicit null.
  const pp = (share: number) => (Number.isFinite(share) ? share * 100 : null);
  return { gapPp, p, lowPp: pp(ci.low), highPp: pp(ci.high), mddPp: pp(mdd) };
}

/**
 * The honest-statistics rules of SPEC §7: suppression of small counts (with the secondary rule that
 * hides the other gender too) and the assessment of a gender gap.
 */
import { genderGap } from "../indicators/genderGap";
import { wilsonInterval } from "../stats";
import type { RateResult } from "../indicators/rate";

/** A measured figure for one group: the observations it rests on and, for rates, how many met it. */
export interface Measure {
  /** The value: a share in [0,1], days, a count or an index; NaN when there is nothing to show. */
  value: number;
  /** Observations (group size). */
  n: number;
  /** Numerator of a rate (undefined for non-rates). */
  count?: number;
  /** Hidden by the suppression rules. */
  suppressed?: boolean;
}

/** A rate measure from an indicator's count and total. */
export function rateMeasure(result: RateResult): Measure {
  return {
    value: result.total > 0 ? result.count / result.total : NaN,
    n: result.total,
    count: result.count,
  };
}

/**
 * Primary rule: a group is hidden when its size, or (for a rate) the number who met the criterion or
 * the number who did not, is between 1 and threshold − 1 — each of those would let a reader point at
 * one or two persons. Zero is not hidden: it reveals no one in particular.
 *
 * Group disclosure: a rate where everyone or no one met the criterion is hidden too when the group is
 * smaller than `minGroupSize` — "0 of 5 men in work" says something about each of the five.
 */
export function belowThreshold(measure: Measure, threshold: number, minGroupSize = 0): boolean {
  const small = (k: number) => k > 0 && k < threshold;
  if (small(measure.n)) return true;
  if (measure.count === undefined) return false;
  if (
    measure.n > 0 &&
    measure.n < minGroupSize &&
    (measure.count === 0 || measure.count === measure.n)
  )
    return true;
  return small(measure.count) || small(measure.n - measure.count);
}

/**
 * Suppresses women's and men's measures. Secondary rule: when one gender is hidden the other is too,
 * so the hidden figure cannot be recovered as total minus the shown gender. The total is hidden only
 * when it is small itself.
 */
export function suppressGenders(
  women: Measure,
  men: Measure,
  total: Measure,
  threshold: number,
  minGroupSize = 0
): { women: Measure; men: Measure; total: Measure } {
  const hideGenders =
    belowThreshold(women, threshold, minGroupSize) || belowThreshold(men, threshold, minGroupSize);
  return {
    women: { ...women, suppressed: hideGenders },
    men: { ...men, suppressed: hideGenders },
    total: { ...total, suppressed: belowThreshold(total, threshold, minGroupSize) },
  };
}

export type GapAssessment =
  "Skillnad att analysera" | "Ingen säkerställd skillnad" | "För få för analys";

/**
 * The gender gap of a rate: women's share minus men's in percentage points, Fisher's exact p, the
 * Newcombe 95 % interval of the gap and the minimal detectable difference (80 % power, the workbook's
 * significance level), all in percentage points.
 */
export interface Gap {
  gapPp: number;
  p: number;
  assessment: GapAssessment;
  lowPp: number;
  highPp: number;
  mddPp: number;
}

/** The thresholds of the assessment (from the workbook's settings). */
export interface GapRules {
  gapThresholdPp: number;
  significanceLevel: number;
  minGroupSize: number;
}

// Shares are stored as binary fractions: 0.55 − 0.50 is 0.05000000000000004, so a gap meant to be
// exactly on the threshold is compared after rounding away the last bits.
const roundPp = (pp: number) => Math.round(pp * 1e9) / 1e9;

/**
 * SPEC §7's rule: "Skillnad att analysera" when |gap| ≥ the gap threshold, p < the significance
 * level and each group has at least the minimum size; "För få för analys" when a group is smaller;
 * otherwise "Ingen säkerställd skillnad".
 */
export function assessGap(
  gapPp: number,
  p: number,
  nWomen: number,
  nMen: number,
  rules: GapRules
): GapAssessment {
  if (nWomen < rules.minGroupSize || nMen < rules.minGroupSize) return "För få för analys";
  if (Math.abs(roundPp(gapPp)) >= rules.gapThresholdPp && p < rules.significanceLevel)
    return "Skillnad att analysera";
  return "Ingen säkerställd skillnad";
}

/**
 * Gap, p and assessment from women's and men's counts: AMF.GENDERGAP's figures (the core's genderGap),
 * with the sheet's NaN for a figure there is none of (an empty group, no variation).
 */
export function gapOf(women: RateResult, men: RateResult, rules: GapRules): Gap {
  const { gapPp, p, lowPp, highPp, mddPp } = genderGap(women, men, rules.significanceLevel);
  const shown = gapPp ?? NaN;
  return {
    gapPp: shown,
    p,
    assessment: assessGap(shown, p, women.total, men.total, rules),
    lowPp: lowPp ?? NaN,
    highPp: highPp ?? NaN,
    mddPp: mddPp ?? NaN,
  };
}

/** The Wilson 95 % interval of a shown rate measure; null when hidden, empty or not a rate. */
export function intervalOf(measure: Measure | null): { low: number; high: number } | null {
  if (!measure || measure.suppressed || measure.count === undefined || !(measure.n > 0))
    return null;
  return wilsonInterval(measure.count, measure.n);
}

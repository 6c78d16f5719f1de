/**
 * What every rate indicator returns (a numerator and a denominator) and the shared `output` argument
 * of the rate functions (SPEC §3): rate, count, total, or all five figures with the Wilson interval.
 */
import { AmfError } from "../errors";
import { wilsonInterval } from "../stats";

/** A rate indicator's raw result: `count` of `total` observations in scope met the criterion. */
export interface RateResult {
  count: number;
  total: number;
}

export const RATE_OUTPUTS = ["rate", "count", "total", "all"] as const;
export type RateOutput = (typeof RATE_OUTPUTS)[number];

/** The row `"all"` spills: rate, count, total, Wilson 95 % lower and upper bound. */
export type RateRow = [number, number, number, number, number];

/** The figure(s) a rate function returns for `output`; no observations in scope is #DIV/0!. */
export function rateOutput(result: RateResult, output: RateOutput): number | RateRow[] {
  const { count, total } = result;
  if (output === "count") return count;
  if (output === "total") return total;
  if (total === 0) throw new AmfError("div0", "noObservations");
  const share = count / total;
  if (output === "rate") return share;
  const { low, high } = wilsonInterval(count, total);
  return [[share, count, total, low, high]];
}

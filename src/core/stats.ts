/**
 * The statistics the indicators and the gender-equality analysis rest on: Wilson score intervals for
 * shares, Newcombe's hybrid score interval and the minimal detectable difference for a gap between two
 * shares, Fisher's exact test for it, and the t interval of a mean (survey answers, progression).
 */
import normalQuantileOf from "@stdlib/stats-base-dists-normal-quantile";
import tQuantileOf from "@stdlib/stats-base-dists-t-quantile";

/** The normal quantile for a two-sided 95 % interval (qnorm(0.975)). */
export const Z95 = 1.959963984540054;

/** A share, or NaN when there is nothing to divide by (callers decide how that surfaces). */
export function rate(count: number, total: number): number {
  return total > 0 ? count / total : NaN;
}

/**
 * Wilson score interval for `count` successes out of `total` (95 % by default). It stays inside
 * [0, 1] and behaves at shares of 0 and 1, unlike the Wald interval, which matters for small units.
 */
export function wilsonInterval(
  count: number,
  total: number,
  z: number = Z95
): { low: number; high: number } {
  if (!(total > 0)) return { low: NaN, high: NaN };
  const p = count / total;
  const z2 = z * z;
  const denominator = 1 + z2 / total;
  const centre = (p + z2 / (2 * total)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / total + z2 / (4 * total * total));
  // Rounding can push a bound a hair past 0 or 1 at p = 0 or 1.
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/** The standard normal quantile Φ⁻¹(p) (R: qnorm(p); scipy: norm.ppf(p)). */
export function normalQuantile(p: number): number {
  return normalQuantileOf(p, 0, 1);
}

/**
 * Newcombe's hybrid score interval for the difference p1 − p2 of two independent shares (Newcombe
 * 1998, "Interval estimation for the difference between independent proportions", method 10): each
 * bound combines the distances of the two Wilson bounds from their shares, so it keeps the Wilson
 * interval's good behaviour at small n and at shares of 0 and 1, where the Wald interval fails.
 */
export function newcombeInterval(
  count1: number,
  total1: number,
  count2: number,
  total2: number,
  z: number = Z95
): { low: number; high: number } {
  if (!(total1 > 0 && total2 > 0)) return { low: NaN, high: NaN };
  const p1 = count1 / total1;
  const p2 = count2 / total2;
  const w1 = wilsonInterval(count1, total1, z);
  const w2 = wilsonInterval(count2, total2, z);
  const d = p1 - p2;
  return {
    low: d - Math.sqrt((p1 - w1.low) ** 2 + (w2.high - p2) ** 2),
    high: d + Math.sqrt((w1.high - p1) ** 2 + (p2 - w2.low) ** 2),
  };
}

/**
 * The smallest difference between two shares that groups of these sizes would detect with the given
 * power at two-sided level `alpha` (normal approximation around the pooled share p̄):
 * (z(1 − α/2) + z(power)) × √(p̄(1 − p̄)(1/n1 + 1/n2)). A share, not percentage points; NaN when a
 * group is empty or p̄ is 0 or 1 (nothing varies, so no size can be named).
 */
export function minimalDetectableDifference(
  count1: number,
  total1: number,
  count2: number,
  total2: number,
  alpha: number,
  power = 0.8
): number {
  if (!(total1 > 0 && total2 > 0)) return NaN;
  const pooled = (count1 + count2) / (total1 + total2);
  if (pooled <= 0 || pooled >= 1) return NaN;
  const z = normalQuantile(1 - alpha / 2) + normalQuantile(power);
  return z * Math.sqrt(pooled * (1 - pooled) * (1 / total1 + 1 / total2));
}

/**
 * Two-sided Fisher exact test for the 2×2 table [[a, b], [c, d]], as R's fisher.test and scipy's
 * fisher_exact define it: the total probability of the tables with the same margins that are at most
 * as likely as the observed one (with a relative tolerance of 1e-7).
 *
 * The hypergeometric probabilities are built outward from the mode by their term ratios, so every term
 * is exact to a few ulps relative to the largest; terms that underflow are below any double's reach of
 * the sum anyway. This is O(range of the table) and fine for n up to about 10^6.
 */
export function fisherExact(a: number, b: number, c: number, d: number): number {
  for (const v of [a, b, c, d]) {
    if (!Number.isInteger(v) || v < 0)
      throw new RangeError("fisherExact needs non-negative whole counts");
  }
  const row1 = a + b;
  const row2 = c + d;
  const col1 = a + c;
  const lo = Math.max(0, col1 - row2);
  const hi = Math.min(row1, col1);
  if (lo === hi) return 1;

  // Ratio P(x+1)/P(x) of the hypergeometric distribution of the top-left cell.
  const up = (x: number) => ((row1 - x) * (col1 - x)) / ((x + 1) * (row2 - col1 + x + 1));
  const mode = Math.floor(((row1 + 1) * (col1 + 1)) / (row1 + row2 + 2));

  // Relative probability of the observed table (mode = 1).
  let observed = 1;
  if (a > mode) for (let x = mode; x < a; x++) observed *= up(x);
  else for (let x = mode; x > a; x--) observed /= up(x - 1);
  const threshold = observed * (1 + 1e-7);

  let total = 1;
  let tail = 1 <= threshold ? 1 : 0;
  let term = 1;
  for (let x = mode; x < hi; x++) {
    term *= up(x);
    if (term === 0) break;
    total += term;
    if (term <= threshold) tail += term;
  }
  term = 1;
  for (let x = mode; x > lo; x--) {
    term /= up(x - 1);
    if (term === 0) break;
    total += term;
    if (term <= threshold) tail += term;
  }
  return Math.min(1, tail / total);
}

/** Student's t quantile (R: qt(p, df); scipy: t.ppf(p, df)), from stdlib rather than our own special functions. */
export function tQuantile(p: number, df: number): number {
  return tQuantileOf(p, df);
}

/** A mean with its spread: n, mean, sample standard deviation and the 95 % t interval. */
export interface MeanInterval {
  n: number;
  mean: number;
  /** Sample standard deviation (n − 1 in the denominator); NaN when n < 2. */
  sd: number;
  low: number;
  high: number;
}

/**
 * Mean, sample standard deviation and the 95 % t interval mean ± t(0.975, n − 1) · sd / √n (R:
 * t.test(x)$conf.int). With one value there is no spread to estimate: sd, low and high are NaN; with
 * none, the mean is NaN too. Welford's update keeps the sum of squares exact enough for long columns.
 */
export function meanInterval(values: ArrayLike<number>): MeanInterval {
  const n = values.length;
  let mean = 0;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const delta = values[i] - mean;
    mean += delta / (i + 1);
    squares += delta * (values[i] - mean);
  }
  if (n === 0) return { n, mean: NaN, sd: NaN, low: NaN, high: NaN };
  if (n === 1) return { n, mean, sd: NaN, low: NaN, high: NaN };
  const sd = Math.sqrt(squares / (n - 1));
  const half = (tQuantile(0.975, n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, low: mean - half, high: mean + half };
}

/**
 * Funnel plots for comparing units (Spiegelhalter 2005, "Funnel plots for comparing institutional
 * performance", Statistics in Medicine 24:1185–1202): each unit's rate against its number of
 * observations, around the pooled rate, with the limits within which 95 % and 99.8 % of units would
 * fall if every unit had the pooled rate. A unit outside them differs by more than chance would
 * explain; the ranking of the units inside them is noise.
 *
 * The limits are Spiegelhalter's exact binomial ones with his interpolation (appendix A.1.1): for
 * the p-quantile r_p of Binomial(n, θ) and α = (F(r_p) − p) / (F(r_p) − F(r_p − 1)), the limit is
 * (r_p − α) / n, which makes the step function of the discrete quantile a smooth funnel.
 */
import binomialCdf from "@stdlib/stats-base-dists-binomial-cdf";
import binomialQuantile from "@stdlib/stats-base-dists-binomial-quantile";
import type { Measure } from "./statistics";

/** The two pairs of limits: 95 % (about two standard errors) and 99.8 % (about three). */
export const FUNNEL_LEVELS = [0.95, 0.998] as const;

/** Spiegelhalter's interpolated exact binomial p-limit of a rate over n observations around `target`. */
export function binomialLimit(n: number, target: number, p: number): number {
  if (!(n > 0) || !(target >= 0 && target <= 1)) return NaN;
  const r = binomialQuantile(p, n, target);
  const atR = binomialCdf(r, n, target);
  const step = atR - binomialCdf(r - 1, n, target);
  const alpha = step > 0 ? (atR - p) / step : 0;
  // A rate cannot leave [0, 1]: at small n the lower limit would interpolate below 0 (Spiegelhalter truncates).
  return Math.min(1, Math.max(0, (r - alpha) / n));
}

/** The lower and upper limit of one level (0.95: the 2.5 % and 97.5 % limits). */
export function funnelLimits(
  n: number,
  target: number,
  level: number
): { lower: number; upper: number } {
  const tail = (1 - level) / 2;
  return { lower: binomialLimit(n, target, tail), upper: binomialLimit(n, target, 1 - tail) };
}

export type FunnelPosition = "inom" | "över" | "under";

/** Where a rate over n observations lies against the limits of `level` around `target`. */
export function funnelPosition(
  rate: number,
  n: number,
  target: number,
  level: number
): FunnelPosition {
  const { lower, upper } = funnelLimits(n, target, level);
  // On a limit is inside: the limits are where chance alone still puts a unit.
  if (rate > upper + 1e-12) return "över";
  if (rate < lower - 1e-12) return "under";
  return "inom";
}

/** One unit of a funnel: its rate and n when shown, null when hidden or empty (then it is not plotted). */
export interface FunnelUnit {
  unit: string;
  n: number | null;
  rate: number | null;
  /** By the 95 % limits; null when the unit is not plotted. */
  position: FunnelPosition | null;
}

/** One point of the limit curves. */
export interface FunnelLine {
  n: number;
  lower95: number;
  upper95: number;
  lower998: number;
  upper998: number;
}

export interface Funnel {
  /** The pooled rate of the plotted units (their outcomes over their observations). */
  target: number;
  units: FunnelUnit[];
  /** The limit curves at increasing n, from below the smallest plotted unit to above the largest. */
  lines: FunnelLine[];
}

/** How many points the limit curves get: enough for a smooth funnel, few enough for a short table. */
const LINE_POINTS = 16;

/**
 * The funnel of one rate indicator over the units. A unit whose rate is hidden (or has no observations)
 * is left out of the plot and of the pooled rate: the pooled rate of all units together with the shown
 * units' rates and sizes would give the hidden unit's count. Null when fewer than two units can be plotted.
 */
export function funnel(units: ReadonlyArray<{ unit: string; measure: Measure }>): Funnel | null {
  const shown = units.filter(
    ({ measure: m }) =>
      !m.suppressed && m.n > 0 && m.count !== undefined && Number.isFinite(m.value)
  );
  if (shown.length < 2) return null;
  const target =
    shown.reduce((s, u) => s + u.measure.count!, 0) / shown.reduce((s, u) => s + u.measure.n, 0);
  const plotted = new Set(shown.map((u) => u.unit));
  const sizes = shown.map((u) => u.measure.n);
  const low = Math.max(1, Math.floor(Math.min(...sizes) / 2));
  const high = Math.ceil(Math.max(...sizes) * 1.2);
  const ns = [
    ...new Set(
      Array.from({ length: LINE_POINTS }, (_, i) =>
        Math.round(low + ((high - low) * i) / (LINE_POINTS - 1))
      )
    ),
  ];
  const lines = ns.map((n) => {
    const [inner, outer] = FUNNEL_LEVELS.map((level) => funnelLimits(n, target, level));
    return {
      n,
      lower95: inner.lower,
      upper95: inner.upper,
      lower998: outer.lower,
      upper998: outer.upper,
    };
  });
  return {
    target,
    units: units.map(({ unit, measure: m }) =>
      plotted.has(unit)
        ? {
            unit,
            n: m.n,
            rate: m.value,
            position: funnelPosition(m.value, m.n, target, FUNNEL_LEVELS[0]),
          }
        : { unit, n: null, rate: null, position: null }
    ),
    lines,
  };
}

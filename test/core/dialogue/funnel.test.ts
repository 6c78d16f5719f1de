/**
 * Funnel plots (Spiegelhalter 2005): the exact binomial limits with his interpolation against scipy
 * (the R call beside each value gives the same quantile and cdf), the position of a unit, and that a
 * hidden unit is neither plotted nor counted in the pooled rate.
 *
 * Reference: r = binom.ppf(p, n, θ) (R: qbinom(p, n, θ)); F = binom.cdf (R: pbinom);
 * α = (F(r) − p) / (F(r) − F(r − 1)); limit = max(0, min(1, (r − α) / n)).
 */
import {
  binomialLimit,
  funnel,
  funnelLimits,
  funnelPosition,
} from "../../../src/core/dialogue/funnel";
import type { Measure } from "../../../src/core/dialogue/statistics";

describe("Spiegelhalter's exact binomial limits", () => {
  test.each([
    // [n, θ, p, limit]  scipy 1.17: the expression above; R: r <- qbinom(p, n, θ); (r - (pbinom(r, n, θ) - p) / dbinom(r, n, θ)) / n
    [10, 0.4, 0.025, 0.047018143829700786], // qbinom(0.025, 10, 0.4) = 1
    [10, 0.4, 0.975, 0.6700818323206018], // qbinom(0.975, 10, 0.4) = 7
    [10, 0.4, 0.999, 0.8430883789062508], // qbinom(0.999, 10, 0.4) = 9
    [50, 0.45, 0.001, 0.2265026027283669], // qbinom(0.001, 50, 0.45) = 12
    [50, 0.45, 0.025, 0.30294585047259487], // qbinom(0.025, 50, 0.45) = 16
    [50, 0.45, 0.975, 0.5785950789653519], // qbinom(0.975, 50, 0.45) = 29
    [50, 0.45, 0.999, 0.658088122422855], // qbinom(0.999, 50, 0.45) = 33
    [140, 0.44, 0.001, 0.308384636391274], // qbinom(0.001, 140, 0.44) = 44
    [140, 0.44, 0.025, 0.35447759008999513], // qbinom(0.025, 140, 0.44) = 50
    [140, 0.44, 0.975, 0.5191817748886042], // qbinom(0.975, 140, 0.44) = 73
    [140, 0.44, 0.999, 0.5670544443527075], // qbinom(0.999, 140, 0.44) = 80
    [200, 0.9, 0.001, 0.826432736147305], // qbinom(0.001, 200, 0.9) = 166
    [200, 0.9, 0.999, 0.9571484925979244], // qbinom(0.999, 200, 0.9) = 192
    [94, 0.62, 0.025, 0.5150738124463798], // qbinom(0.025, 94, 0.62) = 49
    [94, 0.62, 0.975, 0.7115642750156999], // qbinom(0.975, 94, 0.62) = 67
    [5, 0.1, 0.975, 0.3548971193415637], // qbinom(0.975, 5, 0.1) = 2
    [5, 0.1, 0.999, 0.5866666666666671], // qbinom(0.999, 5, 0.1) = 3
  ])("n = %p, θ = %p, p = %p: %p", (n, target, p, limit) => {
    expect(binomialLimit(n, target, p)).toBeCloseTo(limit, 10);
  });

  test("a lower limit that would interpolate below 0 is 0 (qbinom(0.025, 5, 0.1) = 0, α = 0.958)", () => {
    expect(binomialLimit(5, 0.1, 0.025)).toBe(0);
    expect(binomialLimit(10, 0.4, 0.001)).toBe(0); // qbinom(0.001, 10, 0.4) = 0, α = 0.835
  });

  test("the 95 % pair is the 2.5 % and 97.5 % limits; the funnel narrows as n grows", () => {
    expect(funnelLimits(140, 0.44, 0.95).lower).toBeCloseTo(0.35447759008999513, 10);
    expect(funnelLimits(140, 0.44, 0.95).upper).toBeCloseTo(0.5191817748886042, 10);
    const widths = [10, 50, 140, 500]
      .map((n) => funnelLimits(n, 0.44, 0.95))
      .map((l) => l.upper - l.lower);
    expect(widths).toEqual([...widths].sort((a, b) => b - a));
  });

  test("no observations or an impossible target give no limit", () => {
    expect(binomialLimit(0, 0.4, 0.975)).toBeNaN();
    expect(binomialLimit(10, 1.2, 0.975)).toBeNaN();
  });
});

describe("a unit's position", () => {
  test("outside the 95 % limits is över or under; on or inside is inom", () => {
    // n = 50, θ = 0.45: the 95 % limits are 0.30295 and 0.57860 (above).
    expect(funnelPosition(0.58, 50, 0.45, 0.95)).toBe("över");
    expect(funnelPosition(0.578, 50, 0.45, 0.95)).toBe("inom");
    expect(funnelPosition(0.3, 50, 0.45, 0.95)).toBe("under");
    expect(funnelPosition(0.304, 50, 0.45, 0.95)).toBe("inom");
  });
});

const rate = (count: number, n: number, suppressed = false): Measure => ({
  value: n > 0 ? count / n : NaN,
  n,
  count,
  suppressed,
});

describe("the funnel of an indicator", () => {
  const units = [
    { unit: "A", measure: rate(20, 100) },
    { unit: "B", measure: rate(45, 100) },
    { unit: "C", measure: rate(60, 200) },
    { unit: "D", measure: rate(2, 6, true) },
    { unit: "E", measure: rate(0, 0) },
  ];
  const plot = funnel(units)!;

  test("the pooled rate is that of the plotted units: (20 + 45 + 60) / (100 + 100 + 200)", () => {
    expect(plot.target).toBeCloseTo(125 / 400, 12);
  });

  test("positions by the 95 % limits around 0.3125; hidden and empty units are not plotted", () => {
    // scipy as above; R: qbinom(0.025, 100, 0.3125), qbinom(0.975, 100, 0.3125), and with n = 200.
    expect(funnelLimits(100, 0.3125, 0.95).lower).toBeCloseTo(0.21843617727482353, 10);
    expect(funnelLimits(100, 0.3125, 0.95).upper).toBeCloseTo(0.39989502791290654, 10);
    expect(funnelLimits(200, 0.3125, 0.95).lower).toBeCloseTo(0.24657562331035765, 10);
    expect(funnelLimits(200, 0.3125, 0.95).upper).toBeCloseTo(0.375041987525597, 10);
    expect(plot.units.map((u) => [u.unit, u.position])).toEqual([
      ["A", "under"],
      ["B", "över"],
      ["C", "inom"],
      ["D", null],
      ["E", null],
    ]);
    expect(plot.units.find((u) => u.unit === "D")).toEqual({
      unit: "D",
      n: null,
      rate: null,
      position: null,
    });
  });

  test("the limit lines run from half the smallest to beyond the largest plotted n, not to a hidden one's", () => {
    const ns = plot.lines.map((l) => l.n);
    expect(ns[0]).toBe(50);
    expect(ns[ns.length - 1]).toBe(240);
    expect(ns).toEqual([...ns].sort((a, b) => a - b));
    const at = plot.lines.find((l) => l.n === 50)!;
    expect(at.lower95).toBeCloseTo(binomialLimit(50, 0.3125, 0.025), 12);
    expect(at.upper998).toBeCloseTo(binomialLimit(50, 0.3125, 0.999), 12);
    expect(at.lower998).toBeLessThan(at.lower95);
  });

  test("fewer than two plotted units give no funnel", () => {
    expect(funnel([units[0], units[3]])).toBeNull();
  });
});

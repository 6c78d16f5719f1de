import {
  fisherExact,
  minimalDetectableDifference,
  newcombeInterval,
  normalQuantile,
  rate,
  wilsonInterval,
  Z95,
} from "../../src/core/stats";

// References: R is not installed here, so each value was computed in Python 3 with exact fractions
// (math.comb and fractions.Fraction), summing the hypergeometric probabilities of the tables with
// p <= p_observed * (1 + 1e-7) — the definition R's fisher.test and scipy's fisher_exact use.
// The R call that gives the same value is written beside each case.
describe("fisherExact", () => {
  const cases: Array<[[number, number, number, number], number, string]> = [
    [[3, 1, 1, 3], 0.4857142857142857, "fisher.test(matrix(c(3,1,1,3),2))$p.value"],
    [[1, 9, 11, 3], 0.0027594561852200836, "fisher.test(matrix(c(1,11,9,3),2))$p.value"],
    [[10, 10, 10, 10], 1, "fisher.test(matrix(c(10,10,10,10),2))$p.value"],
    [[0, 5, 5, 0], 0.007936507936507936, "fisher.test(matrix(c(0,5,5,0),2))$p.value"],
    [[7, 3, 2, 8], 0.06977851869492736, "fisher.test(matrix(c(7,2,3,8),2))$p.value"],
    [[45, 55, 30, 70], 0.04053400651498261, "fisher.test(matrix(c(45,30,55,70),2))$p.value"],
    [[2, 0, 0, 2], 0.3333333333333333, "fisher.test(matrix(c(2,0,0,2),2))$p.value"],
    [[12, 5, 7, 14], 0.048853111686211266, "fisher.test(matrix(c(12,7,5,14),2))$p.value"],
    [[120, 80, 95, 105], 0.01598574593181205, "fisher.test(matrix(c(120,95,80,105),2))$p.value"],
    [
      [400, 600, 450, 550],
      0.026635537710441002,
      "fisher.test(matrix(c(400,450,600,550),2))$p.value",
    ],
    [
      [2500, 2500, 2600, 2400],
      0.04765361355524062,
      "fisher.test(matrix(c(2500,2600,2500,2400),2))$p.value",
    ],
  ];
  test.each(cases)("%j → %f (%s)", (table, expected) => {
    expect(fisherExact(...table)).toBeCloseTo(expected, 12);
  });

  test("degenerate margins give 1", () => {
    // R: fisher.test(matrix(c(0,3,0,4),2))$p.value = 1
    expect(fisherExact(0, 0, 3, 4)).toBe(1);
    expect(fisherExact(0, 0, 0, 0)).toBe(1);
  });

  test("is symmetric under swapping rows and columns", () => {
    expect(fisherExact(7, 3, 2, 8)).toBeCloseTo(fisherExact(2, 8, 7, 3), 14);
    expect(fisherExact(7, 3, 2, 8)).toBeCloseTo(fisherExact(7, 2, 3, 8), 14);
  });

  test("handles n around 10^6 quickly and without overflow", () => {
    const start = Date.now();
    // Identical shares (250,000 of 500,000 in both rows): the observed table is the mode, so p = 1.
    expect(fisherExact(250000, 250000, 250000, 250000)).toBeCloseTo(1, 9);
    // A 1 pp difference on 500,000 per group is far beyond chance: p underflows towards 0.
    expect(fisherExact(255000, 245000, 250000, 250000)).toBeLessThan(1e-20);
    expect(Date.now() - start).toBeLessThan(2000);
  });

  test("refuses non-integer or negative counts", () => {
    expect(() => fisherExact(1.5, 1, 1, 1)).toThrow(RangeError);
    expect(() => fisherExact(-1, 1, 1, 1)).toThrow(RangeError);
  });
});

// References: the Wilson formula evaluated in Python with z = 1.959963984540054; the same values as
// R's binom::binom.wilson(x, n)$lower / $upper (and prop.test(x, n, correct = FALSE)$conf.int).
describe("wilsonInterval", () => {
  const cases: Array<[number, number, number, number]> = [
    [0, 10, 0, 0.2775327998628892], // binom.wilson(0, 10)
    [10, 10, 0.7224672001371107, 1], // binom.wilson(10, 10)
    [5, 10, 0.236593090512564, 0.7634069094874361], // binom.wilson(5, 10)
    [45, 100, 0.3561453797951198, 0.5475539700255787], // binom.wilson(45, 100)
    [1, 3, 0.06149194472039615, 0.7923403991979523], // binom.wilson(1, 3)
    [700, 1000, 0.6708761390827828, 0.7275931575229951], // binom.wilson(700, 1000)
  ];
  test.each(cases)("%d of %d → [%f, %f]", (x, n, low, high) => {
    const interval = wilsonInterval(x, n);
    expect(interval.low).toBeCloseTo(low, 12);
    expect(interval.high).toBeCloseTo(high, 12);
  });

  test("no observations give NaN bounds", () => {
    expect(wilsonInterval(0, 0).low).toBeNaN();
  });

  test("z is qnorm(0.975)", () => {
    expect(Z95).toBe(1.959963984540054);
  });
});

describe("rate", () => {
  test("divides, and gives NaN without a denominator", () => {
    expect(rate(3, 4)).toBe(0.75);
    expect(rate(0, 0)).toBeNaN();
  });
});

describe("wilsonInterval against scipy", () => {
  // scipy 1.17: scipy.stats.binomtest(k, n).proportion_ci(0.95, method="wilson")
  // (R: prop.test(k, n, correct = FALSE)$conf.int gives the same interval).
  const cases: Array<[number, number, number, number]> = [
    [15, 56, 0.16957305418501722, 0.3959455592915515],
    [48, 89, 0.43629456161370184, 0.6391027887609749],
    [63, 145, 0.3565223334077836, 0.5158250612593913],
    [0, 5, 0, 0.43448246478317476],
    [5, 5, 0.5655175352168251, 1],
    [1, 10, 0.017876213095072896, 0.4041500267952385],
  ];
  test.each(cases)("%d of %d → %f … %f", (k, n, low, high) => {
    const ci = wilsonInterval(k, n);
    expect(ci.low).toBeCloseTo(low, 12);
    expect(ci.high).toBeCloseTo(high, 12);
  });
});

describe("normalQuantile", () => {
  test.each([
    [0.975, 1.959963984540054, "scipy.stats.norm.ppf(0.975); R: qnorm(0.975)"],
    [0.8, 0.8416212335729143, "scipy.stats.norm.ppf(0.8); R: qnorm(0.8)"],
    [0.995, 2.5758293035489004, "scipy.stats.norm.ppf(0.995); R: qnorm(0.995)"],
    [0.05, -1.6448536269514729, "scipy.stats.norm.ppf(0.05); R: qnorm(0.05)"],
  ])("Φ⁻¹(%f) = %f (%s)", (p, z) => {
    expect(normalQuantile(p)).toBeCloseTo(z, 12);
  });
});

describe("newcombeInterval (method 10)", () => {
  // Newcombe RG (1998), "Interval estimation for the difference between independent proportions:
  // comparison of eleven methods", Statistics in Medicine 17:873–890, Table II, method 10 (score
  // interval without continuity correction), to the 4 decimals printed there.
  const published: Array<[number, number, number, number, number, number]> = [
    [56, 70, 48, 80, 0.0524, 0.3339],
    [9, 10, 3, 10, 0.1705, 0.809],
    [0, 10, 0, 20, -0.1611, 0.2775],
    [0, 10, 0, 10, -0.2775, 0.2775],
    [10, 10, 0, 20, 0.6791, 1],
    [10, 10, 0, 10, 0.6075, 1],
  ];
  test.each(published)(
    "%d/%d − %d/%d → %f … %f (Newcombe 1998, Table II)",
    (a, m, b, n, low, high) => {
      const ci = newcombeInterval(a, m, b, n);
      expect(ci.low).toBeCloseTo(low, 4);
      expect(ci.high).toBeCloseTo(high, 4);
    }
  );

  test("is built on the Wilson bounds (scipy Wilson bounds combined by Newcombe's formula)", () => {
    // Python: l1,u1 = binomtest(15,56).proportion_ci(method="wilson"); l2,u2 = binomtest(48,89)...;
    // d = 15/56 − 48/89; d − sqrt((15/56−l1)**2 + (u2−48/89)**2), d + sqrt((u1−15/56)**2 + (48/89−l2)**2)
    const ci = newcombeInterval(15, 56, 48, 89);
    const d = 15 / 56 - 48 / 89;
    expect(ci.low).toBeCloseTo(
      d - Math.hypot(15 / 56 - 0.16957305418501722, 0.6391027887609749 - 48 / 89),
      12
    );
    expect(ci.high).toBeCloseTo(
      d + Math.hypot(0.3959455592915515 - 15 / 56, 48 / 89 - 0.43629456161370184),
      12
    );
  });

  test("an empty group gives NaN", () => {
    expect(newcombeInterval(0, 0, 3, 10).low).toBeNaN();
  });
});

describe("minimalDetectableDifference", () => {
  // Python with scipy: p = (c1+c2)/(n1+n2);
  // (norm.ppf(1 − a/2) + norm.ppf(0.8)) * sqrt(p*(1−p)*(1/n1 + 1/n2))
  test.each([
    [15, 56, 48, 89, 0.05, 0.23686888748030374],
    [20, 53, 35, 70, 0.05, 0.2536297115995381],
    [20, 53, 35, 70, 0.1, 0.2251025232775455],
  ])("%d/%d vs %d/%d at α = %f → %f", (c1, n1, c2, n2, alpha, mdd) => {
    expect(minimalDetectableDifference(c1, n1, c2, n2, alpha)).toBeCloseTo(mdd, 12);
  });

  test("no variation (everyone or no one) or an empty group gives NaN", () => {
    expect(minimalDetectableDifference(0, 10, 0, 12, 0.05)).toBeNaN();
    expect(minimalDetectableDifference(10, 10, 12, 12, 0.05)).toBeNaN();
    expect(minimalDetectableDifference(1, 10, 0, 0, 0.05)).toBeNaN();
  });
});

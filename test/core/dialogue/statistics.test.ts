import { genderCounts, genderGap } from "../../../src/core/indicators/genderGap";
import {
  assessGap,
  belowThreshold,
  gapOf,
  suppressGenders,
} from "../../../src/core/dialogue/statistics";

const RULES = { gapThresholdPp: 5, significanceLevel: 0.05, minGroupSize: 10 };

describe("suppression", () => {
  test("groups of 1 and 2 are hidden, 0 and 3 are shown", () => {
    expect(belowThreshold({ value: 1, n: 2, count: 2 }, 3)).toBe(true);
    expect(belowThreshold({ value: 1, n: 1 }, 3)).toBe(true);
    expect(belowThreshold({ value: NaN, n: 0 }, 3)).toBe(false);
    expect(belowThreshold({ value: 10, n: 3 }, 3)).toBe(false);
  });

  test("a rate is hidden when 1–2 met the criterion or 1–2 did not", () => {
    expect(belowThreshold({ value: 2 / 40, n: 40, count: 2 }, 3)).toBe(true);
    expect(belowThreshold({ value: 38 / 40, n: 40, count: 38 }, 3)).toBe(true);
    expect(belowThreshold({ value: 3 / 40, n: 40, count: 3 }, 3)).toBe(false);
    expect(belowThreshold({ value: 0, n: 40, count: 0 }, 3)).toBe(false);
  });

  test("secondary rule: when women are hidden, men are hidden too and the total stays", () => {
    const s = suppressGenders(
      { value: 0.5, n: 2, count: 1 },
      { value: 0.5, n: 40, count: 20 },
      { value: 0.5, n: 42, count: 21 },
      3
    );
    expect([s.women.suppressed, s.men.suppressed, s.total.suppressed]).toEqual([true, true, false]);
    // Values are kept for the model; only the flag hides them.
    expect(s.men.value).toBe(0.5);
  });

  test("secondary rule works from the men's side as well", () => {
    const s = suppressGenders(
      { value: 0.5, n: 30, count: 15 },
      { value: 1 / 5, n: 5, count: 1 },
      { value: 16 / 35, n: 35, count: 16 },
      3
    );
    expect([s.women.suppressed, s.men.suppressed]).toEqual([true, true]);
  });

  test("nothing is hidden when both groups are large enough", () => {
    const s = suppressGenders(
      { value: 0.5, n: 30, count: 15 },
      { value: 0.4, n: 30, count: 12 },
      { value: 0.45, n: 60, count: 27 },
      3
    );
    expect([s.women.suppressed, s.men.suppressed, s.total.suppressed]).toEqual([
      false,
      false,
      false,
    ]);
  });

  test("the threshold comes from the settings", () => {
    expect(belowThreshold({ value: 4, n: 4 }, 5)).toBe(true);
    expect(belowThreshold({ value: 4, n: 4 }, 3)).toBe(false);
  });
});

describe("gap assessment at its boundaries", () => {
  test("a gap of exactly 5 pp counts, 4.99 does not, in either direction", () => {
    expect(assessGap(5, 0.01, 50, 50, RULES)).toBe("Skillnad att analysera");
    expect(assessGap(-5, 0.01, 50, 50, RULES)).toBe("Skillnad att analysera");
    expect(assessGap(4.99, 0.01, 50, 50, RULES)).toBe("Ingen säkerställd skillnad");
  });

  test("a gap computed from shares to exactly 5 pp (0.55 − 0.50) counts despite binary rounding", () => {
    expect((0.55 - 0.5) * 100).not.toBe(5);
    expect(assessGap((0.55 - 0.5) * 100, 0.01, 50, 50, RULES)).toBe("Skillnad att analysera");
    expect(assessGap((0.5 - 0.55) * 100, 0.01, 50, 50, RULES)).toBe("Skillnad att analysera");
  });

  test("p exactly 0.05 is not significant; just below is", () => {
    expect(assessGap(10, 0.05, 50, 50, RULES)).toBe("Ingen säkerställd skillnad");
    expect(assessGap(10, 0.0499, 50, 50, RULES)).toBe("Skillnad att analysera");
  });

  test("9 in a group is too few, 10 is enough", () => {
    expect(assessGap(30, 0.001, 9, 50, RULES)).toBe("För få för analys");
    expect(assessGap(30, 0.001, 50, 9, RULES)).toBe("För få för analys");
    expect(assessGap(30, 0.001, 10, 10, RULES)).toBe("Skillnad att analysera");
  });

  test("too few wins over a large gap that is not significant", () => {
    expect(assessGap(40, 0.5, 5, 5, RULES)).toBe("För få för analys");
  });
});

describe("gapOf", () => {
  test("15 of 56 women against 48 of 89 men: −27.1 pp, p well below 0.05", () => {
    const gap = gapOf({ count: 15, total: 56 }, { count: 48, total: 89 }, RULES);
    expect(gap.gapPp).toBeCloseTo(-27.1469, 3);
    expect(gap.p).toBeLessThan(0.01);
    expect(gap.assessment).toBe("Skillnad att analysera");
  });

  test("agrees with AMF.GENDERGAP's core on the same rows", () => {
    const values = [
      ...Array(12).fill("Arbete"),
      ...Array(8).fill("Avbrott"),
      ...Array(5).fill("Arbete"),
      ...Array(15).fill("Avbrott"),
    ];
    const genders = [...Array(20).fill("K"), ...Array(20).fill("M")];
    const counts = genderCounts({ values, positiveValues: ["Arbete"], genders });
    expect([counts.women, counts.men]).toEqual([
      { count: 12, total: 20 },
      { count: 5, total: 20 },
    ]);
    const reference = genderGap(counts.women, counts.men, RULES.significanceLevel);
    const gap = gapOf({ count: 12, total: 20 }, { count: 5, total: 20 }, RULES);
    expect(gap.gapPp).toBeCloseTo(reference.gapPp!, 12);
    expect(gap.p).toBeCloseTo(reference.p, 12);
    expect(gap.gapPp).toBeCloseTo(35, 9);
  });

  test("an empty group gives no gap and p 1", () => {
    const gap = gapOf({ count: 0, total: 0 }, { count: 5, total: 20 }, RULES);
    expect(gap.gapPp).toBeNaN();
    expect(gap.p).toBe(1);
    expect(gap.assessment).toBe("För få för analys");
  });
});

import { netValue } from "../../../src/core/indicators/netValue";

describe("netValue", () => {
  test("one year, no discounting: participants × effect − cost", () => {
    const result = netValue({ participants: 10, annualEffect: 75045, interventionCost: 500000 });
    expect(result.net).toBe(250450);
    expect(result.breakeven).toBeCloseTo(500000 / 75045, 12);
  });

  test("three years with deadweight, decay and discounting (year 1 undiscounted)", () => {
    // Hand-checked with exact fractions: per year 800,000; 692,307.69…; 599,112.43…
    const result = netValue({
      participants: 10,
      annualEffect: 100000,
      interventionCost: 500000,
      years: 3,
      discountRate: 0.04,
      deadweight: 0.2,
      decay: 0.1,
    });
    expect(result.net).toBeCloseTo(1591420.1183431952, 6);
    expect(result.breakeven).toBeCloseTo(2.390720045268072, 12);
    expect(result.years.map((y) => y.year)).toEqual([1, 2, 3]);
    expect(result.years[1].effect).toBeCloseTo(692307.6923076923, 6);
    expect(result.years[1].cumulativeEffect).toBeCloseTo(1492307.6923076923, 6);
    expect(result.years[1].cumulativeNet).toBeCloseTo(992307.6923076923, 6);
  });

  test("no gain per participant: no break-even", () => {
    expect(
      netValue({ participants: 5, annualEffect: 0, interventionCost: 1000 }).breakeven
    ).toBeNull();
  });

  test.each([
    ["years", { years: 0 }],
    ["years", { years: 51 }],
    ["years", { years: 2.5 }],
    ["discount_rate", { discountRate: 1 }],
    ["discount_rate", { discountRate: -0.01 }],
    ["deadweight", { deadweight: 1.1 }],
    ["decay", { decay: -1 }],
    ["participants", { participants: -1 }],
    ["intervention_cost", { interventionCost: -5 }],
  ])("%s out of range is #NUM!", (arg, extra) => {
    expect(() =>
      netValue({ participants: 1, annualEffect: 1, interventionCost: 1, ...extra })
    ).toThrow(
      expect.objectContaining({
        kind: "num",
        key: "outOfRange",
        params: expect.objectContaining({ arg }),
      })
    );
  });
});

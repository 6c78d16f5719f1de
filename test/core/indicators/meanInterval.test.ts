/** The t quantile (stdlib) and the mean interval SURVEYMEAN and PROGRESSION rest on, against scipy/R. */
import { meanInterval, tQuantile } from "../../../src/core/stats";
import { surveyMean } from "../../../src/core/indicators/surveyMean";
import { progressionChanges } from "../../../src/core/indicators/progression";

describe("tQuantile", () => {
  test.each([
    // scipy: stats.t.ppf(0.975, df); R: qt(0.975, df)
    [1, 12.706204736174694],
    [5, 2.5705818356363146],
    [29, 2.045229642132703],
    [1000, 1.9623390808264083],
  ])("qt(0.975, %i)", (df, expected) => {
    expect(tQuantile(0.975, df)).toBeCloseTo(expected, 10);
  });
});

describe("meanInterval", () => {
  test("no values: all NaN; one value: the mean only; two or more: sd and the t interval", () => {
    expect(meanInterval([])).toEqual({ n: 0, mean: NaN, sd: NaN, low: NaN, high: NaN });
    expect(meanInterval([4])).toEqual({ n: 1, mean: 4, sd: NaN, low: NaN, high: NaN });
    // scipy: stats.ttest_1samp([7,10,1,8],0).confidence_interval(0.95); R: t.test(c(7,10,1,8))$conf.int
    const m = meanInterval([7, 10, 1, 8]);
    expect(m.sd).toBeCloseTo(3.872983346207417, 12);
    expect(m.low).toBeCloseTo(0.3372192297184373, 10);
    expect(m.high).toBeCloseTo(12.662780770281563, 10);
  });

  test("a long column of one repeated value keeps sd at 0 (Welford, no cancellation)", () => {
    const m = meanInterval(new Array(100000).fill(4.1));
    expect(m.mean).toBeCloseTo(4.1, 12);
    expect(m.sd).toBeLessThan(1e-9);
  });
});

describe("the cores", () => {
  test("surveyMean counts the scale's top two steps as agreeing (4–5 on 1–5, 9–10 on 1–10)", () => {
    expect(surveyMean({ answers: [5, 4, 3, 2, 1, "Vet ej"] }).agree).toBe(2);
    expect(surveyMean({ answers: [10, 9, 8, 1], scaleMax: 10 }).agree).toBe(2);
  });

  test("progression takes the earliest and latest date per person, whatever the row order", () => {
    const result = progressionChanges({
      ids: ["a", "a", "a", "b"],
      occasions: ["2025-06-01", "2025-01-10", "2025-03-01", "Före"],
      scores: [30, 20, 5, 7],
    });
    expect(result).toEqual({ changes: [10], singleMeasurement: 1 });
  });
});

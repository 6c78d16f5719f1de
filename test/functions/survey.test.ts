/**
 * SURVEYMEAN and PROGRESSION (issue #14) through the custom functions, in the four-case template:
 * arguments, works, coercion, errors. Reference values from scipy 1.17 (the call beside each).
 */
import { col, installRuntimeStub, only, StubError, wholeColumn } from "./stub";
import { progression, surveyMean } from "../../src/functions/functions";
import { resetSettings } from "../../src/core/settings";
import { mulberry32, syntheticPnrs } from "../helpers/synthetic";

installRuntimeStub()(undefined);
afterEach(() => resetSettings());

// Answered rows: 4 K, 5 M, 3 K, 2 M, 5 K, "4" M; blank, "Vet ej" and 0 are no answer.
const answers = col(4, 5, "", 3, "Vet ej", 0, 2, 5, "4");
const genders = col("K", "M", "K", "K", "M", "K", "M", "K", "M");

describe("SURVEYMEAN", () => {
  test("arguments: omitted optionals arrive as null; output is case-insensitive", () => {
    expect(only(surveyMean(answers, null as never, null, null, null as never))).toBeCloseTo(
      23 / 6,
      14
    );
    expect(only(surveyMean(answers))).toBeCloseTo(23 / 6, 14);
    expect(only(surveyMean(answers, undefined, undefined, undefined, "N"))).toBe(6);
  });

  test("works: all spills mean, n, sd and the 95 % t interval; the gender filter", () => {
    const [row] = surveyMean(answers, undefined, undefined, undefined, "all");
    // scipy: x=[4,5,3,2,5,4]; x.mean(), x.std(ddof=1), stats.ttest_1samp(x,0).confidence_interval(0.95)
    // (R: t.test(c(4,5,3,2,5,4))$conf.int)
    expect(row[0]).toBeCloseTo(3.8333333333333335, 12);
    expect(row[1]).toBe(6);
    expect(row[2]).toBeCloseTo(1.1690451944500122, 12);
    expect(row[3]).toBeCloseTo(2.6064956416283596, 10);
    expect(row[4]).toBeCloseTo(5.060171025038308, 10);
    const [women] = surveyMean(answers, genders, "K", undefined, "all");
    // scipy: stats.ttest_1samp([4,3,5],0).confidence_interval(0.95) = (1.5158622882496702, 6.48413771175033)
    expect(women[0]).toBe(4);
    expect(women[3]).toBeCloseTo(1.5158622882496702, 10);
    expect(women[4]).toBeCloseTo(6.48413771175033, 10);
    // scipy: stats.ttest_1samp([5,2,4],0).confidence_interval(0.95) = (-0.1279163669300929, 7.461249700263426)
    const [men] = surveyMean(answers, genders, "Män", undefined, "all");
    expect(men[3]).toBeCloseTo(-0.1279163669300929, 10);
    expect(men[4]).toBeCloseTo(7.461249700263426, 10);
  });

  test("works: another scale (1–10)", () => {
    // scipy: stats.ttest_1samp([7,10,1,8],0).confidence_interval(0.95) = (0.3372192297184373, 12.662780770281563)
    const [row] = surveyMean(col(7, 10, 1, 8), undefined, undefined, 10, "all");
    expect(row[0]).toBe(6.5);
    expect(row[2]).toBeCloseTo(3.872983346207417, 12);
    expect(row[3]).toBeCloseTo(0.3372192297184373, 10);
    expect(row[4]).toBeCloseTo(12.662780770281563, 10);
  });

  test('coercion: numeric text, "vet ej" in any case, blanks as "", null or 0; a whole column with a blank tail', () => {
    expect(only(surveyMean(col("5", " VET EJ ", null, "", 0, "3")))).toBe(4);
    expect(only(surveyMean(wholeColumn([2, 4]), wholeColumn(["K", "M"], ""), "M"))).toBe(4);
    expect(only(surveyMean(wholeColumn([2, 4], 0), undefined, undefined, "5", "n"))).toBe(2);
  });

  test("errors: off the scale names the row; one answer gives #N/A for sd and interval; none is #DIV/0!", () => {
    const off = only(surveyMean(col(4, 6))) as StubError;
    expect([off.code, off.message]).toEqual([
      "#VALUE!",
      'Row 2 of answers: "6" is not an answer on the scale 1–5 (blank, 0 or "Vet ej" = no answer).',
    ]);
    expect((only(surveyMean(col(3.5))) as StubError).code).toBe("#VALUE!");
    expect((only(surveyMean(col("bra"))) as StubError).code).toBe("#VALUE!");
    const [single] = surveyMean(col(4), undefined, undefined, undefined, "all");
    expect(single.slice(0, 2)).toEqual([4, 1]);
    expect(single.slice(2).map((e) => (e as StubError).code)).toEqual(["#N/A", "#N/A", "#N/A"]);
    expect((only(surveyMean(col("", "Vet ej"))) as StubError).code).toBe("#DIV/0!");
    expect(only(surveyMean(col("", "Vet ej"), undefined, undefined, undefined, "n"))).toBe(0);
    expect((only(surveyMean(col(1), undefined, undefined, 1)) as StubError).code).toBe("#NUM!");
    expect((only(surveyMean(col(1), undefined, undefined, 4.5)) as StubError).code).toBe("#NUM!");
    expect((only(surveyMean(col(4, 5), col("K"))) as StubError).code).toBe("#VALUE!");
    expect((only(surveyMean(col(4), col("X"), "K")) as StubError).message).toBe(
      'Row 1 of genders: "X" is not a gender code (K or M).'
    );
    expect(
      (only(surveyMean(col(4), undefined, undefined, undefined, "median")) as StubError).code
    ).toBe("#VALUE!");
  });
});

describe("PROGRESSION", () => {
  const [a, b, c, d, e] = syntheticPnrs(mulberry32(14), 5);
  // A Före 10 → Efter 25 (+15, K); B three dates, first 20, last 30 (+10, M); C Efter 12, Före 15 (−3, K);
  // D measured once (left out); E 0 → 0 (M).
  const ids = col(
    a.long,
    a.digits12,
    b.long,
    b.short,
    b.long,
    c.long,
    c.long,
    d.long,
    e.long,
    e.long
  );
  const occasions = col(
    "Före",
    "Efter",
    "2025-01-10",
    "2025-03-01",
    "20250601",
    "Efter",
    "före",
    "Före",
    "Före",
    "Efter"
  );
  const scores = col(10, 25, 20, 18, 30, 12, 15, 7, 0, 0);
  const sexes = col("K", "K", "M", "M", "M", "K", "K", "M", "M", "M");

  test("arguments: omitted optionals arrive as null; output is case-insensitive", () => {
    expect(only(progression(ids, occasions, scores, null as never, null, null as never))).toBe(5.5);
    expect(only(progression(ids, occasions, scores))).toBe(5.5);
    expect(only(progression(ids, occasions, scores, undefined, undefined, "N"))).toBe(4);
    expect(only(progression(ids, occasions, scores, undefined, undefined, "improved"))).toBe(0.5);
  });

  test("works: all spills mean change, n, sd, the paired t interval and the share improved; by gender", () => {
    const [row] = progression(ids, occasions, scores, undefined, undefined, "all");
    // scipy: stats.ttest_rel([25,30,12,0],[10,20,15,0]).confidence_interval(0.95)
    // (R: t.test(c(25,30,12,0), c(10,20,15,0), paired = TRUE)$conf.int)
    expect(row[0]).toBe(5.5);
    expect(row[1]).toBe(4);
    expect(row[2]).toBeCloseTo(8.426149773176359, 12);
    expect(row[3]).toBeCloseTo(-7.907884606706128, 10);
    expect(row[4]).toBeCloseTo(18.907884606706126, 10);
    expect(row[5]).toBe(0.5);
    // scipy: stats.ttest_rel([25,12],[10,15]).confidence_interval(0.95) = (-108.35584262557225, 120.35584262557225)
    const [women] = progression(ids, occasions, scores, sexes, "K", "all");
    expect(women.slice(0, 2)).toEqual([6, 2]);
    expect(women[3]).toBeCloseTo(-108.35584262557225, 8);
    expect(women[4]).toBeCloseTo(120.35584262557225, 8);
    expect(women[5]).toBe(0.5);
    expect(only(progression(ids, occasions, scores, sexes, "M"))).toBe(5);
  });

  test("coercion: one person in any personnummer spelling; dates as serials or text; whole columns", () => {
    // A's two rows are written 12 digits with and without the dash: one person, +15.
    expect(
      only(progression(col(a.long, a.digits12), col("Före", "Efter"), col("10", "25,0")))
    ).toBe(15);
    expect(only(progression(col("x1", "x1"), col(45700, "2025-02-01"), col(3, 5)))).toBe(-2);
    expect(
      only(
        progression(wholeColumn(["x1", "x1"]), wholeColumn(["Före", "Efter"]), wholeColumn([1, 4]))
      )
    ).toBe(3);
  });

  test("errors: a bad occasion or score names the row; two ratings on one occasion; no pair is #DIV/0!", () => {
    const bad = only(progression(col("x1", "x1"), col("Före", "Senare"), col(3, 5))) as StubError;
    expect([bad.code, bad.message]).toEqual([
      "#VALUE!",
      'Row 2 of occasions: "Senare" is not an occasion (Före, Efter or a date).',
    ]);
    const twice = only(progression(col("x1", "x1"), col("Före", "före"), col(3, 5))) as StubError;
    expect(twice.message).toBe('Row 2 of occasions: the person already has a rating at "före".');
    expect((only(progression(col("x1"), col("Före"), col("hög"))) as StubError).message).toBe(
      'Row 1 of scores: "hög" is not a number.'
    );
    expect((only(progression(col(""), col("Före"), col(3))) as StubError).message).toBe(
      "Row 1 of ids: the rating has no person ID."
    );
    expect(
      (only(progression(col("x1", "x2"), col("Före", "Efter"), col(3, 5))) as StubError).code
    ).toBe("#DIV/0!");
    const [single] = progression(
      col("x1", "x1"),
      col("Före", "Efter"),
      col(3, 5),
      undefined,
      undefined,
      "all"
    );
    expect(single.slice(0, 2)).toEqual([2, 1]);
    expect(single.slice(2, 5).map((x) => (x as StubError).code)).toEqual(["#N/A", "#N/A", "#N/A"]);
    expect(single[5]).toBe(1);
    expect((only(progression(col("x1", "x1"), col("Före"), col(3, 5))) as StubError).code).toBe(
      "#VALUE!"
    );
  });
});

import { genderCounts, genderGap } from "../../../src/core/indicators/genderGap";
import { AmfError } from "../../../src/core/errors";

describe("genderGap", () => {
  // Women: 7 of 10 passed; men: 2 of 10; two rows without gender, one blank value.
  const values = [
    ...["Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Ja", "Nej", "Nej", "Nej"],
    ...["ja", "JA", "Nej", "Nej", "Nej", "Nej", "Nej", "Nej", "Nej", "Nej"],
    "Ja",
    "Ja",
    "",
  ];
  const genders = [
    ...new Array(10).fill("Kvinna"),
    ...new Array(5).fill("M"),
    ...new Array(5).fill(1),
    "",
    null,
    "K",
  ];

  test("gives both shares, the gap in percentage points and Fisher's p", () => {
    const counts = genderCounts({ values, positiveValues: ["Ja"], genders });
    expect(counts.women).toEqual({ count: 7, total: 10 });
    expect(counts.men).toEqual({ count: 2, total: 10 });
    const result = genderGap(counts.women, counts.men);
    expect(result.gapPp).toBeCloseTo(50, 12);
    // R: fisher.test(matrix(c(7,2,3,8),2))$p.value = 0.06977851869492736 (exact fractions in Python)
    expect(result.p).toBeCloseTo(0.06977851869492736, 12);
  });

  test("trailing zeros are values, as in SHARE (issue #10)", () => {
    const r = genderCounts({
      values: [1, 0, 1, 0],
      positiveValues: [1],
      genders: ["K", "K", "M", "M"],
    });
    expect(r.women).toEqual({ count: 1, total: 2 });
    expect(r.men).toEqual({ count: 1, total: 2 });
  });

  test("an empty group gives no gap (null, not a NaN sentinel) and no interval", () => {
    const counts = genderCounts({
      values: ["Ja", "Nej"],
      positiveValues: ["Ja"],
      genders: ["K", "K"],
    });
    const result = genderGap(counts.women, counts.men);
    expect([result.gapPp, result.lowPp, result.highPp, result.mddPp]).toEqual([
      null,
      null,
      null,
      null,
    ]);
    expect(counts.men.total).toBe(0);
  });

  test("nobody or everybody positive: no minimal detectable difference (null), a gap of 0", () => {
    const result = genderGap({ count: 4, total: 4 }, { count: 6, total: 6 });
    expect([result.gapPp, result.mddPp]).toEqual([0, null]);
  });

  test("names the row of an unknown gender code", () => {
    try {
      genderCounts({ values: ["Ja", "Ja"], positiveValues: ["Ja"], genders: ["K", "Q"] });
      throw new Error("no error");
    } catch (e) {
      expect([(e as AmfError).key, (e as AmfError).params.row]).toEqual(["invalidGender", 2]);
    }
  });
});

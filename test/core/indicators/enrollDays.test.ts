import { enrollDays } from "../../../src/core/indicators/enrollDays";
import { AmfError } from "../../../src/core/errors";

describe("enrollDays", () => {
  // 30, 60 and 100 days; the fourth enrolment is still running (blank end) and is left out.
  const startDates = [46023, "2026-01-01", 46023, 46000];
  const endDates = [46053, "2026-03-02", "20260411", ""];
  const genders = ["K", "M", "K", "K"];

  test("mean and median of ended enrolments", () => {
    expect(enrollDays({ startDates, endDates })).toEqual({ n: 3, days: 190 / 3 });
    expect(enrollDays({ startDates, endDates, statistic: "median" })).toEqual({ n: 3, days: 60 });
  });

  test("median of an even count is the mean of the middle two; gender filter applies", () => {
    expect(enrollDays({ startDates, endDates, genders, gender: "K", statistic: "median" })).toEqual(
      { n: 2, days: 65 }
    );
  });

  test("nothing ended gives n = 0", () => {
    expect(enrollDays({ startDates: [46000, null], endDates: ["", 0] })).toEqual({
      n: 0,
      days: null,
    });
  });

  test("an end before the start names the row", () => {
    try {
      enrollDays({ startDates: [46023, 46023], endDates: [46053, 46000] });
      throw new Error("no error");
    } catch (e) {
      expect([(e as AmfError).kind, (e as AmfError).key, (e as AmfError).params.row]).toEqual([
        "value",
        "dateOrder",
        2,
      ]);
    }
  });
});

import { isoOf } from "../../../src/core/cells";
import { costPeriodCodes, parsePeriod, previousPeriod } from "../../../src/core/dialogue/period";
import { svNumber, svP, svPercent, svPp } from "../../../src/core/dialogue/format";

describe("report periods", () => {
  test.each([
    ["2025", 12, "2025-01-01", "2025-12-31", "helåret 2025 (januari–december)"],
    ["2025T1", 4, "2025-01-01", "2025-04-30", "tertial 1 2025 (januari–april)"],
    ["2025t2", 8, "2025-01-01", "2025-08-31", "tertial 2 2025 (januari–augusti)"],
    ["2024T3", 12, "2024-01-01", "2024-12-31", "tertial 3 2024 (januari–december)"],
  ])("%s covers %i months from %s to %s", (code, months, from, to, label) => {
    const p = parsePeriod(code)!;
    expect([p.months, isoOf(p.from), isoOf(p.periodEnd), p.label]).toEqual([
      months,
      from,
      to,
      label,
    ]);
  });

  test("the comparison period is the same period a year earlier", () => {
    expect(previousPeriod(parsePeriod("2025T2")!).code).toBe("2024T2");
    expect(previousPeriod(parsePeriod("2025")!).code).toBe("2024");
  });

  test.each(["2025T4", "T2", "25T1", "2025-T1", "", "2025 T"])("%p is not a period", (code) => {
    expect(parsePeriod(code)).toBeNull();
  });

  test("staff cost of a whole year also counts for its third tertial", () => {
    expect(costPeriodCodes(parsePeriod("2025T3")!)).toEqual(["2025", "2025T3"]);
    expect(costPeriodCodes(parsePeriod("2025T2")!)).toEqual(["2025T2"]);
  });
});

describe("Swedish text formatting", () => {
  test("percent with decimal comma and a non-breaking space", () => {
    expect(svPercent(0.479)).toBe("47,9\u00a0%");
    expect(svPercent(0.4535)).toBe("45,4\u00a0%");
    expect(svPercent(1)).toBe("100,0\u00a0%");
  });
  test("grouped numbers, Swedish minus, percentage points, p-values", () => {
    expect(svNumber(75045)).toBe("75\u00a0045");
    expect(svNumber(-1234.56, 1)).toBe("−1\u00a0234,6");
    expect(svPp(-8.96, false)).toBe("−9,0\u00a0procentenheter");
    expect(svPp(5)).toBe("+5,0\u00a0p.e.");
    expect(svP(0.0321)).toBe("0,032");
    expect(svP(0.0004)).toBe("<\u00a00,001");
  });
});

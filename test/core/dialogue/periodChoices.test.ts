import { periodChoices, parsePeriod } from "../../../src/core/dialogue/period";

describe("periodChoices", () => {
  it("lists the years the dates cover, newest first, each as whole year and tertials", () => {
    // 2024-03-01 as a serial, a text date in 2025, a YYYYMMDD number in 2025, and non-dates.
    const choices = periodChoices([45352, "2025-06-30", 20250101, "Arbete", null], "sv");
    expect(choices.map((c) => c.label)).toEqual([
      "Helår 2025",
      "Tertial 3 2025 (jan–dec)",
      "Tertial 2 2025 (jan–aug)",
      "Tertial 1 2025 (jan–apr)",
      "Helår 2024",
      "Tertial 3 2024 (jan–dec)",
      "Tertial 2 2024 (jan–aug)",
      "Tertial 1 2024 (jan–apr)",
    ]);
    for (const c of choices) expect(parsePeriod(c.code)?.code).toBe(c.code);
    // A planned end date in a later year is no period to report yet.
    expect(periodChoices(["2028-01-31", "2026-03-01"], "sv", 2026)[0].label).toBe("Helår 2026");
  });

  it("speaks English and falls back on a year and the one before without dates", () => {
    expect(periodChoices([], "en", 2026).map((c) => c.code)).toEqual([
      "2026",
      "2026T3",
      "2026T2",
      "2026T1",
      "2025",
      "2025T3",
      "2025T2",
      "2025T1",
    ]);
    expect(periodChoices([], "en", 2026)[0].label).toBe("Full year 2026");
    expect(periodChoices([], "en", 2026)[2].label).toBe("Tertial 2 2026 (Jan–Aug)");
    expect(periodChoices([], "sv")).toEqual([]);
  });
});

import {
  defaultSettings,
  getSettings,
  parseSettings,
  resetSettings,
  setSettings,
  subscribeSettings,
} from "../../src/core/settings";

describe("settings", () => {
  afterEach(() => resetSettings());

  test("defaults are SPEC §8's", () => {
    const s = defaultSettings();
    expect(s.positiveExitReasons).toEqual([
      "Arbete",
      "Subventionerad anställning",
      "Eget företag",
      "Studier",
    ]);
    expect(s.exitReasons).toHaveLength(11);
    expect(s.exitReasons.slice(4)).toEqual([
      "Annan insats",
      "Sjukskrivning",
      "Föräldraledighet",
      "Flyttat",
      "Avbrott",
      "Övrigt",
      "Okänd",
    ]);
    expect([
      s.suppressionThreshold,
      s.gapThresholdPp,
      s.significanceLevel,
      s.minGroupSize,
      s.language,
    ]).toEqual([3, 5, 0.05, 10, "auto"]);
  });

  test("parseSettings keeps valid fields and falls back field by field", () => {
    const s = parseSettings(
      JSON.stringify({
        positiveExitReasons: ["Arbete"],
        suppressionThreshold: -2,
        gapThresholdPp: 10,
        language: "fi",
        minGroupSize: 2.5,
      })
    );
    expect(s.positiveExitReasons).toEqual(["Arbete"]);
    expect(s.suppressionThreshold).toBe(3);
    expect(s.gapThresholdPp).toBe(10);
    expect(s.language).toBe("auto");
    expect(s.minGroupSize).toBe(10);
  });

  test("parseSettings survives broken JSON and wrong shapes", () => {
    expect(parseSettings("{not json")).toEqual(defaultSettings());
    expect(parseSettings([1, 2])).toEqual(defaultSettings());
    expect(parseSettings({ positiveExitReasons: ["Arbete", 3] }).positiveExitReasons).toHaveLength(
      4
    );
  });

  test("the target groups' bounds default to 16–24 years and 3 years, each set falling back whole", () => {
    expect(defaultSettings().targetGroups).toEqual({
      youthMinAge: 16,
      youthMaxAge: 24,
      newArrivalYears: 3,
    });
    const parsed = (targetGroups: unknown) => parseSettings({ targetGroups }).targetGroups;
    expect(parsed({ youthMinAge: 18, youthMaxAge: 29, newArrivalYears: 5 })).toEqual({
      youthMinAge: 18,
      youthMaxAge: 29,
      newArrivalYears: 5,
    });
    expect(parsed({ youthMinAge: 0, youthMaxAge: 120, newArrivalYears: 10 })).toEqual({
      youthMinAge: 0,
      youthMaxAge: 120,
      newArrivalYears: 10,
    });
    expect(parsed({ youthMinAge: 20, youthMaxAge: 20, newArrivalYears: 1 })).toEqual({
      youthMinAge: 20,
      youthMaxAge: 20,
      newArrivalYears: 1,
    });
    const defaults = { youthMinAge: 16, youthMaxAge: 24, newArrivalYears: 3 };
    for (const bad of [
      { youthMinAge: 25, youthMaxAge: 24, newArrivalYears: 3 }, // min above max
      { youthMinAge: 16.5, youthMaxAge: 24, newArrivalYears: 3 },
      { youthMinAge: -1, youthMaxAge: 24, newArrivalYears: 3 },
      { youthMinAge: 16, youthMaxAge: 121, newArrivalYears: 3 },
      { youthMinAge: 16, youthMaxAge: 24, newArrivalYears: 0 },
      { youthMinAge: 16, youthMaxAge: 24, newArrivalYears: 11 },
      { youthMinAge: 16, youthMaxAge: 24, newArrivalYears: 2.5 },
      { youthMinAge: "16", youthMaxAge: 24, newArrivalYears: 3 },
      { youthMinAge: 16, youthMaxAge: 24 },
      [16, 24, 3],
      null,
    ]) {
      expect([bad, parsed(bad)]).toEqual([bad, defaults]);
    }
  });

  test("the holder validates, stores and notifies", () => {
    const seen: number[] = [];
    const unsubscribe = subscribeSettings((s) => seen.push(s.suppressionThreshold));
    setSettings({ suppressionThreshold: 5 });
    setSettings({ suppressionThreshold: -1 });
    unsubscribe();
    setSettings({ suppressionThreshold: 7 });
    expect(seen).toEqual([5, 5]);
    expect(getSettings().suppressionThreshold).toBe(7);
  });
});

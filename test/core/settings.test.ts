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
    expect(s.positiveExitReasons).toEqual(["Arbete", "Subventionerad anställning", "Eget företag", "Studier"]);
    expect(s.exitReasons).toHaveLength(11);
    expect(s.exitReasons.slice(4)).toEqual(["Annan insats", "Sjukskrivning", "Föräldraledighet", "Flyttat", "Avbrott", "Övrigt", "Okänd"]);
    expect([s.suppressionThreshold, s.gapThresholdPp, s.significanceLevel, s.minGroupSize, s.language]).toEqual([3, 5, 0.05, 10, "auto"]);
  });

  test("parseSettings keeps valid fields and falls back field by field", () => {
    const s = parseSettings(
      JSON.stringify({ positiveExitReasons: ["Arbete"], suppressionThreshold: -2, gapThresholdPp: 10, language: "fi", minGroupSize: 2.5 })
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
    expect(parseSettings({ positiveExitReasons: ["Arbete", 3] }).positiveExitReasons).toHaveLength(4);
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

import { SETTINGS_KEY, startSettingsStore, OfficeLike } from "../../src/excel/settingsStore";
import { getSettings, resetSettings, setSettings } from "../../src/core/settings";

function fakeOffice(stored: unknown) {
  const values = new Map<string, unknown>([[SETTINGS_KEY, stored]]);
  let saves = 0;
  let ready: (() => void) | undefined;
  const office: OfficeLike = {
    onReady: (cb) => {
      ready = cb;
    },
    context: {
      document: {
        settings: {
          get: (k: string) => values.get(k),
          set: (k: string, v: unknown) => void values.set(k, v),
          saveAsync: ((cb: (r: { status: string }) => void) => {
            saves++;
            cb({ status: "succeeded" });
          }) as never,
        },
      },
    },
  };
  return { office, values, saves: () => saves, ready: () => ready?.() };
}

describe("settingsStore", () => {
  afterEach(() => resetSettings());

  test("loads the workbook's settings on ready and saves each change", () => {
    const fake = fakeOffice(JSON.stringify({ suppressionThreshold: 5, language: "sv" }));
    const stop = startSettingsStore(fake.office);
    expect(getSettings().suppressionThreshold).toBe(3); // not before Office is ready
    fake.ready();
    expect([getSettings().suppressionThreshold, getSettings().language]).toEqual([5, "sv"]);
    setSettings({ gapThresholdPp: 8 });
    expect(fake.saves()).toBe(1);
    expect(JSON.parse(fake.values.get(SETTINGS_KEY) as string).gapThresholdPp).toBe(8);
    stop();
    setSettings({ gapThresholdPp: 9 });
    expect(fake.saves()).toBe(1);
  });

  test("without Office it does nothing", () => {
    const stop = startSettingsStore(undefined);
    expect(typeof stop).toBe("function");
    expect(getSettings().gapThresholdPp).toBe(5);
  });
});

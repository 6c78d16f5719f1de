import {
  SETTINGS_KEY,
  SettingsHost,
  SettingsStore,
  startSettingsStore,
} from "../../src/excel/settingsStore";
import type { ExcelRun } from "../../src/excel/excelRun";
import { defaultSettings, getSettings, resetSettings, setSettings } from "../../src/core/settings";
import { fakeDocumentSettings, fakeExcelRun, FakeWorkbook } from "../fakes/fakeExcel";

/** The fake host over a fresh fake workbook; `ready()` plays Office.onReady. */
function fakeHost(wb = new FakeWorkbook()) {
  let ready: (() => void) | undefined;
  const host: SettingsHost = {
    run: fakeExcelRun(wb) as unknown as ExcelRun,
    legacy: fakeDocumentSettings(wb),
    onReady: (callback) => void (ready = callback),
  };
  return { wb, host, ready: () => ready?.() };
}

/** Lets the fake's round trips and event deliveries (macrotasks) run until `done` holds. */
async function until(done: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !done(); i++) await new Promise((r) => setTimeout(r, 0));
  expect(done()).toBe(true);
}
const settle = () => new Promise((r) => setTimeout(r, 30));
const stored = (wb: FakeWorkbook) => JSON.parse(wb.workbookSettings.get(SETTINGS_KEY) as string);

let store: SettingsStore | null = null;
afterEach(() => {
  store?.stop();
  store = null;
  resetSettings();
});

describe("settingsStore over workbook.settings", () => {
  test("loads on Office.onReady, not before, and recalculates once when the stored settings differ", async () => {
    const fake = fakeHost();
    fake.wb.workbookSettings.set(
      SETTINGS_KEY,
      JSON.stringify({ suppressionThreshold: 5, language: "sv" })
    );
    store = startSettingsStore(fake.host);
    expect(getSettings().suppressionThreshold).toBe(3);
    fake.ready();
    await store.loaded;
    expect([getSettings().suppressionThreshold, getSettings().language]).toEqual([5, "sv"]);
    expect(fake.wb.calculations).toEqual(["Full"]);
  });

  test("does not recalculate at open when the stored settings are those already in force", async () => {
    const fake = fakeHost();
    fake.wb.workbookSettings.set(SETTINGS_KEY, JSON.stringify(defaultSettings()));
    store = startSettingsStore(fake.host);
    fake.ready();
    await store.loaded;
    await settle();
    expect(fake.wb.calculations).toEqual([]);
  });

  test("moves settings from the document settings into workbook.settings, once", async () => {
    const fake = fakeHost();
    fake.wb.settings.set(SETTINGS_KEY, JSON.stringify({ positiveExitReasons: ["Arbete"] }));
    store = startSettingsStore(fake.host);
    fake.ready();
    await store.loaded;
    expect(getSettings().positiveExitReasons).toEqual(["Arbete"]);
    expect(stored(fake.wb).positiveExitReasons).toEqual(["Arbete"]);
    expect(fake.wb.settings.has(SETTINGS_KEY)).toBe(false);
    expect(fake.wb.calculations).toEqual(["Full"]);
  });

  test("saves a change and then recalculates; its own echo from onSettingsChanged changes nothing", async () => {
    const fake = fakeHost();
    store = startSettingsStore(fake.host);
    fake.ready();
    await store.loaded;
    expect(fake.wb.calculations).toEqual([]);
    setSettings({ positiveExitReasons: ["Arbete", "Studier"] });
    await until(() => fake.wb.calculations.length === 1);
    expect(stored(fake.wb).positiveExitReasons).toEqual(["Arbete", "Studier"]);
    await settle(); // the echo of our own save has been delivered by now
    expect(fake.wb.calculations).toEqual(["Full"]);
    expect(getSettings().positiveExitReasons).toEqual(["Arbete", "Studier"]);
  });

  test("collapses changes made while a save is under way into the latest", async () => {
    const fake = fakeHost();
    store = startSettingsStore(fake.host);
    fake.ready();
    await store.loaded;
    setSettings({ gapThresholdPp: 6 });
    setSettings({ gapThresholdPp: 7 });
    setSettings({ gapThresholdPp: 8 });
    await until(() => stored(fake.wb)?.gapThresholdPp === 8 && fake.wb.calculations.length >= 2);
    await settle();
    expect(fake.wb.calculations).toEqual(["Full", "Full"]);
  });

  test("takes over a co-author's change, recalculates, and does not save it back", async () => {
    const fake = fakeHost();
    store = startSettingsStore(fake.host);
    fake.ready();
    await store.loaded;
    const theirs = { ...defaultSettings(), positiveExitReasons: ["Eget företag"] };
    fake.wb.changeSettingsAsCoauthor(SETTINGS_KEY, JSON.stringify(theirs));
    await until(() => getSettings().positiveExitReasons[0] === "Eget företag");
    await until(() => fake.wb.calculations.length === 1);
    await settle();
    expect(fake.wb.writes).toEqual([]);
    expect(fake.wb.calculations).toEqual(["Full"]);
  });

  test("stops saving when stopped", async () => {
    const fake = fakeHost();
    store = startSettingsStore(fake.host);
    fake.ready();
    await store.loaded;
    store.stop();
    setSettings({ gapThresholdPp: 9 });
    await settle();
    expect(fake.wb.workbookSettings.has(SETTINGS_KEY)).toBe(false);
    expect(fake.wb.calculations).toEqual([]);
  });

  test("without Office it does nothing", async () => {
    const none = startSettingsStore(null);
    await none.loaded;
    expect(getSettings().gapThresholdPp).toBe(5);
  });
});

/**
 * Keeps the settings holder in step with the workbook: loads the stored settings when Office is ready
 * and saves every change into the document (Office.context.document.settings), so that the settings
 * travel with the file. Office is looked up only when started, never at import time.
 */
import { getSettings, parseSettings, setSettings, Settings, subscribeSettings } from "../core/settings";

/** The key the settings are stored under in the workbook. */
export const SETTINGS_KEY = "resultatdialog.settings";

/** The part of Office.js the store uses (a fake in tests). */
export interface OfficeLike {
  onReady(callback?: () => void): unknown;
  context: { document: { settings: Pick<Office.Settings, "get" | "set" | "saveAsync"> } };
}

let stop: (() => void) | null = null;

/** Settings stored in the workbook, validated field by field (defaults when nothing is stored). */
export function loadSettings(office: OfficeLike): Settings {
  return parseSettings(office.context.document.settings.get(SETTINGS_KEY) ?? null);
}

/** Writes the settings into the workbook and saves the document's settings. */
export function saveSettings(office: OfficeLike, settings: Settings): Promise<void> {
  const store = office.context.document.settings;
  store.set(SETTINGS_KEY, JSON.stringify(settings));
  return new Promise((resolve, reject) => {
    store.saveAsync((result) => {
      if (result && String(result.status) === "failed") reject(new Error(result.error?.message ?? "saveAsync failed"));
      else resolve();
    });
  });
}

/**
 * Starts the store once per runtime: on Office.onReady the workbook's settings replace the defaults,
 * and from then on every change is saved. Returns a function that stops saving.
 */
export function startSettingsStore(
  office: OfficeLike | undefined = (globalThis as { Office?: OfficeLike }).Office
): () => void {
  if (stop) return stop;
  if (!office) return () => undefined;
  let unsubscribe: (() => void) | null = null;
  let stopped = false;
  office.onReady(() => {
    if (stopped) return;
    setSettings(loadSettings(office));
    unsubscribe = subscribeSettings((settings) => {
      // A failed save leaves the settings in force for this session; nothing personal to report.
      saveSettings(office, settings).catch(() => undefined);
    });
  });
  stop = () => {
    stopped = true;
    unsubscribe?.();
    stop = null;
  };
  return stop;
}

/** The settings in force (re-exported so task-pane code needs only this module). */
export { getSettings };

/**
 * Keeps the settings holder in step with the workbook. The settings live in Excel's own
 * `workbook.settings` (Microsoft's recommendation for Excel over `Office.context.document.settings`,
 * where earlier versions kept them: read once and moved). When Office is ready the stored settings
 * replace the defaults; each change made here is saved, and a co-author's change (onSettingsChanged)
 * is taken over. Office is looked up only when started, never at import time.
 *
 * After a change, and once at open when the stored settings differ from those the functions may
 * already have computed with, the workbook is recalculated in full. Custom functions are not
 * volatile and the settings are no cell they depend on, so only a full recalculation reaches them;
 * a targeted one would have to find the AMF cells first, which means reading every formula of every
 * sheet — over Excel on the web's 5 MB payload limit on the large registers this add-in is for. A
 * full recalculation is one call, happens only on a deliberate change, and also updates every cell
 * that depends on an AMF result.
 */
import {
  getSettings,
  parseSettings,
  setSettings,
  Settings,
  subscribeSettings,
} from "../core/settings";
import { SETTINGS_KEY } from "../core/workbook/settings";
import {
  DocumentSettingsLike,
  ExcelRun,
  officeDocumentSettings,
  officeExcelRun,
  saveSettings as saveDocumentSettings,
} from "./excelRun";

// The key is the core's: the CLI reads the same value from the file's web-extension part.
export { SETTINGS_KEY };

/** What the store needs of Office (the fake host in tests). */
export interface SettingsHost {
  run: ExcelRun;
  /** `Office.context.document.settings`, where earlier versions stored the settings; null if absent. */
  legacy: DocumentSettingsLike | null;
  onReady(callback: () => void): unknown;
}

export interface SettingsStore {
  /** Resolves once the workbook's settings are in force (immediately outside Office). */
  loaded: Promise<void>;
  /** Stops saving and following co-authors' changes. */
  stop(): void;
}

/** The settings as JSON, to tell a real change from the echo of one's own. */
const fingerprint = (settings: Readonly<Settings>): string => JSON.stringify(settings);

/** The stored value in workbook.settings, or undefined when there is none. */
export function readStoredSettings(run: ExcelRun): Promise<unknown> {
  return run(async (context) => {
    const item = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY).load("value");
    await context.sync();
    return item.isNullObject ? undefined : item.value;
  });
}

/** Writes the settings into workbook.settings (kept with the file when Excel saves it). */
export function saveSettings(run: ExcelRun, settings: Settings): Promise<void> {
  return run(async (context) => {
    context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
    await context.sync();
  });
}

/** Recalculates the workbook in full, so AMF cells compute with the settings now in force. */
export function recalculate(run: ExcelRun): Promise<void> {
  return run(async (context) => {
    context.workbook.application.calculate("Full");
    await context.sync();
  });
}

/**
 * The workbook's settings, validated field by field (defaults when nothing is stored). Settings found
 * only in the document settings are moved into workbook.settings and removed from the old place.
 */
export async function loadSettings(host: Pick<SettingsHost, "run" | "legacy">): Promise<Settings> {
  const stored = await readStoredSettings(host.run);
  if (stored !== undefined) return parseSettings(stored);
  const old = host.legacy?.get(SETTINGS_KEY);
  if (old === null || old === undefined) return parseSettings(null);
  const settings = parseSettings(old);
  await saveSettings(host.run, settings);
  host.legacy!.remove(SETTINGS_KEY);
  await saveDocumentSettings(host.legacy!);
  return settings;
}

function officeHost(): SettingsHost | null {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof (globalThis as { Excel?: unknown }).Excel === "undefined") return null;
  return {
    run: officeExcelRun,
    legacy: officeDocumentSettings(),
    onReady: (callback) => office.onReady(callback),
  };
}

let started: SettingsStore | null = null;

/**
 * Starts the store once per runtime (the functions and the pane share it): on Office.onReady the
 * workbook's settings replace the defaults, and from then on every change is saved, followed by a
 * recalculation; co-authors' changes are taken over and recalculated too.
 */
export function startSettingsStore(host: SettingsHost | null = officeHost()): SettingsStore {
  if (started) return started;
  if (!host) return { loaded: Promise.resolve(), stop: () => undefined };
  const run = host.run;
  let stopped = false;
  let applying = false;
  let unsubscribe: (() => void) | null = null;
  // Saves one after the other; changes arriving meanwhile collapse into the latest.
  let pending: Settings | null = null;
  let saving = false;
  // An event that arrives while our own saves are under way is looked at once they are done: until
  // then the stored value may be the echo of an earlier save of ours, not a co-author's change.
  let recheck = false;
  const saveLatest = async (): Promise<void> => {
    if (saving) return;
    saving = true;
    try {
      while (pending && !stopped) {
        const next = pending;
        pending = null;
        await saveSettings(host.run, next);
        await recalculate(host.run);
      }
    } catch {
      // A failed save leaves the settings in force for this session; nothing personal to report.
    } finally {
      saving = false;
    }
    if (recheck) {
      recheck = false;
      await followCoauthors().catch(() => undefined);
    }
  };
  const apply = (settings: Settings): void => {
    applying = true;
    try {
      setSettings(settings);
    } finally {
      applying = false;
    }
  };
  async function followCoauthors(): Promise<void> {
    if (stopped) return;
    if (saving || pending) {
      recheck = true;
      return;
    }
    const theirs = parseSettings((await readStoredSettings(run)) ?? null);
    // Our own save raises the event too: only a different value is a co-author's change.
    if (stopped || fingerprint(theirs) === fingerprint(getSettings())) return;
    apply(theirs);
    await recalculate(run);
  }

  const loaded = new Promise<void>((resolve) => {
    host.onReady(() => {
      if (stopped) return resolve();
      const before = fingerprint(getSettings());
      loadSettings(host)
        .then(async (settings) => {
          if (stopped) return;
          apply(settings);
          unsubscribe = subscribeSettings((changed) => {
            if (applying || stopped) return;
            pending = changed;
            void saveLatest();
          });
          await host.run(async (context) => {
            context.workbook.settings.onSettingsChanged.add(() =>
              followCoauthors().catch(() => undefined)
            );
            await context.sync();
          });
          // Cells computed before the settings arrived used the defaults; only then is a pass needed.
          if (fingerprint(settings) !== before) await recalculate(host.run);
        })
        .catch(() => undefined)
        .finally(resolve);
    });
  });
  started = {
    loaded,
    stop: () => {
      stopped = true;
      unsubscribe?.();
      started = null;
    },
  };
  return started;
}

/** The settings in force (re-exported so task-pane code needs only this module). */
export { getSettings };

/**
 * The fake Office host of the browser test: bundled to one script and served in place of
 * https://appsforoffice.microsoft.com/lib/1/hosted/office.js. It installs `Office` (onReady, the display
 * language, document settings), `Excel.run` over the in-memory fake workbook, `Excel.createWorkbook`
 * recording each new workbook's base64 in `__fakeWorkbook.createdWorkbooks`, and a
 * `CustomFunctions.associate` that records each registration in `window.__associated`; the test drives the real pane and inspects `window.__fakeWorkbook`.
 *
 * Query parameters of the page: `lang` (display language, default sv-SE), `rows` (adds a sheet
 * "Stort register" of that many rows), `workbook` ("dialogue" for the Resultatdialog registers), `limit` (the fake's payload limit in bytes), `active` (active sheet), `host=none` (no Office host),
 * `lacks` (requirement sets reported unsupported), `theme=dark` (Office's dark theme).
 */
import { fakeCreateWorkbook, fakeDocumentSettings, fakeExcelRun, FakeWorkbook } from "./fakeExcel";
import { dialogueWorkbook } from "./dialogueWorkbook";
import { seedWorkbook } from "./seedWorkbook";

declare global {
  interface Window {
    __fakeWorkbook: FakeWorkbook;
    /** Each CustomFunctions.associate call: the function id and performance.now() at the call. */
    __associated: Array<{ id: string; at: number }>;
  }
}

const params = new URLSearchParams(window.location.search);
// `workbook=dialogue`: the synthetic registers of the Resultatdialog flow instead of the validation sheets.
const workbook =
  params.get("workbook") === "dialogue"
    ? dialogueWorkbook()
    : seedWorkbook(Number(params.get("rows") ?? 0));
const limit = Number(params.get("limit") ?? 0);
if (limit > 0) {
  workbook.responseLimitBytes = limit;
  workbook.requestLimitBytes = limit;
}
const active = params.get("active");
if (active && workbook.sheet(active)) workbook.activeSheet = active;
window.__fakeWorkbook = workbook;

// `host=none`: Office.js loaded in a plain browser tab, where onReady reports no host.
const info =
  params.get("host") === "none"
    ? { host: null, platform: null }
    : { host: "Excel", platform: "OfficeOnline" };
// `lacks=ExcelApi,…`: requirement sets this host does not support.
const lacking = new Set((params.get("lacks") ?? "").split(",").filter(Boolean));
// Office.onReady fires once the DOM is there; later callers are called at once (as Office.js does).
const ready = new Promise<typeof info>((resolve) => {
  if (document.readyState === "loading")
    document.addEventListener("DOMContentLoaded", () => resolve(info));
  else resolve(info);
});

const globals = window as unknown as Record<string, unknown>;
globals.Office = {
  HostType: { Excel: "Excel" },
  PlatformType: { OfficeOnline: "OfficeOnline" },
  AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  onReady(callback?: (i: typeof info) => void) {
    return ready.then((i) => {
      callback?.(i);
      return i;
    });
  },
  context: {
    displayLanguage: params.get("lang") ?? "sv-SE",
    officeTheme:
      params.get("theme") === "dark"
        ? { isDarkTheme: true, bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF" }
        : { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
    document: { settings: fakeDocumentSettings(workbook) },
    requirements: { isSetSupported: (name: string) => !lacking.has(name) },
  },
};
globals.Excel = { run: fakeExcelRun(workbook), createWorkbook: fakeCreateWorkbook(workbook) };
// Registrations are recorded with their time since navigation start, for the start-up benchmark.
window.__associated = [];
globals.CustomFunctions = {
  associate: (id: string) => void window.__associated.push({ id, at: performance.now() }),
};

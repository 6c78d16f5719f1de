/**
 * The one door to Office.js for the adapter: `Excel.run` and the document's settings, injectable so
 * that tests (and the browser test's fake host) can put an in-memory workbook behind them.
 */

/** `Excel.run` as the adapter uses it: one batch function over a request context. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The subset of `Office.context.document.settings` the adapter uses. */
export interface DocumentSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: { status: unknown }) => void): void;
}

/** Excel's own `Excel.run`, looked up at call time so the adapter can be imported before Office is ready. */
export const officeExcelRun: ExcelRun = (batch) => Excel.run(batch);

/** The workbook's document settings, or null outside Office (tests, a plain browser). */
export function officeDocumentSettings(): DocumentSettingsLike | null {
  if (typeof Office === "undefined") return null;
  return (
    (Office.context?.document?.settings as unknown as DocumentSettingsLike | undefined) ?? null
  );
}

/** Saves the document settings; resolves false when the host could not save them. */
export function saveSettings(settings: DocumentSettingsLike): Promise<boolean> {
  return new Promise((resolve) => {
    settings.saveAsync((result) => resolve(String(result?.status).toLowerCase() === "succeeded"));
  });
}

/** Cancelling a read (re-exported so the pane needs only this module). */
export { abortError, isAbortError } from "../core/workbook/abort";

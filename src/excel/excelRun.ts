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
  return (Office.context?.document?.settings as unknown as DocumentSettingsLike | undefined) ?? null;
}

/** Saves the document settings; resolves false when the host could not save them. */
export function saveSettings(settings: DocumentSettingsLike): Promise<boolean> {
  return new Promise((resolve) => {
    settings.saveAsync((result) => resolve(String(result?.status).toLowerCase() === "succeeded"));
  });
}

/** The error a cancelled read throws: an AbortError, as fetch and DOM APIs do. */
export function abortError(): Error {
  const error = new Error("Avbrutet / Cancelled");
  error.name = "AbortError";
  return error;
}

/** True for the error of a cancelled operation. */
export function isAbortError(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { name?: unknown }).name === "AbortError";
}

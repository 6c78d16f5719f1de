/**
 * Excel's side of a failure: core failures (AmfError) to Excel error values with a message in the
 * user's language. Nothing here touches an Office global at import time.
 */
import { ErrorKind, isAmfError } from "../core/errors";
import { chooseLanguage, formatMessage, Language, MessageKey } from "../core/messages";
import { getSettings } from "../core/settings";

/** What an error cell is in Excel, or a stand-in with the same shape when run outside Excel. */
export type ExcelError = CustomFunctions.Error;

const CODES: Record<ErrorKind, string> = {
  value: "invalidValue",
  num: "invalidNumber",
  div0: "divisionByZero",
  na: "notAvailable",
};

// Outside Excel (Node, the bench) the runtime's class is absent; errors keep the same fields.
class StandInError {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** Office's display language, or undefined before Office is ready or outside Office. */
function officeDisplayLanguage(): string | undefined {
  try {
    return (globalThis as { Office?: typeof Office }).Office?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/** The functions' language: the workbook setting, else Office's display language (as the pane's). */
export function currentLanguage(): Language {
  return chooseLanguage(getSettings().language, officeDisplayLanguage());
}

/** A message in the current language. */
export function message(key: MessageKey, params: Record<string, string | number> = {}): string {
  return formatMessage(key, params, currentLanguage());
}

/** The Excel error value for a failure; Excel shows messages only with #VALUE! and #N/A. */
export function excelError(kind: ErrorKind, text?: string): ExcelError {
  const runtime = (globalThis as { CustomFunctions?: typeof CustomFunctions }).CustomFunctions;
  const withMessage = kind === "value" || kind === "na";
  if (runtime?.Error && runtime.ErrorCode) {
    const code = (runtime.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>)[
      CODES[kind]
    ];
    return withMessage ? new runtime.Error(code, text) : new runtime.Error(code);
  }
  const code = { value: "#VALUE!", num: "#NUM!", div0: "#DIV/0!", na: "#N/A" }[kind];
  return new StandInError(code, withMessage ? text : undefined) as unknown as ExcelError;
}

/** The Excel error for anything thrown: AmfError with its message, anything else a generic #VALUE!. */
export function toExcelError(e: unknown): ExcelError {
  if (isAmfError(e)) return excelError(e.kind, message(e.key, e.params));
  return excelError("value", message("unexpected"));
}

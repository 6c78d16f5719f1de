/**
 * The one wrapper every custom function runs through (after HyperFormula's runFunction): argument
 * adaptation from Excel's shapes, and the mapping of core failures to Excel error values with a
 * message in the user's language. Nothing here touches an Office global at import time.
 */
import { CellValue, displayValue, isBlank, parseDate, parseNumber, valuesOf } from "../core/cells";
import { AmfError, ErrorKind, isAmfError } from "../core/errors";
import { formatMessage, Language, languageOf, MessageKey } from "../core/messages";
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

/** The display language: the workbook setting, else Office's display language, else English. */
export function currentLanguage(): Language {
  const setting = getSettings().language;
  if (setting === "sv" || setting === "en") return setting;
  try {
    const office = (globalThis as { Office?: typeof Office }).Office;
    return languageOf(office?.context?.displayLanguage);
  } catch {
    return "en";
  }
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
    const code = (runtime.ErrorCode as unknown as Record<string, CustomFunctions.ErrorCode>)[CODES[kind]];
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

/** Runs a function body; failures become an error value instead of escaping to Excel. */
export function runFunction<T>(body: () => T): T | ExcelError {
  try {
    return body();
  } catch (e) {
    return toExcelError(e);
  }
}

/** As runFunction, for functions declared to return a matrix: a whole-call error is one error cell. */
export function runMatrix(body: () => unknown[][]): unknown[][] {
  try {
    return body();
  } catch (e) {
    return [[toExcelError(e)]];
  }
}

// ---- arguments ---------------------------------------------------------------------------------

/** A scalar argument; a one-cell range is accepted as its cell. */
export function scalar(value: unknown, argName: string): CellValue {
  if (!Array.isArray(value)) return value as CellValue;
  const cells = valuesOf(value as CellValue[][]);
  if (cells.length > 1) throw new AmfError("value", "notSingleCell", { arg: argName });
  return cells.length === 1 ? cells[0] : null;
}

/** An optional date argument as a serial, or null when blank. */
export function optionalDate(value: unknown, argName: string): number | null {
  const v = scalar(value, argName);
  if (isBlank(v)) return null;
  const serial = parseDate(v);
  if (serial === null) throw new AmfError("value", "invalidDateArgument", { arg: argName, value: displayValue(v) });
  return serial;
}

/** An optional number argument (number or numeric text), or null when blank. */
export function optionalNumber(value: unknown, argName: string): number | null {
  const v = scalar(value, argName);
  if (isBlank(v)) return null;
  const n = parseNumber(v);
  if (n === null) throw new AmfError("value", "invalidNumberArgument", { arg: argName, value: displayValue(v) });
  return n;
}

/** A required number argument. */
export function requiredNumber(value: unknown, argName: string): number {
  const n = optionalNumber(value, argName);
  if (n === null) throw new AmfError("value", "invalidNumberArgument", { arg: argName, value: '""' });
  return n;
}

/** The sum of the numbers in a range argument (blank cells skipped, text that is no number refused). */
export function sumOfRange(range: unknown, argName: string): number {
  const rows = Array.isArray(range) ? (range as unknown[][]) : [[range]];
  let sum = 0;
  let seen = false;
  rows.forEach((row, r) => {
    for (const cell of Array.isArray(row) ? row : [row]) {
      if (isBlank(cell as CellValue)) continue;
      const n = parseNumber(cell as CellValue);
      if (n === null) {
        throw new AmfError("value", "invalidNumber", { arg: argName, row: r + 1, value: displayValue(cell as CellValue) });
      }
      sum += n;
      seen = true;
    }
  });
  if (!seen) throw new AmfError("value", "invalidNumberArgument", { arg: argName, value: '""' });
  return sum;
}

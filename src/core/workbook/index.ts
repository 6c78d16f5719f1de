/** The workbook core behind both adapters: locating tables, addresses, sheet names, settings, the session. */
export { abortError, isAbortError } from "./abort";
export { columnLetters, columnNumber, parseRange, type Bounds } from "./addresses";
export {
  cutToHeaders,
  emptyTable,
  firstTableBounds,
  HeaderSearch,
  headerText,
  tableOfGrid,
  type HeaderRow,
  type RowCells,
  type SheetTableRef,
} from "./headerRow";
export type { DescriptionSink, WorkbookPort, WorkbookSource } from "./port";
export {
  readTables,
  settingsValidation,
  storedMeta,
  validationErrors,
  WorkbookSession,
  type BuiltMeta,
  type DialogueChoice,
  type LoadProgress,
  type ReadTablesOptions,
  type SessionOptions,
} from "./session";
export { SETTINGS_KEY, storedSettings, webExtensionValue } from "./settings";
export { cleanSheetName, freeSheetName } from "./sheetNames";

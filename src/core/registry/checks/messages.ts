/**
 * The checks' messages by check, each naming row and column: their texts are keys of the one message
 * table (core/messages.ts). Callers pass values already made safe with `shown` (masked, quoted);
 * headers come masked too, and the table masks every parameter again.
 */
import { bilingual } from "../../messages";
import type { Message } from "./context";

const DATE_KEYS = {
  date: "cellNotDate",
  month: "cellNotMonth",
  period: "cellNotPeriod",
  occasion: "cellNotOccasion",
} as const;

/** Message texts by check. */
export const MESSAGES = {
  tableEmpty: (sheet: string): Message => bilingual("tableEmpty", { sheet }),
  columnMissing: (row: number, header: string): Message =>
    bilingual("columnMissing", { row, column: header }),
  columnDuplicate: (row: number, column: string, field: string, first: string): Message =>
    bilingual("columnDuplicate", { row, column, field, first }),
  columnSensitive: (row: number, column: string): Message =>
    bilingual("columnSensitive", { row, column }),
  columnIdentifying: (row: number, column: string): Message =>
    bilingual("columnIdentifying", { row, column }),
  required: (row: number, column: string): Message => bilingual("cellRequired", { row, column }),
  pnrFormat: (row: number, column: string, value: string): Message =>
    bilingual("cellPnrFormat", { row, column, value }),
  pnrChecksum: (row: number, column: string, value: string): Message =>
    bilingual("cellPnrChecksum", { row, column, value }),
  pnrDate: (row: number, column: string, value: string): Message =>
    bilingual("cellPnrDate", { row, column, value }),
  pnrCoordination: (row: number, column: string, value: string): Message =>
    bilingual("cellPnrCoordination", { row, column, value }),
  pnrMisplaced: (row: number, column: string, value: string): Message =>
    bilingual("cellPnrMisplaced", { row, column, value }),
  dateInvalid: (
    row: number,
    column: string,
    value: string,
    kind: keyof typeof DATE_KEYS
  ): Message => bilingual(DATE_KEYS[kind], { row, column, value }),
  dateFuture: (row: number, column: string, iso: string, today: string): Message =>
    bilingual("cellDateFuture", { row, column, value: iso, today }),
  dateOrder: (
    row: number,
    column: string,
    end: string,
    startColumn: string,
    start: string
  ): Message => bilingual("cellDateOrder", { row, column, value: end, startColumn, start }),
  codeUnknown: (row: number, column: string, value: string, suggestion: string | null): Message =>
    suggestion === null
      ? bilingual("cellCodeUnknown", { row, column, value })
      : bilingual("cellCodeUnknownSuggestion", { row, column, value, suggestion }),
  numberInvalid: (row: number, column: string, value: string): Message =>
    bilingual("cellNotNumber", { row, column, value }),
  numberNegative: (row: number, column: string, value: string, positive: boolean): Message =>
    bilingual(positive ? "cellNotPositive" : "cellNegative", { row, column, value }),
  genderInvalid: (row: number, column: string, value: string): Message =>
    bilingual("cellGenderInvalid", { row, column, value }),
  genderMismatch: (row: number, column: string, value: string, fromPnr: "K" | "M"): Message =>
    bilingual("cellGenderMismatch", { row, column, value, fromPnr }),
  rowDuplicate: (row: number, earlier: number): Message =>
    bilingual("rowDuplicate", { row, earlier }),
  keyDuplicate: (row: number, column: string, key: Message, earlier: number): Message =>
    bilingual("cellKeyDuplicate", { row, column, key, earlier }),
  totalMismatch: (
    row: number,
    column: string,
    what: string,
    firstAt: string,
    first: number,
    at: string,
    total: number
  ): Message => bilingual("cellTotalMismatch", { row, column, what, firstAt, first, at, total }),
  conditional: (row: number, column: string, whenColumn: string, whenValue: string): Message =>
    bilingual("cellConditional", { row, column, when: whenColumn, whenValue }),
  answerScale: (row: number, column: string, value: string, max: number): Message =>
    bilingual("cellAnswerScale", { row, column, value, max }),
};

/**
 * Message texts of the checks in Swedish and English: one table, each naming row and column.
 * Callers pass values already made safe with `shown` (masked, quoted); headers come masked too.
 */
import type { Message } from "./context";

const at = (row: number, column: string): Message => ({
  sv: `Rad ${row}, kolumn "${column}": `,
  en: `Row ${row}, column "${column}": `,
});

const cell = (row: number, column: string, sv: string, en: string): Message => {
  const prefix = at(row, column);
  return { sv: prefix.sv + sv, en: prefix.en + en };
};

const KIND = {
  date: { sv: "inget datum (ÅÅÅÅ-MM-DD eller Excel-datum)", en: "not a date (YYYY-MM-DD or an Excel date)" },
  month: { sv: "ingen månad (ÅÅÅÅ-MM eller ett datum)", en: "not a month (YYYY-MM or a date)" },
  period: {
    sv: "ingen period (ÅÅÅÅ, ÅÅÅÅT1–T3, ÅÅÅÅ-MM eller ett datum)",
    en: "not a period (YYYY, YYYYT1–T3, YYYY-MM or a date)",
  },
};

/** Message texts by check. */
export const MESSAGES = {
  tableEmpty: (sheet: string): Message => ({
    sv: `Bladet "${sheet}" har inga datarader under rubrikraden.`,
    en: `Sheet "${sheet}" has no data rows below the header row.`,
  }),
  columnMissing: (row: number, header: string): Message => ({
    sv: `Rad ${row}: den obligatoriska kolumnen "${header}" saknas.`,
    en: `Row ${row}: the required column "${header}" is missing.`,
  }),
  columnDuplicate: (row: number, column: string, field: string, first: string): Message =>
    cell(
      row,
      column,
      `avser samma uppgift (${field}) som kolumnen "${first}", som används.`,
      `names the same field (${field}) as column "${first}", which is the one used.`
    ),
  columnSensitive: (row: number, column: string): Message =>
    cell(
      row,
      column,
      "känsliga personuppgifter (GDPR art. 9) hör inte hemma i uppföljningen. Ta bort kolumnen.",
      "special-category personal data (GDPR art. 9) must not be in the follow-up. Remove the column."
    ),
  columnIdentifying: (row: number, column: string): Message =>
    cell(
      row,
      column,
      "direkta identifierare behövs inte för uppföljningen (uppgiftsminimering). Ta bort kolumnen.",
      "direct identifiers are not needed for follow-up (data minimisation). Remove the column."
    ),
  required: (row: number, column: string): Message => cell(row, column, "cellen är tom.", "the cell is blank."),
  pnrFormat: (row: number, column: string, value: string): Message =>
    cell(
      row,
      column,
      `${value} är inget personnummer (10 eller 12 siffror).`,
      `${value} is not a personnummer (10 or 12 digits).`
    ),
  pnrChecksum: (row: number, column: string, value: string): Message =>
    cell(row, column, `${value} har fel kontrollsiffra.`, `${value} has a wrong check digit.`),
  pnrDate: (row: number, column: string, value: string): Message =>
    cell(
      row,
      column,
      `${value} innehåller ett datum som inte finns.`,
      `${value} contains a date that does not exist.`
    ),
  pnrCoordination: (row: number, column: string, value: string): Message =>
    cell(row, column, `${value} är ett samordningsnummer.`, `${value} is a coordination number (samordningsnummer).`),
  pnrMisplaced: (row: number, column: string, value: string): Message =>
    cell(
      row,
      column,
      `${value} innehåller ett personnummer; det hör hemma i ID-kolumnen, inte här (det skulle synas i rapporterna).`,
      `${value} holds a personnummer; it belongs in the ID column, not here (it would show in the reports).`
    ),
  dateInvalid: (row: number, column: string, value: string, kind: keyof typeof KIND): Message =>
    cell(row, column, `${value} är ${KIND[kind].sv}.`, `${value} is ${KIND[kind].en}.`),
  dateFuture: (row: number, column: string, iso: string, today: string): Message =>
    cell(
      row,
      column,
      `${iso} ligger efter dagens datum (${today}).`,
      `${iso} is after today (${today}).`
    ),
  dateOrder: (row: number, column: string, end: string, startColumn: string, start: string): Message =>
    cell(
      row,
      column,
      `${end} ligger före "${startColumn}" (${start}).`,
      `${end} is before "${startColumn}" (${start}).`
    ),
  codeUnknown: (row: number, column: string, value: string, suggestion: string | null): Message =>
    cell(
      row,
      column,
      `${value} finns inte i kodlistan.` + (suggestion === null ? "" : ` Menade du "${suggestion}"?`),
      `${value} is not in the code list.` + (suggestion === null ? "" : ` Did you mean "${suggestion}"?`)
    ),
  numberInvalid: (row: number, column: string, value: string): Message =>
    cell(row, column, `${value} är inget tal.`, `${value} is not a number.`),
  numberNegative: (row: number, column: string, value: string, positive: boolean): Message =>
    positive
      ? cell(row, column, `${value} måste vara större än 0.`, `${value} must be greater than 0.`)
      : cell(row, column, `${value} får inte vara negativt.`, `${value} must not be negative.`),
  genderInvalid: (row: number, column: string, value: string): Message =>
    cell(
      row,
      column,
      `${value} är ingen könskod (K, Kvinna, M, Man …).`,
      `${value} is not a gender code (K, Kvinna, M, Man …).`
    ),
  genderMismatch: (row: number, column: string, value: string, fromPnr: "K" | "M"): Message =>
    cell(
      row,
      column,
      `${value} skiljer sig från personnumrets könssiffra (${fromPnr}).`,
      `${value} differs from the personnummer's gender digit (${fromPnr}).`
    ),
  rowDuplicate: (row: number, earlier: number): Message => ({
    sv: `Rad ${row}: identisk med rad ${earlier}.`,
    en: `Row ${row}: identical to row ${earlier}.`,
  }),
  keyDuplicate: (row: number, column: string, key: Message, earlier: number): Message =>
    cell(row, column, `samma ${key.sv} som rad ${earlier}.`, `the same ${key.en} as row ${earlier}.`),
  totalMismatch: (row: number, column: string, what: string, firstAt: string, first: number, at: string, total: number): Message =>
    cell(
      row,
      column,
      `${what}: summan är ${total} vid tidpunkt ${at} men ${first} vid ${firstAt}; samma personer bör räknas vid varje tidpunkt (saknas celler, eller blandas årgångar?).`,
      `${what}: the total is ${total} at time point ${at} but ${first} at ${firstAt}; the same persons should be counted at each time point (cells missing, or cohorts mixed?).`
    ),
  conditional: (row: number, column: string, whenColumn: string, whenValue: string): Message =>
    cell(
      row,
      column,
      `måste fyllas i när "${whenColumn}" är ${whenValue}.`,
      `must be filled in when "${whenColumn}" is ${whenValue}.`
    ),
};

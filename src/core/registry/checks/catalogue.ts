/** Every check code of SPEC §5 with its severity and a short label, in the order reports list them. */
import type { CheckCode, Severity } from "../types";

export interface CheckInfo {
  severity: Severity;
  label: { sv: string; en: string };
}

export const CHECKS: Readonly<Record<CheckCode, CheckInfo>> = {
  "table/empty": { severity: "error", label: { sv: "Tabellen saknar rader", en: "The table has no rows" } },
  "column/missing": { severity: "error", label: { sv: "Kolumn saknas", en: "Missing column" } },
  "column/duplicate": { severity: "error", label: { sv: "Dubblerad kolumn", en: "Duplicate column" } },
  "column/sensitive": {
    severity: "error",
    label: { sv: "Känsliga personuppgifter", en: "Special-category personal data" },
  },
  "column/identifying": {
    severity: "warning",
    label: { sv: "Onödiga identifierande uppgifter", en: "Unneeded identifying data" },
  },
  "cell/required": { severity: "error", label: { sv: "Obligatorisk cell är tom", en: "Required cell is blank" } },
  "cell/uncalculated": {
    severity: "error",
    label: { sv: "Formel utan beräknat värde", en: "Formula without a calculated value" },
  },
  "pnr/format": { severity: "error", label: { sv: "Inget personnummer", en: "Not a personnummer" } },
  "pnr/checksum": { severity: "error", label: { sv: "Fel kontrollsiffra", en: "Wrong check digit" } },
  "pnr/date": { severity: "error", label: { sv: "Omöjligt datum i personnummer", en: "Impossible date in personnummer" } },
  "pnr/coordination": { severity: "info", label: { sv: "Samordningsnummer", en: "Coordination number" } },
  "pnr/misplaced": {
    severity: "error",
    label: { sv: "Personnummer i fel kolumn", en: "Personnummer outside the ID column" },
  },
  "date/invalid": { severity: "error", label: { sv: "Inget datum", en: "Not a date" } },
  "date/future": { severity: "error", label: { sv: "Datum i framtiden", en: "Date in the future" } },
  "date/order": { severity: "error", label: { sv: "Slut före start", en: "End before start" } },
  "code/unknown": { severity: "warning", label: { sv: "Okänd kod", en: "Unknown code" } },
  "number/invalid": { severity: "error", label: { sv: "Inget tal", en: "Not a number" } },
  "number/negative": { severity: "error", label: { sv: "Negativt tal", en: "Negative number" } },
  "gender/invalid": { severity: "error", label: { sv: "Ogiltig könskod", en: "Invalid gender code" } },
  "gender/mismatch": {
    severity: "info",
    label: { sv: "Kön skiljer sig från personnumret", en: "Gender differs from the personnummer" },
  },
  "row/duplicate": { severity: "warning", label: { sv: "Dubblerad rad", en: "Duplicate row" } },
  "key/duplicate": { severity: "error", label: { sv: "Dubblerad nyckel", en: "Duplicate key" } },
  "row/conditional": { severity: "error", label: { sv: "Villkorad uppgift saknas", en: "Conditional value missing" } },
  "total/mismatch": {
    severity: "warning",
    label: { sv: "Olika summor vid olika tidpunkter", en: "Totals differ between time points" },
  },
};

/** All check codes in catalogue order. */
export const ALL_CHECK_CODES: readonly CheckCode[] = Object.keys(CHECKS) as CheckCode[];

/** Position of a code in the catalogue, to order issues on the same cell. */
export const CODE_ORDER: Readonly<Record<CheckCode, number>> = Object.fromEntries(
  ALL_CHECK_CODES.map((code, i) => [code, i])
) as Record<CheckCode, number>;

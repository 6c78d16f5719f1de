/** Every check code of SPEC §5 with its severity and a short label, in the order reports list them. */
import type { CheckCode, Severity } from "../types";

export interface CheckInfo {
  severity: Severity;
  label: { sv: string; en: string };
}

const entry = (severity: Severity, sv: string, en: string): CheckInfo => ({ severity, label: { sv, en } });

export const CHECKS: Readonly<Record<CheckCode, CheckInfo>> = {
  "table/empty": entry("error", "Tabellen saknar rader", "The table has no rows"),
  "column/missing": entry("error", "Kolumn saknas", "Missing column"),
  "column/duplicate": entry("error", "Dubblerad kolumn", "Duplicate column"),
  "column/sensitive": entry("error", "Känsliga personuppgifter", "Special-category personal data"),
  "column/identifying": entry("warning", "Onödiga identifierande uppgifter", "Unneeded identifying data"),
  "cell/required": entry("error", "Obligatorisk cell är tom", "Required cell is blank"),
  "cell/uncalculated": entry("error", "Formel utan beräknat värde", "Formula without a calculated value"),
  "pnr/format": entry("error", "Inget personnummer", "Not a personnummer"),
  "pnr/checksum": entry("error", "Fel kontrollsiffra", "Wrong check digit"),
  "pnr/date": entry("error", "Omöjligt datum i personnummer", "Impossible date in personnummer"),
  "pnr/coordination": entry("info", "Samordningsnummer", "Coordination number"),
  "pnr/misplaced": entry("error", "Personnummer i fel kolumn", "Personnummer outside the ID column"),
  "date/invalid": entry("error", "Inget datum", "Not a date"),
  "date/future": entry("error", "Datum i framtiden", "Date in the future"),
  "date/order": entry("error", "Slut före start", "End before start"),
  "code/unknown": entry("warning", "Okänd kod", "Unknown code"),
  "number/invalid": entry("error", "Inget tal", "Not a number"),
  "number/negative": entry("error", "Negativt tal", "Negative number"),
  "gender/invalid": entry("error", "Ogiltig könskod", "Invalid gender code"),
  "gender/mismatch": entry("info", "Kön skiljer sig från personnumret", "Gender differs from the personnummer"),
  "row/duplicate": entry("warning", "Dubblerad rad", "Duplicate row"),
  "key/duplicate": entry("error", "Dubblerad nyckel", "Duplicate key"),
  "row/conditional": entry("error", "Villkorad uppgift saknas", "Conditional value missing"),
};

/** All check codes in catalogue order. */
export const ALL_CHECK_CODES: readonly CheckCode[] = Object.keys(CHECKS) as CheckCode[];

/** Position of a code in the catalogue, to order issues on the same cell. */
export const CODE_ORDER: Readonly<Record<CheckCode, number>> = Object.fromEntries(
  ALL_CHECK_CODES.map((code, i) => [code, i])
) as Record<CheckCode, number>;

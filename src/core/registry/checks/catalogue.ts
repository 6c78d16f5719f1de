/** Every check code of SPEC §5 with its severity and its short label (from the message table), in report order. */
import { bilingual } from "../../messages";
import type { CheckCode, Severity } from "../types";

export interface CheckInfo {
  severity: Severity;
  label: { sv: string; en: string };
}

/** Severity by check code, in the order reports list them; the labels are in the message table. */
const SEVERITIES: Readonly<Record<CheckCode, Severity>> = {
  "table/empty": "error",
  "column/missing": "error",
  "column/duplicate": "error",
  "column/sensitive": "error",
  "column/identifying": "warning",
  "cell/required": "error",
  "cell/uncalculated": "error",
  "pnr/format": "error",
  "pnr/checksum": "error",
  "pnr/date": "error",
  "pnr/coordination": "info",
  "pnr/misplaced": "error",
  "date/invalid": "error",
  "date/future": "error",
  "date/order": "error",
  "code/unknown": "warning",
  "number/invalid": "error",
  "number/negative": "error",
  "gender/invalid": "error",
  "gender/mismatch": "info",
  "row/duplicate": "warning",
  "key/duplicate": "error",
  "row/conditional": "error",
  "answer/scale": "error",
  "total/mismatch": "warning",
};

export const CHECKS: Readonly<Record<CheckCode, CheckInfo>> = Object.fromEntries(
  (Object.keys(SEVERITIES) as CheckCode[]).map((code) => [
    code,
    { severity: SEVERITIES[code], label: bilingual(`label/${code}`) },
  ])
) as Record<CheckCode, CheckInfo>;

/** All check codes in catalogue order. */
export const ALL_CHECK_CODES: readonly CheckCode[] = Object.keys(CHECKS) as CheckCode[];

/** Position of a code in the catalogue, to order issues on the same cell. */
export const CODE_ORDER: Readonly<Record<CheckCode, number>> = Object.fromEntries(
  ALL_CHECK_CODES.map((code, i) => [code, i])
) as Record<CheckCode, number>;

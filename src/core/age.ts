/**
 * Age in whole years from a personnummer or samordningsnummer (issue 13: target groups such as
 * *Unga* need the age on the exit date, not today).
 */
import { ymdOf } from "./cells";
import { parsePnr, PnrFailure } from "./pnr";
import type { CellValue } from "./cells";

export type AgeResult = { ok: true; age: number } | { ok: false; reason: PnrFailure | "bornAfter" };

/**
 * Whole years between the birth date and `onSerial`. A birthday not yet reached in that year counts
 * one year less; so someone born on 29 February turns a year older on 1 March in years without that
 * day (28 February is still before the birthday).
 */
export function ageInYears(birthSerial: number, onSerial: number): number {
  const [by, bm, bd] = ymdOf(birthSerial);
  const [y, m, d] = ymdOf(onSerial);
  const beforeBirthday = m < bm || (m === bm && d < bd);
  return y - by - (beforeBirthday ? 1 : 0);
}

/**
 * The age on `onSerial` of the person an id names. The century of a 10-digit number is chosen
 * relative to that date (SPEC §6), so an old register read today gives the ages it had then.
 */
export function ageOf(id: CellValue, onSerial: number): AgeResult {
  const parsed = parsePnr(id, onSerial);
  if (!parsed.ok) return parsed;
  if (parsed.pnr.birthSerial > onSerial) return { ok: false, reason: "bornAfter" };
  return { ok: true, age: ageInYears(parsed.pnr.birthSerial, onSerial) };
}

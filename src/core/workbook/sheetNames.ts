/**
 * Names for new sheets, for every writer (Office.js, the .xlsx writers). Excel compares sheet names
 * case-insensitively, allows at most 31 characters, none of : \ / ? * [ ] and no apostrophe at either
 * end; a new sheet never takes an existing sheet's name ("X", "X (2)", …).
 *
 * A forbidden character becomes "_", as the CLI always wrote it: a "-" would read as part of a period
 * or a date ("2025-T1"), and a masked personnummer ("19850101****") stays recognisable as masked.
 */

const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** A name Excel accepts: forbidden characters become "_", no apostrophe at either end, ≤ 31 characters. */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted
    .replace(FORBIDDEN, "_")
    .replace(/^'+|'+$/g, "")
    .trim();
  return (cleaned || "Blad").slice(0, MAX_SHEET_NAME).trim();
}

/** The first of "X", "X (2)", "X (3)", … that no existing sheet has, shortening X so the suffix fits. */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("sv-SE")));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLocaleLowerCase("sv-SE"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("sv-SE"))) return candidate;
  }
}

/**
 * Names for new sheets. Excel compares sheet names case-insensitively, allows at most 31 characters
 * and none of : \ / ? * [ ]; a new sheet never takes an existing sheet's name ("X", "X (2)", …).
 */

const MAX_SHEET_NAME = 31;
const FORBIDDEN = /[:\\/?*[\]]/g;

/** A name Excel accepts: forbidden characters become "-", no apostrophe at either end, ≤ 31 characters. */
export function cleanSheetName(wanted: string): string {
  const cleaned = wanted.replace(FORBIDDEN, "-").replace(/^'+|'+$/g, "").trim();
  return (cleaned || "Blad").slice(0, MAX_SHEET_NAME).trim();
}

/** The first of "X", "X (2)", "X (3)", … that no existing sheet has, shortening X so the suffix fits. */
export function freeSheetName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("sv")));
  const base = cleanSheetName(wanted);
  if (!taken.has(base.toLocaleLowerCase("sv"))) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length).trimEnd() + suffix;
    if (!taken.has(candidate.toLocaleLowerCase("sv"))) return candidate;
  }
}

/** The first of "Name", "Name2", "Name3", … that no table has (table names allow no spaces or brackets). */
export function freeTableName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}

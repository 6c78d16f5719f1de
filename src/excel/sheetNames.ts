/** Names for new sheets and tables in Excel; sheet names follow the one rule of the core. */
export { cleanSheetName, freeSheetName } from "../core/workbook/sheetNames";

/** The first of "Name", "Name2", "Name3", … that no table has (table names allow no spaces or brackets). */
export function freeTableName(existing: readonly string[], wanted: string): string {
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}${n}`.toLowerCase())) return `${wanted}${n}`;
}

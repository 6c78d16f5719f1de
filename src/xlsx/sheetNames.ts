/** Sheet names in an .xlsx file the writer makes (ExcelJS, no Office.js). */

const EXCEL_SHEET_NAME_MAX = 31;

/** A free sheet name: "X", else "X (2)", "X (3)" …, within Excel's 31 characters (case-insensitive). */
export function uniqueSheetName(wanted: string, existing: readonly string[]): string {
  const taken = new Set(existing.map((n) => n.toLocaleLowerCase("sv-SE")));
  const base = wanted.replace(/[[\]:*?/\\]/g, "_").slice(0, EXCEL_SHEET_NAME_MAX) || "Blad";
  if (!taken.has(base.toLocaleLowerCase("sv-SE"))) return base;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = base.slice(0, EXCEL_SHEET_NAME_MAX - suffix.length) + suffix;
    if (!taken.has(name.toLocaleLowerCase("sv-SE"))) return name;
  }
}

/** The demo workbook's registers as the dialogue core reads them (seed 1, 2,000 exits, fixed today). */
import { serialOf } from "../../../src/core/cells";
import { generateDemo } from "../../../src/core/demo";
import type { SheetTable } from "../../../src/core/registry/types";

export const TODAY = serialOf(2026, 11, 27);

let cached: SheetTable[] | null = null;

/** The demo's sheets as tables (generated once per test file). */
export function demoTables(): SheetTable[] {
  if (!cached) {
    const demo = generateDemo({ exits: 2000, seed: 1, today: TODAY });
    cached = demo.sheets.map((s) => ({
      name: s.name,
      headerRow: s.note ? 3 : 1,
      firstColumn: 1,
      headers: s.headers,
      rows: s.rows,
    }));
  }
  return cached;
}

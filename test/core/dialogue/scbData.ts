/**
 * The crafted SCB extract of scb.test.ts and scbPlaceholders.test.ts: two groups, women and men, three
 * time points, the counts in SCB's order written out below.
 */
import type { CellValue } from "../../../src/core/cells";
import { INCOME_SOURCES } from "../../../src/core/dialogue/scbModel";
import type { SheetTable } from "../../../src/core/registry/types";

export const HEADERS = [
  "Grupp",
  "Kön",
  "Åldersgrupp",
  "Tidpunkt",
  "Inkomstkälla",
  "Antal",
  "Inskrivningsår",
];
export const WORK = INCOME_SOURCES.indexOf("Förvärvsarbete");
export const AID = INCOME_SOURCES.indexOf("Ekonomiskt bistånd");

// Counts in SCB's order: arbetslös, åtgärd, ekonomiskt bistånd, förvärvsarbete, studerande, vård, övrigt.
export const COUNTS: Record<string, Record<string, number[][]>> = {
  Stockholmsjobb: {
    Kvinnor: [
      [24, 10, 26, 10, 4, 3, 3],
      [8, 4, 8, 50, 4, 3, 3],
      [14, 6, 12, 38, 4, 3, 3],
    ], // 80
    Män: [
      [40, 20, 34, 14, 5, 3, 4],
      [20, 8, 12, 70, 5, 3, 2],
      [28, 12, 18, 52, 5, 3, 2],
    ], // 120
  },
  "Övriga inskrivna": {
    Kvinnor: [
      [150, 60, 140, 60, 20, 12, 8],
      [130, 70, 120, 90, 20, 12, 8],
      [120, 60, 100, 120, 30, 12, 8],
    ], // 450
    Män: [
      [200, 80, 160, 70, 20, 10, 10],
      [170, 70, 150, 120, 20, 10, 10],
      [160, 70, 120, 160, 20, 10, 10],
    ], // 550
  },
};
export const TIMES = ["1 år före", "1 år efter", "2 år efter"];

/** The extract as SCB words it, without margins for gender (the total is K + M). */
export function extract(edit: (rows: CellValue[][]) => void = () => undefined): SheetTable {
  const rows: CellValue[][] = [];
  for (const [group, genders] of Object.entries(COUNTS)) {
    for (const [gender, times] of Object.entries(genders)) {
      times.forEach((counts, t) =>
        counts.forEach((count, s) =>
          rows.push([group, gender, "", TIMES[t], INCOME_SOURCES[s], count, 2022])
        )
      );
    }
  }
  edit(rows);
  return { name: "ScbInkomstkalla", headerRow: 1, firstColumn: 1, headers: HEADERS, rows };
}

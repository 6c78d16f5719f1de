/**
 * A sheet with one chart of every kind over a small synthetic table, for the tests of both chart
 * writers (the .xlsx one and the Office.js one): what each must carry into its chart.
 */
import type { ChartSpec, RangeRef, SheetDescription } from "../../src/core/dialogue/types";

export const CHART_SHEET = "Diagramtest";

/** One column of rows 2–6. */
const column = (col: number): RangeRef => ({ top: 2, left: col, bottom: 6, right: col });
const header = (col: number) => ({ row: 1, col });

// A: category, B–C: two shares, D: days (x), E–F: cumulative shares, G: n (x), H–J: rate, pooled, limit.
const HEADERS = [
  "Grupp",
  "Lön",
  "Bidrag",
  "Dagar",
  "Kvinnor",
  "Män",
  "Avslut",
  "Andel",
  "Medel",
  "Gräns 95 %",
];
const ROWS: Array<Array<string | number>> = [
  ["A", 0.6, 0.4, 30, 0.1, 0.05, 12, 0.5, 0.45, 0.2],
  ["B", 0.3, 0.7, 60, 0.2, 0.15, 25, 0.4, 0.45, 0.25],
  ["C", 0.5, 0.5, 90, 0.35, 0.3, 40, 0.55, 0.45, 0.3],
  ["D", 0.8, 0.2, 180, 0.5, 0.4, 60, 0.3, 0.45, 0.33],
  ["E", 0.1, 0.9, 365, 0.6, 0.55, 90, 0.45, 0.45, 0.35],
];

const anchor = (i: number) => ({ row: 8 + i * 16, col: 1, width: 8, height: 15 });

/** The charts by a name of the test's own: each kind, and a line both over categories and over numbers. */
export const CHARTS: Record<string, ChartSpec> = {
  clusteredColumn: {
    kind: "clusteredColumn",
    title: "Kolumner",
    categories: column(1),
    series: [
      { name: "Lön", nameCell: header(2), values: column(2), color: "8E5EA2" },
      { name: "Bidrag", nameCell: header(3), values: column(3), color: "3B8686" },
    ],
    anchor: anchor(0),
    numberFormat: "0%",
  },
  percentStackedBar: {
    kind: "percentStackedBar",
    title: "Inkomstkällor",
    categories: column(1),
    series: [
      { name: "Lön", nameCell: header(2), values: column(2), color: "8E5EA2" },
      { name: "Bidrag", nameCell: header(3), values: column(3), color: "3B8686" },
    ],
    anchor: anchor(1),
    numberFormat: "0%",
  },
  lineOverCategories: {
    kind: "line",
    title: "Linje över grupper",
    categories: column(1),
    series: [{ name: "Kvinnor", nameCell: header(5), values: column(5), color: "8E5EA2" }],
    anchor: anchor(2),
    numberFormat: "0%",
  },
  lineOverNumbers: {
    kind: "line",
    title: "Kumulativ andel",
    series: [
      { name: "Kvinnor", nameCell: header(5), values: column(5), x: column(4), color: "8E5EA2" },
      { name: "Män", nameCell: header(6), values: column(6), x: column(4), color: "3B8686" },
    ],
    anchor: anchor(3),
    numberFormat: "0%",
    valueAxis: { min: 0, max: 1, title: "Andel" },
    xAxis: { title: "Dagar efter avslut", min: 0 },
  },
  scatterWithLines: {
    kind: "scatterWithLines",
    title: "Tratt",
    series: [
      {
        name: "Andel",
        nameCell: header(8),
        values: column(8),
        x: column(7),
        color: "1F4E78",
        draw: "points",
      },
      {
        name: "Medel",
        nameCell: header(9),
        values: column(9),
        x: column(7),
        color: "404040",
        draw: "line",
      },
      {
        name: "Gräns 95 %",
        nameCell: header(10),
        values: column(10),
        x: column(7),
        color: "C00000",
        draw: "line",
        dash: true,
      },
    ],
    anchor: anchor(4),
    numberFormat: "0%",
    valueAxis: { min: 0, max: 1, title: "Andel" },
    xAxis: { title: "Antal avslut", numberFormat: "0" },
  },
};

/** The sheet holding the table and the charts (in the order of CHARTS). */
export function chartKindsSheet(): SheetDescription {
  const cells = [HEADERS, ...ROWS].flatMap((values, r) =>
    values.map((value, c) => ({ row: r + 1, col: c + 1, value }))
  );
  return {
    name: CHART_SHEET,
    meta: { template: "own", unit: null, period: "2025", made: "2026-11-27" },
    cells,
    merges: [],
    columnWidths: {},
    rowHeights: {},
    charts: Object.values(CHARTS),
  };
}

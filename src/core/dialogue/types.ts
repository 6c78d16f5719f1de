/**
 * The sheet description: what a result-dialogue sheet holds (cells, formats, merges, widths, a chart),
 * described once by the core so that the ExcelJS and Office.js adapters only have to carry it out.
 */

/** Fill and text look of a cell; colours are RRGGBB hex without '#'. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  verticalTop?: boolean;
  border?: boolean;
}

/** A scalar a cell holds (null = empty). */
export type SheetValue = string | number | boolean | null;

/** One cell, 1-based row and column. */
export interface CellSpec {
  row: number;
  col: number;
  /** The value written; for a formula cell, its computed result at build time (a snapshot for readers). */
  value: SheetValue;
  /**
   * A live formula without the leading "=", in Excel's English (file) syntax with commas. Custom
   * functions keep their `AMF.` names; the ExcelJS writer maps them to the form Excel stores in files.
   */
  formula?: string;
  /** Excel number format (locale-independent in the file: "0.0%", "#,##0"; Excel shows it in Swedish). */
  numberFormat?: string;
  style?: CellStyle;
  /**
   * Set on the cells the manager writes in (analysis, measures): the key lets "Uppdatera" carry the
   * manager's text over to the recomputed sheet.
   */
  managerText?: string;
}

/** A rectangular range, 1-based and inclusive. */
export interface RangeRef {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * What a chart draws. Category kinds take the chart's `categories` as their x axis; XY kinds take each
 * series' numeric `x`. A `line` is either: over categories (an Excel line chart) or, when its series
 * have `x`, over numbers (a scatter with straight lines, so unevenly spaced x values keep their distances).
 * - `clusteredColumn`: columns side by side per category (women and men per indicator);
 * - `percentStackedBar`: horizontal bars each summing to 100 % (shares of income sources per group);
 * - `line`: several series as lines (a cumulative-incidence curve);
 * - `scatterWithLines`: points of one series plus line series (a funnel plot: units, pooled rate, limits).
 */
export type ChartKind = "clusteredColumn" | "percentStackedBar" | "line" | "scatterWithLines";

/** One series of a chart; `name` is what the legend shows, `nameCell` the header cell holding it. */
export interface ChartSeries {
  name: string;
  nameCell: { row: number; col: number };
  /** The y values (one column, the same rows as the categories or as `x`). */
  values: RangeRef;
  color: string;
  /** Numeric x values (a `line` over numbers, every `scatterWithLines` series). */
  x?: RangeRef;
  /** `scatterWithLines`: "points" are markers without a line (the units), "line" a line without markers. */
  draw?: "points" | "line";
  /** A dashed line (outer control limits). */
  dash?: boolean;
}

/** An axis's bounds, title and number format (all optional: Excel picks them). */
export interface ChartAxis {
  min?: number;
  max?: number;
  title?: string;
  numberFormat?: string;
}

/** A chart over ranges of the same sheet. */
export interface ChartSpec {
  kind: ChartKind;
  title: string;
  /** The category labels (one column): the x axis of the category kinds and of a `line` without `x`. */
  categories?: RangeRef;
  series: ChartSeries[];
  /** Top-left cell and size in columns and rows. */
  anchor: { row: number; col: number; width: number; height: number };
  /** Number format of the value axis. */
  numberFormat: string;
  /** The value (y) axis; a clustered column chart of rates without one runs from 0 to 1. */
  valueAxis?: ChartAxis;
  /** The x axis of an XY chart. */
  xAxis?: ChartAxis;
}

/** True for a chart whose x axis is numbers (each series has `x`), false for a chart over categories. */
export function isXYChart(chart: ChartSpec): boolean {
  return (
    chart.kind === "scatterWithLines" || (chart.kind === "line" && chart.categories === undefined)
  );
}

/** What is wrong with a chart spec for its kind (null: nothing), so that both writers refuse it alike. */
export function chartProblem(chart: ChartSpec): string | null {
  if (chart.series.length === 0)
    return `Diagrammet "${chart.title}" har inga serier / has no series`;
  if (isXYChart(chart)) {
    const without = chart.series.find((s) => s.x === undefined);
    return without
      ? `Diagrammet "${chart.title}": serien "${without.name}" saknar x-värden / has no x values`
      : null;
  }
  return chart.categories
    ? null
    : `Diagrammet "${chart.title}" saknar kategorier / has no categories`;
}

/** What kind of sheet this is, and what it was made from (stored so "Uppdatera" can rebuild it). */
export interface SheetMeta {
  template: "jobbtorg" | "vux" | "kalkyl" | "overview" | "own" | "scb" | "sfi";
  unit: string | null;
  period: string;
  made: string;
}

/** A whole sheet to be added to the workbook. */
export interface SheetDescription {
  /** Wanted name; the writer picks a numbered name when it is taken. */
  name: string;
  meta: SheetMeta;
  cells: CellSpec[];
  merges: RangeRef[];
  /** Width in characters by 1-based column number. */
  columnWidths: Record<number, number>;
  /** Height in points by 1-based row number (wrapped headers and text areas; others keep the default). */
  rowHeights: Record<number, number>;
  charts: ChartSpec[];
}

/** Colours of the sheets (Office theme-like, legible when printed in grey). */
export const COLORS = {
  header: "DDEBF7",
  section: "1F4E78",
  banner: "F8CBAD",
  managerText: "FFF2CC",
  women: "8E5EA2",
  men: "3B8686",
  parameter: "FFF2CC",
} as const;

/** A value hidden by suppression, and one that could not be computed (SPEC §7). */
export const SUPPRESSED = "–";
export const MISSING = "..";

/** The cell styles every sheet shares: table headers, section headings, bordered and right-aligned cells. */
export const HEAD: CellStyle = {
  bold: true,
  fill: COLORS.header,
  wrap: true,
  border: true,
  verticalTop: true,
};
export const SECTION: CellStyle = { bold: true, fontSize: 13, color: COLORS.section };
export const BODY: CellStyle = { border: true };
export const RIGHT: CellStyle = { ...BODY, align: "right" };

/** Number formats used in the sheets (Excel file syntax; shown with the reader's separators). */
export const FORMATS = {
  rate: "0.0%",
  pp: "+0.0;-0.0;0.0",
  days: "0",
  count: "#,##0",
  index: "0",
  p: "0.000",
  money: "#,##0",
  percent2: "0.00%",
  text: "@",
} as const;

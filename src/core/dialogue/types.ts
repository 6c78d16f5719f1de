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

/** A clustered column chart over ranges of the same sheet: women and men side by side per indicator. */
export interface ChartSpec {
  type: "clusteredColumn";
  title: string;
  /** The category labels (one column). */
  categories: RangeRef;
  /** One series per gender; `name` is what the legend shows, `nameCell` the header cell holding it. */
  series: Array<{ name: string; nameCell: { row: number; col: number }; values: RangeRef; color: string }>;
  /** Top-left cell and size in columns and rows. */
  anchor: { row: number; col: number; width: number; height: number };
  /** Number format of the value axis. */
  numberFormat: string;
}

/** What kind of sheet this is, and what it was made from (stored so "Uppdatera" can rebuild it). */
export interface SheetMeta {
  template: "jobbtorg" | "vux" | "kalkyl" | "overview" | "own" | "scb";
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

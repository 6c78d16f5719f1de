/**
 * The Office.js writer of sheet descriptions (the ExcelJS writer's twin): a new sheet under a free
 * name with values, live formulas, number formats, fonts, fills, borders, merges, sizes and a
 * clustered column chart — all in one batch, since a dialogue sheet is a few hundred cells.
 */
import type { CellSpec, SheetDescription } from "../core/dialogue/types";
import { cellAddress } from "./addresses";
import { toExcelValue } from "./cellValues";
import type { ExcelRun } from "./excelRun";
import { freeSheetName } from "./sheetNames";

/** Points per character of column width (Excel's default 8.43 characters is 48 points). */
const POINTS_PER_CHAR = 5.7;

/** Key of the worksheet custom property that tells "Uppdatera" what a sheet was built from. */
export const META_PROPERTY = "resultatdialog";

function styleRange(range: Excel.Range, cell: CellSpec): void {
  const s = cell.style;
  if (!s) return;
  if (s.bold) range.format.font.bold = true;
  if (s.italic) range.format.font.italic = true;
  if (s.fontSize) range.format.font.size = s.fontSize;
  if (s.color) range.format.font.color = `#${s.color}`;
  if (s.fill) range.format.fill.color = `#${s.fill}`;
  if (s.wrap) range.format.wrapText = true;
  if (s.align) range.format.horizontalAlignment = s.align === "left" ? "Left" : s.align === "center" ? "Center" : "Right";
  if (s.verticalTop) range.format.verticalAlignment = "Top";
  if (s.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#BFBFBF";
    }
  }
}

/** Queues the description's cells, merges, sizes, chart and meta property onto a sheet (no sync). */
export function fillSheet(sheet: Excel.Worksheet, description: SheetDescription): void {
  sheet.showGridlines = false;
  for (const [col, width] of Object.entries(description.columnWidths)) {
    sheet.getRangeByIndexes(0, Number(col) - 1, 1, 1).format.columnWidth = width * POINTS_PER_CHAR;
  }
  for (const [row, height] of Object.entries(description.rowHeights)) {
    sheet.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = height;
  }
  for (const cell of description.cells) {
    const range = sheet.getRangeByIndexes(cell.row - 1, cell.col - 1, 1, 1);
    // The format first: a text-formatted cell keeps "=AMF…" formula text as text.
    if (cell.numberFormat) range.numberFormat = [[cell.numberFormat]];
    if (cell.formula) range.formulas = [[`=${cell.formula}`]];
    else if (cell.value !== null) range.values = [[toExcelValue(cell.value)]];
    styleRange(range, cell);
  }
  for (const m of description.merges) {
    sheet.getRangeByIndexes(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }
  for (const spec of description.charts) {
    // The chart's data block: the header row with the series names above the categories and values.
    const top = spec.series[0].nameCell.row;
    const right = spec.series[spec.series.length - 1].values.right;
    const data = sheet.getRangeByIndexes(top - 1, spec.categories.left - 1, spec.categories.bottom - top + 1, right - spec.categories.left + 1);
    const chart = sheet.charts.add("ColumnClustered", data, "Columns");
    chart.title.text = spec.title;
    chart.legend.position = "Bottom";
    chart.axes.valueAxis.numberFormat = spec.numberFormat;
    spec.series.forEach((s, i) => chart.series.getItemAt(i).format.fill.setSolidColor(`#${s.color}`));
    const { row, col, width, height } = spec.anchor;
    chart.setPosition(cellAddress(row - 1, col - 1), cellAddress(row + height - 2, col + width - 2));
  }
  // Stored with the sheet so that "Uppdatera" can rebuild it (ExcelApi 1.12, required by the manifest).
  sheet.customProperties.add(META_PROPERTY, JSON.stringify(description.meta));
}

/** Adds the described sheet (never replacing one) and returns the name it got. */
export async function writeSheetDescription(run: ExcelRun, description: SheetDescription): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = freeSheetName(sheets.items.map((s) => s.name), description.name);
    fillSheet(sheets.add(name), description);
    await context.sync();
    return name;
  });
}

/**
 * The Office.js writer of sheet descriptions (the ExcelJS writer's twin): a new sheet under a free
 * name with values, live formulas, number formats, fonts, fills, borders, merges, sizes and charts
 * of the four kinds — all in one batch, since a dialogue sheet is a few hundred cells.
 */
import { chartProblem, isXYChart } from "../core/dialogue/types";
import type {
  CellSpec,
  ChartAxis,
  ChartSeries,
  ChartSpec,
  RangeRef,
  SheetDescription,
} from "../core/dialogue/types";
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
  if (s.align)
    range.format.horizontalAlignment =
      s.align === "left" ? "Left" : s.align === "center" ? "Center" : "Right";
  if (s.verticalTop) range.format.verticalAlignment = "Top";
  if (s.border) {
    for (const edge of ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as const) {
      const border = range.format.borders.getItem(edge);
      border.style = "Continuous";
      border.color = "#BFBFBF";
    }
  }
}

/** Excel's chart type for a spec (a `line` over numbers is a scatter with straight lines between its points). */
export function officeChartType(
  spec: ChartSpec
): "ColumnClustered" | "BarStacked100" | "Line" | "XYScatterLines" | "XYScatter" {
  switch (spec.kind) {
    case "clusteredColumn":
      return "ColumnClustered";
    case "percentStackedBar":
      return "BarStacked100";
    case "line":
      return isXYChart(spec) ? "XYScatterLines" : "Line";
    case "scatterWithLines":
      return "XYScatter";
  }
}

function styleAxis(axis: Excel.ChartAxis, spec: ChartAxis | undefined): void {
  if (spec?.min !== undefined) axis.minimum = spec.min;
  if (spec?.max !== undefined) axis.maximum = spec.max;
  if (spec?.title) axis.title.text = spec.title;
  if (spec?.numberFormat) axis.numberFormat = spec.numberFormat;
}

/** A series' look: filled bars, or a line (dashed for outer limits), or markers without a line (the units). */
function styleSeries(series: Excel.ChartSeries, spec: ChartSpec, s: ChartSeries): void {
  if (spec.kind === "clusteredColumn" || spec.kind === "percentStackedBar") {
    series.format.fill.setSolidColor(`#${s.color}`);
    return;
  }
  if (spec.kind === "scatterWithLines" && s.draw === "points") {
    series.markerStyle = "Circle";
    series.markerSize = 7;
    series.markerBackgroundColor = `#${s.color}`;
    series.markerForegroundColor = `#${s.color}`;
    series.format.line.lineStyle = "None";
    return;
  }
  // In an XYScatter chart (markers only) a line series must be a line series of its own.
  if (spec.kind === "scatterWithLines") series.chartType = "XYScatterLinesNoMarkers";
  series.markerStyle = "None";
  series.format.line.color = `#${s.color}`;
  series.format.line.lineStyle = s.dash ? "Dash" : "Continuous";
}

/** Queues one chart of any kind onto the sheet. */
function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const problem = chartProblem(spec);
  if (problem) throw new Error(problem);
  const range = (r: RangeRef) =>
    sheet.getRangeByIndexes(r.top - 1, r.left - 1, r.bottom - r.top + 1, r.right - r.left + 1);
  let chart: Excel.Chart;
  if (spec.kind === "clusteredColumn") {
    // The chart's data block: the header row with the series names above the categories and values.
    const categories = spec.categories!;
    const top = spec.series[0].nameCell.row;
    const right = spec.series[spec.series.length - 1].values.right;
    chart = sheet.charts.add(
      officeChartType(spec),
      range({ top, left: categories.left, bottom: categories.bottom, right }),
      "Columns"
    );
    spec.series.forEach((s, i) => styleSeries(chart.series.getItemAt(i), spec, s));
  } else {
    // Series by series, each with its own ranges: the data of these kinds need not be one block.
    chart = sheet.charts.add(officeChartType(spec), range(spec.series[0].values), "Columns");
    spec.series.forEach((s, i) => {
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(range(s.values));
      const x = s.x ?? (isXYChart(spec) ? undefined : spec.categories);
      if (x) series.setXAxisValues(range(x));
      styleSeries(series, spec, s);
    });
    if (spec.kind === "percentStackedBar") {
      // The first category on top, as the sheet lists them; the value axis then sits at the bottom.
      chart.axes.categoryAxis.reversePlotOrder = true;
      chart.axes.categoryAxis.position = "Maximum";
      chart.dataLabels.showValue = true;
    }
    if (isXYChart(spec)) styleAxis(chart.axes.categoryAxis, spec.xAxis);
  }
  chart.title.text = spec.title;
  chart.legend.position = "Bottom";
  chart.axes.valueAxis.numberFormat = spec.numberFormat;
  styleAxis(chart.axes.valueAxis, spec.valueAxis);
  const { row, col, width, height } = spec.anchor;
  chart.setPosition(cellAddress(row - 1, col - 1), cellAddress(row + height - 2, col + width - 2));
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
    sheet
      .getRangeByIndexes(m.top - 1, m.left - 1, m.bottom - m.top + 1, m.right - m.left + 1)
      .merge(false);
  }
  for (const spec of description.charts) addChart(sheet, spec);
  // Stored with the sheet so that "Uppdatera" can rebuild it (ExcelApi 1.12, required by the manifest).
  sheet.customProperties.add(META_PROPERTY, JSON.stringify(description.meta));
}

/** Adds the described sheet (never replacing one) and returns the name it got. */
export async function writeSheetDescription(
  run: ExcelRun,
  description: SheetDescription
): Promise<string> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const name = freeSheetName(
      sheets.items.map((s) => s.name),
      description.name
    );
    fillSheet(sheets.add(name), description);
    await context.sync();
    return name;
  });
}

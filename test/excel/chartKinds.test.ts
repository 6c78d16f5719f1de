/**
 * Charts of every kind written through the Office.js writer into the fake Office host: the chart type
 * Excel is asked for, and each series' name, values, x values and look as the fake records them at sync.
 */
import type { ExcelRun } from "../../src/excel/excelRun";
import { writeSheetDescription } from "../../src/excel/writeSheetDescription";
import { extrasOf, FakeWorkbook, fakeExcelRun } from "../fakes/fakeExcel";
import type { FakeChartRecord } from "../fakes/fakeSheetState";
import { CHART_SHEET, CHARTS, chartKindsSheet } from "../helpers/chartKinds";

let charts: Map<string, FakeChartRecord>;

beforeAll(async () => {
  const wb = new FakeWorkbook();
  wb.addSheet("Avslut", [["Personnummer"]]);
  const name = await writeSheetDescription(
    fakeExcelRun(wb) as unknown as ExcelRun,
    chartKindsSheet()
  );
  expect(name).toBe(CHART_SHEET);
  const written = extrasOf(wb.sheet(CHART_SHEET)!).charts;
  expect(written).toHaveLength(Object.keys(CHARTS).length);
  charts = new Map(Object.keys(CHARTS).map((key, i) => [key, written[i]]));
});

test("each kind asks Excel for its chart type", () => {
  expect(Object.fromEntries([...charts].map(([key, c]) => [key, c.type]))).toEqual({
    clusteredColumn: "ColumnClustered",
    percentStackedBar: "BarStacked100",
    lineOverCategories: "Line",
    lineOverNumbers: "XYScatterLines",
    scatterWithLines: "XYScatter",
  });
  expect([...charts.values()].map((c) => c.title)).toEqual(
    Object.values(CHARTS).map((c) => c.title)
  );
  expect(charts.get("scatterWithLines")!.position).toEqual(["A72", "H86"]);
});

test("a clustered column chart is made from its data block, as before", () => {
  const c = charts.get("clusteredColumn")!;
  expect(c.source).toBe("A1:C6");
  expect(c.series).toEqual([
    { "format.fill.color": "#8E5EA2" },
    { "format.fill.color": "#3B8686" },
  ]);
});

test("the other kinds set each series' name and ranges, categories as x of a category chart", () => {
  expect(
    charts
      .get("percentStackedBar")!
      .series.map((s) => [s.name, s.values, s.xValues, s["format.fill.color"]])
  ).toEqual([
    ["Lön", "B2:B6", "A2:A6", "#8E5EA2"],
    ["Bidrag", "C2:C6", "A2:A6", "#3B8686"],
  ]);
  expect(charts.get("percentStackedBar")!.parts).toMatchObject({
    "categoryAxis.reversePlotOrder": true,
    "categoryAxis.position": "Maximum",
  });
  expect(
    charts.get("lineOverCategories")!.series.map((s) => [s.name, s.values, s.xValues])
  ).toEqual([["Kvinnor", "E2:E6", "A2:A6"]]);
  expect(
    charts.get("lineOverNumbers")!.series.map((s) => [s.name, s.values, s.xValues, s.markerStyle])
  ).toEqual([
    ["Kvinnor", "E2:E6", "D2:D6", "None"],
    ["Män", "F2:F6", "D2:D6", "None"],
  ]);
  expect(charts.get("lineOverNumbers")!.parts).toMatchObject({
    "categoryAxis.title.text": "Dagar efter avslut",
    "categoryAxis.minimum": 0,
    "valueAxis.maximum": 1,
    "valueAxis.title.text": "Andel",
  });
});

test("a scatter with lines: markers without a line for the points, lines of their own type for the limits", () => {
  const series = charts.get("scatterWithLines")!.series;
  expect(series.map((s) => [s.name, s.values, s.xValues])).toEqual([
    ["Andel", "H2:H6", "G2:G6"],
    ["Medel", "I2:I6", "G2:G6"],
    ["Gräns 95 %", "J2:J6", "G2:G6"],
  ]);
  expect(series.map((s) => [s.chartType, s.markerStyle, s["format.line.lineStyle"]])).toEqual([
    [undefined, "Circle", "None"],
    ["XYScatterLinesNoMarkers", "None", "Continuous"],
    ["XYScatterLinesNoMarkers", "None", "Dash"],
  ]);
  expect(charts.get("scatterWithLines")!.parts).toMatchObject({
    "categoryAxis.numberFormat": "0",
    "valueAxis.numberFormat": "0%",
  });
});

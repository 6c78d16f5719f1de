/**
 * Charts of every kind in the written .xlsx: each chart part parsed as XML (saxes, namespace-aware),
 * with its chart-type element, its grouping and the references of each series checked.
 */
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import type { ChartSpec } from "../../src/core/dialogue/types";
import { chartXml } from "../../src/xlsx/charts";
import { descriptionsToXlsx } from "../../src/xlsx";
import { CHART_SHEET, CHARTS, chartKindsSheet } from "../helpers/chartKinds";

interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
  text: string;
}

/** The parsed element tree (local names with their prefix, as the chart part writes them). */
function parse(xml: string): XmlNode {
  const parser = new SaxesParser({ xmlns: true });
  const root: XmlNode = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  parser.on("opentag", (tag) => {
    const node: XmlNode = {
      name: tag.name,
      attributes: Object.fromEntries(
        Object.entries(tag.attributes).map(([k, a]) => [k, typeof a === "string" ? a : a.value])
      ),
      children: [],
      text: "",
    };
    stack[stack.length - 1].children.push(node);
    stack.push(node);
  });
  parser.on("text", (text) => void (stack[stack.length - 1].text += text));
  parser.on("closetag", () => void stack.pop());
  parser.write(xml).close();
  return root.children[0];
}

const all = (node: XmlNode, name: string): XmlNode[] => [
  ...(node.name === name ? [node] : []),
  ...node.children.flatMap((c) => all(c, name)),
];
const one = (node: XmlNode, name: string): XmlNode => {
  const found = all(node, name);
  if (found.length !== 1) throw new Error(`${found.length} × ${name}`);
  return found[0];
};
const child = (node: XmlNode, name: string): XmlNode | undefined =>
  node.children.find((c) => c.name === name);
const val = (node: XmlNode, name: string): string | undefined => child(node, name)?.attributes.val;

/** The formula of a series part (c:tx, c:cat, c:val, c:xVal, c:yVal). */
const formula = (ser: XmlNode, part: string): string | undefined => {
  const p = child(ser, part);
  return p ? one(p, "c:f").text : undefined;
};

const REF = (cols: string) => `'${CHART_SHEET}'!${cols}`;

let parts: Map<string, XmlNode>;

beforeAll(async () => {
  const { bytes } = await descriptionsToXlsx([chartKindsSheet()]);
  const zip = await JSZip.loadAsync(bytes);
  const drawing = parse(await zip.file("xl/drawings/drawing1.xml")!.async("string"));
  const rels = parse(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string"));
  const target = new Map(
    all(rels, "Relationship").map((r) => [
      r.attributes.Id,
      r.attributes.Target.replace("../", "xl/"),
    ])
  );
  // The charts in anchor order, which is the order of CHARTS.
  const files = all(drawing, "c:chart").map((c) => target.get(c.attributes["r:id"])!);
  const names = Object.keys(CHARTS);
  expect(files).toHaveLength(names.length);
  parts = new Map();
  for (const [i, file] of files.entries())
    parts.set(names[i], parse(await zip.file(file)!.async("string")));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  for (const file of files) expect(types).toContain(`PartName="/${file}"`);
});

test("a clustered column chart: columns side by side, each series over the categories", () => {
  const bar = one(parts.get("clusteredColumn")!, "c:barChart");
  expect([val(bar, "c:barDir"), val(bar, "c:grouping")]).toEqual(["col", "clustered"]);
  const series = all(bar, "c:ser");
  expect(series.map((s) => [formula(s, "c:tx"), formula(s, "c:cat"), formula(s, "c:val")])).toEqual(
    [
      [REF("$B$1:$B$1"), REF("$A$2:$A$6"), REF("$B$2:$B$6")],
      [REF("$C$1:$C$1"), REF("$A$2:$A$6"), REF("$C$2:$C$6")],
    ]
  );
  // Rates as before: the value axis runs from 0 to 100 %.
  const scaling = one(one(parts.get("clusteredColumn")!, "c:valAx"), "c:scaling");
  expect([val(scaling, "c:min"), val(scaling, "c:max")]).toEqual(["0", "1"]);
});

test("a 100 % stacked bar chart: horizontal bars, percent-stacked and overlapping, first category on top", () => {
  const chart = parts.get("percentStackedBar")!;
  const bar = one(chart, "c:barChart");
  expect([val(bar, "c:barDir"), val(bar, "c:grouping"), val(bar, "c:overlap")]).toEqual([
    "bar",
    "percentStacked",
    "100",
  ]);
  expect(all(bar, "c:ser").map((s) => [formula(s, "c:cat"), formula(s, "c:val")])).toEqual([
    [REF("$A$2:$A$6"), REF("$B$2:$B$6")],
    [REF("$A$2:$A$6"), REF("$C$2:$C$6")],
  ]);
  expect(val(one(one(chart, "c:catAx"), "c:scaling"), "c:orientation")).toBe("maxMin");
  expect(all(chart, "c:lineChart").concat(all(chart, "c:scatterChart"))).toEqual([]);
});

test("a line over categories is a line chart with a category axis", () => {
  const chart = parts.get("lineOverCategories")!;
  const line = one(chart, "c:lineChart");
  expect(val(line, "c:grouping")).toBe("standard");
  expect(
    all(line, "c:ser").map((s) => [formula(s, "c:tx"), formula(s, "c:cat"), formula(s, "c:val")])
  ).toEqual([[REF("$E$1:$E$1"), REF("$A$2:$A$6"), REF("$E$2:$E$6")]]);
  expect(all(chart, "c:catAx")).toHaveLength(1);
});

test("a line over numbers is a scatter with straight lines and two value axes, x keeping its distances", () => {
  const chart = parts.get("lineOverNumbers")!;
  const scatter = one(chart, "c:scatterChart");
  expect(val(scatter, "c:scatterStyle")).toBe("lineMarker");
  expect(
    all(scatter, "c:ser").map((s) => [
      formula(s, "c:xVal"),
      formula(s, "c:yVal"),
      val(s, "c:smooth"),
    ])
  ).toEqual([
    [REF("$D$2:$D$6"), REF("$E$2:$E$6"), "0"],
    [REF("$D$2:$D$6"), REF("$F$2:$F$6"), "0"],
  ]);
  const [x, y] = all(chart, "c:valAx");
  expect([val(x, "c:axPos"), val(one(x, "c:scaling"), "c:min"), one(x, "a:t").text]).toEqual([
    "b",
    "0",
    "Dagar efter avslut",
  ]);
  expect([val(y, "c:axPos"), val(one(y, "c:scaling"), "c:max"), one(y, "a:t").text]).toEqual([
    "l",
    "1",
    "Andel",
  ]);
  expect(all(chart, "c:catAx")).toEqual([]);
});

test("a scatter with lines: the points without a line, the lines without markers, the outer limit dashed", () => {
  const scatter = one(parts.get("scatterWithLines")!, "c:scatterChart");
  const series = all(scatter, "c:ser");
  expect(
    series.map((s) => [formula(s, "c:tx"), formula(s, "c:xVal"), formula(s, "c:yVal")])
  ).toEqual([
    [REF("$H$1:$H$1"), REF("$G$2:$G$6"), REF("$H$2:$H$6")],
    [REF("$I$1:$I$1"), REF("$G$2:$G$6"), REF("$I$2:$I$6")],
    [REF("$J$1:$J$1"), REF("$G$2:$G$6"), REF("$J$2:$J$6")],
  ]);
  const symbol = (s: XmlNode) => val(child(s, "c:marker")!, "c:symbol");
  const lineFilled = (s: XmlNode) =>
    child(one(child(s, "c:spPr")!, "a:ln"), "a:noFill") === undefined;
  const dashed = (s: XmlNode) => all(s, "a:prstDash").map((d) => d.attributes.val);
  expect(series.map((s) => [symbol(s), lineFilled(s), dashed(s)])).toEqual([
    ["circle", false, []],
    ["none", true, []],
    ["none", true, ["dash"]],
  ]);
});

test("a chart that lacks what its kind needs is refused with a message, not written wrong", () => {
  const noX: ChartSpec = {
    ...CHARTS.scatterWithLines,
    series: [{ ...CHARTS.scatterWithLines.series[0], x: undefined }],
  };
  expect(() => chartXml(CHART_SHEET, noX)).toThrow(
    'Diagrammet "Tratt": serien "Andel" saknar x-värden / has no x values'
  );
  const noCategories: ChartSpec = { ...CHARTS.percentStackedBar, categories: undefined };
  expect(() => chartXml(CHART_SHEET, noCategories)).toThrow(
    'Diagrammet "Inkomstkällor" saknar kategorier / has no categories'
  );
});

/**
 * Charts for .xlsx files. ExcelJS reads and writes no charts, so after it has saved the workbook the
 * chart parts (DrawingML) are added to the zip with JSZip, which ExcelJS itself depends on: a drawing
 * per sheet, a chart per spec (clustered columns, 100 % stacked bars, lines or a scatter with lines), and the relationships and content types that tie them in.
 */
import JSZip from "jszip";
import { chartProblem, isXYChart } from "../core/dialogue/types";
import type { ChartAxis, ChartSeries, ChartSpec, RangeRef } from "../core/dialogue/types";
import { columnLetters } from "../core/workbook/addresses";

/** A chart to add to the sheet of that name. */
export interface SheetChart {
  sheet: string;
  chart: ChartSpec;
}

function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function ref(sheet: string, r: RangeRef): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return escapeXml(
    `${quoted}!$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`
  );
}

const cellRef = (sheet: string, cell: { row: number; col: number }): string =>
  ref(sheet, { top: cell.row, left: cell.col, bottom: cell.row, right: cell.col });

const fill = (color: string): string => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

/** Rich text of a chart or axis title (an axis title of the vertical axis turned a quarter). */
function titleXml(text: string, vertical = false): string {
  const body = vertical ? `<a:bodyPr rot="-5400000" vert="horz"/>` : `<a:bodyPr/>`;
  return `<c:title><c:tx><c:rich>${body}<a:p><a:r><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

function labelsXml(format: string, sourceLinked = false): string {
  return `<c:dLbls><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="${sourceLinked ? 1 : 0}"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
}

/** A line's outline: the series colour, dashed for outer limits. */
function lineXml(s: ChartSeries): string {
  return `<a:ln w="19050" cap="rnd">${fill(s.color)}${s.dash ? `<a:prstDash val="dash"/>` : ""}<a:round/></a:ln>`;
}

/** One series, in the element order of its kind's schema type (CT_BarSer, CT_LineSer, CT_ScatterSer). */
function seriesXml(sheet: string, chart: ChartSpec, s: ChartSeries, i: number): string {
  const head = `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef><c:f>${cellRef(sheet, s.nameCell)}</c:f></c:strRef></c:tx>`;
  const cat = chart.categories
    ? `<c:cat><c:strRef><c:f>${ref(sheet, chart.categories)}</c:f></c:strRef></c:cat>`
    : "";
  const val = `<c:val><c:numRef><c:f>${ref(sheet, s.values)}</c:f></c:numRef></c:val>`;
  switch (chart.kind) {
    case "clusteredColumn":
      return `${head}<c:spPr>${fill(s.color)}</c:spPr><c:invertIfNegative val="0"/>${labelsXml("0%")}${cat}${val}</c:ser>`;
    case "percentStackedBar":
      // The labels show what the cells show (a count or a share); the bar's length is its share of the row.
      return `${head}<c:spPr>${fill(s.color)}</c:spPr><c:invertIfNegative val="0"/>${labelsXml("General", true)}${cat}${val}</c:ser>`;
    case "line":
    case "scatterWithLines": {
      const points = chart.kind === "scatterWithLines" && s.draw === "points";
      const spPr = points
        ? `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr>`
        : `<c:spPr>${lineXml(s)}</c:spPr>`;
      const marker = points
        ? `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr>${fill(s.color)}<a:ln w="9525">${fill(s.color)}</a:ln></c:spPr></c:marker>`
        : `<c:marker><c:symbol val="none"/></c:marker>`;
      if (!isXYChart(chart))
        return `${head}${spPr}${marker}${cat}${val}<c:smooth val="0"/></c:ser>`;
      const x = `<c:xVal><c:numRef><c:f>${ref(sheet, s.x!)}</c:f></c:numRef></c:xVal>`;
      const y = `<c:yVal><c:numRef><c:f>${ref(sheet, s.values)}</c:f></c:numRef></c:yVal>`;
      return `${head}${spPr}${marker}${x}${y}<c:smooth val="0"/></c:ser>`;
    }
  }
}

/** The chart-type element holding the series (c:barChart, c:lineChart or c:scatterChart). */
function plotXml(sheet: string, chart: ChartSpec): string {
  const series = chart.series.map((s, i) => seriesXml(sheet, chart, s, i)).join("");
  const axes = `<c:axId val="111"/><c:axId val="222"/>`;
  switch (chart.kind) {
    case "clusteredColumn":
      return `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="80"/>${axes}</c:barChart>`;
    case "percentStackedBar":
      return `<c:barChart><c:barDir val="bar"/><c:grouping val="percentStacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/>${axes}</c:barChart>`;
    case "line":
    case "scatterWithLines":
      if (!isXYChart(chart))
        return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axes}</c:lineChart>`;
      return `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${series}${axes}</c:scatterChart>`;
  }
}

function scalingXml(axis: ChartAxis | undefined): string {
  const max = axis?.max === undefined ? "" : `<c:max val="${axis.max}"/>`;
  const min = axis?.min === undefined ? "" : `<c:min val="${axis.min}"/>`;
  return `<c:scaling><c:orientation val="minMax"/>${max}${min}</c:scaling>`;
}

/** The axes: a category axis (bottom, or left for bars, first category on top) or a numeric x axis, and the value axis. */
function axesXml(chart: ChartSpec): string {
  const bars = chart.kind === "percentStackedBar";
  // A clustered column chart of rates without a value axis of its own runs from 0 to 100 % (as it always has).
  const valueAxis =
    chart.valueAxis ?? (chart.kind === "clusteredColumn" ? { min: 0, max: 1 } : undefined);
  const valueTitle = valueAxis?.title ? titleXml(valueAxis.title, !bars) : "";
  const valueFormat = `<c:numFmt formatCode="${escapeXml(chart.numberFormat)}" sourceLinked="0"/>`;
  if (isXYChart(chart)) {
    const x = chart.xAxis;
    const xFormat = `<c:numFmt formatCode="${escapeXml(x?.numberFormat ?? "General")}" sourceLinked="0"/>`;
    return (
      `<c:valAx><c:axId val="111"/>${scalingXml(x)}<c:delete val="0"/><c:axPos val="b"/>${x?.title ? titleXml(x.title) : ""}${xFormat}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>` +
      `<c:valAx><c:axId val="222"/>${scalingXml(valueAxis)}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${valueTitle}${valueFormat}<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/></c:valAx>`
    );
  }
  if (bars) {
    // Categories read from the top down (maxMin); the value axis then crosses at the last one, at the bottom.
    return (
      `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
      `<c:valAx><c:axId val="222"/>${scalingXml(valueAxis)}<c:delete val="0"/><c:axPos val="b"/><c:majorGridlines/>${valueTitle}${valueFormat}<c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="max"/><c:crossBetween val="between"/></c:valAx>`
    );
  }
  return (
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/>${scalingXml(valueAxis)}<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/>${valueTitle}${valueFormat}<c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`
  );
}

/** The chart part (c:chartSpace) of a chart of any kind. */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const problem = chartProblem(chart);
  if (problem) throw new Error(problem);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart>${titleXml(chart.title)}` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>${plotXml(sheet, chart)}${axesXml(chart)}` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

function anchorXml(chart: ChartSpec, relId: string, id: number): string {
  const { row, col, width, height } = chart.anchor;
  return (
    `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${col - 1 + width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1 + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Diagram ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** The zip path of each sheet by name, from workbook.xml and its relationships. */
export async function sheetPaths(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const target = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, "xl/"));
  }
  const paths = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    if (name && id && targets.has(id))
      paths.set(
        name
          .replace(/&amp;/g, "&")
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&apos;/g, "'"),
        targets.get(id)!
      );
  }
  return paths;
}

/** Adds the charts to a saved workbook (its bytes); sheets that already have a drawing are skipped. */
export async function addCharts(
  xlsx: Uint8Array,
  charts: readonly SheetChart[]
): Promise<Uint8Array> {
  if (charts.length === 0) return xlsx;
  const zip = await JSZip.loadAsync(xlsx);
  const paths = await sheetPaths(zip);
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const existing = Object.keys(zip.files);
  let chartNo = existing.filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).length;
  let drawingNo = existing.filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f)).length;
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c.chart]);
  for (const [sheet, specs] of bySheet) {
    const path = paths.get(sheet);
    if (!path) continue;
    let sheetXml = await zip.file(path)!.async("string");
    if (sheetXml.includes("<drawing ")) continue;
    drawingNo++;
    const anchors: string[] = [];
    const drawingRels: string[] = [];
    specs.forEach((spec, i) => {
      chartNo++;
      zip.file(`xl/charts/chart${chartNo}.xml`, chartXml(sheet, spec));
      types = types.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`
      );
      drawingRels.push(
        `<Relationship Id="rId${i + 1}" Type="${REL_NS}/chart" Target="../charts/chart${chartNo}.xml"/>`
      );
      anchors.push(anchorXml(spec, `rId${i + 1}`, i + 1));
    });
    zip.file(
      `xl/drawings/drawing${drawingNo}.xml`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">${anchors.join("")}</xdr:wsDr>`
    );
    zip.file(
      `xl/drawings/_rels/drawing${drawingNo}.xml.rels`,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`
    );
    types = types.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`
    );

    const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
    let rels = zip.file(relsPath)
      ? await zip.file(relsPath)!.async("string")
      : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const relId = `rIdChart${drawingNo}`;
    rels = rels.replace(
      "</Relationships>",
      `<Relationship Id="${relId}" Type="${REL_NS}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`
    );
    zip.file(relsPath, rels);
    // <drawing> must follow pageSetup/headerFooter and precede legacyDrawing/tableParts/extLst (CT_Worksheet order).
    const tag = `<drawing r:id="${relId}"/>`;
    const before =
      /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(
        sheetXml
      );
    sheetXml = before
      ? sheetXml.slice(0, before.index) + tag + sheetXml.slice(before.index)
      : sheetXml.replace("</worksheet>", `${tag}</worksheet>`);
    if (!/xmlns:r=/.test(sheetXml.slice(0, 500)))
      sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${REL_NS}" `);
    zip.file(path, sheetXml);
  }
  zip.file("[Content_Types].xml", types);
  // Bytes, not a Node Buffer: the task pane runs this in the browser.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

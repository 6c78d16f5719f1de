/**
 * Charts for .xlsx files. ExcelJS reads and writes no charts, so after it has saved the workbook the
 * chart parts (DrawingML) are added to the zip with JSZip, which ExcelJS itself depends on: a drawing
 * per sheet, a clustered column chart per spec, and the relationships and content types that tie them in.
 */
import JSZip from "jszip";
import type { ChartSpec, RangeRef } from "../core/dialogue/types";
import { columnLetters } from "../core/workbook/addresses";

/** A chart to add to the sheet of that name. */
export interface SheetChart {
  sheet: string;
  chart: ChartSpec;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function ref(sheet: string, r: RangeRef): string {
  const quoted = `'${sheet.replace(/'/g, "''")}'`;
  return escapeXml(`${quoted}!$${columnLetters(r.left)}$${r.top}:$${columnLetters(r.right)}$${r.bottom}`);
}

/** The chart part (c:chartSpace) of a clustered column chart, women and men as two series. */
export function chartXml(sheet: string, chart: ChartSpec): string {
  const series = chart.series
    .map(
      (s, i) => `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${ref(sheet, { top: s.nameCell.row, left: s.nameCell.col, bottom: s.nameCell.row, right: s.nameCell.col })}</c:f></c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${s.color}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>` +
        `<c:cat><c:strRef><c:f>${ref(sheet, chart.categories)}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${ref(sheet, s.values)}</c:f></c:numRef></c:val></c:ser>`
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${escapeXml(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    `<c:gapWidth val="80"/><c:axId val="111"/><c:axId val="222"/></c:barChart>` +
    `<c:catAx><c:axId val="111"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="222"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/></c:catAx>` +
    `<c:valAx><c:axId val="222"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="${escapeXml(chart.numberFormat)}" sourceLinked="0"/><c:tickLblPos val="nextTo"/><c:crossAx val="111"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`;
}

function anchorXml(chart: ChartSpec, relId: string, id: number): string {
  const { row, col, width, height } = chart.anchor;
  return `<xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>${col - 1}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
    `<xdr:to><xdr:col>${col - 1 + width}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row - 1 + height}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${id + 1}" name="Diagram ${id}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;
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
    if (name && id && targets.has(id)) paths.set(name.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'"), targets.get(id)!);
  }
  return paths;
}

/** Adds the charts to a saved workbook (its bytes); sheets that already have a drawing are skipped. */
export async function addCharts(xlsx: Uint8Array, charts: readonly SheetChart[]): Promise<Uint8Array> {
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
      types = types.replace("</Types>", `<Override PartName="/xl/charts/chart${chartNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>`);
      drawingRels.push(`<Relationship Id="rId${i + 1}" Type="${REL_NS}/chart" Target="../charts/chart${chartNo}.xml"/>`);
      anchors.push(anchorXml(spec, `rId${i + 1}`, i + 1));
    });
    zip.file(`xl/drawings/drawing${drawingNo}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL_NS}">${anchors.join("")}</xdr:wsDr>`);
    zip.file(`xl/drawings/_rels/drawing${drawingNo}.xml.rels`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${drawingRels.join("")}</Relationships>`);
    types = types.replace("</Types>", `<Override PartName="/xl/drawings/drawing${drawingNo}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>`);

    const relsPath = path.replace(/([^/]+)$/, "_rels/$1.rels");
    let rels = zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    const relId = `rIdChart${drawingNo}`;
    rels = rels.replace("</Relationships>", `<Relationship Id="${relId}" Type="${REL_NS}/drawing" Target="../drawings/drawing${drawingNo}.xml"/></Relationships>`);
    zip.file(relsPath, rels);
    // <drawing> must follow pageSetup/headerFooter and precede legacyDrawing/tableParts/extLst (CT_Worksheet order).
    const tag = `<drawing r:id="${relId}"/>`;
    const before = /<(legacyDrawing|legacyDrawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/.exec(sheetXml);
    sheetXml = before ? sheetXml.slice(0, before.index) + tag + sheetXml.slice(before.index) : sheetXml.replace("</worksheet>", `${tag}</worksheet>`);
    if (!/xmlns:r=/.test(sheetXml.slice(0, 500))) sheetXml = sheetXml.replace("<worksheet ", `<worksheet xmlns:r="${REL_NS}" `);
    zip.file(path, sheetXml);
  }
  zip.file("[Content_Types].xml", types);
  // Bytes, not a Node Buffer: the task pane runs this in the browser.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

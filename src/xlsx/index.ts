/**
 * Sheet descriptions → the bytes of an .xlsx file: the one writer of the CLI's `report` and the task
 * pane's "Spara som egen fil". ExcelJS and JSZip only, no Node or Office APIs, so the same code runs in
 * Node and in the page (where it is a chunk of its own, loaded when the button is pressed: ExcelJS is
 * about 1 MB).
 */
import ExcelJS from "exceljs";
import type { SheetDescription } from "../core/dialogue/types";
import { addCharts, SheetChart } from "./charts";
import { writeDescription } from "./sheetWriter";

export { addCharts, sheetPaths } from "./charts";
export type { SheetChart } from "./charts";
export { fileFormula, writeDescription } from "./sheetWriter";
export { freeSheetName } from "../core/workbook/sheetNames";

/** A written workbook: its bytes and the names its sheets got (free names, in order). */
export interface XlsxFile {
  bytes: Uint8Array;
  sheets: string[];
}

/** A new workbook's bytes, with the charts added after ExcelJS has saved it. */
export async function workbookToXlsx(
  workbook: ExcelJS.Workbook,
  charts: readonly SheetChart[]
): Promise<Uint8Array> {
  const saved = new Uint8Array(await workbook.xlsx.writeBuffer());
  return addCharts(saved, charts);
}

/** A new workbook holding exactly the described sheets, in order, and nothing else. */
export async function descriptionsToXlsx(
  descriptions: readonly SheetDescription[]
): Promise<XlsxFile> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "resultatdialog";
  const sheets: string[] = [];
  const charts: SheetChart[] = [];
  for (const description of descriptions) {
    const result = writeDescription(workbook, description);
    sheets.push(result.name);
    charts.push(...result.charts.map((chart) => ({ sheet: result.name, chart })));
  }
  return { bytes: await workbookToXlsx(workbook, charts), sheets };
}

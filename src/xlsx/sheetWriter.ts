/**
 * The ExcelJS writer of sheet descriptions: values, live formulas with their snapshot results, number
 * formats, fonts, fills, borders, merges, widths and heights. Charts are returned for charts.ts,
 * because ExcelJS cannot write charts. Shared by the CLI (`report`) and the task pane ("Spara som egen
 * fil"): no Node APIs, so webpack bundles it for the browser.
 */
import ExcelJS from "exceljs";
import type { CellSpec, ChartSpec, SheetDescription } from "../core/dialogue/types";
import { freeSheetName } from "../core/workbook/sheetNames";

/**
 * A formula as Excel stores it in a file: Excel saves an add-in's JavaScript custom function as
 * `_xldudf_NAMESPACE_NAME(` and only recognises that form as the add-in's function when opening.
 */
export function fileFormula(formula: string): string {
  return formula.replace(
    /\bAMF\.([A-Z0-9]+)\(/gi,
    (_all, name: string) => `_xldudf_AMF_${name.toUpperCase()}(`
  );
}

const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: "thin", color: { argb: "FFBFBFBF" } },
  left: { style: "thin", color: { argb: "FFBFBFBF" } },
  bottom: { style: "thin", color: { argb: "FFBFBFBF" } },
  right: { style: "thin", color: { argb: "FFBFBFBF" } },
};

function styleCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  const s = spec.style;
  if (spec.numberFormat) cell.numFmt = spec.numberFormat;
  if (!s) return;
  if (s.bold || s.italic || s.fontSize || s.color) {
    cell.font = {
      bold: s.bold,
      italic: s.italic,
      size: s.fontSize,
      color: s.color ? { argb: `FF${s.color}` } : undefined,
    };
  }
  if (s.fill) cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${s.fill}` } };
  if (s.wrap || s.align || s.verticalTop) {
    cell.alignment = {
      wrapText: s.wrap,
      horizontal: s.align,
      vertical: s.verticalTop ? "top" : undefined,
    };
  }
  if (s.border) cell.border = BORDER;
}

/** Adds the described sheet under a free name (never replacing a sheet); returns the name and its charts. */
export function writeDescription(
  workbook: ExcelJS.Workbook,
  description: SheetDescription
): { name: string; charts: ChartSpec[] } {
  const name = freeSheetName(
    workbook.worksheets.map((w) => w.name),
    description.name
  );
  const sheet = workbook.addWorksheet(name, { views: [{ showGridLines: false }] });
  for (const [col, width] of Object.entries(description.columnWidths))
    sheet.getColumn(Number(col)).width = width;
  for (const [row, height] of Object.entries(description.rowHeights))
    sheet.getRow(Number(row)).height = height;
  for (const spec of description.cells) {
    const cell = sheet.getCell(spec.row, spec.col);
    if (spec.formula) {
      const result =
        spec.value === null ? undefined : (spec.value as ExcelJS.CellFormulaValue["result"]);
      cell.value = { formula: fileFormula(spec.formula), result } as ExcelJS.CellFormulaValue;
    } else {
      cell.value = spec.value;
    }
    styleCell(cell, spec);
  }
  for (const m of description.merges) sheet.mergeCells(m.top, m.left, m.bottom, m.right);
  sheet.pageSetup = {
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    paperSize: 9,
  };
  return { name, charts: description.charts };
}

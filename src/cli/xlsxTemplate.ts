/**
 * Own templates in .xlsx files: the template sheet is copied (values, styles, merges, widths, heights)
 * and its placeholders filled from a dialogue model. The template sheet itself is never changed.
 */
import ExcelJS from "exceljs";
import type { DialogueModel } from "../core/dialogue/model";
import { checkTemplate, fillCell, PlaceholderProblem, placeholderValues } from "../core/dialogue/placeholders";
import { uniqueSheetName } from "./xlsxWorkbook";

/** The text cells of a sheet that hold "{{" or "}}" (what the template check looks at). */
export function templateTexts(sheet: ExcelJS.Worksheet): Array<{ address: string; text: string }> {
  const texts: Array<{ address: string; text: string }> = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const text = typeof v === "string" ? v : v && typeof v === "object" && "richText" in v ? v.richText.map((r) => r.text).join("") : null;
      if (text !== null && /\{\{|\}\}/.test(text)) texts.push({ address: cell.address, text });
    });
  });
  return texts;
}

/** The unknown or malformed placeholders of a template sheet (empty when it can be filled). */
export function checkTemplateSheet(sheet: ExcelJS.Worksheet, template: "jobbtorg" | "vux"): PlaceholderProblem[] {
  return checkTemplate(templateTexts(sheet), template);
}

/** Copies the template sheet under a free name and fills it from the model; returns the new name. */
export function fillTemplateSheet(workbook: ExcelJS.Workbook, template: ExcelJS.Worksheet, wantedName: string, model: DialogueModel): string {
  const name = uniqueSheetName(wantedName, workbook.worksheets.map((w) => w.name));
  const copy = workbook.addWorksheet(name);
  template.columns?.forEach((column, i) => {
    if (column.width) copy.getColumn(i + 1).width = column.width;
  });
  template.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) copy.getRow(r).height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const target = copy.getCell(r, c);
      target.value = cell.value;
      // The style object is shared by ExcelJS between cells; copy it so the two sheets stay independent.
      target.style = JSON.parse(JSON.stringify(cell.style ?? {}));
    });
  });
  for (const range of (template.model as unknown as { merges?: string[] }).merges ?? []) copy.mergeCells(range);
  const values = placeholderValues(model);
  for (const { address, text } of templateTexts(template)) {
    const filled = fillCell(text, template.getCell(address).numFmt, values);
    if (!filled) continue;
    const cell = copy.getCell(address);
    cell.value = filled.value;
    if (filled.numberFormat) cell.numFmt = filled.numberFormat;
  }
  return name;
}

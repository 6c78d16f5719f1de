/**
 * Own templates in .xlsx files: the template sheet is loaded from the user's file, copied (values,
 * styles, merges, widths, heights) into the report workbook and its placeholders filled from a dialogue
 * model. The user's file and its template sheet are never changed.
 */
import { readFile } from "fs/promises";
import { basename } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  checkTemplate,
  fillCell,
  PlaceholderProblem,
  PlaceholderTemplate,
  PlaceholderValue,
} from "../core/dialogue/placeholders";
import { maskPersonalNumbers, parsePnr, pnrText } from "../core/pnr";
import { CliError } from "./context";
import { sheetPaths } from "../xlsx/charts";
import { freeSheetName } from "../core/workbook/sheetNames";

/** What every other sheet becomes before the template is parsed: nothing to build a model of. */
const EMPTY_SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>`;

/**
 * The workbook's bytes with every sheet but the template emptied and unlinked from its tables and
 * drawings, so that ExcelJS builds a model of the template only, not of registers of many thousand rows.
 */
async function onlyTemplateSheet(bytes: Buffer, name: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const wanted = name.toLowerCase();
  for (const [sheet, path] of await sheetPaths(zip)) {
    if (sheet.toLowerCase() === wanted || !zip.file(path)) continue;
    zip.file(path, EMPTY_SHEET);
    zip.remove(path.replace(/([^/]+)$/, "_rels/$1.rels"));
  }
  return zip.generateAsync({ type: "nodebuffer", compression: "STORE" });
}

/**
 * The template sheet of an .xlsx file (name matched ignoring case), with its styles, merges and widths.
 * ExcelJS's document reader, not its streaming WorkbookReader: the streaming worksheet reader skips
 * `<mergeCell>` (exceljs/lib/stream/xlsx/worksheet-reader.js) and a template's merges must be kept.
 * The document reader is given only the template sheet (see onlyTemplateSheet).
 */
export async function loadTemplateSheet(path: string, name: string): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(
      (await onlyTemplateSheet(await readFile(path), name)) as unknown as ExcelJS.Buffer
    );
  } catch {
    throw new CliError({
      sv: `${basename(path)}: mallbladet "${name}" kan inte läsas (skadad fil?)`,
      en: `${basename(path)}: the template sheet "${name}" cannot be read (damaged file?)`,
    });
  }
  const sheet = workbook.worksheets.find((w) => w.name.toLowerCase() === name.toLowerCase());
  if (!sheet)
    throw new CliError({
      sv: `mallbladet "${name}" finns inte`,
      en: `no template sheet "${name}"`,
    });
  return sheet;
}

/**
 * A template cell's value as the copy gets it. A formula that refers to another sheet would point at
 * nothing in the report workbook (which holds no registers), so it becomes its cached result; text is
 * masked, so a personnummer typed into a template never reaches the report.
 */
function copiedValue(cell: ExcelJS.Cell): ExcelJS.CellValue {
  const value = cell.value;
  if (typeof value === "string") return maskPersonalNumbers(value);
  // A personnummer typed without separator is a number cell (a leading zero lost): masked as text.
  if (typeof value === "number" && parsePnr(value).ok) return maskPersonalNumbers(pnrText(value));
  if (value && typeof value === "object" && "richText" in value) {
    return {
      richText: value.richText.map((run) => ({ ...run, text: maskPersonalNumbers(run.text) })),
    };
  }
  if (cell.type === ExcelJS.ValueType.Formula) {
    // cell.formula is the formula of this cell, shared formulas translated to its address.
    const result = cell.result as ExcelJS.CellValue;
    const plain =
      typeof result === "string"
        ? maskPersonalNumbers(result)
        : result instanceof Date || typeof result !== "object"
          ? result
          : null;
    if (cell.formula.includes("!")) return plain ?? null;
    return { formula: cell.formula, result: plain ?? undefined } as ExcelJS.CellFormulaValue;
  }
  return value;
}

/** The text cells of a sheet that hold "{{" or "}}" (what the template check looks at). */
export function templateTexts(sheet: ExcelJS.Worksheet): Array<{ address: string; text: string }> {
  const texts: Array<{ address: string; text: string }> = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      const text =
        typeof v === "string"
          ? v
          : v && typeof v === "object" && "richText" in v
            ? v.richText.map((r) => r.text).join("")
            : null;
      if (text !== null && /\{\{|\}\}/.test(text)) texts.push({ address: cell.address, text });
    });
  });
  return texts;
}

/** The unknown or malformed placeholders of a template sheet (empty when it can be filled). */
export function checkTemplateSheet(
  sheet: ExcelJS.Worksheet,
  template: PlaceholderTemplate
): PlaceholderProblem[] {
  return checkTemplate(templateTexts(sheet), template);
}

/**
 * Copies the template sheet (possibly of another workbook) into the workbook under a free name and
 * fills it with the placeholder values (WorkbookSession.templateFills); returns the new name.
 */
export function fillTemplateSheet(
  workbook: ExcelJS.Workbook,
  template: ExcelJS.Worksheet,
  wantedName: string,
  values: ReadonlyMap<string, PlaceholderValue>
): string {
  const name = freeSheetName(
    workbook.worksheets.map((w) => w.name),
    wantedName
  );
  const copy = workbook.addWorksheet(name);
  template.columns?.forEach((column, i) => {
    if (column.width) copy.getColumn(i + 1).width = column.width;
  });
  template.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height) copy.getRow(r).height = row.height;
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      const target = copy.getCell(r, c);
      target.value = copiedValue(cell);
      // The style object is shared by ExcelJS between cells; copy it so the two sheets stay independent.
      target.style = JSON.parse(JSON.stringify(cell.style ?? {}));
    });
  });
  for (const range of (template.model as unknown as { merges?: string[] }).merges ?? [])
    copy.mergeCells(range);
  for (const { address, text } of templateTexts(template)) {
    const filled = fillCell(text, template.getCell(address).numFmt, values);
    if (!filled) continue;
    const cell = copy.getCell(address);
    cell.value = filled.value;
    if (filled.numberFormat) cell.numFmt = filled.numberFormat;
  }
  return name;
}

/**
 * What the pane needs from the workbook, as one object the components receive: the Office.js adapter
 * in Excel, the same adapter over the in-memory fake in tests. Components never call Excel themselves.
 */
import type { SheetDescription } from "../core/dialogue/types";
import type { NewTableSheet, ReadOptions, SheetTable } from "../core/registry/types";
import type { ExcelRun, DocumentSettingsLike } from "../excel/excelRun";
import {
  fillTemplateCopy,
  readGeneratedSheets,
  readSheetGrid,
  refillSheet,
  rewriteSheet,
} from "../excel/dialogueSheets";
import { officeExcelRun } from "../excel/excelRun";
import { writeSheetDescription } from "../excel/writeSheetDescription";
import { CreateWorkbook, officeCreateWorkbook, openInNewWorkbook } from "../excel/newWorkbook";
import type { DialogueServices } from "./dialogue/dialogueActions";
import { HighlightCell, Highlighter } from "../excel/highlights";
import { OfficeWorkbook, TableResult, TransferStats } from "../excel/officeWorkbook";

export interface WorkbookServices extends DialogueServices {
  listSheets(): Promise<string[]>;
  activeSheetName(): Promise<string>;
  readHeaders(sheet: string): Promise<string[]>;
  readSheet(sheet: string, options?: ReadOptions): Promise<SheetTable>;
  writeTableSheet(sheet: NewTableSheet): Promise<string>;
  selectCell(sheet: string, address: string): Promise<void>;
  createTable(sheet: string, tableName: string): Promise<TableResult>;
  highlight(sheet: string, cells: readonly HighlightCell[]): Promise<number>;
  clearHighlights(sheet: string): Promise<number>;
  highlightCount(sheet: string): number;
  /** Cost of the latest read (chunks, retries), for the benchmark. */
  lastRead(): TransferStats | null;
}

/** The services over Excel (or, given `run`, `settings` and `createWorkbook`, over any object model that looks like it). */
export function workbookServices(
  options: {
    run?: ExcelRun;
    settings?: DocumentSettingsLike | null;
    createWorkbook?: CreateWorkbook;
  } = {}
): WorkbookServices {
  const run = options.run ?? officeExcelRun;
  const createWorkbook = options.createWorkbook ?? officeCreateWorkbook;
  const workbook = new OfficeWorkbook({ run });
  const highlighter = new Highlighter(options);
  return {
    listSheets: () => workbook.listSheets(),
    activeSheetName: () => workbook.activeSheetName(),
    readHeaders: (sheet) => workbook.readHeaders(sheet),
    readSheet: (sheet, readOptions) => workbook.readSheet(sheet, readOptions),
    writeTableSheet: (sheet) => workbook.writeTableSheet(sheet),
    selectCell: (sheet, address) => workbook.selectCell(sheet, address),
    createTable: (sheet, tableName) => workbook.createTable(sheet, tableName),
    highlight: (sheet, cells) => highlighter.highlight(sheet, cells),
    clearHighlights: (sheet) => highlighter.clear(sheet),
    highlightCount: (sheet) => highlighter.count(sheet),
    lastRead: () => workbook.lastRead,
    // The Resultatdialog screen: generated sheets are found by their meta property; sources are only read.
    generatedSheets: () => readGeneratedSheets(run),
    readGrid: (sheet) => readSheetGrid(run, sheet),
    writeDescription: (description: SheetDescription) => writeSheetDescription(run, description),
    rewriteSheet: (sheet, description) => rewriteSheet(run, sheet, description),
    fillTemplateCopy: (template, name, fills, meta) =>
      fillTemplateCopy(run, template, name, fills, meta),
    refillSheet: (sheet, fills, meta) => refillSheet(run, sheet, fills, meta),
    openInNewWorkbook: async (description) =>
      void (await openInNewWorkbook(createWorkbook, description)),
  };
}

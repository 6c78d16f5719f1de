/**
 * What the Resultatdialog screen does, apart from showing it: the pane's thin side of the workbook
 * session (src/core/workbook/session.ts) — read the registers, create sheets from a built-in or an own
 * template, "Uppdatera" a generated sheet keeping the manager's text — over the services (no Excel here).
 */
import { checkTemplate, fillCell, findSources, templateCopyName } from "../../core/dialogue";
import {
  PLACEHOLDER_TEMPLATES,
  type PlaceholderProblem,
  type PlaceholderTemplate,
  type PlaceholderValue,
} from "../../core/dialogue/placeholders";
import type { SheetDescription, SheetValue } from "../../core/dialogue/types";
import { CellValue } from "../../core/cells";
import type { ReadOptions, SheetTable } from "../../core/registry/types";
import { SCHEMAS } from "../../core/registry/schemas";
import type { Settings } from "../../core/settings";
import {
  readTables,
  storedMeta as builtMeta,
  validationErrors,
  WorkbookSession,
  type LoadProgress,
} from "../../core/workbook/session";
import type { CellFill, GeneratedSheet, SheetGrid, StoredMeta } from "../../excel/dialogueSheets";
import { gridAddress } from "../../excel/dialogueSheets";

/** What the screen needs of the workbook (the pane's WorkbookServices provide it). */
export interface DialogueServices {
  listSheets(): Promise<string[]>;
  activeSheetName(): Promise<string>;
  readSheet(sheet: string, options?: ReadOptions): Promise<SheetTable>;
  generatedSheets(): Promise<GeneratedSheet[]>;
  readGrid(sheet: string): Promise<SheetGrid>;
  /** Writes a description as a new sheet and returns the name it got. */
  writeDescription(description: SheetDescription): Promise<string>;
  rewriteSheet(sheet: string, description: SheetDescription): Promise<void>;
  fillTemplateCopy(
    templateSheet: string,
    wantedName: string,
    fills: readonly CellFill[],
    meta: StoredMeta
  ): Promise<string>;
  refillSheet(sheet: string, fills: readonly CellFill[], meta: StoredMeta): Promise<void>;
  /** Opens the description as the one sheet of a new workbook ("Spara som egen fil"). */
  openInNewWorkbook(description: SheetDescription): Promise<void>;
}

/** The workbook as the screen sees it: register tables, generated sheets, and sheets with placeholders. */
export interface DialogueWorkbook {
  tables: SheetTable[];
  generated: GeneratedSheet[];
  templates: string[];
  active: string;
}

const hasPlaceholder = (v: unknown) => typeof v === "string" && /\{\{|\}\}/.test(v);

export type { LoadProgress };
// One count of unresolved errors for the banners, the session's.
export { validationErrors };

/** Cancel (an AbortSignal: the read stops with an AbortError) and progress of loadWorkbook. */
export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** Reads every sheet but the generated ones (they are output, not sources), in chunks, cancellable. */
export async function loadWorkbook(
  services: DialogueServices,
  options: LoadOptions = {}
): Promise<DialogueWorkbook> {
  const [generated, active] = await Promise.all([
    services.generatedSheets(),
    services.activeSheetName(),
  ]);
  const tables = await readTables(services, { ...options, skip: generated.map((g) => g.sheet) });
  const templates = tables
    .filter((t) => t.headers.some(hasPlaceholder) || t.rows.some((r) => r.some(hasPlaceholder)))
    .map((t) => t.name);
  return { tables, generated, templates, active };
}

/** Every date in the registers' date columns (exit, enrolment, start dates …): the years they cover. */
export function* registerDates(tables: readonly SheetTable[]): Generator<CellValue> {
  for (const register of Object.values(findSources(tables).registers)) {
    if (!register) continue;
    for (const field of SCHEMAS[register.type].fields) {
      const column = register.fields[field.key];
      if (field.type !== "date" || column === undefined) continue;
      for (const row of register.table.rows) yield row[column];
    }
  }
}

/** The choices of the screen. */
export interface DialogueRequest {
  tables: readonly SheetTable[];
  template: "jobbtorg" | "vux" | "kalkyl" | "scb" | "sfi";
  unit: string | null;
  all: boolean;
  period: string;
  settings: Settings;
  today: number;
}

/** Where the description puts each manager-text key, stored so "Uppdatera" finds the text even if rows move. */
export function storedMeta(description: SheetDescription, built: StoredMeta["built"]): StoredMeta {
  return builtMeta(description, built);
}

/** The session over the tables the screen read, with the settings in force. */
const sessionOf = (
  request: Pick<DialogueRequest, "tables" | "settings" | "today">
): WorkbookSession => new WorkbookSession(request.tables, request.settings, request.today);

/** Builds the sheets of a built-in template and writes each as a new sheet; returns their names. */
export async function createSheets(
  services: DialogueServices,
  request: DialogueRequest
): Promise<string[]> {
  const { template, unit, all, period } = request;
  return sessionOf(request).write(services, { template, unit, all, period });
}

/** The text cells of a grid that hold "{{" or "}}", with their addresses and number formats. */
export function templateCells(
  grid: SheetGrid
): Array<{ address: string; text: string; numberFormat: string }> {
  const cells: Array<{ address: string; text: string; numberFormat: string }> = [];
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (hasPlaceholder(v))
        cells.push({
          address: gridAddress(grid.top + r, grid.left + c),
          text: String(v),
          numberFormat: grid.formats[r]?.[c] ?? "General",
        });
    })
  );
  return cells;
}

/** The kind a template is filled as: the one whose placeholders it uses (the first of PLACEHOLDER_TEMPLATES on a tie). */
export function templateKind(cells: ReadonlyArray<{ address: string; text: string }>): {
  kind: PlaceholderTemplate;
  problems: PlaceholderProblem[];
} {
  const checked = PLACEHOLDER_TEMPLATES.map((kind) => ({
    kind,
    problems: checkTemplate(cells, kind),
  }));
  return checked.reduce((best, c) => (c.problems.length < best.problems.length ? c : best));
}

function fillsFor(
  cells: ReturnType<typeof templateCells>,
  values: ReadonlyMap<string, PlaceholderValue>
): CellFill[] {
  const fills: CellFill[] = [];
  for (const cell of cells) {
    const result = fillCell(cell.text, cell.numberFormat, values);
    if (result)
      fills.push({ address: cell.address, value: result.value, numberFormat: result.numberFormat });
  }
  return fills;
}

/**
 * Fills copies of an own template sheet (one per unit with `all`), after checking its placeholders:
 * with any unknown or malformed placeholder nothing is written and the problems are returned.
 */
export async function createFromTemplate(
  services: DialogueServices,
  templateSheet: string,
  request: Omit<DialogueRequest, "template">
): Promise<{ names: string[]; problems: PlaceholderProblem[] }> {
  const cells = templateCells(await services.readGrid(templateSheet));
  const { kind, problems } = templateKind(cells);
  if (problems.length > 0) return { names: [], problems };
  const session = sessionOf(request);
  const { period, fills } = session.templateFills(kind, request);
  const names: string[] = [];
  for (const fill of fills) {
    const meta: StoredMeta = { ...session.ownMeta(fill.unit, period), templateSheet, kind };
    names.push(
      await services.fillTemplateCopy(
        templateSheet,
        templateCopyName(templateSheet, fill.label, period),
        fillsFor(cells, fill.values),
        meta
      )
    );
  }
  return { names, problems: [] };
}

/** The result of "Uppdatera": manager text whose indicator is gone is kept below the sheet, and listed. */
export interface UpdateResult {
  orphaned: string[];
}

function reader(grid: SheetGrid): (row: number, col: number) => SheetValue {
  return (row, col) => {
    const v = grid.values[row - grid.top]?.[col - grid.left];
    return v === undefined || v === null || v === ""
      ? null
      : v instanceof Date
        ? v.toISOString().slice(0, 10)
        : (v as SheetValue);
  };
}

/** A built-in generated sheet recomputed from the current registers, the manager's text carried over. */
async function refreshed(
  services: DialogueServices,
  target: GeneratedSheet,
  request: Pick<DialogueRequest, "tables" | "settings" | "today">
): Promise<{ sheet: SheetDescription; orphaned: string[] }> {
  const grid = await services.readGrid(target.sheet);
  return sessionOf(request).refresh(target.sheet, target.meta, reader(grid));
}

/** Recomputes a generated sheet in place from the current registers, keeping the text the manager wrote. */
export async function updateSheet(
  services: DialogueServices,
  target: GeneratedSheet,
  request: Pick<DialogueRequest, "tables" | "settings" | "today">
): Promise<UpdateResult> {
  const { meta } = target;
  if (meta.template === "own") {
    if (!meta.templateSheet || !meta.kind)
      throw new Error("own template without its template sheet");
    const cells = templateCells(await services.readGrid(meta.templateSheet));
    const session = sessionOf(request);
    const [fill] = session.templateFills(meta.kind, {
      unit: meta.unit,
      all: false,
      period: meta.period,
    }).fills;
    await services.refillSheet(target.sheet, fillsFor(cells, fill.values), {
      ...meta,
      made: session.ownMeta(meta.unit, meta.period).made,
    });
    return { orphaned: [] };
  }
  const { sheet, orphaned } = await refreshed(services, target, request);
  await services.rewriteSheet(target.sheet, sheet);
  return { orphaned };
}

/** Why a sheet cannot be saved as its own file: a filled own template is the user's sheet, not a description. */
export class NotSavableError extends Error {
  readonly sv = "Bladet är en ifylld egen mall; spara det med Excels Flytta eller kopiera.";
  readonly en = "The sheet is a filled own template; save it with Excel's Move or Copy.";
}

/**
 * "Spara som egen fil": the sheet as it would be after "Uppdatera" (recomputed, the manager's text kept),
 * opened as the only sheet of a new workbook. The workbook the pane runs in is not changed.
 */
export async function saveAsOwnFile(
  services: DialogueServices,
  target: GeneratedSheet,
  request: Pick<DialogueRequest, "tables" | "settings" | "today">
): Promise<UpdateResult> {
  if (target.meta.template === "own") throw new NotSavableError();
  const { sheet, orphaned } = await refreshed(services, target, request);
  await services.openInNewWorkbook(sheet);
  return { orphaned };
}

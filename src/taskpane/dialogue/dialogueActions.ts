/**
 * What the Resultatdialog screen does, apart from showing it: read the registers, create sheets from
 * a built-in or an own template, and "Uppdatera" a generated sheet keeping the manager's text. Pure
 * orchestration over the services (no Excel here) and the dialogue core (no statistics here).
 */
import { build, buildModel, carryManagerText, checkTemplate, fillCell, findSources, managerTextOf, placeholderValues, requirePeriod, templateCopyName, unitsOf } from "../../core/dialogue";
import type { PlaceholderProblem } from "../../core/dialogue/placeholders";
import type { CellSpec, SheetDescription, SheetValue } from "../../core/dialogue/types";
import { CellValue, isoOf } from "../../core/cells";
import type { ReadOptions, SheetTable } from "../../core/registry/types";
import { abortError } from "../../excel/excelRun";
import { SCHEMAS } from "../../core/registry/schemas";
import { validateTable } from "../../core/registry/validate";
import type { Settings } from "../../core/settings";
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
  fillTemplateCopy(templateSheet: string, wantedName: string, fills: readonly CellFill[], meta: StoredMeta): Promise<string>;
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

const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== "";

/**
 * A note line above the headers (as the demo workbook and many exports have) is not the header row:
 * when the first row holds one cell only, the first of the next rows with two or more cells is.
 */
export function withHeaderRow(table: SheetTable): SheetTable {
  if (table.headers.filter(filled).length !== 1) return table;
  const at = table.rows.slice(0, 5).findIndex((row) => row.filter(filled).length >= 2);
  if (at < 0) return table;
  const headers = table.rows[at].map((h) => (filled(h) ? String(h) : ""));
  return { ...table, headerRow: table.headerRow + at + 1, headers, rows: table.rows.slice(at + 1) };
}

const hasPlaceholder = (v: unknown) => typeof v === "string" && /\{\{|\}\}/.test(v);

/** Where reading the registers is: sheet `index` of `count`, row `done` of `total` of it. */
export interface LoadProgress {
  sheet: string;
  index: number;
  count: number;
  done: number;
  total: number;
}

/** Cancel (an AbortSignal: the read stops with an AbortError) and progress of loadWorkbook. */
export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** Reads every sheet but the generated ones (they are output, not sources), in chunks, cancellable. */
export async function loadWorkbook(services: DialogueServices, options: LoadOptions = {}): Promise<DialogueWorkbook> {
  const { signal, onProgress } = options;
  const [names, generated, active] = await Promise.all([services.listSheets(), services.generatedSheets(), services.activeSheetName()]);
  const skip = new Set(generated.map((g) => g.sheet));
  const sources = names.filter((name) => !skip.has(name));
  const tables: SheetTable[] = [];
  for (const [i, sheet] of sources.entries()) {
    if (signal?.aborted) throw abortError();
    const progress = (done: number, total: number) => onProgress?.({ sheet, index: i + 1, count: sources.length, done, total });
    progress(0, 0);
    tables.push(withHeaderRow(await services.readSheet(sheet, { signal, onProgress: progress })));
  }
  const templates = tables.filter((t) => t.headers.some(hasPlaceholder) || t.rows.some((r) => r.some(hasPlaceholder))).map((t) => t.name);
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

/** Register sheets with unresolved validation errors (for the banner and the sheets' own banner). */
export function validationErrors(tables: readonly SheetTable[], today: number): Array<{ sheet: string; errors: number }> {
  const registers = new Set(Object.values(SCHEMAS).map((s) => s.table.toLowerCase()));
  return tables
    .filter((t) => registers.has(t.name.toLowerCase()))
    .map((t) => ({ sheet: t.name, errors: validateTable(t, { today, capPerCode: 1 }).counts.error }))
    .filter((e) => e.errors > 0);
}

/** The choices of the screen. */
export interface DialogueRequest {
  tables: readonly SheetTable[];
  template: "jobbtorg" | "vux" | "kalkyl" | "sfi";
  unit: string | null;
  all: boolean;
  period: string;
  settings: Settings;
  today: number;
}

/** Where the description puts each manager-text key, stored so "Uppdatera" finds the text even if rows move. */
export function storedMeta(description: SheetDescription, built: StoredMeta["built"]): StoredMeta {
  const cells: Record<string, [number, number]> = {};
  for (const c of description.cells) if (c.managerText) cells[c.managerText] = [c.row, c.col];
  return { ...description.meta, built, cells };
}

/** Builds the sheets of a built-in template and writes each as a new sheet; returns their names. */
export async function createSheets(services: DialogueServices, request: DialogueRequest): Promise<string[]> {
  const { tables, template, unit, all, period, settings, today } = request;
  const sheets = build(tables, { template, unit, all, period, settings, today, validationErrors: validationErrors(tables, today) });
  const names: string[] = [];
  for (const sheet of sheets) names.push(await services.writeDescription({ ...sheet, meta: storedMeta(sheet, template) }));
  return names;
}

/** The text cells of a grid that hold "{{" or "}}", with their addresses and number formats. */
export function templateCells(grid: SheetGrid): Array<{ address: string; text: string; numberFormat: string }> {
  const cells: Array<{ address: string; text: string; numberFormat: string }> = [];
  grid.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (hasPlaceholder(v)) cells.push({ address: gridAddress(grid.top + r, grid.left + c), text: String(v), numberFormat: grid.formats[r]?.[c] ?? "General" });
    })
  );
  return cells;
}

/** The kind a template is filled as: the one whose placeholders it uses (Jobbtorg when both or neither fit). */
export function templateKind(cells: ReadonlyArray<{ address: string; text: string }>): { kind: "jobbtorg" | "vux"; problems: PlaceholderProblem[] } {
  const jobbtorg = checkTemplate(cells, "jobbtorg");
  const vux = checkTemplate(cells, "vux");
  return vux.length < jobbtorg.length ? { kind: "vux", problems: vux } : { kind: "jobbtorg", problems: jobbtorg };
}

function fillsFor(cells: ReturnType<typeof templateCells>, request: Omit<DialogueRequest, "template" | "all">, kind: "jobbtorg" | "vux", unit: string | null): CellFill[] {
  const period = requirePeriod(request.period);
  const sources = findSources(request.tables, validationErrors(request.tables, request.today));
  const values = placeholderValues(buildModel(sources, kind, unit, period, request.settings, request.today));
  const fills: CellFill[] = [];
  for (const cell of cells) {
    const result = fillCell(cell.text, cell.numberFormat, values);
    if (result) fills.push({ address: cell.address, value: result.value, numberFormat: result.numberFormat });
  }
  return fills;
}

/**
 * Fills copies of an own template sheet (one per unit with `all`), after checking its placeholders:
 * with any unknown or malformed placeholder nothing is written and the problems are returned.
 */
export async function createFromTemplate(services: DialogueServices, templateSheet: string, request: Omit<DialogueRequest, "template">): Promise<{ names: string[]; problems: PlaceholderProblem[] }> {
  const cells = templateCells(await services.readGrid(templateSheet));
  const { kind, problems } = templateKind(cells);
  if (problems.length > 0) return { names: [], problems };
  const period = requirePeriod(request.period);
  // Built once to refuse an unknown unit or a missing register, as the built-in templates do.
  build(request.tables, { template: kind, unit: request.unit, period: request.period, today: request.today, settings: request.settings });
  const units = request.all ? unitsOf(findSources(request.tables), kind) : [request.unit];
  const names: string[] = [];
  for (const unit of units) {
    const meta: StoredMeta = { template: "own", unit, period: period.code, made: isoOf(request.today), templateSheet, kind };
    const fills = fillsFor(cells, request, kind, unit);
    names.push(await services.fillTemplateCopy(templateSheet, templateCopyName(templateSheet, unit, period.code), fills, meta));
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
    return v === undefined || v === null || v === "" ? null : v instanceof Date ? v.toISOString().slice(0, 10) : (v as SheetValue);
  };
}

/** Text the manager wrote under keys the recomputed sheet no longer has, put below it so nothing is lost. */
function keepOrphans(sheet: SheetDescription, texts: ReadonlyMap<string, SheetValue>, orphaned: readonly string[]): SheetDescription {
  if (orphaned.length === 0) return sheet;
  const last = Math.max(...sheet.cells.map((c) => c.row), ...sheet.merges.map((m) => m.bottom));
  const extra: CellSpec[] = [{ row: last + 2, col: 1, value: "Tidigare text utan plats i det uppdaterade bladet", style: { bold: true } }];
  orphaned.forEach((key, i) => {
    extra.push({ row: last + 3 + i, col: 1, value: key }, { row: last + 3 + i, col: 2, value: texts.get(key) ?? null, managerText: key });
  });
  return { ...sheet, cells: [...sheet.cells, ...extra] };
}

/** A built-in generated sheet recomputed from the current registers, the manager's text carried over. */
async function refreshed(services: DialogueServices, target: GeneratedSheet, request: Pick<DialogueRequest, "tables" | "settings" | "today">): Promise<{ sheet: SheetDescription; orphaned: string[] }> {
  const { meta } = target;
  const built = meta.built ?? (meta.template === "overview" ? (/vux/i.test(target.sheet) ? "vux" : "jobbtorg") : (meta.template as "jobbtorg" | "vux" | "kalkyl" | "sfi"));
  const overview = meta.template === "overview";
  const base = { settings: request.settings, today: request.today, period: meta.period };
  const sheets = build(request.tables, { ...base, template: built, unit: overview ? null : meta.unit, all: overview, validationErrors: validationErrors(request.tables, request.today) });
  const fresh = sheets[0];
  // Where the text was written; a sheet from before the address map (or from the CLI) uses today's layout.
  const previous: SheetDescription = meta.cells
    ? { ...fresh, cells: Object.entries(meta.cells).map(([key, [row, col]]) => ({ row, col, value: null, managerText: key })) }
    : fresh;
  const grid = await services.readGrid(target.sheet);
  const texts = managerTextOf(previous, reader(grid));
  const { sheet, orphaned } = carryManagerText(fresh, texts);
  const kept = keepOrphans(sheet, texts, orphaned);
  return { sheet: { ...kept, name: target.sheet, meta: storedMeta(kept, built) }, orphaned };
}

/** Recomputes a generated sheet in place from the current registers, keeping the text the manager wrote. */
export async function updateSheet(services: DialogueServices, target: GeneratedSheet, request: Pick<DialogueRequest, "tables" | "settings" | "today">): Promise<UpdateResult> {
  const { meta } = target;
  if (meta.template === "own") {
    if (!meta.templateSheet || !meta.kind) throw new Error("own template without its template sheet");
    const cells = templateCells(await services.readGrid(meta.templateSheet));
    const base = { tables: request.tables, settings: request.settings, today: request.today, period: meta.period, unit: meta.unit };
    await services.refillSheet(target.sheet, fillsFor(cells, base, meta.kind, meta.unit), { ...meta, made: isoOf(request.today) });
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
export async function saveAsOwnFile(services: DialogueServices, target: GeneratedSheet, request: Pick<DialogueRequest, "tables" | "settings" | "today">): Promise<UpdateResult> {
  if (target.meta.template === "own") throw new NotSavableError();
  const { sheet, orphaned } = await refreshed(services, target, request);
  await services.openInNewWorkbook(sheet);
  return { orphaned };
}

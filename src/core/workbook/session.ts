/**
 * The workbook session: what the task pane and the CLI do with a workbook, written once over the port
 * (port.ts). Read the tables → validate → find the sources → build sheets, fill an own template, or
 * recompute ("Uppdatera") a generated sheet — with the settings the workbook stores.
 */
import { isoOf } from "../cells";
import {
  build,
  buildModel,
  requirePeriod,
  scbModels,
  sfiModels,
  unitsOf,
  type TemplateName,
} from "../dialogue/build";
import {
  placeholderValues,
  type PlaceholderTemplate,
  type PlaceholderValue,
} from "../dialogue/placeholders";
import { scbPlaceholderValues } from "../dialogue/scbPlaceholders";
import { sfiPlaceholderValues } from "../dialogue/sfiPlaceholders";
import { protectWorkbook } from "../dialogue/disclosure";
import type { DialogueModel } from "../dialogue/model";
import type { ReportPeriod } from "../dialogue/period";
import { findSources, type DialogueSources } from "../dialogue/sources";
import type { SheetDescription, SheetMeta, SheetValue } from "../dialogue/types";
import { carryManagerText, managerTextOf } from "../dialogue/update";
import type { ValidationOptions } from "../registry/options";
import { SCHEMAS } from "../registry/schemas";
import type { SheetTable, ValidationReport } from "../registry/types";
import { validateTable } from "../registry/validate";
import type { Settings } from "../settings";
import { abortError } from "./abort";
import type { DescriptionSink, WorkbookSource } from "./port";
import { storedSettings } from "./settings";

/** Where reading the tables is: sheet `index` of `count`, row `done` of `total` of it. */
export interface LoadProgress {
  sheet: string;
  index: number;
  count: number;
  done: number;
  total: number;
}

export interface ReadTablesOptions {
  /** Sheets not to read (the generated ones: they are output, not sources). */
  skip?: readonly string[];
  signal?: AbortSignal;
  onProgress?: (progress: LoadProgress) => void;
}

/** Reads the tables of every sheet but the skipped ones, one after the other, cancellable. */
export async function readTables(
  source: Pick<WorkbookSource, "listSheets" | "readSheet">,
  options: ReadTablesOptions = {}
): Promise<SheetTable[]> {
  const { signal, onProgress } = options;
  const skip = new Set(options.skip ?? []);
  const names = (await source.listSheets()).filter((name) => !skip.has(name));
  const tables: SheetTable[] = [];
  for (const [i, sheet] of names.entries()) {
    if (signal?.aborted) throw abortError();
    const progress = (done: number, total: number) =>
      onProgress?.({ sheet, index: i + 1, count: names.length, done, total });
    progress(0, 0);
    tables.push(await source.readSheet(sheet, { signal, onProgress: progress }));
  }
  return tables;
}

/** The validation options a workbook's settings give: its code list of exit reasons. */
export function settingsValidation(
  settings: Settings | undefined
): Pick<ValidationOptions, "codeLists"> {
  return settings ? { codeLists: { exitReasons: settings.exitReasons } } : {};
}

/** Register sheets (by their standard table name) with unresolved validation errors, for the banners. */
export function validationErrors(
  tables: readonly SheetTable[],
  today: number,
  settings?: Settings
): Array<{ sheet: string; errors: number }> {
  const registers = new Set(Object.values(SCHEMAS).map((s) => s.table.toLowerCase()));
  return tables
    .filter((t) => registers.has(t.name.toLowerCase()))
    .map((t) => ({
      sheet: t.name,
      errors: validateTable(t, { today, capPerCode: 1, ...settingsValidation(settings) }).counts
        .error,
    }))
    .filter((e) => e.errors > 0);
}

/** One filled copy of an own template: its unit (scb: subgroup), the unit as its sheet name has it, its values. */
export interface TemplateFill {
  unit: string | null;
  label: string | null;
  values: Map<string, PlaceholderValue>;
}

/** What a dialogue is built for. */
export interface DialogueChoice {
  template: TemplateName;
  unit: string | null;
  all: boolean;
  period: string;
}

/** The meta a built sheet is stored with: the core's, the template it was built with, its manager-text cells. */
export interface BuiltMeta extends SheetMeta {
  built?: TemplateName;
  cells?: Record<string, [number, number]>;
}

/** Where the description puts each manager-text key, stored so "Uppdatera" finds the text even if rows move. */
export function storedMeta(
  description: SheetDescription,
  built: TemplateName | undefined
): BuiltMeta {
  const cells: Record<string, [number, number]> = {};
  for (const c of description.cells) if (c.managerText) cells[c.managerText] = [c.row, c.col];
  return { ...description.meta, built, cells };
}

export interface SessionOptions extends ReadTablesOptions {
  /** Today (Excel serial): the date made, the follow-up cut-off, date/future. */
  today: number;
  /** Settings in force; without them the workbook's stored settings are read through the port. */
  settings?: Settings;
}

/** A workbook's tables and settings, and everything computed from them. */
export class WorkbookSession {
  private errorsCache: Array<{ sheet: string; errors: number }> | null = null;

  constructor(
    readonly tables: readonly SheetTable[],
    readonly settings: Settings,
    readonly today: number
  ) {}

  /** Reads the workbook's settings (unless given) and its tables through the port. */
  static async open(source: WorkbookSource, options: SessionOptions): Promise<WorkbookSession> {
    const settings = options.settings ?? storedSettings(await source.readSettings());
    return new WorkbookSession(await readTables(source, options), settings, options.today);
  }

  /** The options a table is validated (and fixed) with: today and the workbook's code lists; options given win. */
  validationOptions(options: ValidationOptions = {}): ValidationOptions {
    return { today: this.today, ...settingsValidation(this.settings), ...options };
  }

  /** Validates one table with the workbook's code lists (options given win). */
  validate(table: SheetTable, options: ValidationOptions = {}): ValidationReport {
    return validateTable(table, this.validationOptions(options));
  }

  /** Register sheets with unresolved validation errors. */
  get errors(): Array<{ sheet: string; errors: number }> {
    this.errorsCache ??= validationErrors(this.tables, this.today, this.settings);
    return this.errorsCache;
  }

  sources(): DialogueSources {
    return findSources(this.tables, this.errors);
  }

  /** The sheets of a built-in template. */
  build(
    choice: Pick<DialogueChoice, "template" | "period"> & Partial<DialogueChoice>
  ): SheetDescription[] {
    const { template, period, unit = null, all = false } = choice;
    return build(this.tables, {
      template,
      period,
      unit,
      all,
      settings: this.settings,
      today: this.today,
      validationErrors: this.errors,
    });
  }

  /** Builds the sheets of a built-in template and writes each as a new sheet; returns their names. */
  async write(sink: DescriptionSink, choice: DialogueChoice): Promise<string[]> {
    const names: string[] = [];
    for (const sheet of this.build(choice))
      names.push(
        await sink.writeDescription({ ...sheet, meta: storedMeta(sheet, choice.template) })
      );
    return names;
  }

  /** The model an own template of `kind` is filled from, for one unit (null: the whole register). */
  model(kind: "jobbtorg" | "vux", unit: string | null, period: ReportPeriod): DialogueModel {
    return buildModel(this.sources(), kind, unit, period, this.settings, this.today);
  }

  /**
   * What the copies of an own template are filled with: one copy per unit with `all` (sfi and scb: the
   * whole register first, as their built-in sheets), each with its placeholder values, and the period
   * code the copies are named with (scb: the extract's Inskrivningsår). An unknown unit or subgroup, or a
   * missing register, is refused as the built-in templates refuse it.
   */
  templateFills(
    kind: PlaceholderTemplate,
    choice: Omit<DialogueChoice, "template">
  ): { period: string; fills: TemplateFill[] } {
    if (kind === "scb") {
      const { models } = scbModels(this.tables, {
        unit: choice.all ? null : choice.unit,
        all: choice.all,
        settings: this.settings,
        validationErrors: this.errors,
      });
      const made = isoOf(this.today);
      const fills = models.map((m) => ({
        unit: m.subgroup ? m.subgroupLabel : null,
        label: m.subgroup?.value ?? null,
        values: scbPlaceholderValues(m, made),
      }));
      return { period: models[0]?.years ?? "", fills };
    }
    const period = requirePeriod(choice.period);
    this.build({ template: kind, unit: choice.all ? null : choice.unit, period: choice.period });
    const units = choice.all ? unitsOf(this.sources(), kind) : [choice.unit];
    if (kind === "sfi") {
      const models = sfiModels(
        this.sources(),
        choice.all ? [null, ...units] : units,
        period,
        this.settings,
        this.today
      );
      return {
        period: period.code,
        fills: models.map((m) => ({
          unit: m.unit,
          label: m.unit,
          values: sfiPlaceholderValues(m),
        })),
      };
    }
    // The copies are protected together, as the built-in sheets of one run are (disclosure.ts):
    // a value hidden on one copy must not follow from the values shown on the others.
    const models = units.map((unit) => this.model(kind, unit, period));
    protectWorkbook(models);
    return {
      period: period.code,
      fills: models.map((model) => ({
        unit: model.unit,
        label: model.unit,
        values: placeholderValues(model),
      })),
    };
  }

  /**
   * "Uppdatera": a generated sheet recomputed from the current tables, the text the manager wrote
   * (read with `read` at the addresses its meta stored) carried over; text whose key is gone is kept
   * below the sheet and listed.
   */
  refresh(
    sheet: string,
    meta: BuiltMeta,
    read: (row: number, col: number) => SheetValue
  ): { sheet: SheetDescription; orphaned: string[] } {
    const built =
      meta.built ??
      (meta.template === "overview"
        ? /vux/i.test(sheet)
          ? "vux"
          : "jobbtorg"
        : (meta.template as TemplateName));
    const overview = meta.template === "overview";
    const fresh = this.build({
      template: built,
      unit: overview ? null : meta.unit,
      all: overview,
      period: meta.period,
    })[0];
    // Where the text was written; a sheet from before the address map (or from the CLI) uses today's layout.
    const previous: SheetDescription = meta.cells
      ? {
          ...fresh,
          cells: Object.entries(meta.cells).map(([key, [row, col]]) => ({
            row,
            col,
            value: null,
            managerText: key,
          })),
        }
      : fresh;
    const texts = managerTextOf(previous, read);
    const carried = carryManagerText(fresh, texts);
    const kept = keepOrphans(carried.sheet, texts, carried.orphaned);
    return {
      sheet: { ...kept, name: sheet, meta: storedMeta(kept, built) },
      orphaned: carried.orphaned,
    };
  }

  /** The meta of a filled own template (`period` as templateFills gives it). */
  ownMeta(unit: string | null, period: string): SheetMeta {
    return { template: "own", unit, period, made: isoOf(this.today) };
  }
}

/** Text the manager wrote under keys the recomputed sheet no longer has, put below it so nothing is lost. */
function keepOrphans(
  sheet: SheetDescription,
  texts: ReadonlyMap<string, SheetValue>,
  orphaned: readonly string[]
): SheetDescription {
  if (orphaned.length === 0) return sheet;
  const last = Math.max(...sheet.cells.map((c) => c.row), ...sheet.merges.map((m) => m.bottom));
  const extra: SheetDescription["cells"] = [
    {
      row: last + 2,
      col: 1,
      value: "Tidigare text utan plats i det uppdaterade bladet",
      style: { bold: true },
    },
  ];
  orphaned.forEach((key, i) => {
    extra.push(
      { row: last + 3 + i, col: 1, value: key },
      { row: last + 3 + i, col: 2, value: texts.get(key) ?? null, managerText: key }
    );
  });
  return { ...sheet, cells: [...sheet.cells, ...extra] };
}

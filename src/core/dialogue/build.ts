/**
 * The dialogue core's entry: from the workbook's tables, a unit (or all) and a period, the sheet
 * descriptions of a built-in template (SPEC §7), plus the models own templates are filled from.
 */
import { isoOf } from "../cells";
import { DialogueError } from "../errors";
import { bilingual } from "../messages";
import { containsPersonalNumber, maskPersonalNumbers } from "../pnr";
import type { SheetTable } from "../registry/types";
import { defaultSettings, Settings } from "../settings";
import { dialogueSheet } from "./dialogueSheet";
import { protectWorkbook } from "./disclosure";
import { efficiencyByUnit, jobbtorgRows } from "./jobbtorgModel";
import { kalkylSheet } from "./kalkyl";
import type { DialogueModel } from "./model";
import { overviewSheet } from "./overview";
import { parsePeriod, previousPeriod, ReportPeriod } from "./period";
import { protectScb } from "./scbDisclosure";
import { findSubgroup, readScbRows, scbModel, ScbModel, scbSubgroups } from "./scbModel";
import { scbSheet } from "./scbSheet";
import { SCHEMAS } from "../registry/schemas";
import {
  column,
  DialogueSources,
  distinctValues,
  findSources,
  Register,
  targetFor,
} from "./sources";
import type { SheetDescription } from "./types";
import { protectSfi, sfiModel, SfiModel } from "./sfiModel";
import { sfiSheet } from "./sfiSheet";
import { progressionSection, surveySection } from "./surveyModel";
import { interventionSection } from "./interventionModel";
import { targetGroupSection } from "./targetGroupModel";
import { vuxRows } from "./vuxModel";

export type TemplateName = "jobbtorg" | "vux" | "kalkyl" | "scb" | "sfi";

export interface BuildOptions {
  /** One unit (school for vux, subgroup for scb); null with `all` false = the whole register as one. */
  unit?: string | null;
  /** One sheet per unit and an overview. */
  all?: boolean;
  /** `YYYY`, `YYYYT1`, `YYYYT2` or `YYYYT3` (scb: not used, the extract's Inskrivningsår is its period). */
  period: string;
  template: TemplateName;
  settings?: Settings;
  /** Today (Excel serial): the date made, and the follow-up cut-off. */
  today: number;
  /** Unresolved validation errors per source sheet (for the banner). */
  validationErrors?: Array<{ sheet: string; errors: number }>;
}

export { DialogueError };

/** The period, or a DialogueError naming the accepted forms. */
export function requirePeriod(text: string): ReportPeriod {
  const period = parsePeriod(text);
  if (!period) throw new DialogueError("periodInvalid", { text });
  return period;
}

/** The units of a template's register (Enhet for Jobbtorg and kalkyl, Skola for vux, subgroups for scb). */
export function unitsOf(sources: DialogueSources, template: TemplateName): string[] {
  if (template === "scb") {
    const register = sources.registers.scb;
    return register ? scbSubgroups(readScbRows(register).rows).map((s) => s.label) : [];
  }
  if (template === "sfi") return distinctValues(column(sources, "sfi", "school"));
  return template === "vux"
    ? distinctValues(column(sources, "vux", "school"))
    : distinctValues(column(sources, "avslut", "unit"));
}

/** The model of one unit's dialogue (Jobbtorg or vux), targets attached. */
export function buildModel(
  sources: DialogueSources,
  template: "jobbtorg" | "vux",
  unit: string | null,
  period: ReportPeriod,
  settings: Settings,
  today: number
): DialogueModel {
  // Own templates (CLI and pane) come here without build(): the same refusal.
  refusePersonalNumbers(sources, [unit], template);
  const previous = previousPeriod(period);
  const rows =
    template === "vux"
      ? vuxRows(sources, unit, period, previous, settings, today)
      : jobbtorgRows(sources, unit, period, previous, settings, today);
  for (const row of rows) row.target = targetFor(sources.targets, row.key, unit);
  const units = unitsOf(sources, template);
  const survey = surveySection(sources, template, unit, units, settings);
  const progression = progressionSection(sources, unit, units, settings);
  const interventions =
    template === "jobbtorg" ? interventionSection(sources, unit, period, settings, today) : null;
  const targetGroups =
    template === "jobbtorg"
      ? targetGroupSection(sources, unit, period, settings, today, rows)
      : null;
  return {
    template,
    unit,
    period,
    previous,
    made: isoOf(today),
    sources,
    rows,
    settings,
    survey,
    progression,
    targetGroups,
    interventions,
  };
}

function requireRegister(sources: DialogueSources, template: TemplateName): void {
  const needed =
    template === "vux" || template === "sfi" || template === "scb" ? template : "avslut";
  if (!sources.registers[needed]) {
    const table = SCHEMAS[needed].table;
    throw new DialogueError("registerMissing", { table });
  }
}

/**
 * A unit or a source sheet named after a personnummer would name the report's sheets, titles,
 * formulas and "Källor:" line: the report refuses it (validate reports the cells as pnr/misplaced).
 */
function refusePersonalNumbers(
  sources: DialogueSources,
  units: ReadonlyArray<string | null>,
  template: TemplateName
): void {
  const unit = units.find((u): u is string => u !== null && containsPersonalNumber(u));
  if (unit !== undefined) {
    const kind = bilingual(
      template === "vux" || template === "sfi" ? "unitKindSchool" : "unitKindUnit"
    );
    throw new DialogueError("unitHasPnr", { kind, unit });
  }
  const sheet = sources.used.find((u) => containsPersonalNumber(u.sheet));
  if (sheet !== undefined) {
    throw new DialogueError("sheetHasPnr", { sheet: sheet.sheet });
  }
}

function unitList(sources: DialogueSources, options: BuildOptions): Array<string | null> {
  if (!options.all) {
    const unit = options.unit ?? null;
    if (unit !== null) {
      const known = unitsOf(sources, options.template);
      const match = known.find(
        (u) => u.toLocaleLowerCase("sv-SE") === unit.trim().toLocaleLowerCase("sv-SE")
      );
      if (!match) throw new DialogueError("unitUnknown", { unit, known: known.join(", ") });
      return [match];
    }
    return [null];
  }
  return unitsOf(sources, options.template);
}

/**
 * "RD Jobbtorg Järva 2025T2", the unit shortened so the period survives Excel's 31 characters
 * (masked: the prefix of an own template is the template sheet's name).
 */
export function sheetName(prefix: string, unit: string | null, period: string): string {
  const room = 31 - prefix.length - period.length - 2;
  return maskPersonalNumbers(`${prefix} ${(unit ?? "alla").slice(0, room).trim()} ${period}`);
}

/**
 * The name of a filled copy of an own template sheet: the template's name cut to 12 characters, the
 * unit and the period. The template's name is checked whole first, since cutting a personnummer short
 * would leave digits the mask no longer recognises.
 */
export function templateCopyName(
  templateSheet: string,
  unit: string | null,
  period: string
): string {
  if (containsPersonalNumber(templateSheet)) {
    throw new DialogueError("templateHasPnr", { sheet: templateSheet });
  }
  return sheetName(templateSheet.slice(0, 12), unit, period);
}

/**
 * The SCB models: one for the chosen subgroup (the unit option: "Åldersgrupp: 16–24 år", a value alone,
 * or none for everyone), or with `all` one for everyone and one per subgroup, protected together.
 */
export function scbModels(
  tables: readonly SheetTable[],
  options: Omit<BuildOptions, "template" | "period" | "today">
): { register: Register; models: ScbModel[] } {
  const settings = options.settings ?? defaultSettings();
  const sources = findSources(tables, options.validationErrors);
  requireRegister(sources, "scb");
  const register = sources.registers.scb!;
  const { rows } = readScbRows(register);
  const subgroups = options.all
    ? [null, ...scbSubgroups(rows).map((s) => s.subgroup)]
    : [findSubgroup(rows, options.unit ?? null)];
  if (subgroups[0] === undefined) {
    const known = ["alla", ...scbSubgroups(rows).map((s) => s.label)].join("; ");
    throw new DialogueError("subgroupUnknown", { subgroup: String(options.unit ?? ""), known });
  }
  const models = subgroups.map((subgroup) => scbModel(register, subgroup ?? null));
  refusePersonalNumbers(
    sources,
    models.map((m) => m.subgroupLabel),
    "scb"
  );
  protectScb(models, settings);
  return { register, models };
}

/** The SCB sheets of scbModels, named after the subgroup and the enrolment year. */
function scbSheets(tables: readonly SheetTable[], options: BuildOptions): SheetDescription[] {
  const settings = options.settings ?? defaultSettings();
  const { register, models } = scbModels(tables, options);
  const errors =
    options.validationErrors?.find((e) => e.sheet === register.table.name)?.errors ?? 0;
  const context = {
    made: isoOf(options.today),
    settings,
    source: { sheet: register.table.name, rows: register.table.rows.length },
    errors,
  };
  // Excel forbids : \ / ? * [ ] in sheet names.
  const name = (label: string | null, years: string | null) =>
    sheetName(
      "SCB",
      (label ?? "alla").replace(/[:\\/?*[\]]/g, " ").replace(/\s+/g, " "),
      years ?? ""
    ).trim();
  return models.map((m) => scbSheet(m, name(m.subgroup?.value ?? null, m.years), context));
}

/**
 * The sfi models of the units (null: all schools), protected together: each school's cell and the
 * all-schools cell sum to each other.
 */
export function sfiModels(
  sources: DialogueSources,
  units: ReadonlyArray<string | null>,
  period: ReportPeriod,
  settings: Settings,
  today: number
): SfiModel[] {
  const models = units.map((unit) => sfiModel(sources, unit, period, settings, today));
  protectSfi(models);
  return models;
}

/** The sheets of a built-in template: one per unit, plus an overview with `all`. */
export function build(tables: readonly SheetTable[], options: BuildOptions): SheetDescription[] {
  if (options.template === "scb") return scbSheets(tables, options);
  const period = requirePeriod(options.period);
  const settings = options.settings ?? defaultSettings();
  const sources = findSources(tables, options.validationErrors);
  requireRegister(sources, options.template);
  const units = unitList(sources, options);
  refusePersonalNumbers(sources, units, options.template);
  const made = isoOf(options.today);
  if (options.template === "kalkyl") {
    const efficiency = efficiencyByUnit(sources, period, settings);
    return units.map((unit) => {
      const model = buildModel(sources, "jobbtorg", unit, period, settings, options.today);
      const exits = model.rows.find((r) => r.key === "EXITRATE");
      // A hidden total must not come back as the calculation's number of participants.
      const participants =
        exits && !exits.total.suppressed && exits.total.count !== undefined && exits.total.n > 0
          ? exits.total.count
          : null;
      const cost =
        unit === null
          ? [...efficiency.values()].reduce((s, v) => s + v.cost, 0) || null
          : (efficiency.get(unit.toLocaleLowerCase("sv-SE"))?.cost ?? null);
      return kalkylSheet(
        sheetName("Kalkyl", unit, period.code),
        unit,
        period.code,
        made,
        participants,
        cost
      );
    });
  }
  if (options.template === "sfi") {
    // Per school and, with --all, for all schools: the all-schools sheet first, as the overview is.
    const models = sfiModels(
      sources,
      [...(options.all ? [null] : []), ...units],
      period,
      settings,
      options.today
    );
    return models.map((m) => sfiSheet(m, sheetName("Sfi", m.unit, period.code)));
  }
  const models = units.map((unit) =>
    buildModel(
      sources,
      options.template as "jobbtorg" | "vux",
      unit,
      period,
      settings,
      options.today
    )
  );
  protectWorkbook(models);
  const prefix = options.template === "vux" ? "RD vux" : "RD";
  const sheets = models.map((m) => dialogueSheet(m, sheetName(prefix, m.unit, period.code)));
  if (options.all && models.length > 0)
    sheets.unshift(
      overviewSheet(models, `Översikt ${prefix === "RD" ? "" : "vux "}${period.code}`, made)
    );
  return sheets;
}

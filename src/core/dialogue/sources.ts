/**
 * The registers a dialogue is built from: which sheet holds which register (by its standard table
 * name, else by its headers) and its columns by field, via the registry schemas' header matching.
 */
import type { CellValue } from "../cells";
import { isBlank, normalizeCode } from "../cells";
import { detectType, mapColumns, normalizeHeader, SCHEMAS } from "../registry/schemas";
import type { RegisterType, SheetTable } from "../registry/types";

/** A register found in the workbook with its column mapping. */
export interface Register {
  type: RegisterType;
  table: SheetTable;
  /** Field key → column index. */
  fields: Record<string, number>;
}

/** One target: indicator, unit ("" = every unit) and target value. */
export interface Target {
  indicator: string;
  unit: string;
  value: number;
}

/** What the dialogue reads: the registers present, the targets, and unresolved validation errors. */
export interface DialogueSources {
  registers: Partial<Record<RegisterType, Register>>;
  targets: Target[];
  /** Name and data-row count of every source used (for the header). */
  used: Array<{ sheet: string; rows: number }>;
  /** Sheets with unresolved validation errors and how many (for the banner). */
  errors: Array<{ sheet: string; errors: number }>;
}

/**
 * Picks each register: the sheet named as its standard table ("Avslut") wins; otherwise the first
 * sheet whose headers fit that type. Copies such as "Avslut (import)" are only used when nothing better exists.
 */
export function findSources(
  tables: readonly SheetTable[],
  errors: Array<{ sheet: string; errors: number }> = []
): DialogueSources {
  const registers: DialogueSources["registers"] = {};
  const malTable = tables.find((t) => normalizeHeader(t.name) === "mal");
  for (const schema of Object.values(SCHEMAS)) {
    const byName = tables.find((t) => normalizeHeader(t.name) === normalizeHeader(schema.table));
    // By headers only a sheet holding every required column: a targets table (Indikator, Enhet, Mål)
    // shares "Enhet" with Personalkostnad and must not be read as staff costs.
    const byHeaders = tables.find(
      (t) =>
        t !== malTable &&
        t.headers.length > 0 &&
        detectType(t.headers) === schema.type &&
        hasRequiredColumns(t, schema.type)
    );
    const table = byName ?? byHeaders;
    if (!table) continue;
    registers[schema.type] = {
      type: schema.type,
      table,
      fields: mapColumns(table.headers, schema.type).fields,
    };
  }
  // The SCB extract feeds only its own sheet, which names it itself: not a source of the other sheets.
  const used = Object.values(registers)
    .filter((r) => r!.type !== "scb")
    .map((r) => ({ sheet: r!.table.name, rows: r!.table.rows.length }));
  if (malTable) used.push({ sheet: malTable.name, rows: malTable.rows.length });
  const usedNames = new Set(used.map((u) => u.sheet));
  return {
    registers,
    targets: malTable ? readTargets(malTable) : [],
    used,
    errors: errors.filter((e) => usedNames.has(e.sheet) && e.errors > 0),
  };
}

function hasRequiredColumns(table: SheetTable, type: RegisterType): boolean {
  const fields = mapColumns(table.headers, type).fields;
  return SCHEMAS[type].fields.every((f) => !f.required || fields[f.key] !== undefined);
}

/** A register's column for a field, or null when the register or the column is absent. */
export function column(
  sources: DialogueSources,
  type: RegisterType,
  field: string
): CellValue[] | null {
  const register = sources.registers[type];
  if (!register || register.fields[field] === undefined) return null;
  const c = register.fields[field];
  return register.table.rows.map((row) => row[c] ?? null);
}

/** The targets of a `Mal` table (Indikator, Enhet, Mål); shares may be written 0.7 or 70 %. */
export function readTargets(table: SheetTable): Target[] {
  const index = (name: string) => table.headers.findIndex((h) => normalizeHeader(h) === name);
  const [ci, cu, cv] = [index("indikator"), index("enhet"), index("mal")];
  if (ci < 0 || cv < 0) return [];
  const targets: Target[] = [];
  for (const row of table.rows) {
    const indicator = String(row[ci] ?? "")
      .trim()
      .toUpperCase();
    const raw = row[cv];
    const value =
      typeof raw === "number"
        ? raw
        : Number(
            String(raw ?? "")
              .replace(",", ".")
              .replace("%", "")
              .trim()
          );
    if (!indicator || !Number.isFinite(value) || raw === null || raw === "") continue;
    const share = typeof raw === "string" && raw.includes("%") ? value / 100 : value;
    targets.push({ indicator, unit: cu >= 0 ? String(row[cu] ?? "").trim() : "", value: share });
  }
  return targets;
}

/** The target of an indicator for a unit: the unit's own row, else a row for every unit (blank Enhet). */
export function targetFor(
  targets: readonly Target[],
  indicator: string,
  unit: string | null
): number | undefined {
  const key = indicator.toUpperCase();
  const own =
    unit === null
      ? undefined
      : targets.find((t) => t.indicator === key && normalizeCode(t.unit) === normalizeCode(unit));
  const general = targets.find(
    (t) => t.indicator === key && (t.unit === "" || /^alla/i.test(t.unit))
  );
  return (own ?? general)?.value;
}

/** The distinct values of a column in first-seen order (unit names, schools), blanks skipped. */
export function distinctValues(values: readonly CellValue[] | null): string[] {
  const seen = new Map<string, string>();
  for (const v of values ?? []) {
    if (isBlank(v)) continue;
    const key = normalizeCode(v);
    if (!seen.has(key)) seen.set(key, String(v).trim());
  }
  return [...seen.values()];
}

/** Row indexes whose column value is the unit (case- and space-insensitive); all rows when unit is null. */
export function rowsOfUnit(
  values: readonly CellValue[] | null,
  unit: string | null,
  length: number
): number[] {
  if (unit === null || values === null) return Array.from({ length }, (_, i) => i);
  const key = normalizeCode(unit);
  const rows: number[] = [];
  values.forEach((v, i) => {
    if (normalizeCode(v) === key) rows.push(i);
  });
  return rows;
}

/** The values of a column at the given rows (null column → null). */
export function pick(
  values: readonly CellValue[] | null,
  rows: readonly number[]
): CellValue[] | null {
  return values === null ? null : rows.map((r) => values[r]);
}

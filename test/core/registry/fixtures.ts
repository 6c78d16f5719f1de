/** Small builders for registry tests: tables, flat [row, column, code] triples, synthetic people. */
import type { CellValue } from "../../../src/core/cells";
import { serialOf } from "../../../src/core/cells";
import { validateTable } from "../../../src/core/registry/validate";
import type { ValidationOptions } from "../../../src/core/registry/options";
import type { CheckCode, SheetTable, ValidationReport } from "../../../src/core/registry/types";
import {
  mulberry32,
  syntheticPnr,
  SyntheticPnr,
  SyntheticPnrOptions,
} from "../../helpers/synthetic";

/** "Today" of every registry test: 2026-06-15. */
export const TODAY = serialOf(2026, 6, 15);

/** A sheet whose header row is row 1 and whose first column is A, unless told otherwise. */
export function sheet(
  headers: string[],
  rows: CellValue[][],
  at: Partial<SheetTable> = {}
): SheetTable {
  return { name: "Blad1", headerRow: 1, firstColumn: 1, headers, rows, ...at };
}

/** Validates with TODAY and returns the report. */
export function check(table: SheetTable, options: ValidationOptions = {}): ValidationReport {
  return validateTable(table, { today: TODAY, ...options });
}

/** The report's issues as flat [row, column, code] triples, in report order. */
export function triples(report: ValidationReport): Array<[number, string, CheckCode]> {
  return report.issues.map((i) => [i.row, i.column, i.code]);
}

/** Triples of only the given codes (to focus a spec on its own check family). */
export function triplesOf(
  report: ValidationReport,
  codes: readonly CheckCode[]
): Array<[number, string, CheckCode]> {
  return triples(report).filter(([, , code]) => codes.includes(code));
}

const rng = mulberry32(20260615);

/** A synthetic, Luhn-valid person (fixed seed: the same people on every run). */
export function person(options: SyntheticPnrOptions = {}): SyntheticPnr {
  return syntheticPnr(rng, options);
}

/** A personnummer of the right shape whose check digit is wrong. */
export function wrongCheckDigit(p: SyntheticPnr): string {
  const last = Number(p.long[p.long.length - 1]);
  return p.long.slice(0, -1) + String((last + 1) % 10);
}

/** The headers of a complete Avslut sheet. */
export const AVSLUT_HEADERS = [
  "Personnummer",
  "Kön",
  "Enhet",
  "Insats",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Avslutsorsak",
];

/** One clean Avslut row for a person. */
export function avslutRow(
  p: SyntheticPnr,
  overrides: Partial<Record<string, CellValue>> = {}
): CellValue[] {
  const base: Record<string, CellValue> = {
    Personnummer: p.long,
    Kön: p.gender,
    Enhet: "Jobbtorg Kista",
    Insats: "Coachning",
    Inskrivningsdatum: "2025-03-01",
    Avslutsdatum: "2026-01-15",
    Avslutsorsak: "Arbete",
    ...overrides,
  };
  return AVSLUT_HEADERS.map((h) => base[h]);
}

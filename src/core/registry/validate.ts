/**
 * Validation of a registry sheet: the type (given or detected), the column mapping, then the checks of
 * `checks/index.ts`, each in one pass. Counts are exact; listed issues are capped per code.
 */
import { todaySerial } from "../cells";
import { resolveCodeLists } from "./codeLists";
import { ALL_CHECK_CODES, CHECKS } from "./checks/catalogue";
import { CheckContext, columnLetters, IssueSink } from "./checks/context";
import { filledRowCount } from "./checks/duplicates";
import { CHECK_LIST } from "./checks";
import { DEFAULT_CAP_PER_CODE, ValidationOptions } from "./options";
import { detectType, mapColumns, SCHEMAS } from "./schemas";
import type { CheckCode, Severity, SheetTable, ValidationReport } from "./types";

export type { ValidationOptions } from "./options";
export { registerTypes, type RegisterTypeInfo } from "./schemas";
export { CHECKS, ALL_CHECK_CODES, type CheckInfo } from "./checks/catalogue";

/** Validates a sheet read as a table against its registry schema (SPEC §5). Never throws on cell values. */
export function validateTable(
  table: SheetTable,
  options: ValidationOptions = {}
): ValidationReport {
  const headers = Array.isArray(table.headers) ? table.headers : [];
  const rows = Array.isArray(table.rows) ? table.rows : [];
  const safeTable: SheetTable = { ...table, headers, rows };
  const type = options.type ?? detectType(headers) ?? "avslut";
  const schema = SCHEMAS[type];
  const mapping = mapColumns(headers, type, options.mapping);
  const rowCount = filledRowCount(rows, headers.length);
  const firstColumn =
    Number.isInteger(table.firstColumn) && table.firstColumn > 0 ? table.firstColumn : 1;
  const ctx: CheckContext = {
    table: safeTable,
    schema,
    mapping,
    sink: new IssueSink(Math.max(0, options.capPerCode ?? DEFAULT_CAP_PER_CODE)),
    today: Math.floor(options.today ?? todaySerial()),
    codeLists: resolveCodeLists(options.codeLists),
    rowCount,
    blankRows: new Uint8Array(rowCount),
    repeatOf: new Int32Array(rowCount),
    parsed: { serials: new Map(), periods: new Map(), codes: new Map() },
    letters: headers.map((_, c) => columnLetters(firstColumn + c)),
    dataRows: 0,
  };
  for (const check of CHECK_LIST) check.run(ctx);

  const counts = { error: 0, warning: 0, info: 0 };
  const countsByCode: Partial<Record<CheckCode, number>> = {};
  for (const code of ALL_CHECK_CODES) {
    const count = ctx.sink.counts.get(code);
    if (count === undefined) continue;
    countsByCode[code] = count;
    counts[CHECKS[code].severity] += count;
  }
  return {
    sheet: String(table.name ?? ""),
    type,
    rows: ctx.dataRows,
    issues: ctx.sink.sorted(),
    counts,
    countsByCode,
    mapping: { ...mapping.fields },
  };
}

export interface CodeSummary {
  code: CheckCode;
  severity: Severity;
  /** Exact count, whatever the cap. */
  count: number;
  label: { sv: string; en: string };
  /** Excel row numbers of the first listed issues, ascending, without repeats. */
  rows: number[];
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Per-code summary for the task pane's grouped list: errors first, then warnings, then info. */
export function summarizeByCode(report: ValidationReport, rowsPerCode = 10): CodeSummary[] {
  const rowsByCode = new Map<CheckCode, number[]>();
  for (const issue of report.issues) {
    const rows = rowsByCode.get(issue.code) ?? [];
    if (rows.length < rowsPerCode && rows[rows.length - 1] !== issue.row) rows.push(issue.row);
    rowsByCode.set(issue.code, rows);
  }
  const summaries: CodeSummary[] = [];
  for (const code of ALL_CHECK_CODES) {
    const count = report.countsByCode[code];
    if (count === undefined || count === 0) continue;
    const { severity, label } = CHECKS[code];
    summaries.push({ code, severity, count, label, rows: rowsByCode.get(code) ?? [] });
  }
  return summaries.sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

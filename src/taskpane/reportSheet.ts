/**
 * The `Valideringsrapport` sheet: a summary (sheet, type, rows, counts per severity and per check)
 * above the list of issues. Every text passes through the personnummer mask, so that even a value
 * quoted in a message, or a sheet named after a person, never reaches the report unmasked.
 */
import type { CellValue } from "../core/cells";
import type { Language } from "../core/messages";
import { maskPersonalNumbers } from "../core/pnr";
import { SCHEMAS } from "../core/registry/schemas";
import type { NewTableSheet, ValidationReport } from "../core/registry/types";
import { CHECKS, summarizeByCode } from "../core/registry/validate";
import { severityLabel, t } from "./strings";

function masked(value: CellValue): CellValue {
  return typeof value === "string" ? maskPersonalNumbers(value) : value;
}

/** The report sheet for a validation, in the pane's language, dated `madeOn` (YYYY-MM-DD). */
export function buildReportSheet(
  report: ValidationReport,
  language: Language,
  madeOn: string,
  capPerCode: number
): NewTableSheet {
  const rows: CellValue[][] = [
    [t(language, "sheet"), report.sheet],
    [t(language, "registerType"), SCHEMAS[report.type].label[language]],
    [t(language, "reportRows"), report.rows],
    [t(language, "errors"), report.counts.error],
    [t(language, "warnings"), report.counts.warning],
    [t(language, "notes"), report.counts.info],
    [t(language, "reportMade"), madeOn],
    [],
    [
      t(language, "reportCheck"),
      t(language, "reportCode"),
      t(language, "reportSeverity"),
      t(language, "reportCount"),
    ],
  ];
  for (const summary of summarizeByCode(report)) {
    rows.push([
      summary.label[language],
      summary.code,
      severityLabel(language, summary.severity),
      summary.count,
    ]);
  }
  rows.push([]);
  if (report.issues.length < report.counts.error + report.counts.warning + report.counts.info) {
    rows.push([t(language, "reportCapped", { cap: capPerCode })]);
  }
  rows.push([
    t(language, "row"),
    t(language, "reportColumn"),
    t(language, "reportCell"),
    t(language, "reportCode"),
    t(language, "reportSeverity"),
    t(language, "reportMessage"),
  ]);
  for (const issue of report.issues) {
    rows.push([
      issue.row,
      issue.column,
      issue.address,
      issue.code,
      severityLabel(language, CHECKS[issue.code].severity),
      issue.message[language],
    ]);
  }
  return {
    name: t(language, "reportSheetName"),
    headers: [t(language, "reportTitle")],
    rows: rows.map((row) => row.map(masked)),
  };
}

/** `resultatdialog validate`: checks a registry sheet of an .xlsx or .csv file. */
import { ALL_CHECK_CODES, CHECKS, validateTable } from "../../core/registry/validate";
import type { Issue, ValidationReport } from "../../core/registry/types";
import { formatMessage, type Language } from "../../core/messages";
import { maskPersonalNumbers } from "../../core/pnr";
import { CliContext, parseCommandArgs, stringOption, usage } from "../context";
import { settingsValidation } from "../../core/workbook/session";
import { chooseSheet, inputSettings, openInput, readInputSheet } from "../input";
import type { Command } from "./command";
import { todayOption, typeOption } from "./options";

/** Issues shown in the text summary; the JSON output lists all (up to the core's cap per code). */
const SHOWN_ISSUES = 20;

const TYPE_LABELS: Record<string, { sv: string; en: string }> = {
  avslut: { sv: "avslut (Jobbtorg)", en: "exits (job centres)" },
  forsorjningsstod: { sv: "försörjningsstöd", en: "income support" },
  vux: { sv: "uppföljning vuxenutbildning", en: "adult-education follow-up" },
  personalkostnad: { sv: "personalkostnad", en: "staff cost" },
  enkat: { sv: "brukar- eller elevenkät", en: "user or student survey" },
  enkaturval: { sv: "enkätens urval", en: "survey sample" },
  progression: { sv: "progression (självskattning)", en: "progression (self-rating)" },
  scb: { sv: "SCB-uttag (inkomstkälla)", en: "SCB extract (income source)" },
};

const SEVERITY_LABELS: Record<string, { sv: string; en: string }> = {
  error: { sv: "fel", en: "error" },
  warning: { sv: "varning", en: "warning" },
  info: { sv: "info", en: "info" },
};

export const validateCommand: Command = {
  name: "validate",
  summary: {
    sv: "kontrollera ett registerblad (.xlsx eller .csv)",
    en: "check a registry sheet (.xlsx or .csv)",
  },
  help: {
    sv: [
      "Användning: resultatdialog validate FIL [--sheet NAMN] [--type TYP] [--json] [--lang sv|en]",
      "",
      "Kontrollerar ett registerblad och visar fel, varningar och information per kontroll.",
      "Slutkod 0 utan fel, 1 med fel, 2 vid felaktig användning eller oläslig fil.",
      "",
      "  --sheet NAMN  blad att kontrollera (standard: första blad vars registertyp känns igen)",
      "  --type TYP    avslut|forsorjningsstod|vux|personalkostnad|enkat|enkaturval|progression|scb|sfi (standard: känns igen på rubrikerna)",
      "  --json        skriv resultatet som JSON",
      "  --today DATUM dagens datum ÅÅÅÅ-MM-DD (för reproducerbara körningar)",
      "  --lang sv|en  språk (standard: från LANG)",
      "",
      "CSV: avgränsare ; , eller tabb och teckenkodning UTF-8, UTF-16/UTF-32 (med BOM) eller Windows-1252 känns igen automatiskt.",
    ],
    en: [
      "Usage: resultatdialog validate FILE [--sheet NAME] [--type TYPE] [--json] [--lang sv|en]",
      "",
      "Checks a registry sheet and shows errors, warnings and information per check.",
      "Exit code 0 without errors, 1 with errors, 2 on bad usage or an unreadable file.",
      "",
      "  --sheet NAME  sheet to check (default: the first sheet whose register type is recognised)",
      "  --type TYPE   avslut|forsorjningsstod|vux|personalkostnad|enkat|enkaturval|progression|scb|sfi (default: recognised from the headers)",
      "  --json        print the result as JSON",
      "  --today DATE  today's date YYYY-MM-DD (for reproducible runs)",
      "  --lang sv|en  language (default: from LANG)",
      "",
      "CSV: the separator ; , or tab and the encoding UTF-8, UTF-16/UTF-32 (with a BOM) or Windows-1252 are detected automatically.",
    ],
  },
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs("validate", args, {
      sheet: { type: "string" },
      type: { type: "string" },
      json: { type: "boolean" },
      today: { type: "string" },
      lang: { type: "string" },
    });
    if (positionals.length !== 1) {
      throw usage("validate", "ange exakt en fil", "give exactly one file");
    }
    const type = typeOption("validate", values);
    const today = todayOption("validate", values) ?? ctx.today;
    const input = await openInput(positionals[0]);
    const sheet = await chooseSheet(input, stringOption(values, "sheet"), type);
    const table = await readInputSheet(input, sheet);
    // The workbook's own code list of exit reasons, as the pane validates with it.
    const report = validateTable(table, {
      type,
      today,
      ...settingsValidation(await inputSettings(input)),
    });
    ctx.out(
      values.json
        ? JSON.stringify(jsonReport(report, ctx.language))
        : textReport(report, ctx.language)
    );
    return report.counts.error > 0 ? 1 : 0;
  },
};

/** The JSON shape of SPEC §9, with messages in one language. */
export function jsonReport(report: ValidationReport, language: Language): object {
  return {
    // The report keeps the real name (the pane selects cells by it); what is printed is masked.
    sheet: maskPersonalNumbers(report.sheet),
    type: report.type,
    rows: report.rows,
    issues: report.issues.map((i) => ({
      row: i.row,
      column: i.column,
      address: i.address,
      code: i.code,
      severity: i.severity,
      message: i.message[language],
    })),
    counts: {
      error: report.counts.error,
      warning: report.counts.warning,
      info: report.counts.info,
    },
  };
}

function byPosition(a: Issue, b: Issue): number {
  return (
    a.row - b.row ||
    a.address.length - b.address.length ||
    (a.address < b.address ? -1 : a.address > b.address ? 1 : 0)
  );
}

/** The readable summary: counts, one line per check that found something, then the first issues. */
export function textReport(report: ValidationReport, language: Language): string {
  const { error, warning, info } = report.counts;
  const lines = [
    formatMessage(
      "cliValidateHeading",
      {
        sheet: report.sheet,
        type: report.type,
        label: TYPE_LABELS[report.type]?.[language] ?? report.type,
        rows: report.rows,
      },
      language
    ),
    formatMessage("cliValidateCounts", { error, warning, info }, language),
  ];
  const found = ALL_CHECK_CODES.filter((code) => (report.countsByCode[code] ?? 0) > 0);
  if (found.length === 0) {
    lines.push("", formatMessage("noIssues", {}, language));
    return lines.join("\n");
  }
  lines.push("", formatMessage("cliByCheck", {}, language));
  for (const code of found) {
    const severity = SEVERITY_LABELS[CHECKS[code].severity][language];
    lines.push(
      `  ${code.padEnd(20)} ${String(report.countsByCode[code]).padStart(6)}  ${severity.padEnd(8)} ${CHECKS[code].label[language]}`
    );
  }
  const shown = [...report.issues].sort(byPosition).slice(0, SHOWN_ISSUES);
  const total = error + warning + info;
  lines.push("", formatMessage("cliValidateFirst", { shown: shown.length, total }, language));
  for (const issue of shown) {
    const { row, column, address, code, message } = issue;
    lines.push(
      `  ${formatMessage("cliValidateIssue", { row, column, address, code, message: message[language] }, language)}`
    );
  }
  lines.push("", formatMessage("cliUseJson", {}, language));
  return lines.join("\n");
}

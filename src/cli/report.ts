/**
 * `resultatdialog report`: writes result-dialogue sheets (SPEC §7) — a built-in template (jobbtorg,
 * vux, kalkyl) or the user's own template sheet with placeholders — into a NEW workbook that holds
 * only them: no register, no template sheet, nothing personal. That file is the one to send.
 */
import { basename, dirname, extname, join } from "path";
import ExcelJS from "exceljs";
import { DialogueError, templateCopyName, type TemplateName } from "../core/dialogue/build";
import type { PlaceholderTemplate } from "../core/dialogue/placeholders";
import { WorkbookSession } from "../core/workbook/session";
import { CliContext, CliError, parseCommandArgs, stringOption, usage } from "./context";
import type { Command } from "./commands/command";
import { todayOption } from "./commands/options";
import { openInput } from "./input";
import { checkOutput, writeOutput } from "./safeWrite";
import { checkTemplateSheet, fillTemplateSheet, loadTemplateSheet } from "./xlsxTemplate";
import { descriptionsToXlsx, workbookToXlsx, XlsxFile } from "../xlsx";

const TEMPLATES: readonly TemplateName[] = ["jobbtorg", "vux", "kalkyl", "scb", "sfi"];

/** The default output next to the input: demo.xlsx → demo-resultatdialog.xlsx (refused if it exists, unless --force). */
export function defaultOutput(path: string): string {
  return join(dirname(path), `${basename(path, extname(path))}-resultatdialog.xlsx`);
}

export const reportCommand: Command = {
  name: "report",
  summary: {
    sv: "skriv resultatdialogblad i en ny arbetsbok",
    en: "write result-dialogue sheets to a new workbook",
  },
  help: {
    sv: [
      "Användning: resultatdialog report FIL --period P [--unit NAMN | --all] [--template jobbtorg|vux|kalkyl|scb [--subgroup G]|sfi] [--template-sheet NAMN] [--out UT.xlsx] [--force]",
      "",
      "Skriver en ny arbetsbok med bara resultatdialogbladen: resultat och måluppfyllelse, jämställdhetsanalys,",
      "analysfrågor, diagram och hur varje värde beräknades. Inga registerblad och inga personuppgifter:",
      "det är filen att skicka till ledningen. Indatafilen ändras aldrig.",
      "",
      "  --period P          ÅÅÅÅ, ÅÅÅÅT1 (jan–apr), ÅÅÅÅT2 (jan–aug) eller ÅÅÅÅT3 (jan–dec)",
      "  --unit NAMN         en enhet (skola för vux och sfi); utan den: hela registret",
      "  --all               ett blad per enhet och en översikt",
      "  --template T        jobbtorg (standard), vux, kalkyl, scb (långsiktig uppföljning ur SCB-uttaget; --period behövs inte) eller sfi (avbrott i sfi: vilka, när, vad sedan)",
      '  --subgroup G        scb: en undergrupp, t.ex. "Åldersgrupp: 16–24 år" eller "Eftergymnasial" (standard: alla); --all: alla undergrupper',
      "  --template-sheet N  ett eget mallblad med {{platshållare}} (fylls som jobbtorg, vux, sfi eller scb)",
      "  --out UT.xlsx       utfil (standard: FIL-resultatdialog.xlsx); aldrig indatafilen",
      "  --force             ersätt en befintlig utfil",
      "  --today DATUM       dagens datum ÅÅÅÅ-MM-DD (för reproducerbara körningar)",
    ],
    en: [
      "Usage: resultatdialog report FILE --period P [--unit NAME | --all] [--template jobbtorg|vux|kalkyl|scb [--subgroup G]|sfi] [--template-sheet NAME] [--out OUT.xlsx] [--force]",
      "",
      "Writes a new workbook with only the result-dialogue sheets: results and goal fulfilment, gender-equality",
      "analysis, analysis prompts, a chart and how each value was computed. No register sheet and nothing",
      "personal: it is the file to send to management. The input file is never changed.",
      "",
      "  --period P          YYYY, YYYYT1 (Jan–Apr), YYYYT2 (Jan–Aug) or YYYYT3 (Jan–Dec)",
      "  --unit NAME         one unit (school for vux and sfi); without it: the whole register",
      "  --all               one sheet per unit and an overview",
      "  --template T        jobbtorg (default), vux, kalkyl, scb (long-term follow-up from the SCB extract; no --period needed) or sfi (sfi dropout: who, when, what after)",
      '  --subgroup G        scb: one subgroup, e.g. "Åldersgrupp: 16–24 år" or "Eftergymnasial" (default: everyone); --all: every subgroup',
      "  --template-sheet N  an own template sheet with {{placeholders}} (filled as jobbtorg, vux, sfi or scb)",
      "  --out OUT.xlsx      output file (default: FILE-resultatdialog.xlsx); never the input",
      "  --force             replace an existing output file",
      "  --today DATE        today's date YYYY-MM-DD (for reproducible runs)",
    ],
  },
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs("report", args, {
      period: { type: "string" },
      unit: { type: "string" },
      subgroup: { type: "string" },
      all: { type: "boolean" },
      template: { type: "string" },
      "template-sheet": { type: "string" },
      out: { type: "string" },
      force: { type: "boolean" },
      today: { type: "string" },
      lang: { type: "string" },
    });
    if (positionals.length !== 1)
      throw usage("report", "ange exakt en fil", "give exactly one file");
    const templateText = (stringOption(values, "template") ?? "jobbtorg").toLowerCase();
    const template = TEMPLATES.find((t) => t === templateText);
    if (!template)
      throw usage(
        "report",
        `--template måste vara ${TEMPLATES.join("|")}`,
        `--template must be ${TEMPLATES.join("|")}`
      );
    // The SCB extract names its own enrolment year; its sheet has subgroups where the others have units.
    const scb = template === "scb";
    const periodText = stringOption(values, "period") ?? (scb ? "" : undefined);
    if (periodText === undefined) throw usage("report", "--period behövs", "--period is required");
    if (!scb && stringOption(values, "subgroup") !== undefined)
      throw usage(
        "report",
        "--subgroup gäller --template scb",
        "--subgroup goes with --template scb"
      );
    if (scb && stringOption(values, "unit") !== undefined)
      throw usage(
        "report",
        "--template scb har --subgroup, inte --unit",
        "--template scb takes --subgroup, not --unit"
      );
    const unit = stringOption(values, scb ? "subgroup" : "unit") ?? null;
    const all = values.all === true;
    if (all && unit !== null)
      throw usage(
        "report",
        `ange --${scb ? "subgroup" : "unit"} eller --all, inte båda`,
        `give --${scb ? "subgroup" : "unit"} or --all, not both`
      );
    const templateSheet = stringOption(values, "template-sheet");
    if (templateSheet && template === "kalkyl")
      throw usage(
        "report",
        "--template-sheet fylls som jobbtorg, vux, sfi eller scb",
        "--template-sheet is filled as jobbtorg, vux, sfi or scb"
      );
    const today = todayOption("report", values) ?? ctx.today;
    const out = stringOption(values, "out") ?? defaultOutput(positionals[0]);
    const target = { input: positionals[0], force: values.force === true };
    // Refused before the work, not after it: the input, a link to it, an existing file, a folder.
    await checkOutput(out, target);
    const input = await openInput(positionals[0]);
    if (input.kind !== "xlsx")
      throw usage("report", "report behöver en .xlsx-fil", "report needs an .xlsx file");

    // The tables and the settings the manager stored in the workbook (in the pane), as the pane reads them.
    const session = await WorkbookSession.open(input.workbook, { today });
    // A fresh workbook: the registers (and the template sheet) stay in the user's file.
    let file: XlsxFile;
    try {
      if (templateSheet) {
        const sheet = await loadTemplateSheet(input.path, templateSheet);
        const kind = template as PlaceholderTemplate; // kalkyl was refused above
        const problems = checkTemplateSheet(sheet, kind);
        if (problems.length > 0) {
          for (const p of problems) {
            ctx.err(
              `${sheet.name}!${p.address}: ${p.placeholder} – ${p.reason === "unknown" ? (ctx.language === "sv" ? "okänd platshållare" : "unknown placeholder") : ctx.language === "sv" ? "felskriven platshållare" : "malformed placeholder"}`
            );
          }
          throw new CliError({
            sv: `mallen har ${problems.length} fel; inget skrevs`,
            en: `the template has ${problems.length} problem(s); nothing was written`,
          });
        }
        const { period, fills } = session.templateFills(kind, { unit, all, period: periodText });
        // The user's own sheet is copied cell by cell (ExcelJS), not rebuilt from a description.
        const workbook = new ExcelJS.Workbook();
        workbook.creator = "resultatdialog";
        const sheets = fills.map((fill) =>
          fillTemplateSheet(
            workbook,
            sheet,
            templateCopyName(sheet.name, fill.label, period),
            fill.values
          )
        );
        file = { bytes: await workbookToXlsx(workbook, []), sheets };
      } else {
        // The same writer as the task pane's "Spara som egen fil".
        file = await descriptionsToXlsx(session.build({ template, unit, all, period: periodText }));
      }
    } catch (e) {
      if (e instanceof DialogueError) throw new CliError({ sv: e.sv, en: e.en });
      throw e;
    }
    await writeOutput(out, file.bytes, target);
    ctx.out(`${ctx.language === "sv" ? "Skrev" : "Wrote"} ${out}: ${file.sheets.join(", ")}`);
    return 0;
  },
};

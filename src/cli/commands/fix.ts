/**
 * `resultatdialog fix`: writes a NEW workbook holding the corrected sheet "<name> (rättad)" and a sheet
 * "Ändringar" counting what was changed (no values). The input file is never written.
 */
import { isBlank } from "../../core/cells";
import { bilingual, formatMessage } from "../../core/messages";
import { maskPersonalNumbers } from "../../core/pnr";
import { applyFixes } from "../../core/registry/fixes";
import { detectType } from "../../core/registry/schemas";
import { CliContext, CliError, parseCommandArgs, stringOption, usage } from "../context";
import { chooseSheet, openInput, readInputSheet } from "../input";
import { checkOutput, writeOutput } from "../safeWrite";
import { XlsxWorkbook } from "../xlsxWorkbook";
import type { Command } from "./command";
import { fixChanges, fixSummary } from "./fixSummary";
import { todayOption, typeOption } from "./options";

export const fixCommand: Command = {
  name: "fix",
  summary: {
    sv: 'skriv en ny arbetsbok med ett rättat blad "<namn> (rättad)"',
    en: 'write a new workbook with a corrected sheet "<name> (rättad)"',
  },
  help: {
    sv: [
      "Användning: resultatdialog fix FIL --out UT.xlsx [--sheet NAMN] [--type TYP] [--force] [--lang sv|en]",
      "",
      "Rättar det som går att rätta automatiskt: personnummer till ÅÅÅÅMMDD-XXXX, kön till K/M,",
      "textdatum till datum, mellanslag runt text, exakta dubblettrader. Originalfilen ändras aldrig:",
      'UT.xlsx blir en ny arbetsbok med det rättade bladet "<namn> (rättad)" (utan tomma rader) och',
      'bladet "Ändringar" med antalet rättningar per slag (inga värden).',
      "",
      "  --out FIL     utfil (.xlsx, aldrig indatafilen eller en länk till den)",
      "  --force       ersätt en befintlig utfil",
      "  --sheet NAMN  blad att rätta (standard: första blad vars registertyp känns igen)",
      "  --type TYP    avslut|forsorjningsstod|vux|personalkostnad|enkat|enkaturval|progression|scb|sfi",
      "  --today DATUM dagens datum ÅÅÅÅ-MM-DD",
    ],
    en: [
      "Usage: resultatdialog fix FILE --out OUT.xlsx [--sheet NAME] [--type TYPE] [--force] [--lang sv|en]",
      "",
      "Fixes what can be fixed automatically: personnummer to YYYYMMDD-XXXX, gender to K/M, text dates",
      "to dates, spaces around text, exact duplicate rows. The input file is never changed: OUT.xlsx is",
      'a new workbook with the corrected sheet "<name> (rättad)" (without blank rows) and a sheet',
      '"Ändringar" counting the fixes of each kind (no values).',
      "",
      "  --out FILE    output file (.xlsx, never the input file or a link to it)",
      "  --force       replace an existing output file",
      "  --sheet NAME  sheet to fix (default: the first sheet whose register type is recognised)",
      "  --type TYPE   avslut|forsorjningsstod|vux|personalkostnad|enkat|enkaturval|progression|scb|sfi",
      "  --today DATE  today's date YYYY-MM-DD",
    ],
  },
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs("fix", args, {
      out: { type: "string" },
      force: { type: "boolean" },
      sheet: { type: "string" },
      type: { type: "string" },
      today: { type: "string" },
      lang: { type: "string" },
    });
    if (positionals.length !== 1) throw usage("fix", "ange exakt en fil", "give exactly one file");
    const out = stringOption(values, "out");
    if (out === undefined) throw usage("fix", "--out UT.xlsx saknas", "--out OUT.xlsx is missing");
    // Refused before reading: the input by device and inode (links too), an existing file, a folder.
    const target = { input: positionals[0], force: values.force === true };
    await checkOutput(out, target);
    const explicitType = typeOption("fix", values);
    const today = todayOption("fix", values) ?? ctx.today;

    const input = await openInput(positionals[0]);
    const sheetName = await chooseSheet(input, stringOption(values, "sheet"), explicitType);
    const table = await readInputSheet(input, sheetName);
    const type = explicitType ?? detectType(table.headers);
    if (type === null) {
      throw new CliError(bilingual("cliTypeNotRecognised", { sheet: sheetName }));
    }
    const { sheet, preview } = applyFixes(table, { type, today });

    // Blank rows are left out of the corrected sheet: they hold nothing, and a sheet with one value in
    // row 1,048,576 must not become a million written rows. The Ändringar sheet counts them.
    const rows = sheet.rows.filter((row) => !row.every(isBlank));
    const blankRowsLeftOut = sheet.rows.length - rows.length;

    const workbook = XlsxWorkbook.create();
    // The sheet (or a CSV's file) name may hold a personnummer: the new sheet's name is masked (a "*"
    // cannot be in a sheet name, so freeSheetName makes the hidden digits "_").
    const written = await workbook.writeTableSheet({
      ...sheet,
      rows,
      name: `${maskPersonalNumbers(sheetName)} (rättad)`,
    });
    const sv = ctx.language === "sv";
    workbook.writeSheet(
      {
        name: "Ändringar",
        headers: [sv ? "Antal" : "Count", sv ? "Ändring" : "Change"],
        rows: fixChanges(preview, ctx.language, blankRowsLeftOut).map(({ count, label }) => [
          count,
          label,
        ]),
      },
      {
        note: formatMessage("cliFixNote", { sheet: sheetName, written }, ctx.language),
        widths: { 0: 10, 1: 50 },
      }
    );
    const path = await writeOutput(out, await workbook.toBuffer(), target);
    ctx.out(fixSummary(preview, ctx.language, blankRowsLeftOut));
    ctx.out(formatMessage("cliFixWritten", { path, written, rows: rows.length }, ctx.language));
    return 0;
  },
};

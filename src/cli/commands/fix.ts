/** `resultatdialog fix`: writes a copy of the workbook with the corrected sheet added as "<name> (rättad)". */
import { basename, resolve } from "path";
import { applyFixes } from "../../core/registry/fixes";
import { detectType } from "../../core/registry/schemas";
import { CliContext, CliError, parseCommandArgs, stringOption, usage } from "../context";
import { chooseSheet, openInput, readInputSheet } from "../input";
import { XlsxWorkbook } from "../xlsxWorkbook";
import type { Command } from "./command";
import { fixSummary } from "./fixSummary";
import { todayOption, typeOption } from "./options";

export const fixCommand: Command = {
  name: "fix",
  summary: {
    sv: "skriv en kopia med ett rättat blad \"<namn> (rättad)\"",
    en: "write a copy with a corrected sheet \"<name> (rättad)\"",
  },
  help: {
    sv: [
      "Användning: resultatdialog fix FIL --out UT.xlsx [--sheet NAMN] [--type TYP] [--lang sv|en]",
      "",
      "Rättar det som går att rätta automatiskt: personnummer till ÅÅÅÅMMDD-XXXX, kön till K/M,",
      "textdatum till datum, mellanslag runt text, exakta dubblettrader. Originalfilen ändras aldrig:",
      "en kopia skrivs till UT.xlsx med det rättade bladet tillagt som \"<namn> (rättad)\".",
      "",
      "  --out FIL     utfil (.xlsx, inte samma som indatafilen; en befintlig utfil skrivs över)",
      "  --sheet NAMN  blad att rätta (standard: första blad vars registertyp känns igen)",
      "  --type TYP    avslut|forsorjningsstod|vux|personalkostnad",
      "  --today DATUM dagens datum ÅÅÅÅ-MM-DD",
    ],
    en: [
      "Usage: resultatdialog fix FILE --out OUT.xlsx [--sheet NAME] [--type TYPE] [--lang sv|en]",
      "",
      "Fixes what can be fixed automatically: personnummer to YYYYMMDD-XXXX, gender to K/M, text dates",
      "to dates, spaces around text, exact duplicate rows. The input file is never changed: a copy is",
      "written to OUT.xlsx with the corrected sheet added as \"<name> (rättad)\".",
      "",
      "  --out FILE    output file (.xlsx, not the input file; an existing output file is replaced)",
      "  --sheet NAME  sheet to fix (default: the first sheet whose register type is recognised)",
      "  --type TYPE   avslut|forsorjningsstod|vux|personalkostnad",
      "  --today DATE  today's date YYYY-MM-DD",
    ],
  },
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs("fix", args, {
      out: { type: "string" },
      sheet: { type: "string" },
      type: { type: "string" },
      today: { type: "string" },
      lang: { type: "string" },
    });
    if (positionals.length !== 1) throw usage("fix", "ange exakt en fil", "give exactly one file");
    const out = stringOption(values, "out");
    if (out === undefined) throw usage("fix", "--out UT.xlsx saknas", "--out OUT.xlsx is missing");
    if (!/\.xlsx$/i.test(out)) throw usage("fix", "--out måste sluta på .xlsx", "--out must end in .xlsx");
    if (resolve(out) === resolve(positionals[0])) {
      throw usage("fix", "--out får inte vara indatafilen (originalet ändras aldrig)", "--out must not be the input file (the original is never changed)");
    }
    const explicitType = typeOption("fix", values);
    const today = todayOption("fix", values) ?? ctx.today;

    const input = await openInput(positionals[0]);
    const sheetName = await chooseSheet(input, stringOption(values, "sheet"), explicitType);
    const table = await readInputSheet(input, sheetName);
    const type = explicitType ?? detectType(table.headers);
    if (type === null) {
      throw new CliError({
        sv: `bladet "${sheetName}": registertypen känns inte igen på rubrikerna; ange --type`,
        en: `sheet "${sheetName}": the register type is not recognised from the headers; give --type`,
      });
    }
    const { sheet, preview } = applyFixes(table, { type, today });

    // A CSV has no workbook to copy: the copy starts with the file's data as its first sheet.
    // Until fix writes a workbook of its own: the copy is still an ExcelJS load of the input.
    const target = input.kind === "xlsx" ? await XlsxWorkbook.load(input.path) : XlsxWorkbook.create();
    if (input.kind === "csv") target.writeSheet({ name: table.name, headers: table.headers, rows: table.rows });
    const written = await target.writeTableSheet({ ...sheet, name: `${sheetName} (rättad)` });
    try {
      await target.save(out);
    } catch {
      throw new CliError({ sv: `${basename(out)}: kan inte skriva filen`, en: `${basename(out)}: cannot write the file` });
    }
    ctx.out(fixSummary(preview, ctx.language));
    ctx.out(
      ctx.language === "sv"
        ? `Skrev ${resolve(out)} med bladet "${written}" (${sheet.rows.length} rader). Originalet är oförändrat.`
        : `Wrote ${resolve(out)} with the sheet "${written}" (${sheet.rows.length} rows). The original is unchanged.`
    );
    return 0;
  },
};

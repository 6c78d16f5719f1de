/** `resultatdialog demo`: writes the synthetic demo workbook. */
import { DEFAULT_DEMO_EXITS, DemoWorkbook, generateDemo, MIN_DEMO_EXITS } from "../../core/demo";
import { bilingual, formatMessage } from "../../core/messages";
import { CliContext, integerOption, parseCommandArgs, stringOption, usage } from "../context";
import { checkOutput, writeOutput } from "../safeWrite";
import type { Command } from "./command";
import { todayOption } from "./options";
import { XlsxStreamWriter } from "../xlsxStreamWriter";

const MAX_DEMO_EXITS = 1_000_000;

/**
 * The demo workbook ready to be saved: the explanation sheet, then each register. Streamed, because
 * ExcelJS's document writer needs minutes and gigabytes for 100,000 exits (bench/demo.bench.ts).
 */
export function demoWorkbook(demo: DemoWorkbook): XlsxStreamWriter {
  const workbook = new XlsxStreamWriter({
    creator: "resultatdialog",
    title: "Resultatdialog – demodata (syntetiska)",
    subject: "Syntetiska demodata – inga verkliga personer / Synthetic demo data – no real persons",
  });
  workbook.addTextSheet(demo.about.name, demo.about.lines);
  for (const sheet of demo.sheets) {
    workbook.addTableSheet(sheet, {
      tableName: sheet.tableName,
      note: sheet.note,
      widths: sheet.widths,
      headerComment: sheet.headerComment,
    });
  }
  return workbook;
}

export const demoCommand: Command = {
  name: "demo",
  summary: {
    sv: "skapa en demoarbetsbok med syntetiska registerdata",
    en: "write a demo workbook of synthetic registry data",
  },
  help: {
    sv: [
      "Användning: resultatdialog demo [--out demo.xlsx] [--force] [--rows N] [--seed N]",
      "",
      "Skriver en arbetsbok med tabellerna Avslut, Forsorjningsstod, VuxUppfoljning, Personalkostnad och Mal",
      'samt bladet "Avslut (import)" med typiska importfel. Alla personnummer är syntetiska.',
      "",
      "  --out FIL     utfil (standard demo.xlsx; en befintlig fil ersätts bara med --force)",
      "  --force       ersätt en befintlig utfil",
      `  --rows N      antal avslut (standard ${DEFAULT_DEMO_EXITS}, ${MIN_DEMO_EXITS}–${MAX_DEMO_EXITS}); övriga register skalas med`,
      "  --seed N      slumpfrö (standard 1): samma frö ger samma arbetsbok",
      "  --today DATUM dagens datum ÅÅÅÅ-MM-DD (för reproducerbara körningar)",
      "  --lang sv|en  språk",
    ],
    en: [
      "Usage: resultatdialog demo [--out demo.xlsx] [--force] [--rows N] [--seed N]",
      "",
      "Writes a workbook with the tables Avslut, Forsorjningsstod, VuxUppfoljning, Personalkostnad and Mal",
      'and the sheet "Avslut (import)" with typical import defects. Every personnummer is synthetic.',
      "",
      "  --out FILE    output file (default demo.xlsx; an existing file is replaced only with --force)",
      "  --force       replace an existing output file",
      `  --rows N      number of exits (default ${DEFAULT_DEMO_EXITS}, ${MIN_DEMO_EXITS}–${MAX_DEMO_EXITS}); the other registers scale along`,
      "  --seed N      random seed (default 1): the same seed gives the same workbook",
      "  --today DATE  today's date YYYY-MM-DD (for reproducible runs)",
      "  --lang sv|en  language",
    ],
  },
  async run(args: string[], ctx: CliContext): Promise<number> {
    const { values, positionals } = parseCommandArgs("demo", args, {
      out: { type: "string" },
      force: { type: "boolean" },
      rows: { type: "string" },
      seed: { type: "string" },
      today: { type: "string" },
      lang: { type: "string" },
    });
    if (positionals.length > 0) {
      const message = bilingual("cliUnexpectedArgument", { value: positionals[0] });
      throw usage("demo", message.sv, message.en);
    }
    const out = stringOption(values, "out") ?? "demo.xlsx";
    const target = { force: values.force === true };
    const exits = integerOption(
      "demo",
      values,
      "rows",
      DEFAULT_DEMO_EXITS,
      MIN_DEMO_EXITS,
      MAX_DEMO_EXITS
    );
    const seed = integerOption("demo", values, "seed", 1, 0, 2 ** 31 - 1);
    const today = todayOption("demo", values) ?? ctx.today;

    // Refused before the minutes of generating, not after.
    await checkOutput(out, target);
    const demo = generateDemo({ exits, seed, today });
    const path = await writeOutput(out, await demoWorkbook(demo).toBuffer(), target);
    const counts = demo.sheets.map((s) => `${s.name} ${s.rows.length}`).join(", ");
    ctx.out(formatMessage("cliDemoWritten", { path, seed, counts }, ctx.language));
    ctx.out(formatMessage("cliDemoTry", { path: out }, ctx.language));
    return 0;
  },
};

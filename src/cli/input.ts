/**
 * Opening the file a command works on (.xlsx or .csv) and choosing its sheet. Every way a file can
 * fail to open becomes one CliError line naming the file, never an ExcelJS stack trace.
 */
import { stat } from "fs/promises";
import { basename, extname } from "path";
import { detectType } from "../core/registry/schemas";
import type { RegisterType, SheetTable } from "../core/registry/types";
import { CliError } from "./context";
import { readCsv } from "./csv";
import { XlsxWorkbook } from "./xlsxWorkbook";

/** An opened input: an .xlsx workbook, or a CSV file read as a single sheet. */
export type Input =
  | { kind: "xlsx"; path: string; workbook: XlsxWorkbook; sheets: string[] }
  | { kind: "csv"; path: string; table: SheetTable; sheets: string[] };

const XLSX_EXTENSIONS = new Set([".xlsx", ".xlsm"]);
const CSV_EXTENSIONS = new Set([".csv", ".txt"]);

/** Opens an .xlsx/.xlsm or .csv/.txt file, or fails with one line saying why. */
export async function openInput(path: string): Promise<Input> {
  const name = basename(path);
  const ext = extname(path).toLowerCase();
  if (!XLSX_EXTENSIONS.has(ext) && !CSV_EXTENSIONS.has(ext)) {
    if (ext === ".xls") {
      throw new CliError({
        sv: `${name}: det gamla .xls-formatet stöds inte; spara filen som .xlsx i Excel`,
        en: `${name}: the old .xls format is not supported; save the file as .xlsx in Excel`,
      });
    }
    throw new CliError({
      sv: `${name}: okänd filtyp; ange en .xlsx- eller .csv-fil`,
      en: `${name}: unknown file type; give an .xlsx or .csv file`,
    });
  }
  const info = await stat(path).catch(() => null);
  if (!info || !info.isFile()) {
    throw new CliError({ sv: `${name}: filen finns inte`, en: `${name}: no such file` });
  }
  try {
    if (CSV_EXTENSIONS.has(ext)) {
      const table = await readCsv(path);
      return { kind: "csv", path, table, sheets: [table.name] };
    }
    const workbook = await XlsxWorkbook.load(path);
    return { kind: "xlsx", path, workbook, sheets: await workbook.listSheets() };
  } catch (e) {
    if (e instanceof CliError) throw e;
    const code = (e as { code?: string }).code;
    if (code === "EACCES" || code === "EPERM") {
      throw new CliError({ sv: `${name}: saknar behörighet att läsa filen`, en: `${name}: no permission to read the file` });
    }
    throw new CliError({
      sv: `${name}: filen kan inte läsas som ${ext} (skadad, krypterad eller annat format)`,
      en: `${name}: the file cannot be read as ${ext} (damaged, encrypted or another format)`,
    });
  }
}

/** Reads a sheet of the input as a table. */
export async function readInputSheet(input: Input, sheet: string): Promise<SheetTable> {
  return input.kind === "csv" ? input.table : input.workbook.readSheet(sheet);
}

/**
 * The sheet to work on: the one named (exactly, else ignoring case), or the first whose register type
 * is detected (of the given type when --type is set), else the first sheet.
 */
export async function chooseSheet(input: Input, wanted?: string, type?: RegisterType): Promise<string> {
  if (wanted !== undefined) {
    const exact = input.sheets.find((s) => s === wanted);
    const loose = input.sheets.find((s) => s.toLocaleLowerCase("sv-SE") === wanted.toLocaleLowerCase("sv-SE"));
    if (exact ?? loose) return (exact ?? loose) as string;
    throw new CliError({
      sv: `bladet "${wanted}" finns inte i ${basename(input.path)}; blad: ${input.sheets.join(", ")}`,
      en: `no sheet "${wanted}" in ${basename(input.path)}; sheets: ${input.sheets.join(", ")}`,
    });
  }
  if (input.sheets.length === 0) {
    throw new CliError({ sv: `${basename(input.path)}: arbetsboken har inga blad`, en: `${basename(input.path)}: the workbook has no sheets` });
  }
  if (input.kind === "csv") return input.sheets[0];
  let firstDetected: string | undefined;
  for (const sheet of input.sheets) {
    const detected = detectType(input.workbook.headersOf(sheet));
    if (detected !== null && (type === undefined || detected === type)) return sheet;
    if (detected !== null && firstDetected === undefined) firstDetected = sheet;
  }
  return firstDetected ?? input.sheets[0];
}

/**
 * Opening the file a command works on (.xlsx or .csv) and choosing its sheet. Every way a file can
 * fail to open or to be read becomes one CliError line naming the file, never a stack trace.
 */
import { stat } from "fs/promises";
import { basename, extname } from "path";
import { detectType } from "../core/registry/schemas";
import type { RegisterType, SheetTable } from "../core/registry/types";
import type { WorkbookSource } from "../core/workbook/port";
import type { Settings } from "../core/settings";
import { storedSettings } from "../core/workbook/settings";
import { CliError } from "./context";
import { readCsv } from "./csv";
import { XlsxReadError, type XlsxProblem } from "./xlsxRead/limits";
import { XlsxReader } from "./xlsxReader";

/**
 * The reading side of an opened .xlsx, the CLI's WorkbookSource: sheets are read (streamed, bounded)
 * only when asked for; the settings the pane stored come from the add-in's web-extension part.
 */
export interface InputWorkbook extends WorkbookSource {
  headersOf(name: string): Promise<string[]>;
}

/** An opened input: an .xlsx workbook, or a CSV file read as a single sheet. */
export type Input =
  | { kind: "xlsx"; path: string; workbook: InputWorkbook; sheets: string[] }
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
    const reader = await XlsxReader.open(path);
    const workbook = boundedWorkbook(reader, name, ext);
    return { kind: "xlsx", path, workbook, sheets: await reader.listSheets() };
  } catch (e) {
    throw readFailure(e, name, ext);
  }
}

/** The reader with every failure of a later read worded as one line too. */
function boundedWorkbook(reader: XlsxReader, name: string, ext: string): InputWorkbook {
  const guard = <T>(read: () => Promise<T>): Promise<T> =>
    read().catch((e: unknown) => Promise.reject(readFailure(e, name, ext)));
  return {
    listSheets: () => guard(() => reader.listSheets()),
    readSheet: (sheet, options) => guard(() => reader.readSheet(sheet, options)),
    headersOf: (sheet) => guard(() => reader.headersOf(sheet)),
    readSettings: () => guard(() => reader.readSettings()),
  };
}

const thousands = (n: number): string => n.toLocaleString("en-US").replace(/,/g, " ");

/** One line for a reading failure; the limits are named so a user knows it is the file's size, not damage. */
export function readFailure(e: unknown, name: string, ext: string): CliError {
  if (e instanceof CliError) return e;
  const code = (e as { code?: string }).code;
  if (code === "EACCES" || code === "EPERM") {
    return new CliError({
      sv: `${name}: saknar behörighet att läsa filen`,
      en: `${name}: no permission to read the file`,
    });
  }
  const problem: XlsxProblem = e instanceof XlsxReadError ? e.problem : { kind: "damaged" };
  switch (problem.kind) {
    case "inflated": {
      const mb = Math.round(problem.limit / (1024 * 1024));
      return new CliError({
        sv: `${name}: arbetsboken packas upp till mer än ${thousands(mb)} MB XML (gränsen för läsning); läsningen avbröts`,
        en: `${name}: the workbook inflates to more than ${thousands(mb)} MB of XML (the reading limit); reading stopped`,
      });
    }
    case "rows":
      return new CliError({
        sv: `${name}: rad ${problem.row} ligger utanför Excels ${thousands(1048576)} rader`,
        en: `${name}: row ${problem.row} is beyond Excel's ${thousands(1048576)} rows`,
      });
    case "columns":
      return new CliError({
        sv: `${name}: cellen ${problem.address.slice(0, 20)} ligger utanför Excels ${thousands(16384)} kolumner`,
        en: `${name}: the cell ${problem.address.slice(0, 20)} is beyond Excel's ${thousands(16384)} columns`,
      });
    case "cells":
      return new CliError({
        sv: `${name}: tabellen har fler än ${thousands(problem.limit)} celler (gränsen för läsning)`,
        en: `${name}: the table has more than ${thousands(problem.limit)} cells (the reading limit)`,
      });
    case "text":
      return new CliError({
        sv: `${name}: arbetsboken har mer än ${thousands(problem.limit)} tecken text (gränsen för läsning)`,
        en: `${name}: the workbook holds more than ${thousands(problem.limit)} characters of text (the reading limit)`,
      });
    case "sheet":
      return new CliError({
        sv: `${name}: bladet "${problem.name}" finns inte`,
        en: `${name}: no sheet "${problem.name}"`,
      });
    case "encrypted":
      return new CliError({
        sv: `${name}: filen är krypterad; spara en okrypterad kopia i Excel`,
        en: `${name}: the file is encrypted; save an unencrypted copy in Excel`,
      });
    default:
      return new CliError({
        sv: `${name}: filen kan inte läsas som ${ext} (skadad, krypterad eller annat format)`,
        en: `${name}: the file cannot be read as ${ext} (damaged, encrypted or another format)`,
      });
  }
}

/** Reads a sheet of the input as a table. */
export async function readInputSheet(input: Input, sheet: string): Promise<SheetTable> {
  return input.kind === "csv" ? input.table : input.workbook.readSheet(sheet);
}

/** The settings stored in the input (a CSV file has none: the defaults). */
export async function inputSettings(input: Input): Promise<Settings> {
  return storedSettings(input.kind === "csv" ? undefined : await input.workbook.readSettings());
}

/**
 * The sheet to work on: the one named (exactly, else ignoring case), or the first whose register type
 * is detected (of the given type when --type is set), else the first sheet.
 */
export async function chooseSheet(
  input: Input,
  wanted?: string,
  type?: RegisterType
): Promise<string> {
  if (wanted !== undefined) {
    const exact = input.sheets.find((s) => s === wanted);
    const loose = input.sheets.find(
      (s) => s.toLocaleLowerCase("sv-SE") === wanted.toLocaleLowerCase("sv-SE")
    );
    if (exact ?? loose) return (exact ?? loose) as string;
    throw new CliError({
      sv: `bladet "${wanted}" finns inte i ${basename(input.path)}; blad: ${input.sheets.join(", ")}`,
      en: `no sheet "${wanted}" in ${basename(input.path)}; sheets: ${input.sheets.join(", ")}`,
    });
  }
  if (input.sheets.length === 0) {
    throw new CliError({
      sv: `${basename(input.path)}: arbetsboken har inga blad`,
      en: `${basename(input.path)}: the workbook has no sheets`,
    });
  }
  if (input.kind === "csv") return input.sheets[0];
  let firstDetected: string | undefined;
  for (const sheet of input.sheets) {
    const detected = detectType(await input.workbook.headersOf(sheet));
    if (detected !== null && (type === undefined || detected === type)) return sheet;
    if (detected !== null && firstDetected === undefined) firstDetected = sheet;
  }
  return firstDetected ?? input.sheets[0];
}

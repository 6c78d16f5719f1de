/**
 * The CLI's reading path for .xlsx files: a streaming, bounded reader over yauzl (zip) and saxes
 * (XML). Opening reads the zip directory and the workbook's sheet list only; a sheet's cells are read
 * when a command asks for that sheet, and only the table's rows and columns are kept, as plain values
 * (repeated texts share the one string of the shared-string table).
 *
 * Bounds (see xlsxRead/limits.ts): 1 GiB of inflated XML and 256 Mi characters of text per workbook, Excel's grid of
 * 1,048,576 × 16,384, 33.5 million cells per table. Nothing is sized by a declared dimension or table ref.
 */
import type { ReadOptions, SheetTable } from "../core/registry/types";
import { abortError } from "../core/workbook/abort";
import type { Bounds } from "../core/workbook/addresses";
import { emptyTable, firstTableBounds, headerText } from "../core/workbook/headerRow";
import type { WorkbookSource } from "../core/workbook/port";
import { SETTINGS_KEY, webExtensionValue } from "../core/workbook/settings";
import { TextBudget, XlsxReadError } from "./xlsxRead/limits";
import {
  readDateStyles,
  readSharedStrings,
  readTables,
  readWebExtensionProperty,
  readWorkbook,
  type SheetEntry,
  type WorkbookInfo,
} from "./xlsxRead/packageParts";
import { SheetContext, SheetScanner } from "./xlsxRead/sheetData";
import { parseXml } from "./xlsxRead/xml";
import { ZipParts } from "./xlsxRead/zipParts";

export { XlsxReadError } from "./xlsxRead/limits";

/** A workbook opened for reading: the CLI's side of the workbook port (src/core/workbook/port.ts). */
export class XlsxReader implements WorkbookSource {
  private context: Promise<SheetContext> | null = null;
  private readonly tables = new Map<string, Promise<Bounds | null>>();
  private readonly headers = new Map<string, Promise<string[]>>();

  private constructor(
    private readonly zip: ZipParts,
    private readonly info: WorkbookInfo
  ) {}

  /** Opens a file: the zip directory and the sheet list; anything unreadable is an XlsxReadError or a zip error. */
  static async open(path: string, limit?: number): Promise<XlsxReader> {
    const zip = await ZipParts.open(path, limit);
    try {
      return new XlsxReader(zip, await readWorkbook(zip));
    } catch (e) {
      zip.close();
      throw e;
    }
  }

  async listSheets(): Promise<string[]> {
    return this.info.sheets.map((s) => s.name);
  }

  /** Bytes of XML inflated so far (for the bench and the limit's tests). */
  get inflatedBytes(): number {
    return this.zip.inflatedBytes;
  }

  /**
   * The sheet as a table, located by the core's rule (src/core/workbook/headerRow.ts) while the XML
   * streams: its first Excel table, else from the first row with two or more filled cells.
   */
  async readSheet(name: string, options: ReadOptions = {}): Promise<SheetTable> {
    const sheet = this.sheet(name);
    const scanner = new SheetScanner(await this.sheetContext(), await this.tableOf(sheet));
    await parseXml(this.progress(this.zip.chunks(sheet.part), options), scanner);
    const found = scanner.result();
    if (!found) return emptyTable(sheet.name);
    options.onProgress?.(found.rows.length, found.rows.length);
    const table: SheetTable = {
      name: sheet.name,
      headerRow: found.headerRow,
      firstColumn: found.firstColumn,
      headers: found.headerValues.map(headerText),
      rows: found.rows,
    };
    if (found.uncalculated.length > 0) table.uncalculated = found.uncalculated;
    return table;
  }

  /** Only the header texts of a sheet: the part is read up to its header row and no further. */
  headersOf(name: string): Promise<string[]> {
    const sheet = this.sheet(name);
    let headers = this.headers.get(sheet.part);
    if (!headers) {
      headers = (async () => {
        const scanner = new SheetScanner(
          await this.sheetContext(),
          await this.tableOf(sheet),
          true
        );
        await parseXml(this.zip.chunks(sheet.part), scanner);
        return scanner.result()?.headerValues.map(headerText) ?? [];
      })();
      this.headers.set(sheet.part, headers);
    }
    return headers;
  }

  /** The settings the task pane stored in the workbook (its web-extension part), undefined when none. */
  async readSettings(): Promise<unknown> {
    const value = await readWebExtensionProperty(this.zip, SETTINGS_KEY);
    return value === null ? undefined : webExtensionValue(value);
  }

  close(): void {
    this.zip.close();
  }

  private sheet(name: string): SheetEntry {
    const sheet = this.info.sheets.find((s) => s.name === name);
    if (!sheet) throw new XlsxReadError({ kind: "sheet", name });
    return sheet;
  }

  /** Shared strings, date styles and the date system: read once, when the first sheet is read. */
  private sheetContext(): Promise<SheetContext> {
    const text = new TextBudget();
    this.context ??= (async () => ({
      sharedStrings: await readSharedStrings(this.zip, this.info.sharedStringsPart, text),
      text,
      dates: new Map(),
      dateStyles: await readDateStyles(this.zip, this.info.stylesPart),
      date1904: this.info.date1904,
    }))();
    return this.context;
  }

  /** The sheet's first Excel table (the top-left one when there are several), without its totals row. */
  private tableOf(sheet: SheetEntry): Promise<Bounds | null> {
    let bounds = this.tables.get(sheet.part);
    if (!bounds) {
      bounds = readTables(this.zip, sheet.part).then(firstTableBounds);
      this.tables.set(sheet.part, bounds);
    }
    // Each scan narrows its own copy (a table ref's width is cut to its headers).
    return bounds.then((b) => (b ? { ...b } : null));
  }

  /** Passes chunks through, checking for cancellation and reporting progress by bytes. */
  private async *progress(
    chunks: AsyncIterable<string>,
    options: ReadOptions
  ): AsyncGenerator<string> {
    for await (const chunk of chunks) {
      if (options.signal?.aborted) throw abortError();
      yield chunk;
    }
  }
}

/**
 * What the workbook session needs of a workbook, implemented by the Office.js adapter (src/excel/)
 * and by the CLI's .xlsx reader (src/cli/). Every adapter locates a sheet's table by the one rule of
 * headerRow.ts while it reads the sheet's values in chunks (row batches sized to Excel's payload
 * limit, or the XML as it inflates).
 */
import type { SheetDescription } from "../dialogue/types";
import type { ReadOptions, SheetTable } from "../registry/types";

/** The reading side: the sheets, their tables and the stored settings. */
export interface WorkbookSource {
  listSheets(): Promise<string[]>;
  /** The sheet's table (headerRow.ts), read in chunks; cancellable and with progress. */
  readSheet(name: string, options?: ReadOptions): Promise<SheetTable>;
  /** The stored value of the settings (SETTINGS_KEY), undefined when none is stored. */
  readSettings(): Promise<unknown>;
}

/** The writing side: a description becomes a new sheet (never replacing one); returns the name it got. */
export interface DescriptionSink {
  writeDescription(description: SheetDescription): Promise<string>;
}

export type WorkbookPort = WorkbookSource & DescriptionSink;

/** The fake workbook's data, the limits it enforces, and the logs of what was read and written. */
import type { CellValue } from "../../src/core/cells";

export interface Fill {
  color: string;
  pattern: string;
}

export interface FakeSheet {
  name: string;
  cells: CellValue[][];
  fills: Map<string, Fill>;
  numberFormats: Map<string, string>;
  bold: Set<string>;
}

export interface WriteRecord {
  sheet: string;
  address: string;
  kind: "values" | "numberFormat" | "fill" | "font" | "sheet" | "table";
}

export interface ReadRecord {
  sheet: string;
  address: string;
  rows: number;
  bytes: number;
  ok: boolean;
  /** When the batch was answered (performance.now), for the benchmark's read time. */
  at?: number;
}

export interface FakeTable {
  name: string;
  sheet: string;
  address: string;
}

export const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None" };

/** The workbook the fake holds, with the limits it enforces and the log of what was done to it. */
export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  activeSheet = "";
  selected: { sheet: string; address: string } | null = null;
  writes: WriteRecord[] = [];
  reads: ReadRecord[] = [];
  syncs = 0;
  /** Largest response (values read) per batch, in bytes; Excel on the web allows 5 MB. */
  responseLimitBytes = Number.POSITIVE_INFINITY;
  /** Largest request (values written) per batch, in bytes. */
  requestLimitBytes = Number.POSITIVE_INFINITY;
  /** Office.context.document.settings (where settings were kept before workbook.settings). */
  settings = new Map<string, unknown>();
  /** Excel's workbook.settings. */
  workbookSettings = new Map<string, unknown>();
  /** The handlers registered with workbook.settings.onSettingsChanged. */
  settingsHandlers: Array<() => unknown> = [];
  /** The base64 .xlsx of every Excel.createWorkbook call (a new workbook; this one is not changed). */
  createdWorkbooks: string[] = [];
  /** Every application.calculate call, by its calculation type. */
  calculations: string[] = [];

  /** Tells every onSettingsChanged handler, after the current batch (as Excel does). */
  raiseSettingsChanged(): void {
    for (const handler of this.settingsHandlers) setTimeout(() => void handler(), 0);
  }

  /** A co-author's change of a workbook setting, arriving as Excel would deliver it. */
  changeSettingsAsCoauthor(key: string, value: unknown): void {
    this.workbookSettings.set(key, JSON.parse(JSON.stringify(value)));
    this.raiseSettingsChanged();
  }

  /** Adds a sheet holding `cells` from A1 and makes the first sheet active. */
  addSheet(name: string, cells: CellValue[][]): FakeSheet {
    const sheet: FakeSheet = {
      name,
      cells,
      fills: new Map(),
      numberFormats: new Map(),
      bold: new Set(),
    };
    this.sheets.push(sheet);
    if (!this.activeSheet) this.activeSheet = name;
    return sheet;
  }

  /** The sheet of a name (case-insensitive as in Excel), or undefined. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The fill of one cell ("B5"), "no fill" when never set. */
  fillOf(sheet: string, address: string): Fill {
    return this.sheet(sheet)?.fills.get(address) ?? NO_FILL;
  }
}

/** An error as Excel reports it: a message and a code (e.g. "ResponsePayloadSizeLimitExceeded"). */
export function fail(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

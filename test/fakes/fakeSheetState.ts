/**
 * What the fake keeps of a sheet beyond values, fills and bold: other formatting, merges, charts,
 * formulas and worksheet custom properties — what the writer of dialogue sheets and "Uppdatera" use.
 * Kept beside the sheet (not on it) so that the original FakeSheet shape stays as it was.
 */
import { blockAddress } from "../../src/excel/addresses";
import type { FakeSheet } from "./fakeWorkbook";
/** A block of cells, 0-based. */
export interface Block {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** A chart as the fake records it. */
export interface FakeChartRecord {
  type: string;
  source: string;
  title: string;
  position?: [string, string];
  /** Each series' set properties by dotted path ("name", "values", "xValues", "format.line.lineStyle" …). */
  series: Array<Record<string, unknown>>;
  /** Each axis' and the data labels' set properties ("valueAxis.numberFormat", "categoryAxis.title.text" …). */
  parts: Record<string, unknown>;
}

/** The extra state of one sheet. */
export interface SheetExtras {
  styles: Map<string, Record<string, unknown>>;
  merges: Block[];
  charts: FakeChartRecord[];
  properties: Map<string, string>;
  formulas: Map<string, string>;
  showGridlines: boolean;
}

const extras = new WeakMap<FakeSheet, SheetExtras>();

/** The extra state of a sheet, created empty on first use. */
export function extrasOf(sheet: FakeSheet): SheetExtras {
  let e = extras.get(sheet);
  if (!e) {
    e = {
      styles: new Map(),
      merges: [],
      charts: [],
      properties: new Map(),
      formulas: new Map(),
      showGridlines: true,
    };
    extras.set(sheet, e);
  }
  return e;
}

/** A deep enough copy for Worksheet.copy(). */
export function copyExtras(from: FakeSheet, to: FakeSheet): void {
  const e = extrasOf(from);
  extras.set(to, {
    styles: new Map([...e.styles].map(([k, v]) => [k, { ...v }])),
    merges: e.merges.map((m) => ({ ...m })),
    charts: [],
    // Excel does not copy a sheet's custom properties with it: a copy of a generated sheet is not "generated".
    properties: new Map(),
    formulas: new Map(e.formulas),
    showGridlines: e.showGridlines,
  });
}

/** True when two blocks share a cell. */
export function overlaps(a: Block, b: Block): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.column < b.column + b.columns &&
    b.column < a.column + a.columns
  );
}

/** The merged areas of a sheet as A1 addresses, for assertions. */
export function mergeAddresses(sheet: FakeSheet): string[] {
  return extrasOf(sheet).merges.map((m) => blockAddress(m.row, m.column, m.rows, m.columns));
}

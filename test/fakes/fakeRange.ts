/**
 * The fake's proxy objects for ranges: queued loads and writes carried out at sync, with the payload
 * each costs, and properties that can be read only once loaded (as in Excel).
 */
import type { CellValue } from "../../src/core/cells";
import { blockAddress } from "../../src/excel/addresses";
import { payloadBytes } from "../../src/excel/chunking";
import { extrasOf, overlaps } from "./fakeSheetState";
import { fail, FakeSheet, FakeWorkbook, NO_FILL, ReadRecord, WriteRecord } from "./fakeWorkbook";

/** One queued operation: its request bytes, its response bytes (measured at sync), and its effect. */
export type Op = {
  request: number;
  response?: number;
  measure?: () => number;
  apply: () => void;
  read?: ReadRecord;
};

/** What a proxy needs of the context: the workbook and the queue. */
export interface ContextLike {
  readonly wb: FakeWorkbook;
  queue(op: Op): void;
}

function quoted(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function propsOf(spec: unknown): string[] {
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim().replace(/^items\//, ""));
  if (Array.isArray(spec)) return spec.map(String);
  return [];
}

/** Base of the proxies: a property can be read only after it was loaded and synced, as in Excel. */
export class Proxy {
  protected loaded = new Set<string>();
  constructor(protected readonly ctx: ContextLike) {}
  protected need(prop: string): void {
    if (!this.loaded.has(prop))
      throw fail("PropertyNotLoaded", `The property '${prop}' is not loaded.`);
  }
  /** Queues a load of the given properties. */
  load(spec?: unknown): this {
    const props = propsOf(spec);
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => props.forEach((p) => this.loaded.add(p)),
    });
    return this;
  }
}

class FakeFill extends Proxy {
  private _color = "";
  private _pattern = "";
  constructor(
    ctx: ContextLike,
    private readonly range: FakeRange
  ) {
    super(ctx);
  }
  get color(): string {
    this.need("color");
    return this._color;
  }
  set color(value: string) {
    this.range.eachCell(
      (sheet, addr) => sheet.fills.set(addr, { color: value.toUpperCase(), pattern: "Solid" }),
      "fill",
      16
    );
  }
  get pattern(): string {
    this.need("pattern");
    return this._pattern;
  }
  load(spec?: unknown): this {
    const props = propsOf(spec);
    this.ctx.queue({
      request: 0,
      response: 40,
      apply: () => {
        const [sheet, addr] = this.range.firstCell();
        const fill = sheet.fills.get(addr) ?? NO_FILL;
        this._color = fill.color;
        this._pattern = fill.pattern;
        props.forEach((p) => this.loaded.add(p));
      },
    });
    return this;
  }
  /** Removes the fill (Excel's "No Fill"). */
  clear(): void {
    this.range.eachCell((sheet, addr) => sheet.fills.delete(addr), "fill", 16);
  }
}

export class FakeRange extends Proxy {
  readonly format: { fill: FakeFill; font: { bold: boolean }; autofitColumns: () => void };
  private _values: CellValue[][] = [];
  isNullObject = false;

  constructor(
    ctx: ContextLike,
    readonly sheetName: string,
    readonly row: number,
    readonly column: number,
    readonly rows: number,
    readonly columns: number
  ) {
    super(ctx);
    const fill = new FakeFill(ctx, this);
    const font = {} as { bold: boolean };
    Object.defineProperty(font, "bold", {
      set: (v: boolean) =>
        this.eachCell(
          (sheet, addr) => (v ? sheet.bold.add(addr) : sheet.bold.delete(addr)),
          "font",
          8
        ),
    });
    this.format = { fill, font, autofitColumns: () => undefined };
    // The rest of the look (what the dialogue writer sets) lands in the sheet's style map, per cell.
    for (const name of ["italic", "size", "color"]) this.styleProperty(font, name, `font.${name}`);
    for (const name of [
      "columnWidth",
      "rowHeight",
      "wrapText",
      "horizontalAlignment",
      "verticalAlignment",
    ])
      this.styleProperty(this.format, name, name);
    const borders = {
      getItem: (edge: string) => {
        const border = {};
        for (const name of ["style", "color"])
          this.styleProperty(border, name, `border.${edge}.${name}`);
        return border;
      },
    };
    Object.assign(this.format, { borders });
  }

  private styleProperty(target: object, name: string, key: string): void {
    Object.defineProperty(target, name, {
      set: (v: unknown) =>
        this.eachCell(
          (sheet, addr) =>
            void extrasOf(sheet).styles.set(addr, {
              ...extrasOf(sheet).styles.get(addr),
              [key]: v,
            }),
          "font",
          8
        ),
    });
  }

  private get block() {
    return { row: this.row, column: this.column, rows: this.rows, columns: this.columns };
  }

  /** Merges the range into one cell (refused when it overlaps another merge, as Excel does). */
  merge(): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const merges = extrasOf(this.sheet()).merges;
        if (merges.some((m) => overlaps(m, this.block)))
          throw fail("InvalidOperation", "Cannot merge cells that overlap a merged area.");
        merges.push(this.block);
      },
    });
  }

  /** Undoes every merge that overlaps the range. */
  unmerge(): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const e = extrasOf(this.sheet());
        e.merges = e.merges.filter((m) => !overlaps(m, this.block));
      },
    });
  }

  /** Clears values, formulas, formats and styles of the range. */
  clear(): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const sheet = this.sheet();
        const e = extrasOf(sheet);
        for (let r = this.row; r < this.row + this.rows; r++) {
          const row = sheet.cells[r];
          for (let c = this.column; c < this.column + this.columns; c++) {
            if (row && c < row.length) row[c] = null;
            const addr = blockAddress(r, c, 1, 1);
            for (const map of [sheet.fills, sheet.numberFormats, e.styles, e.formulas])
              map.delete(addr);
            sheet.bold.delete(addr);
          }
        }
        this.ctx.wb.writes.push({ sheet: sheet.name, address: this.localAddress, kind: "values" });
      },
    });
  }

  /** Formulas are kept as written; the cell shows the formula text (the fake computes nothing). */
  set formulas(formulas: string[][]) {
    const copy = formulas.map((r) => r.slice());
    this.ctx.queue({
      request: payloadBytes(copy),
      response: 0,
      apply: () => {
        const sheet = this.sheet();
        copy.forEach((row, r) =>
          row.forEach((f, c) => {
            extrasOf(sheet).formulas.set(blockAddress(this.row + r, this.column + c, 1, 1), f);
            (sheet.cells[this.row + r] ??= [])[this.column + c] = f;
          })
        );
        this.ctx.wb.writes.push({ sheet: sheet.name, address: this.localAddress, kind: "values" });
      },
    });
  }

  /** The number formats of the range ("General" where none was set), once loaded. */
  get numberFormat(): string[][] {
    this.need("numberFormat");
    const sheet = this.sheet();
    return Array.from({ length: this.rows }, (_, r) =>
      Array.from(
        { length: this.columns },
        (_, c) =>
          sheet.numberFormats.get(blockAddress(this.row + r, this.column + c, 1, 1)) ?? "General"
      )
    );
  }

  private sheet(): FakeSheet {
    const sheet = this.ctx.wb.sheet(this.sheetName);
    if (!sheet) throw fail("ItemNotFound", "The sheet does not exist.");
    return sheet;
  }

  /** Queues `fn` for every cell of the range, as a write of `kind` costing `bytesPerCell`. */
  eachCell(
    fn: (sheet: FakeSheet, address: string) => void,
    kind: WriteRecord["kind"],
    bytesPerCell: number
  ): void {
    this.ctx.queue({
      request: bytesPerCell * this.rows * this.columns,
      response: 0,
      apply: () => {
        const sheet = this.sheet();
        for (let r = 0; r < this.rows; r++)
          for (let c = 0; c < this.columns; c++)
            fn(sheet, blockAddress(this.row + r, this.column + c, 1, 1));
        this.ctx.wb.writes.push({ sheet: sheet.name, address: this.localAddress, kind });
      },
    });
  }

  firstCell(): [FakeSheet, string] {
    return [this.sheet(), blockAddress(this.row, this.column, 1, 1)];
  }

  get localAddress(): string {
    return blockAddress(this.row, this.column, this.rows, this.columns);
  }
  get address(): string {
    this.need("address");
    return `${quoted(this.sheetName)}!${this.localAddress}`;
  }
  get rowIndex(): number {
    this.need("rowIndex");
    return this.row;
  }
  get columnIndex(): number {
    this.need("columnIndex");
    return this.column;
  }
  get rowCount(): number {
    this.need("rowCount");
    return this.rows;
  }
  get columnCount(): number {
    this.need("columnCount");
    return this.columns;
  }
  get values(): CellValue[][] {
    this.need("values");
    return this._values;
  }
  set values(values: CellValue[][]) {
    if (values.length !== this.rows || values.some((r) => r.length !== this.columns))
      throw fail(
        "InvalidArgument",
        "The number of rows or columns in the input array doesn't match the size of the range."
      );
    const copy = values.map((r) => r.slice());
    this.ctx.queue({
      request: payloadBytes(copy),
      response: 0,
      apply: () => {
        const sheet = this.sheet();
        copy.forEach((rowValues, r) => {
          const target = (sheet.cells[this.row + r] ??= []);
          rowValues.forEach((v, c) => {
            // Excel keeps a leading apostrophe as a "this is text" mark, not as part of the value.
            target[this.column + c] = typeof v === "string" && v.startsWith("'") ? v.slice(1) : v;
          });
        });
        this.ctx.wb.writes.push({ sheet: sheet.name, address: this.localAddress, kind: "values" });
      },
    });
  }
  set numberFormat(formats: string[][]) {
    const copy = formats.map((r) => r.slice());
    this.ctx.queue({
      request: payloadBytes(copy),
      response: 0,
      apply: () => {
        const sheet = this.sheet();
        copy.forEach((row, r) =>
          row.forEach((f, c) =>
            sheet.numberFormats.set(blockAddress(this.row + r, this.column + c, 1, 1), f)
          )
        );
        this.ctx.wb.writes.push({
          sheet: sheet.name,
          address: this.localAddress,
          kind: "numberFormat",
        });
      },
    });
  }

  private snapshot(): CellValue[][] {
    const source = this.sheet();
    const values: CellValue[][] = [];
    for (let r = 0; r < this.rows; r++) {
      const row = source.cells[this.row + r] ?? [];
      const out: CellValue[] = [];
      for (let c = 0; c < this.columns; c++) {
        const v = row[this.column + c];
        out.push(v === null || v === undefined ? "" : v);
      }
      values.push(out);
    }
    return values;
  }

  load(spec?: unknown): this {
    const props = propsOf(spec);
    const wantsValues = props.includes("values");
    const read: ReadRecord = {
      sheet: this.sheetName,
      address: this.localAddress,
      rows: this.rows,
      bytes: 0,
      ok: false,
    };
    if (wantsValues && this.rows * this.columns > 5_000_000)
      throw fail("InvalidArgument", "The range has too many cells.");
    let values: CellValue[][] = [];
    this.ctx.queue({
      request: 0,
      read: wantsValues ? read : undefined,
      // Measured when the batch runs (as Excel builds its answer), so earlier batches' writes are seen.
      measure: () => {
        if (!wantsValues) return 0;
        values = this.snapshot();
        read.bytes = payloadBytes(values);
        return read.bytes;
      },
      apply: () => {
        if (wantsValues) this._values = values;
        values = [];
        props.forEach((p) => this.loaded.add(p));
      },
    });
    return this;
  }

  /** Selects the range and activates its sheet. */
  select(): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        this.ctx.wb.activeSheet = this.sheet().name;
        this.ctx.wb.selected = { sheet: this.sheet().name, address: this.localAddress };
      },
    });
  }
}

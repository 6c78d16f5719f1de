/**
 * An in-memory fake of the subset of the Excel JavaScript API that src/excel uses. Like Excel it
 * queues loads and writes on proxy objects and carries them out at `context.sync()`; it rejects a batch
 * whose request or response payload exceeds a configurable limit (so chunking and retry are really
 * exercised), and it records every write, so tests can prove a source sheet's values were never written.
 * Plain TypeScript without Node APIs: the browser test bundles it as the fake Office host.
 */
import type { CellValue } from "../../src/core/cells";
import { blockAddress, columnIndex } from "../../src/excel/addresses";
import { payloadBytes } from "../../src/excel/chunking";

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

const NO_FILL: Fill = { color: "#FFFFFF", pattern: "None" };

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
  settings = new Map<string, unknown>();

  /** Adds a sheet holding `cells` from A1 and makes the first sheet active. */
  addSheet(name: string, cells: CellValue[][]): FakeSheet {
    const sheet: FakeSheet = { name, cells, fills: new Map(), numberFormats: new Map(), bold: new Set() };
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

type Op = { request: number; response?: number; measure?: () => number; apply: () => void; read?: ReadRecord };

function fail(code: string, message: string): Error {
  return Object.assign(new Error(message), { code, name: "RichApi.Error" });
}

function parseRange(address: string): { row: number; column: number; rows: number; columns: number } {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw fail("InvalidArgument", `Bad address ${address}`);
    return { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
  };
  const from = cell(a);
  const to = cell(b);
  return { row: from.row, column: from.column, rows: to.row - from.row + 1, columns: to.column - from.column + 1 };
}

function quoted(sheet: string): string {
  return /^[A-Za-z0-9_]+$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

function propsOf(spec: unknown): string[] {
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim().replace(/^items\//, ""));
  if (Array.isArray(spec)) return spec.map(String);
  return [];
}

/** Base of the proxies: a property can be read only after it was loaded and synced, as in Excel. */
class Proxy {
  protected loaded = new Set<string>();
  constructor(protected readonly ctx: FakeContext) {}
  protected need(prop: string): void {
    if (!this.loaded.has(prop)) throw fail("PropertyNotLoaded", `The property '${prop}' is not loaded.`);
  }
  /** Queues a load of the given properties. */
  load(spec?: unknown): this {
    const props = propsOf(spec);
    this.ctx.queue({ request: 0, response: 0, apply: () => props.forEach((p) => this.loaded.add(p)) });
    return this;
  }
}

class FakeFill extends Proxy {
  private _color = "";
  private _pattern = "";
  constructor(ctx: FakeContext, private readonly range: FakeRange) {
    super(ctx);
  }
  get color(): string {
    this.need("color");
    return this._color;
  }
  set color(value: string) {
    this.range.eachCell((sheet, addr) => sheet.fills.set(addr, { color: value.toUpperCase(), pattern: "Solid" }), "fill", 16);
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

class FakeRange extends Proxy {
  readonly format: { fill: FakeFill; font: { bold: boolean }; autofitColumns: () => void };
  private _values: CellValue[][] = [];
  isNullObject = false;

  constructor(
    ctx: FakeContext,
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
      set: (v: boolean) => this.eachCell((sheet, addr) => (v ? sheet.bold.add(addr) : sheet.bold.delete(addr)), "font", 8),
    });
    this.format = { fill, font, autofitColumns: () => undefined };
  }

  private sheet(): FakeSheet {
    const sheet = this.ctx.wb.sheet(this.sheetName);
    if (!sheet) throw fail("ItemNotFound", "The sheet does not exist.");
    return sheet;
  }

  /** Queues `fn` for every cell of the range, as a write of `kind` costing `bytesPerCell`. */
  eachCell(fn: (sheet: FakeSheet, address: string) => void, kind: WriteRecord["kind"], bytesPerCell: number): void {
    this.ctx.queue({
      request: bytesPerCell * this.rows * this.columns,
      response: 0,
      apply: () => {
        const sheet = this.sheet();
        for (let r = 0; r < this.rows; r++)
          for (let c = 0; c < this.columns; c++) fn(sheet, blockAddress(this.row + r, this.column + c, 1, 1));
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
      throw fail("InvalidArgument", "The number of rows or columns in the input array doesn't match the size of the range.");
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
        copy.forEach((row, r) => row.forEach((f, c) => sheet.numberFormats.set(blockAddress(this.row + r, this.column + c, 1, 1), f)));
        this.ctx.wb.writes.push({ sheet: sheet.name, address: this.localAddress, kind: "numberFormat" });
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
    const read: ReadRecord = { sheet: this.sheetName, address: this.localAddress, rows: this.rows, bytes: 0, ok: false };
    if (wantsValues && this.rows * this.columns > 5_000_000) throw fail("InvalidArgument", "The range has too many cells.");
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

class FakeWorksheet extends Proxy {
  constructor(ctx: FakeContext, private _name: string, private readonly isNull = false) {
    super(ctx);
  }
  get isNullObject(): boolean {
    return this.isNull;
  }
  get name(): string {
    this.need("name");
    return this._name;
  }
  get position(): number {
    this.need("position");
    return this.ctx.wb.sheets.findIndex((s) => s.name === this._name);
  }
  /** The range at an A1 address of this sheet. */
  getRange(address: string): FakeRange {
    const { row, column, rows, columns } = parseRange(address);
    return new FakeRange(this.ctx, this._name, row, column, rows, columns);
  }
  /** The range of a block given by 0-based indexes. */
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): FakeRange {
    return new FakeRange(this.ctx, this._name, row, column, rows, columns);
  }
  /** The smallest block holding every value of the sheet, or a null object when it is empty. */
  getUsedRangeOrNullObject(): FakeRange {
    const sheet = this.ctx.wb.sheet(this._name);
    let lastRow = -1;
    let firstRow = Number.POSITIVE_INFINITY;
    let firstCol = Number.POSITIVE_INFINITY;
    let lastCol = -1;
    sheet?.cells.forEach((row, r) =>
      row?.forEach((v, c) => {
        if (v === null || v === undefined || v === "") return;
        firstRow = Math.min(firstRow, r);
        lastRow = Math.max(lastRow, r);
        firstCol = Math.min(firstCol, c);
        lastCol = Math.max(lastCol, c);
      })
    );
    if (lastRow < 0) {
      const empty = new FakeRange(this.ctx, this._name, 0, 0, 1, 1);
      empty.isNullObject = true;
      return empty;
    }
    return new FakeRange(this.ctx, this._name, firstRow, firstCol, lastRow - firstRow + 1, lastCol - firstCol + 1);
  }
  /** The tables on this sheet. */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this._name);
  }
  /** Makes this the active sheet. */
  activate(): void {
    this.ctx.queue({ request: 0, response: 0, apply: () => (this.ctx.wb.activeSheet = this._name) });
  }
}

class FakeWorksheetCollection extends Proxy {
  get items(): FakeWorksheet[] {
    this.need("name");
    return this.ctx.wb.sheets.map((s) => {
      const ws = new FakeWorksheet(this.ctx, s.name);
      ws["loaded"].add("name");
      return ws;
    });
  }
  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.wb.sheet(name)?.name ?? name);
  }
  getItemOrNullObject(name: string): FakeWorksheet {
    const sheet = this.ctx.wb.sheet(name);
    return new FakeWorksheet(this.ctx, sheet?.name ?? name, !sheet);
  }
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, this.ctx.wb.activeSheet);
  }
  /** Adds an empty sheet at the end; Excel refuses a name that is taken. */
  add(name: string): FakeWorksheet {
    if (this.ctx.wb.sheet(name)) throw fail("ItemAlreadyExists", "A sheet with that name already exists.");
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        this.ctx.wb.addSheet(name, []);
        this.ctx.wb.writes.push({ sheet: name, address: "", kind: "sheet" });
      },
    });
    return new FakeWorksheet(this.ctx, name);
  }
}

class FakeTableProxy extends Proxy {
  constructor(ctx: FakeContext, private readonly table: FakeTable) {
    super(ctx);
  }
  get name(): string {
    this.need("name");
    return this.table.name;
  }
  set name(value: string) {
    this.ctx.queue({ request: 0, response: 0, apply: () => (this.table.name = value) });
  }
}

class FakeTableCollection extends Proxy {
  constructor(ctx: FakeContext, private readonly sheetName?: string) {
    super(ctx);
  }
  get items(): FakeTableProxy[] {
    this.need("name");
    const tables = this.ctx.wb.tables.filter((t) => this.sheetName === undefined || t.sheet.toLowerCase() === this.sheetName.toLowerCase());
    return tables.map((t) => {
      const proxy = new FakeTableProxy(this.ctx, t);
      proxy["loaded"].add("name");
      return proxy;
    });
  }
  /** Adds a table over an address ("'Sheet'!A1:C9") with its first row as headers. */
  add(address: string): FakeTableProxy {
    const sheet = address.includes("!") ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'") : "";
    const table: FakeTable = { name: `Tabell${this.ctx.wb.tables.length + 1}`, sheet, address: address.slice(address.lastIndexOf("!") + 1) };
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const overlap = this.ctx.wb.tables.some((t) => t.sheet === sheet);
        if (overlap) throw fail("InvalidOperation", "A table can't overlap another table.");
        this.ctx.wb.tables.push(table);
        this.ctx.wb.writes.push({ sheet, address: table.address, kind: "table" });
      },
    });
    return new FakeTableProxy(this.ctx, table);
  }
}

/** The fake's RequestContext: a queue of operations carried out at sync. */
export class FakeContext {
  readonly workbook: { worksheets: FakeWorksheetCollection; tables: FakeTableCollection };
  private pending: Op[] = [];

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = { worksheets: new FakeWorksheetCollection(this), tables: new FakeTableCollection(this) };
  }

  queue(op: Op): void {
    this.pending.push(op);
  }

  /** Carries out the queued batch, or rejects all of it when a payload is over the limit. */
  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.wb.syncs++;
    const request = batch.reduce((sum, op) => sum + op.request, 0);
    const response = batch.reduce((sum, op) => sum + (op.response ?? 0) + (op.measure ? op.measure() : 0), 0);
    const reads = batch.flatMap((op) => (op.read ? [op.read] : []));
    if (request > this.wb.requestLimitBytes) throw fail("RequestPayloadSizeLimitExceeded", "The request payload size has exceeded the limit.");
    if (response > this.wb.responseLimitBytes) {
      this.wb.reads.push(...reads);
      throw fail("ResponsePayloadSizeLimitExceeded", "The response payload size has exceeded the limit.");
    }
    for (const op of batch) op.apply();
    const at = typeof performance !== "undefined" ? performance.now() : Date.now();
    reads.forEach((r) => {
      r.ok = true;
      r.at = at;
    });
    this.wb.reads.push(...reads);
    // Yield like a real round trip, so that progress renders and a cancel click can land in between.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** `Excel.run` over the fake workbook. */
export function fakeExcelRun(wb: FakeWorkbook) {
  return <T>(batch: (context: FakeContext) => Promise<T>): Promise<T> => batch(new FakeContext(wb));
}

/** `Office.context.document.settings` over the fake workbook's settings map. */
export function fakeDocumentSettings(wb: FakeWorkbook) {
  return {
    get: (name: string) => (wb.settings.has(name) ? wb.settings.get(name) : null),
    set: (name: string, value: unknown) => void wb.settings.set(name, value),
    remove: (name: string) => void wb.settings.delete(name),
    saveAsync: (callback?: (result: { status: string }) => void) => callback?.({ status: "succeeded" }),
  };
}

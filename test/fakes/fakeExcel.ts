/**
 * An in-memory fake of the subset of the Excel JavaScript API that src/excel uses. Like Excel it
 * queues loads and writes on proxy objects and carries them out at `context.sync()`; it rejects a batch
 * whose request or response payload exceeds a configurable limit (so chunking and retry are really
 * exercised), and it records every write, so tests can prove a source sheet's values were never written.
 * Plain TypeScript without Node APIs: the browser test bundles it as the fake Office host.
 */
import { columnNumber } from "../../src/core/workbook/addresses";
import { ContextLike, FakeRange, Op, Proxy } from "./fakeRange";
import { FakeApplication, FakeSettingCollection } from "./fakeSettings";
import { FakeCharts, FakeCustomProperties } from "./fakeSheetParts";
import { copyExtras, extrasOf } from "./fakeSheetState";
import { fail, FakeTable, FakeWorkbook } from "./fakeWorkbook";

export * from "./fakeWorkbook";
export { extrasOf, mergeAddresses } from "./fakeSheetState";

function parseRange(address: string): {
  row: number;
  column: number;
  rows: number;
  columns: number;
} {
  const local = address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
  const [a, b = a] = local.split(":");
  const cell = (s: string) => {
    const m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (!m) throw fail("InvalidArgument", `Bad address ${address}`);
    return { row: Number(m[2]) - 1, column: columnNumber(m[1]) - 1 };
  };
  const from = cell(a);
  const to = cell(b);
  return {
    row: from.row,
    column: from.column,
    rows: to.row - from.row + 1,
    columns: to.column - from.column + 1,
  };
}

class FakeWorksheet extends Proxy {
  constructor(
    ctx: ContextLike,
    private _name: string,
    private readonly isNull = false
  ) {
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
    return new FakeRange(
      this.ctx,
      this._name,
      firstRow,
      firstCol,
      lastRow - firstRow + 1,
      lastCol - firstCol + 1
    );
  }
  /** The tables on this sheet. */
  get tables(): FakeTableCollection {
    return new FakeTableCollection(this.ctx, this._name);
  }
  /** Renames the sheet (Excel refuses a name another sheet has). */
  set name(value: string) {
    const old = this._name;
    this._name = value;
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const other = this.ctx.wb.sheet(value);
        if (other && other.name.toLowerCase() !== old.toLowerCase())
          throw fail("ItemAlreadyExists", "A sheet with that name already exists.");
        const sheet = this.ctx.wb.sheet(old);
        if (!sheet) throw fail("ItemNotFound", "The sheet does not exist.");
        sheet.name = value;
      },
    });
  }
  set showGridlines(value: boolean) {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => (extrasOf(this.sheetOrFail()).showGridlines = value),
    });
  }
  private sheetOrFail() {
    const sheet = this.ctx.wb.sheet(this._name);
    if (!sheet) throw fail("ItemNotFound", "The sheet does not exist.");
    return sheet;
  }
  /** The sheet's custom properties (where the add-in marks its generated sheets). */
  get customProperties(): FakeCustomProperties {
    return new FakeCustomProperties(this.ctx, () => this.sheetOrFail());
  }
  get charts(): FakeCharts {
    return new FakeCharts(this.ctx, () => this.sheetOrFail());
  }
  /** Copies the sheet (values, formats, styles, merges; not its custom properties) to the end as "X (2)" …. */
  copy(): FakeWorksheet {
    const taken = new Set(this.ctx.wb.sheets.map((s) => s.name.toLowerCase()));
    let n = 2;
    while (taken.has(`${this._name} (${n})`.toLowerCase())) n++;
    const name = `${this._name} (${n})`;
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const from = this.sheetOrFail();
        const to = this.ctx.wb.addSheet(
          name,
          from.cells.map((row) => (row ? row.slice() : row))
        );
        from.fills.forEach((v, k) => to.fills.set(k, { ...v }));
        from.numberFormats.forEach((v, k) => to.numberFormats.set(k, v));
        from.bold.forEach((k) => to.bold.add(k));
        copyExtras(from, to);
        this.ctx.wb.writes.push({ sheet: name, address: "", kind: "sheet" });
      },
    });
    return new FakeWorksheet(this.ctx, name);
  }
  /** Makes this the active sheet. */
  activate(): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => (this.ctx.wb.activeSheet = this._name),
    });
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
    if (this.ctx.wb.sheet(name))
      throw fail("ItemAlreadyExists", "A sheet with that name already exists.");
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
  constructor(
    ctx: ContextLike,
    private readonly table: FakeTable
  ) {
    super(ctx);
  }
  get name(): string {
    this.need("name");
    return this.table.name;
  }
  set name(value: string) {
    this.ctx.queue({ request: 0, response: 0, apply: () => (this.table.name = value) });
  }
  /** The fake's tables have no totals row. */
  get showTotals(): boolean {
    this.need("showTotals");
    return false;
  }
  /** The table's range (header row included). */
  getRange(): FakeRange {
    const { row, column, rows, columns } = parseRange(this.table.address);
    return new FakeRange(this.ctx, this.table.sheet, row, column, rows, columns);
  }
}

class FakeTableCollection extends Proxy {
  constructor(
    ctx: ContextLike,
    private readonly sheetName?: string
  ) {
    super(ctx);
  }
  get items(): FakeTableProxy[] {
    this.need("name");
    const tables = this.ctx.wb.tables.filter(
      (t) => this.sheetName === undefined || t.sheet.toLowerCase() === this.sheetName.toLowerCase()
    );
    return tables.map((t) => {
      const proxy = new FakeTableProxy(this.ctx, t);
      // What was loaded as items/… is loaded on each item.
      for (const prop of this.loaded) proxy["loaded"].add(prop);
      return proxy;
    });
  }
  /** Adds a table over an address ("'Sheet'!A1:C9") with its first row as headers. */
  add(address: string): FakeTableProxy {
    const sheet = address.includes("!")
      ? address.slice(0, address.lastIndexOf("!")).replace(/^'|'$/g, "").replace(/''/g, "'")
      : "";
    const table: FakeTable = {
      name: `Tabell${this.ctx.wb.tables.length + 1}`,
      sheet,
      address: address.slice(address.lastIndexOf("!") + 1),
    };
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
export class FakeContext implements ContextLike {
  readonly workbook: {
    worksheets: FakeWorksheetCollection;
    tables: FakeTableCollection;
    settings: FakeSettingCollection;
    application: FakeApplication;
  };
  private pending: Op[] = [];

  constructor(readonly wb: FakeWorkbook) {
    this.workbook = {
      worksheets: new FakeWorksheetCollection(this),
      tables: new FakeTableCollection(this),
      settings: new FakeSettingCollection(this),
      application: new FakeApplication(this),
    };
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
    const response = batch.reduce(
      (sum, op) => sum + (op.response ?? 0) + (op.measure ? op.measure() : 0),
      0
    );
    const reads = batch.flatMap((op) => (op.read ? [op.read] : []));
    if (request > this.wb.requestLimitBytes)
      throw fail(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit."
      );
    if (response > this.wb.responseLimitBytes) {
      this.wb.reads.push(...reads);
      throw fail(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit."
      );
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

/** `Excel.createWorkbook` recording the base64 it is given; the fake workbook itself is not changed. */
export function fakeCreateWorkbook(wb: FakeWorkbook) {
  return async (base64: string): Promise<void> => {
    if (typeof base64 !== "string" || base64 === "")
      throw fail("InvalidArgument", "createWorkbook needs the base64 of an .xlsx file.");
    wb.createdWorkbooks.push(base64);
  };
}

/** `Office.context.document.settings` over the fake workbook's settings map. */
export function fakeDocumentSettings(wb: FakeWorkbook) {
  return {
    get: (name: string) => (wb.settings.has(name) ? wb.settings.get(name) : null),
    set: (name: string, value: unknown) => void wb.settings.set(name, value),
    remove: (name: string) => void wb.settings.delete(name),
    saveAsync: (callback?: (result: { status: string }) => void) =>
      callback?.({ status: "succeeded" }),
  };
}

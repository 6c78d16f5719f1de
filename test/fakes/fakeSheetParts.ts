/** The fake's proxies for worksheet custom properties and charts (state in fakeSheetState.ts). */
import type { ContextLike } from "./fakeRange";
import { Proxy } from "./fakeRange";
import { extrasOf, FakeChartRecord } from "./fakeSheetState";
import type { FakeSheet } from "./fakeWorkbook";

class FakeProperty extends Proxy {
  isNullObject = false;
  private _value = "";
  constructor(ctx: ContextLike, private readonly sheet: () => FakeSheet, private readonly key: string) {
    super(ctx);
  }
  get value(): string {
    this.need("value");
    return this._value;
  }
  load(spec?: unknown): this {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const v = extrasOf(this.sheet()).properties.get(this.key);
        this.isNullObject = v === undefined;
        this._value = v ?? "";
        this.loaded.add("value");
      },
    });
    return super.load(spec);
  }
}

/** Worksheet.customProperties: add (overwriting a key, as Excel does) and getItemOrNullObject. */
export class FakeCustomProperties extends Proxy {
  constructor(ctx: ContextLike, private readonly sheet: () => FakeSheet) {
    super(ctx);
  }
  add(key: string, value: string): void {
    this.ctx.queue({ request: value.length, response: 0, apply: () => void extrasOf(this.sheet()).properties.set(key, value) });
  }
  getItemOrNullObject(key: string): FakeProperty {
    return new FakeProperty(this.ctx, this.sheet, key);
  }
}

const recorder = (): unknown => new globalThis.Proxy({}, { get: (_t, p) => (p === "setSolidColor" || p === "getItemAt" ? () => recorder() : recorder()), set: () => true });

class FakeChart extends Proxy {
  readonly title: { text: string };
  readonly legend = { position: "" };
  readonly axes = { valueAxis: { numberFormat: "" } };
  readonly series = { getItemAt: () => recorder() };
  constructor(ctx: ContextLike, private readonly sheet: () => FakeSheet, readonly record: FakeChartRecord) {
    super(ctx);
    const title = {} as { text: string };
    Object.defineProperty(title, "text", { set: (text: string) => ctx.queue({ request: 0, response: 0, apply: () => (record.title = text) }) });
    this.title = title;
  }
  setPosition(from: string, to: string): void {
    this.ctx.queue({ request: 0, response: 0, apply: () => (this.record.position = [from, to]) });
  }
  delete(): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const charts = extrasOf(this.sheet()).charts;
        charts.splice(charts.indexOf(this.record), 1);
      },
    });
  }
}

/** Worksheet.charts: add a chart over a range, list them, delete them. */
export class FakeCharts extends Proxy {
  constructor(ctx: ContextLike, private readonly sheet: () => FakeSheet) {
    super(ctx);
  }
  add(type: string, source: { localAddress: string }): FakeChart {
    const record: FakeChartRecord = { type, source: source.localAddress, title: "" };
    this.ctx.queue({ request: 0, response: 0, apply: () => void extrasOf(this.sheet()).charts.push(record) });
    return new FakeChart(this.ctx, this.sheet, record);
  }
  get items(): FakeChart[] {
    this.need("name");
    return extrasOf(this.sheet()).charts.map((r) => new FakeChart(this.ctx, this.sheet, r));
  }
}

/** The fake's proxies for worksheet custom properties and charts (state in fakeSheetState.ts). */
import type { ContextLike } from "./fakeRange";
import { Proxy } from "./fakeRange";
import { extrasOf, FakeChartRecord } from "./fakeSheetState";
import type { FakeSheet } from "./fakeWorkbook";

class FakeProperty extends Proxy {
  isNullObject = false;
  private _value = "";
  constructor(
    ctx: ContextLike,
    private readonly sheet: () => FakeSheet,
    private readonly key: string
  ) {
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
  constructor(
    ctx: ContextLike,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx);
  }
  add(key: string, value: string): void {
    this.ctx.queue({
      request: value.length,
      response: 0,
      apply: () => void extrasOf(this.sheet()).properties.set(key, value),
    });
  }
  getItemOrNullObject(key: string): FakeProperty {
    return new FakeProperty(this.ctx, this.sheet, key);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- stands in for any chart part the code reaches, at any depth
type ChartPart = any;

/**
 * A part of a chart (a series, the axes): each property set lands in `target` under its dotted path at
 * sync; setValues/setXAxisValues/setSolidColor record the range's address or the colour under their own name.
 */
function partRecorder(
  ctx: ContextLike,
  target: () => Record<string, unknown>,
  path = ""
): ChartPart {
  const setAt = (key: string, value: unknown) =>
    ctx.queue({ request: 0, response: 0, apply: () => void (target()[key] = value) });
  const calls: Record<string, string> = {
    setValues: "values",
    setXAxisValues: "xValues",
    setSolidColor: "color",
  };
  return new globalThis.Proxy(
    {},
    {
      get: (_t, p: string) =>
        p in calls
          ? (arg: { localAddress?: string } | string) =>
              setAt(`${path}${calls[p]}`, typeof arg === "string" ? arg : arg.localAddress)
          : partRecorder(ctx, target, `${path}${p}.`),
      set: (_t, p: string, value) => (setAt(`${path}${p}`, value), true),
    }
  );
}

class FakeChart extends Proxy {
  readonly title: { text: string };
  readonly legend = { position: "" };
  readonly axes: ChartPart;
  readonly dataLabels: ChartPart;
  readonly series: { getItemAt(i: number): ChartPart; add(name?: string): ChartPart };
  constructor(
    ctx: ContextLike,
    private readonly sheet: () => FakeSheet,
    readonly record: FakeChartRecord
  ) {
    super(ctx);
    const title = {} as { text: string };
    Object.defineProperty(title, "text", {
      set: (text: string) =>
        ctx.queue({ request: 0, response: 0, apply: () => (record.title = text) }),
    });
    this.title = title;
    this.axes = partRecorder(ctx, () => record.parts);
    this.dataLabels = partRecorder(ctx, () => record.parts, "dataLabels.");
    this.series = {
      // As in Excel, an item past the chart's series fails at sync.
      getItemAt: (i: number) =>
        partRecorder(ctx, () => {
          if (!record.series[i]) throw new Error(`The chart has no series ${i}.`);
          return record.series[i];
        }),
      add: (name?: string) => {
        const entry: Record<string, unknown> = name === undefined ? {} : { name };
        ctx.queue({ request: 0, response: 0, apply: () => void record.series.push(entry) });
        return partRecorder(ctx, () => entry);
      },
    };
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
  constructor(
    ctx: ContextLike,
    private readonly sheet: () => FakeSheet
  ) {
    super(ctx);
  }
  add(type: string, source: { localAddress: string; columns: number }): FakeChart {
    // One series per column of the source, less the first column when there are more (the categories).
    const count = source.columns > 1 ? source.columns - 1 : 1;
    const record: FakeChartRecord = {
      type,
      source: source.localAddress,
      title: "",
      series: Array.from({ length: count }, () => ({})),
      parts: {},
    };
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => void extrasOf(this.sheet()).charts.push(record),
    });
    return new FakeChart(this.ctx, this.sheet, record);
  }
  get items(): FakeChart[] {
    this.need("name");
    return extrasOf(this.sheet()).charts.map((r) => new FakeChart(this.ctx, this.sheet, r));
  }
}

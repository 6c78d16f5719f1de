/**
 * Excel's `workbook.settings` (SettingCollection: add, getItemOrNullObject, onSettingsChanged) and
 * `workbook.application.calculate` over the fake workbook. Like Excel, a settings change (ours or a
 * co-author's, see FakeWorkbook.changeSettingsAsCoauthor) raises onSettingsChanged after the sync.
 */
import { ContextLike, Proxy } from "./fakeRange";

class FakeSetting extends Proxy {
  isNullObject = false;
  private _value: unknown = null;
  constructor(
    ctx: ContextLike,
    private readonly key: string
  ) {
    super(ctx);
  }
  get value(): unknown {
    this.need("value");
    return this._value;
  }
  load(spec?: unknown): this {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => {
        const stored = this.ctx.wb.workbookSettings.get(this.key);
        this.isNullObject = stored === undefined;
        this._value = stored ?? null;
      },
    });
    return super.load(spec);
  }
}

export class FakeSettingCollection extends Proxy {
  readonly onSettingsChanged = {
    add: (handler: () => Promise<unknown>) => {
      this.ctx.queue({
        request: 0,
        response: 0,
        apply: () => void this.ctx.wb.settingsHandlers.push(handler),
      });
      return {};
    },
  };
  add(key: string, value: unknown): void {
    // Excel keeps settings as JSON: what is read back is a copy, never the object handed in.
    const json = JSON.stringify(value);
    this.ctx.queue({
      request: json.length,
      response: 0,
      apply: () => {
        this.ctx.wb.workbookSettings.set(key, JSON.parse(json));
        this.ctx.wb.raiseSettingsChanged();
      },
    });
  }
  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.ctx, key);
  }
}

export class FakeApplication extends Proxy {
  calculate(type: string): void {
    this.ctx.queue({
      request: 0,
      response: 0,
      apply: () => void this.ctx.wb.calculations.push(type),
    });
  }
}

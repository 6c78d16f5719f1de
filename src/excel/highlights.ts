/**
 * Fill colours on the cells with issues, and their removal. We colour cells directly rather than add
 * conditional formats: a conditional format cannot be told apart from the user's own when removing
 * it, and one per cell would clutter the sheet's rules. So before colouring, each cell's own fill
 * (colour and pattern, "None" for no fill) is read and remembered — in memory and in a hidden
 * document setting, so that *Ta bort markering* still restores it after the pane was closed.
 * Only cell formats change; values are never written.
 */
import type { Severity } from "../core/registry/types";
import {
  DocumentSettingsLike,
  ExcelRun,
  officeDocumentSettings,
  officeExcelRun,
  saveSettings,
} from "./excelRun";

/** Fill per severity: Excel's own light red, light yellow and light blue of "Highlight cells rules". */
export const HIGHLIGHT_COLORS: Readonly<Record<Severity, string>> = Object.freeze({
  error: "#FFC7CE",
  warning: "#FFEB9C",
  info: "#DDEBF7",
});

const SETTINGS_KEY = "Resultatdialog.highlights";
const RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };
// Cells per batch: well under the payload limit even with Excel's per-object envelope.
const BATCH = 500;

interface OriginalFill {
  color: string;
  pattern: string;
}

/** Sheet name → cell address → the fill the cell had before we coloured it. */
type Saved = Record<string, Record<string, OriginalFill>>;

/** A cell to colour: its address on the sheet ("B5") and the most severe issue in it. */
export interface HighlightCell {
  address: string;
  severity: Severity;
}

function batches<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

/** Colours and un-colours cells with issues, remembering the fills it replaced. */
export class Highlighter {
  private readonly run: ExcelRun;
  private readonly settings: DocumentSettingsLike | null;
  private saved: Saved;

  constructor(options: { run?: ExcelRun; settings?: DocumentSettingsLike | null } = {}) {
    this.run = options.run ?? officeExcelRun;
    this.settings = options.settings === undefined ? officeDocumentSettings() : options.settings;
    this.saved = this.restore();
  }

  private restore(): Saved {
    const raw = this.settings?.get(SETTINGS_KEY);
    if (typeof raw !== "string") return {};
    try {
      const parsed = JSON.parse(raw) as unknown;
      return typeof parsed === "object" && parsed !== null ? (parsed as Saved) : {};
    } catch {
      return {};
    }
  }

  private async persist(): Promise<void> {
    if (!this.settings) return;
    const sheets = Object.keys(this.saved).filter((s) => Object.keys(this.saved[s]).length > 0);
    if (sheets.length === 0) this.settings.remove(SETTINGS_KEY);
    else this.settings.set(SETTINGS_KEY, JSON.stringify(this.saved));
    await saveSettings(this.settings);
  }

  /** Number of cells currently coloured by us on a sheet. */
  count(sheetName: string): number {
    return Object.keys(this.saved[sheetName] ?? {}).length;
  }

  /** Colours each cell by its most severe issue; returns the number of cells coloured. */
  async highlight(sheetName: string, cells: readonly HighlightCell[]): Promise<number> {
    const worst = new Map<string, Severity>();
    for (const { address, severity } of cells) {
      if (!/^[A-Z]+\d+$/i.test(address)) continue;
      const before = worst.get(address);
      if (!before || RANK[severity] > RANK[before]) worst.set(address, severity);
    }
    const remembered = (this.saved[sheetName] ??= {});
    const entries = [...worst];
    await this.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem(sheetName);
      // A cell coloured before keeps its first remembered fill, not our colour.
      const fresh = entries.map(([address]) => address).filter((a) => !(a in remembered));
      for (const group of batches(fresh)) {
        const fills = group.map((address) =>
          sheet.getRange(address).format.fill.load("color,pattern")
        );
        await context.sync();
        group.forEach(
          (address, i) =>
            (remembered[address] = { color: fills[i].color, pattern: fills[i].pattern })
        );
      }
      for (const group of batches(entries)) {
        for (const [address, severity] of group)
          sheet.getRange(address).format.fill.color = HIGHLIGHT_COLORS[severity];
        await context.sync();
      }
    });
    await this.persist();
    return entries.length;
  }

  /** Gives every cell we coloured on the sheet its own fill back; returns the number of cells restored. */
  async clear(sheetName: string): Promise<number> {
    const remembered = this.saved[sheetName] ?? {};
    const entries = Object.entries(remembered);
    if (entries.length > 0) {
      await this.run(async (context) => {
        const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
        await context.sync();
        if (sheet.isNullObject) return; // The sheet was deleted: nothing left to restore.
        for (const group of batches(entries)) {
          for (const [address, fill] of group) {
            const target = sheet.getRange(address).format.fill;
            if (fill.pattern === "None") target.clear();
            else target.color = fill.color;
          }
          await context.sync();
        }
      });
    }
    delete this.saved[sheetName];
    await this.persist();
    return entries.length;
  }
}

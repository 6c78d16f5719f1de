/** A small builder that places cells row by row, so the layouts read top to bottom like the sheet. */
import { maskPersonalNumbers } from "../pnr";
import type {
  CellSpec,
  CellStyle,
  ChartSpec,
  RangeRef,
  SheetDescription,
  SheetMeta,
  SheetValue,
} from "./types";

export class SheetBuilder {
  readonly cells: CellSpec[] = [];
  readonly merges: RangeRef[] = [];
  readonly charts: ChartSpec[] = [];
  readonly columnWidths: Record<number, number> = {};
  readonly rowHeights: Record<number, number> = {};
  /** The next free row. */
  row = 1;

  /** Puts one cell; a later put on the same address replaces the earlier one. */
  put(
    row: number,
    col: number,
    value: SheetValue,
    extra: Omit<CellSpec, "row" | "col" | "value"> = {}
  ): CellSpec {
    const cell: CellSpec = { row, col, value, ...extra };
    const at = this.cells.findIndex((c) => c.row === row && c.col === col);
    if (at >= 0) this.cells[at] = cell;
    else this.cells.push(cell);
    return cell;
  }

  /** Writes a row of values from column 1 (or `from`) with one style; returns the row number used. */
  line(values: SheetValue[], style?: CellStyle, from = 1): number {
    const r = this.row++;
    values.forEach((v, i) => {
      if (v !== null || style?.fill) this.put(r, from + i, v, style ? { style } : {});
    });
    return r;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push({ top, left, bottom, right });
  }

  /** A title or notice across `width` columns (merged, wrapped). */
  banner(text: string, width: number, style: CellStyle, height = 1): number {
    const r = this.row;
    this.put(r, 1, text, { style: { wrap: true, verticalTop: true, ...style } });
    for (let c = 2; c <= width; c++) if (style.fill) this.put(r, c, null, { style });
    this.merge(r, 1, r + height - 1, width);
    this.row += height;
    return r;
  }

  /** An empty area the manager writes in, kept by "Uppdatera" under `key`. */
  managerArea(key: string, width: number, height: number, fill: string, startCol = 1): number {
    const r = this.row;
    this.put(r, startCol, null, {
      managerText: key,
      style: { wrap: true, verticalTop: true, fill, border: true },
    });
    this.merge(r, startCol, r + height - 1, startCol + width - 1);
    this.row += height;
    return r;
  }

  skip(rows = 1): void {
    this.row += rows;
  }

  widths(widths: Record<number, number>): void {
    Object.assign(this.columnWidths, widths);
  }

  /**
   * The description, every text the input could reach masked: the sheet name, the unit, text cells,
   * formula text, chart titles and series names. (Built-in sheets refuse such names before they get
   * here; this is the one place that makes sure nothing else slips through.)
   */
  build(name: string, meta: SheetMeta): SheetDescription {
    const cells = [...this.cells].sort((a, b) => a.row - b.row || a.col - b.col).map(maskedCell);
    const charts = this.charts.map((c) => ({
      ...c,
      title: maskPersonalNumbers(c.title),
      series: c.series.map((s) => ({ ...s, name: maskPersonalNumbers(s.name) })),
    }));
    const safeMeta = { ...meta, unit: meta.unit === null ? null : maskPersonalNumbers(meta.unit) };
    return {
      name: maskPersonalNumbers(name),
      meta: safeMeta,
      cells,
      merges: this.merges,
      columnWidths: this.columnWidths,
      rowHeights: this.rowHeights,
      charts,
    };
  }
}

function maskedCell(cell: CellSpec): CellSpec {
  const value = typeof cell.value === "string" ? maskPersonalNumbers(cell.value) : cell.value;
  const formula = cell.formula === undefined ? undefined : maskPersonalNumbers(cell.formula);
  if (value === cell.value && formula === cell.formula) return cell;
  return formula === undefined ? { ...cell, value } : { ...cell, value, formula };
}

/**
 * What every check works on: the table, its schema and column mapping, the parsed values earlier
 * passes leave for later ones, and the issue sink that counts exactly and lists up to a cap.
 */
import { CellValue, displayValue, isBlank, oneLine } from "../../cells";
import { columnLetters } from "../../workbook/addresses";
import { maskPersonalNumbers } from "../../pnr";
import type { CodeLists } from "../codeLists";
import type { ColumnMapping, FieldSchema, FieldType, RegisterSchema } from "../schemas";
import type { CheckCode, Issue, SheetTable } from "../types";
import { CHECKS, CODE_ORDER } from "./catalogue";
import { MESSAGES } from "./messages";

export type Message = { sv: string; en: string };

/** An issue plus the column index it sorts by (−1 for the table or a missing column). */
export interface PendingIssue extends Issue {
  columnIndex: number;
}

/** Counts every issue exactly; keeps the first `cap` of each code. Checks report through `report`. */
export class IssueSink {
  readonly counts = new Map<CheckCode, number>();
  private readonly lists = new Map<CheckCode, PendingIssue[]>();

  constructor(private readonly cap: number) {}

  /** Counts one issue of `code`; true when it is still to be listed (the caller then builds and pushes it). */
  take(code: CheckCode): boolean {
    const count = (this.counts.get(code) ?? 0) + 1;
    this.counts.set(code, count);
    return count <= this.cap;
  }

  /** Lists an issue that `take` admitted. */
  push(issue: PendingIssue): void {
    const list = this.lists.get(issue.code);
    if (list === undefined) this.lists.set(issue.code, [issue]);
    else list.push(issue);
  }

  /** The listed issues, sorted by row, then column, then catalogue order. */
  sorted(): Issue[] {
    const all: PendingIssue[] = [];
    for (const list of this.lists.values()) for (const issue of list) all.push(issue);
    all.sort(
      (a, b) =>
        a.row - b.row || a.columnIndex - b.columnIndex || CODE_ORDER[a.code] - CODE_ORDER[b.code]
    );
    return all.map(({ columnIndex: _omit, ...issue }) => issue);
  }
}

/** Parsed values a pass leaves for the row-level checks (indexed by data row). */
export interface ParsedColumns {
  /** Date fields: Excel serial, NaN when blank or invalid. */
  serials: Map<string, Float64Array>;
  /** Month and period fields: a comparable key, "" when blank or invalid. */
  periods: Map<string, string[]>;
  /** Code and text fields: normalised code, "" when blank. */
  codes: Map<string, string[]>;
  /** The person of each row: normalised personnummer, or trimmed text when it is none; "" when blank. */
  personKeys?: string[];
  /** Gender from the personnummer's ninth digit: 0 unknown, 1 K, 2 M. */
  pnrGenders?: Uint8Array;
}

export interface CheckContext {
  table: SheetTable;
  schema: RegisterSchema;
  mapping: ColumnMapping;
  sink: IssueSink;
  today: number;
  codeLists: CodeLists;
  /** Data rows up to the last non-blank one. */
  rowCount: number;
  /** 1 where a data row is entirely blank: such rows are skipped by every check. */
  blankRows: Uint8Array;
  /** For an exact repeat of an earlier row, that row's data index + 1; else 0. */
  repeatOf: Int32Array;
  parsed: ParsedColumns;
  /** Column letters per column index (A1 addresses). */
  letters: string[];
  /** Non-blank data rows (set by the row scan). */
  dataRows: number;
}

/**
 * What a check leaves in the context for later ones: the row scan (`blankRows`, `repeatOf`,
 * `dataRows`) and the parsed columns (`parsed.personKeys` and `pnrGenders`, `codes`, `serials`,
 * `periods`).
 */
export type Product = "rows" | "pnr" | "codes" | "serials" | "periods";

/**
 * One check of SPEC §5. It declares the codes it reports (each code belongs to one check), what it
 * reads that other checks leave (`needs`) and what it leaves (`gives`); the list in `index.ts` runs
 * each check after every check that gives what it needs. No other order matters, but for one thing:
 * under the cap, the listed cell/required issues (reported by the walker of each column check) are
 * those of the checks that run first.
 */
export interface Check {
  /** For errors in the list and for tests. */
  name: string;
  codes: readonly CheckCode[];
  needs: readonly Product[];
  gives: readonly Product[];
  run(ctx: CheckContext): void;
}

// Column letters are the workbook core's (re-exported for the checks and validate.ts).
export { columnLetters };

/** Excel row number of a data row index. */
export function excelRow(ctx: CheckContext, dataIndex: number): number {
  return ctx.table.headerRow + 1 + dataIndex;
}

/** The header as written in the sheet (masked, in case a header holds a personnummer). */
export function headerOf(ctx: CheckContext, column: number): string {
  const header = ctx.table.headers[column];
  return masked(oneLine(header === null || header === undefined ? "" : String(header)));
}

/** Text for a message with every personnummer masked (the one rule, core/pnr.ts). */
export function masked(text: string): string {
  return maskPersonalNumbers(text);
}

/** A cell value as shown in a message: quoted, shortened, any personnummer in it masked. */
export function shown(value: CellValue): string {
  return masked(displayValue(value));
}

/**
 * A personnummer cell that failed to parse, as shown in a message: a near-miss ("19710717-491") is
 * still someone's number, so only the birth-date digits stay and every later digit becomes *.
 */
export function shownPersonalNumber(value: CellValue): string {
  const text = masked(displayValue(value));
  const leading = /^"?\D*(\d{8}|\d{6})/.exec(text);
  if (!leading) return text.replace(/\d/g, "*");
  const keep = leading[0].length;
  return text.slice(0, keep) + text.slice(keep).replace(/\d/g, "*");
}

/**
 * The one way a check reports: counts one issue of `code` and, while the code is under its cap,
 * lists it. `dataIndex` is the data row, or −1 for the header row; `column` is −1 for the table or a
 * column that is not there (then `name` names it; `name` also names a cell by another column's
 * header, see row/conditional). The message is built from the Excel row number and the shown header
 * only for a listed issue: masking and quoting 100,000 bad cells beyond the cap would cost.
 */
export function report(
  ctx: CheckContext,
  code: CheckCode,
  dataIndex: number,
  column: number,
  message: (row: number, header: string) => Message,
  name?: string
): void {
  if (!ctx.sink.take(code)) return;
  const row = dataIndex < 0 ? ctx.table.headerRow : excelRow(ctx, dataIndex);
  const header = name ?? (column >= 0 ? headerOf(ctx, column) : "");
  const at = Math.max(column, 0);
  ctx.sink.push({
    row,
    column: header,
    address: `${ctx.letters[at] ?? columnLetters(ctx.table.firstColumn + at)}${row}`,
    code,
    severity: CHECKS[code].severity,
    message: message(row, header),
    columnIndex: column,
  });
}

/** The cell of a data row and column (ragged rows read as blank). */
export function cellAt(ctx: CheckContext, dataIndex: number, column: number): CellValue {
  const row = ctx.table.rows[dataIndex];
  return row === undefined ? undefined : row[column];
}

/**
 * The fields of the given types that are mapped to a column, with that column: by type, then in schema
 * order; with no types, every mapped field in schema order.
 */
export function mappedColumns(
  ctx: CheckContext,
  ...types: FieldType[]
): Array<[FieldSchema, number]> {
  const result: Array<[FieldSchema, number]> = [];
  for (const type of types.length === 0 ? [null] : types) {
    for (const field of ctx.schema.fields) {
      const column = ctx.mapping.fields[field.key];
      if (column !== undefined && (type === null || field.type === type))
        result.push([field, column]);
    }
  }
  return result;
}

/**
 * The shared walk of every column check: the filled cells of one field's column, with their data row
 * index. Blank rows are skipped (the row scan found them); a blank cell is reported as cell/required
 * when the field is required (`field` null: a second walk over a column that leaves blanks to the
 * first), and has nothing to parse. Walking the column once for both keeps one pass per column.
 */
export function walkColumn(
  ctx: CheckContext,
  field: FieldSchema | null,
  column: number,
  visit: (value: CellValue, dataIndex: number) => void
): void {
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (!isBlank(value)) visit(value, i);
    else if (field !== null && field.required)
      report(ctx, "cell/required", i, column, MESSAGES.required);
  }
}

/** The codes `walkColumn` reports for the column checks (no check of its own). */
export const WALKER_CODES: readonly CheckCode[] = ["cell/required"];

/** The field schema of a key. */
export function fieldOf(ctx: CheckContext, key: string): FieldSchema | undefined {
  return ctx.schema.fields.find((f) => f.key === key);
}

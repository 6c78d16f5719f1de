/**
 * The columns the indicators read: a flat list of cells (registers read by the CLI or the dialogue)
 * or a single-column range exactly as Excel hands it to a custom function (rows of one cell). The
 * indicators read a range in place instead of copying it: on whole-column references the copy, not
 * the indicator, would be the cost — copying 200,000 rows means allocations that make V8 mark the
 * whole (large) heap of the arguments, several times slower than the indicator itself.
 */
import { CellValue } from "../cells";
import { AmfError } from "../errors";

/** A column: flat cells, or rows of one cell (a range argument). */
export type Column = ReadonlyArray<CellValue> | ReadonlyArray<ReadonlyArray<CellValue>>;

/** The cell in row `r` (0-based) of a column in either form. */
export function cellAt(column: Column, r: number): CellValue {
  const v = (column as ReadonlyArray<unknown>)[r];
  return (Array.isArray(v) ? v[0] : v) as CellValue;
}

/** A range argument as a column: a lone value (an omitted-range literal) becomes one row. */
export function asColumn(range: unknown): Column {
  return Array.isArray(range) ? (range as Column) : [range as CellValue];
}

function checkWidth(column: Column, r: number, argName: string): void {
  const row = (column as ReadonlyArray<unknown>)[r];
  if (Array.isArray(row) && row.length !== 1)
    throw new AmfError("value", "notSingleColumn", { arg: argName });
}

/**
 * Rows up to the last one that is not blank. A 0 in the tail counts as blank (some clients send 0 for
 * empty cells) except in a number column (`zeroIsValue`), where 0 is a value: only ID, code, gender
 * and date columns may treat it as blank.
 * Whole-column references make this backward look the longest loop of many calls (848,576 blank rows
 * per column on the benchmark), so the width check, the cell read and the blank test are written out
 * in one loop instead of calling checkWidth, cellAt and isBlankOrZero (cells.ts) per row: same tests, same order.
 */
function filledRows(column: Column, argName: string, zeroIsValue = false): number {
  const rows = column as ReadonlyArray<unknown>;
  if (rows.length > 0) checkWidth(column, 0, argName);
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r];
    let v: unknown = row;
    if (Array.isArray(row)) {
      if (row.length !== 1) throw new AmfError("value", "notSingleColumn", { arg: argName });
      v = row[0];
    }
    if (v === null || v === undefined || (v === 0 && !zeroIsValue)) continue;
    if (typeof v === "string" && v.trim() === "") continue;
    return r + 1;
  }
  return 0;
}

/**
 * The number of rows to read from columns passed together: the last filled row of any of them, so a
 * whole-column reference's blank tail costs one backward look. Columns of different sizes are
 * accepted only when everything beyond the shorter one is blank; otherwise #VALUE! naming both.
 * Absent (null/undefined) columns are skipped.
 */
export function columnsLength(
  columns: Array<[string, Column | null | undefined, { zeroIsValue: boolean }?]>
): number {
  const present = columns.filter(
    (c): c is [string, Column, { zeroIsValue: boolean }?] => c[1] !== null && c[1] !== undefined
  );
  if (present.length === 0) return 0;
  const length = Math.max(
    ...present.map(([name, column, options]) => filledRows(column, name, options?.zeroIsValue))
  );
  const [firstName, first] = present[0];
  const shortest = Math.min(...present.map(([, column]) => column.length));
  for (const [name, column] of present.slice(1)) {
    if (column.length !== first.length && length > shortest) {
      throw new AmfError("value", "shapeMismatch", {
        a: firstName,
        na: first.length,
        b: name,
        nb: column.length,
      });
    }
  }
  return length;
}

/** An optional range argument as a column, or null when omitted. */
export function asOptionalColumn(range: unknown): Column | null {
  return range === null || range === undefined ? null : asColumn(range);
}

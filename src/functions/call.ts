/**
 * Custom functions as data (after HyperFormula's `implementedFunctions`): a spec declares each
 * parameter's kind, default and bounds and a one-line `compute` over the adapted arguments; `call`
 * does the rest — Excel's shapes to core values, bounds, the argument's name in messages, and every
 * failure to an Excel error value. Parameter names are the English names of the JSDoc in functions.ts
 * (the metadata test checks they agree), so a message names the argument the user typed.
 */
import {
  CellValue,
  displayValue,
  Gender,
  genderFilterOf,
  isBlank,
  optionOf,
  parseDate,
  parseNumber,
  valuesOf,
} from "../core/cells";
import { AmfError } from "../core/errors";
import { asColumn, asOptionalColumn, Column } from "../core/indicators/columns";
import type { ArgumentName } from "../core/messages";
import { ExcelError, toExcelError } from "./runtime";

/** How one argument is read. `T` is what compute receives. */
export interface Param<T> {
  readonly kind: string;
  /** Excel's value (a 2-D range, a scalar, or null/undefined when omitted) to the core's. */
  read(value: unknown, name: ArgumentName): T;
}

/** A parameter list: argument name → its kind, in the order of the Excel function's parameters. */
export type Params = Readonly<Partial<Record<ArgumentName, Param<unknown>>>>;

/** The adapted arguments compute receives, by name. */
export type Args<P extends Params> = { [K in keyof P]: P[K] extends Param<infer T> ? T : never };

/** What a function returns: one value (a cell) or a matrix (it may spill). */
export type Shape = "cell" | "matrix";

export interface FunctionSpec<P extends Params> {
  readonly params: P;
  readonly shape: Shape;
  readonly compute: (args: Args<P>) => unknown;
}

/** A function spec; a helper only so that TypeScript infers the argument types of compute. */
export function defineFunction<P extends Params>(spec: FunctionSpec<P>): FunctionSpec<P> {
  return spec;
}

/**
 * Runs a function: reads each argument by its kind, computes, and turns any failure (thrown
 * AmfError or anything else) into the Excel error value — one error cell for a matrix function.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- returned as the custom function's own any / any[][] (the metadata's type)
export function call<P extends Params>(spec: FunctionSpec<P>, values: readonly unknown[]): any {
  try {
    const args: Record<string, unknown> = {};
    Object.entries(spec.params).forEach(([name, param], i) => {
      args[name] = (param as Param<unknown>).read(values[i], name as ArgumentName);
    });
    return spec.compute(args as Args<P>);
  } catch (e) {
    const error: ExcelError = toExcelError(e);
    return spec.shape === "matrix" ? [[error]] : error;
  }
}

// ---- parameter kinds ---------------------------------------------------------------------------

/** A scalar argument; a one-cell range is accepted as its cell. */
export function scalarOf(value: unknown, name: ArgumentName): CellValue {
  if (!Array.isArray(value)) return value as CellValue;
  const cells = valuesOf(value as CellValue[][]);
  if (cells.length > 1) throw new AmfError("value", "notSingleCell", { arg: name });
  return cells.length === 1 ? cells[0] : null;
}

/** The number in a scalar argument, or null when blank; text that is no number is #VALUE!. */
function numberOf(value: unknown, name: ArgumentName): number | null {
  const v = scalarOf(value, name);
  if (isBlank(v)) return null;
  const n = parseNumber(v);
  if (n === null)
    throw new AmfError("value", "invalidNumberArgument", { arg: name, value: displayValue(v) });
  return n;
}

/** A required range, read in place as a column (the core checks its width and length). */
export const column = (): Param<Column> => ({ kind: "column", read: (value) => asColumn(value) });

/** An optional range: null when omitted. */
export const optionalColumn = (): Param<Column | null> => ({
  kind: "optional column",
  read: (value) => asOptionalColumn(value),
});

/** A list of values (a range or an array constant), e.g. the values that count as positive. */
export const valueList = (): Param<CellValue[]> => ({
  kind: "value list",
  read: (value) => valuesOf(value as CellValue[][]),
});

/** A gender filter: K, M (any spelling of SPEC §3), or blank for everyone. */
export const gender = (): Param<Gender | null> => ({
  kind: "gender",
  read: (value, name) => genderFilterOf(scalarOf(value, name), name),
});

/** An optional date as an Excel serial, or null when blank. */
export const date = (): Param<number | null> => ({
  kind: "date",
  read: (value, name) => {
    const v = scalarOf(value, name);
    if (isBlank(v)) return null;
    const serial = parseDate(v);
    if (serial === null)
      throw new AmfError("value", "invalidDateArgument", { arg: name, value: displayValue(v) });
    return serial;
  },
});

/** A raw single cell (the core parses it, as PNR does with its id). */
export const cell = (): Param<CellValue> => ({ kind: "cell", read: scalarOf });

interface Bounds {
  min: number;
  max: number;
  /** True when max itself is out of range (a rate below 1). */
  maxOpen?: boolean;
}

function bounded(
  n: number,
  name: ArgumentName,
  bounds: Bounds | undefined,
  whole: boolean
): number {
  if (!bounds) return n;
  const { min, max, maxOpen } = bounds;
  if ((whole && !Number.isInteger(n)) || n < min || n > max || (maxOpen && n === max)) {
    throw new AmfError("num", "outOfRange", { arg: name, min, max });
  }
  return n;
}

/** A number; blank gives the default (without one it is required). Out of bounds is #NUM!. */
export function number(options: Partial<Bounds> & { default?: number } = {}): Param<number> {
  const bounds =
    options.min !== undefined && options.max !== undefined ? (options as Bounds) : undefined;
  return {
    kind: "number",
    read: (value, name) => {
      const n = numberOf(value, name) ?? options.default;
      if (n === undefined)
        throw new AmfError("value", "invalidNumberArgument", { arg: name, value: '""' });
      return bounded(n, name, bounds, false);
    },
  };
}

/** A whole number within bounds; blank gives the default. A fraction or out of bounds is #NUM!. */
export function wholeNumber(options: Bounds & { default: number }): Param<number> {
  return {
    kind: "whole number",
    read: (value, name) => bounded(numberOf(value, name) ?? options.default, name, options, true),
  };
}

/** The sum of the numbers in a range (blank cells skipped; none at all, or text, is #VALUE!). */
export const sum = (): Param<number> => ({
  kind: "sum",
  read: (value, name) => {
    const rows = Array.isArray(value) ? (value as unknown[][]) : [[value]];
    let total = 0;
    let seen = false;
    rows.forEach((row, r) => {
      for (const v of (Array.isArray(row) ? row : [row]) as CellValue[]) {
        if (isBlank(v)) continue;
        const n = parseNumber(v);
        if (n === null)
          throw new AmfError("value", "invalidNumber", {
            arg: name,
            row: r + 1,
            value: displayValue(v),
          });
        total += n;
        seen = true;
      }
    });
    if (!seen) throw new AmfError("value", "invalidNumberArgument", { arg: name, value: '""' });
    return total;
  },
});

/** One of a list of options (case-insensitive); blank gives the default. */
export function option<T extends string>(allowed: readonly T[], fallback: T): Param<T> {
  return {
    kind: "option",
    read: (value, name) => optionOf(scalarOf(value, name), allowed, fallback, name),
  };
}

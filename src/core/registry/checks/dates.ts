/** date/invalid and date/future for date, occasion, month and period columns (SPEC §3 date forms). */
import {
  CellValue,
  isoOf,
  monthOfSerial,
  monthText,
  normalizeCode,
  parseDate,
  parseMonth,
  parsePeriodKey,
} from "../../cells";
import type { FieldSchema } from "../schemas";
import { Check, CheckContext, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";
import { occasionColumn } from "./survey";

/**
 * Every date, occasion, month and period column; leaves the serial of each date or occasion (NaN when
 * blank or invalid; occasions in survey.ts) and a comparable key of each month or period ("" when blank
 * or invalid). Planned end dates may lie in the future (by the Status code the code check leaves).
 */
export const dateCheck: Check = {
  name: "dates",
  codes: ["date/invalid", "date/future"],
  needs: ["rows", "codes"],
  gives: ["serials", "periods"],
  run(ctx) {
    for (const [field, column] of mappedColumns(ctx, "date", "occasion", "month", "period")) {
      if (field.type === "date") ctx.parsed.serials.set(field.key, dateColumn(ctx, field, column));
      else if (field.type === "occasion")
        ctx.parsed.serials.set(field.key, occasionColumn(ctx, field, column));
      else ctx.parsed.periods.set(field.key, periodColumn(ctx, field, column));
    }
  },
};

function invalid(
  ctx: CheckContext,
  i: number,
  column: number,
  value: CellValue,
  kind: "date" | "month" | "period"
): void {
  report(ctx, "date/invalid", i, column, (row, header) =>
    MESSAGES.dateInvalid(row, header, shown(value), kind)
  );
}

function future(ctx: CheckContext, i: number, column: number, shownDate: string): void {
  report(ctx, "date/future", i, column, (row, header) =>
    MESSAGES.dateFuture(row, header, shownDate, isoOf(ctx.today))
  );
}

function dateColumn(ctx: CheckContext, field: FieldSchema, column: number): Float64Array {
  const serials = new Float64Array(ctx.rowCount).fill(NaN);
  const allowedWhen = futureException(ctx, field);
  walkColumn(ctx, field, column, (value, i) => {
    const serial = parseDate(value);
    if (serial === null) return invalid(ctx, i, column, value, "date");
    serials[i] = serial;
    if (
      serial > ctx.today &&
      !(allowedWhen !== null && allowedWhen.codes.has(allowedWhen.values[i]))
    ) {
      future(ctx, i, column, isoOf(serial));
    }
  });
  return serials;
}

function futureException(
  ctx: CheckContext,
  field: FieldSchema
): { codes: Set<string>; values: string[] } | null {
  const rule = field.futureAllowedWhen;
  const values = rule === undefined ? undefined : ctx.parsed.codes.get(rule.field);
  if (rule === undefined || values === undefined) return null;
  return { codes: new Set(rule.values.map((v) => normalizeCode(v))), values };
}

function periodColumn(ctx: CheckContext, field: FieldSchema, column: number): string[] {
  const keys: string[] = new Array(ctx.rowCount).fill("");
  const isMonth = field.type === "month";
  const thisMonth = monthOfSerial(ctx.today);
  walkColumn(ctx, field, column, (value, i) => {
    const month = isMonth ? parseMonth(value) : null;
    const key = isMonth ? (month === null ? null : String(month)) : parsePeriodKey(value);
    if (key === null) return invalid(ctx, i, column, value, isMonth ? "month" : "period");
    keys[i] = key;
    // A support month after this one cannot have been paid yet; periods of staff cost may be budgets.
    if (month !== null && month > thisMonth) future(ctx, i, column, monthText(month));
  });
  return keys;
}

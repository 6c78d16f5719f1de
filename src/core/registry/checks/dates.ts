/** date/invalid and date/future for date, month and period columns (SPEC §3 date forms). */
import { CellValue, isBlank, isoOf, monthOfSerial, normalizeCode, parseDate, parseMonth } from "../../cells";
import type { FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";
import { reportBlank } from "./required";

export const codes: readonly CheckCode[] = ["date/invalid", "date/future"];

const TERTIAL = /^(\d{4})-?T([1-3])$/;
const YEAR = /^\d{4}$/;

/**
 * A staff-cost period as a comparable key: "2026" (year), "2026T2" (tertial) or "2026-03" (month,
 * from YYYY-MM, YYYYMM or a date); null when it is none of these.
 */
export function parsePeriod(value: CellValue): string | null {
  if (typeof value === "number" && Number.isInteger(value) && value >= 1900 && value <= 9999) return String(value);
  if (typeof value === "string") {
    const text = value.trim().toUpperCase().replace(/\s+/g, "");
    const tertial = TERTIAL.exec(text);
    if (tertial) return `${tertial[1]}T${tertial[2]}`;
    if (YEAR.test(text)) return Number(text) >= 1900 ? text : null;
  }
  const month = parseMonth(value);
  if (month === null) return null;
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
}

/** One pass over a date column; leaves the serial of each row (NaN when blank or invalid). */
export function checkDateColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink, today } = ctx;
  const serials = new Float64Array(ctx.rowCount).fill(NaN);
  const allowedWhen = futureException(ctx, field);
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    const serial = parseDate(value);
    if (serial === null) {
      if (sink.take("date/invalid")) {
        const message = MESSAGES.dateInvalid(ctx.table.headerRow + 1 + i, headerOf(ctx, column), shown(value), "date");
        sink.push(cellIssue(ctx, "date/invalid", i, column, message));
      }
      continue;
    }
    serials[i] = serial;
    if (serial > today && !(allowedWhen !== null && allowedWhen.codes.has(allowedWhen.values[i]))) {
      if (sink.take("date/future")) {
        const row = ctx.table.headerRow + 1 + i;
        const message = MESSAGES.dateFuture(row, headerOf(ctx, column), isoOf(serial), isoOf(today));
        sink.push(cellIssue(ctx, "date/future", i, column, message));
      }
    }
  }
  ctx.parsed.serials.set(field.key, serials);
}

function futureException(ctx: CheckContext, field: FieldSchema): { codes: Set<string>; values: string[] } | null {
  const rule = field.futureAllowedWhen;
  const values = rule === undefined ? undefined : ctx.parsed.codes.get(rule.field);
  if (rule === undefined || values === undefined) return null;
  return { codes: new Set(rule.values.map((v) => normalizeCode(v))), values };
}

/** One pass over a month or period column; leaves a comparable key per row ("" when blank or invalid). */
export function checkPeriodColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink } = ctx;
  const keys: string[] = new Array(ctx.rowCount).fill("");
  const isMonth = field.type === "month";
  const thisMonth = monthOfSerial(ctx.today);
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    const month = isMonth ? parseMonth(value) : null;
    const key = isMonth ? (month === null ? null : String(month)) : parsePeriod(value);
    if (key === null) {
      if (sink.take("date/invalid")) {
        const kind = isMonth ? "month" : "period";
        const message = MESSAGES.dateInvalid(ctx.table.headerRow + 1 + i, headerOf(ctx, column), shown(value), kind);
        sink.push(cellIssue(ctx, "date/invalid", i, column, message));
      }
      continue;
    }
    keys[i] = key;
    // A support month after this one cannot have been paid yet; periods of staff cost may be budgets.
    if (month !== null && month > thisMonth && sink.take("date/future")) {
      const row = ctx.table.headerRow + 1 + i;
      const shownMonth = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}`;
      const message = MESSAGES.dateFuture(row, headerOf(ctx, column), shownMonth, isoOf(ctx.today));
      sink.push(cellIssue(ctx, "date/future", i, column, message));
    }
  }
  ctx.parsed.periods.set(field.key, keys);
}

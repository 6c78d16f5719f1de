/**
 * The survey and progression columns (issue #14): answer/scale for survey answers (whole numbers on
 * 1..scaleMax; blank, 0 and "Vet ej" are no answer, not missing data), and the progression's occasion
 * (Före, Efter or a date; date/invalid and date/future otherwise).
 */
import { isBlank, isoOf, parseNumber } from "../../cells";
import { DEFAULT_SCALE_MAX, isNoAnswer } from "../../indicators/surveyMean";
import { occasionOrder } from "../../indicators/progression";
import type { FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";
import { reportBlank } from "./required";

export const codes: readonly CheckCode[] = ["answer/scale"];

// Före and Efter as serials for the key check: before and after any date a register can hold.
const BEFORE_ANY = -1e9;
const AFTER_ANY = 1e9;

/** One pass over an answer column: no answer is fine; anything but a whole number on the scale is an error. */
export function checkAnswerColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const max = field.scaleMax ?? DEFAULT_SCALE_MAX;
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isNoAnswer(value)) continue;
    const n = parseNumber(value);
    if (n !== null && Number.isInteger(n) && n >= 1 && n <= max) continue;
    if (ctx.sink.take("answer/scale")) {
      const message = MESSAGES.answerScale(ctx.table.headerRow + 1 + i, headerOf(ctx, column), shown(value), max);
      ctx.sink.push(cellIssue(ctx, "answer/scale", i, column, message));
    }
  }
}

/** One pass over an occasion column; leaves its order as serials (Före and Efter outside any date) for keys. */
export function checkOccasionColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink, today } = ctx;
  const serials = new Float64Array(ctx.rowCount).fill(NaN);
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    const order = occasionOrder(value);
    const row = ctx.table.headerRow + 1 + i;
    if (order === null) {
      if (sink.take("date/invalid")) sink.push(cellIssue(ctx, "date/invalid", i, column, MESSAGES.dateInvalid(row, headerOf(ctx, column), shown(value), "occasion")));
      continue;
    }
    serials[i] = order === -Infinity ? BEFORE_ANY : order === Infinity ? AFTER_ANY : order;
    if (Number.isFinite(order) && order > today && sink.take("date/future")) {
      sink.push(cellIssue(ctx, "date/future", i, column, MESSAGES.dateFuture(row, headerOf(ctx, column), isoOf(order), isoOf(today))));
    }
  }
  ctx.parsed.serials.set(field.key, serials);
}

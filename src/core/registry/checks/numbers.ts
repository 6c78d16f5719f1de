/** number/invalid and number/negative: amounts and costs (Swedish "1 234,5" text is a number too). */
import { isBlank, parseNumber } from "../../cells";
import { isHiddenMark, type FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";
import { reportBlank } from "./required";

export const codes: readonly CheckCode[] = ["number/invalid", "number/negative"];

/** One pass over a number column. A "positive" field flags 0 too: a staff cost of 0 is no cost. */
export function checkNumberColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink } = ctx;
  const positive = field.sign === "positive";
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    if (isHiddenMark(field, value)) continue;
    const number = parseNumber(value);
    if (number === null) {
      if (sink.take("number/invalid")) {
        const message = MESSAGES.numberInvalid(ctx.table.headerRow + 1 + i, headerOf(ctx, column), shown(value));
        sink.push(cellIssue(ctx, "number/invalid", i, column, message));
      }
      continue;
    }
    const tooLow = field.sign === undefined ? false : positive ? number <= 0 : number < 0;
    if (tooLow && sink.take("number/negative")) {
      const row = ctx.table.headerRow + 1 + i;
      const message = MESSAGES.numberNegative(row, headerOf(ctx, column), shown(value), positive);
      sink.push(cellIssue(ctx, "number/negative", i, column, message));
    }
  }
}

/** date/order: an end date before its start date (Avslutsdatum before Inskrivningsdatum, …). */
import { isoOf } from "../../cells";
import type { CheckCode } from "../types";
import { cellIssue, CheckContext, headerOf } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = ["date/order"];

/** Compares the parsed start and end dates of every row; rows where either is missing are skipped. */
export function checkDateOrder(ctx: CheckContext): void {
  for (const { start, end } of ctx.schema.dateOrder) {
    const starts = ctx.parsed.serials.get(start);
    const ends = ctx.parsed.serials.get(end);
    const startColumn = ctx.mapping.fields[start];
    const endColumn = ctx.mapping.fields[end];
    if (starts === undefined || ends === undefined || startColumn === undefined || endColumn === undefined) continue;
    for (let i = 0; i < ctx.rowCount; i++) {
      // NaN compares false, so blank or invalid dates drop out here without a test of their own.
      if (!(ends[i] < starts[i]) || !ctx.sink.take("date/order")) continue;
      const row = ctx.table.headerRow + 1 + i;
      const message = MESSAGES.dateOrder(
        row,
        headerOf(ctx, endColumn),
        isoOf(ends[i]),
        headerOf(ctx, startColumn),
        isoOf(starts[i])
      );
      ctx.sink.push(cellIssue(ctx, "date/order", i, endColumn, message));
    }
  }
}

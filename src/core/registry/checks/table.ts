/** table/empty: a sheet with a header row and nothing below it. */
import type { CheckCode } from "../types";
import { CheckContext, headerIssue, masked } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = ["table/empty"];

/** Reports an empty table; `dataRows` counts the non-blank data rows. */
export function checkTable(ctx: CheckContext, dataRows: number): void {
  if (dataRows > 0) return;
  if (ctx.sink.take("table/empty")) {
    ctx.sink.push(headerIssue(ctx, "table/empty", -1, MESSAGES.tableEmpty(masked(String(ctx.table.name))), ""));
  }
}

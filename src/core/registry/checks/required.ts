/** cell/required: a blank cell in a required column; also the pass over plain text columns. */
import { isBlank, normalizeCode } from "../../cells";
import type { FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = ["cell/required"];

/** Reports a blank cell when its field is required (called by every column pass on a blank). */
export function reportBlank(ctx: CheckContext, field: FieldSchema, column: number, dataIndex: number): void {
  if (!field.required || !ctx.sink.take("cell/required")) return;
  const message = MESSAGES.required(ctx.table.headerRow + 1 + dataIndex, headerOf(ctx, column));
  ctx.sink.push(cellIssue(ctx, "cell/required", dataIndex, column, message));
}

/** One pass over a text column: blanks, and the normalised text kept for keys and conditions. */
export function checkTextColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const normalised: string[] = new Array(ctx.rowCount).fill("");
  const cache = new Map<string, string>();
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    if (typeof value === "string") {
      let code = cache.get(value);
      if (code === undefined) cache.set(value, (code = normalizeCode(value)));
      normalised[i] = code;
    } else {
      normalised[i] = normalizeCode(value);
    }
  }
  ctx.parsed.codes.set(field.key, normalised);
}

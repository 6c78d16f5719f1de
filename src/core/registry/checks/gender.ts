/** gender/invalid and gender/mismatch (against the personnummer's ninth digit, SPEC §6). */
import { isBlank, parseGender } from "../../cells";
import type { FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";
import { reportBlank } from "./required";

export const codes: readonly CheckCode[] = ["gender/invalid", "gender/mismatch"];

/** One pass over the gender column; runs after the personnummer pass so it can compare. */
export function checkGenderColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink } = ctx;
  const fromPnr = ctx.parsed.pnrGenders;
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    const gender = parseGender(value);
    const row = ctx.table.headerRow + 1 + i;
    if (gender === undefined || gender === null) {
      if (sink.take("gender/invalid")) {
        const message = MESSAGES.genderInvalid(row, headerOf(ctx, column), shown(value));
        sink.push(cellIssue(ctx, "gender/invalid", i, column, message));
      }
      continue;
    }
    const digit = fromPnr === undefined ? 0 : fromPnr[i];
    // Info only: legal gender can change without a new personnummer being issued at once.
    if (digit !== 0 && (digit === 1 ? "K" : "M") !== gender && sink.take("gender/mismatch")) {
      const message = MESSAGES.genderMismatch(row, headerOf(ctx, column), shown(value), digit === 1 ? "K" : "M");
      sink.push(cellIssue(ctx, "gender/mismatch", i, column, message));
    }
  }
}

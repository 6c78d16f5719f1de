/**
 * pnr/misplaced: a personnummer in a column that is not the ID column (Enhet, Skola, Avslutsorsak,
 * Kön, Status …). Such a value would end up as a unit, a code or a sheet name in every report.
 */
import { isBlank } from "../../cells";
import { containsPersonalNumber, parsePnr } from "../../pnr";
import type { FieldType } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = ["pnr/misplaced"];

// The columns whose values are names and codes; dates and numbers have their own checks, which a
// personnummer already fails (and a 10-digit amount is not a personnummer).
const NAME_FIELDS: ReadonlySet<FieldType> = new Set(["text", "code", "gender"]);

/** A text that the mask would change holds a personnummer; a number cell, when it parses as one. */
function holdsPersonalNumber(value: unknown): boolean {
  if (typeof value === "string") return containsPersonalNumber(value);
  return typeof value === "number" && parsePnr(value).ok;
}

/** One pass over every mapped name or code column. */
export function checkMisplacedPnr(ctx: CheckContext): void {
  for (const field of ctx.schema.fields) {
    const column = ctx.mapping.fields[field.key];
    if (column === undefined || !NAME_FIELDS.has(field.type)) continue;
    const seen = new Map<unknown, boolean>();
    for (let i = 0; i < ctx.rowCount; i++) {
      if (ctx.blankRows[i]) continue;
      const value = cellAt(ctx, i, column);
      if (isBlank(value)) continue;
      let holds = seen.get(value);
      if (holds === undefined) seen.set(value, (holds = holdsPersonalNumber(value)));
      if (!holds || !ctx.sink.take("pnr/misplaced")) continue;
      const message = MESSAGES.pnrMisplaced(ctx.table.headerRow + 1 + i, headerOf(ctx, column), shown(value));
      ctx.sink.push(cellIssue(ctx, "pnr/misplaced", i, column, message));
    }
  }
}

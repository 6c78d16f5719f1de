/** row/conditional: a value required only under a condition (Avbrottsorsak when Status is Avbruten). */
import { isBlank, normalizeCode } from "../../cells";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = ["row/conditional"];

/** Checks the schema's conditional rules. When the conditional column is absent, the condition's cell is named. */
export function checkConditionals(ctx: CheckContext): void {
  for (const rule of ctx.schema.conditionals) {
    const whenColumn = ctx.mapping.fields[rule.when.field];
    const whenCodes = ctx.parsed.codes.get(rule.when.field);
    if (whenColumn === undefined || whenCodes === undefined) continue;
    const column = ctx.mapping.fields[rule.field];
    const header = ctx.schema.fields.find((f) => f.key === rule.field)?.header ?? rule.field;
    const triggers = new Set(rule.when.values.map((v) => normalizeCode(v)));
    for (let i = 0; i < ctx.rowCount; i++) {
      if (!triggers.has(whenCodes[i])) continue;
      if (column !== undefined && !isBlank(cellAt(ctx, i, column))) continue;
      if (!ctx.sink.take("row/conditional")) continue;
      const row = ctx.table.headerRow + 1 + i;
      const target = column ?? whenColumn;
      const name = column === undefined ? header : headerOf(ctx, column);
      const message = MESSAGES.conditional(row, name, headerOf(ctx, whenColumn), shown(cellAt(ctx, i, whenColumn)));
      ctx.sink.push({ ...cellIssue(ctx, "row/conditional", i, target, message), column: name });
    }
  }
}

/** row/conditional: a value required only under a condition (Avbrottsorsak when Status is Avbruten). */
import { isBlank, normalizeCode } from "../../cells";
import { cellAt, Check, fieldOf, headerOf, report, shown } from "./context";
import { MESSAGES } from "./messages";

/** The schema's conditional rules. When the conditional column is absent, the condition's cell is named. */
export const conditionalCheck: Check = {
  name: "conditional",
  codes: ["row/conditional"],
  needs: ["codes"],
  gives: [],
  run(ctx) {
    for (const rule of ctx.schema.conditionals) {
      const whenColumn = ctx.mapping.fields[rule.when.field];
      const whenCodes = ctx.parsed.codes.get(rule.when.field);
      if (whenColumn === undefined || whenCodes === undefined) continue;
      const column = ctx.mapping.fields[rule.field];
      const name =
        column === undefined ? (fieldOf(ctx, rule.field)?.header ?? rule.field) : undefined;
      const triggers = new Set(rule.when.values.map((v) => normalizeCode(v)));
      for (let i = 0; i < ctx.rowCount; i++) {
        if (!triggers.has(whenCodes[i])) continue;
        if (column !== undefined && !isBlank(cellAt(ctx, i, column))) continue;
        const message = (row: number, header: string) =>
          MESSAGES.conditional(
            row,
            header,
            headerOf(ctx, whenColumn),
            shown(cellAt(ctx, i, whenColumn))
          );
        report(ctx, "row/conditional", i, column ?? whenColumn, message, name);
      }
    }
  },
};

/** Column-level checks on the header row: missing, duplicate, special-category and identifying columns. */
import { classifyHeader } from "../schemas";
import { Check, fieldOf, headerOf, report } from "./context";
import { MESSAGES } from "./messages";

/** The header row against the schema and the GDPR header lists. */
export const columnCheck: Check = {
  name: "columns",
  codes: ["column/missing", "column/duplicate", "column/sensitive", "column/identifying"],
  needs: [],
  gives: [],
  run(ctx) {
    const { schema, mapping } = ctx;
    for (const field of schema.fields) {
      if (!field.required || mapping.fields[field.key] !== undefined) continue;
      report(
        ctx,
        "column/missing",
        -1,
        -1,
        (row) => MESSAGES.columnMissing(row, field.header),
        field.header
      );
    }
    for (const { field, columns } of mapping.duplicates) {
      const name = fieldOf(ctx, field)?.header ?? field;
      for (const column of columns.slice(1)) {
        const message = (row: number, header: string) =>
          MESSAGES.columnDuplicate(row, header, name, headerOf(ctx, columns[0]));
        report(ctx, "column/duplicate", -1, column, message);
      }
    }
    const mapped = new Set(Object.values(mapping.fields));
    ctx.table.headers.forEach((header, column) => {
      const kind = classifyHeader(header);
      // A column the user mapped to a field is one the follow-up needs, whatever its header says.
      if (kind === null || (kind === "identifying" && mapped.has(column))) return;
      if (kind === "sensitive")
        report(ctx, "column/sensitive", -1, column, MESSAGES.columnSensitive);
      else report(ctx, "column/identifying", -1, column, MESSAGES.columnIdentifying);
    });
  },
};

/** Column-level checks on the header row: missing, duplicate, special-category and identifying columns. */
import { classifyHeader } from "../schemas";
import type { CheckCode } from "../types";
import { CheckContext, fieldOf, headerIssue, headerOf } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = [
  "column/missing",
  "column/duplicate",
  "column/sensitive",
  "column/identifying",
];

/** Checks the header row against the schema and the GDPR header lists. */
export function checkColumns(ctx: CheckContext): void {
  const { sink, schema, mapping } = ctx;
  const row = ctx.table.headerRow;
  for (const field of schema.fields) {
    if (field.required && mapping.fields[field.key] === undefined && sink.take("column/missing")) {
      sink.push(headerIssue(ctx, "column/missing", -1, MESSAGES.columnMissing(row, field.header), field.header));
    }
  }
  for (const { field, columns } of mapping.duplicates) {
    const header = fieldOf(ctx, field)?.header ?? field;
    for (const column of columns.slice(1)) {
      if (!sink.take("column/duplicate")) continue;
      const message = MESSAGES.columnDuplicate(row, headerOf(ctx, column), header, headerOf(ctx, columns[0]));
      sink.push(headerIssue(ctx, "column/duplicate", column, message));
    }
  }
  const mapped = new Set(Object.values(mapping.fields));
  ctx.table.headers.forEach((header, column) => {
    const kind = classifyHeader(header);
    // A column the user mapped to a field is one the follow-up needs, whatever its header says.
    if (kind === null || (kind === "identifying" && mapped.has(column))) return;
    const code: CheckCode = kind === "sensitive" ? "column/sensitive" : "column/identifying";
    if (!sink.take(code)) return;
    const message =
      kind === "sensitive"
        ? MESSAGES.columnSensitive(row, headerOf(ctx, column))
        : MESSAGES.columnIdentifying(row, headerOf(ctx, column));
    sink.push(headerIssue(ctx, code, column, message));
  });
}

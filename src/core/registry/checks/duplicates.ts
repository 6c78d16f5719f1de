/**
 * row/duplicate (an identical row earlier) and key/duplicate (same person and date or month twice).
 * The row scan also finds blank rows and the table's filled length, which every other pass uses.
 */
import type { CellValue } from "../../cells";
import type { CheckCode } from "../types";
import { cellIssue, CheckContext, headerOf } from "./context";
import { MESSAGES } from "./messages";
import { FNV_OFFSET, HashedSet, mixCell, mixNumber, mixString, mixWord, rowFilled, sameCell } from "./rowHash";

export const codes: readonly CheckCode[] = ["row/duplicate", "key/duplicate"];

/** Number of data rows up to the last one with a non-blank cell (trailing blank rows cost nothing later). */
export function filledRowCount(rows: readonly (readonly CellValue[])[], width: number): number {
  for (let i = rows.length - 1; i >= 0; i--) if (rowFilled(rows[i], width)) return i + 1;
  return 0;
}

/** Hash of a row's first `width` cells (the identity `sameRow` decides). */
export function rowHash(row: readonly CellValue[], width: number): number {
  let hash = FNV_OFFSET;
  for (let c = 0; c < width; c++) hash = mixCell(hash, row[c]);
  return hash;
}

/** Whether two rows are identical over their first `width` cells (text trimmed, types distinct). */
export function sameRow(a: readonly CellValue[], b: readonly CellValue[], width: number): boolean {
  for (let c = 0; c < width; c++) if (!sameCell(a[c], b[c])) return false;
  return true;
}

/** Marks blank rows and exact repeats in the context, reports row/duplicate; returns the non-blank row count. */
export function scanRows(ctx: CheckContext): number {
  const width = ctx.table.headers.length;
  const rows = ctx.table.rows;
  const seen = new HashedSet(ctx.rowCount, (a, b) => sameRow(rows[a], rows[b], width));
  let dataRows = 0;
  for (let i = 0; i < ctx.rowCount; i++) {
    const row = rows[i];
    if (!rowFilled(row, width)) {
      ctx.blankRows[i] = 1;
      continue;
    }
    dataRows++;
    const earlier = seen.add(i, rowHash(row, width));
    if (earlier === -1) continue;
    ctx.repeatOf[i] = earlier + 1;
    if (!ctx.schema.rowsMayRepeat && ctx.sink.take("row/duplicate")) {
      const message = MESSAGES.rowDuplicate(ctx.table.headerRow + 1 + i, ctx.table.headerRow + 1 + earlier);
      ctx.sink.push(cellIssue(ctx, "row/duplicate", i, 0, message));
    }
  }
  return dataRows;
}

/**
 * Reports rows whose key (schema.key) repeats an earlier row's. Exact repeats are left to row/duplicate,
 * so one double import gives one warning, not also an error; rows with a blank key part are skipped.
 */
export function checkKeys(ctx: CheckContext): void {
  const { schema, mapping, parsed } = ctx;
  if (schema.key.length === 0 || schema.key.some((k) => mapping.fields[k] === undefined)) return;
  const parts: Array<string[] | Float64Array> = [];
  for (const key of schema.key) {
    const field = schema.fields.find((f) => f.key === key);
    const values =
      field?.type === "pnr" ? parsed.personKeys : parsed.serials.get(key) ?? parsed.periods.get(key) ?? parsed.codes.get(key);
    if (values === undefined) return;
    parts.push(values);
  }
  const column = mapping.fields[schema.key[0]];
  const names = schema.key.map((k) =>
    schema.fields.find((f) => f.key === k)?.type === "pnr" ? "person" : `"${headerOf(ctx, mapping.fields[k])}"`
  );
  const keyName = { sv: names.join(" och "), en: names.join(" and ") };
  const seen = new HashedSet(ctx.rowCount, (a, b) => parts.every((values) => values[a] === values[b]));
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i] || ctx.repeatOf[i] !== 0) continue;
    let hash = FNV_OFFSET;
    let complete = true;
    for (const values of parts) {
      const value = values[i];
      if (typeof value === "string") {
        complete = value !== "";
        hash = mixString(mixWord(hash, 0x1f), value);
      } else {
        complete = !Number.isNaN(value);
        hash = mixNumber(hash, value);
      }
      if (!complete) break;
    }
    if (!complete) continue;
    const earlier = seen.add(i, hash);
    if (earlier === -1 || !ctx.sink.take("key/duplicate")) continue;
    const row = ctx.table.headerRow + 1 + i;
    const message = MESSAGES.keyDuplicate(row, headerOf(ctx, column), keyName, ctx.table.headerRow + 1 + earlier);
    ctx.sink.push(cellIssue(ctx, "key/duplicate", i, column, message));
  }
}

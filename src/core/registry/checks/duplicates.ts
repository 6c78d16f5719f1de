/**
 * row/duplicate (an identical row earlier) and key/duplicate (same person and date or month twice).
 * The row scan also finds blank rows and the table's filled length, which every other pass uses.
 */
import type { CellValue } from "../../cells";
import type { CheckCode } from "../types";
import { cellIssue, CheckContext, headerOf } from "./context";
import { MESSAGES } from "./messages";

export const codes: readonly CheckCode[] = ["row/duplicate", "key/duplicate"];

/** A cell's part of a row's identity: type-tagged so that 5 and "5" differ; text trimmed; blank "". */
export function cellIdentity(value: CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") {
    const text = value.trim();
    return text === "" ? "" : "s" + text;
  }
  if (typeof value === "number") return "n" + value;
  if (value instanceof Date) return "d" + value.getTime();
  return "b" + value;
}

/** A row's identity over `width` columns, or "" when every cell is blank. */
export function rowIdentity(row: readonly CellValue[] | undefined, width: number): string {
  if (row === undefined) return "";
  let identity = "";
  let filled = false;
  for (let c = 0; c < width; c++) {
    const part = cellIdentity(row[c]);
    if (part !== "") filled = true;
    identity += part + "\u0001";
  }
  return filled ? identity : "";
}

/** Number of data rows up to the last one with a non-blank cell (trailing blank rows cost nothing later). */
export function filledRowCount(rows: readonly (readonly CellValue[])[], width: number): number {
  for (let i = rows.length - 1; i >= 0; i--) if (rowIdentity(rows[i], width) !== "") return i + 1;
  return 0;
}

/** Marks blank rows and exact repeats in the context, reports row/duplicate; returns the non-blank row count. */
export function scanRows(ctx: CheckContext): number {
  const width = ctx.table.headers.length;
  const firstSeen = new Map<string, number>();
  let dataRows = 0;
  for (let i = 0; i < ctx.rowCount; i++) {
    const identity = rowIdentity(ctx.table.rows[i], width);
    if (identity === "") {
      ctx.blankRows[i] = 1;
      continue;
    }
    dataRows++;
    const earlier = firstSeen.get(identity);
    if (earlier === undefined) {
      firstSeen.set(identity, i);
      continue;
    }
    ctx.repeatOf[i] = earlier + 1;
    if (ctx.sink.take("row/duplicate")) {
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
  const parts: Array<(i: number) => string> = [];
  for (const key of schema.key) {
    const field = schema.fields.find((f) => f.key === key);
    if (field === undefined) return;
    if (field.type === "pnr" && parsed.personKeys !== undefined) {
      const keys = parsed.personKeys;
      parts.push((i) => keys[i]);
    } else if (field.type === "date" && parsed.serials.has(key)) {
      const serials = parsed.serials.get(key) as Float64Array;
      parts.push((i) => (Number.isNaN(serials[i]) ? "" : String(serials[i])));
    } else {
      const values = parsed.periods.get(key) ?? parsed.codes.get(key);
      if (values === undefined) return;
      parts.push((i) => values[i]);
    }
  }
  const column = mapping.fields[schema.key[0]];
  const names = schema.key.map((k) => {
    const field = schema.fields.find((f) => f.key === k);
    return field?.type === "pnr" ? null : `"${headerOf(ctx, mapping.fields[k])}"`;
  });
  const keyName = {
    sv: names.map((n) => n ?? "person").join(" och "),
    en: names.map((n) => n ?? "person").join(" and "),
  };
  const firstSeen = new Map<string, number>();
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i] || ctx.repeatOf[i] !== 0) continue;
    let key = "";
    let complete = true;
    for (const part of parts) {
      const value = part(i);
      if (value === "") {
        complete = false;
        break;
      }
      key += value + "\u0001";
    }
    if (!complete) continue;
    const earlier = firstSeen.get(key);
    if (earlier === undefined) {
      firstSeen.set(key, i);
      continue;
    }
    if (!ctx.sink.take("key/duplicate")) continue;
    const row = ctx.table.headerRow + 1 + i;
    const message = MESSAGES.keyDuplicate(row, headerOf(ctx, column), keyName, ctx.table.headerRow + 1 + earlier);
    ctx.sink.push(cellIssue(ctx, "key/duplicate", i, column, message));
  }
}

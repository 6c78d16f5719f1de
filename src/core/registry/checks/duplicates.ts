/**
 * row/duplicate (an identical row earlier) and key/duplicate (same person and date or month twice).
 * The row scan also finds blank rows and the table's filled length, which every other pass uses.
 */
import type { CellValue } from "../../cells";
import { Check, CheckContext, excelRow, headerOf, report } from "./context";
import { MESSAGES } from "./messages";
import {
  FNV_OFFSET,
  HashedSet,
  mixCell,
  mixNumber,
  mixString,
  mixWord,
  rowFilled,
  sameCell,
} from "./rowHash";

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

/**
 * The row scan every other check builds on: marks blank rows and exact repeats in the context, counts
 * the non-blank rows, and reports row/duplicate.
 */
export const rowCheck: Check = {
  name: "rows",
  codes: ["row/duplicate"],
  needs: [],
  gives: ["rows"],
  run: scanRows,
};

function scanRows(ctx: CheckContext): void {
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
    // Anonymous survey answers repeat by nature: still marked as repeats (keys skip them), not reported.
    if (ctx.schema.rowsMayRepeat) continue;
    report(ctx, "row/duplicate", i, 0, (rowNumber) =>
      MESSAGES.rowDuplicate(rowNumber, excelRow(ctx, earlier))
    );
  }
  ctx.dataRows = dataRows;
}

/**
 * Rows whose key (schema.key) repeats an earlier row's. Exact repeats are left to row/duplicate, so
 * one double import gives one warning, not also an error; rows with a blank key part are skipped.
 */
export const keyCheck: Check = {
  name: "keys",
  codes: ["key/duplicate"],
  needs: ["rows", "pnr", "codes", "serials", "periods"],
  gives: [],
  run: checkKeys,
};

function checkKeys(ctx: CheckContext): void {
  const { schema, mapping, parsed } = ctx;
  if (schema.key.length === 0 || schema.key.some((k) => mapping.fields[k] === undefined)) return;
  const parts: Array<string[] | Float64Array> = [];
  for (const key of schema.key) {
    const field = schema.fields.find((f) => f.key === key);
    const values =
      field?.type === "pnr"
        ? parsed.personKeys
        : (parsed.serials.get(key) ?? parsed.periods.get(key) ?? parsed.codes.get(key));
    if (values === undefined) return;
    parts.push(values);
  }
  const column = mapping.fields[schema.key[0]];
  const names = schema.key.map((k) =>
    schema.fields.find((f) => f.key === k)?.type === "pnr"
      ? "person"
      : `"${headerOf(ctx, mapping.fields[k])}"`
  );
  const keyName = { sv: names.join(" och "), en: names.join(" and ") };
  const seen = new HashedSet(ctx.rowCount, (a, b) =>
    parts.every((values) => values[a] === values[b])
  );
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
    if (earlier === -1) continue;
    report(ctx, "key/duplicate", i, column, (row, header) =>
      MESSAGES.keyDuplicate(row, header, keyName, excelRow(ctx, earlier))
    );
  }
}

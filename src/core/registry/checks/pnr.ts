/** pnr/*: personnummer format, check digit, date, and samordningsnummer (SPEC §6). */
import { isBlank } from "../../cells";
import { parsePnr } from "../../pnr";
import type { FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown, shownPersonalNumber } from "./context";
import { MESSAGES } from "./messages";
import { reportBlank } from "./required";

export const codes: readonly CheckCode[] = ["pnr/format", "pnr/checksum", "pnr/date", "pnr/coordination"];

const FAILURE_CODE = { format: "pnr/format", checksum: "pnr/checksum", date: "pnr/date" } as const;
const FAILURE_MESSAGE = {
  format: MESSAGES.pnrFormat,
  checksum: MESSAGES.pnrChecksum,
  date: MESSAGES.pnrDate,
} as const;

/** One pass over the personnummer column; leaves the person key and gender digit of each row. */
export function checkPnrColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink, today } = ctx;
  const keys: string[] = new Array(ctx.rowCount).fill("");
  const genders = new Uint8Array(ctx.rowCount);
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    const parsed = parsePnr(value, today);
    if (parsed.ok) {
      keys[i] = parsed.pnr.normalized;
      genders[i] = parsed.pnr.gender === "K" ? 1 : 2;
      if (parsed.pnr.coordination && sink.take("pnr/coordination")) {
        const message = MESSAGES.pnrCoordination(ctx.table.headerRow + 1 + i, headerOf(ctx, column), shown(value));
        sink.push(cellIssue(ctx, "pnr/coordination", i, column, message));
      }
      continue;
    }
    // Not a personnummer: other ID schemes still identify a person as written (SPEC §4, personKey).
    keys[i] = String(value).trim();
    const code = FAILURE_CODE[parsed.reason];
    if (sink.take(code)) {
      const message = FAILURE_MESSAGE[parsed.reason](ctx.table.headerRow + 1 + i, headerOf(ctx, column), shownPersonalNumber(value));
      sink.push(cellIssue(ctx, code, i, column, message));
    }
  }
  ctx.parsed.personKeys = keys;
  ctx.parsed.pnrGenders = genders;
}

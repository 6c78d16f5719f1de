/**
 * cell/uncalculated: a formula cell saved without its calculated value (written by a tool that does
 * not calculate). It reads as blank, but it is not: the value is unknown until Excel recalculates.
 */
import type { CheckCode } from "../types";
import { cellIssue, CheckContext, excelRow, headerOf } from "./context";

export const codes: readonly CheckCode[] = ["cell/uncalculated"];

export function checkUncalculated(ctx: CheckContext): void {
  for (const [dataIndex, column] of ctx.table.uncalculated ?? []) {
    if (!ctx.sink.take("cell/uncalculated")) continue;
    const row = excelRow(ctx, dataIndex);
    const header = headerOf(ctx, column);
    ctx.sink.push(
      cellIssue(ctx, "cell/uncalculated", dataIndex, column, {
        sv: `Rad ${row}, kolumn "${header}": formel utan beräknat värde; öppna och spara filen i Excel.`,
        en: `Row ${row}, column "${header}": formula without a calculated value; open and save the file in Excel.`,
      })
    );
  }
}

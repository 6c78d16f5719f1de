/**
 * cell/uncalculated: a formula cell saved without its calculated value (written by a tool that does
 * not calculate). It reads as blank, but it is not: the value is unknown until Excel recalculates.
 */
import { Check, report } from "./context";

export const uncalculatedCheck: Check = {
  name: "uncalculated",
  codes: ["cell/uncalculated"],
  needs: [],
  gives: [],
  run(ctx) {
    for (const [dataIndex, column] of ctx.table.uncalculated ?? []) {
      report(ctx, "cell/uncalculated", dataIndex, column, (row, header) => ({
        sv: `Rad ${row}, kolumn "${header}": formel utan beräknat värde; öppna och spara filen i Excel.`,
        en: `Row ${row}, column "${header}": formula without a calculated value; open and save the file in Excel.`,
      }));
    }
  },
};

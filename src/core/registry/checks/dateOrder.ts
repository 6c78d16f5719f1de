/** date/order: an end date before its start date (Avslutsdatum before Inskrivningsdatum, …). */
import { isoOf } from "../../cells";
import { Check, headerOf, report } from "./context";
import { MESSAGES } from "./messages";

/** Compares the parsed start and end dates of every row; rows where either is missing are skipped. */
export const dateOrderCheck: Check = {
  name: "dateOrder",
  codes: ["date/order"],
  needs: ["serials"],
  gives: [],
  run(ctx) {
    for (const { start, end } of ctx.schema.dateOrder) {
      const starts = ctx.parsed.serials.get(start);
      const ends = ctx.parsed.serials.get(end);
      const startColumn = ctx.mapping.fields[start];
      const endColumn = ctx.mapping.fields[end];
      if (
        starts === undefined ||
        ends === undefined ||
        startColumn === undefined ||
        endColumn === undefined
      )
        continue;
      for (let i = 0; i < ctx.rowCount; i++) {
        // NaN compares false, so blank or invalid dates drop out here without a test of their own.
        if (!(ends[i] < starts[i])) continue;
        report(ctx, "date/order", i, endColumn, (row, header) =>
          MESSAGES.dateOrder(
            row,
            header,
            isoOf(ends[i]),
            headerOf(ctx, startColumn),
            isoOf(starts[i])
          )
        );
      }
    }
  },
};

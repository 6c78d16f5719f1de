/** table/empty: a sheet with a header row and nothing below it. */
import { Check, masked, report } from "./context";
import { MESSAGES } from "./messages";

/** An empty table: no non-blank data row (the row scan counts them). */
export const tableCheck: Check = {
  name: "table",
  codes: ["table/empty"],
  needs: ["rows"],
  gives: [],
  run(ctx) {
    if (ctx.dataRows === 0)
      report(
        ctx,
        "table/empty",
        -1,
        -1,
        () => MESSAGES.tableEmpty(masked(String(ctx.table.name))),
        ""
      );
  },
};

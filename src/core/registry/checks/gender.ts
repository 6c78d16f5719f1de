/** gender/invalid and gender/mismatch (against the personnummer's ninth digit, SPEC §6). */
import { parseGender } from "../../cells";
import { Check, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";

/** The gender column, compared with the gender digit the personnummer check leaves. */
export const genderCheck: Check = {
  name: "gender",
  codes: ["gender/invalid", "gender/mismatch"],
  needs: ["rows", "pnr"],
  gives: [],
  run(ctx) {
    const fromPnr = ctx.parsed.pnrGenders;
    for (const [field, column] of mappedColumns(ctx, "gender")) {
      walkColumn(ctx, field, column, (value, i) => {
        const gender = parseGender(value);
        if (gender === undefined || gender === null) {
          report(ctx, "gender/invalid", i, column, (row, header) =>
            MESSAGES.genderInvalid(row, header, shown(value))
          );
          return;
        }
        const digit = fromPnr === undefined ? 0 : fromPnr[i];
        const expected = digit === 1 ? "K" : "M";
        // Info only: legal gender can change without a new personnummer being issued at once.
        if (digit !== 0 && expected !== gender) {
          const mismatch = (row: number, header: string) =>
            MESSAGES.genderMismatch(row, header, shown(value), expected);
          report(ctx, "gender/mismatch", i, column, mismatch);
        }
      });
    }
  },
};

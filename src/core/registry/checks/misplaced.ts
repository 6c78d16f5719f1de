/**
 * pnr/misplaced: a personnummer in a column that is not the ID column (Enhet, Skola, Avslutsorsak,
 * Kön, Status …). Such a value would end up as a unit, a code or a sheet name in every report.
 */
import { containsPersonalNumber, parsePnr } from "../../pnr";
import { Check, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";

/** A text that the mask would change holds a personnummer; a number cell, when it parses as one. */
function holdsPersonalNumber(value: unknown): boolean {
  if (typeof value === "string") return containsPersonalNumber(value);
  return typeof value === "number" && parsePnr(value).ok;
}

/**
 * Every mapped name or code column. Dates and numbers have their own checks, which a personnummer
 * already fails (and a 10-digit amount is not a personnummer).
 */
export const misplacedCheck: Check = {
  name: "misplaced",
  codes: ["pnr/misplaced"],
  needs: ["rows"],
  gives: [],
  run(ctx) {
    for (const [, column] of mappedColumns(ctx, "text", "code", "gender")) {
      const seen = new Map<unknown, boolean>();
      walkColumn(ctx, null, column, (value, i) => {
        let holds = seen.get(value);
        if (holds === undefined) seen.set(value, (holds = holdsPersonalNumber(value)));
        if (holds)
          report(ctx, "pnr/misplaced", i, column, (row, header) =>
            MESSAGES.pnrMisplaced(row, header, shown(value))
          );
      });
    }
  },
};

/** number/invalid and number/negative: amounts and costs (Swedish "1 234,5" text is a number too). */
import { parseNumber } from "../../cells";
import { isHiddenMark } from "../schemas";
import { Check, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";

/** Every number column. A "positive" field flags 0 too: a staff cost of 0 is no cost. */
export const numberCheck: Check = {
  name: "numbers",
  codes: ["number/invalid", "number/negative"],
  needs: ["rows"],
  gives: [],
  run(ctx) {
    for (const [field, column] of mappedColumns(ctx, "number")) {
      const positive = field.sign === "positive";
      walkColumn(ctx, field, column, (value, i) => {
        if (isHiddenMark(field, value)) return;
        const number = parseNumber(value);
        if (number === null) {
          report(ctx, "number/invalid", i, column, (row, header) =>
            MESSAGES.numberInvalid(row, header, shown(value))
          );
        } else if (field.sign !== undefined && (positive ? number <= 0 : number < 0)) {
          const negative = (row: number, header: string) =>
            MESSAGES.numberNegative(row, header, shown(value), positive);
          report(ctx, "number/negative", i, column, negative);
        }
      });
    }
  },
};

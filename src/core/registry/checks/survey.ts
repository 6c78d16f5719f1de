/**
 * The survey and progression columns (issue #14): answer/scale for survey answers (whole numbers on
 * 1..scaleMax; blank, 0 and "Vet ej" are no answer, not missing data), and the progression's occasion
 * (Före, Efter or a date; date/invalid and date/future otherwise, reported with the date check that
 * owns those codes).
 */
import { isoOf, parseNumber } from "../../cells";
import { occasionOrder } from "../../indicators/progression";
import { DEFAULT_SCALE_MAX, isNoAnswer } from "../../indicators/surveyMean";
import type { FieldSchema } from "../schemas";
import { Check, CheckContext, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";

// Före and Efter as serials for the key check: before and after any date a register can hold.
const BEFORE_ANY = -1e9;
const AFTER_ANY = 1e9;

/** Every answer column: no answer is fine; anything but a whole number on the scale is an error. */
export const answerCheck: Check = {
  name: "answers",
  codes: ["answer/scale"],
  needs: ["rows"],
  gives: [],
  run(ctx) {
    for (const [field, column] of mappedColumns(ctx, "answer")) {
      const max = field.scaleMax ?? DEFAULT_SCALE_MAX;
      // A required column whose blank cells are no answer: walked without the cell/required report.
      walkColumn(ctx, null, column, (value, i) => {
        if (isNoAnswer(value)) return;
        const n = parseNumber(value);
        if (n !== null && Number.isInteger(n) && n >= 1 && n <= max) return;
        report(ctx, "answer/scale", i, column, (row, header) =>
          MESSAGES.answerScale(row, header, shown(value), max)
        );
      });
    }
  },
};

/** One occasion column (for the date check); its order as serials, Före and Efter outside any date, for keys. */
export function occasionColumn(
  ctx: CheckContext,
  field: FieldSchema,
  column: number
): Float64Array {
  const serials = new Float64Array(ctx.rowCount).fill(NaN);
  walkColumn(ctx, field, column, (value, i) => {
    const order = occasionOrder(value);
    if (order === null) {
      report(ctx, "date/invalid", i, column, (row, header) =>
        MESSAGES.dateInvalid(row, header, shown(value), "occasion")
      );
      return;
    }
    serials[i] = order === -Infinity ? BEFORE_ANY : order === Infinity ? AFTER_ANY : order;
    if (Number.isFinite(order) && order > ctx.today) {
      report(ctx, "date/future", i, column, (row, header) =>
        MESSAGES.dateFuture(row, header, isoOf(order), isoOf(ctx.today))
      );
    }
  });
  return serials;
}

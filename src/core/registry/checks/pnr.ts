/** pnr/*: personnummer format, check digit, date, and samordningsnummer (SPEC §6). */
import { parsePnr } from "../../pnr";
import { Check, mappedColumns, report, shown, shownPersonalNumber, walkColumn } from "./context";
import { MESSAGES } from "./messages";

const FAILURE_CODE = { format: "pnr/format", checksum: "pnr/checksum", date: "pnr/date" } as const;
const FAILURE_MESSAGE = {
  format: MESSAGES.pnrFormat,
  checksum: MESSAGES.pnrChecksum,
  date: MESSAGES.pnrDate,
} as const;

/** The personnummer column; leaves the person key and gender digit of each row. */
export const pnrCheck: Check = {
  name: "pnr",
  codes: ["pnr/format", "pnr/checksum", "pnr/date", "pnr/coordination"],
  needs: ["rows"],
  gives: ["pnr"],
  run(ctx) {
    const keys: string[] = new Array(ctx.rowCount).fill("");
    const genders = new Uint8Array(ctx.rowCount);
    for (const [field, column] of mappedColumns(ctx, "pnr")) {
      walkColumn(ctx, field, column, (value, i) => {
        const parsed = parsePnr(value, ctx.today);
        if (parsed.ok) {
          keys[i] = parsed.pnr.normalized;
          genders[i] = parsed.pnr.gender === "K" ? 1 : 2;
          if (parsed.pnr.coordination) {
            report(ctx, "pnr/coordination", i, column, (row, header) =>
              MESSAGES.pnrCoordination(row, header, shown(value))
            );
          }
          return;
        }
        // Not a personnummer: other ID schemes still identify a person as written (SPEC §4, personKey).
        keys[i] = String(value).trim();
        const message = FAILURE_MESSAGE[parsed.reason];
        report(ctx, FAILURE_CODE[parsed.reason], i, column, (row, header) =>
          message(row, header, shownPersonalNumber(value))
        );
      });
    }
    ctx.parsed.personKeys = keys;
    ctx.parsed.pnrGenders = genders;
  },
};

import { attempt } from "../../src/core/dialogue/jobbtorgModel";
import { exitRate } from "../../src/core/indicators/exitRate";
import { enrollDays } from "../../src/core/indicators/enrollDays";
import { bilingual, chooseLanguage, fillTemplate, formatMessage } from "../../src/core/messages";
import { MESSAGES as CHECK_MESSAGES } from "../../src/core/registry/checks/messages";
import { CHECKS } from "../../src/core/registry/validate";
import { mulberry32, syntheticPnr } from "../helpers/synthetic";

describe("the one message table", () => {
  test("a function's message names the argument; a report's footnote says the manager's word", () => {
    const params = { arg: "exit_dates", row: 3, value: '"31.08.2026"' };
    expect(formatMessage("invalidDate", params, "sv")).toBe(
      'Rad 3 i exit_dates: "31.08.2026" är inget datum (ÅÅÅÅ-MM-DD eller Excel-datum).'
    );
    expect(formatMessage("invalidDate", params, "sv", "words")).toBe(
      'Rad 3 i avslutsdatum: "31.08.2026" är inget datum (ÅÅÅÅ-MM-DD eller Excel-datum).'
    );
    expect(formatMessage("invalidDate", params, "en", "words")).toBe(
      'Row 3 of exit date: "31.08.2026" is not a date (YYYY-MM-DD or an Excel date).'
    );
  });

  test("the dialogue's footnotes (attempt) speak the register's words, not parameter names", () => {
    const bad = attempt(() =>
      exitRate({
        reasons: ["Arbete", "Studier"],
        exitDates: [46000, "juli"],
        periodEnd: 46100,
        positiveReasons: ["Arbete"],
      })
    );
    expect(bad).toEqual({
      error: 'Rad 2 i avslutsdatum: "juli" är inget datum (ÅÅÅÅ-MM-DD eller Excel-datum).',
    });
    const filter = attempt(() =>
      enrollDays({ startDates: [46000], endDates: [45990], gender: "K" })
    );
    expect(filter).toEqual({ error: "valt kön kräver att även kön anges." });
  });

  test("a personnummer text is written once and reads the same from a function and from a check", () => {
    const value = '"abc"';
    const fromFunction = bilingual("pnrFormat", { value });
    const fromCheck = CHECK_MESSAGES.pnrFormat(4, "Personnummer", value);
    expect(fromCheck).toEqual({
      sv: `Rad 4, kolumn "Personnummer": ${fromFunction.sv}`,
      en: `Row 4, column "Personnummer": ${fromFunction.en}`,
    });
  });

  test("every parameter passes the personnummer mask, also in the pane's and the CLI's templates", () => {
    const pnr = syntheticPnr(mulberry32(9)).long;
    expect(fillTemplate("Blad {sheet}", { sheet: pnr }, "sv")).not.toContain(pnr.slice(8));
    expect(
      formatMessage("cliFixWritten", { path: `${pnr}.xlsx`, written: "x", rows: 1 }, "en")
    ).toContain(`${pnr.slice(0, 8)}`);
    expect(
      formatMessage("cliFixWritten", { path: `${pnr}.xlsx`, written: "x", rows: 1 }, "en")
    ).not.toContain(pnr.slice(8));
  });

  test("the check catalogue's labels come from the table, in both languages", () => {
    expect(CHECKS["pnr/checksum"]).toEqual({
      severity: "error",
      label: { sv: "Fel kontrollsiffra", en: "Wrong check digit" },
    });
  });

  test("one language choice: the setting, else Office's display language", () => {
    expect([
      chooseLanguage("auto", "sv-FI"),
      chooseLanguage("auto", undefined),
      chooseLanguage("en", "sv-SE"),
    ]).toEqual(["sv", "en", "en"]);
  });
});

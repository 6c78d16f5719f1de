import type { ValidationReport } from "../../src/core/registry/types";
import { buildReportSheet } from "../../src/taskpane/reportSheet";

const report: ValidationReport = {
  sheet: "Avslut 19850101-1234",
  type: "avslut",
  rows: 2,
  issues: [
    {
      row: 3,
      column: "Personnummer",
      address: "A3",
      code: "pnr/checksum",
      severity: "error",
      // A message that somehow quotes a number unmasked must still be masked in the report.
      message: {
        sv: "850101-1235 har fel kontrollsiffra.",
        en: "850101-1235 has a wrong check digit.",
      },
    },
  ],
  counts: { error: 3, warning: 0, info: 0 },
  countsByCode: { "pnr/checksum": 3 },
};

describe("buildReportSheet", () => {
  it("puts the summary above the issue list and masks every personnummer", () => {
    const sheet = buildReportSheet(report, "sv", "2026-05-04", 1);
    expect(sheet.name).toBe("Valideringsrapport");
    expect(sheet.headers).toEqual(["Valideringsrapport"]);
    expect(sheet.rows).toEqual([
      ["Blad", "Avslut 19850101-****"],
      ["Registertyp", "Avslut (Jobbtorg)"],
      ["Datarader", 2],
      ["Fel", 3],
      ["Varningar", 0],
      ["Noteringar", 0],
      ["Skapad", "2026-05-04"],
      [],
      ["Kontroll", "Kod", "Allvarlighet", "Antal"],
      ["Fel kontrollsiffra", "pnr/checksum", "Fel", 3],
      [],
      ["Listan visar högst 1 problem per kontroll; antalen ovan är exakta."],
      ["Rad", "Kolumn", "Cell", "Kod", "Allvarlighet", "Meddelande"],
      [3, "Personnummer", "A3", "pnr/checksum", "Fel", "850101-**** har fel kontrollsiffra."],
    ]);
  });

  it("is in English for an English pane", () => {
    const sheet = buildReportSheet(report, "en", "2026-05-04", 1);
    expect(sheet.rows[3]).toEqual(["Errors", 3]);
    expect(sheet.rows[13][5]).toBe("850101-**** has a wrong check digit.");
  });
});

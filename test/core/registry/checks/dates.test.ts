import { dateCheck } from "../../../../src/core/registry/checks/dates";
import { dateOrderCheck } from "../../../../src/core/registry/checks/dateOrder";
import { parsePeriodKey, serialOf } from "../../../../src/core/cells";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, TODAY, triplesOf } from "../fixtures";

const { codes } = dateCheck;
const orderCodes = dateOrderCheck.codes;

describe("date checks", () => {
  const p = person();

  it("accepts serials, Date objects and the text forms of SPEC §3", () => {
    const rows = [
      avslutRow(person(), {
        Inskrivningsdatum: serialOf(2025, 1, 2),
        Avslutsdatum: new Date(Date.UTC(2026, 0, 3)),
      }),
      avslutRow(person(), { Inskrivningsdatum: "20250102", Avslutsdatum: "2026-01-03 14:30" }),
    ];
    expect(triplesOf(check(sheet(AVSLUT_HEADERS, rows)), [...codes, ...orderCodes])).toEqual([]);
  });

  it("reports a non-date, a date after today and an end before its start", () => {
    const rows = [
      avslutRow(person(), { Inskrivningsdatum: "2025-13-01" }),
      avslutRow(person(), { Avslutsdatum: "2026-06-16" }), // the day after TODAY
      avslutRow(person(), { Avslutsdatum: "2026-06-15" }), // today itself is fine
      avslutRow(person(), { Inskrivningsdatum: "2025-05-01", Avslutsdatum: "2025-04-30" }),
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, [...codes, ...orderCodes])).toEqual([
      [2, "Inskrivningsdatum", "date/invalid"],
      [3, "Avslutsdatum", "date/future"],
      [5, "Avslutsdatum", "date/order"],
    ]);
    const [invalid, future, order] = report.issues;
    expect(invalid.message.en).toBe(
      'Row 2, column "Inskrivningsdatum": "2025-13-01" is not a date (YYYY-MM-DD or an Excel date).'
    );
    expect(future.message.sv).toBe(
      'Rad 3, kolumn "Avslutsdatum": 2026-06-16 ligger efter dagens datum (2026-06-15).'
    );
    expect(order.message.en).toBe(
      'Row 5, column "Avslutsdatum": 2025-04-30 is before "Inskrivningsdatum" (2025-05-01).'
    );
  });

  it("checks the order under synonyms (Startdatum/Slutdatum) too", () => {
    const report = check(
      sheet(
        ["Pnr", "Enhet", "Startdatum", "Slutdatum", "Orsak"],
        [[p.long, "A", "2025-02-02", "2025-02-01", "Arbete"]]
      )
    );
    expect(triplesOf(report, orderCodes)).toEqual([[2, "Slutdatum", "date/order"]]);
  });

  it("uses the injected today", () => {
    const row = avslutRow(p, { Avslutsdatum: "2026-06-16" });
    expect(triplesOf(check(sheet(AVSLUT_HEADERS, [row]), { today: TODAY + 1 }), codes)).toEqual([]);
  });

  it("reports support months that are not months or lie after this month", () => {
    const rows = [
      [person().long, "2026-06"],
      [person().long, "202607"],
      [person().long, "juni"],
      [person().long, serialOf(2026, 5, 31)],
    ];
    const report = check(sheet(["Personnummer", "Månad"], rows));
    expect(triplesOf(report, codes)).toEqual([
      [3, "Månad", "date/future"],
      [4, "Månad", "date/invalid"],
    ]);
    expect(report.issues[1].message.en).toBe(
      'Row 4, column "Månad": "juni" is not a month (YYYY-MM or a date).'
    );
  });

  it("allows a planned end date in the future while a course is running", () => {
    const headers = [
      "Personnummer",
      "Skola",
      "Utbildningstyp",
      "Startdatum",
      "Slutdatum",
      "Status",
    ];
    const rows = [
      [person().long, "Skola A", "Yrkesutbildning", "2026-01-10", "2026-12-20", "Pågående"],
      [person().long, "Skola A", "Yrkesutbildning", "2026-01-10", "2026-12-20", "Slutförd"],
    ];
    expect(triplesOf(check(sheet(headers, rows)), codes)).toEqual([
      [3, "Slutdatum", "date/future"],
    ]);
  });

  it("validates staff-cost periods", () => {
    expect(
      [
        "2026",
        "2026T2",
        "2026-t3",
        " 2026 T1",
        "2026-03",
        "202603",
        2026,
        serialOf(2026, 3, 9),
        "T4",
        "2026T4",
      ].map(parsePeriodKey)
    ).toEqual([
      "2026",
      "2026T2",
      "2026T3",
      "2026T1",
      "2026-03",
      "2026-03",
      "2026",
      "2026-03",
      null,
      null,
    ]);
    const report = check(sheet(["Enhet", "Period", "Personalkostnad"], [["A", "2026T4", 100]]));
    expect(triplesOf(report, codes)).toEqual([[2, "Period", "date/invalid"]]);
  });
});

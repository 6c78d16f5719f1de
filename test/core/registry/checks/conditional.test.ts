import { conditionalCheck } from "../../../../src/core/registry/checks/conditional";
import { check, person, sheet, triplesOf } from "../fixtures";

const { codes } = conditionalCheck;

const HEADERS = [
  "Personnummer",
  "Skola",
  "Utbildningstyp",
  "Startdatum",
  "Slutdatum",
  "Status",
  "Avbrottsorsak",
];

describe("row/conditional", () => {
  it("requires Avbrottsorsak when Status is Avbruten, and an end date when the course has ended", () => {
    const rows = [
      [
        person().long,
        "S",
        "Yrkesutbildning",
        "2025-01-01",
        "2025-03-01",
        "Avbruten",
        "Fick arbete",
      ],
      [person().long, "S", "Yrkesutbildning", "2025-01-01", "2025-03-01", " avbruten ", ""],
      [person().long, "S", "Yrkesutbildning", "2025-01-01", "", "Slutförd", ""],
      [person().long, "S", "Yrkesutbildning", "2025-01-01", "", "Pågående", ""],
    ];
    const report = check(sheet(HEADERS, rows));
    expect(triplesOf(report, codes)).toEqual([
      [3, "Avbrottsorsak", "row/conditional"],
      [4, "Slutdatum", "row/conditional"],
    ]);
    expect(report.issues[0].message.en).toBe(
      'Row 3, column "Avbrottsorsak": must be filled in when "Status" is " avbruten ".'
    );
    expect(report.issues[0].address).toBe("G3");
  });

  it("names the absent column and points at the Status cell when the column is not there", () => {
    const rows = [[person().long, "S", "Yrkesutbildning", "2025-01-01", "2025-03-01", "Avbruten"]];
    const report = check(sheet(HEADERS.slice(0, 6), rows));
    expect(triplesOf(report, codes)).toEqual([[2, "Avbrottsorsak", "row/conditional"]]);
    expect(report.issues[0].address).toBe("F2");
    expect(report.issues[0].message.sv).toBe(
      'Rad 2, kolumn "Avbrottsorsak": måste fyllas i när "Status" är "Avbruten".'
    );
  });
});

import { WALKER_CODES } from "../../../../src/core/registry/checks";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, triplesOf } from "../fixtures";

const codes = WALKER_CODES;

describe("cell/required", () => {
  it("reports blank required cells ('' , spaces, null, a short row) but not blank optional ones", () => {
    const rows = [
      avslutRow(person(), { Enhet: "" }),
      avslutRow(person(), { Avslutsorsak: "   " }),
      avslutRow(person(), { Inskrivningsdatum: null, Insats: null, Kön: "" }),
      avslutRow(person()).slice(0, 5), // Avslutsdatum and Avslutsorsak missing from a short row
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows, { headerRow: 2, firstColumn: 2 }));
    expect(triplesOf(report, codes)).toEqual([
      [3, "Enhet", "cell/required"],
      [4, "Avslutsorsak", "cell/required"],
      [5, "Inskrivningsdatum", "cell/required"],
      [6, "Avslutsdatum", "cell/required"],
      [6, "Avslutsorsak", "cell/required"],
    ]);
    // The table starts in column B: Enhet is the third column, D.
    expect(report.issues.map((i) => i.address)).toEqual(["D3", "H4", "F5", "G6", "H6"]);
    expect(report.issues[0].message).toEqual({
      sv: 'Rad 3, kolumn "Enhet": cellen är tom.',
      en: 'Row 3, column "Enhet": the cell is blank.',
    });
  });
});

import { columnCheck } from "../../../../src/core/registry/checks/columns";
import { tableCheck } from "../../../../src/core/registry/checks/table";
import { avslutRow, check, person, sheet, triples, triplesOf } from "../fixtures";

const { codes } = columnCheck;
const tableCodes = tableCheck.codes;

describe("table/empty", () => {
  it("reports a table with no data rows, or only blank ones, at the header row", () => {
    const empty = check(sheet(["Personnummer", "Månad"], []));
    expect(triples(empty)).toEqual([[1, "", "table/empty"]]);
    expect(empty.issues[0].address).toBe("A1");
    expect(empty.rows).toBe(0);
    const blanks = check(
      sheet(
        ["Personnummer", "Månad"],
        [
          [null, ""],
          ["  ", undefined],
        ],
        { headerRow: 4 }
      )
    );
    expect(triplesOf(blanks, tableCodes)).toEqual([[4, "", "table/empty"]]);
  });
});

describe("column checks", () => {
  const p = person();

  it("reports each missing required column by its standard header", () => {
    const report = check(
      sheet(["Personnummer", "Kön", "Avslutsdatum"], [[p.long, p.gender, "2026-01-15"]]),
      {
        type: "avslut",
      }
    );
    expect(triplesOf(report, codes)).toEqual([
      [1, "Enhet", "column/missing"],
      [1, "Inskrivningsdatum", "column/missing"],
      [1, "Avslutsorsak", "column/missing"],
    ]);
    expect(report.issues[0].message.sv).toBe('Rad 1: den obligatoriska kolumnen "Enhet" saknas.');
    expect(report.issues[0].message.en).toBe('Row 1: the required column "Enhet" is missing.');
  });

  it("reports the second column naming the same field (synonym or not), with its own address", () => {
    const report = check(sheet(["Pnr", "Månad", "Personnummer"], [[p.long, "2026-01", p.long]]));
    expect(triplesOf(report, codes)).toEqual([[1, "Personnummer", "column/duplicate"]]);
    expect(report.issues[0].address).toBe("C1");
    expect(report.issues[0].message.en).toBe(
      'Row 1, column "Personnummer": names the same field (Personnummer) as column "Pnr", which is the one used.'
    );
  });

  it("reports special-category columns as errors and identifiers as warnings", () => {
    const headers = [
      "Personnummer",
      "Förnamn",
      "Kön",
      "Enhet",
      "Insats",
      "Inskrivningsdatum",
      "Avslutsdatum",
      "Avslutsorsak",
      "Diagnos",
      "E-post",
      "Etnicitet",
    ];
    const row = avslutRow(p);
    const report = check(
      sheet(headers, [[row[0], "Test", ...row.slice(1), "X", "x@example.invalid", "Y"]], {
        firstColumn: 3,
      })
    );
    expect(triplesOf(report, codes)).toEqual([
      [1, "Förnamn", "column/identifying"],
      [1, "Diagnos", "column/sensitive"],
      [1, "E-post", "column/identifying"],
      [1, "Etnicitet", "column/sensitive"],
    ]);
    // The table starts in column C, so the second header is in D.
    expect(report.issues.map((i) => [i.address, i.severity])).toEqual([
      ["D1", "warning"],
      ["K1", "error"],
      ["L1", "warning"],
      ["M1", "error"],
    ]);
    expect(report.counts).toEqual({ error: 2, warning: 2, info: 0 });
  });
});

import { misplacedCheck } from "../../../../src/core/registry/checks/misplaced";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, triples, triplesOf } from "../fixtures";

const { codes } = misplacedCheck;

describe("pnr/misplaced", () => {
  it("reports a personnummer, in any spelling, in Enhet, Avslutsorsak, Insats and Kön", () => {
    const p = person({ year: 1985 });
    const q = person({ year: 1990, coordination: true });
    const spaced = `${p.digits10.slice(0, 6)} - ${p.digits10.slice(6)}`;
    const rows = [
      avslutRow(person(), { Enhet: p.long }),
      avslutRow(person(), { Enhet: `Nord ${spaced}` }),
      avslutRow(person(), { Avslutsorsak: q.short }),
      avslutRow(person(), { Insats: Number(p.digits10) }),
      avslutRow(person(), { Kön: p.digits12 }),
      avslutRow(person(), { Enhet: "Jobbtorg Kista 2025", Insats: "Coachning 20 h" }),
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, codes)).toEqual([
      [2, "Enhet", "pnr/misplaced"],
      [3, "Enhet", "pnr/misplaced"],
      [4, "Avslutsorsak", "pnr/misplaced"],
      [5, "Insats", "pnr/misplaced"],
      [6, "Kön", "pnr/misplaced"],
    ]);
    const messages = report.issues.filter((i) => i.code === "pnr/misplaced");
    expect(messages.map((i) => i.severity)).toEqual(["error", "error", "error", "error", "error"]);
    expect(messages[0].message.en).toBe(
      `Row 2, column "Enhet": "${p.long.slice(0, 9)}****" holds a personnummer; it belongs in the ID column, not here (it would show in the reports).`
    );
    expect(messages[1].message.sv).toBe(
      `Rad 3, kolumn "Enhet": "Nord ${p.digits10.slice(0, 6)} - ****" innehåller ett personnummer; det hör hemma i ID-kolumnen, inte här (det skulle synas i rapporterna).`
    );
    // Not one message repeats a last-four group.
    const text = JSON.stringify(report);
    for (const n of [p, q]) expect(text).not.toContain(n.digits10.slice(6));
  });

  it("leaves the ID column, dates and ordinary names alone", () => {
    const rows = [
      avslutRow(person()),
      avslutRow(person(), { Enhet: "Enhet 12", Insats: "Kurs 2025-08-31 12:30" }),
    ];
    expect(triplesOf(check(sheet(AVSLUT_HEADERS, rows)), codes)).toEqual([]);
  });

  it("reports Skola and Status of an adult-education sheet", () => {
    const p = person();
    const headers = ["Personnummer", "Skola", "Utbildningstyp", "Startdatum", "Status"];
    const rows = [
      [person().long, `Skola ${p.digits12}`, "Yrkesutbildning", "2025-01-01", "Pågående"],
      [person().long, "Komvux Nord", "Yrkesutbildning", "2025-01-01", p.short],
    ];
    expect(triples(check(sheet(headers, rows))).filter(([, , c]) => c === "pnr/misplaced")).toEqual(
      [
        [2, "Skola", "pnr/misplaced"],
        [3, "Status", "pnr/misplaced"],
      ]
    );
  });
});

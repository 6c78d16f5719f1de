/** The survey and progression registers (issue #14): detection, answer/scale, occasions and keys. */
import { applyFixes } from "../../../../src/core/registry/fixes";
import { detectType } from "../../../../src/core/registry/schemas";
import { check, person, sheet, triples } from "../fixtures";

const ENKAT = ["Skola", "Kön", "Fråga", "Svar"];
const PROGRESSION = ["Personnummer", "Kön", "Enhet", "Insats", "Mättillfälle", "Skattning"];

describe("detection", () => {
  test("the three new registers are recognised from their headers, the old ones stay as they were", () => {
    expect(detectType(ENKAT)).toBe("enkat");
    expect(detectType(["Enhet", "Kön", "Antal tillfrågade"])).toBe("enkaturval");
    expect(detectType(PROGRESSION)).toBe("progression");
    expect(detectType(["Enhet", "Period", "Personalkostnad"])).toBe("personalkostnad");
    expect(
      detectType([
        "Personnummer",
        "Kön",
        "Enhet",
        "Insats",
        "Inskrivningsdatum",
        "Avslutsdatum",
        "Avslutsorsak",
      ])
    ).toBe("avslut");
    expect(detectType(["Personnummer", "Månad", "Belopp"])).toBe("forsorjningsstod");
  });
});

describe("answer/scale", () => {
  test("blank, 0 and Vet ej are no answer (no cell/required); 6, 3.5 and text are off the scale", () => {
    const rows = [
      ["S", "K", "Bemötande", 5],
      ["S", "K", "Bemötande", null],
      ["S", "M", "Bemötande", "vet ej"],
      ["S", "M", "Bemötande", 0],
      ["S", "M", "Bemötande", 6],
      ["S", "K", "Bemötande", "3,5"],
      ["S", "K", "Bemötande", "bra"],
      ["S", "K", "Bemötande", "4"],
    ];
    const report = check(sheet(ENKAT, rows));
    expect(report.type).toBe("enkat");
    expect(triples(report)).toEqual([
      [6, "Svar", "answer/scale"],
      [7, "Svar", "answer/scale"],
      [8, "Svar", "answer/scale"],
    ]);
    expect(report.issues[0].message.sv).toBe(
      'Rad 6, kolumn "Svar": "6" är inget svar på skalan 1–5 (tomt, 0 eller "Vet ej" = inget svar).'
    );
  });

  test("identical answer rows are data: no row/duplicate, and fix keeps every one", () => {
    const rows = [
      ["S", "K", "Bemötande", 4],
      ["S", "K", "Bemötande", 4],
      ["S", "K", "Bemötande", 4],
    ];
    expect(triples(check(sheet(ENKAT, rows)))).toEqual([]);
    expect(applyFixes(sheet(ENKAT, rows)).sheet.rows).toHaveLength(3);
    // A repeated row of a register of persons is still a double import, and fix drops it.
    const someone = person().long;
    expect(
      applyFixes(
        sheet(
          ["Personnummer", "Månad"],
          [
            [someone, "2026-01"],
            [someone, "2026-01"],
          ]
        )
      ).sheet.rows
    ).toHaveLength(1);
  });

  test("a survey without the Svar column is column/missing; EnkatUrval needs a positive count", () => {
    expect(
      triples(check(sheet(["Enhet", "Kön", "Fråga"], [["S", "K", "Q"]]), { type: "enkat" }))
    ).toEqual([[1, "Svar", "column/missing"]]);
    const urval = check(
      sheet(
        ["Enhet", "Kön", "Antal tillfrågade"],
        [
          ["S", "K", 0],
          ["S", "M", "tjugo"],
        ]
      )
    );
    expect(triples(urval)).toEqual([
      [2, "Antal tillfrågade", "number/negative"],
      [3, "Antal tillfrågade", "number/invalid"],
    ]);
  });
});

describe("Progression", () => {
  const p = person({ gender: "K" });
  const q = person({ gender: "M" });

  test("occasions: Före, Efter or a date; anything else is date/invalid, a later date date/future", () => {
    const rows = [
      [p.long, "K", "E", "Praktik", "Före", 12],
      [p.long, "K", "E", "Praktik", "efter", 20],
      [q.long, "M", "E", "Praktik", "2026-01-10", 15],
      [q.long, "M", "E", "Praktik", "Senare", 18],
      [q.long, "M", "E", "Praktik", "2026-12-01", 18],
      [q.long, "M", "E", "Praktik", "2026-03-01", -1],
    ];
    const report = check(sheet(PROGRESSION, rows));
    expect(triples(report)).toEqual([
      [5, "Mättillfälle", "date/invalid"],
      [6, "Mättillfälle", "date/future"],
      [7, "Skattning", "number/negative"],
    ]);
    expect(report.issues[0].message.en).toBe(
      'Row 5, column "Mättillfälle": "Senare" is not an occasion (Före, Efter or a date).'
    );
  });

  test("key/duplicate: one person rated twice on one occasion of one insats (Före and före are one)", () => {
    const rows = [
      [p.long, "K", "E", "Praktik", "Före", 12],
      [p.long, "K", "E", "Praktik", "före", 14],
      [p.long, "K", "E", "Arbetsträning", "Före", 12],
      [p.short, "K", "E", "Praktik", "Efter", 20],
    ];
    expect(triples(check(sheet(PROGRESSION, rows)))).toEqual([
      [3, "Personnummer", "key/duplicate"],
    ]);
  });
});

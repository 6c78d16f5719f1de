import { keyCheck, rowCheck } from "../../../../src/core/registry/checks/duplicates";
import { HashedSet, sameCell } from "../../../../src/core/registry/checks/rowHash";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, triplesOf } from "../fixtures";

const codes = [...rowCheck.codes, ...keyCheck.codes];

describe("duplicate checks", () => {
  const p = person({ year: 1985 });
  const q = person({ year: 1992 });

  it("reports an identical row (spaces aside) and names the earlier one", () => {
    const rows = [avslutRow(p), avslutRow(q), avslutRow(p, { Enhet: " Jobbtorg Kista " })];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, codes)).toEqual([[4, "Personnummer", "row/duplicate"]]);
    expect(report.issues[0].message).toEqual({
      sv: "Rad 4: identisk med rad 2.",
      en: "Row 4: identical to row 2.",
    });
    expect(report.issues[0].severity).toBe("warning");
  });

  it("reports the same person and exit date twice, whatever the personnummer's spelling", () => {
    const rows = [
      avslutRow(p),
      avslutRow(p, { Avslutsdatum: "2026-01-16" }), // another day: fine
      avslutRow(p, { Personnummer: p.digits10, Avslutsorsak: "Studier" }),
      avslutRow(q),
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, codes)).toEqual([[4, "Personnummer", "key/duplicate"]]);
    expect(report.issues[0].message.en).toBe(
      'Row 4, column "Personnummer": the same person and "Avslutsdatum" as row 2.'
    );
    expect(report.issues[0].message.sv).toBe(
      'Rad 4, kolumn "Personnummer": samma person och "Avslutsdatum" som rad 2.'
    );
  });

  it("reports the same person and month twice in the support register (a date in the month counts)", () => {
    const rows = [
      [p.long, "2026-01", 5000],
      [p.digits12, "2026-01-20", 100],
      [p.long, "2026-02", 5000],
    ];
    expect(triplesOf(check(sheet(["Personnummer", "Månad", "Belopp"], rows)), codes)).toEqual([
      [3, "Personnummer", "key/duplicate"],
    ]);
  });

  it("reports a unit's staff cost twice for one period", () => {
    const rows = [
      ["Kista", "2026T1", 100],
      ["kista ", "2026-T1", 200],
    ];
    expect(triplesOf(check(sheet(["Enhet", "Period", "Personalkostnad"], rows)), codes)).toEqual([
      [3, "Enhet", "key/duplicate"],
    ]);
  });

  it("leaves an exact repeat to row/duplicate, and skips rows with a blank key", () => {
    const rows = [
      avslutRow(p),
      avslutRow(p),
      avslutRow(q, { Avslutsdatum: "" }),
      avslutRow(q, { Avslutsdatum: "" }),
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, codes)).toEqual([
      [3, "Personnummer", "row/duplicate"],
      [5, "Personnummer", "row/duplicate"],
    ]);
  });

  it("ignores blank rows in the middle and at the end", () => {
    const rows = [avslutRow(p), [null, "", " "], avslutRow(q), [], [null]];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(report.rows).toBe(2);
    expect(report.issues).toEqual([]);
  });
});

describe("HashedSet", () => {
  it("tells equal items from colliding ones by the caller's equality", () => {
    const values = ["a", "b", "a", "c", "b"];
    // Every item under one hash: only the equality can separate them.
    const set = new HashedSet(values.length, (x, y) => values[x] === values[y]);
    expect(values.map((_, i) => set.add(i, 7))).toEqual([-1, -1, 0, -1, 1]);
  });

  it("sees 5 and '5', and trimmed text, the way row/duplicate does", () => {
    expect(sameCell(5, "5")).toBe(false);
    expect(sameCell(" Kista", "Kista ")).toBe(true);
    expect(sameCell(null, "  ")).toBe(true);
    expect(sameCell(new Date(0), new Date(0))).toBe(true);
    expect(sameCell(NaN, NaN)).toBe(true);
  });
});

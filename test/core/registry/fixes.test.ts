import { serialOf } from "../../../src/core/cells";
import { applyFixes, previewFixes } from "../../../src/core/registry/fixes";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, TODAY } from "./fixtures";

describe("fixes", () => {
  const woman = person({ gender: "K", year: 1980 });
  const man = person({ gender: "M", year: 1975 });
  const other = person({ year: 1990 });

  function messySheet() {
    return sheet(AVSLUT_HEADERS, [
      avslutRow(woman, { Personnummer: woman.digits10, Kön: "kvinna", Enhet: " Kista " }), // row 2
      avslutRow(man, {
        Personnummer: man.long,
        Kön: "M",
        Inskrivningsdatum: serialOf(2025, 3, 1),
        Avslutsdatum: new Date(Date.UTC(2026, 0, 15)),
      }), // row 3: clean
      avslutRow(woman, { Personnummer: woman.long, Kön: "K", Enhet: "Kista" }), // row 4: row 2 once fixed
      avslutRow(other, { Personnummer: "12345", Avslutsorsak: "  Eget   företag " }), // row 5
      avslutRow(man, {
        Personnummer: man.long,
        Kön: "M",
        Inskrivningsdatum: serialOf(2025, 3, 1),
        Avslutsdatum: new Date(Date.UTC(2026, 0, 15)),
      }), // row 6: row 3 again
    ]);
  }

  it("previews the counts and the rows that change", () => {
    expect(previewFixes(messySheet(), { today: TODAY })).toEqual({
      counts: {
        pnrNormalized: 1,
        genderNormalized: 1,
        datesConverted: 6,
        textTrimmed: 2,
        duplicatesDropped: 2,
      },
      changedRows: [2, 4, 5, 6],
    });
  });

  it("writes a corrected copy with dates as serials formatted yyyy-mm-dd", () => {
    const { sheet: fixed, preview } = applyFixes(messySheet(), { today: TODAY });
    expect(fixed.name).toBe("Blad1 (rättad)");
    expect(fixed.headers).toEqual(AVSLUT_HEADERS);
    expect(fixed.numberFormats).toEqual({ 4: "yyyy-mm-dd", 5: "yyyy-mm-dd" });
    const start = serialOf(2025, 3, 1);
    const exit = serialOf(2026, 1, 15);
    expect(fixed.rows).toEqual([
      [woman.long, "K", "Kista", "Coachning", start, exit, "Arbete"],
      [man.long, "M", "Jobbtorg Kista", "Coachning", start, exit, "Arbete"],
      ["12345", other.gender, "Jobbtorg Kista", "Coachning", start, exit, "Eget företag"],
    ]);
    expect(preview.counts.duplicatesDropped).toBe(2);
    // The copy validates without the defects the fixes address.
    const again = check({
      name: fixed.name,
      headerRow: 1,
      firstColumn: 1,
      headers: fixed.headers,
      rows: fixed.rows,
    });
    expect(again.countsByCode).toEqual({ "pnr/format": 1 });
  });

  it("never changes the input table", () => {
    const input = messySheet();
    const before = JSON.stringify(input);
    const firstRow = input.rows[0];
    applyFixes(input, { today: TODAY });
    previewFixes(input, { today: TODAY });
    expect(JSON.stringify(input)).toBe(before);
    expect(input.rows[0]).toBe(firstRow);
    expect(input.rows[1][5]).toBeInstanceOf(Date);
  });

  it("fixes a personnummer typed as a number and numeric gender codes", () => {
    const young = person({ year: 2001, gender: "M" });
    const table = sheet(
      ["Personnummer", "Kön", "Skola"],
      [
        [Number(young.digits10), 1, "S"],
        [Number(woman.digits12), "2", "S"],
      ]
    );
    const { sheet: fixed, preview } = applyFixes(table, { today: TODAY, type: "vux" });
    expect(fixed.rows).toEqual([
      [young.long, "M", "S"],
      [woman.long, "K", "S"],
    ]);
    expect(preview.counts).toEqual({
      pnrNormalized: 2,
      genderNormalized: 2,
      datesConverted: 0,
      textTrimmed: 0,
      duplicatesDropped: 0,
    });
    // No date columns here: no date formats.
    expect(fixed.numberFormats).toEqual({});
  });

  it("changes nothing on a clean sheet", () => {
    const clean = sheet(AVSLUT_HEADERS, [
      avslutRow(woman, {
        Inskrivningsdatum: serialOf(2025, 3, 1),
        Avslutsdatum: serialOf(2026, 1, 15),
      }),
    ]);
    expect(previewFixes(clean, { today: TODAY })).toEqual({
      counts: {
        pnrNormalized: 0,
        genderNormalized: 0,
        datesConverted: 0,
        textTrimmed: 0,
        duplicatesDropped: 0,
      },
      changedRows: [],
    });
  });
});

/** The one rule that locates a sheet's table, on grids as the Office adapter reads them; and stored settings. */
import { defaultSettings } from "../../../src/core/settings";
import { firstTableBounds, tableOfGrid } from "../../../src/core/workbook/headerRow";
import { parseRange } from "../../../src/core/workbook/addresses";
import { storedSettings, webExtensionValue } from "../../../src/core/workbook/settings";

describe("tableOfGrid", () => {
  test("a note line and a blank row above the headers are skipped, however far down the headers are", () => {
    const grid = [
      ["Syntetiska data"],
      [],
      [],
      [],
      [],
      [],
      ["  Enhet ", "Period", ""],
      ["City", "2025", ""],
      ["", "", ""],
      ["Järva", "2026", ""],
      ["", "", ""],
    ];
    expect(tableOfGrid("Blad", grid, 1, 1)).toEqual({
      name: "Blad",
      headerRow: 7,
      firstColumn: 1,
      headers: ["Enhet", "Period"],
      // The blank row inside stays (row numbers hold), the blank tail goes.
      rows: [
        ["City", "2025"],
        ["", ""],
        ["Järva", "2026"],
      ],
    });
  });

  test("the used range's offset is kept: headers from their first to their last filled cell", () => {
    const grid = [
      ["", "Enhet", "", "Mål"],
      ["x", "City", "", 0.5],
    ];
    const table = tableOfGrid("Mal", grid, 4, 2);
    expect([table.headerRow, table.firstColumn, table.headers, table.rows]).toEqual([
      4,
      3,
      ["Enhet", "", "Mål"],
      [["City", "", 0.5]],
    ]);
  });

  test("without a row of two filled cells the first filled row is the header of one column", () => {
    const table = tableOfGrid(
      "Lista",
      [
        [null, null],
        [null, "Rubrik"],
        [null, "ett"],
        [null, "två"],
      ],
      1,
      1
    );
    expect([table.headerRow, table.firstColumn, table.headers, table.rows]).toEqual([
      2,
      2,
      ["Rubrik"],
      [["ett"], ["två"]],
    ]);
    expect(tableOfGrid("Tom", [["", ""]], 1, 1)).toEqual({
      name: "Tom",
      headerRow: 1,
      firstColumn: 1,
      headers: [],
      rows: [],
    });
  });

  test("an Excel table wins over the rule, without its totals row, as wide as its headers", () => {
    const bounds = firstTableBounds([
      { ref: "D10:E12", totalsRowCount: 0 },
      { ref: "$A$2:$XFD$5", totalsRowCount: 1 },
    ]);
    expect(bounds).toEqual({ top: 2, left: 1, bottom: 4, right: 16384 });
    const grid = [
      ["Not", "ovanför"],
      ["Enhet", "Orsak"],
      ["City", "Arbete"],
      ["Järva", "Studier"],
      ["Summa", 2],
    ];
    const table = tableOfGrid("Avslut", grid, 1, 1, bounds);
    expect([table.headerRow, table.headers, table.rows]).toEqual([
      2,
      ["Enhet", "Orsak"],
      [
        ["City", "Arbete"],
        ["Järva", "Studier"],
      ],
    ]);
    expect(parseRange("'Blad 1'!B5")).toEqual({ top: 5, left: 2, bottom: 5, right: 2 });
    expect(parseRange("B5:A1")).toBeNull();
  });
});

describe("stored settings", () => {
  test("a web-extension value is the settings' JSON text as a JSON string, parsed with the one bounds check", () => {
    const text = JSON.stringify({ ...defaultSettings(), suppressionThreshold: 7, minGroupSize: 0 });
    const settings = storedSettings(webExtensionValue(JSON.stringify(text)));
    expect(settings.suppressionThreshold).toBe(7);
    // Out of bounds (minGroupSize ≥ 1): that field alone falls back.
    expect(settings.minGroupSize).toBe(defaultSettings().minGroupSize);
    expect(storedSettings(webExtensionValue("inte json"))).toEqual(defaultSettings());
    expect(storedSettings(undefined)).toEqual(defaultSettings());
  });
});

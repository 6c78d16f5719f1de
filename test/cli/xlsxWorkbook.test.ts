/**
 * .xlsx files ExcelJS writes, read by the CLI's streaming reader: header detection (title line, Excel
 * table), plain values from rich text, formulas, links and errors, dates that parseDate reads; and the
 * CLI's ExcelJS writer, whose sheets never replace one.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseDate, serialOf } from "../../src/core/cells";
import { XlsxReader } from "../../src/cli/xlsxReader";
import { XlsxWorkbook } from "../../src/cli/xlsxWorkbook";
import { freeSheetName } from "../../src/core/workbook/sheetNames";

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "resultatdialog-xlsx-"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function roundTrip(build: (wb: ExcelJS.Workbook) => void, name: string): Promise<XlsxReader> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const path = join(dir, name);
  await workbook.xlsx.writeFile(path);
  return XlsxReader.open(path);
}

describe("plain values", () => {
  test("rich text joined, formula results, hyperlink texts and errors", async () => {
    const port = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Celler");
      ws.getRow(1).values = ["Text", "Formel", "Fel i formel", "Länk", "Fel", "Tom"];
      ws.getCell("A2").value = {
        richText: [{ text: "Jobbtorg " }, { text: "City", font: { bold: true } }],
      };
      ws.getCell("B2").value = { formula: "1+41", result: 42 } as ExcelJS.CellFormulaValue;
      ws.getCell("C2").value = {
        formula: "NA()",
        result: { error: "#N/A" },
      } as ExcelJS.CellFormulaValue;
      ws.getCell("D2").value = { text: "Länk", hyperlink: "https://example.invalid" };
      ws.getCell("E2").value = { error: "#VALUE!" } as ExcelJS.CellErrorValue;
    }, "values.xlsx");
    expect((await port.readSheet("Celler")).rows).toEqual([
      ["Jobbtorg City", 42, "#N/A", "Länk", "#VALUE!", null],
    ]);
    port.close();
  });
});

describe("readSheet", () => {
  test("skips a title line, keeps blank rows inside, drops the blank tail; dates read as the same day", async () => {
    const port = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Export");
      ws.getCell("B1").value = "Uttag från verksamhetssystemet";
      ws.getRow(3).values = [undefined, "Enhet", "Period", "Personalkostnad"];
      ws.getRow(4).values = [undefined, "Jobbtorg City", "2025", 1200000];
      ws.getRow(6).values = [
        undefined,
        { richText: [{ text: "Jobbtorg Järva" }] },
        new Date(Date.UTC(2025, 2, 4)),
        { formula: "1+1", result: 2 },
      ];
      ws.getCell("C6").numFmt = "yyyy-mm-dd";
      ws.getCell("B9").numFmt = "0"; // formatting in the tail is not data
    }, "plain.xlsx");
    const table = await port.readSheet("Export");
    expect(table.headerRow).toBe(3);
    expect(table.firstColumn).toBe(2);
    expect(table.headers).toEqual(["Enhet", "Period", "Personalkostnad"]);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toEqual(["Jobbtorg City", "2025", 1200000]);
    expect(table.rows[1]).toEqual([null, null, null]);
    expect(table.rows[2][0]).toBe("Jobbtorg Järva");
    expect(parseDate(table.rows[2][1])).toBe(serialOf(2025, 3, 4));
    expect(table.rows[2][2]).toBe(2);
    expect(await port.headersOf("Export")).toEqual(["Enhet", "Period", "Personalkostnad"]);
  });

  test("uses an Excel table's range when the sheet has one", async () => {
    const port = await roundTrip((wb) => {
      const ws = wb.addWorksheet("Avslut");
      ws.getCell("A1").value = "Notering";
      ws.getCell("B1").value = "ovanför tabellen";
      ws.addTable({
        name: "Avslut",
        ref: "C4",
        columns: [{ name: "Enhet" }, { name: "Avslutsorsak" }],
        rows: [
          ["Jobbtorg City", "Arbete"],
          ["Jobbtorg Järva", "Studier"],
        ],
      });
      ws.getCell("C20").value = "anteckning under tabellen";
    }, "table.xlsx");
    const table = await port.readSheet("Avslut");
    expect(table).toEqual({
      name: "Avslut",
      headerRow: 4,
      firstColumn: 3,
      headers: ["Enhet", "Avslutsorsak"],
      rows: [
        ["Jobbtorg City", "Arbete"],
        ["Jobbtorg Järva", "Studier"],
      ],
    });
  });

  test("an empty sheet is an empty table", async () => {
    const port = await roundTrip((wb) => {
      wb.addWorksheet("Tomt");
    }, "empty.xlsx");
    expect(await port.readSheet("Tomt")).toEqual({
      name: "Tomt",
      headerRow: 1,
      firstColumn: 1,
      headers: [],
      rows: [],
    });
  });
});

describe("writing sheets", () => {
  test("never replaces a sheet: X, X (2), X (3), within 31 characters, ignoring case", () => {
    expect(freeSheetName(["Blad1"], "Avslut")).toBe("Avslut");
    expect(freeSheetName(["avslut"], "Avslut")).toBe("Avslut (2)");
    expect(freeSheetName(["Avslut", "Avslut (2)"], "Avslut")).toBe("Avslut (3)");
    expect(freeSheetName(["A".repeat(31)], "A".repeat(31))).toBe(`${"A".repeat(27)} (2)`);
    expect(freeSheetName([], "Q1/Q2: [x]")).toBe("Q1_Q2_ _x_");
  });

  test("writeTableSheet adds a sheet with its formats and reads back the same values", async () => {
    const port = XlsxWorkbook.create();
    const first = await port.writeTableSheet({
      name: "Rättad",
      headers: ["Personnummer", "Datum"],
      rows: [["19850101-0000", serialOf(2025, 3, 4)]],
      numberFormats: { 1: "yyyy-mm-dd" },
    });
    const second = await port.writeTableSheet({
      name: "Rättad",
      headers: ["A", "B"],
      rows: [["x", 1]],
    });
    expect([first, second]).toEqual(["Rättad", "Rättad (2)"]);
    const path = join(dir, "written.xlsx");
    await port.save(path);
    const loaded = await XlsxReader.open(path);
    expect(await loaded.listSheets()).toEqual(["Rättad", "Rättad (2)"]);
    const table = await loaded.readSheet("Rättad");
    expect(table.headers).toEqual(["Personnummer", "Datum"]);
    expect(table.rows[0][0]).toBe("19850101-0000");
    // The serial with a date format comes back as a date of the same day.
    expect(parseDate(table.rows[0][1])).toBe(serialOf(2025, 3, 4));
    loaded.close();
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(path);
    expect(written.getWorksheet("Rättad")?.getCell("B2").numFmt).toBe("yyyy-mm-dd");
  });
});

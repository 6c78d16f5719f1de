/**
 * The streaming writer of the demo (src/cli/xlsxStreamWriter.ts), read back with ExcelJS's document
 * reader and the CLI's streaming reader: sheet names and order, Excel tables with their ranges and columns,
 * values (text with spaces kept, numbers, dates as the same day, blanks), number formats on the data
 * cells only, the note line's font, the frozen header, widths, the autofilter and the header comment.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseDate, serialOf } from "../../src/core/cells";
import { XlsxStreamWriter } from "../../src/cli/xlsxStreamWriter";
import { XlsxReader } from "../../src/cli/xlsxReader";

let dir: string;
let path: string;
let loaded: ExcelJS.Workbook;
let port: XlsxReader;

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "resultatdialog-stream-"));
  path = join(dir, "streamed.xlsx");
  const writer = new XlsxStreamWriter({
    creator: "resultatdialog",
    title: "Titel – å",
    subject: "Ämne",
  });
  expect(writer.addTextSheet("Om", ["Rubrik", "", "Rad & <tre>"])).toBe("Om");
  writer.addTableSheet(
    {
      name: "Avslut",
      headers: ["Personnummer", "Datum", "Belopp"],
      rows: [
        ["19850312-1234", day(2025, 3, 4), 1200],
        ["Jobbtorg Järva  ", day(2024, 12, 31), null],
      ],
      numberFormats: { 1: "yyyy-mm-dd", 2: "#,##0" },
    },
    { tableName: "Avslut", note: "Syntetiska data", widths: { 0: 16 } }
  );
  // The same table name again: written as a plain range under a free sheet name.
  expect(
    writer.addTableSheet(
      { name: "avslut", headers: ["A", "B"], rows: [[1, true]] },
      { tableName: "AVSLUT" }
    )
  ).toBe("avslut (2)");
  writer.addTableSheet(
    {
      name: "Import",
      headers: ["Personnr", "Orsak"],
      rows: [
        ["19850312-1234", "Arbte"],
        ["x", undefined],
      ],
    },
    { headerComment: "Syntetiska demodata" }
  );
  writeFileSync(path, await writer.toBuffer());
  loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(path);
  port = await XlsxReader.open(path);
});

afterAll(() => {
  port?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test("sheets in order, document properties", async () => {
  expect(await port.listSheets()).toEqual(["Om", "Avslut", "avslut (2)", "Import"]);
  expect(loaded.title).toBe("Titel – å");
  expect(loaded.subject).toBe("Ämne");
  expect(loaded.creator).toBe("resultatdialog");
});

test("a text sheet: lines in column A, the first as a title, escaped text", () => {
  const sheet = loaded.getWorksheet("Om")!;
  expect([1, 2, 3].map((r) => sheet.getCell(r, 1).value)).toEqual(["Rubrik", null, "Rad & <tre>"]);
  expect(sheet.getCell(1, 1).font).toMatchObject({ bold: true, size: 14 });
  expect(sheet.getColumn(1).width).toBe(110);
});

test("an Excel table below a note line, with values, formats on data cells and a frozen header", async () => {
  const sheet = loaded.getWorksheet("Avslut")!;
  const table = (
    sheet as unknown as {
      tables: Record<
        string,
        { model: { tableRef?: string; ref?: string; columns: { name: string }[] } }
      >;
    }
  ).tables.Avslut;
  expect(table.model.tableRef ?? table.model.ref).toBe("A3:C5");
  expect(table.model.columns.map((c) => c.name)).toEqual(["Personnummer", "Datum", "Belopp"]);
  expect(sheet.getCell("A1").value).toBe("Syntetiska data");
  expect(sheet.getCell("A1").font).toMatchObject({ italic: true, color: { argb: "FF595959" } });
  expect(sheet.getCell("B3").numFmt).toBeUndefined();
  expect(sheet.getCell("B4").numFmt).toBe("yyyy-mm-dd");
  expect(sheet.getCell("C4").numFmt).toBe("#,##0");
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
  expect([1, 2, 3].map((c) => sheet.getColumn(c).width)).toEqual([16, 10, 10]);

  const read = await port.readSheet("Avslut");
  expect(read.headerRow).toBe(3);
  expect(read.headers).toEqual(["Personnummer", "Datum", "Belopp"]);
  expect(read.rows.map((r) => [r[0], parseDate(r[1]), r[2]])).toEqual([
    ["19850312-1234", serialOf(2025, 3, 4), 1200],
    ["Jobbtorg Järva  ", serialOf(2024, 12, 31), null],
  ]);
});

test("a taken table name gives a plain range: bold header, autofilter, booleans", () => {
  const sheet = loaded.getWorksheet("avslut (2)")!;
  expect(Object.keys((sheet as unknown as { tables: object }).tables)).toEqual([]);
  expect(sheet.getCell("A1").font).toMatchObject({ bold: true });
  expect(sheet.autoFilter).toBe("A1:B1");
  expect([sheet.getCell("A2").value, sheet.getCell("B2").value]).toEqual([1, true]);
});

test("a header comment on a sheet without a note line", async () => {
  const sheet = loaded.getWorksheet("Import")!;
  const note = sheet.getCell("A1").note as ExcelJS.Comment | string;
  expect(typeof note === "string" ? note : note.texts?.map((t) => t.text).join("")).toBe(
    "Syntetiska demodata"
  );
  expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
  const read = await port.readSheet("Import");
  expect(read.rows).toEqual([
    ["19850312-1234", "Arbte"],
    ["x", null],
  ]);
});

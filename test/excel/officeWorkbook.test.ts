import type { CellValue } from "../../src/core/cells";
import type { ExcelRun } from "../../src/excel/excelRun";
import { OfficeWorkbook } from "../../src/excel/officeWorkbook";
import { FakeWorkbook, fakeExcelRun } from "../fakes/fakeExcel";

const HEADERS = ["Personnummer", "Kön", "Enhet", "Avslutsdatum", "Avslutsorsak"];

/** A synthetic exit register of `n` rows: fake numbers, no real person. */
function exitRows(n: number): CellValue[][] {
  const rows: CellValue[][] = [HEADERS];
  for (let i = 0; i < n; i++)
    rows.push([
      `19900101-${String(1000 + (i % 9000))}`,
      i % 2 ? "K" : "M",
      "Jobbtorg Söder",
      46000 + (i % 300),
      "Arbete",
    ]);
  return rows;
}

function setUp(rows: CellValue[][], limits: { response?: number; request?: number } = {}) {
  const wb = new FakeWorkbook();
  wb.addSheet("Avslut", rows);
  wb.addSheet("Övrigt", [["x"]]);
  if (limits.response) wb.responseLimitBytes = limits.response;
  if (limits.request) wb.requestLimitBytes = limits.request;
  const run = fakeExcelRun(wb) as unknown as ExcelRun;
  return { wb, run };
}

describe("OfficeWorkbook.readSheet", () => {
  it("reads headers and every data row in chunks that fit the payload limit", async () => {
    const { wb, run } = setUp(exitRows(500), { response: 4000 });
    const port = new OfficeWorkbook({ run, limits: { payloadBytes: 4000, firstChunkRows: 10 } });
    const table = await port.readSheet("Avslut");
    expect(table.headers).toEqual(HEADERS);
    expect(table.headerRow).toBe(1);
    expect(table.firstColumn).toBe(1);
    expect(table.rows).toHaveLength(500);
    expect(table.rows[499]).toEqual([
      "19900101-1499",
      "K",
      "Jobbtorg Söder",
      46000 + (499 % 300),
      "Arbete",
    ]);
    const okReads = wb.reads.filter((r) => r.ok);
    expect(okReads.every((r) => r.bytes <= 4000)).toBe(true);
    expect(okReads.reduce((s, r) => s + r.rows, 0)).toBe(501);
    expect(port.lastRead).toMatchObject({ rows: 500, retries: 0 });
    // 10 rows first, then as many ~56-byte rows as fit in 70 % of 4000 bytes.
    expect(okReads.map((r) => r.rows).slice(0, 3)).toEqual([10, 50, 50]);
    expect(port.lastRead!.chunks).toBe(okReads.length);
  });

  it("shrinks and retries when Excel answers that the response payload is too large", async () => {
    // The adapter believes the 5 MB web limit; the fake enforces 3000 bytes, so the first chunks fail.
    const { wb, run } = setUp(exitRows(400), { response: 3000 });
    const port = new OfficeWorkbook({ run, limits: { firstChunkRows: 200 } });
    const table = await port.readSheet("Avslut");
    expect(table.rows).toHaveLength(400);
    expect(table.rows.map((r) => r[0])).toEqual(
      exitRows(400)
        .slice(1)
        .map((r) => r[0])
    );
    const failed = wb.reads.filter((r) => !r.ok);
    expect(failed.map((r) => r.rows)).toEqual([200, 100]);
    expect(port.lastRead!.retries).toBe(failed.length);
    expect(wb.reads.filter((r) => r.ok).every((r) => r.bytes <= 3000)).toBe(true);
  });

  it("fails clearly when a single row is over the limit", async () => {
    const { run } = setUp([["Personnummer"], ["x".repeat(500)]], { response: 100 });
    const port = new OfficeWorkbook({ run, limits: { firstChunkRows: 1 } });
    await expect(port.readSheet("Avslut")).rejects.toMatchObject({
      code: "ResponsePayloadSizeLimitExceeded",
    });
  });

  it("keeps each read under the cell limit", async () => {
    const { wb, run } = setUp(exitRows(100));
    const port = new OfficeWorkbook({ run, limits: { maxCells: 50, firstChunkRows: 1000 } });
    await port.readSheet("Avslut");
    expect(Math.max(...wb.reads.map((r) => r.rows * 5))).toBe(50);
  });

  it("reports progress in data rows and stops when cancelled", async () => {
    const { run } = setUp(exitRows(100));
    const port = new OfficeWorkbook({ run, limits: { firstChunkRows: 21, payloadBytes: 1e9 } });
    const controller = new AbortController();
    const seen: Array<[number, number]> = [];
    const reading = port.readSheet("Avslut", {
      signal: controller.signal,
      onProgress: (done, total) => {
        seen.push([done, total]);
        if (done >= 20) controller.abort();
      },
    });
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    expect(seen).toEqual([[20, 100]]);
  });

  it("reads the used range only, wherever it starts", async () => {
    const { run } = setUp([[], ["", "", "Pnr", "Enhet"], ["", "", "19900101-1000", "A"], [], []]);
    const table = await new OfficeWorkbook({ run }).readSheet("Avslut");
    expect(table).toEqual({
      name: "Avslut",
      headerRow: 2,
      firstColumn: 3,
      headers: ["Pnr", "Enhet"],
      rows: [["19900101-1000", "A"]],
    });
  });

  it("returns an empty table for an empty sheet", async () => {
    const { run } = setUp([]);
    const table = await new OfficeWorkbook({ run }).readSheet("Avslut");
    expect(table.headers).toEqual([]);
    expect(table.rows).toEqual([]);
  });
});

describe("OfficeWorkbook.writeTableSheet", () => {
  it("never replaces a sheet, writes in chunks under the request limit and leaves the source unwritten", async () => {
    const { wb, run } = setUp(exitRows(300), { request: 5000 });
    const port = new OfficeWorkbook({ run, limits: { firstChunkRows: 100 } });
    const source = await port.readSheet("Avslut");
    const name = await port.writeTableSheet({
      name: "Avslut",
      headers: source.headers,
      rows: source.rows,
      numberFormats: { 3: "yyyy-mm-dd" },
    });
    expect(name).toBe("Avslut (2)");
    expect(port.lastWrite).toMatchObject({ rows: 300, retries: 1 });
    expect(port.lastWrite!.chunks).toBeGreaterThan(1);
    const again = await port.writeTableSheet({ name: "Avslut", headers: ["A"], rows: [["b"]] });
    expect(again).toBe("Avslut (3)");
    const copy = wb.sheet("Avslut (2)")!;
    expect(copy.cells).toHaveLength(301);
    expect(copy.cells[300]).toEqual(exitRows(300)[300]);
    expect(copy.numberFormats.get("D2")).toBe("yyyy-mm-dd");
    expect(copy.numberFormats.has("D1")).toBe(false);
    expect(copy.bold.has("A1")).toBe(true);
    expect(wb.writes.filter((w) => w.sheet === "Avslut")).toEqual([]);
    expect(wb.sheet("Avslut")!.cells).toEqual(exitRows(300));
  });

  it("keeps text that Excel would turn into numbers, dates or formulas as text", async () => {
    const { wb, run } = setUp([["a"]]);
    const port = new OfficeWorkbook({ run });
    const name = await port.writeTableSheet({
      name: "Kopia",
      headers: ["Text", "Tal", "Datum", "Tom"],
      rows: [
        ["0123", 5, new Date(Date.UTC(2026, 0, 15)), null],
        ["=SUM(A1)", true, "Arbete", undefined],
      ],
    });
    expect(wb.writes.filter((w) => w.sheet === name && w.kind === "values")).toHaveLength(1);
    expect(wb.sheet(name)!.cells).toEqual([
      ["Text", "Tal", "Datum", "Tom"],
      ["0123", 5, 46037, ""],
      ["=SUM(A1)", true, "Arbete", ""],
    ]);
  });
});

describe("OfficeWorkbook sheets, selection and tables", () => {
  it("lists sheets, names the active one and selects a cell", async () => {
    const { wb, run } = setUp(exitRows(3));
    const port = new OfficeWorkbook({ run });
    expect(await port.listSheets()).toEqual(["Avslut", "Övrigt"]);
    expect(await port.activeSheetName()).toBe("Avslut");
    await port.selectCell("Övrigt", "B5");
    expect(wb.selected).toEqual({ sheet: "Övrigt", address: "B5" });
    expect(wb.activeSheet).toBe("Övrigt");
  });

  it("creates a table with the standard name, a free variant when taken, and keeps an existing one", async () => {
    const { wb, run } = setUp(exitRows(3));
    wb.addSheet("Avslut 2025", exitRows(2));
    const port = new OfficeWorkbook({ run });
    expect(await port.createTable("Avslut", "Avslut")).toEqual({
      status: "created",
      name: "Avslut",
      address: "Avslut!A1:E4",
    });
    expect(await port.createTable("Avslut 2025", "Avslut")).toEqual({
      status: "created",
      name: "Avslut2",
      address: "'Avslut 2025'!A1:E3",
    });
    expect(await port.createTable("Avslut", "Avslut")).toMatchObject({
      status: "exists",
      name: "Avslut",
    });
    expect(wb.tables).toEqual([
      { name: "Avslut", sheet: "Avslut", address: "A1:E4" },
      { name: "Avslut2", sheet: "Avslut 2025", address: "A1:E3" },
    ]);
    expect(wb.writes.filter((w) => w.kind === "values")).toEqual([]);
  });
});

describe("OfficeWorkbook.readHeaders", () => {
  it("reads only the header row of the used range", async () => {
    const { wb, run } = setUp(exitRows(50));
    expect(await new OfficeWorkbook({ run }).readHeaders("Avslut")).toEqual(HEADERS);
    expect(wb.reads.map((r) => r.rows)).toEqual([1]);
  });
});

import { columnLetters, columnNumber } from "../../src/core/workbook/addresses";
import { blockAddress, cellAddress, localAddress } from "../../src/excel/addresses";
import { ChunkPlanner, isPayloadTooLarge, payloadBytes } from "../../src/excel/chunking";
import { cleanSheetName, freeSheetName, freeTableName } from "../../src/excel/sheetNames";

describe("sheet and table names", () => {
  it("never reuses a name, comparing case-insensitively", () => {
    expect(freeSheetName(["Blad1"], "Valideringsrapport")).toBe("Valideringsrapport");
    expect(
      freeSheetName(["valideringsrapport", "Valideringsrapport (2)"], "Valideringsrapport")
    ).toBe("Valideringsrapport (3)");
  });
  it("keeps names within Excel's 31 characters and forbidden characters out", () => {
    const long = "Avslut Jobbtorg Söder 2026 tertial 2";
    expect(freeSheetName([], `${long} (rättad)`)).toBe("Avslut Jobbtorg Söder 2026 tert");
    expect(freeSheetName(["Avslut Jobbtorg Söder 2026 tert"], `${long} (rättad)`)).toBe(
      "Avslut Jobbtorg Söder 2026 (2)"
    );
    // "_" as the CLI writes it (the pane wrote "-" before the two rules became one).
    expect(cleanSheetName("T1/T2: [utkast]?")).toBe("T1_T2_ _utkast__");
    expect(cleanSheetName("'Avslut'")).toBe("Avslut");
  });
  it("numbers a taken table name", () => {
    expect(freeTableName(["avslut", "Avslut2"], "Avslut")).toBe("Avslut3");
    expect(freeTableName([], "Avslut")).toBe("Avslut");
  });
});

describe("addresses", () => {
  it("converts between column numbers (1-based) and letters, and 0-based Office indexes and A1", () => {
    expect([
      columnLetters(1),
      columnLetters(26),
      columnLetters(27),
      columnLetters(702),
      columnLetters(16384),
    ]).toEqual(["A", "Z", "AA", "ZZ", "XFD"]);
    expect([columnNumber("A"), columnNumber("AB"), columnNumber("xfd")]).toEqual([1, 28, 16384]);
    expect(cellAddress(4, 1)).toBe("B5");
    expect(blockAddress(0, 0, 10, 3)).toBe("A1:C10");
    expect(localAddress("'Blad 1'!B5")).toBe("B5");
  });
});

describe("ChunkPlanner", () => {
  const limits = { payloadBytes: 1000, maxCells: 40, targetShare: 0.5, firstChunkRows: 5 };
  it("starts small, then sizes by the heaviest rows seen, within the cell limit", () => {
    const planner = new ChunkPlanner(limits, 2);
    expect(planner.nextRows(100)).toBe(5);
    planner.observe(5, 100); // 20 bytes a row → 500 / 20 = 25, but 40 cells / 2 columns = 20
    expect(planner.nextRows(100)).toBe(20);
    planner.observe(20, 1000); // 50 bytes a row → 10
    expect(planner.nextRows(100)).toBe(10);
    expect(planner.nextRows(3)).toBe(3);
  });
  it("halves after a rejection and gives up at one row", () => {
    const planner = new ChunkPlanner(limits, 1);
    expect(planner.shrink(8)).toBe(true);
    expect(planner.nextRows(100)).toBe(4);
    expect(planner.shrink(1)).toBe(false);
  });
  it("recognises Excel's payload errors and counts UTF-8 bytes", () => {
    expect(isPayloadTooLarge({ code: "RequestPayloadSizeLimitExceeded" })).toBe(true);
    expect(
      isPayloadTooLarge({
        code: "GeneralException",
        message: "The response payload size limit has been exceeded",
      })
    ).toBe(true);
    expect(isPayloadTooLarge(new Error("other"))).toBe(false);
    expect(payloadBytes(["ö"])).toBe(6);
  });
});

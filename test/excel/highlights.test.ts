import type { ExcelRun } from "../../src/excel/excelRun";
import { HIGHLIGHT_COLORS, Highlighter } from "../../src/excel/highlights";
import { fakeDocumentSettings, FakeWorkbook, fakeExcelRun } from "../fakes/fakeExcel";

function setUp() {
  const wb = new FakeWorkbook();
  const sheet = wb.addSheet("Avslut", [
    ["Personnummer", "Kön"],
    ["19900101-1000", "X"],
    ["bad", "K"],
  ]);
  // The user's own fill on B2 must come back after removal; A3 had none.
  sheet.fills.set("B2", { color: "#00B050", pattern: "Solid" });
  const run = fakeExcelRun(wb) as unknown as ExcelRun;
  const settings = fakeDocumentSettings(wb);
  return { wb, run, settings };
}

describe("Highlighter", () => {
  it("colours each cell by its most severe issue without writing values", async () => {
    const { wb, run, settings } = setUp();
    const highlighter = new Highlighter({ run, settings });
    const count = await highlighter.highlight("Avslut", [
      { address: "B2", severity: "info" },
      { address: "B2", severity: "error" },
      { address: "A3", severity: "warning" },
      { address: "", severity: "error" },
    ]);
    expect(count).toBe(2);
    expect(wb.fillOf("Avslut", "B2")).toEqual({ color: HIGHLIGHT_COLORS.error, pattern: "Solid" });
    expect(wb.fillOf("Avslut", "A3")).toEqual({ color: "#FFEB9C", pattern: "Solid" });
    expect(highlighter.count("Avslut")).toBe(2);
    expect(wb.writes.filter((w) => w.kind === "values")).toEqual([]);
  });

  it("restores the original fills, also from a new pane that only has the workbook's settings", async () => {
    const { wb, run, settings } = setUp();
    await new Highlighter({ run, settings }).highlight("Avslut", [
      { address: "B2", severity: "error" },
      { address: "A3", severity: "error" },
    ]);
    // Highlighting twice must not remember our own colour as the original.
    await new Highlighter({ run, settings }).highlight("Avslut", [
      { address: "B2", severity: "warning" },
    ]);
    expect(JSON.parse(String(wb.settings.get("Resultatdialog.highlights")))).toEqual({
      Avslut: {
        B2: { color: "#00B050", pattern: "Solid" },
        A3: { color: "#FFFFFF", pattern: "None" },
      },
    });
    const reopened = new Highlighter({ run, settings });
    expect(await reopened.clear("Avslut")).toBe(2);
    expect(wb.fillOf("Avslut", "B2")).toEqual({ color: "#00B050", pattern: "Solid" });
    expect(wb.sheet("Avslut")!.fills.has("A3")).toBe(false);
    expect(wb.settings.has("Resultatdialog.highlights")).toBe(false);
    expect(reopened.count("Avslut")).toBe(0);
  });

  it("forgets the highlights of a deleted sheet without failing", async () => {
    const { wb, run, settings } = setUp();
    const highlighter = new Highlighter({ run, settings });
    await highlighter.highlight("Avslut", [{ address: "A2", severity: "info" }]);
    wb.sheets = [];
    expect(await highlighter.clear("Avslut")).toBe(1);
    expect(highlighter.count("Avslut")).toBe(0);
  });
});

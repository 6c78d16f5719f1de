/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { resetSettings } from "../../src/core/settings";
import type { ExcelRun } from "../../src/excel/excelRun";
import { App } from "../../src/taskpane/App";
import { workbookServices } from "../../src/taskpane/services";
import { ADDIN_VERSION } from "../../src/taskpane/version";
import { fakeDocumentSettings, FakeWorkbook, fakeExcelRun } from "../fakes/fakeExcel";
import { defectiveExits, largeExits, seedWorkbook } from "../fakes/seedWorkbook";
import "./polyfills";

function renderPane(wb: FakeWorkbook, displayLanguage = "sv-SE") {
  const services = workbookServices({
    run: fakeExcelRun(wb) as unknown as ExcelRun,
    settings: fakeDocumentSettings(wb),
  });
  return render(
    <FluentProvider theme={webLightTheme}>
      <App displayLanguage={displayLanguage} services={services} />
    </FluentProvider>
  );
}

async function validate(): Promise<void> {
  await screen.findByText("Avslut (Jobbtorg) (identifierad)");
  fireEvent.click(screen.getByRole("button", { name: "Validera" }));
  await screen.findByTestId("counts");
}

beforeEach(() => resetSettings());

describe("validation screen", () => {
  it("shows name and version, picks the active sheet and detects its type", async () => {
    renderPane(seedWorkbook());
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("Resultatdialog");
    expect(screen.getByText(`Version ${ADDIN_VERSION}`)).toBeTruthy();
    await screen.findByText("Avslut (Jobbtorg) (identifierad)");
    const sheetPicker = screen.getByLabelText("Blad") as HTMLSelectElement;
    expect(sheetPicker.value).toBe("Avslut T1");
    expect([...sheetPicker.options].map((o) => o.value)).toEqual(["Avslut T1", "Försörjningsstöd"]);
    expect(screen.getAllByRole("tab")).toEqual(
      ["Validera", "Resultatdialog", "Inställningar"].map((name) =>
        screen.getByRole("tab", { name })
      )
    );
  });

  it("counts the seeded defects, groups them by check, and selects an issue's cell", async () => {
    const wb = seedWorkbook();
    renderPane(wb);
    await validate();
    expect(screen.getByTestId("counts").textContent).toBe("Fel: 4Varningar: 2Noteringar: 1");
    const checksum = document.querySelector('[data-code="pnr/checksum"]') as HTMLElement;
    expect(within(checksum).getByText("Fel kontrollsiffra")).toBeTruthy();
    expect(within(checksum).getByText("Rader: 3")).toBeTruthy();
    // The message quotes the personnummer masked.
    expect(checksum.textContent).toContain("19510101-****");
    expect(document.body.textContent).not.toMatch(/\d{8}-\d{4}/);
    fireEvent.click(screen.getByRole("button", { name: "Gå till F6" }));
    await waitFor(() => expect(wb.selected).toEqual({ sheet: "Avslut T1", address: "F6" }));
  });

  it("highlights the issue cells and removes the highlight again", async () => {
    const wb = seedWorkbook();
    wb.sheet("Avslut T1")!.fills.set("A3", { color: "#92D050", pattern: "Solid" });
    renderPane(wb);
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "Markera i bladet" }));
    await screen.findByText("7 celler markerade i Avslut T1.");
    expect(wb.fillOf("Avslut T1", "A3").color).toBe("#FFC7CE");
    expect(wb.fillOf("Avslut T1", "G5").color).toBe("#FFEB9C");
    expect(wb.fillOf("Avslut T1", "B9").color).toBe("#DDEBF7");
    fireEvent.click(screen.getByRole("button", { name: "Ta bort markering" }));
    await screen.findByText("Markeringen togs bort från 7 celler.");
    expect(wb.fillOf("Avslut T1", "A3")).toEqual({ color: "#92D050", pattern: "Solid" });
    expect(wb.sheet("Avslut T1")!.fills.size).toBe(1);
  });

  it("writes the report sheet with personnummer masked", async () => {
    const wb = seedWorkbook();
    renderPane(wb);
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "Skapa rapportblad" }));
    await screen.findByText("Rapporten finns i bladet Valideringsrapport.");
    const cells = wb.sheet("Valideringsrapport")!.cells;
    expect(cells.slice(0, 7).map((r) => r.slice(0, 2))).toEqual([
      ["Valideringsrapport", ""],
      ["Blad", "Avslut T1"],
      ["Registertyp", "Avslut (Jobbtorg)"],
      ["Datarader", 20],
      ["Fel", 4],
      ["Varningar", 2],
      ["Noteringar", 1],
    ]);
    const text = JSON.stringify(cells);
    expect(text).toContain("19510101-****");
    expect(text).not.toMatch(/\d{6}-\d{4}/);
    expect(cells.find((r) => r[3] === "pnr/checksum" && r[0] === 3)?.slice(0, 5)).toEqual([
      3,
      "Personnummer",
      "A3",
      "pnr/checksum",
      "Fel",
    ]);
  });

  it("previews the fixes with counts and writes them to a copy, leaving the source alone", async () => {
    const wb = seedWorkbook();
    renderPane(wb);
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "Åtgärda" }));
    const preview = (await screen.findByText("Förhandsgranskning av åtgärder")).closest("section")!;
    const counts = within(preview)
      .getAllByRole("row")
      .map((row) => row.textContent);
    expect(counts).toEqual([
      "Personnummer till ÅÅÅÅMMDD-NNNN1",
      "Könskoder till K/M1",
      "Textdatum till datum1",
      "Mellanslag borttagna0",
      "Dubblerade rader borttagna1",
    ]);
    fireEvent.click(within(preview).getByRole("button", { name: "Skapa rättad kopia" }));
    await screen.findByText("Den rättade kopian finns i bladet Avslut T1 (rättad).");
    const copy = wb.sheet("Avslut T1 (rättad)")!;
    expect(copy.cells).toHaveLength(20);
    expect(copy.cells[7][0]).toMatch(/^19\d{6}-\d{4}$/);
    expect(copy.cells[8][1]).toBe("K");
    expect(copy.cells[9][5]).toBe(45838);
    expect(copy.numberFormats.get("F10")).toBe("yyyy-mm-dd");
    expect(wb.sheet("Avslut T1")!.cells).toEqual(defectiveExits());
    expect(wb.writes.filter((w) => w.sheet === "Avslut T1")).toEqual([]);
  });

  it("creates the table with the schema's standard name", async () => {
    const wb = seedWorkbook();
    renderPane(wb);
    await validate();
    fireEvent.click(screen.getByRole("button", { name: "Skapa tabell" }));
    await screen.findByText("Tabellen Avslut skapades.");
    expect(wb.tables).toEqual([{ name: "Avslut", sheet: "Avslut T1", address: "A1:G21" }]);
  });

  it("shows progress while reading a large sheet and stops on Avbryt", async () => {
    const wb = new FakeWorkbook();
    wb.addSheet("Stort", largeExits(3000));
    wb.responseLimitBytes = 20_000;
    renderPane(wb);
    await screen.findByText("Avslut (Jobbtorg) (identifierad)");
    fireEvent.click(screen.getByRole("button", { name: "Validera" }));
    await screen.findByText(/^Läser rad \d+ av 3000$/);
    expect(screen.getByRole("progressbar")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
    await screen.findByText("Valideringen avbröts.");
    expect(screen.queryByTestId("counts")).toBeNull();
    expect(wb.reads.filter((r) => r.ok).reduce((s, r) => s + r.rows, 0)).toBeLessThan(3001);
  });

  it("lets an unrecognised header be mapped by hand", async () => {
    const wb = new FakeWorkbook();
    const rows = defectiveExits().slice(0, 3);
    rows[0] = ["ID-nummer", ...rows[0].slice(1)];
    wb.addSheet("Avslut", rows);
    renderPane(wb);
    await validate();
    expect(document.querySelector('[data-code="column/missing"]')).not.toBeNull();
    fireEvent.change(screen.getByLabelText("Personnummer (obligatorisk)"), {
      target: { value: "0" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Validera" }));
    await waitFor(() => expect(document.querySelector('[data-code="column/missing"]')).toBeNull());
    expect(document.querySelector('[data-code="pnr/checksum"]')).not.toBeNull();
  });

  it("speaks English when Office's display language is not Swedish", async () => {
    renderPane(seedWorkbook(), "en-US");
    await screen.findByText("Exits (job centres) (detected)");
    fireEvent.click(screen.getByRole("button", { name: "Validate" }));
    expect((await screen.findByTestId("counts")).textContent).toBe("Errors: 4Warnings: 2Notes: 1");
    expect(screen.getByText("Wrong check digit")).toBeTruthy();
  });
});

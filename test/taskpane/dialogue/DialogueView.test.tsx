/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetDescription } from "../../../src/core/dialogue";
import { resetSettings } from "../../../src/core/settings";
import { defaultPeriod, DialogueServices, DialogueView } from "../../../src/taskpane/dialogue/DialogueView";
import { demoTables, TODAY } from "../../core/dialogue/demoTables";
import "../polyfills";

function services(written: SheetDescription[]): DialogueServices {
  const tables = demoTables().filter((t) => t.name !== "Avslut (import)");
  return {
    listSheets: async () => tables.map((t) => t.name),
    readSheet: async (name) => tables.find((t) => t.name === name)!,
    writeDescription: async (d) => (written.push(d), d.name),
    activeSheetName: async () => tables[0].name,
    generatedSheets: async () => [],
    readGrid: async () => ({ top: 1, left: 1, values: [], formats: [] }),
    rewriteSheet: async () => undefined,
    fillTemplateCopy: async () => "",
    refillSheet: async () => undefined,
  };
}

beforeEach(() => resetSettings());

test("the default period is the last completed tertial", () => {
  expect(defaultPeriod(TODAY)).toBe("2026T2"); // 2026-11-27: Jan–Aug is done
});

test("Skapa with all units writes an overview and one sheet per unit", async () => {
  const written: SheetDescription[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <DialogueView language="sv" services={services(written)} today={TODAY} />
    </FluentProvider>
  );
  await screen.findByRole("button", { name: "Skapa" }, { timeout: 20_000 });
  expect(screen.getAllByRole("option").map((o) => o.textContent)).toContain("Jobbtorg City");
  fireEvent.change(screen.getByRole("textbox"), { target: { value: "2025T2" } });
  fireEvent.click(screen.getByRole("checkbox"));
  fireEvent.click(screen.getByRole("button", { name: "Skapa" }));
  await waitFor(() => expect(written).toHaveLength(5), { timeout: 20_000 });
  expect(written[0].name).toBe("Översikt 2025T2");
  expect(await screen.findByText(/^Skapade: Översikt 2025T2, RD Jobbtorg/)).toBeTruthy();
}, 60_000);

test("a bad period is refused before anything is written", async () => {
  const written: SheetDescription[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <DialogueView language="sv" services={services(written)} today={TODAY} />
    </FluentProvider>
  );
  await screen.findByRole("button", { name: "Skapa" }, { timeout: 20_000 });
  fireEvent.change(screen.getByRole("textbox"), { target: { value: "2025T5" } });
  fireEvent.click(screen.getByRole("button", { name: "Skapa" }));
  expect(await screen.findByText("Ange perioden som ÅÅÅÅ, ÅÅÅÅT1, ÅÅÅÅT2 eller ÅÅÅÅT3.")).toBeTruthy();
  expect(written).toEqual([]);
}, 60_000);

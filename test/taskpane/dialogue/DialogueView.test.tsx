/** @jest-environment jsdom */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetDescription } from "../../../src/core/dialogue";
import { resetSettings } from "../../../src/core/settings";
import {
  defaultPeriod,
  DialogueServices,
  DialogueView,
} from "../../../src/taskpane/dialogue/DialogueView";
import { demoTables, TODAY } from "../../core/dialogue/demoTables";
import { tableServices } from "../../fakes/dialogueServices";
import "../polyfills";

function services(written: SheetDescription[]): DialogueServices {
  return tableServices(
    demoTables().filter((t) => t.name !== "Avslut (import)"),
    written
  );
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
  fireEvent.change(screen.getByRole("combobox", { name: "Period" }), {
    target: { value: "2025T2" },
  });
  fireEvent.click(screen.getByRole("checkbox"));
  fireEvent.click(screen.getByRole("button", { name: "Skapa" }));
  await waitFor(() => expect(written).toHaveLength(5), { timeout: 20_000 });
  expect(written[0].name).toBe("Översikt 2025T2");
  expect(await screen.findByText(/^Skapade: Översikt 2025T2, RD Jobbtorg/)).toBeTruthy();
}, 60_000);

test("the period is picked from the years the registers cover, newest first", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <DialogueView language="sv" services={services([])} today={TODAY} />
    </FluentProvider>
  );
  await screen.findByRole("button", { name: "Skapa" }, { timeout: 20_000 });
  const select = screen.getByRole("combobox", { name: "Period" }) as HTMLSelectElement;
  const labels = Array.from(select.options).map((o) => o.textContent);
  expect(labels.slice(0, 4)).toEqual([
    "Helår 2026",
    "Tertial 3 2026 (jan–dec)",
    "Tertial 2 2026 (jan–aug)",
    "Tertial 1 2026 (jan–apr)",
  ]);
  expect(labels).toContain("Tertial 2 2025 (jan–aug)");
  expect(select.value).toBe("2026T2");
}, 60_000);

test("the template choice names the survey and progression sections the registers give (issue #14)", async () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <DialogueView language="sv" services={services([])} today={TODAY} />
    </FluentProvider>
  );
  expect(
    await screen.findByText(
      "Med avsnitten Brukarundersökning, Progression (från tabellerna Enkat och Progression).",
      undefined,
      { timeout: 20_000 }
    )
  ).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: /^Mall/ }), { target: { value: "vux" } });
  expect(
    await screen.findByText("Med avsnitten Elevenkät (från tabellerna Enkat och Progression).")
  ).toBeTruthy();
  fireEvent.change(screen.getByRole("combobox", { name: /^Mall/ }), {
    target: { value: "kalkyl" },
  });
  await waitFor(() => expect(screen.queryByText(/^Med avsnitten/)).toBeNull());
}, 60_000);

test("reading the registers shows its progress and can be cancelled", async () => {
  const base = services([]);
  let release: () => void = () => undefined;
  const slow: DialogueServices = {
    ...base,
    // The second sheet reports one chunk, then waits until cancelled.
    readSheet: async (name, options) => {
      if (name !== (await base.listSheets())[1]) return base.readSheet(name);
      options?.onProgress?.(500, 2000);
      await new Promise<void>((resolve) => {
        release = resolve;
        options?.signal?.addEventListener("abort", () => resolve());
      });
      if (options?.signal?.aborted)
        throw Object.assign(new Error("Avbrutet / Cancelled"), { name: "AbortError" });
      return base.readSheet(name);
    },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <DialogueView language="sv" services={slow} today={TODAY} />
    </FluentProvider>
  );
  const sheets = await base.listSheets();
  expect(
    await screen.findByText(`Läser ${sheets[1]} (2 av ${sheets.length}): rad 500 av 2000`)
  ).toBeTruthy();
  expect(screen.getByRole("progressbar")).toBeTruthy();
  fireEvent.click(screen.getByRole("button", { name: "Avbryt" }));
  expect(await screen.findByText("Inläsningen av registren avbröts.")).toBeTruthy();
  expect(screen.queryByRole("progressbar")).toBeNull();
  expect(screen.getByRole("button", { name: "Läs registren" })).toBeTruthy();
  release();
}, 60_000);

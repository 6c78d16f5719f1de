/** @jest-environment jsdom */
/**
 * Found: the pane showed a personnummer typed into Enhet in its unit list and error texts. The pane
 * shows such names masked, and the core refuses to build a sheet named after one.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { SheetDescription } from "../../../src/core/dialogue";
import type { SheetTable } from "../../../src/core/registry/types";
import { resetSettings } from "../../../src/core/settings";
import { DialogueServices, DialogueView } from "../../../src/taskpane/dialogue/DialogueView";
import { t } from "../../../src/taskpane/strings";
import { mulberry32, syntheticPnr } from "../../helpers/synthetic";
import { demoTables, TODAY } from "../../core/dialogue/demoTables";
import { tableServices } from "../../fakes/dialogueServices";
import "../polyfills";

const p = syntheticPnr(mulberry32(21), { year: 1981 });
const tail = p.digits10.slice(6);
const unit = `Nord ${p.digits10.slice(0, 6)} - ${tail}`;

/** The demo registers with one Avslut row's Enhet holding a personnummer. */
function services(written: SheetDescription[]): DialogueServices {
  const tables: SheetTable[] = demoTables()
    .filter((t) => t.name !== "Avslut (import)")
    .map((t) => {
      if (t.name !== "Avslut") return t;
      const c = t.headers.indexOf("Enhet");
      return {
        ...t,
        rows: t.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === c ? unit : v)) : r)),
      };
    });
  return tableServices(tables, written);
}

beforeEach(() => resetSettings());

test("the unit list shows the unit masked; Skapa refuses it with a masked error and writes nothing", async () => {
  const written: SheetDescription[] = [];
  render(
    <FluentProvider theme={webLightTheme}>
      <DialogueView language="en" services={services(written)} today={TODAY} />
    </FluentProvider>
  );
  await screen.findByRole("button", { name: "Create" }, { timeout: 20_000 });
  const options = screen.getAllByRole("option").map((o) => o.textContent);
  expect(options).toContain(`Nord ${p.digits10.slice(0, 6)} - ****`);
  fireEvent.click(screen.getByRole("checkbox"));
  fireEvent.click(screen.getByRole("button", { name: "Create" }));
  expect(
    await screen.findByText(/holds a personnummer and cannot name a sheet/, {}, { timeout: 20_000 })
  ).toBeTruthy();
  await waitFor(() =>
    expect(document.body.textContent).toContain(`Unit "Nord ${p.digits10.slice(0, 6)} - ****"`)
  );
  expect(document.body.textContent).not.toContain(tail);
  expect(written).toEqual([]);
}, 60_000);

test("every parameter of a pane string is masked", () => {
  expect(t("en", "dlgCreated", { names: `RD ${p.long} 2025T2` })).toBe(
    `Created: RD ${p.long.slice(0, 9)}**** 2025T2`
  );
  expect(t("sv", "dlgBanner", { sheets: `Avslut ${p.digits12} (3)` })).toBe(
    `Källbladen har olösta valideringsfel: Avslut ${p.digits12.slice(0, 8)}**** (3)`
  );
});

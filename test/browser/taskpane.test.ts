/**
 * The built task pane in Debian's Chromium, with the fake Office host in place of Office.js: the whole
 * validation flow on a workbook with seeded defects, a screenshot for a person to look at, and axe-core.
 */
import { mkdirSync } from "fs";
import type { Server } from "http";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import type { FakeWorkbook } from "../fakes/fakeExcel";
import { defectiveExits } from "../fakes/seedWorkbook";
import {
  axeViolations,
  builtPane,
  fakeOfficeHostScript,
  launchChromium,
  openPane,
  PaneSession,
  ROOT,
  serve,
} from "./harness";

const SCREENSHOT = join(ROOT, "test-results", "validation.png");

jest.setTimeout(120_000);

let browser: Browser;
let server: Server;
let session: PaneSession;
let page: Page;

/** A value computed from the fake workbook inside the page. */
function inWorkbook<T>(fn: (wb: FakeWorkbook) => T): Promise<T> {
  return page.evaluate(`(${fn.toString()})(window.__fakeWorkbook)`) as Promise<T>;
}

beforeAll(async () => {
  const [dir, hostScript] = await Promise.all([
    Promise.resolve(builtPane()),
    fakeOfficeHostScript(),
  ]);
  const served = await serve(dir);
  server = served.server;
  browser = await launchChromium();
  session = await openPane(browser, served.url, hostScript);
  page = session.page;
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => (server ? server.close(done) : done(undefined)));
});

describe("the task pane in Chromium", () => {
  it("shows the pane in Swedish with the active sheet and its detected type", async () => {
    // An <option> is never "visible" in a closed <select>: wait for it to be there.
    await page.getByText("Avslut (Jobbtorg) (identifierad)").waitFor({ state: "attached" });
    expect(await page.locator("h1").textContent()).toBe("Resultatdialog");
    expect(await page.getByLabel("Blad").inputValue()).toBe("Avslut T1");
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("sv");
  });

  it("validates and shows the counts of the seeded defects", async () => {
    await page.getByRole("button", { name: "Validera" }).click();
    const counts = page.getByTestId("counts");
    await counts.waitFor();
    expect(await counts.innerText()).toMatch(/^Fel: 4\s*Varningar: 2\s*Noteringar: 1$/);
    expect(
      await page
        .locator("[data-code]")
        .evaluateAll((groups) => groups.map((g) => g.getAttribute("data-code")))
    ).toEqual([
      "cell/required",
      "pnr/checksum",
      "date/order",
      "gender/invalid",
      "code/unknown",
      "row/duplicate",
      "gender/mismatch",
    ]);
  });

  it("selects an issue's cell in the workbook when the issue is clicked", async () => {
    await page.getByRole("button", { name: "Gå till A3" }).click();
    await page.waitForFunction(
      () =>
        (window as unknown as { __fakeWorkbook: FakeWorkbook }).__fakeWorkbook.selected?.address ===
        "A3"
    );
    expect(await inWorkbook((wb) => wb.selected)).toEqual({ sheet: "Avslut T1", address: "A3" });
  });

  it("highlights the issue cells in the sheet", async () => {
    await page.getByRole("button", { name: "Markera i bladet" }).click();
    await page.getByText("7 celler markerade i Avslut T1.").waitFor();
    expect(
      await inWorkbook((wb) => ["A3", "G5", "B9", "A2"].map((a) => wb.fillOf("Avslut T1", a).color))
    ).toEqual(["#FFC7CE", "#FFEB9C", "#DDEBF7", "#FFFFFF"]);
  });

  it("creates the report sheet with personnummer masked", async () => {
    await page.getByRole("button", { name: "Skapa rapportblad" }).click();
    await page.getByText("Rapporten finns i bladet Valideringsrapport.").waitFor();
    const report = await inWorkbook((wb) =>
      JSON.stringify(wb.sheet("Valideringsrapport")?.cells ?? null)
    );
    expect(report).toContain('["Fel",4,');
    expect(report).toContain("19510101-****");
    expect(report).not.toMatch(/\d{6}-\d{4}/);
  });

  it("applies the fixes to a copy and leaves the source sheet unchanged", async () => {
    await page.getByRole("button", { name: "Åtgärda" }).click();
    await page.getByText("Förhandsgranskning av åtgärder").waitFor();
    await page.getByRole("button", { name: "Skapa rättad kopia" }).click();
    await page.getByText("Den rättade kopian finns i bladet Avslut T1 (rättad).").waitFor();
    const state = await inWorkbook((wb) => ({
      sheets: wb.sheets.map((s) => s.name),
      copyRows: wb.sheet("Avslut T1 (rättad)")?.cells.length,
      copyGender: wb.sheet("Avslut T1 (rättad)")?.cells[8][1],
      source: JSON.stringify(wb.sheet("Avslut T1")?.cells),
      sourceValueWrites: wb.writes.filter((w) => w.sheet === "Avslut T1" && w.kind === "values")
        .length,
    }));
    expect(state.sheets).toEqual([
      "Avslut T1",
      "Försörjningsstöd",
      "Valideringsrapport",
      "Avslut T1 (rättad)",
    ]);
    expect(state.copyRows).toBe(20);
    expect(state.copyGender).toBe("K");
    expect(state.source).toBe(JSON.stringify(defectiveExits()));
    expect(state.sourceValueWrites).toBe(0);
  });

  it("leaves a readable screenshot", async () => {
    mkdirSync(join(ROOT, "test-results"), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const box = await page.getByTestId("counts").boundingBox();
    expect(box!.width).toBeGreaterThan(150);
  });

  it("has no serious or critical accessibility violations (axe-core)", async () => {
    const violations = await axeViolations(page);
    expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  });

  it("asked no host but the local server, and logged no errors or CSP violations", () => {
    expect(session.foreignRequests).toEqual([]);
    expect(session.problems).toEqual([]);
  });
});

describe("the page's Content-Security-Policy", () => {
  it("blocks a request to any other host before it leaves the page", async () => {
    const before = session.foreignRequests.length;
    const outcome = await page.evaluate(() =>
      fetch("https://example.org/collect").then(
        () => "sent",
        () => "blocked"
      )
    );
    expect(outcome).toBe("blocked");
    // Refused by the CSP itself: the request never reached the network layer (nor our route).
    expect(session.foreignRequests.length).toBe(before);
    expect(
      session.problems.some(
        (p) => p.includes("Content Security Policy") && p.includes("connect-src")
      )
    ).toBe(true);
  });
});

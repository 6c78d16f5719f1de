/**
 * Parity of the two adapters of the workbook port (issue 9): the same workbooks — the demo's registers
 * (a note in A1, headers in row 3, as Excel tables), the Avslut register once more as a plain range
 * below its note, and the same workbook with settings the manager changed in the pane — read through
 * the fake Office host (OfficeWorkbook over test/fakes) and through the CLI's streaming reader of the
 * .xlsx file `resultatdialog demo` writes. Both must locate the same tables, give the same validation
 * issues and build the same sheet descriptions.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { strToU8, unzipSync, zipSync } from "fflate";
import { demoWorkbook } from "../../../src/cli/commands/demo";
import { XlsxReader } from "../../../src/cli/xlsxReader";
import type { CellValue } from "../../../src/core/cells";
import { generateDemo } from "../../../src/core/demo";
import type { DemoSheet } from "../../../src/core/demo/types";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import { detectType } from "../../../src/core/registry/schemas";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import { SETTINGS_KEY } from "../../../src/core/workbook/settings";
import { WorkbookSession } from "../../../src/core/workbook/session";
import { OfficeWorkbook } from "../../../src/excel/officeWorkbook";
import { fakeExcelRun, FakeWorkbook } from "../../fakes/fakeExcel";
import { DIALOGUE_TODAY } from "../../fakes/dialogueWorkbook";

const TODAY = DIALOGUE_TODAY;
const MS_PER_DAY = 86_400_000;
/** The Avslut register once more, as a plain range under its note line (no Excel table to go by). */
const PLAIN = "Avslut utan tabell";
/** What a manager changed in the pane's settings: a higher suppression threshold, fewer positive reasons. */
const CHANGED: Partial<Settings> = {
  suppressionThreshold: 6,
  positiveExitReasons: ["Arbete", "Eget företag"],
  gapThresholdPp: 8,
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "rd-parity-"));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function demoSheets(): { about: { name: string; lines: string[] }; sheets: DemoSheet[] } {
  const demo = generateDemo({ exits: 600, seed: 3, today: TODAY });
  const avslut = demo.sheets.find((s) => s.name === "Avslut")!;
  return {
    about: demo.about,
    sheets: [...demo.sheets, { ...avslut, name: PLAIN, tableName: undefined }],
  };
}

/** The workbook in the fake Office host: each sheet as the demo writer lays it out, tables where it makes them. */
function officePort(settings: Partial<Settings> | null): OfficeWorkbook {
  const { about, sheets } = demoSheets();
  const wb = new FakeWorkbook();
  wb.addSheet(
    about.name,
    about.lines.map((line) => [line])
  );
  // Office.js gives dates as serials; blanks as "".
  const cell = (v: CellValue): CellValue =>
    v instanceof Date ? v.getTime() / MS_PER_DAY + 25_569 : v === null || v === undefined ? "" : v;
  for (const sheet of sheets) {
    const rows = sheet.rows.map((row) => sheet.headers.map((_, c) => cell(row[c])));
    const top = sheet.note ? 3 : 1;
    wb.addSheet(
      sheet.name,
      sheet.note ? [[sheet.note], [], sheet.headers, ...rows] : [sheet.headers, ...rows]
    );
    if (sheet.tableName && rows.length > 0) {
      const right = String.fromCharCode(64 + sheet.headers.length);
      wb.tables.push({
        name: sheet.tableName,
        sheet: sheet.name,
        address: `A${top}:${right}${top + rows.length}`,
      });
    }
  }
  // As settingsStore.saveSettings stores them: the settings' JSON text under the one key.
  if (settings)
    wb.workbookSettings.set(SETTINGS_KEY, JSON.stringify({ ...defaultSettings(), ...settings }));
  return new OfficeWorkbook({ run: fakeExcelRun(wb) as never });
}

/** The same workbook as the .xlsx file the CLI writes, with the pane's settings in its web-extension part. */
async function xlsxPort(name: string, settings: Partial<Settings> | null): Promise<XlsxReader> {
  const { about, sheets } = demoSheets();
  const path = join(dir, name);
  writeFileSync(path, await demoWorkbook({ about, sheets }).toBuffer());
  if (settings) {
    // Office serialises every setting to JSON: the settings' JSON text becomes a JSON string.
    const value = JSON.stringify(JSON.stringify({ ...defaultSettings(), ...settings }));
    const escaped = value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
    const part =
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
      `<we:webextension xmlns:we="http://schemas.microsoft.com/office/webextensions/webextension/2010/11" id="{5B4A9E3C-0000-4000-8000-000000000001}">` +
      `<we:reference id="00000000-0000-4000-8000-000000000000" version="1.0.0.0" store="developer" storeType="Registry"/>` +
      `<we:alternateReferences/><we:properties><we:property name="Office.AutoShowTaskpaneWithDocument" value="true"/>` +
      `<we:property name="${SETTINGS_KEY}" value="${escaped}"/></we:properties><we:bindings/><we:snapshot/></we:webextension>`;
    const files = unzipSync(readFileSync(path));
    files["xl/webextensions/webextension1.xml"] = strToU8(part);
    writeFileSync(path, zipSync(files));
  }
  return XlsxReader.open(path);
}

async function sessions(
  settings: Partial<Settings> | null,
  file: string
): Promise<{ pane: WorkbookSession; cli: WorkbookSession }> {
  const pane = await WorkbookSession.open(officePort(settings), { today: TODAY });
  const reader = await xlsxPort(file, settings);
  try {
    return { pane, cli: await WorkbookSession.open(reader, { today: TODAY }) };
  } finally {
    reader.close();
  }
}

/** Each register sheet's validation: type, rows, exact counts by code and the listed issues. */
function issuesOf(session: WorkbookSession) {
  return session.tables
    .filter((t) => detectType(t.headers) !== null)
    .map((t) => {
      const report = session.validate(t);
      return {
        sheet: t.name,
        type: report.type,
        rows: report.rows,
        counts: report.countsByCode,
        issues: report.issues,
      };
    });
}

const CHOICES = [
  { template: "jobbtorg", unit: null, all: true, period: "2026T2" },
  { template: "vux", unit: null, all: false, period: "2026" },
  { template: "kalkyl", unit: null, all: true, period: "2026T2" },
] as const;

const descriptionsOf = (session: WorkbookSession): SheetDescription[] =>
  CHOICES.flatMap((c) => session.build(c));

describe("the pane and the CLI read the same workbook alike", () => {
  let pane: WorkbookSession;
  let cli: WorkbookSession;
  beforeAll(async () => {
    ({ pane, cli } = await sessions(null, "demo.xlsx"));
  }, 120_000);

  test("the same tables: header row below the note line, first column, headers, rows", () => {
    const shape = (s: WorkbookSession) =>
      s.tables.map((t) => ({
        name: t.name,
        headerRow: t.headerRow,
        firstColumn: t.firstColumn,
        headers: t.headers,
        rows: t.rows.length,
      }));
    expect(shape(pane)).toEqual(shape(cli));
    const plain = pane.tables.find((t) => t.name === PLAIN)!;
    expect([plain.headerRow, plain.firstColumn, plain.headers[0]]).toEqual([3, 1, "Personnummer"]);
    expect(plain.rows).toHaveLength(cli.tables.find((t) => t.name === "Avslut")!.rows.length);
  });

  test("the note-row sheet gives no column/missing in either adapter (issue 9: the pane gave 5)", () => {
    for (const session of [pane, cli]) {
      const report = session.validate(
        session.tables.find((t) => t.name === PLAIN)!,
        { type: "avslut" }
      );
      expect(report.countsByCode["column/missing"] ?? 0).toBe(0);
      expect(report.rows).toBeGreaterThan(500);
    }
  });

  test("identical validation issues on every register sheet", () => {
    const paneIssues = issuesOf(pane);
    expect(paneIssues.map((r) => r.sheet)).toEqual([
      "Avslut",
      "Forsorjningsstod",
      "VuxUppfoljning",
      "Personalkostnad",
      "Mal",
      "Sfi",
      "Avslut (import)",
      "Enkat",
      "EnkatUrval",
      "Progression",
      "ScbInkomstkalla",
      PLAIN,
    ]);
    expect(paneIssues).toEqual(issuesOf(cli));
    // The seeded defects of the import sheet are found, so the comparison is not between two empty lists.
    expect(paneIssues.find((r) => r.sheet === "Avslut (import)")!.issues.length).toBeGreaterThan(5);
    expect(pane.errors).toEqual(cli.errors);
  });

  test("identical sheet descriptions of every template", () => {
    const built = descriptionsOf(pane);
    expect(built.length).toBeGreaterThan(4);
    expect(built).toEqual(descriptionsOf(cli));
  });
});

describe("a workbook whose manager changed the settings in the pane", () => {
  let pane: WorkbookSession;
  let cli: WorkbookSession;
  beforeAll(async () => {
    ({ pane, cli } = await sessions(CHANGED, "changed.xlsx"));
  }, 120_000);

  test("both adapters read the stored settings, through the one parser", () => {
    const expected = { ...defaultSettings(), ...CHANGED };
    expect(pane.settings).toEqual(expected);
    expect(cli.settings).toEqual(expected);
  });

  test("identical issues and descriptions, and they are not those of the defaults", async () => {
    expect(issuesOf(pane)).toEqual(issuesOf(cli));
    const built = descriptionsOf(pane);
    expect(built).toEqual(descriptionsOf(cli));
    const defaults = new WorkbookSession(cli.tables, defaultSettings(), TODAY);
    expect(built).not.toEqual(descriptionsOf(defaults));
  });
});

/**
 * Found: a personnummer typed into Enhet or Skola, or used as a sheet name, reached report sheet
 * names, titles, the overview, formula text, "Källor:" and the pane's error text. The core now
 * refuses such a unit or sheet with one line, and masks every text of a sheet description.
 */
import { build, DialogueError } from "../../../src/core/dialogue";
import { fillCell } from "../../../src/core/dialogue/placeholders";
import { SheetBuilder } from "../../../src/core/dialogue/sheet";
import type { SheetTable } from "../../../src/core/registry/types";
import { mulberry32, syntheticPnr } from "../../helpers/synthetic";
import { demoTables, TODAY } from "./demoTables";

const p = syntheticPnr(mulberry32(11), { year: 1985 });
const tail = p.digits10.slice(6);
const spaced = `${p.digits10.slice(0, 6)} - ${tail}`;

/** The demo workbook with one Avslut row's Enhet (or the Avslut sheet's name) replaced. */
function withUnit(unit: string): SheetTable[] {
  return demoTables().map((t) => {
    if (t.name !== "Avslut") return t;
    const c = t.headers.indexOf("Enhet");
    return {
      ...t,
      rows: t.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === c ? unit : v)) : r)),
    };
  });
}

function refusal(run: () => unknown): DialogueError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(DialogueError);
    return e as DialogueError;
  }
  throw new Error("expected a DialogueError");
}

describe("a report refuses a unit or a sheet named after a personnummer", () => {
  test.each(["jobbtorg", "kalkyl"] as const)(
    "%s --all with a personnummer in Enhet: one masked line",
    (template) => {
      const e = refusal(() =>
        build(withUnit(`Nord ${spaced}`), { all: true, period: "2025T2", template, today: TODAY })
      );
      expect(e.en).toBe(
        `Unit "Nord ${p.digits10.slice(0, 6)} - ****" holds a personnummer and cannot name a sheet: correct the register first (validate reports pnr/misplaced).`
      );
      expect(e.sv).toMatch(/^Enheten "Nord \d{6} - \*\*\*\*" innehåller ett personnummer/);
      for (const text of [e.en, e.sv, e.message]) {
        expect(text).not.toContain(tail);
        expect(text).not.toContain("\n");
      }
    }
  );

  test("the unit asked for by name, when it is one", () => {
    const e = refusal(() =>
      build(withUnit(p.long), {
        unit: p.long,
        period: "2025T2",
        template: "jobbtorg",
        today: TODAY,
      })
    );
    expect(e.en).toContain(`Unit "${p.long.slice(0, 9)}****" holds a personnummer`);
  });

  test("a unit not in the register: the list of units present is masked", () => {
    const e = refusal(() =>
      build(withUnit(p.digits12), {
        unit: p.short,
        period: "2025T2",
        template: "jobbtorg",
        today: TODAY,
      })
    );
    expect(e.en).toMatch(
      /^Unit "\d{6}-\*\*\*\*" is not in the register \(present: .*\d{8}\*\*\*\*/
    );
    expect(e.en).not.toContain(tail);
  });

  test("a source sheet named after a personnummer", () => {
    // Renamed, the exits register is still found by its headers, and its name would be quoted.
    const renamed = demoTables().map((t) =>
      t.name === "Avslut" ? { ...t, name: `Avslut ${spaced}` } : t
    );
    const e = refusal(() =>
      build(renamed, { all: true, period: "2025T2", template: "jobbtorg", today: TODAY })
    );
    expect(e.en).toBe(
      `Sheet "Avslut ${p.digits10.slice(0, 6)} - ****" has a personnummer in its name and cannot appear in the report: rename the sheet first.`
    );
  });

  test("the demo workbook still builds (no personnummer in its names)", () => {
    const sheets = build(demoTables(), {
      all: true,
      period: "2025T2",
      template: "jobbtorg",
      today: TODAY,
    });
    expect(sheets.length).toBeGreaterThan(1);
  });
});

describe("every text of a sheet description passes the mask", () => {
  test("name, unit, text cells, formula text and chart texts", () => {
    const b = new SheetBuilder();
    b.put(1, 1, `RD ${spaced} 2025T2`);
    b.put(2, 1, 42, { formula: `AMF.EXITRATE('Avslut ${p.digits10}'!G:G)` });
    b.put(3, 1, 8501011236); // a number stays a number
    b.put(4, 1, "Källor: Avslut (2 000 rader), 2025-08-31 12:30");
    b.charts.push({
      kind: "clusteredColumn",
      title: `Andel ${p.long}`,
      categories: { top: 1, left: 1, bottom: 2, right: 1 },
      series: [
        {
          name: `K ${p.short}`,
          nameCell: { row: 1, col: 2 },
          values: { top: 1, left: 2, bottom: 2, right: 2 },
          color: "000000",
        },
      ],
      anchor: { row: 1, col: 1, width: 5, height: 5 },
      numberFormat: "0%",
    });
    const sheet = b.build(`RD ${p.digits12}`, {
      template: "jobbtorg",
      unit: `Nord ${p.long}`,
      period: "2025T2",
      made: "2026-11-27",
    });
    expect(JSON.stringify(sheet)).not.toContain(tail);
    expect(sheet.name).toBe(`RD ${p.digits12.slice(0, 8)}****`);
    expect(sheet.meta.unit).toBe(`Nord ${p.long.slice(0, 9)}****`);
    expect(sheet.cells.map((c) => [c.value, c.formula])).toEqual([
      [`RD ${p.digits10.slice(0, 6)} - **** 2025T2`, undefined],
      [42, `AMF.EXITRATE('Avslut ${p.digits10.slice(0, 6)}****'!G:G)`],
      [8501011236, undefined],
      ["Källor: Avslut (2 000 rader), 2025-08-31 12:30", undefined],
    ]);
    expect([sheet.charts[0].title, sheet.charts[0].series[0].name]).toEqual([
      `Andel ${p.long.slice(0, 9)}****`,
      `K ${p.short.slice(0, 7)}****`,
    ]);
  });

  test("own templates: a placeholder filled with text is masked", () => {
    const values = new Map([["ENHET", { kind: "text" as const, value: p.long }]]);
    expect(fillCell("{{ENHET}}", undefined, values)).toEqual({
      value: `${p.long.slice(0, 9)}****`,
      numberFormat: undefined,
    });
    expect(fillCell("Enhet: {{ENHET}}", undefined, values)?.value).toBe(
      `Enhet: ${p.long.slice(0, 9)}****`
    );
  });
});

describe("own templates go through buildModel and sheetName", () => {
  test("buildModel refuses a unit holding a personnummer; sheetName masks a template sheet's name", async () => {
    const { buildModel, findSources, requirePeriod, sheetName } =
      await import("../../../src/core/dialogue");
    const { defaultSettings } = await import("../../../src/core/settings");
    const sources = findSources(withUnit(p.long));
    const e = refusal(() =>
      buildModel(sources, "jobbtorg", p.long, requirePeriod("2025T2"), defaultSettings(), TODAY)
    );
    expect(e.en).not.toContain(tail);
    expect(sheetName(`M ${p.digits10}`, "Nord", "2025T2")).toBe(
      `M ${p.digits10.slice(0, 6)}**** Nord 2025T2`
    );
  });

  test("a template sheet named after a personnummer is refused before its name is cut to 12 characters", async () => {
    const { templateCopyName } = await import("../../../src/core/dialogue");
    // Cut to 12, "Mall 1985010112" would keep ten digits the mask no longer sees as a personnummer.
    const e = refusal(() => templateCopyName(`Mall ${p.digits12}`, "Nord", "2025T2"));
    expect(e.en).toContain("Template sheet");
    expect(e.en).not.toContain(tail);
    expect(templateCopyName("Min egen mall 2025", "Nord", "2025T2")).toBe(
      "Min egen mal Nord 2025T2"
    );
  });
});

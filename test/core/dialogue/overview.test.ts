/**
 * The overview's funnel plots: one scatter-with-lines chart per rate indicator whose ranges hold each
 * unit's n and rate, the pooled rate and the limits; the column of positions; and a hidden unit that
 * is neither plotted nor given a position.
 */
import { build, buildModel, unitsOf } from "../../../src/core/dialogue/build";
import { binomialLimit, funnelPosition } from "../../../src/core/dialogue/funnel";
import { overviewSheet } from "../../../src/core/dialogue/overview";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import type { RangeRef, SheetDescription } from "../../../src/core/dialogue/types";
import { defaultSettings } from "../../../src/core/settings";
import { demoTables, TODAY } from "./demoTables";

const valuesIn = (sheet: SheetDescription, r: RangeRef) => {
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    out.push(sheet.cells.find((c) => c.row === row && c.col === r.left)?.value ?? null);
  return out;
};

/** Equal to the last bits of a sum taken in another order. */
function expectClose(actual: unknown[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((v, i) => expect(v).toBeCloseTo(expected[i], 12));
}

/** The unit's row in the main table (its first row: the funnels' tables below name it again). */
const tableRow = (sheet: SheetDescription, unit: string) =>
  Math.min(...sheet.cells.filter((c) => c.col === 1 && c.value === unit).map((c) => c.row));

function models() {
  const sources = findSources(demoTables());
  const period = parsePeriod("2025T2")!;
  return unitsOf(sources, "jobbtorg").map((unit) =>
    buildModel(sources, "jobbtorg", unit, period, defaultSettings(), TODAY)
  );
}

describe("the overview of the demo's units", () => {
  const [overview] = build(demoTables(), {
    template: "jobbtorg",
    all: true,
    period: "2025T2",
    today: TODAY,
  });
  const ms = models();
  const header = (text: string) => overview.cells.find((c) => c.value === text)!;

  test("a funnel chart for each rate indicator, units as points and five lines", () => {
    expect(overview.charts.map((c) => [c.kind, c.title])).toEqual([
      ["scatterWithLines", "Trattdiagram: Avslut till arbete eller studier"],
      ["scatterWithLines", "Trattdiagram: Utan försörjningsstöd 6 månader efter avslut"],
    ]);
    for (const chart of overview.charts) {
      expect(chart.series.map((s) => [s.name, s.draw, !!s.dash])).toEqual([
        ["Enheter", "points", false], // the header above the units, which the legend shows
        ["Gemensam andel", "line", false],
        ["Undre 95 %", "line", false],
        ["Övre 95 %", "line", false],
        ["Undre 99,8 %", "line", true],
        ["Övre 99,8 %", "line", true],
      ]);
      // The legend shows the header cell of each series (the .xlsx refers to it): it must say the name.
      expect(
        chart.series.map(
          (s) =>
            overview.cells.find((c) => c.row === s.nameCell.row && c.col === s.nameCell.col)!.value
        )
      ).toEqual(chart.series.map((s) => s.name));
    }
  });

  test.each([
    [0, "EXITRATE"],
    [1, "SELFSUFF6M"],
  ])(
    "chart %d plots each unit's n and rate of %s, the pooled rate and the exact limits",
    (i, key) => {
      const chart = overview.charts[i];
      const totals = ms.map((m) => m.rows.find((r) => r.key === key)!.total);
      const [points, target, lower95, , , upper998] = chart.series;
      expect(valuesIn(overview, points.x!)).toEqual(totals.map((t) => t.n));
      expect(valuesIn(overview, points.values)).toEqual(totals.map((t) => t.value));
      const pooled = totals.reduce((s, t) => s + t.count!, 0) / totals.reduce((s, t) => s + t.n, 0);
      const ns = valuesIn(overview, target.x!) as number[];
      expect(ns[0]).toBe(Math.floor(Math.min(...totals.map((t) => t.n)) / 2));
      expectClose(
        valuesIn(overview, target.values),
        ns.map(() => pooled)
      );
      expectClose(
        valuesIn(overview, lower95.values),
        ns.map((n) => binomialLimit(n, pooled, 0.025))
      );
      expectClose(
        valuesIn(overview, upper998.values),
        ns.map((n) => binomialLimit(n, pooled, 0.999))
      );
      // The positions in the table, by the 95 % limits.
      const col = header(
        `Mot gemensam andel (95 %): ${ms[0].rows.find((r) => r.key === key)!.label.replace(" (andel)", "")}`
      ).col;
      const positions = ms.map(
        (m) =>
          overview.cells.find((c) => c.row === tableRow(overview, m.unit!) && c.col === col)!.value
      );
      expect(positions).toEqual(totals.map((t) => funnelPosition(t.value, t.n, pooled, 0.95)));
    }
  );

  test("EXITRATE of the demo: 210 of 483 exits pooled, every unit inom", () => {
    const totals = ms.map((m) => m.rows.find((r) => r.key === "EXITRATE")!.total);
    expect([totals.reduce((s, t) => s + t.count!, 0), totals.reduce((s, t) => s + t.n, 0)]).toEqual(
      [210, 483]
    );
    const col = header("Mot gemensam andel (95 %): Avslut till arbete eller studier").col;
    expect(
      overview.cells
        .filter(
          (c) => c.col === col && c.row > header("Enhet").row && c.row <= header("Enhet").row + 4
        )
        .map((c) => c.value)
    ).toEqual(["inom", "inom", "inom", "inom"]);
  });

  test("the footnotes say which limits the column uses and that tertials can be differenced", () => {
    const texts = overview.cells
      .map((c) => c.value)
      .filter((v): v is string => typeof v === "string");
    expect(
      texts.some((t) => t.startsWith("Mot gemensam andel: inom, över eller under 95 %-gränserna"))
    ).toBe(true);
    expect(texts.some((t) => t.startsWith("Tertialerna är kumulativa"))).toBe(true);
  });
});

describe("a unit whose rate is hidden", () => {
  const ms = models();
  const hidden = ms[1];
  const row = hidden.rows.find((r) => r.key === "EXITRATE")!;
  row.total = { ...row.total, suppressed: true };
  const overview = overviewSheet(ms, "Översikt 2025T2", "2026-11-27");
  const chart = overview.charts[0];

  test("is not plotted, has no row in the funnel's table, and its position says ..", () => {
    const points = chart.series[0];
    expect(valuesIn(overview, points.x!)).toHaveLength(ms.length - 1);
    const tableUnits = valuesIn(overview, { ...points.x!, left: 1, right: 1 });
    expect(tableUnits).toEqual(ms.filter((m) => m !== hidden).map((m) => m.unit));
    const unitRow = tableRow(overview, hidden.unit!);
    const col = overview.cells.find(
      (c) => c.value === `Mot gemensam andel (95 %): ${row.label.replace(" (andel)", "")}`
    )!.col;
    expect(overview.cells.find((c) => c.row === unitRow && c.col === col)!.value).toBe("..");
  });

  test("is left out of the pooled rate, which the shown units' rates and sizes give anyway", () => {
    const shown = ms
      .filter((m) => m !== hidden)
      .map((m) => m.rows.find((r) => r.key === "EXITRATE")!.total);
    const pooled = shown.reduce((s, t) => s + t.count!, 0) / shown.reduce((s, t) => s + t.n, 0);
    expectClose(
      valuesIn(overview, chart.series[1].values),
      valuesIn(overview, chart.series[1].values).map(() => pooled)
    );
  });

  test("does not change the other indicator's funnel", () => {
    expect(valuesIn(overview, overview.charts[1].series[0].x!)).toHaveLength(ms.length);
  });
});

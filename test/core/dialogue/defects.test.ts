/**
 * Regression tests for the defects of issue #10, each on a copy of the demo data changed in the one
 * way the defect needs.
 */
import { parseDate, serialOf } from "../../../src/core/cells";
import { build, buildModel } from "../../../src/core/dialogue/build";
import type { DialogueModel } from "../../../src/core/dialogue/model";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import { defaultSettings } from "../../../src/core/settings";
import type { SheetTable } from "../../../src/core/registry/types";
import { demoTables, TODAY } from "./demoTables";

const UNIT = "Jobbtorg City";

function copyTables(): SheetTable[] {
  return demoTables().map((t) => ({
    ...t,
    headers: [...t.headers],
    rows: t.rows.map((r) => [...r]),
  }));
}

describe("defect 1: a row with a blank Avslutsorsak is not an exit for any indicator", () => {
  function blankFiveReasons(): SheetTable[] {
    const tables = copyTables();
    const avslut = tables.find((t) => t.name === "Avslut")!;
    const [unit, end, reason] = ["Enhet", "Avslutsdatum", "Avslutsorsak"].map((h) =>
      avslut.headers.indexOf(h)
    );
    const from = serialOf(2025, 1, 1);
    const to = serialOf(2025, 4, 30); // measurable six months on, so SELFSUFF6M would count them
    const rows = avslut.rows.filter(
      (r) => r[unit] === UNIT && (parseDate(r[end]) ?? 0) >= from && (parseDate(r[end]) ?? 0) <= to
    );
    for (const r of rows.slice(0, 5)) r[reason] = "";
    return tables;
  }
  const model = (tables: SheetTable[]) =>
    buildModel(
      findSources(tables),
      "jobbtorg",
      UNIT,
      parsePeriod("2025")!,
      defaultSettings(),
      TODAY
    );
  const n = (m: DialogueModel, key: string) => m.rows.find((r) => r.key === key)!.total.n;

  test("blanking 5 reasons lowers exits and the bases of SELFSUFF6M and ENROLLDAYS by 5 each", () => {
    const before = model(demoTables());
    const after = model(blankFiveReasons());
    expect(n(before, "EXITS") - n(after, "EXITS")).toBe(5);
    expect(n(before, "SELFSUFF6M") - n(after, "SELFSUFF6M")).toBe(5);
    expect(n(before, "ENROLLDAYS") - n(after, "ENROLLDAYS")).toBe(5);
  });

  test("the formulas of Så beräknades det leave the blank reasons out as well", () => {
    const [sheet] = build(blankFiveReasons(), {
      template: "jobbtorg",
      unit: UNIT,
      period: "2025",
      today: TODAY,
    });
    const formulas = sheet.cells
      .map((c) => c.value)
      .filter(
        (v): v is string => typeof v === "string" && /^=AMF\.(SELFSUFF6M|ENROLLDAYS)\(/.test(v)
      );
    expect(formulas).toHaveLength(9); // SELFSUFF6M K/M/T, ENROLLDAYS mean and median K/M/T
    for (const f of formulas) expect(f).toContain('Avslut[Avslutsorsak]<>""');
  });
});

describe("defect 3: staff-cost periods in every spelling the validation accepts", () => {
  const LABEL = "Effektivitetsindex (100 = alla enheter)";
  function withCostPeriods(rewrite: (period: unknown) => unknown): SheetTable[] {
    const tables = copyTables();
    const costs = tables.find((t) => t.name === "Personalkostnad")!;
    const p = costs.headers.indexOf("Period");
    for (const r of costs.rows) r[p] = rewrite(r[p]) as (typeof r)[number];
    return tables;
  }
  const effindex = (tables: SheetTable[], period: string) => {
    const m = buildModel(
      findSources(tables),
      "jobbtorg",
      UNIT,
      parsePeriod(period)!,
      defaultSettings(),
      TODAY
    );
    return m.rows.find((r) => r.key === "EFFINDEX");
  };

  test("2025-T2 and 2025 T2 give the same EFFINDEX as 2025T2", () => {
    const plain = effindex(
      withCostPeriods((p) => (p === "2025" ? "2025T2" : p)),
      "2025T2"
    )!;
    expect(Number.isFinite(plain.total.value)).toBe(true);
    for (const spelling of ["2025-T2", "2025 T2", "2025 t2"]) {
      const row = effindex(
        withCostPeriods((p) => (p === "2025" ? spelling : p)),
        "2025T2"
      )!;
      expect(row.total.value).toBeCloseTo(plain.total.value, 12);
      expect(row.note).toBeUndefined();
    }
  });

  test("no staff cost covering the period: the row stays with .. and a footnote", () => {
    const tables = withCostPeriods((p) => (p === "2025" ? "2023" : p));
    const row = effindex(tables, "2025")!;
    expect(Number.isNaN(row.total.value)).toBe(true);
    expect(row.note).toMatch(
      /ingen personalkostnad för enheten täcker perioden \(Period 2025 eller 2025T3/
    );
    const [sheet] = build(tables, {
      template: "jobbtorg",
      unit: UNIT,
      period: "2025",
      today: TODAY,
    });
    const r = sheet.cells.find((c) => c.col === 1 && c.value === LABEL)!.row;
    expect(sheet.cells.find((c) => c.row === r && c.col === 4)!.value).toBe("..");
    expect(
      sheet.cells.some(
        (c) =>
          typeof c.value === "string" &&
          c.value.startsWith(`${LABEL}: kunde inte beräknas – ingen personalkostnad`)
      )
    ).toBe(true);
  });
});

/** The unit's 2025 exits cut to `women` women (of whom `womenPositive` to work or studies) and `men` men. */
function smallUnit(women: number, womenPositive: number, men: number): SheetTable[] {
  const tables = copyTables();
  const avslut = tables.find((t) => t.name === "Avslut")!;
  const [g, unit, end, reason] = ["Kön", "Enhet", "Avslutsdatum", "Avslutsorsak"].map((h) =>
    avslut.headers.indexOf(h)
  );
  const positive = new Set(defaultSettings().positiveExitReasons);
  const in2025 = avslut.rows.filter(
    (r) =>
      r[unit] === UNIT &&
      (parseDate(r[end]) ?? 0) >= serialOf(2025, 1, 1) &&
      (parseDate(r[end]) ?? 0) <= serialOf(2025, 12, 31)
  );
  const pickRows = (gender: string, pos: boolean, k: number) =>
    in2025.filter((r) => r[g] === gender && positive.has(String(r[reason])) === pos).slice(0, k);
  const kept = [
    ...pickRows("K", true, womenPositive),
    ...pickRows("K", false, women - womenPositive),
    ...pickRows("M", true, Math.ceil(men / 2)),
    ...pickRows("M", false, Math.floor(men / 2)),
  ];
  expect(kept).toHaveLength(women + men);
  avslut.rows = [...avslut.rows.filter((r) => r[unit] !== UNIT), ...kept];
  return tables;
}

describe("defect 4: no assessment on a row whose values are hidden", () => {
  test("2 of 12 women: values, group sizes and the assessment all show –", () => {
    const [sheet] = build(smallUnit(12, 2, 20), {
      template: "jobbtorg",
      unit: UNIT,
      period: "2025",
      today: TODAY,
    });
    const rows = sheet.cells
      .filter((c) => c.col === 1 && c.value === "Avslut till arbete eller studier (andel)")
      .map((c) => c.row);
    const analysis = rows[1];
    const heads = sheet.cells.filter((c) => c.row === analysis - 1).map((c) => [c.col, c.value]);
    const col = (name: string) => heads.find(([, v]) => v === name)![0] as number;
    const value = (name: string) =>
      sheet.cells.find((c) => c.row === analysis && c.col === col(name))!.value;
    expect(value("Kvinnor")).toBe("–");
    expect(value("Antal kvinnor")).toBe("–");
    expect(value("Bedömning av skillnaden")).toBe("–");
  });
});

describe("defect 5: headers say what the column holds", () => {
  const [sheet] = build(demoTables(), {
    template: "jobbtorg",
    unit: UNIT,
    period: "2025",
    today: TODAY,
  });
  const texts = sheet.cells
    .filter((c) => c.style?.fill && typeof c.value === "string")
    .map((c) => c.value as string);
  test("the change column does not claim percentage points for days and counts", () => {
    expect(texts).not.toContain("Förändring (procentenheter)");
    expect(texts).toContain("Förändring (p.e. för andelar)");
  });
  test("goal fulfilment and the gender assessment have different names", () => {
    expect(texts).not.toContain("Bedömning");
    expect(texts).toContain("Måluppfyllelse");
    expect(texts).toContain("Bedömning av skillnaden");
  });
});

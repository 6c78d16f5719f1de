/**
 * Issue #13, suppression within and across target groups: an attacker collects every shown share and
 * group size of a unit's sheet (the indicator rows and the section "Målgrupper"), applies women + men =
 * total and Utrikes + Inrikes födda = every exit (each exit's background is known here), and tries to
 * determine a hidden count — as the attacker of disclosure.test.ts does for the vux sheets.
 */
import { serialOf } from "../../../src/core/cells";
import { build, buildModel } from "../../../src/core/dialogue/build";
import { dialogueSheet } from "../../../src/core/dialogue/dialogueSheet";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import type { SheetTable } from "../../../src/core/registry/types";
import { defaultSettings } from "../../../src/core/settings";
import { rank } from "../../helpers/rank";
import { mulberry32, syntheticPnr } from "../../helpers/synthetic";
import { demoTables, TODAY as DEMO_TODAY } from "./demoTables";

const TODAY = serialOf(2026, 11, 27);

/**
 * Unit A: women born abroad 12 (6 to work), born in Sweden 4 (2 to work: hidden by the primary rule);
 * men born abroad 10 (5), born in Sweden 12 (6). Every background is known.
 */
function workbook(): SheetTable[] {
  const rng = mulberry32(77);
  const rows: unknown[][] = [];
  const add = (gender: "K" | "M", background: string, n: number, positive: number) => {
    for (let i = 0; i < n; i++) {
      rows.push([
        syntheticPnr(rng, { year: 1980, gender }).long,
        gender,
        "A",
        "2025-01-02",
        "2025-05-20",
        i < positive ? "Arbete" : "Avbrott",
        background,
      ]);
    }
  };
  add("K", "Utrikes född", 12, 6);
  add("K", "Inrikes född", 4, 2);
  add("M", "Utrikes född", 10, 5);
  add("M", "Sverige", 12, 6);
  const headers = [
    "Personnummer",
    "Kön",
    "Enhet",
    "Inskrivningsdatum",
    "Avslutsdatum",
    "Avslutsorsak",
    "Bakgrund",
  ];
  return [
    { name: "Avslut", headerRow: 1, firstColumn: 1, headers, rows: rows as SheetTable["rows"] },
  ];
}

type G = "K" | "M" | "T";
interface Shown {
  rate: number | null;
  n: number | null;
  hidden: boolean;
}

/** The shown shares and sizes of EXITRATE (sections 1 and 2) and of each target group's EXITRATE row. */
function read(sheet: SheetDescription): Map<string, Record<G, Shown>> {
  const at = (r: number, c: number) =>
    sheet.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const cellOf = (r: number, rateCol: number, nCol: number): Shown => ({
    rate: num(at(r, rateCol)),
    n: num(at(r, nCol)),
    hidden: at(r, rateCol) === "–",
  });
  const out = new Map<string, Record<G, Shown>>();
  const [result, analysis] = sheet.cells
    .filter((c) => c.col === 1 && c.value === "Avslut till arbete eller studier (andel)")
    .map((c) => c.row);
  const k = cellOf(analysis, 2, 6);
  const m = cellOf(analysis, 4, 7);
  out.set("Alla", {
    K: k,
    M: m,
    T: {
      rate: num(at(result, 4)),
      n: k.n !== null && m.n !== null ? k.n + m.n : null,
      hidden: at(result, 4) === "–",
    },
  });
  const head = sheet.cells.find((c) => c.col === 1 && c.value === "Målgrupp och indikator")!.row;
  let group = "";
  for (let r = head + 1; typeof at(r, 1) === "string"; r++) {
    const label = at(r, 1) as string;
    if (label.includes(":") || label.endsWith(".")) break;
    if (at(r, 2) === null) group = label;
    else if (label.trim() === "Avslut till arbete eller studier (andel)")
      out.set(group, { K: cellOf(r, 2, 4), M: cellOf(r, 5, 7), T: cellOf(r, 8, 10) });
  }
  return out;
}

/** The hidden counts the shown numbers determine (a unit vector in the row space of the equations). */
function determined(sheet: SheetDescription): string[] {
  const rows = read(sheet);
  const index = new Map<string, number>();
  const v = (label: string, g: G, w: "c" | "n") => {
    const key = `${label}|${g}|${w}`;
    if (!index.has(key)) index.set(key, index.size);
    return index.get(key)!;
  };
  for (const l of rows.keys())
    for (const g of ["K", "M", "T"] as G[]) for (const w of ["c", "n"] as const) v(l, g, w);
  const eqs: number[][] = [];
  const eq = (terms: Array<[number, number]>) => {
    const row = new Array(index.size).fill(0);
    for (const [i, coef] of terms) row[i] += coef;
    eqs.push(row);
  };
  for (const [l, cells] of rows) {
    for (const g of ["K", "M", "T"] as G[]) {
      const s = cells[g];
      if (s.n !== null || (g === "T" && s.rate !== null)) {
        eq([[v(l, g, "n"), 1]]);
        if (s.rate !== null || s.n === 0) eq([[v(l, g, "c"), 1]]);
      } else if (s.rate !== null)
        eq([
          [v(l, g, "c"), 1],
          [v(l, g, "n"), -s.rate],
        ]);
    }
    for (const w of ["c", "n"] as const)
      eq([
        [v(l, "K", w), 1],
        [v(l, "M", w), 1],
        [v(l, "T", w), -1],
      ]);
  }
  for (const g of ["K", "M", "T"] as G[]) {
    for (const w of ["c", "n"] as const)
      eq([
        [v("Utrikes födda", g, w), 1],
        [v("Inrikes födda", g, w), 1],
        [v("Alla", g, w), -1],
      ]);
  }
  const r0 = rank(eqs);
  const found: string[] = [];
  for (const [l, cells] of rows) {
    for (const g of ["K", "M", "T"] as G[]) {
      if (!cells[g].hidden) continue;
      const unit = new Array(index.size).fill(0);
      unit[v(l, g, "c")] = 1;
      if (rank([...eqs, unit]) === r0) found.push(`${l} ${g}`);
    }
  }
  return found;
}

describe("suppression across target groups", () => {
  const period = parsePeriod("2025")!;

  test("the primary rule hides the women born in Sweden (2 of 4 to work), and the men with them", () => {
    const model = buildModel(
      findSources(workbook()),
      "jobbtorg",
      "A",
      period,
      defaultSettings(),
      TODAY
    );
    const inrikes = model.targetGroups!.rows.find((r) => r.key === "EXITRATE_INRIKES")!;
    expect([inrikes.women!.suppressed, inrikes.men!.suppressed, inrikes.total.suppressed]).toEqual([
      true,
      true,
      false,
    ]);
    expect(model.targetGroups!.partitions.map((p) => [p.total.key, p.groups])).toEqual([
      ["EXITRATE", ["women", "men", "total"]],
    ]);
  });

  test("without complementary suppression the attacker recovers them as all exits minus the foreign-born", () => {
    const model = buildModel(
      findSources(workbook()),
      "jobbtorg",
      "A",
      period,
      defaultSettings(),
      TODAY
    );
    expect(determined(dialogueSheet(model, "RD A 2025"))).toEqual([
      "Inrikes födda K",
      "Inrikes födda M",
    ]);
  });

  test("with it (as a report is built) no hidden count is determined, and the foreign-born's genders are hidden too", () => {
    const [sheet] = build(workbook(), {
      template: "jobbtorg",
      unit: "A",
      period: "2025",
      today: TODAY,
    });
    expect(determined(sheet)).toEqual([]);
    const groups = read(sheet);
    expect(groups.get("Utrikes födda")!.K.hidden).toBe(true);
    expect(groups.get("Utrikes födda")!.M.hidden).toBe(true);
    // The indicator row itself and the groups' totals stay shown.
    expect(groups.get("Alla")!.K.rate).toBeCloseTo(8 / 16, 12);
    expect(groups.get("Utrikes födda")!.T.n).toBe(22);
    expect(groups.get("Inrikes födda")!.T.n).toBe(16);
    // Hidden genders hide the assessment too.
    const assessments = sheet.cells.filter((c) => c.col === 12 && c.value === "–");
    expect(assessments.length).toBeGreaterThanOrEqual(2);
  });

  test("with backgrounds missing for both genders the sums are not exact: no partition, nothing hidden beyond the primary rule", () => {
    const tables = workbook();
    const avslut = tables[0];
    // One woman's and one man's background blank (rows 0 and 16, both born abroad): no gender's sum is exact.
    // (With only the woman's blank, the men's sum still is, and hides the foreign-born men and women.)
    const rows = avslut.rows.map((r, i) =>
      i === 0 || i === 16 ? r.map((v, c) => (c === 6 ? null : v)) : r
    );
    const model = buildModel(
      findSources([{ ...avslut, rows }]),
      "jobbtorg",
      "A",
      period,
      defaultSettings(),
      TODAY
    );
    expect(model.targetGroups!.partitions).toEqual([]);
    const [sheet] = build([{ ...avslut, rows }], {
      template: "jobbtorg",
      unit: "A",
      period: "2025",
      today: TODAY,
    });
    const groups = read(sheet);
    expect(groups.get("Utrikes födda")!.K.hidden).toBe(false);
    expect(groups.get("Inrikes födda")!.K.hidden).toBe(true);
  });

  test("the demo's unit sheets: no hidden count of the groups or of EXITRATE is determined", () => {
    const sheets = build(demoTables(), {
      template: "jobbtorg",
      all: true,
      period: "2025T2",
      today: DEMO_TODAY,
    }).filter((x) => x.meta.template === "jobbtorg");
    expect(sheets.length).toBe(4);
    expect(sheets.flatMap((x) => x.cells).filter((c) => c.value === "–").length).toBeGreaterThan(0);
    for (const sheet of sheets)
      expect({ sheet: sheet.name, determined: determined(sheet) }).toEqual({
        sheet: sheet.name,
        determined: [],
      });
  });
});

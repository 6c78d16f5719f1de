/**
 * Disclosure control (issue #10): group disclosure, and an attacker who collects every shown number of
 * a generated workbook, applies its sum relations and tries to determine a hidden count.
 */
import { build, buildModel } from "../../../src/core/dialogue/build";
import { dialogueSheet } from "../../../src/core/dialogue/dialogueSheet";
import { protectWorkbook } from "../../../src/core/dialogue/disclosure";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import { belowThreshold } from "../../../src/core/dialogue/statistics";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import { defaultSettings } from "../../../src/core/settings";
import { rank } from "../../helpers/rank";
import { demoTables, TODAY } from "./demoTables";

describe("group disclosure", () => {
  test("everyone or no one in a group under the minimum size is hidden", () => {
    expect(belowThreshold({ value: 0, n: 5, count: 0 }, 3, 10)).toBe(true);
    expect(belowThreshold({ value: 1, n: 9, count: 9 }, 3, 10)).toBe(true);
    expect(belowThreshold({ value: 0, n: 10, count: 0 }, 3, 10)).toBe(false);
    expect(belowThreshold({ value: 4 / 7, n: 7, count: 4 }, 3, 10)).toBe(false);
    // Without a minimum size (the old two-argument call) only the primary rule applies.
    expect(belowThreshold({ value: 0, n: 5, count: 0 }, 3)).toBe(false);
    // Days and counts have no "everyone": no group disclosure.
    expect(belowThreshold({ value: 5, n: 5 }, 3, 10)).toBe(false);
  });
});

// ---- the attacker ----------------------------------------------------------------------------------

type Groups = "K" | "M" | "T";
interface Shown {
  /** Shown share, or null when hidden/missing. */
  rate: number | null;
  /** Shown group size, or null. */
  n: number | null;
  hidden: boolean;
}

/** Reads the rate rows of a vux dialogue sheet as a reader sees them: shares and group sizes. */
function readVuxSheet(sheet: SheetDescription): Map<string, Record<Groups, Shown>> {
  const at = (r: number, c: number) =>
    sheet.cells.find((x) => x.row === r && x.col === c)?.value ?? null;
  const num = (v: unknown) => (typeof v === "number" ? v : null);
  const rows = new Map<string, Record<Groups, Shown>>();
  const labelRows = new Map<string, number[]>();
  for (const c of sheet.cells)
    if (c.col === 1 && typeof c.value === "string" && c.value.includes("(andel"))
      labelRows.set(c.value, [...(labelRows.get(c.value) ?? []), c.row]);
  for (const [label, [result, analysis]] of labelRows) {
    if (analysis === undefined) continue;
    const k: Shown = {
      rate: num(at(analysis, 2)),
      n: num(at(analysis, 6)),
      hidden: at(analysis, 2) === "–",
    };
    const m: Shown = {
      rate: num(at(analysis, 4)),
      n: num(at(analysis, 7)),
      hidden: at(analysis, 4) === "–",
    };
    const t: Shown = {
      rate: num(at(result, 4)),
      n: k.n !== null && m.n !== null ? k.n + m.n : null,
      hidden: at(result, 4) === "–",
    };
    rows.set(label, { K: k, M: m, T: t });
  }
  return rows;
}

/**
 * The hidden counts of one vux sheet that its shown numbers determine. Unknowns are every group's count
 * and size; equations: shown values (count = share × n, n), women + men = total, all training types =
 * the sum of the types, completed + dropped out = ended courses. A hidden count is determined when its
 * unit vector lies in the row space of the equations (the rank does not grow by adding it).
 */
function determinedHiddenCounts(sheet: SheetDescription): string[] {
  const rows = readVuxSheet(sheet);
  const labels = [...rows.keys()];
  const index = new Map<string, number>();
  const v = (label: string, g: Groups, what: "c" | "n") => {
    const key = `${label}|${g}|${what}`;
    if (!index.has(key)) index.set(key, index.size);
    return index.get(key)!;
  };
  for (const l of labels)
    for (const g of ["K", "M", "T"] as Groups[]) for (const w of ["c", "n"] as const) v(l, g, w);
  const size = index.size;
  const eqs: number[][] = [];
  const eq = (terms: Array<[number, number]>) => {
    const row = new Array(size).fill(0);
    for (const [i, coef] of terms) row[i] += coef;
    eqs.push(row);
  };
  // Known values: a shown share with a shown size gives the count and the size (constants are dropped:
  // for determinacy only the coefficients matter); a shown share alone ties count to size.
  for (const l of labels) {
    for (const g of ["K", "M", "T"] as Groups[]) {
      const s = rows.get(l)![g];
      // A shown total's size is taken as known even when no cell states it: its Wilson interval, printed
      // beside it, narrows n down (the attacker is given the benefit of the doubt).
      if (s.n !== null || (g === "T" && s.rate !== null)) {
        eq([[v(l, g, "n"), 1]]);
        if (s.rate !== null) eq([[v(l, g, "c"), 1]]);
      } else if (s.rate !== null) {
        eq([
          [v(l, g, "c"), 1],
          [v(l, g, "n"), -s.rate],
        ]);
      }
    }
    for (const w of ["c", "n"] as const)
      eq([
        [v(l, "K", w), 1],
        [v(l, "M", w), 1],
        [v(l, "T", w), -1],
      ]);
  }
  const base = (l: string) => l.replace(/ – .*$/, "");
  for (const l of labels.filter((x) => x.endsWith("alla utbildningstyper"))) {
    const types = labels.filter((x) => x !== l && base(x) === base(l));
    for (const g of ["K", "M", "T"] as Groups[])
      for (const w of ["c", "n"] as const)
        eq([[v(l, g, w), -1], ...types.map((t): [number, number] => [v(t, g, w), 1])]);
  }
  for (const l of labels.filter((x) => x.startsWith("Slutfört"))) {
    const d = labels.find((x) => x === l.replace("Slutfört utbildningen", "Avbrutit utbildningen"));
    if (!d) continue;
    for (const g of ["K", "M", "T"] as Groups[]) {
      eq([
        [v(l, g, "n"), 1],
        [v(d, g, "n"), -1],
      ]);
      eq([
        [v(l, g, "c"), 1],
        [v(d, g, "c"), 1],
        [v(l, g, "n"), -1],
      ]);
    }
  }
  const r0 = rank(eqs);
  const found: string[] = [];
  for (const l of labels) {
    for (const g of ["K", "M", "T"] as Groups[]) {
      if (!rows.get(l)![g].hidden) continue;
      const unit = new Array(size).fill(0);
      unit[v(l, g, "c")] = 1;
      if (rank([...eqs, unit]) === r0) found.push(`${l} ${g}`);
    }
  }
  return found;
}

describe("the attacker on the vux workbook of every school", () => {
  const options = { template: "vux" as const, all: true, period: "2025T2", today: TODAY };
  const sheets = build(demoTables(), options).filter((s) => s.meta.template === "vux");

  test("the workbook has hidden cells to attack", () => {
    const hidden = sheets.flatMap((s) => s.cells.filter((c) => c.value === "–"));
    expect(hidden.length).toBeGreaterThan(0);
  });

  test("no hidden count is determined by the shown numbers", () => {
    for (const sheet of sheets)
      expect({ sheet: sheet.name, determined: determinedHiddenCounts(sheet) }).toEqual({
        sheet: sheet.name,
        determined: [],
      });
  });

  test("without complementary suppression the same attacker does find hidden counts", () => {
    // The check has teeth: the primary rules alone leave hidden counts derivable on the demo.
    const sources = findSources(demoTables());
    const period = parsePeriod("2025T2")!;
    const schools = sheets.map((s) => s.meta.unit!);
    const bare = schools.map((u) =>
      dialogueSheet(buildModel(sources, "vux", u, period, defaultSettings(), TODAY), u)
    );
    expect(bare.flatMap(determinedHiddenCounts).length).toBeGreaterThan(0);
  });
});

describe("complementary suppression across Jobbtorg units", () => {
  test("one unit's hidden exit total is not left alone against the sum behind EFFINDEX", () => {
    const sources = findSources(demoTables());
    const period = parsePeriod("2025")!;
    const units = ["Jobbtorg City", "Jobbtorg Järva", "Jobbtorg Söderort", "Jobbtorg Västerort"];
    const models = units.map((u) =>
      buildModel(sources, "jobbtorg", u, period, defaultSettings(), TODAY)
    );
    const exits = (i: number) => models[i].rows.find((r) => r.key === "EXITRATE")!;
    // As if City's total had been hidden by the primary rule.
    exits(0).total = { ...exits(0).total, suppressed: true };
    protectWorkbook(models);
    const hidden = models.map((_, i) => exits(i).total.suppressed === true);
    expect(hidden.filter(Boolean).length).toBe(2);
    // The second one is the smallest of the others, and its index goes with it.
    const others = [1, 2, 3].sort((a, b) => exits(a).total.n - exits(b).total.n);
    expect(hidden[others[0]]).toBe(true);
    expect(models[others[0]].rows.find((r) => r.key === "EFFINDEX")!.total.suppressed).toBe(true);
    expect(models[0].rows.find((r) => r.key === "EFFINDEX")!.total.suppressed).toBe(true);
  });
});

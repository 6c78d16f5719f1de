/**
 * The sfi dropout sheet (issue #15): the group tables on a crafted register (counts, Wilson intervals
 * and exact tests against scipy/R), the cumulative incidence, "Vad sedan", suppression within a sheet
 * and across the schools' sheets, and the demo reproducing the council's pattern.
 */
import { build } from "../../../src/core/dialogue/build";
import { protectSfi, sfiModel, SfiModel } from "../../../src/core/dialogue/sfiModel";
import { findSources } from "../../../src/core/dialogue/sources";
import { defaultSettings } from "../../../src/core/settings";
import { demoTables, TODAY } from "./demoTables";
import { Course, crafted, PERIOD, table } from "./sfiData";

const modelOf = (courses: Course[], unit: string | null = null): SfiModel =>
  sfiModel(findSources([table(courses)]), unit, PERIOD, defaultSettings(), TODAY);
const group = (m: SfiModel, key: string) =>
  m.breakdowns.flatMap((b) => [...b.groups, b.unknown]).find((g) => g.key === key)!;

describe("Vilka: the dropout share of ended courses by group", () => {
  const m = modelOf(crafted());

  test("all ended courses of the period: 14 of 40", () => {
    expect(m.ended.total).toMatchObject({ n: 40, count: 14, value: 0.35, suppressed: false });
  });

  test.each([
    // key, n, dropouts, Fisher p against the rest (R: fisher.test(matrix(c(d, n − d, rest d, rest n − d), 2))$p.value)
    ["gender.Kvinnor", 20, 4, 0.095846], // fisher.test(matrix(c(4,16,10,10),2))
    ["gender.Män", 20, 10, 0.095846], // fisher.test(matrix(c(10,10,4,16),2))
    ["country.EU/EES", 10, 6, 0.122576], // fisher.test(matrix(c(6,4,8,22),2))
    ["country.Övriga", 30, 8, 0.122576], // fisher.test(matrix(c(8,22,6,4),2))
    ["age.–24", 10, 4, 0.717529], // fisher.test(matrix(c(4,6,10,20),2))
    ["age.25–39", 20, 7, 1], // fisher.test(matrix(c(7,13,7,13),2))
    ["age.40–", 10, 3, 1], // fisher.test(matrix(c(3,7,11,19),2))
  ])("%s: %i ended, %i dropped out, p = %f", (key, n, d, p) => {
    const g = group(m, key);
    expect(g.total).toMatchObject({ n, count: d, value: d / n, suppressed: false });
    expect(g.p).toBeCloseTo(p, 6);
  });

  test("no EU/EES student is from Sweden here: the Sverige row is left out; nothing is unknown", () => {
    expect(m.breakdowns[2].groups.map((g) => g.label)).toEqual(["EU/EES", "Övriga"]);
    expect(m.breakdowns.map((b) => b.unknown.total.n)).toEqual([0, 0, 0]);
  });

  test("the sheet shows the Wilson interval and the assessment", () => {
    const [sheet] = build([table(crafted())], { template: "sfi", period: "2025", today: TODAY });
    const rowOf = (label: string) => sheet.cells.find((c) => c.col === 1 && c.value === label)!.row;
    const at = (r: number, c: number) => sheet.cells.find((x) => x.row === r && x.col === c)?.value;
    const eu = rowOf("  EU/EES");
    // scipy: binomtest(6, 10).proportion_ci(method="wilson") = (0.3127, 0.8318)
    expect([at(eu, 2), at(eu, 3), at(eu, 4), at(eu, 5)]).toEqual([10, 6, 0.6, "31,3–83,2\u00a0%"]);
    expect(at(eu, 6)).toBeCloseTo(0.122576, 6);
    // Ten or more in each group, p ≥ 0.05: no established difference.
    expect(at(eu, 7)).toBe("Ingen säkerställd skillnad");
  });
});

describe("När and Vad sedan", () => {
  const m = modelOf(crafted());

  test("the cohort of courses started in 2025 (42), two still running censored at today", () => {
    expect(m.cohort).toEqual({ women: 21, men: 21, total: 42 });
    // Every dropout is on day 90, before any completion or censoring: CIF = dropouts / started.
    // R: survfit(Surv(time, factor(status, 0:2), type = "mstate") ~ 1) on 14 × (90, 1), 26 × (151, 2), 2 × (640, 0)
    expect(m.incidence.total.map((c) => c.total.value)).toEqual(
      [14 / 42, 14 / 42, 14 / 42].map((v) => expect.closeTo(v, 12))
    );
    expect(m.incidence.women[0].total.value).toBeCloseTo(4 / 21, 12);
    expect(m.incidence.men[0].total.value).toBeCloseTo(10 / 21, 12);
    expect(m.median.total).toMatchObject({ value: 90, n: 14, suppressed: false });
  });

  test("1 − KM with completions censored agrees here: no completion comes before a dropout", () => {
    // The two differ only when completions leave the risk set before dropouts (dropoutRisk.test.ts, the demo below).
    expect(m.naive365).toBeCloseTo(14 / 42, 12);
  });

  test("occupation after among the known, the unknown beside it", () => {
    const [dropouts, completers] = m.after;
    expect(completers.shares.map((s) => s.total.value)).toEqual(
      [10 / 23, 8 / 23, 5 / 23].map((v) => expect.closeTo(v, 12))
    );
    expect(completers.unknown.total).toMatchObject({ n: 26, count: 3 });
    expect(dropouts.unknown.total).toMatchObject({ n: 14, count: 3 });
    // Studier after dropout is 2: hidden, and so is one more cell of the row (else 11 − 5 − 4 gives it).
    expect(dropouts.shares[1].total.suppressed).toBe(true);
    protectSfi([m]);
    expect(
      dropouts.shares.filter((s) => s.total.suppressed).length +
        (dropouts.unknown.total.suppressed ? 1 : 0)
    ).toBe(2);
  });
});

describe("suppression", () => {
  test("a single course from Sweden is hidden, and another country group with it", () => {
    const courses = crafted();
    courses.push({ gender: "K", born: 1990, status: "Slutförd", country: "Sverige" });
    const m = modelOf(courses);
    protectSfi([m]);
    const country = m.breakdowns[2];
    expect(country.groups.map((g) => [g.label, g.total.suppressed])).toEqual([
      ["EU/EES", true],
      ["Övriga", false],
      ["Sverige", true],
    ]);
    const [sheet] = build([table(courses)], { template: "sfi", period: "2025", today: TODAY });
    const r = sheet.cells.find((c) => c.col === 1 && c.value === "  Sverige")!.row;
    expect(
      sheet.cells.filter((c) => c.row === r && c.col >= 2 && c.col <= 6).map((c) => c.value)
    ).toEqual(["–", "–", "–", "–", "–"]);
  });

  test("across schools: a school's hidden group is not the all-schools figure minus the others", () => {
    const courses = crafted().map((c, i) => ({ ...c, school: i < 21 ? "Skola A" : "Skola B" }));
    // Skola B gets one course from Sweden; the all-schools sheet then has one too.
    courses.push({
      gender: "M",
      born: 1990,
      status: "Slutförd",
      country: "Sverige",
      school: "Skola B",
    });
    const sheets = build([table(courses)], {
      template: "sfi",
      all: true,
      period: "2025",
      today: TODAY,
    });
    expect(sheets.map((s) => s.name)).toEqual([
      "Sfi alla 2025",
      "Sfi Skola A 2025",
      "Sfi Skola B 2025",
    ]);
    const value = (name: string, label: string) => {
      const sheet = sheets.find((s) => s.name === name)!;
      const r = sheet.cells.find((c) => c.col === 1 && c.value === label)?.row;
      return r === undefined
        ? undefined
        : sheet.cells.find((c) => c.row === r && c.col === 2)?.value;
    };
    expect(value("Sfi alla 2025", "  Sverige")).toBe("–");
    expect(value("Sfi Skola B 2025", "  Sverige")).toBe("–");
    expect(value("Sfi Skola A 2025", "  Sverige")).toBeUndefined();
  });
});

describe("the sheet on the demo data", () => {
  const sheets = build(demoTables(), { template: "sfi", all: true, period: "2025", today: TODAY });
  const whole = sheets[0];

  test("one sheet for all schools and one per school, each with the three parts, prompts and a line chart", () => {
    expect(sheets.map((s) => s.name)).toEqual([
      "Sfi alla 2025",
      "Sfi Exempelskolan Norr 2025",
      "Sfi Demo Språkcentrum 2025",
      "Sfi Exempelskolan Söder 2025",
    ]);
    for (const sheet of sheets) {
      const texts = sheet.cells.map((c) => c.value);
      expect(texts).toEqual(
        expect.arrayContaining([
          "1. Vilka avbryter?",
          "2. När avbryter de?",
          "3. Vad gör de sedan?",
          "5. Så beräknades det",
        ])
      );
      expect(sheet.cells.filter((c) => c.managerText).map((c) => c.managerText)).toEqual([
        "VILKA",
        "NAR",
        "SEDAN",
        "ATGARDER",
      ]);
      expect(sheet.charts).toHaveLength(1);
      expect(sheet.charts[0]).toMatchObject({ kind: "line", xAxis: { min: 0, max: 365 } });
      expect(sheet.charts[0].series.map((s) => s.name)).toEqual(["Kvinnor", "Män", "Totalt"]);
      expect(sheet.charts[0].series.every((s) => s.x !== undefined)).toBe(true);
      expect(sheet.meta.template).toBe("sfi");
    }
    expect(
      whole.cells.some(
        (c) => typeof c.value === "string" && c.value.startsWith("=AMF.DROPOUTRISK(")
      )
    ).toBe(true);
  });

  test("it reproduces the seed's pattern: more dropout among men, the young and EU/EES; about half neither work nor study", () => {
    const m = sfiModel(findSources(demoTables()), null, PERIOD, defaultSettings(), TODAY);
    const share = (key: string) => group(m, key).total.value;
    expect(share("gender.Män")).toBeGreaterThan(share("gender.Kvinnor"));
    expect(share("age.–24")).toBeGreaterThan(share("age.25–39"));
    expect(share("age.25–39")).toBeGreaterThan(share("age.40–"));
    expect(share("country.EU/EES")).toBeGreaterThan(share("country.Övriga") + 0.1);
    expect(group(m, "country.EU/EES").p).toBeLessThan(0.05);
    const neither = m.after[0].shares[2].total.value;
    expect(neither).toBeGreaterThan(0.4);
    expect(neither).toBeLessThan(0.6);
    // Most dropouts after about half a year.
    expect(m.median.total.value).toBeGreaterThan(120);
    expect(m.median.total.value).toBeLessThan(240);
    // The curve rises and the competing-risk estimate is below the naive one.
    const totals = m.curve.map((p) => p.total ?? 0);
    expect(totals.every((v, i) => i === 0 || v >= totals[i - 1])).toBe(true);
    expect(m.naive365).toBeGreaterThan(m.incidence.total[2].total.value);
  });

  test("no personnummer in any cell", () => {
    const people = new Set(
      demoTables()
        .find((t) => t.name === "Sfi")!
        .rows.map((r) => String(r[0]).replace(/\D/g, "").slice(-10))
    );
    for (const sheet of sheets) {
      const digits = sheet.cells
        .map((c) => String(c.value ?? ""))
        .join(" ")
        .replace(/\D+/g, " ")
        .split(" ")
        .filter((d) => d.length >= 10);
      expect(digits.filter((d) => people.has(d.slice(-10)))).toEqual([]);
    }
  });
});

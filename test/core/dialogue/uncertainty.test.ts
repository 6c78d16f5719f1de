/**
 * Issue #10, honest uncertainty on the sheets: Wilson intervals, the gap's interval, the power
 * sentence, goal fulfilment "(osäkert)", the median and like-for-like coverage of SELFSUFF6M.
 */
import { parseDate, parseMonth } from "../../../src/core/cells";
import { build, buildModel } from "../../../src/core/dialogue/build";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import { defaultSettings } from "../../../src/core/settings";
import { demoTables, TODAY } from "./demoTables";

const UNIT = "Jobbtorg City";

function grid(sheet: SheetDescription) {
  const at = (row: number, col: number) =>
    sheet.cells.find((c) => c.row === row && c.col === col)?.value;
  const rowsOf = (label: string) =>
    sheet.cells.filter((c) => c.col === 1 && c.value === label).map((c) => c.row);
  const texts = sheet.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
  return { at, rowsOf, texts };
}

describe("the Jobbtorg City 2025 sheet", () => {
  const [sheet] = build(demoTables(), {
    template: "jobbtorg",
    unit: UNIT,
    period: "2025",
    today: TODAY,
  });
  const { at, rowsOf, texts } = grid(sheet);
  const [result, analysis] = rowsOf("Avslut till arbete eller studier (andel)");

  test("women's and men's Wilson intervals beside their shares in the gender analysis", () => {
    // scipy: binomtest(15, 56).proportion_ci(method="wilson") = (0.16957, 0.39595);
    //        binomtest(48, 89).proportion_ci(method="wilson") = (0.43629, 0.63910)
    expect(at(analysis - 1, 3)).toBe("95 % KI kvinnor");
    expect(at(analysis, 3)).toBe("17,0–39,6\u00a0%");
    expect(at(analysis, 5)).toBe("43,6–63,9\u00a0%");
  });

  test("the gap's Newcombe interval in percentage points", () => {
    // d = 15/56 − 48/89 = −27.15 pp; Newcombe method 10 from the Wilson bounds above:
    // d − hypot(15/56 − 0.16957, 0.63910 − 48/89) = −41.152 pp, d + hypot(0.39595 − 15/56, 48/89 − 0.43629) = −10.708 pp
    // (Python with scipy's Wilson bounds)
    expect(at(analysis - 1, 9)).toBe("95 % KI skillnad");
    expect(at(analysis, 9)).toBe("−41,2 till −10,7\u00a0p.e.");
  });

  test("non-rates have no interval; the total's interval is in section 1", () => {
    const [days] = rowsOf("Genomsnittlig inskrivningstid (dagar)");
    expect(at(days, 5)).toBeNull();
    expect(at(result - 1, 5)).toBe("95 % KI");
  });

  test("the median enrolment time sits beside the mean", () => {
    const [mean] = rowsOf("Genomsnittlig inskrivningstid (dagar)");
    const [median] = rowsOf("Inskrivningstid, median (dagar)");
    expect(median).toBe(mean + 1);
    expect(typeof at(median, 4)).toBe("number");
    expect(at(median, 4)).not.toBe(at(mean, 4));
  });

  test("a power sentence for every rate judged 'Ingen säkerställd skillnad', and only those", () => {
    const model = buildModel(
      findSources(demoTables()),
      "jobbtorg",
      UNIT,
      parsePeriod("2025")!,
      defaultSettings(),
      TODAY
    );
    // The indicators' rows and the target groups' (whose labels start with the group's name).
    const rows = [...model.rows, ...(model.targetGroups?.rows ?? [])];
    const none = rows.filter(
      (r) => r.gap && r.gap.assessment === "Ingen säkerställd skillnad" && !r.women!.suppressed
    );
    const sentences = texts.filter((t) =>
      /kan först en skillnad på omkring \d+ procentenheter säkerställas/.test(t)
    );
    expect(sentences).toHaveLength(none.length);
    expect(none.length).toBeGreaterThan(1);
    for (const row of none) {
      const mdd = Math.round(row.gap!.mddPp);
      expect(sentences).toContain(
        `${row.label}: Med ${row.women!.n} kvinnor och ${row.men!.n} män kan först en skillnad på omkring ${mdd} procentenheter säkerställas; den uppmätta skillnaden (${(row.gap!.gapPp > 0 ? "+" : "") + row.gap!.gapPp.toFixed(1).replace(".", ",").replace("-", "−")}\u00a0procentenheter) kan vara verklig utan att kunna säkerställas.`
      );
    }
  });
});

describe("like for like: SELFSUFF6M with exits not yet measurable", () => {
  // Today 2026-11-27: the support register ends before the sixth month of the later 2026 exits.
  const tables = demoTables();
  const sources = findSources(tables);
  const period = parsePeriod("2026T2")!;
  const model = buildModel(sources, "jobbtorg", UNIT, period, defaultSettings(), TODAY);
  const row = model.rows.find((r) => r.key === "SELFSUFF6M")!;

  // An independent count from the tables: exits of the unit in Jan–Aug 2026 with a reason, and those
  // whose exit month is at most the support register's last month minus six.
  const avslut = tables.find((t) => t.name === "Avslut")!;
  const support = tables.find((t) => t.name === sources.registers.forsorjningsstod!.table.name)!;
  const [unit, end, reason] = ["Enhet", "Avslutsdatum", "Avslutsorsak"].map((h) =>
    avslut.headers.indexOf(h)
  );
  const monthCol = support.headers.indexOf("Månad");
  const lastSupport = Math.max(...support.rows.map((r) => parseMonth(r[monthCol]) ?? -Infinity));
  const exits = avslut.rows.filter((r) => {
    const d = parseDate(r[end]);
    return (
      r[unit] === UNIT &&
      String(r[reason] ?? "").trim() !== "" &&
      d !== null &&
      d >= period.from &&
      d <= period.periodEnd
    );
  });
  const month = (r: (typeof exits)[number]) => parseMonth(r[end])!;
  const measurable = exits.filter((r) => month(r) <= lastSupport - 6);

  test("the demo really has exits that cannot be measured yet", () => {
    expect(measurable.length).toBeGreaterThan(0);
    expect(measurable.length).toBeLessThan(exits.length);
  });

  test("the row says how many of the exits are measurable", () => {
    expect(row.total.n).toBe(measurable.length);
    expect(row.coverage).toMatch(
      new RegExp(`^${measurable.length} av ${exits.length} avslut mätbara`)
    );
    const [sheet] = build(tables, {
      template: "jobbtorg",
      unit: UNIT,
      period: "2026T2",
      today: TODAY,
    });
    expect(
      sheet.cells.some(
        (c) =>
          typeof c.value === "string" &&
          c.value.startsWith(
            `Obs! ${row.label}: ${measurable.length} av ${exits.length} avslut mätbara`
          )
      )
    ).toBe(true);
  });

  test("the comparison period is cut to the same exit months a year earlier", () => {
    const lastExitMonth = lastSupport - 6;
    const before = avslut.rows.filter((r) => {
      const m = parseMonth(r[end]);
      return (
        r[unit] === UNIT &&
        String(r[reason] ?? "").trim() !== "" &&
        m !== null &&
        m >= 2025 * 12 &&
        m <= lastExitMonth - 12
      );
    });
    expect(row.previous!.n).toBe(before.length);
  });
});

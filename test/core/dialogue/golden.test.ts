/**
 * Golden sheet descriptions of the built-in templates on the demo data. Regenerate deliberately with
 * UPDATE_GOLDENS=1 after a reviewed change (and look at a rendering), never to make a test pass.
 */
import { existsSync, readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { build, BuildOptions } from "../../../src/core/dialogue/build";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import { demoTables, TODAY } from "./demoTables";

const DIR = join(__dirname, "..", "..", "fixtures", "dialogue");

const CASES: Array<[string, Omit<BuildOptions, "today">]> = [
  ["jobbtorg-city-2025", { template: "jobbtorg", unit: "Jobbtorg City", period: "2025" }],
  [
    "vux-exempelskolan-norr-2025T2",
    { template: "vux", unit: "Exempelskolan Norr", period: "2025T2" },
  ],
  ["kalkyl-city-2025", { template: "kalkyl", unit: "Jobbtorg City", period: "2025" }],
  ["jobbtorg-all-2025T2-overview", { template: "jobbtorg", all: true, period: "2025T2" }],
  ["scb-alla", { template: "scb", period: "" }],
];

/** Stable JSON: numbers rounded to 10 significant digits so a last-bit change in a library is no diff. */
function stable(sheet: SheetDescription): unknown {
  return JSON.parse(
    JSON.stringify(sheet, (_k, v) =>
      typeof v === "number" && !Number.isInteger(v) ? Number(v.toPrecision(10)) : v
    )
  );
}

describe.each(CASES)("golden %s", (name, options) => {
  const sheets = build(demoTables(), { ...options, today: TODAY });
  // The overview case keeps only the overview; the unit sheets are the jobbtorg golden's shape.
  const sheet = sheets[0];
  const file = join(DIR, `${name}.json`);

  test("matches the reviewed golden", () => {
    if (process.env.UPDATE_GOLDENS === "1" || !existsSync(file))
      writeFileSync(file, JSON.stringify(stable(sheet), null, 1) + "\n");
    expect(stable(sheet)).toEqual(JSON.parse(readFileSync(file, "utf8")));
  });

  test("holds no personnummer", () => {
    const texts = sheet.cells
      .filter((c) => typeof c.value === "string")
      .map((c) => c.value as string);
    expect(texts.filter((t) => /\b(\d{2})?\d{6}[-+]?\d{4}\b/.test(t))).toEqual([]);
    const people = new Set(
      demoTables()
        .find((t) => t.name === "Avslut")!
        .rows.map((r) => String(r[0]).replace(/\D/g, "").slice(-10))
    );
    const digits = texts
      .join(" ")
      .replace(/\D+/g, " ")
      .split(" ")
      .filter((d) => d.length >= 10);
    expect(digits.filter((d) => people.has(d.slice(-10)))).toEqual([]);
  });
});

describe("the Jobbtorg City 2025 dialogue on the demo data", () => {
  const [sheet] = build(demoTables(), {
    template: "jobbtorg",
    unit: "Jobbtorg City",
    period: "2025",
    today: TODAY,
  });
  const at = (row: number, col: number) => sheet.cells.find((c) => c.row === row && c.col === col);
  const rowOf = (label: string) => sheet.cells.find((c) => c.col === 1 && c.value === label)!.row;

  test("EXITRATE: 15 of 56 women, 48 of 89 men, 63 of 145 in all, target 45 % not met but within the interval", () => {
    const r = rowOf("Avslut till arbete eller studier (andel)");
    expect(at(r, 2)!.value).toBeCloseTo(15 / 56, 12);
    expect(at(r, 3)!.value).toBeCloseTo(48 / 89, 12);
    expect(at(r, 4)!.value).toBeCloseTo(63 / 145, 12);
    expect(at(r, 4)!.numberFormat).toBe("0.0%");
    // scipy: binomtest(63, 145).proportion_ci(method="wilson") = (0.35652, 0.51583)
    expect(at(r, 5)!.value).toBe("35,7–51,6\u00a0%");
    expect(at(r, 6)!.value).toBe(0.45);
    expect(at(r, 9)!.value).toBe("Ej uppfyllt (osäkert)");
  });

  test("the gender analysis flags EXITRATE and leaves the manager's cells empty and marked", () => {
    const rows = sheet.cells
      .filter((c) => c.value === "Avslut till arbete eller studier (andel)")
      .map((c) => c.row);
    const analysis = rows[1];
    expect(at(analysis, 8)!.value).toBeCloseTo(-27.1469, 3);
    expect(at(analysis, 11)!.value).toBe("Skillnad att analysera");
    expect(at(analysis, 12)).toMatchObject({ value: null, managerText: "MOTIVERAD.EXITRATE" });
    expect(at(analysis, 13)).toMatchObject({ value: null, managerText: "ATGARDER.EXITRATE" });
  });

  test("the four analysis prompts each have a manager text area", () => {
    const keys = sheet.cells
      .filter((c) => c.managerText && !c.managerText.includes("."))
      .map((c) => c.managerText);
    expect(keys).toEqual(["ANALYS", "FORANDRINGAR", "GODA_EXEMPEL", "UTMANINGAR"]);
  });

  test("a clustered column chart of women and men per rate indicator", () => {
    expect(sheet.charts).toHaveLength(1);
    const chart = sheet.charts[0];
    expect(chart.series.map((s) => s.name)).toEqual(["Kvinnor", "Män"]);
    expect(chart.categories!.bottom - chart.categories!.top + 1).toBe(2);
  });

  test("EFFINDEX is there because the demo has staff cost for 2025", () => {
    expect(sheet.cells.some((c) => c.value === "Effektivitetsindex (100 = alla enheter)")).toBe(
      true
    );
    expect(
      sheet.cells.some((c) => typeof c.value === "string" && c.value.startsWith("=AMF.EFFINDEX("))
    ).toBe(true);
  });
});

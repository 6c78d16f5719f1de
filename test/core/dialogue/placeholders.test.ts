import { buildModel } from "../../../src/core/dialogue/build";
import { parsePeriod } from "../../../src/core/dialogue/period";
import {
  checkTemplate,
  fillCell,
  placeholderNames,
  placeholderValues,
} from "../../../src/core/dialogue/placeholders";
import { findSources } from "../../../src/core/dialogue/sources";
import { defaultSettings } from "../../../src/core/settings";
import { demoTables, TODAY } from "./demoTables";

const sources = findSources(demoTables());
const period = parsePeriod("2025")!;
const city = buildModel(sources, "jobbtorg", "Jobbtorg City", period, defaultSettings(), TODAY);
const values = placeholderValues(city);

// Issue #14, in both templates: six survey-wide names; per question (20) and per insats (10 and ALLA) the
// text, and per group (3) the value, N, KI, KI_LOW, KI_HIGH and the share agreeing or improved.
const SURVEY_NAMES = 6 + (20 + 11) * (1 + 3 * 6);
// Issue #13: per target group SAKNAS, and per group and rate 3 × 5 per gender plus GAP, P, KI.GAP, BEDOMNING.
const TARGET_GROUP_NAMES = 5 * (1 + 2 * (3 * 5 + 4));

describe("placeholder names", () => {
  test("Jobbtorg: every indicator has values, group sizes, target, previous, change and goal; rates a gap", () => {
    const names = placeholderNames("jobbtorg");
    for (const key of ["EXITRATE", "SELFSUFF6M", "ENROLLDAYS", "EXITS"]) {
      for (const suffix of ["K", "M", "T", "N.K", "N.M", "N.T"])
        expect(names.has(`${key}.${suffix}`)).toBe(true);
    }
    for (const key of ["EXITRATE", "SELFSUFF6M"])
      for (const p of ["GAP", "P", "BEDOMNING"]) expect(names.has(`${p}.${key}`)).toBe(true);
    expect(names.has("GAP.ENROLLDAYS")).toBe(false);
    expect(names.has("EFFINDEX.T")).toBe(true);
    expect(names.has("EFFINDEX.K")).toBe(false);
    // Rates add a Wilson interval per group (3 × 3) and the gap's interval, MDD and power sentence (5).
    // … the target groups' names, and the partnership counts PARTNERSHIP.N.K/M/T of the section Insatser (3; the per-insats names depend on the data).
    expect(names.size).toBe(
      5 + 5 * 10 + 2 * (3 + 9 + 5) + 6 + 1 + SURVEY_NAMES + TARGET_GROUP_NAMES + 3
    );
    for (const g of ["K", "M", "T"])
      for (const p of ["KI", "KI_LOW", "KI_HIGH"])
        expect(names.get(`${p}.EXITRATE.${g}`)).toBe(p === "KI" ? "text" : "rate");
    expect(names.has("KI.ENROLLDAYS.K")).toBe(false);
    expect(names.get("ENROLLDAYS_MEDIAN.T")).toBe("days");
  });

  test("vux: four indicators over all training types and per type", () => {
    const names = placeholderNames("vux");
    expect(names.has("COMPLETED.K")).toBe(true);
    expect(names.has("DROPOUT_YH.N.M")).toBe(true);
    expect(names.has("BEDOMNING.WORKSTUDY_KOMB")).toBe(true);
    expect(names.has("RESPONSE_YRK.T")).toBe(true);
    expect(names.size).toBe(5 + 16 * 27 + SURVEY_NAMES);
  });

  test("every Jobbtorg placeholder has a value on the demo data (EXITS has no target: '..')", () => {
    for (const name of placeholderNames("jobbtorg").keys()) expect(values.has(name)).toBe(true);
    expect(values.get("ENHET")).toEqual({ kind: "text", value: "Jobbtorg City" });
    expect(values.get("PERIOD")).toEqual({ kind: "text", value: "2025" });
    expect(values.get("DATUM")).toEqual({ kind: "text", value: "2026-11-27" });
    expect(values.get("EXITRATE.N.K")).toEqual({ kind: "count", value: 56 });
    expect(values.get("EXITRATE.N.M")).toEqual({ kind: "count", value: 89 });
    expect(values.get("EXITS.T")).toEqual({ kind: "count", value: 145 });
    expect(values.get("MAL.EXITRATE")).toEqual({ kind: "rate", value: 0.45 });
    expect(values.get("MAL.EXITS")).toEqual({ kind: "count", value: ".." });
    expect(values.get("BEDOMNING.EXITRATE")).toEqual({
      kind: "text",
      value: "Skillnad att analysera",
    });
    // 63 of 145 = 43,4 %, Wilson 35,7–51,6 % (scipy binomtest(63,145).proportion_ci(method="wilson")) holds the 45 % target.
    expect(values.get("MALUPPFYLLELSE.EXITRATE")).toEqual({
      kind: "text",
      value: "Ej uppfyllt (osäkert)",
    });
    expect(values.get("KI.EXITRATE.T")).toEqual({ kind: "text", value: "35,7–51,6\u00a0%" });
    // scipy: binomtest(15, 56).proportion_ci(method="wilson") = (0.16957305418501722, 0.3959455592915515)
    expect(values.get("KI.EXITRATE.K")).toEqual({ kind: "text", value: "17,0–39,6\u00a0%" });
    expect(values.get("KI_LOW.EXITRATE.K")!.value).toBeCloseTo(0.16957305418501722, 12);
    expect(values.get("KI_HIGH.EXITRATE.K")!.value).toBeCloseTo(0.3959455592915515, 12);
    // Newcombe method 10 from those Wilson bounds and binomtest(48, 89)'s (0.43629456161370184, 0.6391027887609749).
    const d = 15 / 56 - 48 / 89;
    expect(values.get("GAP_LOW.EXITRATE")!.value).toBeCloseTo(
      100 * (d - Math.hypot(15 / 56 - 0.16957305418501722, 0.6391027887609749 - 48 / 89)),
      9
    );
    expect(values.get("GAP_HIGH.EXITRATE")!.value).toBeCloseTo(
      100 * (d + Math.hypot(0.3959455592915515 - 15 / 56, 48 / 89 - 0.43629456161370184)),
      9
    );
    // scipy: (norm.ppf(0.975) + norm.ppf(0.8)) * sqrt(p*(1-p)*(1/56 + 1/89)) * 100 with p = 63/145
    expect(values.get("MDD.EXITRATE")!.value).toBeCloseTo(23.686888748030373, 9);
    // A difference is established, so no power sentence.
    expect(values.get("STYRKA.EXITRATE")!.value).toBe("..");
    expect(values.get("EXITRATE.K")!.value).toBeCloseTo(15 / 56, 12);
    expect(values.get("GAP.EXITRATE")!.value).toBeCloseTo(-27.1469, 3);
  });

  test("every vux placeholder has a value; suppressed small groups are '–'", () => {
    const vux = placeholderValues(
      buildModel(
        sources,
        "vux",
        "Exempelskolan Norr",
        parsePeriod("2025T2")!,
        defaultSettings(),
        TODAY
      )
    );
    for (const name of placeholderNames("vux").keys()) expect(vux.has(name)).toBe(true);
    const shown = [...vux.values()].map((v) => v.value);
    expect(shown).toContain("–");
    // A hidden gender value never comes with its group size.
    for (const [name, v] of vux) {
      const m = /^(.+)\.(K|M)$/.exec(name);
      if (m && !name.includes(".N.") && !name.startsWith("KI") && v.value === "–") {
        expect(vux.get(`${m[1]}.N.${m[2]}`)!.value).toBe("–");
        // Nor with its interval, which would give the share away.
        for (const ki of ["KI", "KI_LOW", "KI_HIGH"])
          expect(vux.get(`${ki}.${name}`)!.value).toBe("–");
      }
    }
  });
});

describe("the template check", () => {
  test("lists unknown and malformed placeholders with their cells", () => {
    const problems = checkTemplate(
      [
        { address: "A1", text: "{{ENHET}} {{PERIOD}}" },
        { address: "B2", text: "{{EXITRATE.X}}" },
        { address: "B3", text: "{{EXITRATE.K}" },
        { address: "B4", text: "{{}}" },
        { address: "B5", text: "{{exit rate.k}}" },
        { address: "B6", text: "{{ exitrate.k }}" },
        { address: "B7", text: "{{GAP.ENROLLDAYS}}" },
      ],
      "jobbtorg"
    );
    expect(problems).toEqual([
      { address: "B2", placeholder: "{{EXITRATE.X}}", reason: "unknown" },
      { address: "B3", placeholder: "{{EXITRATE.K}", reason: "malformed" },
      { address: "B4", placeholder: "{{}}", reason: "malformed" },
      { address: "B5", placeholder: "{{exit rate.k}}", reason: "malformed" },
      { address: "B7", placeholder: "{{GAP.ENROLLDAYS}}", reason: "unknown" },
    ]);
  });

  test("a vux placeholder is unknown in a Jobbtorg template", () => {
    expect(checkTemplate([{ address: "C1", text: "{{COMPLETED.T}}" }], "jobbtorg")).toEqual([
      { address: "C1", placeholder: "{{COMPLETED.T}}", reason: "unknown" },
    ]);
  });
});

describe("filling", () => {
  test("a whole-cell placeholder becomes the typed value and keeps the cell's number format", () => {
    expect(fillCell("{{EXITRATE.N.K}}", "0", values)).toEqual({ value: 56, numberFormat: "0" });
    const rate = fillCell("{{EXITRATE.K}}", "0.00%", values)!;
    expect(rate.numberFormat).toBe("0.00%");
    expect(rate.value).toBeCloseTo(0.267857, 6);
  });

  test("a General cell gets the indicator's own format", () => {
    expect(fillCell(" {{EXITRATE.T}} ", "General", values)!.numberFormat).toBe("0.0%");
    expect(fillCell("{{GAP.EXITRATE}}", undefined, values)!.numberFormat).toBe("+0.0;-0.0;0.0");
    expect(fillCell("{{ENHET}}", "General", values)).toEqual({
      value: "Jobbtorg City",
      numberFormat: "General",
    });
  });

  test("inside text, Swedish formatting: decimal comma, space before %, procentenheter", () => {
    const filled = fillCell(
      "{{ENHET}} {{PERIOD}}: {{EXITRATE.K}} av {{EXITRATE.N.K}} kvinnor, skillnad {{GAP.EXITRATE}} (p = {{P.EXITRATE}}): {{BEDOMNING.EXITRATE}}.",
      "@",
      values
    )!;
    expect(filled.value).toBe(
      "Jobbtorg City 2025: 26,8\u00a0% av 56 kvinnor, skillnad −27,1\u00a0procentenheter (p = 0,002): Skillnad att analysera."
    );
    expect(filled.numberFormat).toBe("@");
  });

  test("days and counts inside text are whole Swedish numbers", () => {
    const days = values.get("ENROLLDAYS.T")!.value as number;
    expect(fillCell("Inskrivningstid {{ENROLLDAYS.T}} dagar", undefined, values)!.value).toBe(
      `Inskrivningstid ${Math.round(days)} dagar`
    );
  });

  test("a cell without placeholders is left alone", () => {
    expect(fillCell("Resultat", undefined, values)).toBeNull();
  });
});

/**
 * The sfi template's placeholders (sfiPlaceholders.ts) on the crafted register of sfi.test.ts: the
 * dropout share by gender, age band, country group and course with its Wilson interval and exact test,
 * the cumulative incidence, the median, "Vad sedan", suppression as "–" and absence as "..".
 */
import { isoOf } from "../../../src/core/cells";
import { sfiModels } from "../../../src/core/dialogue/build";
import {
  checkTemplate,
  formatInText,
  placeholderNames,
} from "../../../src/core/dialogue/placeholders";
import { sfiPlaceholderValues } from "../../../src/core/dialogue/sfiPlaceholders";
import { findSources } from "../../../src/core/dialogue/sources";
import { defaultSettings } from "../../../src/core/settings";
import { wilsonInterval } from "../../../src/core/stats";
import { templateKind } from "../../../src/taskpane/dialogue/dialogueActions";
import { TODAY } from "./demoTables";
import { Course, crafted, PERIOD, table } from "./sfiData";

const valuesOf = (courses: Course[]) => {
  const [model] = sfiModels(
    findSources([table(courses)]),
    [null],
    PERIOD,
    defaultSettings(),
    TODAY
  );
  return sfiPlaceholderValues(model);
};
// The first ten courses (4 dropouts) are course A, the other thirty (10 dropouts) course B.
const values = valuesOf(crafted().map((c, i) => ({ ...c, course: i < 10 ? "A" : "B" })));
const value = (name: string) => values.get(name)?.value;

describe("sfi placeholders", () => {
  test("every name has a value, and names are the sfi template's only", () => {
    const names = placeholderNames("sfi");
    expect([...names.keys()].filter((n) => !values.has(n))).toEqual([]);
    expect(names.get("DROPOUT_SFI.EU")).toBe("rate");
    expect(names.get("P.DROPOUT_SFI.KURS_A")).toBe("p");
    expect(
      checkTemplate(
        [
          {
            address: "A1",
            text: "{{DROPOUT_SFI.EU}} {{KI.DROPOUT_SFI.ALDER1}} {{dropoutrisk90.k}}",
          },
        ],
        "sfi"
      )
    ).toEqual([]);
    expect(checkTemplate([{ address: "A1", text: "{{EXITRATE.K}}" }], "sfi")).toEqual([
      { address: "A1", placeholder: "{{EXITRATE.K}}", reason: "unknown" },
    ]);
    expect(checkTemplate([{ address: "A1", text: "{{DROPOUT_SFI.EU}}" }], "jobbtorg")).toEqual([
      { address: "A1", placeholder: "{{DROPOUT_SFI.EU}}", reason: "unknown" },
    ]);
  });

  test("the pane fills a template of sfi names as sfi", () => {
    expect(templateKind([{ address: "A1", text: "{{ENHET}}: {{DROPOUT_SFI.M}}" }]).kind).toBe(
      "sfi"
    );
    // The vux template's DROPOUT stays vux's: the sfi share has its own name.
    expect(templateKind([{ address: "A1", text: "{{DROPOUT.K}}" }]).kind).toBe("vux");
    // Names every template has: Jobbtorg, as before.
    expect(templateKind([{ address: "A1", text: "{{ENHET}} {{DATUM}}" }]).kind).toBe("jobbtorg");
  });

  test("school, period and date", () => {
    expect([value("ENHET"), value("PERIOD"), value("PERIODTEXT"), value("DATUM")]).toEqual([
      "Alla skolor",
      "2025",
      PERIOD.label,
      isoOf(TODAY),
    ]);
  });

  test.each([
    // suffix, ended, dropouts (sfi.test.ts writes the counts out)
    ["T", 40, 14],
    ["K", 20, 4],
    ["M", 20, 10],
    ["ALDER1", 10, 4],
    ["ALDER2", 20, 7],
    ["ALDER3", 10, 3],
    ["EU", 10, 6],
    ["OVRIGA", 30, 8],
    ["KURS_A", 10, 4],
    ["KURS_B", 30, 10],
  ])("DROPOUT_SFI.%s: %i ended, %i dropped out, with its Wilson interval", (g, n, d) => {
    const ci = wilsonInterval(d, n);
    expect(value(`DROPOUT_SFI.${g}`)).toBeCloseTo(d / n, 12);
    expect(value(`DROPOUT_SFI.N.${g}`)).toBe(n);
    expect(value(`KI_LOW.DROPOUT_SFI.${g}`)).toBeCloseTo(ci.low, 12);
    expect(value(`KI_HIGH.DROPOUT_SFI.${g}`)).toBeCloseTo(ci.high, 12);
  });

  test("the interval as text, the exact test and the assessment as on the sheet", () => {
    // scipy: binomtest(6, 10).proportion_ci(method="wilson") = (0.3127, 0.8318)
    expect(value("KI.DROPOUT_SFI.EU")).toBe("31,3–83,2\u00a0%");
    // R: fisher.test(matrix(c(6,4,8,22),2))$p.value = 0.122576; fisher.test(matrix(c(4,6,10,20),2)) = 0.717529
    expect(value("P.DROPOUT_SFI.EU")).toBeCloseTo(0.122576, 6);
    expect(value("P.DROPOUT_SFI.KURS_A")).toBeCloseTo(0.717529, 6);
    expect(value("BEDOMNING.DROPOUT_SFI.EU")).toBe("Ingen säkerställd skillnad");
    expect(formatInText(values.get("DROPOUT_SFI.K")!)).toBe("20,0\u00a0%");
    expect([value("GRUPP.ALDER1"), value("GRUPP.ALDER2"), value("GRUPP.ALDER3")]).toEqual([
      "–24",
      "25–39",
      "40–",
    ]);
  });

  test("groups the register does not have give ..", () => {
    for (const name of [
      "DROPOUT_SFI.SVERIGE",
      "KI.DROPOUT_SFI.SVERIGE",
      "DROPOUT_SFI.KURS_C",
      "DROPOUT_SFI.ALDER4",
      "GRUPP.ALDER4",
      "P.DROPOUT_SFI.KURS_D",
    ])
      expect([name, value(name)]).toEqual([name, ".."]);
  });

  test("the cumulative incidence (AMF.DROPOUTRISK), the median and what they do after", () => {
    // Every dropout is on day 90, before any completion or censoring: CIF = dropouts / started (sfi.test.ts).
    expect(value("DROPOUTRISK90.T")).toBeCloseTo(14 / 42, 12);
    expect(value("DROPOUTRISK365.K")).toBeCloseTo(4 / 21, 12);
    expect(value("DROPOUTRISK180.M")).toBeCloseTo(10 / 21, 12);
    expect([value("DROPOUTRISK90.N.T"), value("DROPOUTRISK90.N.K")]).toEqual([42, 21]);
    expect([value("DROPOUTDAYS_MEDIAN.T"), value("DROPOUTDAYS_MEDIAN.N.T")]).toEqual([90, 14]);
    expect(value("AFTER_WORK.SLUTFORDA")).toBeCloseTo(10 / 23, 12);
    expect(value("AFTER_WORK.N.SLUTFORDA")).toBe(23);
    expect(value("AFTER_UNKNOWN.SLUTFORDA")).toBeCloseTo(3 / 26, 12);
    // Studier after dropout is 2: hidden, with its interval.
    expect([
      value("AFTER_STUDIES.AVBRUTNA"),
      value("KI.AFTER_STUDIES.AVBRUTNA"),
      value("KI_LOW.AFTER_STUDIES.AVBRUTNA"),
    ]).toEqual(["–", "–", "–"]);
  });

  test("a single course from Sweden is hidden as –, and EU/EES with it, as on the sheet", () => {
    const hidden = valuesOf([
      ...crafted(),
      { gender: "K", born: 1990, status: "Slutförd", country: "Sverige" },
    ]);
    const at = (name: string) => hidden.get(name)?.value;
    for (const g of ["SVERIGE", "EU"]) {
      expect(
        [
          `DROPOUT_SFI.${g}`,
          `DROPOUT_SFI.N.${g}`,
          `KI.DROPOUT_SFI.${g}`,
          `KI_HIGH.DROPOUT_SFI.${g}`,
          `P.DROPOUT_SFI.${g}`,
          `BEDOMNING.DROPOUT_SFI.${g}`,
        ].map(at)
      ).toEqual(["–", "–", "–", "–", "–", "–"]);
    }
    expect(at("DROPOUT_SFI.OVRIGA")).toBeCloseTo(8 / 30, 12);
  });
});

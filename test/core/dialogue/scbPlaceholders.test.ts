/**
 * The SCB template's placeholders (scbPlaceholders.ts) on the crafted extract of scb.test.ts: shares
 * with Wilson intervals, the change from −1 to +2, the difference in differences, hidden cells as "–"
 * and what the extract lacks as "..". Reference values from scipy, as in scb.test.ts.
 */
import { scbModels } from "../../../src/core/dialogue/build";
import {
  checkTemplate,
  formatInText,
  placeholderNames,
} from "../../../src/core/dialogue/placeholders";
import { scbPlaceholderValues } from "../../../src/core/dialogue/scbPlaceholders";
import type { SheetTable } from "../../../src/core/registry/types";
import { normalQuantile } from "../../../src/core/stats";
import { templateKind } from "../../../src/taskpane/dialogue/dialogueActions";
import { extract } from "./scbData";

const valuesOf = (table: SheetTable, unit: string | null = null) =>
  scbPlaceholderValues(scbModels([table], { unit }).models[0], "2026-06-15");
const values = valuesOf(extract());
const value = (name: string) => values.get(name)?.value;

describe("SCB placeholders", () => {
  test("every name has a value; the check and the pane know them as scb's", () => {
    const names = placeholderNames("scb");
    expect([...names.keys()].filter((n) => !values.has(n))).toEqual([]);
    expect(names.get("SJ.ARBETE.EFTER2.K")).toBe("rate");
    expect(names.get("DID.BISTAND.T")).toBe("pp");
    expect(
      checkTemplate(
        [{ address: "B2", text: "{{UNDERGRUPP}}: {{did.arbete.t}} ({{KI.DID.ARBETE.T}})" }],
        "scb"
      )
    ).toEqual([]);
    expect(checkTemplate([{ address: "B2", text: "{{DID.ARBETE.X}}" }], "scb")).toEqual([
      { address: "B2", placeholder: "{{DID.ARBETE.X}}", reason: "unknown" },
    ]);
    expect(templateKind([{ address: "B2", text: "{{DATUM}} {{SJ.ARBETE.FORE1.T}}" }]).kind).toBe(
      "scb"
    );
  });

  test("subgroup, enrolment year, date and the groups", () => {
    expect(["UNDERGRUPP", "INSKRIVNINGSAR", "DATUM", "GRUPP.SJ", "GRUPP.JMF"].map(value)).toEqual([
      "alla",
      "2022",
      "2026-06-15",
      "Stockholmsjobb",
      "Övriga inskrivna",
    ]);
  });

  test("the share of an income source with its Wilson interval and size", () => {
    // Stockholmsjobb, both genders, 1 year before: 24 of 200 in work.
    // scipy.stats.binomtest(24, 200).proportion_ci(method="wilson") → (0.08197992706375513, 0.17234252098296748)
    expect(value("SJ.ARBETE.FORE1.T")).toBeCloseTo(0.12, 15);
    expect(value("SJ.ARBETE.FORE1.N.T")).toBe(200);
    expect(value("SJ.N.FORE1.T")).toBe(200);
    expect(value("KI_LOW.SJ.ARBETE.FORE1.T")).toBeCloseTo(0.08197992706375513, 12);
    expect(value("KI_HIGH.SJ.ARBETE.FORE1.T")).toBeCloseTo(0.17234252098296748, 12);
    expect(value("KI.SJ.ARBETE.FORE1.T")).toBe("8,2–17,2\u00a0%");
    // binomtest(38, 80) → (0.36924733297407575, 0.5830435735027006)
    expect(value("SJ.ARBETE.EFTER2.K")).toBeCloseTo(38 / 80, 15);
    expect(value("KI_LOW.SJ.ARBETE.EFTER2.K")).toBeCloseTo(0.36924733297407575, 12);
    // Övriga inskrivna, men, 1 year after: 150 of 550 on ekonomiskt bistånd.
    expect(value("JMF.BISTAND.EFTER1.M")).toBeCloseTo(150 / 550, 15);
    expect(formatInText(values.get("JMF.BISTAND.EFTER1.M")!)).toBe("27,3\u00a0%");
  });

  test("the change from −1 to +2 and the difference in differences, in percentage points", () => {
    const z = normalQuantile(0.975);
    // Stockholmsjobb in work: 24/200 → 90/200; half width z·√(p1(1−p1)/200 + p2(1−p2)/200);
    // scipy (scb.test.ts): (24.76465207296287, 41.23534792703714).
    const half = z * Math.sqrt((0.12 * 0.88) / 200 + (0.45 * 0.55) / 200) * 100;
    expect(value("FORANDRING.SJ.ARBETE.T")).toBeCloseTo(33, 10);
    expect(value("FORANDRING_LOW.SJ.ARBETE.T")).toBeCloseTo(24.76465207296287, 10);
    expect(33 - half).toBeCloseTo(24.76465207296287, 10);
    expect(value("FORANDRING_HIGH.SJ.ARBETE.T")).toBeCloseTo(33 + half, 10);
    expect(value("FORANDRING.JMF.BISTAND.T")).toBeCloseTo(-8, 10); // 220/1000 − 300/1000
    // d = (90/200 − 24/200) − (280/1000 − 130/1000) = 18 pp, scipy: (9.060759182789669, 26.93924081721033)
    expect(value("DID.ARBETE.T")).toBeCloseTo(18, 10);
    expect(value("DID_LOW.ARBETE.T")).toBeCloseTo(9.060759182789669, 10);
    expect(value("DID_HIGH.ARBETE.T")).toBeCloseTo(26.93924081721033, 10);
    expect(value("KI.DID.ARBETE.T")).toBe("+9,1 till +26,9\u00a0p.e.");
    expect(value("DID.ARBETE.K")).toBeCloseTo(21.666666666666664, 10);
    expect(value("DID.BISTAND.T")).toBeCloseTo(-7, 10);
    expect(value("BEDOMNING.DID.BISTAND.T")).toBe(
      "Intervallet innehåller 0: ingen säkerställd skillnad mellan grupperna"
    );
    expect(formatInText(values.get("DID.BISTAND.T")!)).toBe("−7,0\u00a0procentenheter");
  });

  test("a small count and its complement are hidden as –, with their sizes and intervals", () => {
    // As in scb.test.ts: Övriga inskrivna, men, −1: Vård 10 → 2 and Arbetslös 200 → 208.
    const hidden = valuesOf(
      extract((rows) => {
        const at = (source: string) =>
          rows.find(
            (r) =>
              r[0] === "Övriga inskrivna" &&
              r[1] === "Män" &&
              r[3] === "1 år före" &&
              r[4] === source
          )!;
        at("Vård av barn/anhörig")[5] = 2;
        at("Arbetslös")[5] = 208;
      })
    );
    const at = (name: string) => hidden.get(name)?.value;
    for (const name of [
      "JMF.VARD.FORE1.M",
      "JMF.VARD.FORE1.N.M",
      "KI.JMF.VARD.FORE1.M",
      "KI_LOW.JMF.VARD.FORE1.M",
      "JMF.OVRIGT.FORE1.M",
      "JMF.VARD.FORE1.K",
    ]) {
      expect([name, at(name)]).toEqual([name, "–"]);
    }
    expect(at("JMF.ARBETSLOS.FORE1.M")).toBeCloseTo(208 / 550, 15);
    expect(at("DID.ARBETE.T")).toBeCloseTo(18, 10);
  });

  test("a time point the extract lacks gives .., and the changes that need it –, as on the sheet", () => {
    const lacking = valuesOf(
      extract((rows) =>
        rows.splice(
          0,
          rows.length,
          ...rows.filter((r) => !(r[0] === "Övriga inskrivna" && r[3] === "2 år efter"))
        )
      )
    );
    const at = (name: string) => lacking.get(name)?.value;
    expect(["JMF.ARBETE.EFTER2.T", "KI.JMF.ARBETE.EFTER2.T", "JMF.N.EFTER2.K"].map(at)).toEqual([
      "..",
      "..",
      "..",
    ]);
    expect(
      ["FORANDRING.JMF.ARBETE.T", "DID.ARBETE.T", "KI.DID.ARBETE.T", "BEDOMNING.DID.ARBETE.T"].map(
        at
      )
    ).toEqual(["–", "–", "–", "–"]);
    expect(at("FORANDRING.SJ.ARBETE.T")).toBeCloseTo(33, 10);
  });

  test("without a comparison group the comparison group's and the differences' names give ..", () => {
    const alone = valuesOf(
      extract((rows) =>
        rows.splice(0, rows.length, ...rows.filter((r) => r[0] === "Stockholmsjobb"))
      )
    );
    expect(
      ["GRUPP.JMF", "JMF.ARBETE.FORE1.T", "DID.ARBETE.T"].map((n) => alone.get(n)?.value)
    ).toEqual(["..", "..", ".."]);
    expect(alone.get("SJ.ARBETE.FORE1.T")?.value).toBeCloseTo(0.12, 15);
  });
});

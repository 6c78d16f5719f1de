/**
 * The section "Insatser" (issue #13, items 5–7): EXITRATE per insats, the 3-month follow-up and the
 * partnership counts on a crafted workbook against counts made by hand here, the pooling of small
 * insatser, the sentences for absent columns, the formulas and the placeholders.
 */
import { serialOf } from "../../../src/core/cells";
import { build, buildModel } from "../../../src/core/dialogue/build";
import { isStudiesReason, placeholderId } from "../../../src/core/dialogue/interventionModel";
import { parsePeriod } from "../../../src/core/dialogue/period";
import {
  checkTemplate,
  fillCell,
  placeholderNames,
  placeholderValues,
} from "../../../src/core/dialogue/placeholders";
import { findSources } from "../../../src/core/dialogue/sources";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import type { SheetTable } from "../../../src/core/registry/types";
import { defaultSettings } from "../../../src/core/settings";
import { wilsonInterval } from "../../../src/core/stats";
import { mulberry32, syntheticPnrs } from "../../helpers/synthetic";
import { TODAY } from "./demoTables";

const HEADERS = [
  "Personnummer",
  "Kön",
  "Enhet",
  "Insats",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Avslutsorsak",
  "Sysselsättning 3 mån",
  "Partnerskap",
];

/** One group of identical exits: how many, gender, insats, reason, follow-up, partnership, exit date. */
type Spec = [
  number,
  "K" | "M",
  string | null,
  string | null,
  string | null,
  string | null,
  string?,
];

/**
 * Unit E, 2025. By hand:
 * - Jobbcoachning: women 8 of 20 to work, men 10 of 20 (9 Arbete, 1 Subventionerad anställning via a partnership);
 * - Stockholmsjobb: women 6 of 12 (5 Arbete via a partnership, 1 Studier also marked Ja), men 7 of 14
 *   (4 of them via a partnership); followed up: women 9 of 12 (5 Arbete, 1 Studier, 3 Arbetssökande),
 *   men 11 of 14 (5 Arbete, 2 Studier, 4 Annat);
 * - Praktik: women 1 of 10 (hidden, and the men with them), men 5 of 10;
 * - pooled ("Övriga insatser"): Yrkessvenska (3 exits, under the minimum of 10) and one exit without an
 *   insats: women 1 of 2, men 1 of 2, total 2 of 4 (hidden: 2 is below the threshold).
 * Not exits of the period: a blank reason, and an exit in 2024.
 */
const SPECS: Spec[] = [
  [8, "K", "Jobbcoachning", "Arbete", null, null],
  [12, "K", "Jobbcoachning", "Avbrott", null, null],
  [9, "M", "Jobbcoachning", "Arbete", null, "Nej"],
  [1, "M", "Jobbcoachning", "Subventionerad anställning", null, "Ja"],
  [10, "M", "Jobbcoachning", "Avbrott", null, null],
  [5, "K", "Stockholmsjobb", "Arbete", "Arbete", "Ja"],
  [1, "K", "Stockholmsjobb", "Studier", "Studier", "Ja"],
  [3, "K", "Stockholmsjobb", "Avbrott", "Arbetssökande", null],
  [1, "K", "Stockholmsjobb", "Avbrott", null, "Ja"],
  [2, "K", "Stockholmsjobb", "Avbrott", null, null],
  [4, "M", "Stockholmsjobb", "Arbete", "Arbete", "Ja"],
  [1, "M", "Stockholmsjobb", "Arbete", "Arbete", "Nej"],
  [2, "M", "Stockholmsjobb", "Arbete", "Studier", null],
  [4, "M", "Stockholmsjobb", "Avbrott", "Annat", null],
  [3, "M", "Stockholmsjobb", "Avbrott", null, null, "2025-05-10"],
  [1, "K", "Praktik", "Arbete", null, null],
  [9, "K", "Praktik", "Avbrott", null, null],
  [5, "M", "Praktik", "Arbete", null, null],
  [5, "M", "Praktik", "Avbrott", null, null],
  [1, "K", "Yrkessvenska", "Arbete", null, null],
  [1, "K", "Yrkessvenska", "Avbrott", null, null],
  [1, "M", "Yrkessvenska", "Avbrott", null, null],
  [1, "M", null, "Arbete", null, null],
  [1, "M", "Praktik", null, null, null],
  [1, "K", "Stockholmsjobb", "Arbete", "Arbete", "Ja", "2024-06-01"],
];

function tables(drop: string[] = [], specs: Spec[] = SPECS): SheetTable[] {
  const people = syntheticPnrs(
    mulberry32(13),
    specs.reduce((s, x) => s + x[0], 0)
  );
  const rows: unknown[][] = [];
  for (const [count, gender, insats, reason, followUp, partnership, date] of specs) {
    for (let i = 0; i < count; i++)
      rows.push([
        people[rows.length].long,
        gender,
        "E",
        insats,
        "2024-10-01",
        date ?? "2025-03-15",
        reason,
        followUp,
        partnership,
      ]);
  }
  const keep = HEADERS.map((h, i) => (drop.includes(h) ? -1 : i)).filter((i) => i >= 0);
  return [
    {
      name: "Avslut",
      headerRow: 1,
      firstColumn: 1,
      headers: keep.map((i) => HEADERS[i]),
      rows: rows.map((r) => keep.map((i) => r[i])) as SheetTable["rows"],
    },
  ];
}

const period = parsePeriod("2025")!;
const model = (t: SheetTable[], today = TODAY) =>
  buildModel(findSources(t), "jobbtorg", "E", period, defaultSettings(), today);
const sheetOf = (t: SheetTable[]) =>
  build(t, { template: "jobbtorg", unit: "E", period: "2025", today: TODAY })[0];
const texts = (sheet: SheetDescription) =>
  sheet.cells.filter((c) => typeof c.value === "string").map((c) => c.value as string);

describe("EXITRATE per insats", () => {
  const section = model(tables()).interventions!;

  test("an insats with at least minGroupSize exits has a row; the rest is pooled into Övriga insatser", () => {
    expect(section.minExits).toBe(10);
    expect(section.rows.map((r) => [r.label, r.pooled])).toEqual([
      ["Jobbcoachning", false],
      ["Stockholmsjobb", false],
      ["Praktik", false],
      ["Övriga insatser", true],
    ]);
    expect(section.pooledInsatser).toBe(1);
  });

  test("the rates and group sizes counted by hand", () => {
    const [coaching, sj, praktik, rest] = section.rows;
    const counts = (t: typeof coaching.exits) =>
      [t.women, t.men, t.total].map((m) => [m.count, m.n]);
    expect(counts(coaching.exits)).toEqual([
      [8, 20],
      [10, 20],
      [18, 40],
    ]);
    expect(counts(sj.exits)).toEqual([
      [6, 12],
      [7, 14],
      [13, 26],
    ]);
    expect(counts(praktik.exits)).toEqual([
      [1, 10],
      [5, 10],
      [6, 20],
    ]);
    expect(counts(rest.exits)).toEqual([
      [1, 2],
      [1, 2],
      [2, 4],
    ]);
    expect(sj.exits.women.value).toBeCloseTo(6 / 12, 12);
    // The insatser together are the unit's exits: 16 of 44 women, 23 of 46 men.
    const unit = model(tables()).rows.find((r) => r.key === "EXITRATE")!;
    expect([unit.women!.count, unit.women!.n, unit.men!.count, unit.men!.n]).toEqual([
      16, 44, 23, 46,
    ]);
  });

  test("primary suppression: Praktik's one woman in work hides both genders, the pooled total of 2 of 4 is hidden", () => {
    const [, , praktik, rest] = section.rows;
    expect([praktik.exits.women.suppressed, praktik.exits.men.suppressed]).toEqual([true, true]);
    expect([
      rest.exits.women.suppressed,
      rest.exits.men.suppressed,
      rest.exits.total.suppressed,
    ]).toEqual([true, true, true]);
  });

  test("complementary suppression on the built sheet: the pooled total alone would be the unit's total minus the others, so Praktik's total goes too", () => {
    const built = sheetOf(tables());
    const at = (r: number, c: number) => built.cells.find((x) => x.row === r && x.col === c)?.value;
    const rowOf = (label: string) => built.cells.find((c) => c.col === 1 && c.value === label)!.row;
    const praktik = rowOf("Praktik");
    expect([at(praktik, 2), at(praktik, 4), at(praktik, 6), at(praktik, 10)]).toEqual([
      "–",
      "–",
      "–",
      "–",
    ]);
    const sj = rowOf("Stockholmsjobb");
    expect(at(sj, 6)).toBeCloseTo(13 / 26, 12);
    // scipy: binomtest(13, 26).proportion_ci(method="wilson") = (0.3206, 0.6794)
    expect(at(sj, 7)).toBe("32,1–67,9\u00a0%");
    expect([at(sj, 8), at(sj, 9), at(sj, 10)]).toEqual([12, 14, 26]);
  });
});

describe("the 3-month follow-up", () => {
  test("only the insats with Sysselsättning 3 mån values has one: in work or studies of the followed up, and the followed up of the exits", () => {
    const section = model(tables()).interventions!;
    expect(section.rows.filter((r) => r.followUp).map((r) => r.label)).toEqual(["Stockholmsjobb"]);
    const f = section.rows[1].followUp!;
    const counts = (t: typeof f.work) =>
      [t.women, t.men, t.total].map((m) => [m.count, m.n, m.suppressed]);
    expect(counts(f.work)).toEqual([
      [6, 9, false],
      [7, 11, false],
      [13, 20, false],
    ]);
    expect(counts(f.followed)).toEqual([
      [9, 12, false],
      [11, 14, false],
      [20, 26, false],
    ]);
    const ci = wilsonInterval(13, 20);
    // scipy: binomtest(13, 20).proportion_ci(method="wilson") = (0.4329, 0.8188)
    expect([ci.low, ci.high].map((v) => Number(v.toFixed(4)))).toEqual([0.4329, 0.8188]);
    expect(section.notYetMeasurable).toBe(0);
  });

  test("exits less than three months before the report day are left out and counted", () => {
    const section = model(tables(), serialOf(2025, 7, 1)).interventions!;
    expect(section.followUpCutoff).toBe("2025-04-01");
    const f = section.rows[1].followUp!;
    // The three men of 10 May (not followed up) are not measurable yet: 11 of 11 men followed up.
    expect([f.followed.men.count, f.followed.men.n]).toEqual([11, 11]);
    expect(section.notYetMeasurable).toBe(3);
    const sheet = build(tables(), {
      template: "jobbtorg",
      unit: "E",
      period: "2025",
      today: serialOf(2025, 7, 1),
    })[0];
    expect(texts(sheet).some((t) => t.includes("3 avslut efter 2025-04-01 ingår inte än."))).toBe(
      true
    );
  });

  test("a hidden follow-up rate hides the work share, whose group size is the number followed up", () => {
    // Two of the twelve women not followed up: the follow-up rate is hidden (2 is below 3).
    const specs = SPECS.map((s): Spec =>
      s[2] === "Stockholmsjobb" &&
      s[1] === "K" &&
      s[3] === "Avbrott" &&
      s[4] === null &&
      s[5] === null
        ? [s[0], s[1], s[2], s[3], "Annat", s[5]]
        : s
    );
    const m = model(tables([], specs));
    const built = build(tables([], specs), {
      template: "jobbtorg",
      unit: "E",
      period: "2025",
      today: TODAY,
    })[0];
    const f = m.interventions!.rows[1].followUp!;
    expect([f.followed.women.count, f.followed.women.n, f.followed.women.suppressed]).toEqual([
      11,
      12,
      true,
    ]);
    const rowOf = (label: string) => built.cells.find((c) => c.col === 1 && c.value === label)!.row;
    const at = (r: number, c: number) => built.cells.find((x) => x.row === r && x.col === c)?.value;
    const work = rowOf("Stockholmsjobb: i arbete eller studier (antal = uppföljda)");
    expect([at(work, 2), at(work, 4), at(work, 8)]).toEqual(["–", "–", "–"]);
  });

  test("with a hidden follow-up size the count of exits not yet measurable is left out (exits minus it would give the size)", () => {
    // On 1 July 2025 the three men of 10 May are not measurable; the women's follow-up below is hidden.
    const specs = SPECS.map((s): Spec =>
      s[2] === "Stockholmsjobb" &&
      s[1] === "K" &&
      s[3] === "Avbrott" &&
      s[4] === null &&
      s[5] === null
        ? [s[0], s[1], s[2], s[3], "Annat", s[5]]
        : s
    );
    const today = serialOf(2025, 7, 1);
    const sheet = build(tables([], specs), {
      template: "jobbtorg",
      unit: "E",
      period: "2025",
      today,
    })[0];
    expect(model(tables([], specs), today).interventions!.notYetMeasurable).toBe(3);
    expect(texts(sheet).some((t) => t.includes("Avslut efter 2025-04-01 ingår inte än."))).toBe(
      true
    );
    expect(texts(sheet).some((t) => t.includes("3 avslut efter 2025-04-01"))).toBe(false);
  });
});

describe("partnerships", () => {
  test("exits to work (not studies) with Partnerskap = Ja: 5 women, 5 men", () => {
    const p = model(tables()).interventions!.partnership!;
    expect([p.counts.women.value, p.counts.men.value, p.counts.total.value]).toEqual([5, 5, 10]);
    expect(p.workReasons).toEqual(["Arbete", "Subventionerad anställning", "Eget företag"]);
    expect(isStudiesReason("Studier")).toBe(true);
    expect(isStudiesReason("Utbildning")).toBe(true);
    expect(isStudiesReason("Subventionerad anställning")).toBe(false);
  });

  test("suppressed like other counts: two men hide the men and the women", () => {
    const specs = SPECS.filter(
      (s) => !(s[2] === "Stockholmsjobb" && s[1] === "M" && s[5] === "Ja")
    ).concat([[1, "M", "Stockholmsjobb", "Arbete", "Arbete", "Ja"]]);
    const p = model(tables([], specs)).interventions!.partnership!;
    expect([
      p.counts.men.value,
      p.counts.men.suppressed,
      p.counts.women.suppressed,
      p.counts.total.suppressed,
    ]).toEqual([2, true, true, false]);
    expect(placeholderValues(model(tables([], specs))).get("PARTNERSHIP.N.M")!.value).toBe("–");
  });
});

describe("absent columns", () => {
  test("a sentence for each absent column", () => {
    const sheet = sheetOf(tables(["Sysselsättning 3 mån", "Partnerskap"]));
    expect(texts(sheet)).toContain(
      "Sysselsättning 3 mån saknas i Avslut: andelen i arbete eller studier tre månader efter avslut kan inte följas."
    );
    expect(texts(sheet)).toContain(
      "Partnerskap saknas i Avslut: avslut till arbete via partnerskap kan inte räknas."
    );
    expect(texts(sheet).some((t) => t.startsWith("Arbete eller studier tre månader efter"))).toBe(
      false
    );
    const noInsats = sheetOf(tables(["Insats"]));
    expect(texts(noInsats)).toContain(
      "Insats saknas i Avslut: resultat per insats kan inte visas."
    );
    expect(texts(noInsats)).toContain("Avslut till arbete via partnerskap (antal)");
  });

  test("without Insats, Sysselsättning 3 mån and Partnerskap there is no section", () => {
    const m = model(tables(["Insats", "Sysselsättning 3 mån", "Partnerskap"]));
    expect(m.interventions).toBeNull();
    expect(
      texts(sheetOf(tables(["Insats", "Sysselsättning 3 mån", "Partnerskap"]))).some((t) =>
        /^\d+\. Insatser$/.test(t)
      )
    ).toBe(false);
  });
});

describe("Så beräknades det", () => {
  const built = sheetOf(tables());
  const formulaOf = (label: string) => {
    const row = built.cells.find((c) => c.col === 1 && c.value === label)!.row;
    return built.cells.find((c) => c.row === row && c.col === 2)!.value;
  };
  const c = `(Avslut[Enhet]="E")*(Avslut[Insats]="Stockholmsjobb")`;
  const window = `(Avslut[Avslutsdatum]>=DATUM(2025;1;1))*(Avslut[Avslutsdatum]<=DATUM(2025;12;31))*(Avslut[Avslutsorsak]<>"")`;

  test("EXITRATE per insats with FILTRERA, and the pooled rest with ICKE(ÄRTAL(PASSA(…)))", () => {
    expect(formulaOf("Insats Stockholmsjobb: avslut till arbete eller studier, kvinnor")).toBe(
      `=AMF.EXITRATE(FILTRERA(Avslut[Avslutsorsak];${c});FILTRERA(Avslut[Kön];${c});"K";FILTRERA(Avslut[Avslutsdatum];${c});DATUM(2025;12;31);12)`
    );
    expect(formulaOf("Insats Övriga insatser: avslut till arbete eller studier, totalt")).toBe(
      `=AMF.EXITRATE(FILTRERA(Avslut[Avslutsorsak];(Avslut[Enhet]="E")*ICKE(ÄRTAL(PASSA(Avslut[Insats];{"Jobbcoachning";"Stockholmsjobb";"Praktik"};0))));;;FILTRERA(Avslut[Avslutsdatum];(Avslut[Enhet]="E")*ICKE(ÄRTAL(PASSA(Avslut[Insats];{"Jobbcoachning";"Stockholmsjobb";"Praktik"};0))));DATUM(2025;12;31);12)`
    );
  });

  test('the 3-month share and the follow-up rate with AMF.SHARE, the partnership count with its "count" output', () => {
    const c3 = `${c}*${window}*(EDATUM(Avslut[Avslutsdatum];3)<=DATUM(2026;11;27))`;
    expect(formulaOf("Insats Stockholmsjobb: arbete eller studier 3 månader efter, män")).toBe(
      // Of the followed up only (a blank would reach AMF.SHARE as 0 and count in the denominator).
      `=AMF.SHARE(FILTRERA(Avslut[Sysselsättning 3 mån];${c3}*(Avslut[Sysselsättning 3 mån]<>""));{"Arbete";"Studier"};FILTRERA(Avslut[Kön];${c3}*(Avslut[Sysselsättning 3 mån]<>""));"M")`
    );
    expect(formulaOf("Insats Stockholmsjobb: uppföljda 3 månader efter, totalt")).toBe(
      `=AMF.SHARE(FILTRERA(--(Avslut[Sysselsättning 3 mån]<>"");${c3});1)`
    );
    const p = `(Avslut[Enhet]="E")*${window}*(Avslut[Partnerskap]="Ja")`;
    expect(formulaOf("Avslut till arbete via partnerskap, totalt")).toBe(
      `=AMF.SHARE(FILTRERA(Avslut[Avslutsorsak];${p});{"Arbete";"Subventionerad anställning";"Eget företag"};;;"count")`
    );
  });
});

describe("placeholders", () => {
  const values = placeholderValues(model(tables()));
  const v = (name: string) => values.get(name)?.value;

  test("two insatser with the same name in a placeholder fill neither: '..', not one under the other's name", () => {
    const clash: Spec[] = [
      [6, "K", "Jobbcoachning 1", "Arbete", null, null],
      [6, "M", "Jobbcoachning 1", "Avbrott", null, null],
      [3, "K", "Jobbcoachning (1)", "Arbete", null, null],
      [9, "M", "Jobbcoachning (1)", "Avbrott", null, null],
      [12, "K", "Stockholmsjobb", "Arbete", null, null],
    ];
    const m = model(tables([], clash));
    expect(m.interventions!.rows.map((r) => [r.label, r.id])).toEqual([
      ["Jobbcoachning 1", "JOBBCOACHNING_1"],
      ["Jobbcoachning (1)", "JOBBCOACHNING_1"],
      ["Stockholmsjobb", "STOCKHOLMSJOBB"],
    ]);
    const filled = placeholderValues(m);
    expect(filled.has("EXITRATE_JOBBCOACHNING_1.T")).toBe(false);
    expect(filled.get("EXITRATE_STOCKHOLMSJOBB.T")!.value).toBe(1);
  });

  test("the insats name in upper-case ASCII", () => {
    expect(placeholderId("Stockholmsjobb")).toBe("STOCKHOLMSJOBB");
    expect(placeholderId("Arbetsförberedande insats")).toBe("ARBETSFORBEREDANDE_INSATS");
    expect(placeholderId("Åtgärd – Ärende/Öppet")).toBe("ATGARD_ARENDE_OPPET");
    expect(placeholderId("Övriga insatser")).toBe("OVRIGA_INSATSER");
  });

  test("values of the rows on the sheet", () => {
    expect(v("EXITRATE_STOCKHOLMSJOBB.K")).toBeCloseTo(6 / 12, 12);
    expect(v("EXITRATE_STOCKHOLMSJOBB.N.T")).toBe(26);
    expect(v("KI.EXITRATE_STOCKHOLMSJOBB.T")).toBe("32,1–67,9\u00a0%");
    expect(v("WORK3M_STOCKHOLMSJOBB.K")).toBeCloseTo(6 / 9, 12);
    expect(v("WORK3M_STOCKHOLMSJOBB.N.T")).toBe(20);
    expect(v("FOLLOWUP3M_STOCKHOLMSJOBB.T")).toBeCloseTo(20 / 26, 12);
    expect(v("KI_LOW.FOLLOWUP3M_STOCKHOLMSJOBB.T")).toBeCloseTo(wilsonInterval(20, 26).low, 12);
    expect([v("PARTNERSHIP.N.K"), v("PARTNERSHIP.N.M"), v("PARTNERSHIP.N.T")]).toEqual([5, 5, 10]);
    expect(v("EXITRATE_PRAKTIK.M")).toBe("–");
    expect(v("EXITRATE_OVRIGA_INSATSER.T")).toBe("–");
    // Pooled and absent insatser have no value of their own.
    expect(values.has("EXITRATE_YRKESSVENSKA.T")).toBe(false);
    expect(values.has("WORK3M_JOBBCOACHNING.T")).toBe(false);
  });

  test("the check accepts any insats name for Jobbtorg (the names depend on the register), and filling gives '..' for one the sheet lacks", () => {
    const cells = [
      {
        address: "A1",
        text: "{{EXITRATE_STOCKHOLMSJOBB.K}} {{WORK3M_NYINSATS.N.T}} {{KI_HIGH.FOLLOWUP3M_X.M}} {{PARTNERSHIP.N.T}}",
      },
      { address: "A2", text: "{{KI.EXITRATE_X.N.K}} {{EXITRATE_X.Q}} {{PARTNERSHIP.K}}" },
    ];
    expect(checkTemplate(cells, "jobbtorg").map((p) => p.placeholder)).toEqual([
      "{{KI.EXITRATE_X.N.K}}",
      "{{EXITRATE_X.Q}}",
      "{{PARTNERSHIP.K}}",
    ]);
    expect(checkTemplate(cells.slice(0, 1), "vux").map((p) => p.placeholder)).toHaveLength(4);
    expect(placeholderNames("jobbtorg").get("PARTNERSHIP.N.M")).toBe("count");
    expect(fillCell("{{EXITRATE_NYINSATS.K}}", "General", values)).toEqual({
      value: "..",
      numberFormat: "General",
    });
    expect(
      fillCell(
        "Stockholmsjobb: {{WORK3M_STOCKHOLMSJOBB.K}} av {{WORK3M_STOCKHOLMSJOBB.N.K}} kvinnor, {{WORK3M_NY.K}}",
        "@",
        values
      )!.value
    ).toBe("Stockholmsjobb: 66,7\u00a0% av 9 kvinnor, ..");
  });
});

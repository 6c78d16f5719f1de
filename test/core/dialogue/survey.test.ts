/**
 * The Brukarundersökning / Elevenkät and Progression sections (issue #14): values against scipy, the
 * representativity warning at its boundary, the gender-mix exact test, suppression (primary, group
 * disclosure and complementary), placeholders, formulas, and the demo filling both sections.
 */
import { serialOf } from "../../../src/core/cells";
import { build } from "../../../src/core/dialogue/build";
import { placeholderValues } from "../../../src/core/dialogue/placeholders";
import { buildModel } from "../../../src/core/dialogue/build";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { findSources } from "../../../src/core/dialogue/sources";
import {
  genderMix,
  representativityWarning,
  responseRateText,
} from "../../../src/core/dialogue/surveyModel";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import type { SheetTable } from "../../../src/core/registry/types";
import { defaultSettings } from "../../../src/core/settings";
import { mulberry32, syntheticPnrs } from "../../helpers/synthetic";
import { demoTables, TODAY } from "./demoTables";

const table = (name: string, headers: string[], rows: unknown[][]): SheetTable => ({
  name,
  headerRow: 1,
  firstColumn: 1,
  headers,
  rows: rows as SheetTable["rows"],
});

const WOMEN_ANSWERS = [5, 4, 4, 3, 2, 5, 4, 3, 1, 4, 5, 3];
const MEN_ANSWERS = [3, 2, 4, 5, 3, 3, 4, 2, 1, 5, 4];
const WOMEN = {
  before: [10, 15, 20, 12, 18, 22, 9, 14, 25, 16, 11, 19],
  after: [9, 17, 26, 12, 25, 21, 15, 20, 30, 22, 14, 27],
};
const MEN = {
  before: [20, 14, 18, 25, 10, 16, 22, 13, 19, 24, 17],
  after: [22, 13, 25, 25, 16, 15, 28, 19, 21, 30, 18],
};

/** A unit "E" with one exit (so it is a unit), a survey question, its sample, and ratings of one insats. */
function tables(
  options: {
    invited?: Array<[string | null, number]>;
    extraQuestionMen?: number[];
    insatser?: boolean;
  } = {}
): SheetTable[] {
  const people = syntheticPnrs(mulberry32(41), 45);
  const avslut = table(
    "Avslut",
    ["Personnummer", "Kön", "Enhet", "Insats", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"],
    [[people[0].long, "K", "E", "Praktik", "2025-01-10", "2025-05-01", "Arbete"]]
  );
  const answers = [
    ...WOMEN_ANSWERS.map((a) => ["E", "K", "Bemötande", a]),
    ...MEN_ANSWERS.map((a) => ["E", "M", "Bemötande", a]),
    ["E", "M", "Bemötande", "Vet ej"],
    ["E", "K", "Bemötande", null],
    // A second question only two men answered: their genders are hidden, and the women with them.
    ...(options.extraQuestionMen ?? []).map((a) => ["E", "M", "Delaktighet", a]),
    ...WOMEN_ANSWERS.map((a) => ["E", "K", "Delaktighet", a]),
  ];
  const enkat = table("Enkat", ["Enhet", "Kön", "Fråga", "Svar"], answers);
  const urval = table(
    "EnkatUrval",
    ["Enhet", "Kön", "Antal tillfrågade"],
    (
      options.invited ?? [
        ["K", 20],
        ["M", 20],
      ]
    ).map(([g, n]) => ["E", g, n])
  );
  const ratings: unknown[][] = [];
  const add = (i: number, gender: string, before: number, after: number, insats: string) => {
    ratings.push(
      [people[i].long, gender, "E", insats, "Före", before],
      [people[i].long, gender, "E", insats, "Efter", after]
    );
  };
  WOMEN.before.forEach((b, i) => add(i, "K", b, WOMEN.after[i], "Arbetsträning"));
  MEN.before.forEach((b, i) => add(12 + i, "M", b, MEN.after[i], "Arbetsträning"));
  ratings.push([people[30].long, "K", "E", "Arbetsträning", "Före", 12]); // one measurement: left out
  if (options.insatser) {
    // A second insats of five women who all improved: group disclosure hides its women (and men).
    for (let i = 0; i < 5; i++) add(31 + i, "K", 10, 15 + i, "Praktik");
    [-3, -2, -1, 2, 4].forEach((change, i) => add(36 + i, "M", 10, 10 + change, "Praktik"));
  }
  const progression = table(
    "Progression",
    ["Personnummer", "Kön", "Enhet", "Insats", "Mättillfälle", "Skattning"],
    ratings
  );
  return [avslut, enkat, urval, progression];
}

const model = (t: SheetTable[], template: "jobbtorg" | "vux" = "jobbtorg") =>
  buildModel(
    findSources(t),
    template,
    "E",
    parsePeriod("2025")!,
    defaultSettings(),
    serialOf(2026, 11, 27)
  );
const texts = (sheet: SheetDescription) =>
  sheet.cells.filter((c) => typeof c.value === "string").map((c) => c.value as string);
const rowOf = (sheet: SheetDescription, text: string) =>
  sheet.cells.find((c) => c.col === 1 && c.value === text)!.row;
const at = (sheet: SheetDescription, row: number, col: number) =>
  sheet.cells.find((c) => c.row === row && c.col === col)?.value;

describe("the survey section", () => {
  const survey = model(tables()).survey!;

  test("per question the mean with its t interval for women, men and total, as scipy computes them", () => {
    const q = survey.questions[0];
    expect([q.number, q.label]).toEqual([1, "Bemötande"]);
    // scipy: stats.ttest_1samp([5,4,4,3,2,5,4,3,1,4,5,3], 0).confidence_interval(0.95)
    expect(q.women.value).toBeCloseTo(3.5833333333333335, 12);
    expect(q.women.low).toBeCloseTo(2.7954034995357073, 10);
    expect(q.women.high).toBeCloseTo(4.37126316713096, 10);
    // scipy: stats.ttest_1samp([3,2,4,5,3,3,4,2,1,5,4], 0).confidence_interval(0.95)
    expect(q.men.low).toBeCloseTo(2.4181338077393555, 10);
    expect(q.men.high).toBeCloseTo(4.12732073771519, 10);
    // scipy: the 23 answers together; "Vet ej" and the blank are no answer
    expect([q.total.n, q.total.count]).toEqual([23, 12]);
    expect(q.total.low).toBeCloseTo(2.8999554218284076, 10);
    expect(q.total.high).toBeCloseTo(3.969609795562897, 10);
  });

  test("respondents (the most rows of a question, 'Vet ej' and blanks included) against the invited", () => {
    expect(survey.respondents).toEqual({ K: 13, M: 12, T: 25 });
    expect(survey.invited).toEqual({ K: 20, M: 20, T: 40 });
    expect(survey.responseRate).toBeCloseTo(25 / 40, 12);
    expect(survey.warning).toBeNull();
  });

  test("a question with two men answering: both genders hidden, the total shown", () => {
    const q = model(tables({ extraQuestionMen: [4, 5] })).survey!.questions[1];
    expect([q.label, q.women.suppressed, q.men.suppressed, q.total.suppressed]).toEqual([
      "Delaktighet",
      true,
      true,
      false,
    ]);
  });

  test("without the invited by gender there is no gender-mix test; without EnkatUrval no response rate", () => {
    const total = model(tables({ invited: [[null, 40]] })).survey!;
    expect([total.invited.T, total.invited.K, total.genderMix]).toEqual([40, null, null]);
    const none = model(tables().filter((t) => t.name !== "EnkatUrval")).survey!;
    expect([none.responseRate, none.warning]).toEqual([null, null]);
  });
});

describe("the representativity warning", () => {
  test("below the setting (default 50 %) only: 49,9 % warns, 50 % does not", () => {
    expect(representativityWarning(0.499, 0.5)).toBe(
      "Svarsfrekvens 49,9\u00a0%: resultatet säger lite om alla inskrivna"
    );
    expect(representativityWarning(0.5, 0.5)).toBeNull();
    expect(representativityWarning(0.26, 0.5)).toBe(
      "Svarsfrekvens 26\u00a0%: resultatet säger lite om alla inskrivna"
    );
    expect(representativityWarning(0.26, 0.25)).toBeNull();
    expect(representativityWarning(null, 0.5)).toBeNull();
    expect(responseRateText(0.2476)).toBe("24,8\u00a0%");
  });

  test("on a built sheet: 25 of 50 invited do not warn, 25 of 51 do", () => {
    const sheetAt = (invitedWomen: number) => {
      const t = tables({
        invited: [
          ["K", invitedWomen],
          ["M", 25],
        ],
      });
      return build(t, { template: "jobbtorg", unit: "E", period: "2025", today: TODAY })[0];
    };
    // 25 respondents: of 50 invited exactly half, of 51 invited 49,0 %.
    expect(texts(sheetAt(25)).some((t) => t.startsWith("Obs! Svarsfrekvens"))).toBe(false);
    expect(texts(sheetAt(26))).toContain(
      "Obs! Svarsfrekvens 49,0\u00a0%: resultatet säger lite om alla inskrivna."
    );
  });
});

describe("the gender mix against the invited", () => {
  const settings = defaultSettings();

  test("men under-represented: Fisher's exact test on answered / not answered by gender", () => {
    // scipy: stats.fisher_exact([[58,132],[46,184]]).pvalue = 0.016848454486195104
    const mix = genderMix({ K: 58, M: 46 }, { K: 190, M: 230 }, settings)!;
    expect(mix.p).toBeCloseTo(0.016848454486195104, 10);
    expect(mix.underRepresented).toBe("M");
    expect(mix.sentence).toBe(
      "Män är underrepresenterade bland de svarande: kvinnor är 56\u00a0% av de svarande och 45\u00a0% av de tillfrågade (p = 0,017, Fishers exakta test)."
    );
  });

  test("no established difference: no group named; too few respondents of a gender: no test", () => {
    // scipy: stats.fisher_exact([[30,70],[25,75]]).pvalue = 0.5266649017282764
    const mix = genderMix({ K: 30, M: 25 }, { K: 100, M: 100 }, settings)!;
    expect(mix.p).toBeCloseTo(0.5266649017282764, 10);
    expect(mix.underRepresented).toBeNull();
    expect(mix.sentence.startsWith("Ingen säkerställd skillnad i könsfördelning")).toBe(true);
    expect(genderMix({ K: 30, M: 2 }, { K: 100, M: 100 }, settings)).toBeNull();
    expect(genderMix({ K: 30, M: 120 }, { K: 100, M: 100 }, settings)).toBeNull();
  });
});

describe("the progression section", () => {
  test("mean change with the paired t interval and the share improved, by gender, as scipy computes them", () => {
    const p = model(tables()).progression!;
    expect(p.rows.map((r) => r.label)).toEqual(["Arbetsträning", "Alla insatser"]);
    expect(p.singleMeasurement).toBe(1);
    const [row] = p.rows;
    // scipy: stats.ttest_rel(after, before).confidence_interval(0.95), women and men and all 23
    expect(row.women.value).toBeCloseTo(3.9166666666666665, 12);
    expect(row.women.low).toBeCloseTo(1.8809882438480803, 10);
    expect(row.women.high).toBeCloseTo(5.952345089485252, 10);
    expect(row.men.low).toBeCloseTo(0.9780817217462712, 10);
    expect(row.men.high).toBeCloseTo(5.2037364600719105, 10);
    expect(row.total.low).toBeCloseTo(2.1675747836227997, 10);
    expect(row.total.high).toBeCloseTo(4.875903477246766, 10);
    expect([row.women.count, row.men.count, row.total.count, row.total.n]).toEqual([9, 8, 17, 23]);
  });

  test("suppression: five women who all improved are hidden (group disclosure), the men with them; the sum over the insatser hides one more", () => {
    const sheets = build(tables({ insatser: true }), {
      template: "jobbtorg",
      unit: "E",
      period: "2025",
      today: TODAY,
    });
    const rows = model(tables({ insatser: true })).progression!.rows;
    expect(rows.map((r) => r.label)).toEqual(["Arbetsträning", "Praktik", "Alla insatser"]);
    const sheet = sheets[0];
    const praktik = rowOf(sheet, "Praktik");
    expect([
      at(sheet, praktik, 2),
      at(sheet, praktik, 4),
      at(sheet, praktik, 11),
      at(sheet, praktik, 12),
    ]).toEqual(["–", "–", "–", "–"]);
    expect(at(sheet, praktik, 6)).toBeCloseTo((5 + 6 + 7 + 8 + 9 + (-3 - 2 - 1 + 2 + 4)) / 10, 12);
    // Alla insatser minus Arbetsträning would give Praktik's women: one of them is hidden too.
    const arbetstraning = rowOf(sheet, "Arbetsträning");
    const alla = rowOf(sheet, "Alla insatser");
    expect([at(sheet, arbetstraning, 2), at(sheet, alla, 2)]).toContain("–");
  });
});

describe("the sheet", () => {
  const [sheet] = build(tables(), {
    template: "jobbtorg",
    unit: "E",
    period: "2025",
    today: TODAY,
  });

  test("sections 4 and 5 (after issue #13's Målgrupper) before the prompts, which move down", () => {
    const headings = texts(sheet).filter((t) => /^\d\. /.test(t));
    expect(headings).toEqual([
      "1. Resultat och måluppfyllelse",
      "2. Jämställdhetsanalys",
      "3. Målgrupper",
      "4. Brukarundersökning",
      "5. Progression",
      "6. Insatser",
      "7. Analys och dialog",
      "8. Kvinnor och män per indikator",
      "9. Så beräknades det",
    ]);
    const q = rowOf(sheet, "Bemötande");
    expect(at(sheet, q, 2)).toBeCloseTo(3.5833333333333335, 12);
    expect(at(sheet, q, 3)).toBe("2,8–4,4");
    expect(at(sheet, q, 10)).toBeCloseTo(12 / 23, 12);
    expect(at(sheet, q, 13)).toBe(23);
    expect(sheet.cells.find((c) => c.row === q && c.col === 2)!.numberFormat).toBe("0.0");
    const p = rowOf(sheet, "Arbetsträning");
    expect(at(sheet, p, 3)).toBe("+1,9 till +6,0");
  });

  test("Så beräknades det gives the SURVEYMEAN and PROGRESSION formulas", () => {
    const formulas = texts(sheet).filter(
      (t) => t.startsWith("=AMF.SURVEYMEAN(") || t.startsWith("=AMF.PROGRESSION(")
    );
    expect(formulas).toContain(
      '=AMF.SURVEYMEAN(FILTRERA(Enkat[Svar];(Enkat[Enhet]="E")*(Enkat[Fråga]="Bemötande"));FILTRERA(Enkat[Kön];(Enkat[Enhet]="E")*(Enkat[Fråga]="Bemötande"));"K";5;"all")'
    );
    expect(formulas).toContain(
      '=AMF.SURVEYMEAN(FILTRERA(Enkat[Svar];(Enkat[Enhet]="E")*(Enkat[Fråga]="Bemötande"));;;5;"all")'
    );
    expect(formulas.filter((f) => f.startsWith("=AMF.PROGRESSION(")).length).toBe(6);
  });

  test("placeholders: numbered questions and insatser", () => {
    const values = placeholderValues(model(tables()));
    expect(values.get("ENKAT.1.FRAGA")).toEqual({ kind: "text", value: "Bemötande" });
    expect(values.get("ENKAT.1.K")!.value).toBeCloseTo(3.5833333333333335, 12);
    expect(values.get("KI.ENKAT.1.K")).toEqual({ kind: "text", value: "2,8–4,4" });
    expect(values.get("INSTAMMER.ENKAT.1.T")!.value).toBeCloseTo(12 / 23, 12);
    expect(values.get("ENKAT.SVARSFREKVENS")).toEqual({ kind: "rate", value: 25 / 40 });
    expect(values.get("ENKAT.VARNING")).toEqual({ kind: "text", value: ".." });
    expect(values.get("PROGRESSION.1.INSATS")).toEqual({ kind: "text", value: "Arbetsträning" });
    expect(values.get("FORBATTRADE.PROGRESSION.ALLA.T")!.value).toBeCloseTo(17 / 23, 12);
    expect(values.get("ENKAT.3.K")).toEqual({ kind: "mean", value: ".." });
  });
});

describe("the demo", () => {
  test("Jobbtorg Järva: the low response rate warns and men are named under-represented; both sections filled", () => {
    const [sheet] = build(demoTables(), {
      template: "jobbtorg",
      unit: "Jobbtorg Järva",
      period: "2025",
      today: TODAY,
    });
    const all = texts(sheet);
    expect(all).toContain(
      "Obs! Svarsfrekvens 24,8\u00a0%: resultatet säger lite om alla inskrivna."
    );
    expect(all.some((t) => t.startsWith("Män är underrepresenterade bland de svarande"))).toBe(
      true
    );
    expect(all).toContain("4. Brukarundersökning");
    expect(all).toContain("5. Progression");
  });

  test("a school above the threshold: Elevenkät without the warning", () => {
    const [sheet] = build(demoTables(), {
      template: "vux",
      unit: "Exempelskolan Norr",
      period: "2025T2",
      today: TODAY,
    });
    const all = texts(sheet);
    expect(all).toContain("3. Elevenkät");
    expect(all.some((t) => t.startsWith("Obs! Svarsfrekvens"))).toBe(false);
  });
});

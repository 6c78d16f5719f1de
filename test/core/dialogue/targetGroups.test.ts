/**
 * Issue #13, the section "Målgrupper": each group's EXITRATE and SELFSUFF6M on a crafted workbook
 * against counts worked out here from the rows' own description, the sentence of an absent column,
 * the formulas, the overview's table and the placeholders.
 */
import { serialOf } from "../../../src/core/cells";
import { build, buildModel } from "../../../src/core/dialogue/build";
import { dialogueSheet } from "../../../src/core/dialogue/dialogueSheet";
import { parsePeriod } from "../../../src/core/dialogue/period";
import { placeholderNames, placeholderValues } from "../../../src/core/dialogue/placeholders";
import { findSources } from "../../../src/core/dialogue/sources";
import type { TargetGroupRow } from "../../../src/core/dialogue/targetGroupModel";
import type { SheetDescription } from "../../../src/core/dialogue/types";
import type { SheetTable } from "../../../src/core/registry/types";
import { defaultSettings } from "../../../src/core/settings";
import { mulberry32, syntheticPnr } from "../../helpers/synthetic";

const TODAY = serialOf(2026, 11, 27);
const table = (name: string, headers: string[], rows: unknown[][]): SheetTable => ({
  name,
  headerRow: 1,
  firstColumn: 1,
  headers,
  rows: rows as SheetTable["rows"],
});

/** One exit as the test knows it: its person's attributes stated, not read back from the core. */
interface Exit {
  gender: "K" | "M";
  born: [number, number, number];
  background: string | null;
  education: string | null;
  registered: string | null;
  positive: boolean;
  supportInDecember: boolean;
}

const EXIT_DATE = "2025-06-15";
const BACKGROUNDS = ["Sverige", "Utrikes född", "Somalia", "Inrikes född"];

/** 96 exits on 2025-06-15 whose attributes cycle with different periods, plus the age and arrival edges. */
function exits(): Exit[] {
  const list: Exit[] = [];
  for (let i = 0; i < 96; i++) {
    const abroad = i % 4 === 1 || i % 4 === 2;
    list.push({
      gender: i % 2 === 0 ? "K" : "M",
      // January birthdays: the age on 15 June is the year difference.
      born: i % 3 === 0 ? [2004, 1, 10] : [1980, 1, 10],
      background: BACKGROUNDS[i % 4],
      education: i % 5 === 0 ? "Grundskola" : i % 5 === 1 ? "Förgymnasial" : "Gymnasial",
      registered: abroad ? (i % 3 === 1 ? "2023-01-01" : "2010-01-01") : null,
      positive: i % 7 < 3,
      supportInDecember: i % 6 === 0,
    });
  }
  // Age on the exit date: 24 the day before the 25th birthday (young), 25 on it (not young).
  list.push({
    gender: "K",
    born: [2000, 6, 16],
    background: "Sverige",
    education: "Gymnasial",
    registered: null,
    positive: true,
    supportInDecember: false,
  });
  list.push({
    gender: "M",
    born: [2000, 6, 15],
    background: "Sverige",
    education: "Gymnasial",
    registered: null,
    positive: true,
    supportInDecember: false,
  });
  // Newly arrived until the same day three years after the registration.
  list.push({
    gender: "K",
    born: [1990, 3, 3],
    background: "Irak",
    education: "Gymnasial",
    registered: "2022-06-16",
    positive: true,
    supportInDecember: false,
  });
  list.push({
    gender: "M",
    born: [1990, 3, 3],
    background: "Irak",
    education: "Gymnasial",
    registered: "2022-06-15",
    positive: false,
    supportInDecember: false,
  });
  return list;
}

const EXITS = exits();

function workbook(options: { without?: string[] } = {}): SheetTable[] {
  const rng = mulberry32(1313);
  const headers = [
    "Personnummer",
    "Kön",
    "Enhet",
    "Inskrivningsdatum",
    "Avslutsdatum",
    "Avslutsorsak",
    "Utbildningsnivå",
    "Bakgrund",
    "Folkbokföringsdatum",
  ];
  const ids = EXITS.map(
    (e) =>
      syntheticPnr(rng, { year: e.born[0], month: e.born[1], day: e.born[2], gender: e.gender })
        .long
  );
  const rows = EXITS.map((e, i) => [
    ids[i],
    e.gender,
    "E",
    "2025-01-02",
    EXIT_DATE,
    e.positive ? "Arbete" : "Avbrott",
    e.education,
    e.background,
    e.registered,
  ]);
  // A row with a blank reason is no exit, for any group.
  rows.push([
    syntheticPnr(rng, { year: 2004, month: 1, day: 10 }).long,
    "K",
    "E",
    "2025-01-02",
    EXIT_DATE,
    null,
    "Grundskola",
    "Somalia",
    "2024-01-01",
  ]);
  const keep = headers.map((h, c) => (options.without?.includes(h) ? -1 : c)).filter((c) => c >= 0);
  const avslut = table(
    "Avslut",
    keep.map((c) => headers[c]),
    rows.map((r) => keep.map((c) => r[c]))
  );
  // Support: the supported exits in December 2025 (their sixth month), and someone else up to February
  // 2026 so that every exit of June can be measured.
  const other = syntheticPnr(rng, { year: 1970 }).long;
  const support = [
    ...EXITS.flatMap((e, i) => (e.supportInDecember ? [[ids[i], "2025-12", 5000]] : [])),
    ...["2025-01", "2025-12", "2026-02"].map((m) => [other, m, 4000]),
  ];
  return [avslut, table("Forsorjningsstod", ["Personnummer", "Månad", "Belopp"], support)];
}

const PERIOD = parsePeriod("2025")!;
const settings = defaultSettings();
const modelOf = (tables: SheetTable[], unit: string | null = "E") =>
  buildModel(findSources(tables), "jobbtorg", unit, PERIOD, settings, TODAY);

/** The test's own membership rules, on the stated attributes. */
const age = (e: Exit) =>
  2025 - e.born[0] - (e.born[1] > 6 || (e.born[1] === 6 && e.born[2] > 15) ? 1 : 0);
const abroad = (e: Exit) =>
  e.background !== null && !["Sverige", "Inrikes född"].includes(e.background);
const MEMBERS: Record<string, (e: Exit) => boolean> = {
  UNGA: (e) => age(e) >= 16 && age(e) <= 24,
  UTRIKES: abroad,
  INRIKES: (e) => e.background !== null && !abroad(e),
  KORTUTBILDADE: (e) => e.education === "Grundskola" || e.education === "Förgymnasial",
  // Registered less than three years before 2025-06-15: on or after 2022-06-16.
  NYANLANDA: (e) => abroad(e) && e.registered !== null && e.registered >= "2022-06-16",
};

function expected(
  group: string,
  gender: "K" | "M" | null,
  indicator: "EXITRATE" | "SELFSUFF6M"
): { count: number; n: number } {
  const members = EXITS.filter(
    (e) => MEMBERS[group](e) && (gender === null || e.gender === gender)
  );
  const met =
    indicator === "EXITRATE"
      ? members.filter((e) => e.positive)
      : members.filter((e) => !e.supportInDecember);
  return { count: met.length, n: members.length };
}

describe("each group's values on a crafted workbook", () => {
  const model = modelOf(workbook());
  const section = model.targetGroups!;
  const rowOf = (key: string) => section.rows.find((r) => r.key === key)!;

  test("every group is present, each with EXITRATE and SELFSUFF6M", () => {
    expect(section.missing).toEqual([]);
    expect(section.rows.map((r) => r.key)).toEqual(
      ["UNGA", "UTRIKES", "INRIKES", "KORTUTBILDADE", "NYANLANDA"].flatMap((g) => [
        `EXITRATE_${g}`,
        `SELFSUFF6M_${g}`,
      ])
    );
  });

  test("the group sizes worked out by hand", () => {
    // 96 cycling exits: every third is 21 years old (32), plus the one day before her 25th birthday;
    // backgrounds cycle over four values, two abroad (48) plus the two from Irak; education two of five
    // (i % 5 < 2: 39 of 96); newly arrived: abroad and i % 3 = 1 (16 of the 48) plus the one registered
    // on 2022-06-16.
    expect(
      [
        rowOf("EXITRATE_UNGA"),
        rowOf("EXITRATE_UTRIKES"),
        rowOf("EXITRATE_INRIKES"),
        rowOf("EXITRATE_KORTUTBILDADE"),
        rowOf("EXITRATE_NYANLANDA"),
      ].map((r) => r.total.n)
    ).toEqual([33, 50, 50, 39, 17]);
  });

  test.each(
    Object.keys(MEMBERS).flatMap((g) =>
      (["EXITRATE", "SELFSUFF6M"] as const).map((i) => [g, i] as const)
    )
  )("%s %s: women, men and total", (group, indicator) => {
    const row = rowOf(`${indicator}_${group}`);
    for (const [gender, m] of [
      ["K", row.women!],
      ["M", row.men!],
      [null, row.total],
    ] as const) {
      const { count, n } = expected(group, gender, indicator);
      expect({ gender, n: m.n, count: m.count }).toEqual({ gender, n, count });
      expect(m.value).toBeCloseTo(count / n, 12);
    }
  });

  test("the gender assessment and the Wilson interval of a shown group", () => {
    const row = rowOf("EXITRATE_UTRIKES");
    expect(row.women!.suppressed).toBe(false);
    expect(["Skillnad att analysera", "Ingen säkerställd skillnad"]).toContain(row.gap!.assessment);
    const sheet = dialogueSheet(model, "RD E 2025");
    const at = (r: number, c: number) => sheet.cells.find((x) => x.row === r && x.col === c)?.value;
    const groupRow = sheet.cells.find((c) => c.col === 1 && c.value === "Utrikes födda")!.row;
    // Women abroad, i even and i % 4 in {1, 2}: i % 4 = 2 (24 exits) and the woman from Irak: 25, of whom
    // i % 7 < 3 went to work: counted by expected(). The interval is scipy's
    // binomtest(k, 25).proportion_ci(method="wilson") for that k.
    const { count, n } = expected("UTRIKES", "K", "EXITRATE");
    expect(n).toBe(25);
    expect(at(groupRow + 1, 1)).toBe("  Avslut till arbete eller studier (andel)");
    expect(at(groupRow + 1, 2)).toBeCloseTo(count / n, 12);
    expect(at(groupRow + 1, 4)).toBe(25);
    expect(at(groupRow + 1, 12)).toBe(row.gap!.assessment);
    expect(count).toBe(11);
    // scipy: binomtest(11, 25).proportion_ci(method="wilson") = (0.26666, 0.62933)
    expect(at(groupRow + 1, 3)).toBe("26,7–62,9\u00a0%");
  });

  test("the formulas: FILTRERA over the group's condition, AMF.AGE through MAP for the young", () => {
    const young = rowOf("EXITRATE_UNGA").formulas.K!;
    expect(young).toBe(
      '=LET(alder;MAP(Avslut[Personnummer];Avslut[Avslutsdatum];LAMBDA(p;d;OMFEL(AMF.AGE(p;d);-1)));urval;(Avslut[Enhet]="E")*((alder>=16)*(alder<=24));' +
        'AMF.EXITRATE(FILTRERA(Avslut[Avslutsorsak];urval);FILTRERA(Avslut[Kön];urval);"K";FILTRERA(Avslut[Avslutsdatum];urval);DATUM(2025;12;31);12))'
    );
    // Every background reads as one or the other: utrikes is "not blank and not inrikes".
    expect(rowOf("EXITRATE_UTRIKES").formulas.T).toContain(
      '(Avslut[Bakgrund]<>"")*ICKE(ÄRTAL(PASSA(Avslut[Bakgrund];{"Inrikes född";"Sverige"};0)))'
    );
    expect(rowOf("EXITRATE_INRIKES").formulas.T).toContain(
      '*(ÄRTAL(PASSA(Avslut[Bakgrund];{"Inrikes född";"Sverige"};0)))'
    );
    expect(rowOf("EXITRATE_KORTUTBILDADE").formulas.T).toContain('{"Förgymnasial";"Grundskola"}');
    expect(rowOf("SELFSUFF6M_NYANLANDA").formulas.M).toContain(
      "(Avslut[Avslutsdatum]<DATUM(ÅR(Avslut[Folkbokföringsdatum])+3;MÅNAD(Avslut[Folkbokföringsdatum]);DAG(Avslut[Folkbokföringsdatum])))"
    );
    expect(rowOf("SELFSUFF6M_NYANLANDA").formulas.M).toContain('(Avslut[Avslutsorsak]<>"")*');
    const sheet = dialogueSheet(model, "RD E 2025");
    expect(sheet.cells.some((c) => c.value === young)).toBe(true);
  });

  test("the bounds come from the settings", () => {
    const s = {
      ...defaultSettings(),
      targetGroups: { youthMinAge: 16, youthMaxAge: 21, newArrivalYears: 3 },
    };
    const m = buildModel(findSources(workbook()), "jobbtorg", "E", PERIOD, s, TODAY);
    const young = m.targetGroups!.rows.find((r) => r.key === "EXITRATE_UNGA")!;
    expect(young.groupLabel).toBe("Unga 16–21 år");
    expect(young.total.n).toBe(32);
  });
});

test("a background the core cannot read: utrikes lists the countries it reads as abroad", () => {
  const [avslut, support] = workbook();
  const c = avslut.headers.indexOf("Bakgrund");
  const rows = avslut.rows.map((r, i) => (i === 0 ? r.map((v, j) => (j === c ? "Okänt" : v)) : r));
  const row = modelOf([{ ...avslut, rows }, support]).targetGroups!.rows.find(
    (r) => r.key === "EXITRATE_UTRIKES"
  )!;
  expect(row.formulas.T).toContain(
    'ÄRTAL(PASSA(Avslut[Bakgrund];{"Irak";"Somalia";"Utrikes född"};0))'
  );
});

describe("an absent column gives a sentence instead of the groups", () => {
  test("without Utbildningsnivå: kortutbildade cannot be followed", () => {
    const model = modelOf(workbook({ without: ["Utbildningsnivå"] }));
    expect(model.targetGroups!.missing.map((m) => m.sentence)).toEqual([
      "Utbildningsnivå saknas i Avslut: kortutbildade kan inte följas",
    ]);
    expect(model.targetGroups!.rows.some((r) => r.group === "kortutbildade")).toBe(false);
    const texts = dialogueSheet(model, "RD E").cells.map((c) => c.value);
    expect(texts).toContain("Utbildningsnivå saknas i Avslut: kortutbildade kan inte följas.");
    expect(placeholderValues(model).get("SAKNAS.KORTUTBILDADE")!.value).toBe(
      "Utbildningsnivå saknas i Avslut: kortutbildade kan inte följas"
    );
    expect(placeholderValues(model).get("EXITRATE_KORTUTBILDADE.T")!.value).toBe("..");
  });

  test("without Bakgrund and Folkbokföringsdatum: one sentence per column", () => {
    const model = modelOf(workbook({ without: ["Bakgrund", "Folkbokföringsdatum"] }));
    expect(model.targetGroups!.missing.map((m) => m.sentence)).toEqual([
      "Bakgrund saknas i Avslut: utrikes födda och inrikes födda kan inte följas",
      "Folkbokföringsdatum saknas i Avslut: nyanlända kan inte följas",
    ]);
    expect(model.targetGroups!.rows.map((r) => r.group)).toEqual([
      "unga",
      "unga",
      "kortutbildade",
      "kortutbildade",
    ]);
  });

  test("newly arrived without Bakgrund: the registration date alone decides", () => {
    const model = modelOf(workbook({ without: ["Bakgrund"] }));
    const row = model.targetGroups!.rows.find((r) => r.key === "EXITRATE_NYANLANDA")!;
    expect(row.total.n).toBe(17);
    expect(row.formulas.T).not.toContain("Bakgrund");
  });
});

describe("the placeholders of the groups", () => {
  const model = modelOf(workbook());
  const values = placeholderValues(model);
  const row = (key: string) =>
    model.targetGroups!.rows.find((r) => r.key === key) as TargetGroupRow;

  test("the names follow the indicator rows' and exist only for Jobbtorg", () => {
    const names = placeholderNames("jobbtorg");
    for (const name of [
      "EXITRATE_UNGA.K",
      "EXITRATE_UTRIKES.T",
      "SELFSUFF6M_KORTUTBILDADE.N.M",
      "KI.EXITRATE_UNGA.K",
      "BEDOMNING.EXITRATE_UNGA",
      "KI_LOW.SELFSUFF6M_NYANLANDA.T",
      "GAP.EXITRATE_INRIKES",
      "SAKNAS.UNGA",
    ]) {
      expect(names.has(name)).toBe(true);
    }
    expect(names.get("EXITRATE_UNGA.K")).toBe("rate");
    expect(placeholderNames("vux").has("EXITRATE_UNGA.K")).toBe(false);
  });

  test("the values are the section's", () => {
    const { count, n } = expected("UNGA", "K", "EXITRATE");
    expect(values.get("EXITRATE_UNGA.K")!.value).toBeCloseTo(count / n, 12);
    expect(values.get("EXITRATE_UNGA.N.K")!.value).toBe(n);
    const t = expected("UTRIKES", null, "EXITRATE");
    expect(values.get("EXITRATE_UTRIKES.T")!.value).toBeCloseTo(t.count / t.n, 12);
    expect(values.get("SELFSUFF6M_KORTUTBILDADE.N.M")!.value).toBe(
      expected("KORTUTBILDADE", "M", "SELFSUFF6M").n
    );
    expect(values.get("BEDOMNING.EXITRATE_UNGA")!.value).toBe(row("EXITRATE_UNGA").gap!.assessment);
    expect(values.get("KI.EXITRATE_UNGA.K")!.value).toMatch(/^\d+,\d–\d+,\d\u00a0%$/);
    expect(values.get("SAKNAS.UNGA")!.value).toBe("");
  });
});

describe("the overview", () => {
  test("EXITRATE of each group per unit for women, men and total", () => {
    const tables = workbook();
    // A second unit "F": the first ten exits moved there.
    const avslut = tables[0];
    const unitCol = avslut.headers.indexOf("Enhet");
    const moved = {
      ...avslut,
      rows: avslut.rows.map((r, i) => (i < 10 ? r.map((v, c) => (c === unitCol ? "F" : v)) : r)),
    };
    const sheets = build([moved, tables[1]], {
      template: "jobbtorg",
      all: true,
      period: "2025",
      today: TODAY,
    });
    const overview = sheets[0] as SheetDescription;
    const at = (r: number, c: number) =>
      overview.cells.find((x) => x.row === r && x.col === c)?.value;
    const title = overview.cells.find(
      (c) => c.value === "Målgrupper: avslut till arbete eller studier (andel)"
    )!.row;
    expect(at(title + 1, 2)).toBe("Unga 16–24 år");
    expect(at(title + 2, 2)).toBe("Kvinnor");
    expect(at(title + 2, 4)).toBe("Totalt");
    // The units in the register's order: F holds the first rows.
    expect(at(title + 3, 1)).toBe("F");
    expect(at(title + 4, 1)).toBe("E");
    const e = buildModel(
      findSources([moved, tables[1]]),
      "jobbtorg",
      "E",
      PERIOD,
      settings,
      TODAY
    ).targetGroups!.rows.find((r) => r.key === "EXITRATE_UTRIKES")!;
    expect(at(title + 4, 5)).toBeCloseTo(e.women!.value, 12);
    expect(at(title + 4, 7)).toBeCloseTo(e.total.value, 12);
    // F has ten exits: five women, and its young women (i = 0, 6) are two, so F's young are hidden.
    expect(at(title + 3, 2)).toBe("–");
    expect(at(title + 3, 3)).toBe("–");
  });
});

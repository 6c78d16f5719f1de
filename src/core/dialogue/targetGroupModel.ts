/**
 * The section "Målgrupper" of the Jobbtorg sheet (issue #13): EXITRATE and SELFSUFF6M for the young,
 * the foreign- and Swedish-born, the short-educated and the newly arrived, for women, men and in total,
 * computed by the same core functions as the indicator rows on the exits of each group. A group whose
 * source column is absent from Avslut gets a sentence instead.
 */
import { CellValue, Gender, isBlankOrZero, isoOf, parseDate } from "../cells";
import { exitRate } from "../indicators/exitRate";
import type { RateResult } from "../indicators/rate";
import { selfSufficiencyWith } from "../indicators/selfSufficiency";
import { parsePnr } from "../pnr";
import { SCHEMAS } from "../registry/schemas";
import type { Settings } from "../settings";
import {
  bornAbroadOf,
  DEFAULT_TARGET_GROUP_SETTINGS,
  educationLevelOf,
  ExitPerson,
  GROUP_SOURCE,
  inTargetGroup,
  TARGET_GROUPS,
  TargetGroup,
  TargetGroupSettings,
} from "../targetGroups";
import { attempt, exitColumns, ExitColumns, supportIndexOf } from "./jobbtorgModel";
import { columnRef, dateFormula, IndicatorRow, quoted } from "./model";
import type { ReportPeriod } from "./period";
import { column, DialogueSources, pick } from "./sources";
import { gapOf, Measure, rateMeasure, suppressGenders } from "./statistics";

export type TargetIndicator = "EXITRATE" | "SELFSUFF6M";
type Group = "women" | "men" | "total";

/** One group × indicator: an indicator row (so the sheet's and the placeholders' helpers apply) of a group. */
export interface TargetGroupRow extends IndicatorRow {
  group: TargetGroup;
  indicator: TargetIndicator;
  /** The group's name as the sheet shows it ("Unga 16–24 år"). */
  groupLabel: string;
}

/**
 * Groups whose rows add up to an indicator row that is shown (Utrikes + Inrikes = every exit, when each
 * exit's background is known): complementary suppression must treat them as a sum (disclosure.ts).
 * `groups` lists the genders for which the sum is exact (no exit of that gender without the value).
 */
export interface TargetGroupPartition {
  parts: TargetGroupRow[];
  total: IndicatorRow;
  groups: Group[];
}

export interface TargetGroupSection {
  rows: TargetGroupRow[];
  /** One sentence per source column absent from Avslut ("Utbildningsnivå saknas i Avslut: …"), with its groups. */
  missing: Array<{ groups: TargetGroup[]; sentence: string }>;
  partitions: TargetGroupPartition[];
  settings: TargetGroupSettings;
}

/** ASCII names of the groups in placeholders ({{EXITRATE_UNGA.K}}). */
export const GROUP_NAMES: Readonly<Record<TargetGroup, string>> = {
  unga: "UNGA",
  utrikes: "UTRIKES",
  inrikes: "INRIKES",
  kortutbildade: "KORTUTBILDADE",
  nyanlanda: "NYANLANDA",
};

/** The groups' names on the sheet, with the settings' bounds. */
export function groupLabel(group: TargetGroup, s: TargetGroupSettings): string {
  switch (group) {
    case "unga":
      return `Unga ${s.youthMinAge}–${s.youthMaxAge} år`;
    case "utrikes":
      return "Utrikes födda";
    case "inrikes":
      return "Inrikes födda";
    case "kortutbildade":
      return "Kortutbildade (förgymnasial utbildning)";
    case "nyanlanda":
      return `Nyanlända (folkbokförda i Sverige mindre än ${s.newArrivalYears} år)`;
  }
}

/** The groups as the sentence of a missing column names them (plural, lower case). */
const GROUP_WORDS: Readonly<Record<TargetGroup, string>> = {
  unga: "unga",
  utrikes: "utrikes födda",
  inrikes: "inrikes födda",
  kortutbildade: "kortutbildade",
  nyanlanda: "nyanlända",
};

const INDICATOR_LABELS: Readonly<Record<TargetIndicator, string>> = {
  EXITRATE: "Avslut till arbete eller studier (andel)",
  SELFSUFF6M: "Utan försörjningsstöd 6 månader efter avslut (andel)",
};

const GENDERS: Array<Gender | null> = ["K", "M", null];
const NONE: Measure = { value: NaN, n: 0 };

function headerOf(field: string): string {
  return SCHEMAS.avslut.fields.find((f) => f.key === field)?.header ?? field;
}

/** The exits of a unit (a blank reason is no exit, SPEC §4) with what each says about its person. */
interface GroupExits extends ExitColumns {
  persons: Array<ExitPerson | null>;
}

function groupExits(sources: DialogueSources, unit: string | null): GroupExits | null {
  const c = exitColumns(sources, unit);
  if (!c) return null;
  const of = (field: string) => pick(column(sources, "avslut", field), c.rows);
  const education = of("educationLevel");
  const background = of("background");
  const registered = of("registrationDate");
  const persons = c.rows.map((_, i): ExitPerson | null => {
    const exitSerial = parseDate(c.ends[i]);
    if (exitSerial === null) return null;
    const pnr = parsePnr(c.ids[i], exitSerial);
    const person: ExitPerson = { exitSerial, birthSerial: pnr.ok ? pnr.pnr.birthSerial : null };
    if (education) person.educationLevel = educationLevelOf(education[i]);
    if (background) person.bornAbroad = bornAbroadOf(background[i]);
    if (registered)
      person.registeredSerial = isBlankOrZero(registered[i]) ? null : parseDate(registered[i]);
    return person;
  });
  return { ...c, persons };
}

/** The exits' columns narrowed to the members of a group. */
function membersOf(
  c: GroupExits,
  member: (person: ExitPerson) => boolean | null
): Omit<ExitColumns, "rows" | "starts"> {
  const at = c.persons
    .map((p, i) => (p !== null && member(p) === true ? i : -1))
    .filter((i) => i >= 0);
  return {
    ids: pick(c.ids, at)!,
    genders: pick(c.genders, at),
    ends: pick(c.ends, at)!,
    reasons: pick(c.reasons, at)!,
  };
}

/** The source column's values that put an exit in the group, for the formula's list ({"Sverige";"Inrikes född"}). */
function valuesWhere(
  sources: DialogueSources,
  field: string,
  test: (v: CellValue) => boolean
): string[] {
  const seen = new Set<string>();
  for (const v of column(sources, "avslut", field) ?? [])
    if (!isBlankOrZero(v) && test(v)) seen.add(String(v));
  return [...seen].sort((a, b) => a.localeCompare(b, "sv-SE"));
}

/**
 * The group's row test in Swedish Excel over the Avslut table: LET definitions and the condition.
 * AMF.AGE takes one personnummer and one date, so the ages of a column come from MAP with a LAMBDA
 * (an unreadable id counts as no age, OMFEL → −1, as the model leaves such a row out of the group).
 */
function groupCondition(
  sources: DialogueSources,
  group: TargetGroup,
  s: TargetGroupSettings
): { lets: string; condition: string } {
  const reg = sources.registers.avslut;
  const ref = (field: string) => columnRef(reg, field, "Avslut", headerOf(field));
  const among = (field: string, values: string[]) =>
    `ÄRTAL(PASSA(${ref(field)};{${values.map(quoted).join(";")}};0))`;
  const inrikes = () =>
    among(
      "background",
      valuesWhere(sources, "background", (v) => bornAbroadOf(v) === false)
    );
  switch (group) {
    case "unga":
      return {
        lets: `alder;MAP(${ref("personalNumber")};${ref("exitDate")};LAMBDA(p;d;OMFEL(AMF.AGE(p;d);-1)));`,
        condition: `(alder>=${s.youthMinAge})*(alder<=${s.youthMaxAge})`,
      };
    case "utrikes": {
      // Every country but Sweden is utrikes: when each value reads as one or the other, the shorter
      // "not blank and not inrikes" selects the same rows as the list of every country present.
      const unread = valuesWhere(sources, "background", (v) => bornAbroadOf(v) === null);
      const abroad = valuesWhere(sources, "background", (v) => bornAbroadOf(v) === true);
      const condition =
        unread.length === 0
          ? `(${ref("background")}<>"")*ICKE(${inrikes()})`
          : among("background", abroad);
      return { lets: "", condition };
    }
    case "inrikes":
      return { lets: "", condition: inrikes() };
    case "kortutbildade":
      return {
        lets: "",
        condition: among(
          "educationLevel",
          valuesWhere(sources, "educationLevel", (v) => educationLevelOf(v) === "Förgymnasial")
        ),
      };
    case "nyanlanda": {
      const reg0 = ref("registrationDate");
      const exit = ref("exitDate");
      const anniversary = `DATUM(ÅR(${reg0})+${s.newArrivalYears};MÅNAD(${reg0});DAG(${reg0}))`;
      const notInrikes = column(sources, "avslut", "background") ? `*ICKE(${inrikes()})` : "";
      return {
        lets: "",
        condition: `(${reg0}<>"")*(${exit}>=${reg0})*(${exit}<${anniversary})${notInrikes}`,
      };
    }
  }
}

/** The target-group section of a unit (null = every unit) and period; null without an Avslut register. */
export function targetGroupSection(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod,
  settings: Settings,
  today: number,
  indicatorRows: readonly IndicatorRow[]
): TargetGroupSection | null {
  const c = groupExits(sources, unit);
  if (!c) return null;
  const s = settings.targetGroups ?? DEFAULT_TARGET_GROUP_SETTINGS;
  const threshold = settings.suppressionThreshold;
  const present = (group: TargetGroup) => column(sources, "avslut", GROUP_SOURCE[group]) !== null;
  const missing: TargetGroupSection["missing"] = [];
  for (const field of [...new Set(TARGET_GROUPS.map((g) => GROUP_SOURCE[g]))]) {
    const groups = TARGET_GROUPS.filter((g) => GROUP_SOURCE[g] === field);
    if (!present(groups[0]))
      missing.push({
        groups,
        sentence: `${headerOf(field)} saknas i Avslut: ${groups.map((g) => GROUP_WORDS[g]).join(" och ")} kan inte följas`,
      });
  }

  const reg = sources.registers.avslut;
  const ref = (field: string) => columnRef(reg, field, "Avslut", headerOf(field));
  const support = (field: string, header: string) =>
    columnRef(sources.registers.forsorjningsstod, field, "Forsorjningsstod", header);
  const window = `${dateFormula(isoOf(period.periodEnd))};${period.months}`;
  const index = supportIndexOf(sources, today);
  const rows: TargetGroupRow[] = [];

  for (const group of TARGET_GROUPS.filter(present)) {
    const m = membersOf(c, (p) => inTargetGroup(group, p, s));
    const { lets, condition } = groupCondition(sources, group, s);
    const inUnit = unit === null ? "" : `(${ref("unit")}=${quoted(unit)})*`;
    const f = (field: string) => `FILTRERA(${ref(field)};urval)`;
    const genderArg = (g: string) => (g === "T" ? ";" : `${f("gender")};${quoted(g)}`);
    const formula = (isExit: string, call: (g: string) => string) => (g: string) =>
      `=LET(${lets}urval;${inUnit}${isExit}(${condition});${call(g)})`;
    const label = groupLabel(group, s);

    const row = (
      indicator: TargetIndicator,
      now: RateResult[] | null,
      make: (g: string) => string,
      error?: string
    ): TargetGroupRow => {
      const [w, mm, t] = now ? now.map(rateMeasure) : [NONE, NONE, NONE];
      const shown = suppressGenders(w, mm, t, threshold, settings.minGroupSize);
      return {
        key: `${indicator}_${GROUP_NAMES[group]}`,
        label: `${label}: ${INDICATOR_LABELS[indicator]}`,
        kind: "rate",
        women: shown.women,
        men: shown.men,
        total: shown.total,
        previous: null,
        higherIsBetter: true,
        gap: now ? gapOf(now[0], now[1], settings) : null,
        formulas: { K: make("K"), M: make("M"), T: make("T") },
        note: error,
        chart: false,
        group,
        indicator,
        groupLabel: label,
      };
    };

    const exits = attempt(() =>
      GENDERS.map((gender) =>
        exitRate({
          reasons: m.reasons,
          positiveReasons: settings.positiveExitReasons,
          genders: gender ? m.genders : null,
          gender,
          exitDates: m.ends,
          periodEnd: period.periodEnd,
          months: period.months,
        })
      )
    );
    rows.push(
      row(
        "EXITRATE",
        "value" in exits ? exits.value : null,
        formula(
          "",
          (g) => `AMF.EXITRATE(${f("exitReason")};${genderArg(g)};${f("exitDate")};${window})`
        ),
        "error" in exits ? exits.error : undefined
      )
    );

    if (index) {
      const self = attempt(() =>
        GENDERS.map((gender) =>
          selfSufficiencyWith(
            {
              exitIds: m.ids,
              exitDates: m.ends,
              genders: gender ? m.genders : null,
              gender,
              periodEnd: period.periodEnd,
              months: period.months,
            },
            index
          )
        )
      );
      // SELFSUFF6M has no reason argument: its formula leaves the blank reasons out in the selection.
      rows.push(
        row(
          "SELFSUFF6M",
          "value" in self ? self.value : null,
          formula(
            `(${ref("exitReason")}<>"")*`,
            (g) =>
              `AMF.SELFSUFF6M(${f("personalNumber")};${f("exitDate")};${support("personalNumber", "Personnummer")};${support("month", "Månad")};${genderArg(g)};${window})`
          ),
          "error" in self ? self.error : undefined
        )
      );
    }
  }

  const partitions: TargetGroupPartition[] = [];
  for (const indicator of ["EXITRATE", "SELFSUFF6M"] as const) {
    const total = indicatorRows.find((r) => r.key === indicator);
    const parts = rows.filter(
      (r) => r.indicator === indicator && (r.group === "utrikes" || r.group === "inrikes")
    );
    if (!total || parts.length !== 2) continue;
    // Exact only where no exit lacks the background: then the parts' sizes add up to the row's.
    const groups = (["women", "men", "total"] as const).filter(
      (g) =>
        total[g] &&
        parts.every((p) => p[g]) &&
        parts.reduce((sum, p) => sum + p[g]!.n, 0) === total[g]!.n
    );
    if (groups.length > 0) partitions.push({ parts, total, groups: [...groups] });
  }
  return { rows, missing, partitions, settings: s };
}

/**
 * The adult-education indicators of SPEC §7 by training type: share completed, share dropped out, work
 * or studies after the training, and the response rate of that follow-up — all through AMF.SHARE's core.
 */
import {
  CellValue,
  Gender,
  isBlank,
  isoOf,
  normalizeCode,
  parseDate,
  serialOf,
  ymdOf,
} from "../cells";
import type { RateResult } from "../indicators/rate";
import { share } from "../indicators/share";
import type { Settings } from "../settings";
import { attempt, IndicatorDefinition, indicatorRows, rateValues } from "./indicatorTable";
import { columnRef, dateFormula, IndicatorRow, quoted } from "./model";
import type { ReportPeriod } from "./period";
import { column, DialogueSources, rowsOfUnit } from "./sources";

/** Training types with their placeholder suffix (the schema's code list, in its order). */
export const TRAINING_TYPES: ReadonlyArray<{ name: string; suffix: string }> = [
  { name: "Yrkesutbildning", suffix: "YRK" },
  { name: "Kombinationsutbildning", suffix: "KOMB" },
  { name: "Yrkeshögskola", suffix: "YH" },
];

const ENDED = ["slutförd", "avbruten"];
const GENDERS: Array<Gender | null> = ["K", "M", null];

/** Months after the end the occupation is measured (SPEC §5: 3, and 6 for Yrkeshögskola). */
function followUpMonths(type: CellValue): number {
  return normalizeCode(type) === "yrkeshögskola" ? 6 : 3;
}

function addMonths(serial: number, months: number): number {
  const [y, m, d] = ymdOf(serial);
  return serialOf(y, m + months, d);
}

/** What the vux indicators of a school and period read: the register's columns and the formula parts. */
interface VuxContext {
  period: ReportPeriod;
  previous: ReportPeriod;
  settings: Settings;
  today: number;
  school: string | null;
  status: CellValue[];
  ends: CellValue[];
  types: CellValue[];
  genders: CellValue[] | null;
  after: CellValue[];
  schoolRows: number[];
  /** VuxUppfoljning[header]. */
  ref: (field: string, header: string) => string;
}

/** A vux indicator: how each ended course is turned into a value for SHARE, and the same in a formula. */
interface VuxIndicator {
  key: string;
  label: string;
  /** A course's value for SHARE (null = left out). */
  value: (x: VuxContext, i: number) => CellValue;
  positives: string[];
  /** SHARE's first argument (before filtering) and its positive values, in a formula. */
  formulaValues: (x: VuxContext) => [string, string];
  /** A further condition on the courses in the formula. */
  condition?: (x: VuxContext) => string;
}

/** Whether a course's follow-up time has passed. */
function measurable(x: VuxContext, i: number): boolean {
  return addMonths(parseDate(x.ends[i])!, followUpMonths(x.types[i])) <= x.today;
}

const VUX_INDICATORS: readonly VuxIndicator[] = [
  {
    key: "COMPLETED",
    label: "Slutfört utbildningen (andel)",
    value: (x, i) => x.status[i],
    positives: ["Slutförd"],
    formulaValues: (x) => [x.ref("status", "Status"), `"Slutförd"`],
  },
  {
    key: "DROPOUT",
    label: "Avbrutit utbildningen (andel)",
    value: (x, i) => x.status[i],
    positives: ["Avbruten"],
    formulaValues: (x) => [x.ref("status", "Status"), `"Avbruten"`],
  },
  {
    key: "WORKSTUDY",
    label: "Arbete eller studier efter utbildningen (andel av svarande)",
    value: (x, i) => x.after[i],
    positives: ["Arbete", "Studier"],
    formulaValues: (x) => [
      x.ref("occupationAfter", "Sysselsättning efter"),
      `{"Arbete";"Studier"}`,
    ],
  },
  {
    key: "RESPONSE",
    label: "Svarsfrekvens i uppföljningen (andel)",
    // Only courses whose follow-up time has passed can have answered; an empty answer is "no answer".
    value: (x, i) => (measurable(x, i) ? (isBlank(x.after[i]) ? "Inget svar" : "Svar") : null),
    positives: ["Svar"],
    formulaValues: (x) => [`--(${x.ref("occupationAfter", "Sysselsättning efter")}<>"")`, "1"],
    condition: (x) => {
      const end = x.ref("endDate", "Slutdatum");
      const months = `OM(${x.ref("educationType", "Utbildningstyp")}="Yrkeshögskola";6;3)`;
      return `*(EDATUM(${end};${months})<=${dateFormula(isoOf(x.today))})`;
    },
  },
];

/** SHARE of an indicator over the ended courses of a period and type (null = all types). */
function shares(
  x: VuxContext,
  p: ReportPeriod,
  type: string | null,
  indicator: VuxIndicator
): RateResult[] {
  const rows = x.schoolRows.filter((i) => {
    const end = parseDate(x.ends[i]);
    if (
      end === null ||
      end < p.from ||
      end > p.periodEnd ||
      !ENDED.includes(normalizeCode(x.status[i]))
    )
      return false;
    return type === null || normalizeCode(x.types[i]) === normalizeCode(type);
  });
  const values = rows.map((i) => indicator.value(x, i));
  const genders = x.genders;
  const positiveValues = indicator.positives;
  return GENDERS.map((gender) =>
    share({
      values,
      positiveValues,
      genders: gender && genders ? rows.map((i) => genders[i]) : null,
      gender,
    })
  );
}

/** The courses of a SHARE formula: ended in the period, at the school, of the type. */
function courseCondition(x: VuxContext, type: string | null): string {
  const { ref, period, school } = x;
  return [
    `(${ref("endDate", "Slutdatum")}>=${dateFormula(isoOf(period.from))})`,
    `(${ref("endDate", "Slutdatum")}<=${dateFormula(isoOf(period.periodEnd))})`,
    `(${ref("status", "Status")}<>"Pågående")`,
    school === null ? "" : `(${ref("school", "Skola")}=${quoted(school)})`,
    type === null ? "" : `(${ref("educationType", "Utbildningstyp")}=${quoted(type)})`,
  ]
    .filter(Boolean)
    .join("*");
}

/** One indicator for one training type (null = all types): a row of the vux table. */
function vuxDefinition(
  indicator: VuxIndicator,
  type: (typeof TRAINING_TYPES)[number] | null
): IndicatorDefinition<VuxContext> {
  const name = type?.name ?? null;
  return {
    key: type ? `${indicator.key}_${type.suffix}` : indicator.key,
    label: `${indicator.label} – ${type ? type.name : "alla utbildningstyper"}`,
    kind: "rate",
    higherIsBetter: indicator.key !== "DROPOUT",
    chart: type === null,
    compute: (x) =>
      rateValues(
        attempt(() => shares(x, x.period, name, indicator)),
        attempt(() => shares(x, x.previous, name, indicator)),
        x.settings
      ),
    formula: (x, g) => {
      const condition = courseCondition(x, name) + (indicator.condition?.(x) ?? "");
      const [values, positive] = indicator.formulaValues(x);
      const genders =
        g === "T" ? "" : `;FILTRERA(${x.ref("gender", "Kön")};${condition});${quoted(g)}`;
      return `=AMF.SHARE(FILTRERA(${values};${condition});${positive}${genders})`;
    },
  };
}

/** The vux table: each indicator for all training types, then for each type. */
const VUX_DEFINITIONS = VUX_INDICATORS.flatMap((indicator) =>
  [null, ...TRAINING_TYPES].map((type) => vuxDefinition(indicator, type))
);

/** The adult-education indicator rows for a school (null = all) and period. */
export function vuxRows(
  sources: DialogueSources,
  school: string | null,
  period: ReportPeriod,
  previous: ReportPeriod,
  settings: Settings,
  today: number
): IndicatorRow[] {
  const all = (field: string) => column(sources, "vux", field);
  const status = all("status");
  const ends = all("endDate");
  const types = all("educationType");
  if (!status || !ends || !types) return [];
  const context: VuxContext = {
    period,
    previous,
    settings,
    today,
    school,
    status,
    ends,
    types,
    genders: all("gender"),
    after: all("occupationAfter") ?? status.map(() => null),
    schoolRows: rowsOfUnit(all("school"), school, status.length),
    ref: (field, header) => columnRef(sources.registers.vux, field, "VuxUppfoljning", header),
  };
  return indicatorRows(VUX_DEFINITIONS, context, settings);
}

/**
 * The Jobbtorg indicators of SPEC §7 for a unit and period, computed by the same core functions as the
 * custom functions: EXITRATE, SELFSUFF6M, ENROLLDAYS, the number of exits and EFFINDEX.
 */
import {
  CellValue,
  Gender,
  isBlankOrZero,
  isoOf,
  parseDate,
  parseMonth,
  parseNumber,
  parsePeriodKey,
  periodWindow,
  serialOf,
} from "../cells";
import { efficiencyIndex } from "../indicators/efficiencyIndex";
import { enrollDays } from "../indicators/enrollDays";
import { exitRate } from "../indicators/exitRate";
import type { RateResult } from "../indicators/rate";
import { MEASUREMENT_LAG_MONTHS, selfSufficiencyWith } from "../indicators/selfSufficiency";
import { SupportIndex } from "../indicators/supportIndex";
import type { Settings } from "../settings";
import { svNumber } from "./format";
import {
  attempt,
  Attempted,
  FormulaGender,
  IndicatorDefinition,
  indicatorRows,
  IndicatorValues,
  rateValues,
} from "./indicatorTable";
import { columnRef, dateFormula, filtered, IndicatorRow, quoted } from "./model";
import { costPeriodCodes, ReportPeriod } from "./period";
import { column, DialogueSources, distinctValues, pick, rowsOfUnit } from "./sources";
import type { Measure } from "./statistics";

const GENDERS: Array<Gender | null> = ["K", "M", null];

// Kept here for the models that import it from the Jobbtorg model (vux, sfi, survey).
export { attempt };

/** The exits (rows with a reason) of a unit, column by column. */
export interface ExitColumns {
  /** The exits' row indexes in the Avslut table (for reading further columns of the same exits). */
  rows: number[];
  ids: CellValue[];
  genders: CellValue[] | null;
  starts: CellValue[];
  ends: CellValue[];
  reasons: CellValue[];
}

export function exitColumns(sources: DialogueSources, unit: string | null): ExitColumns | null {
  const all = (field: string) => column(sources, "avslut", field);
  const reasons = all("exitReason");
  const ends = all("exitDate");
  if (!reasons || !ends) return null;
  // SPEC §4: a row with a blank reason is not an exit — for every indicator, not only EXITRATE.
  const rows = rowsOfUnit(all("unit"), unit, reasons.length).filter(
    (i) => !isBlankOrZero(reasons[i])
  );
  return {
    rows,
    ids: pick(all("personalNumber"), rows) ?? rows.map(() => null),
    genders: pick(all("gender"), rows),
    starts: pick(all("enrolmentDate"), rows) ?? rows.map(() => null),
    ends: pick(ends, rows)!,
    reasons: pick(reasons, rows)!,
  };
}

/** EXITRATE for women, men and in all. */
export function exitRates(c: ExitColumns, period: ReportPeriod, settings: Settings): RateResult[] {
  return GENDERS.map((gender) =>
    exitRate({
      reasons: c.reasons,
      positiveReasons: settings.positiveExitReasons,
      genders: gender ? c.genders : null,
      gender,
      exitDates: c.ends,
      periodEnd: period.periodEnd,
      months: period.months,
    })
  );
}

/** An exit window: the last day and the whole months ending with its month. */
export interface Window {
  periodEnd: number;
  months: number;
}

/**
 * The support register indexed by person, once per report: the report asks SELFSUFF6M for every unit,
 * gender and period, and reading all support rows for each was most of a report's time. Kept per
 * register (a report's sources) and reference date.
 */
const supportIndexes = new WeakMap<object, { today: number; index: SupportIndex }>();

export function supportIndexOf(sources: DialogueSources, today: number): SupportIndex | null {
  const register = sources.registers.forsorjningsstod;
  if (!register) return null;
  const kept = supportIndexes.get(register);
  if (kept && kept.today === today) return kept.index;
  const supportIds = column(sources, "forsorjningsstod", "personalNumber");
  const supportMonths = column(sources, "forsorjningsstod", "month");
  if (!supportIds || !supportMonths) return null;
  const index = new SupportIndex(supportIds, supportMonths, today);
  supportIndexes.set(register, { today, index });
  return index;
}

/** SELFSUFF6M for women, men and in all; null without a support register. */
export function selfSufficiencies(
  c: ExitColumns,
  sources: DialogueSources,
  period: Window,
  today: number
): RateResult[] | null {
  const support = supportIndexOf(sources, today);
  if (!support) return null;
  return GENDERS.map((gender) =>
    selfSufficiencyWith(
      {
        exitIds: c.ids,
        exitDates: c.ends,
        genders: gender ? c.genders : null,
        gender,
        periodEnd: period.periodEnd,
        months: period.months,
      },
      support
    )
  );
}

/** The last month (month index, year × 12 + month − 1) of the support register, or null when it has none. */
function lastSupportMonth(sources: DialogueSources): number | null {
  const months = column(sources, "forsorjningsstod", "month");
  let last = -Infinity;
  for (const v of months ?? []) {
    const m = parseMonth(v);
    if (m !== null && m > last) last = m;
  }
  return Number.isFinite(last) ? last : null;
}

const MONTHS_SV = [
  "januari",
  "februari",
  "mars",
  "april",
  "maj",
  "juni",
  "juli",
  "augusti",
  "september",
  "oktober",
  "november",
  "december",
];
const monthText = (index: number) => `${MONTHS_SV[index % 12]} ${Math.floor(index / 12)}`;

/**
 * Like for like over time: the exits whose sixth month lies past the support register cannot be
 * measured yet, so the comparison period is cut to the same exit months a year earlier. Null when
 * every exit of the period can be measured.
 */
export function measurableWindow(
  sources: DialogueSources,
  period: ReportPeriod
): { now: Window; before: Window | null; lastSupport: number } | null {
  const last = lastSupportMonth(sources);
  const first = period.year * 12;
  const end = first + period.months - 1;
  if (last === null || last - MEASUREMENT_LAG_MONTHS >= end) return null;
  const lastExit = last - MEASUREMENT_LAG_MONTHS;
  const months = lastExit - first + 1;
  const endOf = (index: number) => serialOf(Math.floor(index / 12), (index % 12) + 2, 1) - 1;
  return {
    now: { periodEnd: period.periodEnd, months: period.months },
    before: months > 0 ? { periodEnd: endOf(lastExit - 12), months } : null,
    lastSupport: last,
  };
}

function enrolments(
  c: ExitColumns,
  period: ReportPeriod,
  statistic: "mean" | "median" = "mean"
): Measure[] {
  // ENROLLDAYS has no period filter: the enrolments that ended within the period are picked here.
  const window = periodWindow(period.periodEnd, period.months);
  const rows = c.ends
    .map((_, i) => i)
    .filter((i) => {
      const end = parseDate(c.ends[i]);
      return end !== null && end >= window.from && end <= window.to;
    });
  return GENDERS.map((gender) => {
    const r = enrollDays({
      startDates: rows.map((i) => c.starts[i]),
      endDates: rows.map((i) => c.ends[i]),
      genders: gender && c.genders ? rows.map((i) => c.genders![i]) : null,
      gender,
      statistic,
    });
    return { value: r.days ?? NaN, n: r.n };
  });
}

/** Positive exits and staff cost per unit for the period, and the EFFINDEX of each (pooled reference). */
export function efficiencyByUnit(
  sources: DialogueSources,
  period: ReportPeriod,
  settings: Settings
): Map<string, { index: number; outcomes: number; cost: number }> {
  const result = new Map<string, { index: number; outcomes: number; cost: number }>();
  const units = column(sources, "personalkostnad", "unit");
  const periods = column(sources, "personalkostnad", "period");
  const costs = column(sources, "personalkostnad", "staffCost");
  if (!units || !periods || !costs) return result;
  // The register's own period parser, so that every spelling the validation accepts ("2025-T2",
  // "2025 t2", 2025) is matched, not only the normalised one.
  const codes = new Set(costPeriodCodes(period));
  const costOf = new Map<string, number>();
  units.forEach((u, i) => {
    const cost = parseNumber(costs[i]);
    const key = parsePeriodKey(periods[i]);
    if (u === null || cost === null || key === null || !codes.has(key)) return;
    costOf.set(String(u).trim(), (costOf.get(String(u).trim()) ?? 0) + cost);
  });
  const names = distinctValues([...costOf.keys()]);
  const outcomes = names.map((name) => {
    const c = exitColumns(sources, name);
    return c ? exitRates(c, period, settings)[2].count : 0;
  });
  if (names.length === 0 || outcomes.every((o) => o === 0)) return result;
  const indexes = efficiencyIndex({ outcomes, costs: names.map((n) => costOf.get(n)!) });
  names.forEach((name, i) => {
    const index = indexes[i];
    if (typeof index === "number")
      result.set(name.toLocaleLowerCase("sv-SE"), {
        index,
        outcomes: outcomes[i],
        cost: costOf.get(name)!,
      });
  });
  return result;
}

/** EFFINDEX of one unit against all units, now and in the comparison period. */
interface UnitEfficiency {
  mine: { index: number; outcomes: number; cost: number } | undefined;
  before: { index: number; outcomes: number } | undefined;
  /** The pooled reference: all units' positive exits and staff cost. */
  refOutcomes: number;
  refCost: number;
}

function unitEfficiency(
  sources: DialogueSources,
  unit: string,
  period: ReportPeriod,
  previous: ReportPeriod,
  settings: Settings
): UnitEfficiency {
  const key = unit.toLocaleLowerCase("sv-SE");
  const now = efficiencyByUnit(sources, period, settings);
  const before = efficiencyByUnit(sources, previous, settings).get(key);
  let refOutcomes = 0;
  let refCost = 0;
  for (const v of now.values()) {
    refOutcomes += v.outcomes;
    refCost += v.cost;
  }
  return { mine: now.get(key), before, refOutcomes, refCost };
}

/** The parts of the Jobbtorg formulas: structured references to the registers, filtered to the unit. */
interface JobbtorgRefs {
  /** Avslut[header]. */
  ref: (field: string, header: string) => string;
  /** The unit condition, or null for all units. */
  inUnit: string | null;
  /** An Avslut column filtered to the unit. */
  unitColumn: (field: string, header: string) => string;
  /** An Avslut column filtered to the unit's exits: SELFSUFF6M and ENROLLDAYS have no reason argument. */
  exitColumn: (field: string, header: string) => string;
  isExit: string;
  /** The period's last day and months: the last two arguments of EXITRATE and SELFSUFF6M. */
  window: string;
  support: (field: string, header: string) => string;
}

function jobbtorgRefs(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod
): JobbtorgRefs {
  const ref = (field: string, header: string) =>
    columnRef(sources.registers.avslut, field, "Avslut", header);
  const inUnit = unit === null ? null : `${ref("unit", "Enhet")}=${quoted(unit)}`;
  const isExit = `(${ref("exitReason", "Avslutsorsak")}<>"")`;
  return {
    ref,
    inUnit,
    unitColumn: (field, header) => filtered(ref(field, header), inUnit),
    exitColumn: (field, header) =>
      filtered(ref(field, header), inUnit ? `(${inUnit})*${isExit}` : isExit),
    isExit,
    window: `${dateFormula(isoOf(period.periodEnd))};${period.months}`,
    support: (field, header) =>
      columnRef(sources.registers.forsorjningsstod, field, "Forsorjningsstod", header),
  };
}

/** What the Jobbtorg indicators of a unit and period read. */
interface JobbtorgContext {
  sources: DialogueSources;
  period: ReportPeriod;
  previous: ReportPeriod;
  settings: Settings;
  today: number;
  exits: ExitColumns;
  /** EXITRATE's results, read by the rate, the number of exits and SELFSUFF6M's coverage. */
  rates: Attempted<RateResult[]>;
  ratesBefore: Attempted<RateResult[]>;
  /** Null on the all-units sheet, which has no EFFINDEX. */
  efficiency: UnitEfficiency | null;
  refs: JobbtorgRefs;
}

/** The gender arguments of a formula: a gender column and the gender, or none for the total. */
function genderArguments(column: string, g: FormulaGender): string {
  return g === "T" ? ";" : `${column};${quoted(g)}`;
}

function exitRateFormula(x: JobbtorgContext, g: FormulaGender, output = ""): string {
  const { unitColumn, window } = x.refs;
  const reasons = unitColumn("exitReason", "Avslutsorsak");
  const genders = genderArguments(unitColumn("gender", "Kön"), g);
  return `=AMF.EXITRATE(${reasons};${genders};${unitColumn("exitDate", "Avslutsdatum")};${window}${output})`;
}

function selfSufficiencyFormula(x: JobbtorgContext, g: FormulaGender): string {
  const { exitColumn, support, window } = x.refs;
  const exits = `${exitColumn("personalNumber", "Personnummer")};${exitColumn("exitDate", "Avslutsdatum")}`;
  const supportColumns = `${support("personalNumber", "Personnummer")};${support("month", "Månad")}`;
  return `=AMF.SELFSUFF6M(${exits};${supportColumns};${genderArguments(exitColumn("gender", "Kön"), g)};${window})`;
}

function selfSufficiencyValues(x: JobbtorgContext): IndicatorValues | null {
  const partial = measurableWindow(x.sources, x.period);
  const self = attempt(() => selfSufficiencies(x.exits, x.sources, x.period, x.today));
  const comparison = partial ? partial.before : x.previous;
  const before = attempt(() =>
    comparison ? selfSufficiencies(x.exits, x.sources, comparison, x.today) : null
  );
  // Without a support register the indicator is left out.
  if ("value" in self && self.value === null) return null;
  const values = rateValues(self, before, x.settings);
  if (partial && "value" in self && self.value && "value" in x.rates) {
    const lastExitMonth = MONTHS_SV[(partial.lastSupport - MEASUREMENT_LAG_MONTHS) % 12];
    const comparing = partial.before
      ? `jämförelseperioden avser samma avslutsmånader, januari–${lastExitMonth} ${x.previous.year}`
      : "ingen jämförelse: inget avslut i perioden kan mätas ännu";
    const measured = `${svNumber(self.value[2].total)} av ${svNumber(x.rates.value[2].total)} avslut mätbara`;
    const support = `försörjningsstödet finns till och med ${monthText(partial.lastSupport)}`;
    values.coverage = `${measured} (${support}); ${comparing}`;
  }
  return values;
}

/** ENROLLDAYS as the mean or the median of the enrolments that ended in the period. */
function enrollDaysDefinition(
  statistic: "mean" | "median",
  key: string,
  label: string
): IndicatorDefinition<JobbtorgContext> {
  return {
    key,
    label,
    kind: "days",
    higherIsBetter: false,
    chart: false,
    compute: (x) => {
      const days = attempt(() => enrolments(x.exits, x.period, statistic));
      const before = attempt(() => enrolments(x.exits, x.previous, statistic));
      if ("error" in days) return { now: null, previous: null, note: days.error };
      return { now: days.value, previous: "value" in before ? before.value[2] : null };
    },
    formula: (x, gender) => {
      const { ref, isExit, inUnit } = x.refs;
      const end = ref("exitDate", "Avslutsdatum");
      const { from, periodEnd } = x.period;
      const inPeriod = `(${end}>=${dateFormula(isoOf(from))})*(${end}<=${dateFormula(isoOf(periodEnd))})`;
      const ended = `${inPeriod}*${isExit}${inUnit ? `*(${inUnit})` : ""}`;
      const g = (field: string, header: string) => `FILTRERA(${ref(field, header)};${ended})`;
      const genders = gender === "T" ? "" : `;${g("gender", "Kön")};${quoted(gender)}`;
      const median = statistic === "median" ? `${gender === "T" ? ";;" : ""};"median"` : "";
      const dates = `${g("enrolmentDate", "Inskrivningsdatum")};${g("exitDate", "Avslutsdatum")}`;
      return `=AMF.ENROLLDAYS(${dates}${genders}${median})`;
    },
  };
}

/** The number of exits as a measure: the total of EXITRATE's results. */
const exitCount = (r: RateResult): Measure => ({ value: r.total, n: r.total });

/** The Jobbtorg indicators of SPEC §7, in the order of the sheet. */
const JOBBTORG_INDICATORS: ReadonlyArray<IndicatorDefinition<JobbtorgContext>> = [
  {
    key: "EXITRATE",
    label: "Avslut till arbete eller studier (andel)",
    kind: "rate",
    higherIsBetter: true,
    chart: true,
    compute: (x) => rateValues(x.rates, x.ratesBefore, x.settings),
    formula: (x, g) => exitRateFormula(x, g),
  },
  {
    key: "SELFSUFF6M",
    label: "Utan försörjningsstöd 6 månader efter avslut (andel)",
    kind: "rate",
    higherIsBetter: true,
    chart: true,
    compute: selfSufficiencyValues,
    formula: selfSufficiencyFormula,
  },
  enrollDaysDefinition("mean", "ENROLLDAYS", "Genomsnittlig inskrivningstid (dagar)"),
  enrollDaysDefinition("median", "ENROLLDAYS_MEDIAN", "Inskrivningstid, median (dagar)"),
  {
    key: "EXITS",
    label: "Antal avslut",
    kind: "count",
    higherIsBetter: true,
    chart: false,
    compute: (x) => {
      if (!("value" in x.rates)) return null;
      const previous = "value" in x.ratesBefore ? exitCount(x.ratesBefore.value[2]) : null;
      return { now: x.rates.value.map(exitCount), previous };
    },
    formula: (x, g) => exitRateFormula(x, g, ';"total"'),
  },
  {
    key: "EFFINDEX",
    label: "Effektivitetsindex (100 = alla enheter)",
    kind: "index",
    higherIsBetter: true,
    chart: false,
    split: false,
    compute: (x) => {
      if (!x.efficiency) return null;
      const { mine, before } = x.efficiency;
      const previous = before ? { value: before.index, n: before.outcomes } : null;
      if (mine) return { now: [{ value: mine.index, n: mine.outcomes }], previous };
      // The row stays, with ".." and a footnote: a vanished row reads as if the index did not apply.
      const costs = x.sources.registers.personalkostnad;
      const periods = costPeriodCodes(x.period).join(" eller ");
      const note = costs
        ? `ingen personalkostnad för enheten täcker perioden (Period ${periods} i ${costs.table.name})`
        : "arbetsboken har inget blad med personalkostnad";
      return { now: null, previous, note };
    },
    formula: (x) => {
      const { mine, refOutcomes, refCost } = x.efficiency!;
      return `=AMF.EFFINDEX(${mine!.outcomes};${mine!.cost};${refOutcomes};${refCost})`;
    },
  },
];

/** The Jobbtorg indicator rows for a unit (null = all units) and period. */
export function jobbtorgRows(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod,
  previous: ReportPeriod,
  settings: Settings,
  today: number
): IndicatorRow[] {
  const exits = exitColumns(sources, unit);
  if (!exits) return [];
  const context: JobbtorgContext = {
    sources,
    period,
    previous,
    settings,
    today,
    exits,
    rates: attempt(() => exitRates(exits, period, settings)),
    ratesBefore: attempt(() => exitRates(exits, previous, settings)),
    efficiency: unit === null ? null : unitEfficiency(sources, unit, period, previous, settings),
    refs: jobbtorgRefs(sources, unit, period),
  };
  return indicatorRows(JOBBTORG_INDICATORS, context, settings);
}

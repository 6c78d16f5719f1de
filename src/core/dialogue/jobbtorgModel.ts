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
import { isAmfError } from "../errors";
import { formatMessage } from "../messages";
import { efficiencyIndex } from "../indicators/efficiencyIndex";
import { enrollDays } from "../indicators/enrollDays";
import { exitRate } from "../indicators/exitRate";
import type { RateResult } from "../indicators/rate";
import { MEASUREMENT_LAG_MONTHS, selfSufficiencyWith } from "../indicators/selfSufficiency";
import { SupportIndex } from "../indicators/supportIndex";
import type { Settings } from "../settings";
import { svNumber } from "./format";
import { columnRef, dateFormula, filtered, IndicatorRow, quoted } from "./model";
import { costPeriodCodes, ReportPeriod } from "./period";
import { column, DialogueSources, distinctValues, pick, rowsOfUnit } from "./sources";
import { gapOf, Measure, rateMeasure, suppressGenders } from "./statistics";

const GENDERS: Array<Gender | null> = ["K", "M", null];

/** A computation that may fail on a bad row: the error's Swedish message instead of a thrown error. */
export function attempt<T>(compute: () => T): { value: T } | { error: string } {
  try {
    return { value: compute() };
  } catch (e) {
    if (isAmfError(e)) return { error: formatMessage(e.key, e.params, "sv", "words") };
    throw e;
  }
}

const NONE: Measure = { value: NaN, n: 0 };

interface ExitColumns {
  ids: CellValue[];
  genders: CellValue[] | null;
  starts: CellValue[];
  ends: CellValue[];
  reasons: CellValue[];
}

function exitColumns(sources: DialogueSources, unit: string | null): ExitColumns | null {
  const all = (field: string) => column(sources, "avslut", field);
  const reasons = all("exitReason");
  const ends = all("exitDate");
  if (!reasons || !ends) return null;
  // SPEC §4: a row with a blank reason is not an exit — for every indicator, not only EXITRATE.
  const rows = rowsOfUnit(all("unit"), unit, reasons.length).filter((i) => !isBlankOrZero(reasons[i]));
  return {
    ids: pick(all("personalNumber"), rows) ?? rows.map(() => null),
    genders: pick(all("gender"), rows),
    starts: pick(all("enrolmentDate"), rows) ?? rows.map(() => null),
    ends: pick(ends, rows)!,
    reasons: pick(reasons, rows)!,
  };
}

function exitRates(c: ExitColumns, period: ReportPeriod, settings: Settings): RateResult[] {
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
interface Window {
  periodEnd: number;
  months: number;
}

/**
 * The support register indexed by person, once per report: the report asks SELFSUFF6M for every unit,
 * gender and period, and reading all support rows for each was most of a report's time. Kept per
 * register (a report's sources) and reference date.
 */
const supportIndexes = new WeakMap<object, { today: number; index: SupportIndex }>();

function supportIndexOf(sources: DialogueSources, today: number): SupportIndex | null {
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

function selfSufficiencies(c: ExitColumns, sources: DialogueSources, period: Window, today: number): RateResult[] | null {
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

const MONTHS_SV = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"];
const monthText = (index: number) => `${MONTHS_SV[index % 12]} ${Math.floor(index / 12)}`;

/**
 * Like for like over time: the exits whose sixth month lies past the support register cannot be
 * measured yet, so the comparison period is cut to the same exit months a year earlier. Null when
 * every exit of the period can be measured.
 */
export function measurableWindow(sources: DialogueSources, period: ReportPeriod): { now: Window; before: Window | null; lastSupport: number } | null {
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

function enrolments(c: ExitColumns, period: ReportPeriod, statistic: "mean" | "median" = "mean"): Measure[] {
  // ENROLLDAYS has no period filter: the enrolments that ended within the period are picked here.
  const window = periodWindow(period.periodEnd, period.months);
  const rows = c.ends.map((_, i) => i).filter((i) => {
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
export function efficiencyByUnit(sources: DialogueSources, period: ReportPeriod, settings: Settings): Map<string, { index: number; outcomes: number; cost: number }> {
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
    if (typeof index === "number") result.set(name.toLocaleLowerCase("sv-SE"), { index, outcomes: outcomes[i], cost: costOf.get(name)! });
  });
  return result;
}

/** The Jobbtorg indicator rows for a unit (null = all units) and period. */
export function jobbtorgRows(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod,
  previous: ReportPeriod,
  settings: Settings,
  today: number
): IndicatorRow[] {
  const c = exitColumns(sources, unit);
  if (!c) return [];
  const reg = sources.registers.avslut;
  const ref = (field: string, header: string) => columnRef(reg, field, "Avslut", header);
  const inUnit = unit === null ? null : `${ref("unit", "Enhet")}=${quoted(unit)}`;
  const f = (field: string, header: string) => filtered(ref(field, header), inUnit);
  // SELFSUFF6M and ENROLLDAYS have no reason argument: their formulas leave the blank reasons out here.
  const isExit = `(${ref("exitReason", "Avslutsorsak")}<>"")`;
  const fx = (field: string, header: string) => filtered(ref(field, header), inUnit ? `(${inUnit})*${isExit}` : isExit);
  const genderArgX = (g: string) => (g === "T" ? ";" : `${fx("gender", "Kön")};${quoted(g)}`);
  const window = `${dateFormula(isoOf(period.periodEnd))};${period.months}`;
  const genderArg = (g: string) => (g === "T" ? ";" : `${f("gender", "Kön")};${quoted(g)}`);
  const rows: IndicatorRow[] = [];
  const threshold = settings.suppressionThreshold;

  const rateRow = (key: string, label: string, now: RateResult[] | null, before: RateResult[] | null, formula: (g: string) => string, error?: string): IndicatorRow => {
    const [w, m, t] = now ? now.map(rateMeasure) : [NONE, NONE, NONE];
    const s = suppressGenders(w, m, t, threshold, settings.minGroupSize);
    return {
      key, label, kind: "rate", women: s.women, men: s.men, total: s.total,
      previous: before ? rateMeasure(before[2]) : null,
      higherIsBetter: true,
      gap: now ? gapOf(now[0], now[1], settings) : null,
      formulas: { K: formula("K"), M: formula("M"), T: formula("T") },
      note: error,
      chart: true,
    };
  };

  const exits = attempt(() => exitRates(c, period, settings));
  const exitsBefore = attempt(() => exitRates(c, previous, settings));
  const exitFormula = (output: string) => (g: string) => `=AMF.EXITRATE(${f("exitReason", "Avslutsorsak")};${genderArg(g)};${f("exitDate", "Avslutsdatum")};${window}${output})`;
  rows.push(rateRow("EXITRATE", "Avslut till arbete eller studier (andel)", "value" in exits ? exits.value : null, "value" in exitsBefore ? exitsBefore.value : null, exitFormula(""), "error" in exits ? exits.error : undefined));

  const partial = measurableWindow(sources, period);
  const self = attempt(() => selfSufficiencies(c, sources, period, today));
  const selfBefore = attempt(() => (partial ? (partial.before ? selfSufficiencies(c, sources, partial.before, today) : null) : selfSufficiencies(c, sources, previous, today)));
  const support = (field: string, header: string) => columnRef(sources.registers.forsorjningsstod, field, "Forsorjningsstod", header);
  if (!("value" in self) || self.value !== null) {
    rows.push(
      rateRow("SELFSUFF6M", "Utan försörjningsstöd 6 månader efter avslut (andel)", "value" in self ? self.value : null,
        "value" in selfBefore ? selfBefore.value : null,
        (g) => `=AMF.SELFSUFF6M(${fx("personalNumber", "Personnummer")};${fx("exitDate", "Avslutsdatum")};${support("personalNumber", "Personnummer")};${support("month", "Månad")};${genderArgX(g)};${window})`,
        "error" in self ? self.error : undefined)
    );
    const row = rows[rows.length - 1];
    if (partial && "value" in self && self.value && "value" in exits && !row.total.suppressed) {
      const before = partial.before
        ? `jämförelseperioden avser samma avslutsmånader, januari–${MONTHS_SV[(partial.lastSupport - MEASUREMENT_LAG_MONTHS) % 12]} ${previous.year}`
        : "ingen jämförelse: inget avslut i perioden kan mätas ännu";
      row.coverage = `${svNumber(self.value[2].total)} av ${svNumber(exits.value[2].total)} avslut mätbara (försörjningsstödet finns till och med ${monthText(partial.lastSupport)}); ${before}`;
    }
  }

  for (const statistic of ["mean", "median"] as const) {
    const key = statistic === "mean" ? "ENROLLDAYS" : "ENROLLDAYS_MEDIAN";
    const label = statistic === "mean" ? "Genomsnittlig inskrivningstid (dagar)" : "Inskrivningstid, median (dagar)";
    const days = attempt(() => enrolments(c, period, statistic));
    const daysBefore = attempt(() => enrolments(c, previous, statistic));
    if ("value" in days) {
      const [w, m, t] = days.value;
      const s = suppressGenders(w, m, t, threshold, settings.minGroupSize);
      const ended = `(${ref("exitDate", "Avslutsdatum")}>=${dateFormula(isoOf(period.from))})*(${ref("exitDate", "Avslutsdatum")}<=${dateFormula(isoOf(period.periodEnd))})*${isExit}${inUnit ? `*(${inUnit})` : ""}`;
      const g = (name: string, header: string) => `FILTRERA(${ref(name, header)};${ended})`;
      const median = (gender: string) => (statistic === "median" ? `${gender === "T" ? ";;" : ""};"median"` : "");
      const formula = (gender: string) => `=AMF.ENROLLDAYS(${g("enrolmentDate", "Inskrivningsdatum")};${g("exitDate", "Avslutsdatum")}${gender === "T" ? "" : `;${g("gender", "Kön")};${quoted(gender)}`}${median(gender)})`;
      rows.push({
        key, label, kind: "days",
        women: s.women, men: s.men, total: s.total,
        previous: "value" in daysBefore ? daysBefore.value[2] : null,
        higherIsBetter: false, gap: null,
        formulas: { K: formula("K"), M: formula("M"), T: formula("T") }, chart: false,
      });
    } else {
      rows.push({ key, label, kind: "days", women: NONE, men: NONE, total: NONE, previous: null, higherIsBetter: false, gap: null, formulas: {}, note: days.error, chart: false });
    }
  }

  if ("value" in exits) {
    const count = (r: RateResult): Measure => ({ value: r.total, n: r.total });
    const [w, m, t] = exits.value.map(count);
    const s = suppressGenders(w, m, t, threshold, settings.minGroupSize);
    rows.push({
      key: "EXITS", label: "Antal avslut", kind: "count", women: s.women, men: s.men, total: s.total,
      previous: "value" in exitsBefore ? count(exitsBefore.value[2]) : null,
      higherIsBetter: true, gap: null, formulas: { K: exitFormula(";\"total\"")("K"), M: exitFormula(";\"total\"")("M"), T: exitFormula(";\"total\"")("T") }, chart: false,
    });
  }

  if (unit !== null) {
    const key = unit.toLocaleLowerCase("sv-SE");
    const now = efficiencyByUnit(sources, period, settings);
    const before = efficiencyByUnit(sources, previous, settings).get(key);
    const mine = now.get(key);
    if (mine) {
      let refOutcomes = 0;
      let refCost = 0;
      for (const v of now.values()) {
        refOutcomes += v.outcomes;
        refCost += v.cost;
      }
      rows.push({
        key: "EFFINDEX", label: "Effektivitetsindex (100 = alla enheter)", kind: "index",
        women: null, men: null, total: { value: mine.index, n: mine.outcomes },
        previous: before ? { value: before.index, n: before.outcomes } : null,
        higherIsBetter: true, gap: null,
        formulas: { T: `=AMF.EFFINDEX(${mine.outcomes};${mine.cost};${refOutcomes};${refCost})` }, chart: false,
      });
    } else {
      // The row stays, with ".." and a footnote: a vanished row reads as if the index did not apply.
      const note = sources.registers.personalkostnad
        ? `ingen personalkostnad för enheten täcker perioden (Period ${costPeriodCodes(period).join(" eller ")} i ${sources.registers.personalkostnad.table.name})`
        : "arbetsboken har inget blad med personalkostnad";
      rows.push({
        key: "EFFINDEX", label: "Effektivitetsindex (100 = alla enheter)", kind: "index",
        women: null, men: null, total: NONE, previous: before ? { value: before.index, n: before.outcomes } : null,
        higherIsBetter: true, gap: null, formulas: {}, note, chart: false,
      });
    }
  }
  return rows;
}

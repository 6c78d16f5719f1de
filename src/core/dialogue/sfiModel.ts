/**
 * The sfi dropout follow-up (issue #15) for one school or all: who drops out (the dropout share of the
 * period's ended courses by gender, age band and EU/EES / Övriga, each group tested against the rest),
 * when (the Aalen–Johansen cumulative incidence at 90, 180 and 365 days for the courses started in the
 * period, and the median time to dropout), and what they do after (work, studies or neither, with the
 * number unknown). Suppression follows the dialogue sheets: statistics.ts per cell, disclosure.ts
 * across the cells that sum to each other.
 */
import { CellValue, Gender, isoOf, normalizeCode, parseDate, parseGender, ymdOf } from "../cells";
import {
  aalenJohansen,
  CourseTime,
  courseTimes,
  incidenceAt,
  naiveDropoutRisk,
} from "../indicators/dropoutRisk";
import { enrollDays } from "../indicators/enrollDays";
import { parsePnr } from "../pnr";
import {
  codeLookupWithSynonyms,
  DEFAULT_CODE_LISTS,
  resolveCodeLists,
} from "../registry/codeLists";
import { countryGroup } from "../registry/countries";
import { defaultSettings, Settings } from "../settings";
import { fisherExact } from "../stats";
import { GroupCell, protectPartitions } from "./disclosure";
import { attempt } from "./jobbtorgModel";
import { columnRef, dateFormula, quoted } from "./model";
import type { ReportPeriod } from "./period";
import { column, DialogueSources, rowsOfUnit } from "./sources";
import { belowThreshold, Measure, suppressGenders } from "./statistics";

/** Days from the start at which the cumulative incidence is shown. */
export const HORIZONS = [90, 180, 365] as const;
/** Days of the curve the chart draws (monthly, to a year). */
export const CURVE_DAYS: readonly number[] = [
  0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330, 365,
];
/** An unknown share of "Sysselsättning efter" from which the sheet warns, as for a low response rate. */
export const UNKNOWN_WARNING = 0.3;
export const OCCUPATIONS = ["Arbete", "Studier", "Varken arbete eller studier"] as const;

/** A group of one breakdown: its dropout share of ended courses and the exact test against the rest. */
export interface SfiGroup extends GroupCell {
  key: string;
  label: string;
  /** Two-sided Fisher exact p of this group against the other groups with a known value; NaN untestable. */
  p: number;
}

export interface SfiBreakdown {
  key: "gender" | "age" | "country" | "course";
  title: string;
  groups: SfiGroup[];
  /** Ended courses without the attribute (no gender, no valid personnummer, no country). */
  unknown: SfiGroup;
}

export interface SfiAfter {
  label: string;
  /** Work, studies, neither: shares of those whose occupation is known. */
  shares: GroupCell[];
  /** The ended courses of this status: value = share unknown, n = courses, count = unknown. */
  unknown: GroupCell;
}

export interface SfiModel {
  unit: string | null;
  period: ReportPeriod;
  made: string;
  /** The follow-up cut-off for the courses started in the period (today). */
  asOf: number;
  sources: DialogueSources;
  settings: Settings;
  /** All ended courses of the period: value = dropout share, n = ended, count = dropouts. */
  ended: GroupCell;
  breakdowns: SfiBreakdown[];
  /** By course (A–D): not on the sheet, for own templates' placeholders (sfiPlaceholders.ts). */
  courses: SfiBreakdown;
  /** Courses started in the period (the cohort of the cumulative incidence). */
  cohort: { women: number; men: number; total: number };
  /** CIF at each horizon: value = CIF, n = cohort, count = dropouts observed by then. */
  incidence: { women: GroupCell[]; men: GroupCell[]; total: GroupCell[] };
  /** The curve at CURVE_DAYS (null where hidden or nothing to show). */
  curve: Array<{ day: number; women: number | null; men: number | null; total: number | null }>;
  /** 1 − Kaplan–Meier at 365 days with completions censored (the overstating estimate), for the footnote. */
  naive365: number;
  /** Median days from start to dropout among the period's dropouts (n = dropouts). */
  median: GroupCell;
  after: SfiAfter[];
  /** "Så beräknades det": label and AMF formula (Swedish Excel). */
  formulas: Array<[string, string]>;
  notes: string[];
}

const NONE: Measure = { value: NaN, n: 0 };

function rateCell(count: number, n: number): Measure {
  return { value: n > 0 ? count / n : NaN, n, count };
}

/** Full years between a birth date and a day (both serials). */
function ageOn(birth: number, day: number): number {
  const [by, bm, bd] = ymdOf(birth);
  const [y, m, d] = ymdOf(day);
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** "–24", "25–39", "40–" from the first ages 25 and 40. */
export function ageBandLabels(starts: readonly number[]): string[] {
  const labels = [`–${starts[0] - 1}`];
  for (let i = 1; i < starts.length; i++) labels.push(`${starts[i - 1]}–${starts[i] - 1}`);
  labels.push(`${starts[starts.length - 1]}–`);
  return labels;
}

/** The model of one school (null = all schools), before suppression across sheets (see protectSfi). */
export function sfiModel(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod,
  settings: Settings,
  today: number
): SfiModel {
  const all = (field: string) => column(sources, "sfi", field);
  const status = all("status") ?? [];
  const starts = all("startDate") ?? [];
  const ends = all("endDate") ?? status.map(() => null);
  const genders = all("gender");
  const pnrs = all("personalNumber");
  const countries = all("country");
  const courses = all("course");
  const after = all("occupationAfter");
  const schoolRows = rowsOfUnit(all("school"), unit, status.length);
  const code = (i: number) => normalizeCode(status[i]);
  const threshold = settings.suppressionThreshold;
  const hidden = (m: Measure): GroupCell => ({
    total: { ...m, suppressed: belowThreshold(m, threshold, settings.minGroupSize) },
  });
  const notes: string[] = [];

  // ---- Vilka: the courses that ended in the period --------------------------------------------------
  const endedRows = schoolRows.filter((i) => {
    const end = parseDate(ends[i] as CellValue);
    return (
      end !== null &&
      end >= period.from &&
      end <= period.periodEnd &&
      (code(i) === "slutförd" || code(i) === "avbruten")
    );
  });
  const dropped = (i: number) => code(i) === "avbruten";
  const ended = hidden(rateCell(endedRows.filter(dropped).length, endedRows.length));

  const bandStarts = settings.sfiAgeBands ?? defaultSettings().sfiAgeBands!;
  const bandLabels = ageBandLabels(bandStarts);
  const genderOf = (i: number): string | null => {
    const g: Gender | null | undefined = genders ? parseGender(genders[i]) : null;
    return g === "K" ? "Kvinnor" : g === "M" ? "Män" : null;
  };
  const ageBandOf = (i: number): string | null => {
    const start = parseDate(starts[i] as CellValue);
    const parsed = pnrs && start !== null ? parsePnr(pnrs[i], start) : null;
    if (!parsed || !parsed.ok) return null;
    const age = ageOn(parsed.pnr.birthSerial, start!);
    return bandLabels[bandStarts.filter((s) => age >= s).length];
  };
  const countryOf = (i: number): string | null => (countries ? countryGroup(countries[i]) : null);
  const courseCodes = courses ? codeLookupWithSynonyms("sfiCourses", resolveCodeLists()) : null;
  const courseOf = (i: number): string | null =>
    courseCodes?.get(normalizeCode(courses![i])) ?? null;
  const breakdown = (
    key: SfiBreakdown["key"],
    title: string,
    labels: readonly string[],
    groupOf: (i: number) => string | null,
    keepEmpty: boolean
  ): SfiBreakdown => {
    const tally = new Map<string | null, { n: number; d: number }>();
    for (const i of endedRows) {
      const g = groupOf(i);
      const t = tally.get(g) ?? { n: 0, d: 0 };
      t.n++;
      if (dropped(i)) t.d++;
      tally.set(g, t);
    }
    const known = { n: 0, d: 0 };
    for (const [g, t] of tally) {
      if (g === null) continue;
      known.n += t.n;
      known.d += t.d;
    }
    const group = (label: string | null): SfiGroup => {
      const t = tally.get(label) ?? { n: 0, d: 0 };
      const rest = { n: known.n - t.n, d: known.d - t.d };
      const p =
        label !== null && t.n > 0 && rest.n > 0
          ? fisherExact(t.d, t.n - t.d, rest.d, rest.n - rest.d)
          : NaN;
      return {
        key: `${key}.${label ?? "unknown"}`,
        label: label ?? "Uppgift saknas",
        p,
        ...hidden(rateCell(t.d, t.n)),
      };
    };
    const groups = labels.map(group).filter((g) => keepEmpty || g.total.n > 0);
    return { key, title, groups, unknown: group(null) };
  };
  const breakdowns = [
    breakdown("gender", "Kön", ["Kvinnor", "Män"], genderOf, true),
    breakdown("age", "Ålder vid kursstart", bandLabels, ageBandOf, true),
    breakdown(
      "country",
      "Födelseland eller medborgarskap",
      ["EU/EES", "Övriga", "Sverige"],
      countryOf,
      false
    ),
  ];
  const byCourse = breakdown("course", "Kurs", DEFAULT_CODE_LISTS.sfiCourses, courseOf, false);
  const medianResult = attempt(() =>
    enrollDays({
      startDates: endedRows.filter(dropped).map((i) => starts[i]),
      endDates: endedRows.filter(dropped).map((i) => ends[i]),
      statistic: "median",
    })
  );
  const medianN = endedRows.filter(dropped).length;
  const median = {
    total: {
      value: "value" in medianResult ? (medianResult.value.days ?? NaN) : NaN,
      n: medianN,
      suppressed: belowThreshold({ value: 0, n: medianN }, threshold),
    },
  };
  if ("error" in medianResult) notes.push(`Mediantid till avbrott: ${medianResult.error}`);

  // ---- När: the courses that started in the period, followed up to today ---------------------------
  const cohortRows = schoolRows.filter((i) => {
    const start = parseDate(starts[i] as CellValue);
    return start !== null && start >= period.from && start <= period.periodEnd && code(i) !== "";
  });
  const timesOf = (gender: Gender | null): CourseTime[] =>
    courseTimes({
      startDates: cohortRows.map((i) => starts[i]),
      endDates: cohortRows.map((i) => ends[i]),
      statuses: cohortRows.map((i) => status[i]),
      genders: genders ? cohortRows.map((i) => genders[i]) : null,
      gender: genders ? gender : null,
      asOf: today,
    });
  const computed = attempt(() => [timesOf("K"), timesOf("M"), timesOf(null)]);
  const [women, men, total] = "value" in computed ? computed.value : [[], [], []];
  if ("error" in computed) notes.push(`Avbrott över tid: kunde inte beräknas – ${computed.error}`);
  const at = (courses: CourseTime[], day: number): Measure => {
    const steps = aalenJohansen(courses);
    const dropouts = courses.filter((c) => c.outcome === "dropout" && c.days <= day).length;
    return { value: incidenceAt(steps, day, courses.length), n: courses.length, count: dropouts };
  };
  const incidence = { women: [] as GroupCell[], men: [] as GroupCell[], total: [] as GroupCell[] };
  const curveCells = CURVE_DAYS.map((day) => {
    const s = suppressGenders(
      genders ? at(women, day) : NONE,
      genders ? at(men, day) : NONE,
      at(total, day),
      threshold,
      settings.minGroupSize
    );
    return { day, s };
  });
  for (const h of HORIZONS) {
    const s = suppressGenders(
      genders ? at(women, h) : NONE,
      genders ? at(men, h) : NONE,
      at(total, h),
      threshold,
      settings.minGroupSize
    );
    incidence.women.push({ total: s.women });
    incidence.men.push({ total: s.men });
    incidence.total.push({ total: s.total });
  }
  const visible = (m: Measure) => (m.suppressed || !Number.isFinite(m.value) ? null : m.value);
  const curve = curveCells.map(({ day, s }) => ({
    day,
    women: visible(s.women),
    men: visible(s.men),
    total: visible(s.total),
  }));

  // ---- Vad sedan: occupation after, for the period's ended courses ----------------------------------
  const occupationOf = (i: number): string | null => {
    const value = after ? normalizeCode(after[i]) : "";
    return OCCUPATIONS.find((o) => normalizeCode(o) === value) ?? null;
  };
  const afterOf = (label: string, rows: number[]): SfiAfter => {
    const known = rows.filter((i) => occupationOf(i) !== null);
    const shares = OCCUPATIONS.map((o) =>
      hidden(rateCell(known.filter((i) => occupationOf(i) === o).length, known.length))
    );
    return { label, shares, unknown: hidden(rateCell(rows.length - known.length, rows.length)) };
  };
  const afterRows = [
    afterOf("Avbrutit", endedRows.filter(dropped)),
    afterOf(
      "Slutfört",
      endedRows.filter((i) => !dropped(i))
    ),
  ];

  return {
    unit,
    period,
    made: isoOf(today),
    asOf: today,
    sources,
    settings,
    ended,
    breakdowns,
    courses: byCourse,
    cohort: { women: women.length, men: men.length, total: total.length },
    incidence,
    curve,
    naive365: naiveDropoutRisk(total, 365),
    median,
    after: afterRows,
    formulas: formulasOf(sources, unit, period, today),
    notes,
  };
}

/** The AMF formulas that give the sheet's main figures (Swedish Excel syntax). */
function formulasOf(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod,
  today: number
): Array<[string, string]> {
  const reg = sources.registers.sfi;
  const ref = (field: string, header: string) => columnRef(reg, field, "Sfi", header);
  const school = unit === null ? [] : [`(${ref("school", "Skola")}=${quoted(unit)})`];
  const within = (field: string, header: string) => [
    `(${ref(field, header)}>=${dateFormula(isoOf(period.from))})`,
    `(${ref(field, header)}<=${dateFormula(isoOf(period.periodEnd))})`,
  ];
  const ended = [
    ...within("endDate", "Slutdatum"),
    `(${ref("status", "Status")}<>"Pågående")`,
    ...school,
  ].join("*");
  const started = [...within("startDate", "Startdatum"), ...school].join("*");
  const dropped = `${ended}*(${ref("status", "Status")}="Avbruten")`;
  const col = (field: string, header: string, c: string) => `FILTRERA(${ref(field, header)};${c})`;
  const gender = (c: string, g: string | null) =>
    g === null ? "" : `;${col("gender", "Kön", c)};${quoted(g)}`;
  const formulas: Array<[string, string]> = [];
  for (const [label, g] of [
    ["Andel avbrutna, kvinnor", "K"],
    ["Andel avbrutna, män", "M"],
    ["Andel avbrutna, totalt", null],
  ] as const) {
    formulas.push([
      label,
      `=AMF.SHARE(${col("status", "Status", ended)};"Avbruten"${gender(ended, g)})`,
    ]);
  }
  const risk = (h: number, g: string | null) =>
    `=AMF.DROPOUTRISK(${col("startDate", "Startdatum", started)};${col("endDate", "Slutdatum", started)};${col("status", "Status", started)};${h}${g === null ? ";;" : gender(started, g)};${dateFormula(isoOf(today))})`;
  for (const h of HORIZONS) {
    formulas.push([`Avbrutna inom ${h} dagar, totalt`, risk(h, null)]);
    formulas.push([`Avbrutna inom ${h} dagar, kvinnor`, risk(h, "K")]);
    formulas.push([`Avbrutna inom ${h} dagar, män`, risk(h, "M")]);
  }
  formulas.push([
    "Mediantid till avbrott (dagar)",
    `=AMF.ENROLLDAYS(${col("startDate", "Startdatum", dropped)};${col("endDate", "Slutdatum", dropped)};;;"median")`,
  ]);
  for (const o of OCCUPATIONS) {
    formulas.push([
      `${o} efter avbrott (andel av kända)`,
      `=AMF.SHARE(${col("occupationAfter", "Sysselsättning efter", dropped)};${quoted(o)})`,
    ]);
  }
  return formulas;
}

/**
 * Complementary suppression over the sheets of one workbook: each breakdown's groups (and its unknown)
 * sum to the ended courses; the occupations after and the unknown sum to the dropouts (completers);
 * and with all schools, each school's cell sums to the all-schools cell.
 */
export function protectSfi(models: readonly SfiModel[]): void {
  const partitions: Array<{ parts: GroupCell[]; total: GroupCell | null }> = [];
  for (const m of models) {
    for (const b of [...m.breakdowns, m.courses])
      partitions.push({ parts: [...b.groups, b.unknown], total: m.ended });
    // Work + studies + neither + unknown = the dropouts (or completers), a count the sheet shows.
    for (const a of m.after) partitions.push({ parts: [...a.shares, a.unknown], total: null });
  }
  const whole = models.find((m) => m.unit === null);
  const schools = models.filter((m) => m.unit !== null);
  if (whole && schools.length > 1) {
    partitions.push({ parts: schools.map((s) => s.ended), total: whole.ended });
    const breakdownsOf = (m: SfiModel) => [...m.breakdowns, m.courses];
    breakdownsOf(whole).forEach((b, bi) => {
      for (const g of [...b.groups, b.unknown]) {
        const parts = schools
          .map((s) =>
            [...breakdownsOf(s)[bi].groups, breakdownsOf(s)[bi].unknown].find(
              (x) => x.key === g.key
            )
          )
          .filter((x): x is SfiGroup => x !== undefined);
        partitions.push({ parts, total: g });
      }
    });
  }
  protectPartitions(partitions);
}

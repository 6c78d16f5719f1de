/**
 * Placeholders of an own template filled from the sfi model (issue #15, sfiModel.ts): the dropout share
 * of the period's ended courses by group, the cumulative incidence (AMF.DROPOUTRISK) at 90, 180 and
 * 365 days, the median time to dropout, and what students do after. The values are the sheet's, after
 * its suppression: a hidden cell gives "–", a cell with nothing to show "..".
 */
import { intervalText, MISSING, SUPPRESSED } from "./dialogueSheet";
import type { PlaceholderKind, PlaceholderValue } from "./placeholders";
import { HORIZONS, SfiBreakdown, SfiModel } from "./sfiModel";
import { sfiAssessment } from "./sfiSheet";
import { intervalOf, Measure } from "./statistics";
import { DEFAULT_CODE_LISTS } from "../registry/codeLists";

/** Age bands a template can name (ALDER1 is the youngest band of the settings). */
export const MAX_AGE_BANDS = 8;

/** The groups of each breakdown as placeholder suffixes, in the model's label order. */
const GENDER_GROUPS: ReadonlyArray<[string, string]> = [
  ["Kvinnor", "K"],
  ["Män", "M"],
];
const COUNTRY_GROUPS: ReadonlyArray<[string, string]> = [
  ["EU/EES", "EU"],
  ["Övriga", "OVRIGA"],
  ["Sverige", "SVERIGE"],
];
const COURSE_GROUPS: ReadonlyArray<[string, string]> = DEFAULT_CODE_LISTS.sfiCourses.map((c) => [
  c,
  `KURS_${c}`,
]);
const AGE_GROUPS = Array.from({ length: MAX_AGE_BANDS }, (_, i) => `ALDER${i + 1}`);
/** Every group of DROPOUT_SFI.G but the total, each with its exact test against the rest. */
const TESTED = [
  ...GENDER_GROUPS.map(([, g]) => g),
  ...AGE_GROUPS,
  ...COUNTRY_GROUPS.map(([, g]) => g),
  ...COURSE_GROUPS.map(([, g]) => g),
];
/** "Vad sedan": the occupations in OCCUPATIONS order, and the statuses of model.after. */
const AFTER_KEYS = ["AFTER_WORK", "AFTER_STUDIES", "AFTER_NEITHER"];
const AFTER_STATUSES = ["AVBRUTNA", "SLUTFORDA"];

/** A rate's names: `KEY.G`, `KEY.N.G`, `KI.KEY.G`, `KI_LOW.KEY.G`, `KI_HIGH.KEY.G`. */
function rateNames(names: Map<string, PlaceholderKind>, key: string, g: string): void {
  names.set(`${key}.${g}`, "rate");
  names.set(`${key}.N.${g}`, "count");
  names.set(`KI.${key}.${g}`, "text");
  names.set(`KI_LOW.${key}.${g}`, "rate");
  names.set(`KI_HIGH.${key}.${g}`, "rate");
}

/** Every placeholder name of the sfi template with its kind (the README lists the same). */
export function sfiPlaceholderNames(): Map<string, PlaceholderKind> {
  const names = new Map<string, PlaceholderKind>([
    ["ENHET", "text"],
    ["PERIOD", "text"],
    ["PERIODTEXT", "text"],
    ["DATUM", "text"],
  ]);
  rateNames(names, "DROPOUT_SFI", "T");
  for (const g of TESTED) {
    rateNames(names, "DROPOUT_SFI", g);
    names.set(`P.DROPOUT_SFI.${g}`, "p");
    names.set(`BEDOMNING.DROPOUT_SFI.${g}`, "text");
  }
  for (const g of AGE_GROUPS) names.set(`GRUPP.${g}`, "text");
  for (const h of HORIZONS) {
    for (const g of ["K", "M", "T"]) {
      names.set(`DROPOUTRISK${h}.${g}`, "rate");
      names.set(`DROPOUTRISK${h}.N.${g}`, "count");
    }
  }
  names.set("DROPOUTDAYS_MEDIAN.T", "days");
  names.set("DROPOUTDAYS_MEDIAN.N.T", "count");
  for (const s of AFTER_STATUSES)
    for (const key of [...AFTER_KEYS, "AFTER_UNKNOWN"]) rateNames(names, key, s);
  return names;
}

type Setter = (name: string, value: number | string) => void;

const shownValue = (m: Measure): number | string =>
  m.suppressed ? SUPPRESSED : Number.isFinite(m.value) ? m.value : MISSING;
const shownN = (m: Measure): number | string => (m.suppressed ? SUPPRESSED : m.n);

function rateValues(set: Setter, key: string, g: string, m: Measure): void {
  const ci = intervalOf(m);
  const hidden = m.suppressed ? SUPPRESSED : MISSING;
  set(`${key}.${g}`, shownValue(m));
  set(`${key}.N.${g}`, shownN(m));
  set(`KI.${key}.${g}`, intervalText(m));
  set(`KI_LOW.${key}.${g}`, ci ? ci.low : hidden);
  set(`KI_HIGH.${key}.${g}`, ci ? ci.high : hidden);
}

/** The values of every sfi placeholder (names the model has no value for give ".."). */
export function sfiPlaceholderValues(model: SfiModel): Map<string, PlaceholderValue> {
  const names = sfiPlaceholderNames();
  const values = new Map<string, PlaceholderValue>();
  for (const [name, kind] of names) values.set(name, { kind, value: MISSING });
  const set: Setter = (name, value) => {
    if (names.has(name)) values.set(name, { kind: names.get(name)!, value });
  };
  set("ENHET", model.unit ?? "Alla skolor");
  set("PERIOD", model.period.code);
  set("PERIODTEXT", model.period.label);
  set("DATUM", model.made);

  rateValues(set, "DROPOUT_SFI", "T", model.ended.total);
  const ended = model.ended.total;
  const groupValues = (
    breakdown: SfiBreakdown,
    suffix: (label: string, index: number) => string | undefined
  ) => {
    breakdown.groups.forEach((group, i) => {
      const g = suffix(group.label, i);
      if (g === undefined) return;
      rateValues(set, "DROPOUT_SFI", g, group.total);
      const hidden = group.total.suppressed || ended.suppressed;
      set(`P.DROPOUT_SFI.${g}`, hidden ? SUPPRESSED : Number.isFinite(group.p) ? group.p : MISSING);
      set(`BEDOMNING.DROPOUT_SFI.${g}`, sfiAssessment(group, ended, model));
    });
  };
  const byKey = (groups: ReadonlyArray<[string, string]>) => (label: string) =>
    groups.find(([l]) => l === label)?.[1];
  const [gender, age, country] = model.breakdowns;
  groupValues(gender, byKey(GENDER_GROUPS));
  groupValues(country, byKey(COUNTRY_GROUPS));
  groupValues(model.courses, byKey(COURSE_GROUPS));
  groupValues(age, (_, i) => AGE_GROUPS[i]);
  age.groups.forEach((group, i) => set(`GRUPP.${AGE_GROUPS[i]}`, group.label));

  const rows: Array<[string, "women" | "men" | "total"]> = [
    ["K", "women"],
    ["M", "men"],
    ["T", "total"],
  ];
  for (const [g, key] of rows) {
    const cells = model.incidence[key];
    HORIZONS.forEach((h, i) => {
      set(`DROPOUTRISK${h}.${g}`, shownValue(cells[i].total));
      // The number of courses started is hidden only with all of its figures, as on the sheet.
      set(
        `DROPOUTRISK${h}.N.${g}`,
        cells.every((c) => c.total.suppressed) ? SUPPRESSED : model.cohort[key]
      );
    });
  }
  set("DROPOUTDAYS_MEDIAN.T", shownValue(model.median.total));
  set("DROPOUTDAYS_MEDIAN.N.T", shownN(model.median.total));

  model.after.forEach((after, i) => {
    const status = AFTER_STATUSES[i];
    after.shares.forEach((share, o) => rateValues(set, AFTER_KEYS[o], status, share.total));
    rateValues(set, "AFTER_UNKNOWN", status, after.unknown.total);
  });
  return values;
}

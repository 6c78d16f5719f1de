/**
 * The AMF custom functions (SPEC §4): the JSDoc is the English metadata (custom-functions-metadata
 * builds functions.json from it; Swedish is in functions.sv-SE.json), each body one call of its spec
 * (specs.ts), which adapts the arguments and computes with the core.
 */
import { startSettingsStore } from "../excel/settingsStore";
import { call } from "./call";
// The metadata plugin appends `CustomFunctions.associate(id, fn)` for each function below: this binding
// makes those calls safe outside Excel (registration.ts says why they are the one registration).
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- used by the calls the plugin appends at build time
import { excelRuntime, registrar as CustomFunctions } from "./registration";
import {
  AGE,
  DROPOUTRISK,
  EFFINDEX,
  ENROLLDAYS,
  EXITRATE,
  GENDERGAP,
  NETVALUE,
  PNR,
  PROGRESSION,
  SELFSUFF6M,
  SHARE,
  SURVEYMEAN,
} from "./specs";

/**
 * Share of exits that went to work or studies (Kolada's KPI: measured on exits). One row per exit; a blank reason is not an exit.
 * @customfunction EXITRATE
 * @param {any[][]} exit_reasons Exit reason per exit.
 * @param {any[][]} [genders] Gender per exit (K/M, Kvinna/Man, F/M, 2/1 …).
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {any[][]} [exit_dates] Exit date per exit (needed with period_end).
 * @param {any} [period_end] Last day of the period; blank for all rows.
 * @param {any} [months] Whole calendar months ending with period_end's month (default 12).
 * @param {string} [output] "rate" (default), "count", "total" or "all" (rate, count, total, 95 % Wilson low, high).
 * @returns {any[][]} The share of exits to work or studies.
 */
export function exitRate(
  exit_reasons: any[][],
  genders?: any[][],
  gender?: any,
  exit_dates?: any[][],
  period_end?: any,
  months?: any,
  output?: string
): any[][] {
  return call(EXITRATE, [exit_reasons, genders, gender, exit_dates, period_end, months, output]);
}

/**
 * Share of exits after which the person had no income support in the sixth month after the exit month.
 * @customfunction SELFSUFF6M
 * @param {any[][]} exit_ids Personnummer (or other ID) per exit.
 * @param {any[][]} exit_dates Exit date per exit.
 * @param {any[][]} support_ids Personnummer per income-support row (one row per person and month).
 * @param {any[][]} support_months Month of each support row: a date in the month or YYYY-MM.
 * @param {any[][]} [genders] Gender per exit.
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {any} [period_end] Last day of the period the exits are taken from; blank for all.
 * @param {any} [months] Whole calendar months ending with period_end's month (default 12).
 * @param {string} [output] "rate" (default), "count", "total" or "all".
 * @returns {any[][]} The share of exits without income support six months later.
 */
export function selfSufficiency6m(
  exit_ids: any[][],
  exit_dates: any[][],
  support_ids: any[][],
  support_months: any[][],
  genders?: any[][],
  gender?: any,
  period_end?: any,
  months?: any,
  output?: string
): any[][] {
  return call(SELFSUFF6M, [
    exit_ids,
    exit_dates,
    support_ids,
    support_months,
    genders,
    gender,
    period_end,
    months,
    output,
  ]);
}

/**
 * Efficiency index: 100 × (outcomes / cost) relative to a reference; without a reference, one index per row against the pooled rows.
 * @customfunction EFFINDEX
 * @param {any[][]} positive_outcomes Positive outcomes (exits to work or studies) per row.
 * @param {any[][]} staff_costs Staff cost per row (SEK, greater than 0).
 * @param {any[][]} [reference_outcomes] Reference outcomes (summed).
 * @param {any[][]} [reference_costs] Reference staff cost (summed).
 * @returns {any[][]} The index per row (100 = as efficient as the reference).
 */
export function efficiencyIndex(
  positive_outcomes: any[][],
  staff_costs: any[][],
  reference_outcomes?: any[][],
  reference_costs?: any[][]
): any[][] {
  return call(EFFINDEX, [positive_outcomes, staff_costs, reference_outcomes, reference_costs]);
}

/**
 * Municipal-economic net value: participants × (1 − deadweight) × annual effect, decaying and discounted over the years, less the intervention's cost.
 * @customfunction NETVALUE
 * @param {any} participants Participants reaching the effect goal.
 * @param {any[][]} annual_effect Gain for the municipality per participant and year (a number or components to sum).
 * @param {any} intervention_cost The intervention's cost.
 * @param {any} [years] Whole years 1–50 (default 1).
 * @param {any} [discount_rate] Discount rate per year, 0 ≤ r < 1 (default 0; year 1 is not discounted).
 * @param {any} [deadweight] Share who would have reached the goal anyway, 0–1 (default 0).
 * @param {any} [decay] Yearly fading of the effect, 0–1 (default 0).
 * @param {string} [output] "net" (default), "breakeven" (participants for a net value of 0) or "all" (a year-by-year table).
 * @returns {any[][]} The net value in SEK.
 */
export function netValue(
  participants: any,
  annual_effect: any[][],
  intervention_cost: any,
  years?: any,
  discount_rate?: any,
  deadweight?: any,
  decay?: any,
  output?: string
): any[][] {
  return call(NETVALUE, [
    participants,
    annual_effect,
    intervention_cost,
    years,
    discount_rate,
    deadweight,
    decay,
    output,
  ]);
}

/**
 * Share of non-blank rows whose value is one of the positive values.
 * @customfunction SHARE
 * @param {any[][]} values One value per row.
 * @param {any[][]} positive_values The values that count as positive (a range or an array constant).
 * @param {any[][]} [genders] Gender per row.
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {string} [output] "rate" (default), "count", "total" or "all".
 * @returns {any[][]} The share of positive values.
 */
export function share(
  values: any[][],
  positive_values: any[][],
  genders?: any[][],
  gender?: any,
  output?: string
): any[][] {
  return call(SHARE, [values, positive_values, genders, gender, output]);
}

/**
 * Average enrolment time in days (end date − start date) over the enrolments that have ended.
 * @customfunction ENROLLDAYS
 * @param {any[][]} start_dates Enrolment date per row.
 * @param {any[][]} end_dates End date per row (blank = still enrolled, left out).
 * @param {any[][]} [genders] Gender per row.
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {string} [statistic] "mean" (default) or "median".
 * @returns {any} Days.
 */
export function enrollDays(
  start_dates: any[][],
  end_dates: any[][],
  genders?: any[][],
  gender?: any,
  statistic?: string
): any {
  return call(ENROLLDAYS, [start_dates, end_dates, genders, gender, statistic]);
}

/**
 * Cumulative incidence of dropout within days of the start (Aalen–Johansen): completion is a competing event, running courses are censored at as_of. Treating completions as censored (1 − Kaplan–Meier) would overstate dropout, since a completed course can no longer drop out.
 * @customfunction DROPOUTRISK
 * @param {any[][]} start_dates Start date per course.
 * @param {any[][]} end_dates End date per course (needed for Slutförd and Avbruten; not read for Pågående).
 * @param {any[][]} statuses Slutförd, Avbruten or Pågående per course; a blank row is no course.
 * @param {any} days Days from the start (0 or more), e.g. 90, 180 or 365.
 * @param {any[][]} [genders] Gender per course.
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {any} [as_of] Follow-up date: running courses are censored here (default today).
 * @returns {any} The share of courses dropped out within days.
 */
export function dropoutRisk(
  start_dates: any[][],
  end_dates: any[][],
  statuses: any[][],
  days: any,
  genders?: any[][],
  gender?: any,
  as_of?: any
): any {
  return call(DROPOUTRISK, [start_dates, end_dates, statuses, days, genders, gender, as_of]);
}

/**
 * Women's share minus men's share in percentage points, its Fisher p-value, 95 % interval or minimal detectable difference.
 * @customfunction GENDERGAP
 * @param {any[][]} values One value per row.
 * @param {any[][]} positive_values The values that count as positive.
 * @param {any[][]} genders Gender per row (rows without gender are left out).
 * @param {string} [output] "gap" (default, percentage points), "p", "ci" (Newcombe 95 % low_pp, high_pp), "mdd" (minimal detectable difference, pp, 80 % power) or "all" (share_women, n_women, share_men, n_men, gap_pp, p, low_pp, high_pp, mdd_pp).
 * @returns {any[][]} The gap in percentage points.
 */
export function genderGap(
  values: any[][],
  positive_values: any[][],
  genders: any[][],
  output?: string
): any[][] {
  return call(GENDERGAP, [values, positive_values, genders, output]);
}

/**
 * Normalises a personnummer or samordningsnummer to YYYYMMDD-XXXX; "valid" gives TRUE/FALSE, "gender" K/M.
 * @customfunction PNR
 * @param {any} id A personnummer in any common form (10 or 12 digits, with or without - or +).
 * @param {string} [output] "normalized" (default), "valid" or "gender".
 * @returns {any} The normalised number, TRUE/FALSE or K/M.
 */
export function pnr(id: any, output?: string): any {
  return call(PNR, [id, output]);
}

/**
 * Age in whole years on a date from a personnummer or samordningsnummer (target groups such as 16–24 with FILTER).
 * @customfunction AGE
 * @param {any} id A personnummer or samordningsnummer in any common form.
 * @param {any} [date] The date to take the age on (default today); a 10-digit number's century is chosen relative to it.
 * @returns {any} The age in whole years.
 */
export function age(id: any, date?: any): any {
  return call(AGE, [id, date]);
}

/**
 * Mean of survey answers on the scale 1..scale_max; blank, 0 and "Vet ej" are no answer.
 * @customfunction SURVEYMEAN
 * @param {any[][]} answers One answer per row (a whole number on the scale).
 * @param {any[][]} [genders] Gender per row.
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {any} [scale_max] Top of the scale, a whole number 2–100 (default 5).
 * @param {string} [output] "mean" (default), "n" or "all" (mean, n, sd, 95 % t low, high).
 * @returns {any[][]} The mean answer.
 */
export function surveyMean(
  answers: any[][],
  genders?: any[][],
  gender?: any,
  scale_max?: any,
  output?: string
): any[][] {
  return call(SURVEYMEAN, [answers, genders, gender, scale_max, output]);
}

/**
 * Change in self-rating per person, the last score minus the first (persons measured once are left out).
 * @customfunction PROGRESSION
 * @param {any[][]} ids Personnummer (or other ID) per measurement.
 * @param {any[][]} occasions Före/Efter or the date of each measurement.
 * @param {any[][]} scores The rating of each measurement.
 * @param {any[][]} [genders] Gender per row.
 * @param {any} [gender] Only this gender: K or M; blank for all.
 * @param {string} [output] "change" (default, the mean change), "improved" (share with a change above 0), "n" or "all" (mean_change, n, sd, low, high, share_improved).
 * @returns {any[][]} The mean change.
 */
export function progression(
  ids: any[][],
  occasions: any[][],
  scores: any[][],
  genders?: any[][],
  gender?: any,
  output?: string
): any[][] {
  return call(PROGRESSION, [ids, occasions, scores, genders, gender, output]);
}

// The shared runtime holds the settings the functions read; the workbook is where they live.
if (excelRuntime() !== null) startSettingsStore();

/**
 * The AMF custom functions (SPEC §4). Each one only adapts Excel's arguments (2-D ranges, null for an
 * omitted argument) to a core indicator and its result back to cells; the domain logic is in src/core.
 * The JSDoc below is the English metadata (custom-functions-metadata); Swedish is in functions.sv-SE.json.
 */
import { genderFilterOf, optionOf, todaySerial, valuesOf } from "../core/cells";
import { AmfError } from "../core/errors";
import { dropoutRisk as dropoutRiskCore } from "../core/indicators/dropoutRisk";
import { efficiencyIndex as efficiencyIndexCore } from "../core/indicators/efficiencyIndex";
import { ENROLL_STATISTICS, enrollDays as enrollDaysCore } from "../core/indicators/enrollDays";
import { exitRate as exitRateCore } from "../core/indicators/exitRate";
import { genderGap as genderGapCore } from "../core/indicators/genderGap";
import { netValue as netValueCore } from "../core/indicators/netValue";
import { RATE_OUTPUTS, RateResult, rateOutput } from "../core/indicators/rate";
import { selfSufficiency } from "../core/indicators/selfSufficiency";
import { share as shareCore } from "../core/indicators/share";
import { parsePnr, pnrText } from "../core/pnr";
import { getSettings } from "../core/settings";
import { startSettingsStore } from "../excel/settingsStore";
import { asColumn, asOptionalColumn } from "../core/indicators/columns";
import {
  message,
  optionalDate,
  optionalNumber,
  requiredNumber,
  runFunction,
  runMatrix,
  scalar,
  sumOfRange,
  toExcelError,
} from "./runtime";

function rateCells(result: RateResult, output: unknown): unknown[][] {
  const figure = rateOutput(result, optionOf(scalar(output, "output"), RATE_OUTPUTS, "rate", "output"));
  return typeof figure === "number" ? [[figure]] : figure;
}

function genderArg(value: unknown) {
  return genderFilterOf(scalar(value, "gender"), "gender");
}

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
  return runMatrix(() => {
    const result = exitRateCore({
      reasons: asColumn(exit_reasons),
      genders: asOptionalColumn(genders),
      gender: genderArg(gender),
      exitDates: asOptionalColumn(exit_dates),
      periodEnd: optionalDate(period_end, "period_end"),
      months: optionalNumber(months, "months"),
      positiveReasons: getSettings().positiveExitReasons,
    });
    return rateCells(result, output);
  });
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
  return runMatrix(() => {
    const result = selfSufficiency({
      exitIds: asColumn(exit_ids),
      exitDates: asColumn(exit_dates),
      supportIds: asColumn(support_ids),
      supportMonths: asColumn(support_months),
      genders: asOptionalColumn(genders),
      gender: genderArg(gender),
      periodEnd: optionalDate(period_end, "period_end"),
      months: optionalNumber(months, "months"),
    });
    return rateCells(result, output);
  });
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
  return runMatrix(() => {
    const cells = efficiencyIndexCore({
      outcomes: asColumn(positive_outcomes),
      costs: asColumn(staff_costs),
      referenceOutcomes: asOptionalColumn(reference_outcomes),
      referenceCosts: asOptionalColumn(reference_costs),
    });
    return cells.map((cell) => [cell === null ? "" : cell instanceof AmfError ? toExcelError(cell) : cell]);
  });
}

const NETVALUE_OUTPUTS = ["net", "breakeven", "all"] as const;

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
  return runMatrix(() => {
    const choice = optionOf(scalar(output, "output"), NETVALUE_OUTPUTS, "net", "output");
    const result = netValueCore({
      participants: requiredNumber(participants, "participants"),
      annualEffect: sumOfRange(annual_effect, "annual_effect"),
      interventionCost: requiredNumber(intervention_cost, "intervention_cost"),
      years: optionalNumber(years, "years"),
      discountRate: optionalNumber(discount_rate, "discount_rate"),
      deadweight: optionalNumber(deadweight, "deadweight"),
      decay: optionalNumber(decay, "decay"),
    });
    if (choice === "net") return [[result.net]];
    if (choice === "breakeven") {
      if (Number.isNaN(result.breakeven)) throw new AmfError("na", "noEffect");
      return [[result.breakeven]];
    }
    const header = [message("headerYear"), message("headerEffect"), message("headerCumulativeEffect"), message("headerCumulativeNet")];
    return [header, ...result.years.map((y) => [y.year, y.effect, y.cumulativeEffect, y.cumulativeNet])];
  });
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
  return runMatrix(() => {
    const result = shareCore({
      values: asColumn(values),
      positiveValues: valuesOf(positive_values),
      genders: asOptionalColumn(genders),
      gender: genderArg(gender),
    });
    return rateCells(result, output);
  });
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
  return runFunction(() => {
    const result = enrollDaysCore({
      startDates: asColumn(start_dates),
      endDates: asColumn(end_dates),
      genders: asOptionalColumn(genders),
      gender: genderArg(gender),
      statistic: optionOf(scalar(statistic, "statistic"), ENROLL_STATISTICS, "mean", "statistic"),
    });
    if (result.n === 0) throw new AmfError("div0", "noObservations");
    return result.days;
  });
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
  return runFunction(() => {
    const result = dropoutRiskCore({
      startDates: asColumn(start_dates),
      endDates: asColumn(end_dates),
      statuses: asColumn(statuses),
      days: requiredNumber(days, "days"),
      genders: asOptionalColumn(genders),
      gender: genderArg(gender),
      asOf: optionalDate(as_of, "as_of") ?? todaySerial(),
    });
    if (result.n === 0) throw new AmfError("div0", "noObservations");
    return result.risk;
  });
}

const GAP_OUTPUTS = ["gap", "p", "ci", "mdd", "all"] as const;

/**
 * Women's share minus men's share in percentage points, its Fisher p-value, 95 % interval or minimal detectable difference.
 * @customfunction GENDERGAP
 * @param {any[][]} values One value per row.
 * @param {any[][]} positive_values The values that count as positive.
 * @param {any[][]} genders Gender per row (rows without gender are left out).
 * @param {string} [output] "gap" (default, percentage points), "p", "ci" (Newcombe 95 % low_pp, high_pp), "mdd" (minimal detectable difference, pp, 80 % power) or "all" (share_women, n_women, share_men, n_men, gap_pp, p, low_pp, high_pp, mdd_pp).
 * @returns {any[][]} The gap in percentage points.
 */
export function genderGap(values: any[][], positive_values: any[][], genders: any[][], output?: string): any[][] {
  return runMatrix(() => {
    const choice = optionOf(scalar(output, "output"), GAP_OUTPUTS, "gap", "output");
    const { women, men, gapPp, p, lowPp, highPp, mddPp } = genderGapCore({
      values: asColumn(values),
      positiveValues: valuesOf(positive_values),
      genders: asColumn(genders),
      significanceLevel: getSettings().significanceLevel,
    });
    if (women.total === 0 || men.total === 0) throw new AmfError("div0", "noObservations");
    if (choice === "gap") return [[gapPp]];
    if (choice === "p") return [[p]];
    if (choice === "ci") return [[lowPp, highPp]];
    // No size can be named when everyone or no one met the criterion: #NUM! rather than a 0 that reads as "any gap".
    const mdd = Number.isFinite(mddPp) ? mddPp : toExcelError(new AmfError("num", "noVariation"));
    if (choice === "mdd") return [[mdd]];
    return [[women.count / women.total, women.total, men.count / men.total, men.total, gapPp, p, lowPp, highPp, mdd]];
  });
}

const PNR_OUTPUTS = ["normalized", "valid", "gender"] as const;

/**
 * Normalises a personnummer or samordningsnummer to YYYYMMDD-XXXX; "valid" gives TRUE/FALSE, "gender" K/M.
 * @customfunction PNR
 * @param {any} id A personnummer in any common form (10 or 12 digits, with or without - or +).
 * @param {string} [output] "normalized" (default), "valid" or "gender".
 * @returns {any} The normalised number, TRUE/FALSE or K/M.
 */
export function pnr(id: any, output?: string): any {
  return runFunction(() => {
    const choice = optionOf(scalar(output, "output"), PNR_OUTPUTS, "normalized", "output");
    const value = scalar(id, "id");
    const parsed = parsePnr(value);
    if (choice === "valid") return parsed.ok;
    if (!parsed.ok) {
      const key = parsed.reason === "format" ? "pnrFormat" : parsed.reason === "checksum" ? "pnrChecksum" : "pnrDate";
      // As the parser read it (a number cell with its leading zero back); formatMessage masks it.
      throw new AmfError("value", key, { value: typeof value === "number" ? pnrText(value) : String(value ?? "") });
    }
    return choice === "gender" ? parsed.pnr.gender : parsed.pnr.normalized;
  });
}

// Registration only inside Excel's runtime: in Node and tests the module must load without globals.
if (typeof CustomFunctions !== "undefined" && typeof CustomFunctions.associate === "function") {
  CustomFunctions.associate("EXITRATE", exitRate);
  CustomFunctions.associate("SELFSUFF6M", selfSufficiency6m);
  CustomFunctions.associate("EFFINDEX", efficiencyIndex);
  CustomFunctions.associate("NETVALUE", netValue);
  CustomFunctions.associate("SHARE", share);
  CustomFunctions.associate("ENROLLDAYS", enrollDays);
  CustomFunctions.associate("DROPOUTRISK", dropoutRisk);
  CustomFunctions.associate("GENDERGAP", genderGap);
  CustomFunctions.associate("PNR", pnr);
  // The shared runtime holds the settings the functions read; the workbook is where they live.
  startSettingsStore();
}

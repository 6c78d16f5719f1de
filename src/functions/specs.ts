/**
 * The AMF custom functions as specs (SPEC §4): each declares its parameters in the order of the Excel
 * function and computes with one call of a core indicator. Adding a function: a spec here, and in
 * functions.ts its JSDoc above `return call(SPEC, [its parameters])`.
 */
import { type CellValue, type Gender, todaySerial } from "../core/cells";
import { ageOf } from "../core/age";
import { AmfError } from "../core/errors";
import type { Column } from "../core/indicators/columns";
import { dropoutRisk } from "../core/indicators/dropoutRisk";
import { efficiencyIndex } from "../core/indicators/efficiencyIndex";
import { ENROLL_STATISTICS, enrollDays } from "../core/indicators/enrollDays";
import { exitRate } from "../core/indicators/exitRate";
import { genderCounts, genderGap } from "../core/indicators/genderGap";
import { NETVALUE_BOUNDS, netValue } from "../core/indicators/netValue";
import { RATE_OUTPUTS, RateOutput, RateResult, rateOutput } from "../core/indicators/rate";
import { MAX_MONTHS } from "../core/indicators/scope";
import { selfSufficiency } from "../core/indicators/selfSufficiency";
import { share } from "../core/indicators/share";
import {
  PROGRESSION_OUTPUTS,
  progression,
  progressionOutput,
} from "../core/indicators/progression";
import {
  DEFAULT_SCALE_MAX,
  MAX_SCALE,
  SURVEY_OUTPUTS,
  surveyMean,
  surveyOutput,
} from "../core/indicators/surveyMean";
import { parsePnr, pnrText } from "../core/pnr";
import { getSettings } from "../core/settings";
import {
  cell,
  column,
  date,
  defineFunction,
  gender,
  number,
  option,
  optionalColumn,
  sum,
  valueList,
  wholeNumber,
} from "./call";
import { message, toExcelError } from "./runtime";

function rateCells(result: RateResult, output: RateOutput): unknown[][] {
  const figure = rateOutput(result, output);
  return typeof figure === "number" ? [[figure]] : figure;
}

const rateOutputs = () => option(RATE_OUTPUTS, "rate");

/** The period window and output that end the rate functions with a period (SPEC §3). */
const windowParams = () => ({
  period_end: date(),
  months: wholeNumber({ min: 1, max: MAX_MONTHS, default: 12 }),
  output: rateOutputs(),
});

/** The scope options (ScopeOptions) from the arguments of the same names. */
function scopeOf(a: {
  genders: Column | null;
  gender: Gender | null;
  period_end: number | null;
  months: number;
}) {
  return { genders: a.genders, gender: a.gender, periodEnd: a.period_end, months: a.months };
}

export const EXITRATE = defineFunction({
  params: {
    exit_reasons: column(),
    genders: optionalColumn(),
    gender: gender(),
    exit_dates: optionalColumn(),
    ...windowParams(),
  },
  shape: "matrix",
  compute: (a) =>
    rateCells(
      exitRate({
        ...scopeOf(a),
        reasons: a.exit_reasons,
        exitDates: a.exit_dates,
        positiveReasons: getSettings().positiveExitReasons,
      }),
      a.output
    ),
});

export const SELFSUFF6M = defineFunction({
  params: {
    exit_ids: column(),
    exit_dates: column(),
    support_ids: column(),
    support_months: column(),
    genders: optionalColumn(),
    gender: gender(),
    ...windowParams(),
  },
  shape: "matrix",
  compute: (a) =>
    rateCells(
      selfSufficiency({
        exitIds: a.exit_ids,
        exitDates: a.exit_dates,
        supportIds: a.support_ids,
        supportMonths: a.support_months,
        ...scopeOf(a),
      }),
      a.output
    ),
});

export const EFFINDEX = defineFunction({
  params: {
    positive_outcomes: column(),
    staff_costs: column(),
    reference_outcomes: optionalColumn(),
    reference_costs: optionalColumn(),
  },
  shape: "matrix",
  compute: (a) =>
    efficiencyIndex({
      outcomes: a.positive_outcomes,
      costs: a.staff_costs,
      referenceOutcomes: a.reference_outcomes,
      referenceCosts: a.reference_costs,
    }).map((row) => [row === null ? "" : row instanceof AmfError ? toExcelError(row) : row]),
});

const { years, discountRate, share: shareBounds } = NETVALUE_BOUNDS;

export const NETVALUE = defineFunction({
  params: {
    participants: number(),
    annual_effect: sum(),
    intervention_cost: number(),
    years: wholeNumber({ ...years, default: 1 }),
    discount_rate: number({ ...discountRate, default: 0 }),
    deadweight: number({ ...shareBounds, default: 0 }),
    decay: number({ ...shareBounds, default: 0 }),
    output: option(["net", "breakeven", "all"], "net"),
  },
  shape: "matrix",
  compute: (a) => {
    const result = netValue({
      participants: a.participants,
      annualEffect: a.annual_effect,
      interventionCost: a.intervention_cost,
      years: a.years,
      discountRate: a.discount_rate,
      deadweight: a.deadweight,
      decay: a.decay,
    });
    if (a.output === "net") return [[result.net]];
    if (a.output === "breakeven") {
      if (result.breakeven === null) throw new AmfError("na", "noEffect");
      return [[result.breakeven]];
    }
    const header = [
      message("headerYear"),
      message("headerEffect"),
      message("headerCumulativeEffect"),
      message("headerCumulativeNet"),
    ];
    return [
      header,
      ...result.years.map((y) => [y.year, y.effect, y.cumulativeEffect, y.cumulativeNet]),
    ];
  },
});

export const SHARE = defineFunction({
  params: {
    values: column(),
    positive_values: valueList(),
    genders: optionalColumn(),
    gender: gender(),
    output: rateOutputs(),
  },
  shape: "matrix",
  compute: (a) =>
    rateCells(
      share({
        values: a.values,
        positiveValues: a.positive_values,
        genders: a.genders,
        gender: a.gender,
      }),
      a.output
    ),
});

export const ENROLLDAYS = defineFunction({
  params: {
    start_dates: column(),
    end_dates: column(),
    genders: optionalColumn(),
    gender: gender(),
    statistic: option(ENROLL_STATISTICS, "mean"),
  },
  shape: "cell",
  compute: (a) => {
    const result = enrollDays({
      startDates: a.start_dates,
      endDates: a.end_dates,
      genders: a.genders,
      gender: a.gender,
      statistic: a.statistic,
    });
    if (result.days === null) throw new AmfError("div0", "noObservations");
    return result.days;
  },
});

export const DROPOUTRISK = defineFunction({
  params: {
    start_dates: column(),
    end_dates: column(),
    statuses: column(),
    days: number(),
    genders: optionalColumn(),
    gender: gender(),
    as_of: date(),
  },
  shape: "cell",
  compute: (a) => {
    const result = dropoutRisk({
      startDates: a.start_dates,
      endDates: a.end_dates,
      statuses: a.statuses,
      days: a.days,
      genders: a.genders,
      gender: a.gender,
      asOf: a.as_of ?? todaySerial(),
    });
    if (result.n === 0) throw new AmfError("div0", "noObservations");
    return result.risk;
  },
});

export const GENDERGAP = defineFunction({
  params: {
    values: column(),
    positive_values: valueList(),
    genders: column(),
    output: option(["gap", "p", "ci", "mdd", "all"], "gap"),
  },
  shape: "matrix",
  compute: (a) => {
    const { women, men } = genderCounts({
      values: a.values,
      positiveValues: a.positive_values,
      genders: a.genders,
    });
    const { gapPp, p, lowPp, highPp, mddPp } = genderGap(
      women,
      men,
      getSettings().significanceLevel
    );
    if (gapPp === null) throw new AmfError("div0", "noObservations");
    if (a.output === "gap") return [[gapPp]];
    if (a.output === "p") return [[p]];
    if (a.output === "ci") return [[lowPp, highPp]];
    // No size can be named when everyone or no one met the criterion: #NUM! rather than a 0 that reads as "any gap".
    const mdd = mddPp ?? toExcelError(new AmfError("num", "noVariation"));
    if (a.output === "mdd") return [[mdd]];
    return [
      [
        women.count / women.total,
        women.total,
        men.count / men.total,
        men.total,
        gapPp,
        p,
        lowPp,
        highPp,
        mdd,
      ],
    ];
  },
});

export const PNR = defineFunction({
  params: { id: cell(), output: option(["normalized", "valid", "gender"], "normalized") },
  shape: "cell",
  compute: (a) => {
    const parsed = parsePnr(a.id);
    if (a.output === "valid") return parsed.ok;
    if (!parsed.ok) throw idError(parsed.reason, a.id);
    return a.output === "gender" ? parsed.pnr.gender : parsed.pnr.normalized;
  },
});

const ID_ERRORS = {
  format: "pnrFormat",
  checksum: "pnrChecksum",
  date: "pnrDate",
  bornAfter: "bornAfterDate",
} as const;

/** #VALUE! for an id that is no personnummer, with the value as the parser read it (formatMessage masks it). */
function idError(reason: keyof typeof ID_ERRORS, id: CellValue): AmfError {
  // A number cell gets its leading zero back, as the parser saw it.
  return new AmfError("value", ID_ERRORS[reason], {
    value: typeof id === "number" ? pnrText(id) : String(id ?? ""),
  });
}

export const AGE = defineFunction({
  params: { id: cell(), date: date() },
  shape: "cell",
  compute: (a) => {
    const result = ageOf(a.id, a.date ?? todaySerial());
    if (!result.ok) throw idError(result.reason, a.id);
    return result.age;
  },
});

/** Result cells with the core's per-cell errors (#N/A where no interval exists) as Excel errors. */
function withErrorCells(rows: Array<Array<number | AmfError>>): unknown[][] {
  return rows.map((row) =>
    row.map((value) => (value instanceof AmfError ? toExcelError(value) : value))
  );
}

export const SURVEYMEAN = defineFunction({
  params: {
    answers: column(),
    genders: optionalColumn(),
    gender: gender(),
    scale_max: wholeNumber({ min: 2, max: MAX_SCALE, default: DEFAULT_SCALE_MAX }),
    output: option(SURVEY_OUTPUTS, "mean"),
  },
  shape: "matrix",
  compute: (a) =>
    withErrorCells(
      surveyOutput(
        surveyMean({
          answers: a.answers,
          genders: a.genders,
          gender: a.gender,
          scaleMax: a.scale_max,
        }),
        a.output
      )
    ),
});

export const PROGRESSION = defineFunction({
  params: {
    ids: column(),
    occasions: column(),
    scores: column(),
    genders: optionalColumn(),
    gender: gender(),
    output: option(PROGRESSION_OUTPUTS, "change"),
  },
  shape: "matrix",
  compute: (a) =>
    withErrorCells(
      progressionOutput(
        progression({
          ids: a.ids,
          occasions: a.occasions,
          scores: a.scores,
          genders: a.genders,
          gender: a.gender,
        }),
        a.output
      )
    ),
});

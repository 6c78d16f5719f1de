/**
 * The indicator rows of a template as a table: each indicator is declared once — key, Swedish label,
 * kind, how its values are computed and how its AMF formula reads — and one loop turns the
 * declarations into `IndicatorRow`s with the suppression rules applied. Shared by the Jobbtorg and the
 * vux templates (and the templates of later issues).
 */
import { isAmfError } from "../errors";
import type { RateResult } from "../indicators/rate";
import { formatMessage } from "../messages";
import type { Settings } from "../settings";
import type { IndicatorKind, IndicatorRow } from "./model";
import { Gap, gapOf, Measure, rateMeasure, suppressGenders } from "./statistics";

/** A computation's value, or the Swedish message of the bad row that stopped it. */
export type Attempted<T> = { value: T } | { error: string };

/** A computation that may fail on a bad row: the error's Swedish message instead of a thrown error. */
export function attempt<T>(compute: () => T): Attempted<T> {
  try {
    return { value: compute() };
  } catch (e) {
    if (isAmfError(e)) return { error: formatMessage(e.key, e.params, "sv", "words") };
    throw e;
  }
}

/** Nothing to show: no value, no observations. */
export const NONE: Measure = { value: NaN, n: 0 };

/** The value column a formula is for: women, men or the total. */
export type FormulaGender = "K" | "M" | "T";

/** What an indicator computed for one unit and period, before suppression. */
export interface IndicatorValues {
  /**
   * Women, men and total (only the total for an indicator without a gender split); null when nothing
   * could be computed: the row then shows no figures and no formulas, and its note says why.
   */
  now: Measure[] | null;
  previous: Measure | null;
  gap?: Gap | null;
  note?: string;
  /** Shown under the results unless the total is suppressed (its counts would reveal the hidden figure). */
  coverage?: string;
}

/** One indicator of a template, as a row of its table. */
export interface IndicatorDefinition<Context> {
  key: string;
  label: string;
  kind: IndicatorKind;
  higherIsBetter: boolean;
  chart: boolean;
  /** False for an indicator with one total and no women's and men's values (EFFINDEX). */
  split?: boolean;
  /** The values for a unit and period, or null when the indicator does not apply (no row). */
  compute: (context: Context) => IndicatorValues | null;
  /** The equivalent AMF formula (Swedish Excel syntax) for one value column. */
  formula: (context: Context, gender: FormulaGender) => string;
}

/** The rows of a template's indicator table for one unit and period. */
export function indicatorRows<Context>(
  definitions: ReadonlyArray<IndicatorDefinition<Context>>,
  context: Context,
  settings: Settings
): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const definition of definitions) {
    const values = definition.compute(context);
    if (values) rows.push(indicatorRow(definition, context, values, settings));
  }
  return rows;
}

function indicatorRow<Context>(
  definition: IndicatorDefinition<Context>,
  context: Context,
  values: IndicatorValues,
  settings: Settings
): IndicatorRow {
  const split = definition.split !== false;
  const columns: FormulaGender[] = split ? ["K", "M", "T"] : ["T"];
  const formulas: IndicatorRow["formulas"] = {};
  if (values.now) for (const g of columns) formulas[g] = definition.formula(context, g);
  const { key, label, kind, higherIsBetter, chart } = definition;
  const row: IndicatorRow = {
    key,
    label,
    kind,
    ...shownMeasures(values.now, split, settings),
    previous: values.previous,
    higherIsBetter,
    gap: values.gap ?? null,
    formulas,
    chart,
  };
  if (values.note !== undefined) row.note = values.note;
  if (values.coverage !== undefined && !row.total.suppressed) row.coverage = values.coverage;
  return row;
}

function shownMeasures(
  now: Measure[] | null,
  split: boolean,
  settings: Settings
): Pick<IndicatorRow, "women" | "men" | "total"> {
  if (!split) return { women: null, men: null, total: now?.[0] ?? NONE };
  if (!now) return { women: NONE, men: NONE, total: NONE };
  return suppressGenders(
    now[0],
    now[1],
    now[2],
    settings.suppressionThreshold,
    settings.minGroupSize
  );
}

/**
 * A rate indicator's values from its results (women, men, total) now and in the comparison period. A
 * failed computation shows empty figures with the error as the note; the formulas stay.
 */
export function rateValues(
  now: Attempted<RateResult[] | null>,
  before: Attempted<RateResult[] | null>,
  settings: Settings
): IndicatorValues {
  const results = "value" in now ? now.value : null;
  const earlier = "value" in before ? before.value : null;
  return {
    now: results ? results.map(rateMeasure) : [NONE, NONE, NONE],
    previous: earlier ? rateMeasure(earlier[2]) : null,
    gap: results ? gapOf(results[0], results[1], settings) : null,
    note: "error" in now ? now.error : undefined,
  };
}

/**
 * SURVEYMEAN (issue #14): the mean of survey answers on a 1..scale_max scale (the yearly user survey
 * at Jobbtorg, the adult-education student survey), with its 95 % t interval, and the share agreeing
 * (the scale's top two steps, "instämmer": 4–5 on a 1–5 scale) for the dialogue sheets.
 */
import { CellValue, displayValue, isBlankOrZero, normalizeCode, parseNumber } from "../cells";
import { AmfError } from "../errors";
import { meanInterval, MeanInterval } from "../stats";
import { meanRow } from "./meanOutput";
import { cellAt, Column, columnsLength } from "./columns";
import { rowFilter, ScopeOptions } from "./scope";

export const SURVEY_OUTPUTS = ["mean", "n", "all"] as const;
export type SurveyOutput = (typeof SURVEY_OUTPUTS)[number];

export const DEFAULT_SCALE_MAX = 5;
/** The widest scale accepted (a 0–10 rating read as 1–10 is the widest in use; 100 leaves room). */
export const MAX_SCALE = 100;

/** Texts that mean "no answer" besides a blank or 0 (normalised: case and spaces ignored). */
export const NO_ANSWER_TEXTS: ReadonlySet<string> = new Set([
  "vet ej",
  "vet inte",
  "ej svar",
  "inget svar",
  "don't know",
]);

export interface SurveyMeanInput extends Pick<ScopeOptions, "genders" | "gender"> {
  answers: Column;
  /** Top of the scale, a whole number 2..100 (default 5). */
  scaleMax?: number | null;
}

/** The answers' mean interval and how many answered in the top two steps of the scale. */
export interface SurveySummary extends MeanInterval {
  agree: number;
  scaleMax: number;
}

const NAMES = { genders: "genders", gender: "gender", dates: "", periodEnd: "", months: "" };

/** The scale's top: the default 5, or a whole number 2..100 (otherwise #NUM!). */
export function scaleMaxOf(value: number | null | undefined, argName = "scale_max"): number {
  if (value === null || value === undefined) return DEFAULT_SCALE_MAX;
  if (!Number.isInteger(value) || value < 2 || value > MAX_SCALE)
    throw new AmfError("num", "outOfRange", { arg: argName, min: 2, max: MAX_SCALE });
  return value;
}

/** True when a cell is no answer: blank, 0 or "Vet ej" (and its variants). */
export function isNoAnswer(value: CellValue): boolean {
  return (
    isBlankOrZero(value) || (typeof value === "string" && NO_ANSWER_TEXTS.has(normalizeCode(value)))
  );
}

/**
 * The answer of a cell on 1..scaleMax, null for no answer; any other value (7 on a 1–5 scale, 3.5,
 * "bra") is #VALUE! naming the row, since a mean over a mistyped answer would look like a result.
 */
export function answerOf(
  value: CellValue,
  scaleMax: number,
  row: number,
  argName = "answers"
): number | null {
  if (isNoAnswer(value)) return null;
  const n = parseNumber(value);
  if (n === null || !Number.isInteger(n) || n < 1 || n > scaleMax) {
    throw new AmfError("value", "invalidAnswer", {
      arg: argName,
      row: row + 1,
      value: displayValue(value),
      max: scaleMax,
    });
  }
  return n;
}

/** The answers in scope, as numbers on the scale. */
export function surveyAnswers(input: SurveyMeanInput): number[] {
  const { answers, genders } = input;
  const scaleMax = scaleMaxOf(input.scaleMax);
  const length = columnsLength([
    ["answers", answers],
    ["genders", genders],
  ]);
  const inScope = rowFilter({ genders, gender: input.gender }, null, NAMES);
  const values: number[] = [];
  for (let r = 0; r < length; r++) {
    const answer = answerOf(cellAt(answers, r), scaleMax, r);
    if (answer === null) continue;
    if (inScope !== null && !inScope(r)) continue;
    values.push(answer);
  }
  return values;
}

/** Mean, n, sd, the 95 % t interval and the number agreeing, of the answers in scope. */
export function surveyMean(input: SurveyMeanInput): SurveySummary {
  const scaleMax = scaleMaxOf(input.scaleMax);
  const values = surveyAnswers(input);
  let agree = 0;
  for (const v of values) if (v >= scaleMax - 1) agree++;
  return { ...meanInterval(values), agree, scaleMax };
}

/** What SURVEYMEAN returns for `output`: the mean, n, or the row mean, n, sd, low, high (see meanRow). */
export function surveyOutput(
  summary: SurveySummary,
  output: SurveyOutput
): Array<Array<number | AmfError>> {
  if (output === "n") return [[summary.n]];
  if (summary.n === 0) throw new AmfError("div0", "noObservations");
  return output === "mean" ? [[summary.mean]] : [meanRow(summary)];
}

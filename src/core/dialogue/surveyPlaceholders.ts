/**
 * Placeholders of the survey and progression sections (issue #14), in a numbered form: questions and
 * insatser are numbered in the order of the whole register (ENKAT.1 is the first question in the
 * Enkat table, on every unit's copy), since a question's text cannot be a placeholder name.
 */
import type { DialogueModel } from "./model";
import type { PlaceholderKind } from "./placeholders";
import type { MeanMeasure, MeanRow } from "./surveyModel";
import { meanIntervalText } from "./surveySheet";
import { MISSING, SUPPRESSED } from "./types";

/** Questions and insatser a template can name (ENKAT.1 … ENKAT.20, PROGRESSION.1 … PROGRESSION.10). */
export const MAX_QUESTIONS = 20;
export const MAX_INSATSER = 10;

const GROUPS = ["K", "M", "T"] as const;

/** The per-row names of a mean: value, n, interval as text and bounds, the share agreeing or improved. */
function rowNames(
  names: Map<string, PlaceholderKind>,
  prefix: string,
  id: string,
  kind: PlaceholderKind,
  share: string,
  label: string
): void {
  names.set(`${prefix}.${id}.${label}`, "text");
  for (const g of GROUPS) {
    names.set(`${prefix}.${id}.${g}`, kind);
    names.set(`${prefix}.${id}.N.${g}`, "count");
    names.set(`KI.${prefix}.${id}.${g}`, "text");
    names.set(`KI_LOW.${prefix}.${id}.${g}`, kind);
    names.set(`KI_HIGH.${prefix}.${id}.${g}`, kind);
    names.set(`${share}.${prefix}.${id}.${g}`, "rate");
  }
}

/** Adds the survey's and progression's placeholder names (the README lists the same). */
export function addSurveyPlaceholderNames(names: Map<string, PlaceholderKind>): void {
  names.set("ENKAT.SVARANDE", "count");
  names.set("ENKAT.TILLFRAGADE", "count");
  names.set("ENKAT.SVARSFREKVENS", "rate");
  names.set("ENKAT.VARNING", "text");
  names.set("ENKAT.KONSFORDELNING", "text");
  names.set("ENKAT.P", "p");
  for (let q = 1; q <= MAX_QUESTIONS; q++)
    rowNames(names, "ENKAT", String(q), "mean", "INSTAMMER", "FRAGA");
  for (const id of ["ALLA", ...Array.from({ length: MAX_INSATSER }, (_, i) => String(i + 1))]) {
    rowNames(names, "PROGRESSION", id, "change", "FORBATTRADE", "INSATS");
  }
}

type Setter = (name: string, value: number | string | undefined | null) => void;

function measureValues(
  set: Setter,
  prefix: string,
  id: string,
  share: string,
  g: string,
  m: MeanMeasure,
  signed: boolean
): void {
  const hidden = m.suppressed ? SUPPRESSED : null;
  const finite = (v: number) => hidden ?? (Number.isFinite(v) ? v : MISSING);
  set(`${prefix}.${id}.${g}`, finite(m.value));
  set(`${prefix}.${id}.N.${g}`, hidden ?? m.n);
  set(`KI.${prefix}.${id}.${g}`, meanIntervalText(m, signed));
  set(`KI_LOW.${prefix}.${id}.${g}`, finite(m.low));
  set(`KI_HIGH.${prefix}.${id}.${g}`, finite(m.high));
  set(
    `${share}.${prefix}.${id}.${g}`,
    hidden ?? (m.n > 0 && m.count !== undefined ? m.count / m.n : MISSING)
  );
}

function rowValues(
  set: Setter,
  prefix: string,
  id: string,
  share: string,
  label: string,
  row: MeanRow,
  signed: boolean
): void {
  set(`${prefix}.${id}.${label}`, row.label);
  measureValues(set, prefix, id, share, "K", row.women, signed);
  measureValues(set, prefix, id, share, "M", row.men, signed);
  measureValues(set, prefix, id, share, "T", row.total, signed);
}

/** Sets the values of the survey's and progression's placeholders (others keep ".."). */
export function setSurveyPlaceholderValues(model: DialogueModel, set: Setter): void {
  const survey = model.survey;
  if (survey) {
    set("ENKAT.SVARANDE", survey.respondents.T);
    set("ENKAT.TILLFRAGADE", survey.invited.T);
    set("ENKAT.SVARSFREKVENS", survey.responseRate);
    set("ENKAT.VARNING", survey.warning);
    set("ENKAT.KONSFORDELNING", survey.genderMix?.sentence);
    set("ENKAT.P", survey.genderMix?.p);
    for (const row of survey.questions)
      rowValues(set, "ENKAT", String(row.number), "INSTAMMER", "FRAGA", row, false);
  }
  for (const row of model.progression?.rows ?? []) {
    rowValues(
      set,
      "PROGRESSION",
      row.number === 0 ? "ALLA" : String(row.number),
      "FORBATTRADE",
      "INSATS",
      row,
      true
    );
  }
}

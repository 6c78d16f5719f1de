/**
 * Own templates (SPEC §7): a user's sheet with `{{...}}` placeholders. The check lists unknown and
 * malformed placeholders before anything is written; filling turns a whole-cell placeholder into a
 * typed value (keeping the cell's number format) and one inside text into Swedish-formatted text.
 */
import {
  change,
  goalAssessment,
  intervalText,
  MISSING,
  powerSentence,
  shownAssessment,
  SUPPRESSED,
} from "./dialogueSheet";
import { svNumber, svP, svPercent, svPp, svPpInterval } from "./format";
import type { DialogueModel, IndicatorKind } from "./model";
import { intervalOf, Measure } from "./statistics";
import { maskPersonalNumbers } from "../pnr";
import { FORMATS, SheetValue } from "./types";
import { TRAINING_TYPES } from "./vuxModel";
import { addSurveyPlaceholderNames, setSurveyPlaceholderValues } from "./surveyPlaceholders";
import { MEAN_FORMATS } from "./surveySheet";
import {
  addInterventionPlaceholderNames,
  interventionFallback,
  isInterventionPlaceholder,
  setInterventionPlaceholderValues,
} from "./interventionPlaceholders";
import {
  addTargetGroupPlaceholderNames,
  setTargetGroupPlaceholderValues,
} from "./targetGroupPlaceholders";
import type { TemplateName } from "./build";
import { sfiPlaceholderNames } from "./sfiPlaceholders";
import { scbPlaceholderNames } from "./scbPlaceholders";

export type PlaceholderKind = IndicatorKind | "pp" | "p" | "text" | "mean" | "change";

/** The built-in templates an own template can be filled as: each has its placeholders (not kalkyl). */
export type PlaceholderTemplate = Exclude<TemplateName, "kalkyl">;
export const PLACEHOLDER_TEMPLATES: readonly PlaceholderTemplate[] = [
  "jobbtorg",
  "vux",
  "sfi",
  "scb",
];

/** A placeholder's value: a number of a kind, or text ("–" suppressed, ".." missing, names, assessments). */
export interface PlaceholderValue {
  kind: PlaceholderKind;
  value: number | string;
}

/** The indicators each built-in template offers placeholders for, with their kinds. */
export const TEMPLATE_INDICATORS: Record<
  "jobbtorg" | "vux",
  ReadonlyArray<[string, IndicatorKind]>
> = {
  jobbtorg: [
    ["EXITRATE", "rate"],
    ["SELFSUFF6M", "rate"],
    ["ENROLLDAYS", "days"],
    ["ENROLLDAYS_MEDIAN", "days"],
    ["EXITS", "count"],
    ["EFFINDEX", "index"],
  ],
  vux: ["COMPLETED", "DROPOUT", "WORKSTUDY", "RESPONSE"].flatMap((key) =>
    [key, ...TRAINING_TYPES.map((t) => `${key}_${t.suffix}`)].map((k): [string, IndicatorKind] => [
      k,
      "rate",
    ])
  ),
};

/** Every placeholder name of a template with its kind (the README lists the same). */
export function placeholderNames(template: PlaceholderTemplate): Map<string, PlaceholderKind> {
  if (template === "sfi") return sfiPlaceholderNames();
  if (template === "scb") return scbPlaceholderNames();
  const names = new Map<string, PlaceholderKind>([
    ["ENHET", "text"],
    ["PERIOD", "text"],
    ["PERIODTEXT", "text"],
    ["JAMFORELSEPERIOD", "text"],
    ["DATUM", "text"],
  ]);
  for (const [key, kind] of TEMPLATE_INDICATORS[template]) {
    const genderSplit = key !== "EFFINDEX";
    for (const g of genderSplit ? ["K", "M", "T"] : ["T"]) {
      names.set(`${key}.${g}`, kind);
      names.set(`${key}.N.${g}`, "count");
      if (kind === "rate") {
        names.set(`KI.${key}.${g}`, "text");
        names.set(`KI_LOW.${key}.${g}`, "rate");
        names.set(`KI_HIGH.${key}.${g}`, "rate");
      }
    }
    names.set(`MAL.${key}`, kind);
    names.set(`FOREG.${key}`, kind);
    names.set(`FORANDRING.${key}`, kind === "rate" ? "pp" : kind);
    names.set(`MALUPPFYLLELSE.${key}`, "text");
    if (kind === "rate") {
      names.set(`GAP.${key}`, "pp");
      names.set(`P.${key}`, "p");
      names.set(`BEDOMNING.${key}`, "text");
      names.set(`KI.GAP.${key}`, "text");
      names.set(`GAP_LOW.${key}`, "pp");
      names.set(`GAP_HIGH.${key}`, "pp");
      names.set(`MDD.${key}`, "pp");
      names.set(`STYRKA.${key}`, "text");
    }
    if (key === "SELFSUFF6M") names.set(`TACKNING.${key}`, "text");
  }
  addSurveyPlaceholderNames(names);
  if (template === "jobbtorg") addTargetGroupPlaceholderNames(names);
  if (template === "jobbtorg") addInterventionPlaceholderNames(names);
  return names;
}

function measureValue(m: Measure | null | undefined): number | string {
  if (!m) return MISSING;
  if (m.suppressed) return SUPPRESSED;
  return Number.isFinite(m.value) ? m.value : MISSING;
}

/** The values of every placeholder of the model's template (missing indicators give ".."). */
export function placeholderValues(model: DialogueModel): Map<string, PlaceholderValue> {
  const names = placeholderNames(model.template);
  const values = new Map<string, PlaceholderValue>();
  for (const [name, kind] of names) values.set(name, { kind, value: MISSING });
  const text = (name: string, value: string) => values.set(name, { kind: "text", value });
  text("ENHET", model.unit ?? (model.template === "vux" ? "Alla skolor" : "Alla enheter"));
  text("PERIOD", model.period.code);
  text("PERIODTEXT", model.period.label);
  text("JAMFORELSEPERIOD", model.previous.label);
  text("DATUM", model.made);
  const set = (name: string, value: number | string | undefined | null) => {
    if (names.has(name)) values.set(name, { kind: names.get(name)!, value: value ?? MISSING });
  };
  for (const row of model.rows) {
    const groups: Array<["K" | "M" | "T", Measure | null]> = [
      ["K", row.women],
      ["M", row.men],
      ["T", row.total],
    ];
    for (const [g, m] of groups) {
      set(`${row.key}.${g}`, measureValue(m));
      set(`${row.key}.N.${g}`, m === null ? MISSING : m.suppressed ? SUPPRESSED : m.n);
      if (row.kind === "rate") {
        const ci = intervalOf(m);
        const hidden = m?.suppressed ? SUPPRESSED : MISSING;
        set(`KI.${row.key}.${g}`, intervalText(m));
        set(`KI_LOW.${row.key}.${g}`, ci ? ci.low : hidden);
        set(`KI_HIGH.${row.key}.${g}`, ci ? ci.high : hidden);
      }
    }
    set(`TACKNING.${row.key}`, row.coverage ?? (row.total.n > 0 ? "alla avslut mätbara" : MISSING));
    set(`MAL.${row.key}`, row.target);
    set(`FOREG.${row.key}`, row.previous ? measureValue(row.previous) : MISSING);
    set(
      `FORANDRING.${row.key}`,
      change(row, model.settings.suppressionThreshold, model.settings.minGroupSize) ?? MISSING
    );
    set(`MALUPPFYLLELSE.${row.key}`, goalAssessment(row));
    if (row.gap) {
      const hidden = row.women?.suppressed || row.men?.suppressed;
      set(
        `GAP.${row.key}`,
        hidden ? SUPPRESSED : Number.isFinite(row.gap.gapPp) ? row.gap.gapPp : MISSING
      );
      set(`P.${row.key}`, hidden ? SUPPRESSED : row.gap.p);
      set(`BEDOMNING.${row.key}`, shownAssessment(row));
      const finite = !hidden && Number.isFinite(row.gap.lowPp);
      set(
        `KI.GAP.${row.key}`,
        hidden ? SUPPRESSED : finite ? svPpInterval(row.gap.lowPp, row.gap.highPp) : MISSING
      );
      set(`GAP_LOW.${row.key}`, hidden ? SUPPRESSED : finite ? row.gap.lowPp : MISSING);
      set(`GAP_HIGH.${row.key}`, hidden ? SUPPRESSED : finite ? row.gap.highPp : MISSING);
      set(
        `MDD.${row.key}`,
        hidden ? SUPPRESSED : Number.isFinite(row.gap.mddPp) ? row.gap.mddPp : MISSING
      );
      set(`STYRKA.${row.key}`, powerSentence(row) ?? MISSING);
    }
  }
  setSurveyPlaceholderValues(model, set);
  setTargetGroupPlaceholderValues(model, set);
  setInterventionPlaceholderValues(
    model,
    set,
    (name, kind, value) => void (names.has(name) || values.set(name, { kind, value }))
  );
  return values;
}

/** A placeholder problem found by the template check. */
export interface PlaceholderProblem {
  /** Cell address as the caller names it ("B4"). */
  address: string;
  placeholder: string;
  reason: "unknown" | "malformed";
}

const TOKEN = /\{\{([^{}]*)\}\}/g;
const NAME = /^[A-Z0-9_]+(\.[A-Z0-9_]+)*$/;

/** The placeholder name as matched: trimmed, upper case ("{{ exitrate.k }}" is EXITRATE.K). */
export function normalizePlaceholder(inner: string): string {
  return inner.trim().toUpperCase();
}

/** Unknown and malformed placeholders of a text (unbalanced braces, empty or odd names). */
export function checkText(
  address: string,
  text: string,
  known: ReadonlyMap<string, unknown>,
  accepts: (name: string) => boolean = () => false
): PlaceholderProblem[] {
  const problems: PlaceholderProblem[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const name = normalizePlaceholder(m[1]);
    if (!NAME.test(name)) problems.push({ address, placeholder: m[0], reason: "malformed" });
    else if (!known.has(name) && !accepts(name))
      problems.push({ address, placeholder: m[0], reason: "unknown" });
  }
  // Braces left after removing the well-formed tokens: "{{EXITRATE.K}" or "{{{X}}".
  const rest = text.replace(TOKEN, "");
  const stray = /\{\{[^}]*\}?|\{[^{}]*\}\}|\}\}/.exec(rest);
  if (stray) problems.push({ address, placeholder: stray[0], reason: "malformed" });
  return problems;
}

/** The check over a whole template, before anything is written. */
export function checkTemplate(
  cells: ReadonlyArray<{ address: string; text: string }>,
  template: PlaceholderTemplate
): PlaceholderProblem[] {
  const known = placeholderNames(template);
  // Issue #13: a per-insats name ({{EXITRATE_STOCKHOLMSJOBB.K}}) depends on the register's insatser.
  const accepts = template === "jobbtorg" ? isInterventionPlaceholder : undefined;
  return cells.flatMap((c) => checkText(c.address, c.text, known, accepts));
}

/** Swedish text of a value inside a sentence: "47,9 %", "−8,9 procentenheter", "0,032", "1 234". */
export function formatInText(v: PlaceholderValue): string {
  if (typeof v.value === "string") return v.value;
  switch (v.kind) {
    case "rate":
      return svPercent(v.value);
    case "pp":
      return svPp(v.value, false);
    case "p":
      return svP(v.value);
    case "mean":
      return svNumber(v.value, 1);
    case "change":
      return `${v.value > 0 && Number(Math.abs(v.value).toFixed(1)) !== 0 ? "+" : ""}${svNumber(v.value, 1)}`;
    default:
      return svNumber(v.value, 0);
  }
}

const DEFAULT_FORMATS: Record<PlaceholderKind, string | undefined> = {
  rate: FORMATS.rate,
  pp: FORMATS.pp,
  p: FORMATS.p,
  days: FORMATS.days,
  count: FORMATS.count,
  index: FORMATS.index,
  text: undefined,
  mean: MEAN_FORMATS.mean,
  change: MEAN_FORMATS.change,
};

/** True when a number format is Excel's default (no format of the user's own to keep). */
function isGeneral(format: string | undefined): boolean {
  return !format || format.toLowerCase() === "general";
}

/** A placeholder's value; a per-insats name the sheet has no row for is ".." (issue #13). */
function valueOf(
  values: ReadonlyMap<string, PlaceholderValue>,
  name: string
): PlaceholderValue | undefined {
  return values.get(name) ?? interventionFallback(name);
}

/**
 * One template cell filled: a cell that is exactly one placeholder becomes the typed value, keeping
 * the cell's own number format (or the kind's default when the cell is General); placeholders inside
 * text become Swedish text. Null when the cell has no placeholder (left as it is).
 */
export function fillCell(
  text: string,
  numberFormat: string | undefined,
  values: ReadonlyMap<string, PlaceholderValue>
): { value: SheetValue; numberFormat?: string } | null {
  const tokens = [...text.matchAll(TOKEN)];
  if (tokens.length === 0) return null;
  const whole = /^\s*\{\{([^{}]*)\}\}\s*$/.exec(text);
  if (whole) {
    const v = valueOf(values, normalizePlaceholder(whole[1]));
    if (!v) return null;
    // Text that reaches the sheet passes the mask, like every cell of a built-in sheet (SheetBuilder).
    if (typeof v.value === "string") return { value: maskPersonalNumbers(v.value), numberFormat };
    return {
      value: v.value,
      numberFormat: isGeneral(numberFormat) ? DEFAULT_FORMATS[v.kind] : numberFormat,
    };
  }
  const filled = text.replace(TOKEN, (all, inner: string) => {
    const v = valueOf(values, normalizePlaceholder(inner));
    return v ? formatInText(v) : all;
  });
  return { value: maskPersonalNumbers(filled), numberFormat };
}

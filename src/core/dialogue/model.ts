/**
 * The dialogue model between the registers and the sheets: one row per indicator with women's, men's
 * and the total value, the comparison period, the target and the gap analysis — suppression applied.
 */
import type { Settings } from "../settings";
import type { ReportPeriod } from "./period";
import type { DialogueSources, Register } from "./sources";
import type { Gap, Measure } from "./statistics";
import type { ProgressionSection, SurveySection } from "./surveyModel";
import type { InterventionSection } from "./interventionModel";
import type { TargetGroupSection } from "./targetGroupModel";

export type IndicatorKind = "rate" | "days" | "count" | "index";

/** One indicator of a dialogue (also one set of placeholders: KEY.K, KEY.N.K, GAP.KEY …). */
export interface IndicatorRow {
  /** Placeholder and target key: EXITRATE, SELFSUFF6M, COMPLETED_YH … */
  key: string;
  /** Swedish label shown in the sheets. */
  label: string;
  kind: IndicatorKind;
  /** Null when the indicator has no gender split (EFFINDEX). */
  women: Measure | null;
  men: Measure | null;
  total: Measure;
  /** The total of the comparison period, or null when it could not be computed. */
  previous: Measure | null;
  target?: number;
  /** Days: lower is better; rates, counts and indexes: higher. */
  higherIsBetter: boolean;
  /** Rates only. */
  gap: Gap | null;
  /** The equivalent AMF formula per value (Swedish Excel syntax, as text). */
  formulas: Partial<Record<"K" | "M" | "T" | "GAP", string>>;
  /** Why a value is missing (an unreadable row, no staff cost …), shown as a footnote. */
  note?: string;
  /** How many of the period's exits could be measured, when not all (SELFSUFF6M), shown under the results. */
  coverage?: string;
  /** Chart this indicator (a rate with a gender split). */
  chart: boolean;
}

/** Everything a dialogue sheet (or a filled own template) shows. */
export interface DialogueModel {
  template: "jobbtorg" | "vux";
  /** Unit (Jobbtorg) or school (vux); null = the whole register. */
  unit: string | null;
  period: ReportPeriod;
  previous: ReportPeriod;
  /** ISO date the sheet was made. */
  made: string;
  sources: DialogueSources;
  rows: IndicatorRow[];
  settings: Settings;
  /** Issue #14: the survey and the progression sections; null without their registers. */
  survey?: SurveySection | null;
  progression?: ProgressionSection | null;
  /** Issue #13: the section "Målgrupper" (Jobbtorg only). */
  targetGroups?: TargetGroupSection | null;
  /** Issue #13: the section "Insatser" (Jobbtorg); null without Insats, Sysselsättning 3 mån and Partnerskap. */
  interventions?: InterventionSection | null;
}

/** Swedish Excel syntax for a structured reference to a register column: Avslut[Avslutsorsak]. */
export function columnRef(
  register: Register | undefined,
  field: string,
  fallbackTable: string,
  fallbackHeader: string
): string {
  if (!register || register.fields[field] === undefined)
    return `${fallbackTable}[${fallbackHeader}]`;
  return `${register.table.name.replace(/\s+/g, "_")}[${register.table.headers[register.fields[field]]}]`;
}

/** A column ref filtered by a condition (FILTRERA), or the plain ref without one. */
export function filtered(ref: string, condition: string | null): string {
  return condition ? `FILTRERA(${ref};${condition})` : ref;
}

/** DATUM(2025;8;31) for an ISO date. */
export function dateFormula(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number);
  return `DATUM(${y};${m};${d})`;
}

/** A text literal in a formula ("" doubled). */
export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

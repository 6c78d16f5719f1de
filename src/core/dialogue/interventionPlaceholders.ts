/**
 * Placeholders of the section "Insatser" (issue #13). An insats is named in the placeholder itself
 * (`{{EXITRATE_STOCKHOLMSJOBB.K}}`, see placeholderId), so the names depend on the register: the
 * template check accepts every well-formed name of these shapes for the Jobbtorg template, and one
 * naming an insats the sheet has no row for is filled with "..".
 */
import { intervalText, MISSING, SUPPRESSED } from "./dialogueSheet";
import type { Triple } from "./interventionModel";
import type { DialogueModel } from "./model";
import type { PlaceholderKind, PlaceholderValue } from "./placeholders";
import { intervalOf, Measure } from "./statistics";

/** The per-insats figures: EXITRATE, in work or studies 3 months after, followed up 3 months after. */
export const INTERVENTION_MEASURES = ["EXITRATE", "WORK3M", "FOLLOWUP3M"] as const;

const GROUP_KEYS = [
  ["K", "women"],
  ["M", "men"],
  ["T", "total"],
] as const;

const SHAPE = new RegExp(
  `^(?:(?:KI|KI_LOW|KI_HIGH)\\.)?(${INTERVENTION_MEASURES.join("|")})_[A-Z0-9_]+\\.(?:N\\.)?[KMT]$`
);

/** True for a well-formed per-insats name (`KI.N` has no meaning and is not one). */
export function isInterventionPlaceholder(name: string): boolean {
  return SHAPE.test(name) && !/^KI[A-Z_]*\..*\.N\./.test(name);
}

/** The fixed names: the partnership counts. */
export function addInterventionPlaceholderNames(names: Map<string, PlaceholderKind>): void {
  for (const [g] of GROUP_KEYS) names.set(`PARTNERSHIP.N.${g}`, "count");
}

/** The value of a per-insats name the sheet has no row for: "..". */
export function interventionFallback(name: string): PlaceholderValue | undefined {
  return isInterventionPlaceholder(name) ? { kind: "text", value: MISSING } : undefined;
}

type Setter = (name: string, value: number | string | undefined | null) => void;
type Adder = (name: string, kind: PlaceholderKind, value: number | string) => void;

function rateValues(add: Adder, key: string, t: Triple): void {
  for (const [g, group] of GROUP_KEYS) {
    const m: Measure = t[group];
    const hidden = m.suppressed ? SUPPRESSED : null;
    const ci = intervalOf(m);
    add(`${key}.${g}`, "rate", hidden ?? (Number.isFinite(m.value) ? m.value : MISSING));
    add(`${key}.N.${g}`, "count", hidden ?? m.n);
    add(`KI.${key}.${g}`, "text", intervalText(m));
    add(`KI_LOW.${key}.${g}`, "rate", hidden ?? ci?.low ?? MISSING);
    add(`KI_HIGH.${key}.${g}`, "rate", hidden ?? ci?.high ?? MISSING);
  }
}

/**
 * Sets the section's values: `set` for the fixed names, `add` for the per-insats names of the rows
 * the sheet shows (an insats whose name is taken by another placeholder, a target group's
 * EXITRATE_UNGA say, keeps the other's value: `add` skips names already known).
 */
export function setInterventionPlaceholderValues(
  model: DialogueModel,
  set: Setter,
  add: Adder
): void {
  const section = model.interventions;
  if (!section) return;
  // Two insatser whose names give the same id ("Arbetsträning 1", "Arbetsträning (1)") cannot be
  // told apart in a placeholder: neither is filled (they give "..") rather than one under the other's name.
  const uses = new Map<string, number>();
  for (const row of section.rows) uses.set(row.id, (uses.get(row.id) ?? 0) + 1);
  for (const row of section.rows) {
    if (uses.get(row.id)! > 1) continue;
    rateValues(add, `EXITRATE_${row.id}`, row.exits);
    if (row.followUp) {
      rateValues(add, `WORK3M_${row.id}`, row.followUp.work);
      rateValues(add, `FOLLOWUP3M_${row.id}`, row.followUp.followed);
    }
  }
  const p = section.partnership;
  if (p)
    for (const [g, group] of GROUP_KEYS)
      set(`PARTNERSHIP.N.${g}`, p.counts[group].suppressed ? SUPPRESSED : p.counts[group].value);
}

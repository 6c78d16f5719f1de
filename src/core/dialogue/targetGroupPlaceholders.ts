/**
 * Placeholders of the section "Målgrupper" (issue #13): per group and indicator the values, group sizes,
 * intervals and the gender assessment, named as the indicator rows' ({{EXITRATE_UNGA.K}},
 * {{SELFSUFF6M_KORTUTBILDADE.N.M}}, {{KI.EXITRATE_UNGA.K}}, {{BEDOMNING.EXITRATE_UNGA}}), and the
 * sentence of a group whose column is absent ({{SAKNAS.KORTUTBILDADE}}, empty when it is present).
 */
import { intervalText, MISSING, shownAssessment, SUPPRESSED } from "./dialogueSheet";
import { svPpInterval } from "./format";
import type { DialogueModel } from "./model";
import type { PlaceholderKind } from "./placeholders";
import { intervalOf } from "./statistics";
import { GROUP_NAMES } from "./targetGroupModel";
import { TARGET_GROUPS } from "../targetGroups";

const INDICATORS = ["EXITRATE", "SELFSUFF6M"] as const;
const GROUPS = ["K", "M", "T"] as const;

/** Adds the target groups' placeholder names (the README lists the same). */
export function addTargetGroupPlaceholderNames(names: Map<string, PlaceholderKind>): void {
  for (const group of TARGET_GROUPS) {
    names.set(`SAKNAS.${GROUP_NAMES[group]}`, "text");
    for (const indicator of INDICATORS) {
      const key = `${indicator}_${GROUP_NAMES[group]}`;
      for (const g of GROUPS) {
        names.set(`${key}.${g}`, "rate");
        names.set(`${key}.N.${g}`, "count");
        names.set(`KI.${key}.${g}`, "text");
        names.set(`KI_LOW.${key}.${g}`, "rate");
        names.set(`KI_HIGH.${key}.${g}`, "rate");
      }
      names.set(`GAP.${key}`, "pp");
      names.set(`P.${key}`, "p");
      names.set(`KI.GAP.${key}`, "text");
      names.set(`BEDOMNING.${key}`, "text");
    }
  }
}

type Setter = (name: string, value: number | string | undefined | null) => void;

/** Sets the values of the target groups' placeholders (a group without its column keeps ".."). */
export function setTargetGroupPlaceholderValues(model: DialogueModel, set: Setter): void {
  const section = model.targetGroups;
  if (!section) return;
  for (const group of TARGET_GROUPS) {
    set(
      `SAKNAS.${GROUP_NAMES[group]}`,
      section.missing.find((m) => m.groups.includes(group))?.sentence ?? ""
    );
  }
  for (const row of section.rows) {
    const groups = [
      ["K", row.women!],
      ["M", row.men!],
      ["T", row.total],
    ] as const;
    for (const [g, m] of groups) {
      const hidden = m.suppressed ? SUPPRESSED : null;
      const ci = intervalOf(m);
      set(`${row.key}.${g}`, hidden ?? (Number.isFinite(m.value) ? m.value : MISSING));
      set(`${row.key}.N.${g}`, hidden ?? (row.note ? MISSING : m.n));
      set(`KI.${row.key}.${g}`, intervalText(m));
      set(`KI_LOW.${row.key}.${g}`, hidden ?? (ci ? ci.low : MISSING));
      set(`KI_HIGH.${row.key}.${g}`, hidden ?? (ci ? ci.high : MISSING));
    }
    const gap = row.gap;
    const hidden = row.women!.suppressed || row.men!.suppressed ? SUPPRESSED : null;
    set(`GAP.${row.key}`, hidden ?? (gap && Number.isFinite(gap.gapPp) ? gap.gapPp : MISSING));
    set(`P.${row.key}`, hidden ?? (gap && Number.isFinite(gap.p) ? gap.p : MISSING));
    set(
      `KI.GAP.${row.key}`,
      hidden ?? (gap && Number.isFinite(gap.lowPp) ? svPpInterval(gap.lowPp, gap.highPp) : MISSING)
    );
    set(`BEDOMNING.${row.key}`, shownAssessment(row));
  }
}

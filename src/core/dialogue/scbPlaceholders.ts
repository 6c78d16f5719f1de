/**
 * Placeholders of an own template filled from the SCB model (issue #16, scbModel.ts): the share in each
 * income source at −1, +1 and +2 years per group and gender, the change from −1 to +2 in percentage
 * points, and the difference in differences between Stockholmsjobb and the comparison group. The values
 * are the sheet's (scbSheet.ts), after disclosure control: hidden gives "–", not in the extract "..".
 */
import { wilsonInterval } from "../stats";
import { MISSING, SUPPRESSED } from "./dialogueSheet";
import { svPpInterval } from "./format";
import type { PlaceholderKind, PlaceholderValue } from "./placeholders";
import {
  changeOf,
  Difference,
  differenceInDifferences,
  INCOME_SOURCES,
  SCB_GENDERS,
  SCB_TIMES,
  ScbGroup,
  ScbModel,
  ScbTime,
  shareOf,
  SOCIAL_ASSISTANCE,
  WORK,
} from "./scbModel";
import { didReading, shareInterval, sizeValue } from "./scbSheet";

/** The income sources as placeholder names, in INCOME_SOURCES order (SCB's). */
export const SOURCE_CODES = [
  "ARBETSLOS",
  "ATGARD",
  "BISTAND",
  "ARBETE",
  "STUDIER",
  "VARD",
  "OVRIGT",
] as const;
const TIME_CODES: Record<ScbTime, string> = { [-1]: "FORE1", 1: "EFTER1", 2: "EFTER2" };
/** The participants (Stockholmsjobb) and the comparison group. */
const GROUP_CODES = ["SJ", "JMF"] as const;
/** The two sources whose change and difference in differences the sheet follows. */
const FOLLOWED: ReadonlyArray<[string, number]> = [
  ["ARBETE", INCOME_SOURCES.indexOf(WORK)],
  ["BISTAND", INCOME_SOURCES.indexOf(SOCIAL_ASSISTANCE)],
];

/** A difference's names: `KEY.G`, `KI.KEY.G` and the bounds `KEY_LOW.G`, `KEY_HIGH.G` (as GAP's). */
function differenceNames(names: Map<string, PlaceholderKind>, prefix: string, rest: string): void {
  names.set(`${prefix}.${rest}`, "pp");
  names.set(`KI.${prefix}.${rest}`, "text");
  names.set(`${prefix}_LOW.${rest}`, "pp");
  names.set(`${prefix}_HIGH.${rest}`, "pp");
}

/** Every placeholder name of the SCB template with its kind (the README lists the same). */
export function scbPlaceholderNames(): Map<string, PlaceholderKind> {
  const names = new Map<string, PlaceholderKind>([
    ["UNDERGRUPP", "text"],
    ["INSKRIVNINGSAR", "text"],
    ["DATUM", "text"],
  ]);
  for (const group of GROUP_CODES) {
    names.set(`GRUPP.${group}`, "text");
    for (const g of SCB_GENDERS) {
      for (const time of SCB_TIMES) {
        names.set(`${group}.N.${TIME_CODES[time]}.${g}`, "count");
        for (const source of SOURCE_CODES) {
          const key = `${group}.${source}.${TIME_CODES[time]}`;
          names.set(`${key}.${g}`, "rate");
          names.set(`${key}.N.${g}`, "count");
          names.set(`KI.${key}.${g}`, "text");
          names.set(`KI_LOW.${key}.${g}`, "rate");
          names.set(`KI_HIGH.${key}.${g}`, "rate");
        }
      }
      for (const [source] of FOLLOWED)
        differenceNames(names, "FORANDRING", `${group}.${source}.${g}`);
    }
  }
  for (const g of SCB_GENDERS) {
    for (const [source] of FOLLOWED) {
      differenceNames(names, "DID", `${source}.${g}`);
      names.set(`BEDOMNING.DID.${source}.${g}`, "text");
    }
  }
  return names;
}

type Setter = (name: string, value: number | string) => void;

function differenceValues(set: Setter, prefix: string, rest: string, d: Difference | null): void {
  // As on the sheet: a difference of a hidden (or absent) share is not shown.
  set(`${prefix}.${rest}`, d ? d.pp : SUPPRESSED);
  set(`KI.${prefix}.${rest}`, d ? svPpInterval(d.lowPp, d.highPp) : SUPPRESSED);
  set(`${prefix}_LOW.${rest}`, d ? d.lowPp : SUPPRESSED);
  set(`${prefix}_HIGH.${rest}`, d ? d.highPp : SUPPRESSED);
}

function groupValues(set: Setter, code: string, group: ScbGroup): void {
  set(`GRUPP.${code}`, group.name);
  for (const g of SCB_GENDERS) {
    for (const time of SCB_TIMES) {
      const counts = group.counts[g][time];
      set(`${code}.N.${TIME_CODES[time]}.${g}`, sizeValue(counts));
      SOURCE_CODES.forEach((source, s) => {
        const key = `${code}.${source}.${TIME_CODES[time]}`;
        const share = shareOf(counts, s);
        // What the sheet shows where there is no share: hidden, or not in the extract (scbSheet.ts).
        const mark = counts.present ? SUPPRESSED : MISSING;
        const ci = share ? wilsonInterval(share.count, share.n) : null;
        set(`${key}.${g}`, share ? share.p : mark);
        set(`${key}.N.${g}`, share ? share.n : mark);
        set(`KI.${key}.${g}`, shareInterval(counts, s));
        set(`KI_LOW.${key}.${g}`, ci ? ci.low : mark);
        set(`KI_HIGH.${key}.${g}`, ci ? ci.high : mark);
      });
    }
    for (const [source, s] of FOLLOWED)
      differenceValues(set, "FORANDRING", `${code}.${source}.${g}`, changeOf(group, g, s));
  }
}

/** The values of every SCB placeholder; `made` is the date the copy is filled. Names without a value give "..". */
export function scbPlaceholderValues(model: ScbModel, made: string): Map<string, PlaceholderValue> {
  const names = scbPlaceholderNames();
  const values = new Map<string, PlaceholderValue>();
  for (const [name, kind] of names) values.set(name, { kind, value: MISSING });
  const set: Setter = (name, value) => {
    if (names.has(name)) values.set(name, { kind: names.get(name)!, value });
  };
  set("UNDERGRUPP", model.subgroupLabel);
  set("INSKRIVNINGSAR", model.years ?? MISSING);
  set("DATUM", made);
  const groups: Array<[string, number]> = [
    ["SJ", model.participants],
    ["JMF", model.comparison],
  ];
  for (const [code, index] of groups) if (index >= 0) groupValues(set, code, model.groups[index]);
  if (model.participants >= 0 && model.comparison >= 0) {
    for (const g of SCB_GENDERS) {
      for (const [source, s] of FOLLOWED) {
        const d = differenceInDifferences(model, g, s);
        differenceValues(set, "DID", `${source}.${g}`, d);
        set(`BEDOMNING.DID.${source}.${g}`, didReading(d));
      }
    }
  }
  return values;
}

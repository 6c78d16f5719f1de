/**
 * The section "Insatser" of a Jobbtorg dialogue (issue #13, items 5 and 6): EXITRATE per value of
 * `Insats`, the 3-month follow-up (`Sysselsättning 3 mån`: in work or studies of those followed up, and
 * the follow-up rate) and the exits to work through an employer partnership (`Partnerskap` = Ja). The
 * same cores as the custom functions (AMF.EXITRATE, AMF.SHARE), suppressed by statistics.ts and, across
 * the workbook, by disclosure.ts through `interventionRelations`.
 */
import {
  CellValue,
  Gender,
  isBlank,
  isBlankOrZero,
  isoOf,
  normalizeCode,
  parseDate,
  periodWindow,
  serialOf,
  ymdOf,
} from "../cells";
import { exitRate } from "../indicators/exitRate";
import type { RateResult } from "../indicators/rate";
import { share } from "../indicators/share";
import type { Settings } from "../settings";
import { yesNoOf } from "../targetGroups";
import { attempt } from "./jobbtorgModel";
import { columnRef, dateFormula, DialogueModel, filtered, quoted } from "./model";
import type { ReportPeriod } from "./period";
import { column, DialogueSources, distinctValues, pick, rowsOfUnit } from "./sources";
import { Measure, rateMeasure, suppressGenders } from "./statistics";

const GENDERS: Array<Gender | null> = ["K", "M", null];
type Key = "K" | "M" | "T";

/** Women's, men's and the total measure of one figure. */
export interface Triple {
  women: Measure;
  men: Measure;
  total: Measure;
}

/** The 3-month follow-up of one insats. */
export interface FollowUp {
  /** In Arbete or Studier, of those followed up (a non-blank Sysselsättning 3 mån). */
  work: Triple;
  /** Followed up, of the exits whose three months have passed. */
  followed: Triple;
  formulas: { work: Record<Key, string>; followed: Record<Key, string> };
}

export interface InterventionRow {
  /** The insats as the register writes it, or "Övriga insatser" for the pooled rest. */
  label: string;
  /** The placeholder name part: STOCKHOLMSJOBB (see placeholderId). */
  id: string;
  /** The insatser under the minimum and the exits without an insats, together. */
  pooled: boolean;
  exits: Triple;
  formulas: Record<Key, string>;
  /** Null when the insats has no follow-up value anywhere in the register (or the column is absent). */
  followUp: FollowUp | null;
}

export interface PartnershipCounts {
  counts: Triple;
  /** The positive exit reasons that are work (not studies). */
  workReasons: string[];
  formulas: Record<Key, string>;
}

export interface InterventionSection {
  /** An insats gets its own row from this many exits in the period (settings.minGroupSize). */
  minExits: number;
  /** The insatser with a row of their own, then "Övriga insatser" when any exits are left. */
  rows: InterventionRow[];
  /** How many insatser of the unit's period were pooled into "Övriga insatser". */
  pooledInsatser: number;
  /** The last exit date whose three months have passed (ISO), the follow-up's cut-off. */
  followUpCutoff: string;
  /** Exits of the followed-up insatser in the period not yet three months ago (left out), 0 when none. */
  notYetMeasurable: number;
  partnership: PartnershipCounts | null;
  /** One sentence per absent column ("Partnerskap saknas i Avslut: …"). */
  missing: string[];
  /** Why the section could not be computed (an unreadable row), shown as a footnote. */
  note?: string;
}

export const POOLED_LABEL = "Övriga insatser";
const WORK_STUDY = ["Arbete", "Studier"];

/**
 * The placeholder part of an insats name: upper-case ASCII, Å/Ä → A and Ö → O (any accent dropped),
 * every run of other characters one "_": "Arbetsförberedande insats" → ARBETSFORBEREDANDE_INSATS.
 */
export function placeholderId(name: string): string {
  return name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
}

/**
 * Studies, not work: a positive exit reason whose code starts with "studi" or "utbildning" (Studier,
 * Studier – reguljära, Utbildning). Everything else in `positiveExitReasons` (Arbete, Subventionerad
 * anställning, Eget företag) is an exit to work.
 */
export function isStudiesReason(reason: CellValue): boolean {
  return /^(studi|utbildning)/.test(normalizeCode(reason));
}

/** EDATUM(date; months): the same day `months` later, or the month's last day when it has no such day. */
function addMonths(serial: number, months: number): number {
  const [y, m, d] = ymdOf(serial);
  const lastDay = ymdOf(serialOf(y, m + months + 1, 1) - 1)[2];
  return serialOf(y, m + months, Math.min(d, lastDay));
}

function triple(results: RateResult[], settings: Settings, asCount = false): Triple {
  const [w, m, t] = results.map((r): Measure =>
    asCount ? { value: r.count, n: r.count } : rateMeasure(r)
  );
  return suppressGenders(w, m, t, settings.suppressionThreshold, settings.minGroupSize);
}

const byGender = (compute: (gender: Gender | null) => RateResult): RateResult[] =>
  GENDERS.map(compute);

/**
 * The section of a unit (null = all units); null when Avslut has none of Insats, Sysselsättning 3 mån
 * and Partnerskap (a workbook without them keeps the sheet it had).
 */
export function interventionSection(
  sources: DialogueSources,
  unit: string | null,
  period: ReportPeriod,
  settings: Settings,
  today: number
): InterventionSection | null {
  const all = (field: string) => column(sources, "avslut", field);
  const reasons = all("exitReason");
  const ends = all("exitDate");
  const insatser = all("intervention");
  const followUps = all("followUp3m");
  const partnerships = all("partnership");
  if (!reasons || !ends || (!insatser && !followUps && !partnerships)) return null;
  const genders = all("gender");
  const missing = [
    insatser ? null : "Insats saknas i Avslut: resultat per insats kan inte visas.",
    followUps
      ? null
      : "Sysselsättning 3 mån saknas i Avslut: andelen i arbete eller studier tre månader efter avslut kan inte följas.",
    partnerships
      ? null
      : "Partnerskap saknas i Avslut: avslut till arbete via partnerskap kan inte räknas.",
  ].filter((s): s is string => s !== null);
  const cutoff = addMonths(today, -3);
  const section: InterventionSection = {
    minExits: settings.minGroupSize,
    rows: [],
    pooledInsatser: 0,
    followUpCutoff: isoOf(cutoff),
    notYetMeasurable: 0,
    partnership: null,
    missing,
  };

  const reg = sources.registers.avslut;
  const ref = (field: string, header: string) => columnRef(reg, field, "Avslut", header);
  const inUnit = unit === null ? null : `(${ref("unit", "Enhet")}=${quoted(unit)})`;
  const and = (...conditions: Array<string | null>) => conditions.filter(Boolean).join("*") || null;
  const window = periodWindow(period.periodEnd, period.months);
  const inWindow = `(${ref("exitDate", "Avslutsdatum")}>=${dateFormula(isoOf(window.from))})*(${ref("exitDate", "Avslutsdatum")}<=${dateFormula(isoOf(window.to))})*(${ref("exitReason", "Avslutsorsak")}<>"")`;
  const genderArg = (g: Key, condition: string | null) =>
    g === "T" ? "" : `;${filtered(ref("gender", "Kön"), condition)};${quoted(g)}`;

  // SPEC §4: a row with a blank reason is not an exit.
  const unitRows = rowsOfUnit(all("unit"), unit, reasons.length).filter(
    (i) => !isBlankOrZero(reasons[i])
  );
  const inPeriod = (i: number) => {
    const end = parseDate(ends[i]);
    return end !== null && end >= window.from && end <= window.to;
  };
  const exitRates = (rows: number[]) =>
    byGender((gender) =>
      exitRate({
        reasons: rows.map((i) => reasons[i]),
        positiveReasons: settings.positiveExitReasons,
        genders: gender ? pick(genders, rows) : null,
        gender,
        exitDates: rows.map((i) => ends[i]),
        periodEnd: period.periodEnd,
        months: period.months,
      })
    );
  const exitFormula = (condition: string | null) => (g: Key) =>
    `=AMF.EXITRATE(${filtered(ref("exitReason", "Avslutsorsak"), condition)};${g === "T" ? ";" : `${filtered(ref("gender", "Kön"), condition)};${quoted(g)}`};${filtered(ref("exitDate", "Avslutsdatum"), condition)};${dateFormula(isoOf(period.periodEnd))};${period.months})`;
  const formulas = (f: (g: Key) => string): Record<Key, string> => ({
    K: f("K"),
    M: f("M"),
    T: f("T"),
  });

  const followUpOf = (rows: number[], condition: string | null): FollowUp => {
    const ended = rows.filter(inPeriod);
    const measurable = ended.filter((i) => addMonths(parseDate(ends[i])!, 3) <= today);
    section.notYetMeasurable += ended.length - measurable.length;
    const values = measurable.map((i) => followUps![i]);
    const g = pick(genders, measurable);
    const work = byGender((gender) =>
      share({ values, positiveValues: WORK_STUDY, genders: gender ? g : null, gender })
    );
    // Followed up: a 1 for a value, a 0 for a blank, so that every measurable exit is in the denominator.
    const flags = values.map((v) => (isBlank(v) ? 0 : 1));
    const followed = byGender((gender) =>
      share({ values: flags, positiveValues: [1], genders: gender ? g : null, gender })
    );
    const c3 = and(
      condition,
      inWindow,
      `(EDATUM(${ref("exitDate", "Avslutsdatum")};3)<=${dateFormula(isoOf(today))})`
    );
    const column3 = ref("followUp3m", "Sysselsättning 3 mån");
    // Of those followed up only: FILTRERA gives 0 for a blank cell, which AMF.SHARE would count.
    const followedUp3 = and(c3, `(${column3}<>"")`);
    return {
      work: triple(work, settings),
      followed: triple(followed, settings),
      formulas: {
        work: formulas(
          (k) =>
            `=AMF.SHARE(${filtered(column3, followedUp3)};{${WORK_STUDY.map(quoted).join(";")}}${genderArg(k, followedUp3)})`
        ),
        followed: formulas(
          (k) => `=AMF.SHARE(${filtered(`--(${column3}<>"")`, c3)};1${genderArg(k, c3)})`
        ),
      },
    };
  };

  const partnershipOf = (rows: number[]): PartnershipCounts => {
    const workReasons = settings.positiveExitReasons.filter((r) => !isStudiesReason(r));
    const through = rows.filter((i) => yesNoOf(partnerships![i]) === true);
    const values = through.map((i) => reasons[i]);
    const g = pick(genders, through);
    const counts = byGender((gender) =>
      share({ values, positiveValues: workReasons, genders: gender ? g : null, gender })
    );
    const condition = and(inUnit, inWindow, `(${ref("partnership", "Partnerskap")}="Ja")`);
    return {
      counts: triple(counts, settings, true),
      workReasons,
      formulas: formulas(
        (k) =>
          `=AMF.SHARE(${filtered(ref("exitReason", "Avslutsorsak"), condition)};{${workReasons.map(quoted).join(";")}}${k === "T" ? ";;" : genderArg(k, condition)};"count")`
      ),
    };
  };

  const computed = attempt(() => {
    if (insatser) {
      // An insats is followed up when any of its rows in the register has a Sysselsättning 3 mån value.
      const followedUp = new Set<string>();
      if (followUps)
        insatser.forEach((v, i) => !isBlank(followUps[i]) && followedUp.add(normalizeCode(v)));
      const shown: string[] = [];
      const taken = new Set<number>();
      // The register's order (every unit's), so an insats keeps its place from one unit's sheet to the next.
      for (const name of distinctValues(insatser.filter((_, i) => !isBlankOrZero(reasons[i])))) {
        const key = normalizeCode(name);
        const rows = unitRows.filter((i) => normalizeCode(insatser[i]) === key);
        const rates = exitRates(rows);
        if (rates[2].total === 0) continue;
        if (rates[2].total < settings.minGroupSize) {
          section.pooledInsatser++;
          continue;
        }
        shown.push(name);
        rows.forEach((i) => taken.add(i));
        const condition = and(inUnit, `(${ref("intervention", "Insats")}=${quoted(name)})`);
        section.rows.push({
          label: name,
          id: placeholderId(name),
          pooled: false,
          exits: triple(rates, settings),
          formulas: formulas(exitFormula(condition)),
          followUp: followUps && followedUp.has(key) ? followUpOf(rows, condition) : null,
        });
      }
      const rest = unitRows.filter((i) => !taken.has(i));
      const rates = exitRates(rest);
      if (rates[2].total > 0) {
        const others =
          shown.length === 0
            ? null
            : `ICKE(ÄRTAL(PASSA(${ref("intervention", "Insats")};{${shown.map(quoted).join(";")}};0)))`;
        section.rows.push({
          label: POOLED_LABEL,
          id: placeholderId(POOLED_LABEL),
          pooled: true,
          exits: triple(rates, settings),
          formulas: formulas(exitFormula(and(inUnit, others))),
          followUp: null,
        });
      }
    }
    if (partnerships) section.partnership = partnershipOf(unitRows.filter(inPeriod));
  });
  if ("error" in computed) {
    // A part of the rows would not add up to the unit's exits: nothing is shown but the reason.
    section.rows = [];
    section.partnership = null;
    section.note = computed.error;
  }
  return section;
}

/** A cell of the section for disclosure.ts: a figure and the group of it. */
export interface SectionCell {
  row: Partial<Record<"women" | "men" | "total", Measure | null>>;
  group: "women" | "men" | "total";
}

const GROUPS = ["women", "men", "total"] as const;

/**
 * The sum relations of the section for complementary suppression: women + men = total of every
 * figure; the insatser (with "Övriga insatser") partition the unit's exits, so per group their exits
 * add up to the unit's EXITRATE; and a hidden follow-up rate hides the work share, whose group size is
 * the number followed up (with the exits shown it would give the hidden rate).
 */
export function interventionRelations(model: DialogueModel): {
  sums: Array<{ parts: SectionCell[]; total: SectionCell | null }>;
  links: Array<[SectionCell, SectionCell]>;
} {
  const section = model.interventions;
  const sums: Array<{ parts: SectionCell[]; total: SectionCell | null }> = [];
  const links: Array<[SectionCell, SectionCell]> = [];
  if (!section) return { sums, links };
  const triples: Triple[] = section.rows.flatMap((r) => [
    r.exits,
    ...(r.followUp ? [r.followUp.work, r.followUp.followed] : []),
  ]);
  if (section.partnership) triples.push(section.partnership.counts);
  for (const t of triples)
    sums.push({
      parts: [
        { row: t, group: "women" },
        { row: t, group: "men" },
      ],
      total: { row: t, group: "total" },
    });
  const unitExits = model.rows.find((r) => r.key === "EXITRATE");
  if (unitExits && section.rows.length > 0) {
    for (const group of GROUPS)
      sums.push({
        parts: section.rows.map((r) => ({ row: r.exits, group })),
        total: { row: unitExits, group },
      });
  }
  for (const r of section.rows) {
    if (r.followUp)
      for (const group of GROUPS)
        links.push([
          { row: r.followUp.followed, group },
          { row: r.followUp.work, group },
        ]);
  }
  return { sums, links };
}

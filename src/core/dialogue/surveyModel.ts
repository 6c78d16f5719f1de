/**
 * The subjective measures of a result dialogue (issue #14): the user survey ("Brukarundersökning",
 * Jobbtorg) or the student survey ("Elevenkät", vux) per question, with the response rate, the
 * representativity warning and the gender mix of the respondents against the invited; and the
 * progression of self-ratings per insats. Computed by the cores of AMF.SURVEYMEAN and AMF.PROGRESSION,
 * suppressed by the same rules as the indicators (statistics.ts, then disclosure.ts across the workbook).
 */
import { CellValue, Gender, normalizeCode, parseGender, parseNumber } from "../cells";
import { progression } from "../indicators/progression";
import { personKey } from "../pnr";
import { surveyMean } from "../indicators/surveyMean";
import { SCHEMAS } from "../registry/schemas";
import type { Settings } from "../settings";
import { fisherExact } from "../stats";
import { svNumber, svP, svPercent } from "./format";
import { attempt } from "./jobbtorgModel";
import { columnRef, quoted } from "./model";
import { column, DialogueSources, distinctValues, pick } from "./sources";
import { Measure, suppressGenders } from "./statistics";

/** A mean for one group: the value is the mean, `count` the number agreeing (survey) or improved (progression). */
export interface MeanMeasure extends Measure {
  sd: number;
  low: number;
  high: number;
}

/** One row of a section: a question or an insats, with women's, men's and the total mean. */
export interface MeanRow {
  /** Placeholder number (1-based, the order in the whole register, so the same on every unit's sheet). */
  number: number;
  label: string;
  women: MeanMeasure;
  men: MeanMeasure;
  total: MeanMeasure;
  /** The equivalent AMF formula per group (Swedish Excel syntax, as text). */
  formulas: Record<"K" | "M" | "T", string>;
  /** Why the row could not be computed (a bad cell in the register). */
  note?: string;
}

/** The gender mix of the respondents against the invited (Fisher's exact test of the response rates). */
export interface GenderMix {
  p: number;
  /** The group with the lower response rate when p is below the significance level, else null. */
  underRepresented: Gender | null;
  sentence: string;
}

export interface SurveySection {
  title: "Brukarundersökning" | "Elevenkät";
  scaleMax: number;
  questions: MeanRow[];
  /** Respondents (the most rows any question has), by group. */
  respondents: Record<"K" | "M" | "T", number>;
  /** Invited from EnkatUrval, by group (null when not known for the group). */
  invited: Record<"K" | "M" | "T", number | null>;
  responseRate: number | null;
  /** "Svarsfrekvens 26 %: resultatet säger lite om alla inskrivna", or null at or above the setting. */
  warning: string | null;
  genderMix: GenderMix | null;
  /** Formulas of the respondents and the invited (Så beräknades det). */
  formulas: { respondents: string; invited: string | null };
}

export interface ProgressionSection {
  /** One row per insats, then "Alla insatser". */
  rows: MeanRow[];
  /** Persons of the unit with only one measurement, left out (with the count as in AMF.PROGRESSION). */
  singleMeasurement: number;
}

const GROUPS: Array<["K" | "M" | "T", Gender | null]> = [
  ["K", "K"],
  ["M", "M"],
  ["T", null],
];
const EMPTY: MeanMeasure = { value: NaN, n: 0, count: 0, sd: NaN, low: NaN, high: NaN };

/** A response rate as Swedish text: whole percent when exact ("26 %"), else one decimal ("49,9 %"). */
export function responseRateText(rate: number): string {
  const percent = rate * 100;
  return svPercent(rate, Math.abs(percent - Math.round(percent)) < 1e-9 ? 0 : 1);
}

/**
 * The representativity warning: below the setting (default 50 %) the respondents say little about
 * everyone enrolled. The boundary itself is no warning (50 % of the invited answered).
 */
export function representativityWarning(
  rate: number | null,
  minResponseRate: number
): string | null {
  if (rate === null || !Number.isFinite(rate) || rate >= minResponseRate - 1e-12) return null;
  return `Svarsfrekvens ${responseRateText(rate)}: resultatet säger lite om alla inskrivna`;
}

/**
 * Compares the respondents' gender mix with the invited: Fisher's exact test on answered / not
 * answered by gender. Null when the invited are not known by gender, or either group of respondents
 * is below the suppression threshold (the sentence would show its size).
 */
export function genderMix(
  respondents: { K: number; M: number },
  invited: { K: number | null; M: number | null },
  settings: Settings
): GenderMix | null {
  const [rw, rm, iw, im] = [respondents.K, respondents.M, invited.K, invited.M];
  if (iw === null || im === null || iw <= 0 || im <= 0 || rw > iw || rm > im) return null;
  if (rw < settings.suppressionThreshold || rm < settings.suppressionThreshold) return null;
  const p = fisherExact(rw, iw - rw, rm, im - rm);
  const shareRespondents = rw / (rw + rm);
  const shareInvited = iw / (iw + im);
  const significant = p < settings.significanceLevel;
  const lower: Gender = rw / iw < rm / im ? "K" : "M";
  const mix = `kvinnor är ${svPercent(shareRespondents, 0)} av de svarande och ${svPercent(shareInvited, 0)} av de tillfrågade (p = ${svP(p)}, Fishers exakta test)`;
  const sentence = significant
    ? `${lower === "K" ? "Kvinnor" : "Män"} är underrepresenterade bland de svarande: ${mix}.`
    : `Ingen säkerställd skillnad i könsfördelning mellan svarande och tillfrågade: ${mix}.`;
  return { p, underRepresented: significant ? lower : null, sentence };
}

function meanMeasure(
  summary: { mean: number; n: number; sd: number; low: number; high: number },
  count: number
): MeanMeasure {
  return {
    value: summary.n > 0 ? summary.mean : NaN,
    n: summary.n,
    count,
    sd: summary.sd,
    low: summary.low,
    high: summary.high,
  };
}

/** Suppressed women's, men's and total measures (the indicators' rule: the count is the agreeing or improved). */
function suppressed(
  measures: MeanMeasure[],
  settings: Settings
): Pick<MeanRow, "women" | "men" | "total"> {
  const s = suppressGenders(
    measures[0],
    measures[1],
    measures[2],
    settings.suppressionThreshold,
    settings.minGroupSize
  );
  return {
    women: s.women as MeanMeasure,
    men: s.men as MeanMeasure,
    total: s.total as MeanMeasure,
  };
}

/**
 * The note of a row that could not be computed. The function's message names a row of the unit's
 * filtered rows, not of the sheet; validation names the sheet's row (answer/scale, key/duplicate).
 */
function unreadable(sheet: string): string {
  return `bladet ${sheet} har ett värde som inte kan räknas (ett svar utanför skalan, två skattningar vid samma mättillfälle eller ett oläsligt tillfälle); Validera bladet visar raden`;
}

/** Rows of a register belonging to the unit (or, for null, to any of the template's units). */
function rowsOf(values: readonly CellValue[] | null, units: readonly string[]): number[] {
  const wanted = new Set(units.map((u) => normalizeCode(u)));
  const rows: number[] = [];
  (values ?? []).forEach((v, i) => {
    if (wanted.has(normalizeCode(v))) rows.push(i);
  });
  return rows;
}

/** The condition of a FILTRERA over a register's unit column: one unit, or any of the template's units. */
function unitCondition(ref: string, unit: string | null, units: readonly string[]): string {
  if (unit !== null) return `(${ref}=${quoted(unit)})`;
  return `ÄRTAL(PASSA(${ref};{${units.map(quoted).join(";")}};0))`;
}

/** The survey section of a unit (null = all the template's units); null when the workbook has no Enkat table. */
export function surveySection(
  sources: DialogueSources,
  template: "jobbtorg" | "vux",
  unit: string | null,
  units: readonly string[],
  settings: Settings
): SurveySection | null {
  const register = sources.registers.enkat;
  const answers = column(sources, "enkat", "answer");
  const questionsColumn = column(sources, "enkat", "question");
  if (!register || !answers || !questionsColumn) return null;
  const scope = unit === null ? units : [unit];
  const rows = rowsOf(column(sources, "enkat", "unit"), scope);
  const genders = column(sources, "enkat", "gender");
  const scaleMax = SCHEMAS.enkat.fields.find((f) => f.key === "answer")?.scaleMax ?? 5;
  const ref = (field: string, header: string) => columnRef(register, field, "Enkat", header);
  const inUnit = unitCondition(ref("unit", "Enhet"), unit, scope);

  // Numbered in the order of the template's units' rows, so ENKAT.1 is the same question on every sheet.
  const allQuestions = distinctValues(
    pick(questionsColumn, rowsOf(column(sources, "enkat", "unit"), units))
  );
  const respondents = { K: 0, M: 0, T: 0 };
  let busiest = "";
  const questions: MeanRow[] = [];
  allQuestions.forEach((question, index) => {
    const own = rows.filter((i) => normalizeCode(questionsColumn[i]) === normalizeCode(question));
    if (own.length === 0) return;
    const ownGenders = pick(genders, own);
    // Everyone asked has a row per question (blank or "Vet ej" when they did not answer it).
    const asked = { K: 0, M: 0, T: own.length };
    for (const g of ownGenders ?? []) {
      const parsed = parseGender(g);
      if (parsed === "K") asked.K++;
      if (parsed === "M") asked.M++;
    }
    if (asked.T > respondents.T) busiest = question;
    for (const key of ["K", "M", "T"] as const)
      respondents[key] = Math.max(respondents[key], asked[key]);
    const cond = `${inUnit}*(${ref("question", "Fråga")}=${quoted(question)})`;
    const formula = (g: string) =>
      `=AMF.SURVEYMEAN(FILTRERA(${ref("answer", "Svar")};${cond});${g === "T" ? ";" : `FILTRERA(${ref("gender", "Kön")};${cond});${quoted(g)}`};${scaleMax};"all")`;
    const computed = attempt(() =>
      GROUPS.map(([, gender]) => {
        const s = surveyMean({
          answers: own.map((i) => answers[i]),
          genders: gender ? ownGenders : null,
          gender,
          scaleMax,
        });
        return meanMeasure(s, s.agree);
      })
    );
    const measures = "value" in computed ? computed.value : [EMPTY, EMPTY, EMPTY];
    questions.push({
      number: index + 1,
      label: question,
      ...suppressed(measures, settings),
      formulas: { K: formula("K"), M: formula("M"), T: formula("T") },
      note: "error" in computed ? unreadable(register.table.name) : undefined,
    });
  });

  const invited = invitedOf(sources, scope);
  const responseRate = invited.T !== null && invited.T > 0 ? respondents.T / invited.T : null;
  const sample = sources.registers.enkaturval;
  const sampleRef = (field: string, header: string) =>
    columnRef(sample, field, "EnkatUrval", header);
  const sampleUnit = unitCondition(sampleRef("unit", "Enhet"), unit, scope);
  return {
    title: template === "vux" ? "Elevenkät" : "Brukarundersökning",
    scaleMax,
    questions,
    respondents,
    invited,
    responseRate,
    warning: representativityWarning(responseRate, settings.minResponseRate),
    genderMix: genderMix(respondents, invited, settings),
    formulas: {
      respondents: `=RADER(FILTRERA(${ref("question", "Fråga")};${inUnit}*(${ref("question", "Fråga")}=${quoted(busiest)})))`,
      invited: sample
        ? `=SUMMA(FILTRERA(${sampleRef("invited", "Antal tillfrågade")};${sampleUnit}))`
        : null,
    },
  };
}

/** The invited of the units from EnkatUrval: in total, and by gender when every row has one. */
function invitedOf(
  sources: DialogueSources,
  units: readonly string[]
): Record<"K" | "M" | "T", number | null> {
  const counts = column(sources, "enkaturval", "invited");
  if (!counts) return { K: null, M: null, T: null };
  const rows = rowsOf(column(sources, "enkaturval", "unit"), units);
  const genders = column(sources, "enkaturval", "gender");
  const sums = { K: 0, M: 0, T: 0 };
  let byGender = rows.length > 0;
  for (const i of rows) {
    const n = parseNumber(counts[i]);
    if (n === null) continue;
    sums.T += n;
    const g = genders ? parseGender(genders[i]) : null;
    if (g === "K" || g === "M") sums[g] += n;
    else byGender = false;
  }
  if (rows.length === 0) return { K: null, M: null, T: null };
  return { K: byGender ? sums.K : null, M: byGender ? sums.M : null, T: sums.T };
}

/** The progression section of a unit, one row per insats and all; null without a Progression table or rows. */
export function progressionSection(
  sources: DialogueSources,
  unit: string | null,
  units: readonly string[],
  settings: Settings
): ProgressionSection | null {
  const register = sources.registers.progression;
  const ids = column(sources, "progression", "personalNumber");
  const occasions = column(sources, "progression", "occasion");
  const scores = column(sources, "progression", "score");
  if (!register || !ids || !occasions || !scores) return null;
  const scope = unit === null ? units : [unit];
  const unitRows = rowsOf(column(sources, "progression", "unit"), scope);
  if (unitRows.length === 0) return null;
  const insatser = column(sources, "progression", "intervention");
  const genders = column(sources, "progression", "gender");
  const ref = (field: string, header: string) => columnRef(register, field, "Progression", header);
  const inUnit = unitCondition(ref("unit", "Enhet"), unit, scope);

  // Over several insatser (and units) a person may have a "Före" in each: there each person and insats
  // (and unit) is one case, which the formula writes as the IDs joined with the insats.
  const unitColumn = column(sources, "progression", "unit");
  const caseOf = (i: number, several: boolean) =>
    several
      ? `${personKey(ids[i])}|${normalizeCode(insatser?.[i])}|${normalizeCode(unitColumn?.[i])}`
      : ids[i];
  const rowFor = (
    number: number,
    label: string,
    rows: number[],
    condition: string
  ): { row: MeanRow; single: number } => {
    const several = number === 0;
    const f = (field: string, header: string) => `FILTRERA(${ref(field, header)};${condition})`;
    const idRef = several
      ? `FILTRERA(${ref("personalNumber", "Personnummer")}&"|"&${ref("intervention", "Insats")}&"|"&${ref("unit", "Enhet")};${condition})`
      : f("personalNumber", "Personnummer");
    const formula = (g: string) =>
      `=AMF.PROGRESSION(${idRef};${f("occasion", "Mättillfälle")};${f("score", "Skattning")};${g === "T" ? ";" : `${f("gender", "Kön")};${quoted(g)}`};"all")`;
    let single = 0;
    const computed = attempt(() =>
      GROUPS.map(([, gender]) => {
        const s = progression({
          ids: rows.map((i) => caseOf(i, several)),
          occasions: rows.map((i) => occasions[i]),
          scores: rows.map((i) => scores[i]),
          genders: gender && genders ? rows.map((i) => genders[i]) : null,
          gender,
        });
        if (gender === null) single = s.singleMeasurement;
        return meanMeasure(s, s.improved);
      })
    );
    const measures = "value" in computed ? computed.value : [EMPTY, EMPTY, EMPTY];
    const row = {
      number,
      label,
      ...suppressed(measures, settings),
      formulas: { K: formula("K"), M: formula("M"), T: formula("T") },
      note: "error" in computed ? unreadable(register.table.name) : undefined,
    };
    return { row, single };
  };

  const rows: MeanRow[] = [];
  // Numbered in the order of the whole register, as the survey's questions.
  distinctValues(insatser).forEach((insats, index) => {
    const own = unitRows.filter((i) => normalizeCode(insatser![i]) === normalizeCode(insats));
    if (own.length > 0)
      rows.push(
        rowFor(
          index + 1,
          insats,
          own,
          `${inUnit}*(${ref("intervention", "Insats")}=${quoted(insats)})`
        ).row
      );
  });
  const all = rowFor(0, "Alla insatser", unitRows, inUnit);
  rows.push(all.row);
  return { rows, singleMeasurement: all.single };
}

/** The sentence under the survey's heading: respondents of invited and the response rate, or why not. */
export function responseSentence(section: SurveySection): string {
  const { respondents, invited, responseRate } = section;
  if (invited.T === null)
    return `${svNumber(respondents.T)} svarande. Antalet tillfrågade saknas (tabellen EnkatUrval har ingen rad för enheten): svarsfrekvensen kan inte beräknas.`;
  if (responseRate === null)
    return `${svNumber(respondents.T)} svarande; antalet tillfrågade är 0.`;
  if (responseRate > 1)
    return `${svNumber(respondents.T)} svarande men ${svNumber(invited.T)} tillfrågade: fler svarande än tillfrågade – kontrollera tabellen EnkatUrval.`;
  return `${svNumber(respondents.T)} svarande av ${svNumber(invited.T)} tillfrågade: svarsfrekvens ${responseRateText(responseRate)}.`;
}

/** The subjective sections a template's sheets will hold: those whose register has rows for its units (the pane's hint). */
export function sectionsOf(
  sources: DialogueSources,
  template: "jobbtorg" | "vux",
  units: readonly string[]
): string[] {
  const has = (type: "enkat" | "progression") =>
    rowsOf(column(sources, type, "unit"), units).length > 0;
  return [
    has("enkat") ? (template === "vux" ? "Elevenkät" : "Brukarundersökning") : null,
    has("progression") ? "Progression" : null,
  ].filter((x): x is string => x !== null);
}

/**
 * The layout of the subjective measures on a unit's sheet (issue #14): "Brukarundersökning" /
 * "Elevenkät" per question and "Progression" per insats, each mean with its 95 % t interval, the
 * representativity warning and the gender mix; plus their lines in "Så beräknades det" and footnotes.
 */
import { svNumber } from "./format";
import type { DialogueModel } from "./model";
import { SheetBuilder } from "./sheet";
import type { MeanMeasure, MeanRow } from "./surveyModel";
import { responseSentence } from "./surveyModel";
import {
  BODY,
  COLORS,
  FORMATS,
  HEAD,
  MISSING,
  RIGHT,
  SECTION,
  SheetValue,
  SUPPRESSED,
} from "./types";

const WIDTH = 13;

/** Number formats of a mean answer and of a change in rating (a sign shows the direction). */
export const MEAN_FORMATS = { mean: "0.0", change: "+0.0;-0.0;0.0" } as const;

/** A mean, "–" when hidden, ".." when there is none. */
export function meanShown(m: MeanMeasure): SheetValue {
  if (m.suppressed) return SUPPRESSED;
  return Number.isFinite(m.value) ? m.value : MISSING;
}

/** The 95 % t interval as text: "3,2–4,1", or with signs "−7,9 till +18,9" for changes; ".." with n = 1. */
export function meanIntervalText(m: MeanMeasure, signed = false): string {
  if (m.suppressed) return SUPPRESSED;
  if (!Number.isFinite(m.low) || !Number.isFinite(m.high)) return MISSING;
  if (!signed) return `${svNumber(m.low, 1)}–${svNumber(m.high, 1)}`;
  const sign = (v: number) =>
    `${v > 0 && Number(Math.abs(v).toFixed(1)) !== 0 ? "+" : ""}${svNumber(v, 1)}`;
  return `${sign(m.low)} till ${sign(m.high)}`;
}

/** The share agreeing or improved (count of n), "–" when hidden, ".." when there are no observations. */
export function countShare(m: MeanMeasure): SheetValue {
  if (m.suppressed) return SUPPRESSED;
  return m.n > 0 && m.count !== undefined ? m.count / m.n : MISSING;
}

function cell(b: SheetBuilder, r: number, c: number, value: SheetValue, format: string): void {
  b.put(
    r,
    c,
    value,
    typeof value === "number" ? { numberFormat: format, style: BODY } : { style: RIGHT }
  );
}

/** Mean, interval, share and n columns of one row. */
function meanRowCells(
  b: SheetBuilder,
  r: number,
  row: MeanRow,
  format: string,
  signed: boolean
): void {
  const groups = [row.women, row.men, row.total];
  groups.forEach((m, i) => {
    cell(b, r, 2 + 2 * i, meanShown(m), format);
    b.put(r, 3 + 2 * i, meanIntervalText(m, signed), { style: RIGHT });
    cell(b, r, 8 + i, countShare(m), FORMATS.rate);
    cell(b, r, 11 + i, m.suppressed ? SUPPRESSED : row.note ? MISSING : m.n, FORMATS.count);
  });
}

/** The survey section: warning, response rate, gender mix and one row per question. */
export function surveyBlock(b: SheetBuilder, model: DialogueModel, number: number): void {
  const survey = model.survey!;
  b.line([`${number}. ${survey.title}`], SECTION);
  b.line(
    [
      `Medelvärde på skalan 1–${survey.scaleMax} med 95 % konfidensintervall; Instämmer = andel som svarat ${survey.scaleMax - 1}–${survey.scaleMax}. "Vet ej" och tomma svar räknas inte.`,
    ],
    { italic: true }
  );
  if (survey.warning)
    b.banner(`Obs! ${survey.warning}.`, WIDTH, { bold: true, fill: COLORS.banner });
  b.banner(responseSentence(survey), WIDTH, {});
  if (survey.genderMix) {
    const flagged = survey.genderMix.underRepresented !== null;
    b.banner(survey.genderMix.sentence, WIDTH, flagged ? { bold: true } : {});
  }
  if (survey.questions.length === 0) {
    b.line(["Inga enkätsvar för enheten."], { italic: true });
    b.skip();
    return;
  }
  const h = b.line(
    [
      "Fråga",
      "Kvinnor",
      "95 % KI kvinnor",
      "Män",
      "95 % KI män",
      "Totalt",
      "95 % KI",
      "Instämmer, kvinnor",
      "Instämmer, män",
      "Instämmer, totalt",
      "Antal svar kvinnor",
      "Antal svar män",
      "Antal svar totalt",
    ],
    HEAD
  );
  b.rowHeights[h] = 44;
  for (const row of survey.questions) {
    const r = b.line([row.label], { ...BODY, wrap: true });
    meanRowCells(b, r, row, MEAN_FORMATS.mean, false);
  }
  b.skip();
}

/** The progression section: one row per insats and all insatser. */
export function progressionBlock(b: SheetBuilder, model: DialogueModel, number: number): void {
  const progression = model.progression!;
  b.line([`${number}. Progression`], SECTION);
  b.line(
    [
      "Förändring i självskattning per person (sista minus första mätningen) med 95 % konfidensintervall (parat t-test); Förbättrade = andel med förändring över 0.",
    ],
    { italic: true }
  );
  const h = b.line(
    [
      "Insats",
      "Kvinnor",
      "95 % KI kvinnor",
      "Män",
      "95 % KI män",
      "Totalt",
      "95 % KI",
      "Förbättrade, kvinnor",
      "Förbättrade, män",
      "Förbättrade, totalt",
      "Antal kvinnor",
      "Antal män",
      "Antal totalt",
    ],
    HEAD
  );
  b.rowHeights[h] = 44;
  for (const row of progression.rows) {
    const r = b.line([row.label], row.number === 0 ? { ...BODY, bold: true } : BODY);
    meanRowCells(b, r, row, MEAN_FORMATS.change, true);
  }
  if (progression.singleMeasurement > 0) {
    b.line(
      [
        `${svNumber(progression.singleMeasurement)} ${progression.singleMeasurement === 1 ? "person" : "personer"} med bara en mätning ingår inte.`,
      ],
      { italic: true }
    );
  }
  b.skip();
}

/** The formulas of the sections for "Så beräknades det": [label, formula]. */
export function sectionFormulas(model: DialogueModel): Array<[string, string]> {
  const names = { K: "kvinnor", M: "män", T: "totalt" } as const;
  const lines: Array<[string, string]> = [];
  const add = (prefix: string, row: MeanRow) => {
    for (const g of ["K", "M", "T"] as const)
      lines.push([`${prefix}: ${row.label}, ${names[g]}`, row.formulas[g]]);
  };
  if (model.survey) {
    for (const row of model.survey.questions) add(model.survey.title, row);
    lines.push([`${model.survey.title}: antal svarande`, model.survey.formulas.respondents]);
    if (model.survey.formulas.invited)
      lines.push([`${model.survey.title}: antal tillfrågade`, model.survey.formulas.invited]);
  }
  for (const row of model.progression?.rows ?? []) add("Progression", row);
  return lines;
}

/** Footnotes of the sections present. */
export function sectionFootnotes(model: DialogueModel): string[] {
  const notes: string[] = [];
  if (model.survey) {
    const threshold = svNumber(
      model.settings.minResponseRate * 100,
      Number.isInteger(model.settings.minResponseRate * 100) ? 0 : 1
    );
    notes.push(
      `${model.survey.title}: 95 % KI = medelvärde ± t(0,975; n − 1) × s/√n (t-fördelningen, s = standardavvikelsen). Svarande = flest rader för någon fråga; svarsfrekvens = svarande / tillfrågade (EnkatUrval). Under ${threshold} % svarsfrekvens säger resultatet lite om alla inskrivna. Könsfördelningen jämförs med Fishers exakta test (svarat / inte svarat per kön).`
    );
  }
  if (model.progression) {
    notes.push(
      "Progression: förändring = sista minus första skattningen per person (Före/Efter eller datum); 95 % KI = medelförändring ± t(0,975; n − 1) × s/√n (parat t-test). Enkät och progression avser alla rader i registren, inte bara perioden."
    );
  }
  for (const row of [...(model.survey?.questions ?? []), ...(model.progression?.rows ?? [])]) {
    if (row.note) notes.push(`${row.label}: kunde inte beräknas – ${row.note}`);
  }
  return notes;
}

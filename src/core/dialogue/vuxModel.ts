/**
 * The adult-education indicators of SPEC §7 by training type: share completed, share dropped out, work
 * or studies after the training, and the response rate of that follow-up — all through AMF.SHARE's core.
 */
import { CellValue, Gender, isBlank, isoOf, normalizeCode, parseDate, serialOf, ymdOf } from "../cells";
import type { RateResult } from "../indicators/rate";
import { share } from "../indicators/share";
import type { Settings } from "../settings";
import { attempt } from "./jobbtorgModel";
import { columnRef, dateFormula, IndicatorRow, quoted } from "./model";
import type { ReportPeriod } from "./period";
import { column, DialogueSources, rowsOfUnit } from "./sources";
import { gapOf, rateMeasure, suppressGenders } from "./statistics";

/** Training types with their placeholder suffix (the schema's code list, in its order). */
export const TRAINING_TYPES: ReadonlyArray<{ name: string; suffix: string }> = [
  { name: "Yrkesutbildning", suffix: "YRK" },
  { name: "Kombinationsutbildning", suffix: "KOMB" },
  { name: "Yrkeshögskola", suffix: "YH" },
];

/** The vux indicators: key, label, and how each ended course is turned into a value for SHARE. */
const VUX_INDICATORS = [
  { key: "COMPLETED", label: "Slutfört utbildningen (andel)" },
  { key: "DROPOUT", label: "Avbrutit utbildningen (andel)" },
  { key: "WORKSTUDY", label: "Arbete eller studier efter utbildningen (andel av svarande)" },
  { key: "RESPONSE", label: "Svarsfrekvens i uppföljningen (andel)" },
] as const;

const ENDED = ["slutförd", "avbruten"];
const GENDERS: Array<Gender | null> = ["K", "M", null];

/** Months after the end the occupation is measured (SPEC §5: 3, and 6 for Yrkeshögskola). */
function followUpMonths(type: CellValue): number {
  return normalizeCode(type) === "yrkeshögskola" ? 6 : 3;
}

function addMonths(serial: number, months: number): number {
  const [y, m, d] = ymdOf(serial);
  return serialOf(y, m + months, d);
}

/** The adult-education indicator rows for a school (null = all) and period. */
export function vuxRows(sources: DialogueSources, school: string | null, period: ReportPeriod, previous: ReportPeriod, settings: Settings, today: number): IndicatorRow[] {
  const all = (field: string) => column(sources, "vux", field);
  const status = all("status");
  const ends = all("endDate");
  const types = all("educationType");
  if (!status || !ends || !types) return [];
  const genders = all("gender");
  const after = all("occupationAfter") ?? status.map(() => null);
  const schoolRows = rowsOfUnit(all("school"), school, status.length);
  const reg = sources.registers.vux;
  const ref = (field: string, header: string) => columnRef(reg, field, "VuxUppfoljning", header);

  // The ended courses of a period and type; `values` gives each its SHARE value (null = left out).
  const results = (p: ReportPeriod, type: string | null, value: (i: number) => CellValue, positives: string[]): RateResult[] => {
    const rows = schoolRows.filter((i) => {
      const end = parseDate(ends[i]);
      if (end === null || end < p.from || end > p.periodEnd || !ENDED.includes(normalizeCode(status[i]))) return false;
      return type === null || normalizeCode(types[i]) === normalizeCode(type);
    });
    const values = rows.map(value);
    return GENDERS.map((gender) =>
      share({ values, positiveValues: positives, genders: gender && genders ? rows.map((i) => genders[i]) : null, gender })
    );
  };
  const measurable = (i: number) => addMonths(parseDate(ends[i])!, followUpMonths(types[i])) <= today;
  const valueOf: Record<(typeof VUX_INDICATORS)[number]["key"], [(i: number) => CellValue, string[]]> = {
    COMPLETED: [(i) => status[i], ["Slutförd"]],
    DROPOUT: [(i) => status[i], ["Avbruten"]],
    WORKSTUDY: [(i) => after[i], ["Arbete", "Studier"]],
    // Only courses whose follow-up time has passed can have answered; an empty answer is "no answer".
    RESPONSE: [(i) => (measurable(i) ? (isBlank(after[i]) ? "Inget svar" : "Svar") : null), ["Svar"]],
  };

  const cond = (p: ReportPeriod, type: string | null) =>
    [
      `(${ref("endDate", "Slutdatum")}>=${dateFormula(isoOf(p.from))})`,
      `(${ref("endDate", "Slutdatum")}<=${dateFormula(isoOf(p.periodEnd))})`,
      `(${ref("status", "Status")}<>"Pågående")`,
      school === null ? "" : `(${ref("school", "Skola")}=${quoted(school)})`,
      type === null ? "" : `(${ref("educationType", "Utbildningstyp")}=${quoted(type)})`,
    ].filter(Boolean).join("*");
  const formulaValues: Record<string, [string, string]> = {
    COMPLETED: [ref("status", "Status"), `"Slutförd"`],
    DROPOUT: [ref("status", "Status"), `"Avbruten"`],
    WORKSTUDY: [ref("occupationAfter", "Sysselsättning efter"), `{"Arbete";"Studier"}`],
    RESPONSE: [`--(${ref("occupationAfter", "Sysselsättning efter")}<>"")`, "1"],
  };

  const rows: IndicatorRow[] = [];
  for (const indicator of VUX_INDICATORS) {
    for (const type of [null, ...TRAINING_TYPES]) {
      const key = type ? `${indicator.key}_${type.suffix}` : indicator.key;
      const [value, positives] = valueOf[indicator.key];
      const now = attempt(() => results(period, type?.name ?? null, value, positives));
      const before = attempt(() => results(previous, type?.name ?? null, value, positives));
      const measures = "value" in now ? now.value.map(rateMeasure) : [0, 0, 0].map(() => ({ value: NaN, n: 0 }));
      const s = suppressGenders(measures[0], measures[1], measures[2], settings.suppressionThreshold, settings.minGroupSize);
      let condition = cond(period, type?.name ?? null);
      if (indicator.key === "RESPONSE") {
        condition += `*(EDATUM(${ref("endDate", "Slutdatum")};OM(${ref("educationType", "Utbildningstyp")}="Yrkeshögskola";6;3))<=${dateFormula(isoOf(today))})`;
      }
      const [valuesRef, positive] = formulaValues[indicator.key];
      const formula = (g: string) =>
        `=AMF.SHARE(FILTRERA(${valuesRef};${condition});${positive}${g === "T" ? "" : `;FILTRERA(${ref("gender", "Kön")};${condition});${quoted(g)}`})`;
      rows.push({
        key,
        label: type ? `${indicator.label} – ${type.name}` : `${indicator.label} – alla utbildningstyper`,
        kind: "rate",
        women: s.women,
        men: s.men,
        total: s.total,
        previous: "value" in before ? rateMeasure(before.value[2]) : null,
        higherIsBetter: indicator.key !== "DROPOUT",
        gap: "value" in now ? gapOf(now.value[0], now.value[1], settings) : null,
        formulas: { K: formula("K"), M: formula("M"), T: formula("T") },
        note: "error" in now ? now.error : undefined,
        chart: type === null,
      });
    }
  }
  return rows;
}

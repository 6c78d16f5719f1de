/**
 * The layout of a result-dialogue sheet (SPEC §7): header, results and goal fulfilment, the
 * gender-equality analysis, the analysis prompts, a chart, and how every value was computed.
 */
import { svInterval, svNumber, svPp, svPpInterval } from "./format";
import type { DialogueModel, IndicatorRow } from "./model";
import { SheetBuilder } from "./sheet";
import type { DialogueSources } from "./sources";
import { progressionBlock, sectionFootnotes, sectionFormulas, surveyBlock } from "./surveySheet";
import {
  interventionBlock,
  interventionFootnotes,
  interventionFormulas,
} from "./interventionSheet";
import { belowThreshold, intervalOf, Measure } from "./statistics";
import { targetGroupBlock, targetGroupFootnotes, targetGroupFormulas } from "./targetGroupSheet";
import {
  BODY,
  CellStyle,
  COLORS,
  FORMATS,
  HEAD,
  MISSING,
  SECTION,
  SheetDescription,
  SheetValue,
  SUPPRESSED,
} from "./types";

const WIDTH = 13; // columns A..M
// The markers live with the sheet types; other sheets have long imported them from here.
export { MISSING, SUPPRESSED };

/** The four headings of SPEC §7.4 with their manager-text keys. */
export const ANALYSIS_PROMPTS: ReadonlyArray<[string, string]> = [
  ["ANALYS", "Analys av resultat och måluppfyllelse"],
  ["FORANDRINGAR", "Planerade förändringar och effektiviseringar"],
  ["GODA_EXEMPEL", "Goda exempel att sprida"],
  ["UTMANINGAR", "Utmaningar av strukturell karaktär"],
];

/** The number format of an indicator's values. */
export function formatOf(row: IndicatorRow): string {
  return row.kind === "rate"
    ? FORMATS.rate
    : row.kind === "days"
      ? FORMATS.days
      : row.kind === "count"
        ? FORMATS.count
        : FORMATS.index;
}

/** What a value cell holds: the number, "–" when suppressed, ".." when there is nothing to show. */
export function shown(measure: Measure | null): SheetValue {
  if (measure === null) return null;
  if (measure.suppressed) return SUPPRESSED;
  return Number.isFinite(measure.value) ? measure.value : MISSING;
}

/**
 * "Uppfyllt" / "Ej uppfyllt" against the target, followed by " (osäkert)" for a rate whose Wilson 95 %
 * interval contains the target (chance alone could put it on the other side); "Inget mål" / ".." when
 * it cannot be judged.
 */
export function goalAssessment(row: IndicatorRow): string {
  if (row.target === undefined) return "Inget mål";
  if (row.total.suppressed || !Number.isFinite(row.total.value)) return MISSING;
  const met = row.higherIsBetter
    ? row.total.value >= row.target - 1e-12
    : row.total.value <= row.target + 1e-12;
  const ci = row.kind === "rate" ? intervalOf(row.total) : null;
  const unsure = ci !== null && ci.low <= row.target + 1e-12 && row.target - 1e-12 <= ci.high;
  return `${met ? "Uppfyllt" : "Ej uppfyllt"}${unsure ? " (osäkert)" : ""}`;
}

/** The Wilson 95 % interval of a rate measure as text ("35,6–55,3 %"), "–" when hidden, ".." when empty. */
export function intervalText(measure: Measure | null): string {
  if (measure?.suppressed) return SUPPRESSED;
  const ci = intervalOf(measure);
  return ci ? svInterval(ci.low, ci.high) : MISSING;
}

/**
 * Where no difference is established, how large a gap these group sizes could have established (80 %
 * power at the workbook's level), so a real gap is not read as no gap. Null when it does not apply.
 */
export function powerSentence(row: IndicatorRow): string | null {
  if (
    !row.gap ||
    !row.women ||
    !row.men ||
    shownAssessment(row) !== "Ingen säkerställd skillnad" ||
    !Number.isFinite(row.gap.mddPp)
  )
    return null;
  const mdd = Math.round(row.gap.mddPp);
  return `Med ${svNumber(row.women.n)} kvinnor och ${svNumber(row.men.n)} män kan först en skillnad på omkring ${svNumber(mdd)} procentenheter säkerställas; den uppmätta skillnaden (${svPp(row.gap.gapPp, false)}) kan vara verklig utan att kunna säkerställas.`;
}

/**
 * The gender assessment as shown: "–" when the women's and men's values are hidden, since any
 * assessment ("Ingen säkerställd skillnad" says each group has at least the minimum size) would tell
 * what the hidden cells hold.
 */
export function shownAssessment(row: IndicatorRow): string {
  if (!row.gap) return MISSING;
  return row.women?.suppressed || row.men?.suppressed ? SUPPRESSED : row.gap.assessment;
}

/** Change from the comparison period: percentage points for rates, the own unit otherwise. */
export function change(row: IndicatorRow, threshold: number, minGroupSize = 0): number | null {
  // A hidden figure of either period must not be recoverable from the change.
  if (
    !row.previous ||
    belowThreshold(row.previous, threshold, minGroupSize) ||
    row.total.suppressed ||
    !Number.isFinite(row.total.value) ||
    !Number.isFinite(row.previous.value)
  )
    return null;
  const diff = row.total.value - row.previous.value;
  return row.kind === "rate" ? diff * 100 : diff;
}

export function valueCell(
  b: SheetBuilder,
  r: number,
  c: number,
  value: SheetValue,
  format: string
): void {
  const style: CellStyle = typeof value === "string" ? { ...BODY, align: "right" } : BODY;
  b.put(r, c, value, typeof value === "number" ? { numberFormat: format, style } : { style });
}

function header(b: SheetBuilder, model: DialogueModel, title: string): void {
  b.banner(title, WIDTH, { bold: true, fontSize: 16, color: COLORS.section });
  b.rowHeights[b.row - 1] = 24;
  b.line([`Period: ${model.period.label}, jämfört med ${model.previous.label}`]);
  b.line([`Skapad: ${model.made}`]);
  sourceLines(b, model.sources, WIDTH, "resultatdialogen");
  b.skip();
}

/**
 * The register sheets a sheet was computed from, and a banner when they have unresolved validation
 * errors (`what` names the sheet's purpose in "Kontrollera dem innan …").
 */
export function sourceLines(
  b: SheetBuilder,
  sources: DialogueSources,
  width: number,
  what: string
): void {
  const used = sources.used.map((s) => `${s.sheet} (${svNumber(s.rows)} rader)`).join(", ");
  b.line([`Källor: ${used || "inga registerblad hittades"}`]);
  if (sources.errors.length === 0) return;
  const list = sources.errors.map((e) => `${e.sheet}: ${svNumber(e.errors)} fel`).join(", ");
  b.banner(
    `Obs! Källbladen har olösta valideringsfel (${list}). Kontrollera dem innan ${what} – siffrorna kan vara fel.`,
    width,
    { bold: true, fill: COLORS.banner },
    2
  );
}

function results(b: SheetBuilder, model: DialogueModel): void {
  b.line(["1. Resultat och måluppfyllelse"], SECTION);
  const h = b.line(
    [
      "Indikator",
      "Kvinnor",
      "Män",
      "Totalt",
      "95 % KI",
      "Mål",
      "Föregående period",
      "Förändring (p.e. för andelar)",
      "Måluppfyllelse",
    ],
    HEAD
  );
  b.rowHeights[h] = 44;
  for (const row of model.rows) {
    const r = b.line([row.label], BODY);
    const format = formatOf(row);
    valueCell(b, r, 2, shown(row.women), format);
    valueCell(b, r, 3, shown(row.men), format);
    valueCell(b, r, 4, shown(row.total), format);
    b.put(r, 5, row.kind === "rate" ? intervalText(row.total) : null, {
      style: { ...BODY, align: "right" },
    });
    valueCell(b, r, 6, row.target ?? null, format);
    const previous =
      row.previous &&
      belowThreshold(row.previous, model.settings.suppressionThreshold, model.settings.minGroupSize)
        ? { ...row.previous, suppressed: true }
        : row.previous;
    valueCell(b, r, 7, previous ? shown(previous) : MISSING, format);
    const diff = change(row, model.settings.suppressionThreshold, model.settings.minGroupSize);
    valueCell(
      b,
      r,
      8,
      diff ?? MISSING,
      row.kind === "rate" ? FORMATS.pp : format === FORMATS.count ? "+#,##0;-#,##0;0" : "+0;-0;0"
    );
    b.put(r, 9, goalAssessment(row), { style: { ...BODY, wrap: true } });
  }
  for (const row of model.rows.filter((x) => x.coverage)) {
    b.banner(`Obs! ${row.label}: ${row.coverage}.`, WIDTH, { italic: true });
  }
  b.skip();
}

function genderAnalysis(b: SheetBuilder, model: DialogueModel): void {
  b.line(["2. Jämställdhetsanalys"], SECTION);
  b.line(
    [
      `Resultaten för kvinnor och män. Skillnad att analysera: minst ${svNumber(model.settings.gapThresholdPp)} procentenheter, p-värde under ${svNumber(model.settings.significanceLevel, 2)} (Fishers exakta test) och minst ${model.settings.minGroupSize} i varje grupp.`,
    ],
    { italic: true }
  );
  const h = b.line(
    [
      "Indikator",
      "Kvinnor",
      "95 % KI kvinnor",
      "Män",
      "95 % KI män",
      "Antal kvinnor",
      "Antal män",
      "Skillnad (procentenheter)",
      "95 % KI skillnad",
      "p-värde",
      "Bedömning av skillnaden",
      "Är skillnaden motiverad?",
      "Åtgärder",
    ],
    HEAD
  );
  b.rowHeights[h] = 44;
  const analysed = model.rows.filter((x) => x.gap !== null && x.women && x.men);
  for (const row of analysed) {
    const r = b.line([row.label], BODY);
    b.rowHeights[r] = 30;
    // Either gender hidden hides the group sizes and the gap (complementary suppression may hide one).
    const hidden = row.women!.suppressed || row.men!.suppressed;
    const gap = row.gap!;
    valueCell(b, r, 2, shown(row.women), FORMATS.rate);
    b.put(r, 3, intervalText(row.women), { style: { ...BODY, align: "right" } });
    valueCell(b, r, 4, shown(row.men), FORMATS.rate);
    b.put(r, 5, intervalText(row.men), { style: { ...BODY, align: "right" } });
    valueCell(b, r, 6, hidden ? SUPPRESSED : row.women!.n, FORMATS.count);
    valueCell(b, r, 7, hidden ? SUPPRESSED : row.men!.n, FORMATS.count);
    valueCell(
      b,
      r,
      8,
      hidden ? SUPPRESSED : Number.isFinite(gap.gapPp) ? gap.gapPp : MISSING,
      FORMATS.pp
    );
    b.put(
      r,
      9,
      hidden
        ? SUPPRESSED
        : Number.isFinite(gap.lowPp)
          ? svPpInterval(gap.lowPp, gap.highPp)
          : MISSING,
      { style: { ...BODY, wrap: true, align: "right" } }
    );
    valueCell(b, r, 10, hidden ? SUPPRESSED : gap.p, FORMATS.p);
    const assessment = shownAssessment(row);
    const flagged = assessment === "Skillnad att analysera";
    b.put(r, 11, assessment, {
      style: { ...BODY, wrap: true, bold: flagged, fill: flagged ? COLORS.banner : undefined },
    });
    b.put(r, 12, null, {
      managerText: `MOTIVERAD.${row.key}`,
      style: { ...BODY, wrap: true, verticalTop: true, fill: COLORS.managerText },
    });
    b.put(r, 13, null, {
      managerText: `ATGARDER.${row.key}`,
      style: { ...BODY, wrap: true, verticalTop: true, fill: COLORS.managerText },
    });
  }
  for (const row of analysed) {
    const sentence = powerSentence(row);
    if (sentence) b.banner(`${row.label}: ${sentence}`, WIDTH, { italic: true });
  }
  b.skip();
}

function prompts(b: SheetBuilder, number: number): void {
  b.line([`${number}. Analys och dialog`], SECTION);
  b.line(["Skriv i de gula fälten. Texten behålls när bladet uppdateras."], { italic: true });
  for (const [key, heading] of ANALYSIS_PROMPTS) {
    b.line([heading], { bold: true });
    b.managerArea(key, WIDTH, 4, COLORS.managerText);
  }
  b.skip();
}

function chart(b: SheetBuilder, model: DialogueModel, number: number): void {
  const rows = model.rows.filter((r) => r.chart && r.women && r.men);
  if (rows.length === 0) return;
  b.line([`${number}. Kvinnor och män per indikator`], SECTION);
  const top = b.line(["Indikator", "Kvinnor", "Män"], HEAD);
  for (const row of rows) {
    // Suppressed or missing values are left blank: a chart would draw "–" as zero.
    const value = (m: Measure) => (m.suppressed || !Number.isFinite(m.value) ? null : m.value);
    const r = b.line([row.label.replace(/ \(andel.*\)$/, "")], BODY);
    b.put(r, 2, value(row.women!), { numberFormat: FORMATS.rate, style: BODY });
    b.put(r, 3, value(row.men!), { numberFormat: FORMATS.rate, style: BODY });
  }
  const bottom = top + rows.length;
  b.charts.push({
    kind: "clusteredColumn",
    title: "Kvinnor och män",
    categories: { top: top + 1, left: 1, bottom, right: 1 },
    series: [
      {
        name: "Kvinnor",
        nameCell: { row: top, col: 2 },
        values: { top: top + 1, left: 2, bottom, right: 2 },
        color: COLORS.women,
      },
      {
        name: "Män",
        nameCell: { row: top, col: 3 },
        values: { top: top + 1, left: 3, bottom, right: 3 },
        color: COLORS.men,
      },
    ],
    anchor: { row: top, col: 5, width: 6, height: 16 },
    numberFormat: "0%",
  });
  b.row = Math.max(b.row, top + 17);
}

function computation(b: SheetBuilder, model: DialogueModel, number: number): void {
  b.line([`${number}. Så beräknades det`], SECTION);
  b.line(
    [
      "Samma värden med tilläggets funktioner (svensk Excel). Klistra in en formel i en tom cell för att räkna om den.",
    ],
    { italic: true }
  );
  b.line(["Värde", "Formel"], HEAD);
  const names: Record<string, string> = { K: "kvinnor", M: "män", T: "totalt" };
  for (const row of model.rows) {
    for (const g of ["K", "M", "T"] as const) {
      const formula = row.formulas[g];
      // EFFINDEX's formula holds the unit's positive exits as a number: not for a hidden index.
      if (!formula || (row.kind === "index" && row.total.suppressed)) continue;
      const r = b.line([`${row.label}, ${names[g]}`], { wrap: true, verticalTop: true });
      b.put(r, 2, formula, {
        numberFormat: FORMATS.text,
        style: { wrap: true, verticalTop: true, fontSize: 9 },
      });
      b.merge(r, 2, r, WIDTH);
      b.rowHeights[r] = Math.min(120, 13 * Math.ceil(formula.length / 150) + 4);
    }
  }
  // Issue #14: the survey's and the progression's formulas (a hidden group's formula reveals nothing).
  for (const [label, formula] of [
    ...targetGroupFormulas(model),
    ...sectionFormulas(model),
    ...interventionFormulas(model),
  ]) {
    const r = b.line([label], { wrap: true, verticalTop: true });
    b.put(r, 2, formula, {
      numberFormat: FORMATS.text,
      style: { wrap: true, verticalTop: true, fontSize: 9 },
    });
    b.merge(r, 2, r, WIDTH);
    b.rowHeights[r] = Math.min(120, 13 * Math.ceil(formula.length / 150) + 4);
  }
  b.skip();
}

function footnotes(b: SheetBuilder, model: DialogueModel): void {
  const t = model.settings.suppressionThreshold;
  const notes = [
    `${SUPPRESSED} = färre än ${t} i gruppen eller i ett utfall, eller alla eller ingen i en grupp under ${model.settings.minGroupSize}: värdet visas inte, och då inte heller det andra könets, så att det inte kan räknas fram ur totalen. Av samma skäl döljs ibland ytterligare en cell (en utbildningstyp mot alla typer, en enhet mot summan för alla enheter).`,
    "Tertialerna är kumulativa (T2 = januari–augusti): skyddet gäller inom en arbetsbok. Två rapporter för olika tertial kan dras ifrån varandra och visa månaderna däremellan; lämna inte ut båda för små grupper.",
    `${MISSING} = uppgift saknas (inga observationer i perioden eller inget mål att bedöma mot).`,
    "Förändring: procentenheter för andelar; för dagar, antal och index i den egna enheten.",
    "95 % KI = konfidensintervall: andelens Wilsonintervall, skillnadens Newcombeintervall (Newcombe 1998, metod 10), i procentenheter. Det visar hur mycket värdet kan variera av slumpen med så här få personer.",
    "(osäkert) = målet ligger inom andelens 95 % KI: resultatet kan av slumpen ligga på andra sidan målet.",
    `Minsta påvisbara skillnad: (z(1 − α/2) + z(0,80)) × √(p̄(1 − p̄)(1/antal kvinnor + 1/antal män)), med p̄ den gemensamma andelen, α = ${svNumber(model.settings.significanceLevel, 2)} och 80 % styrka.`,
    `Värdena är en ögonblicksbild (${model.made}). Uppdatera räknar om dem och behåller texten i de gula fälten. Bladet innehåller inga personnummer.`,
    ...model.rows.filter((r) => r.note).map((r) => `${r.label}: kunde inte beräknas – ${r.note}`),
    ...sectionFootnotes(model),
    ...targetGroupFootnotes(model),
    ...interventionFootnotes(model),
  ];
  b.line(["Fotnoter"], { bold: true });
  for (const note of notes) {
    b.banner(note, WIDTH, { italic: true, fontSize: 9 });
  }
}

/** The sheet of one unit's result dialogue. */
export function dialogueSheet(model: DialogueModel, name: string): SheetDescription {
  const b = new SheetBuilder();
  // Column A fits the longest label (vux labels name the training type too), within reason.
  const longest = Math.max(0, ...model.rows.map((r) => r.label.length));
  b.widths({
    1: Math.min(80, Math.max(46, Math.ceil(longest * 0.95))),
    2: 12,
    3: 14,
    4: 12,
    5: 14,
    6: 12,
    7: 14,
    8: 16,
    9: 18,
    10: 10,
    11: 24,
    12: 30,
    13: 30,
  });
  const what = model.template === "vux" ? "vuxenutbildning" : "Jobbtorg";
  header(
    b,
    model,
    `Resultatdialog ${what} – ${model.unit ?? (model.template === "vux" ? "alla skolor" : "alla enheter")}`
  );
  results(b, model);
  genderAnalysis(b, model);
  // Issues #13, #14: the target groups and the subjective measures follow the register indicators; the later sections move down.
  let next = 3;
  if (model.targetGroups) targetGroupBlock(b, model, next++);
  if (model.survey) surveyBlock(b, model, next++);
  if (model.progression) progressionBlock(b, model, next++);
  if (model.interventions) interventionBlock(b, model, next++);
  prompts(b, next);
  chart(b, model, next + 1);
  computation(b, model, next + 2);
  footnotes(b, model);
  return b.build(name, {
    template: model.template,
    unit: model.unit,
    period: model.period.code,
    made: model.made,
  });
}

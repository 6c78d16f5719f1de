/**
 * The sheet "Långsiktig uppföljning (SCB)" (issue #16): shares by income source at −1, +1 and +2 years
 * with Wilson intervals, the change in work and in social assistance, Stockholmsjobb against the other
 * enrolled as a difference in differences, a 100 % stacked bar chart (`percentStackedBar`), and what
 * the figures cannot say.
 */
import type { Settings } from "../settings";
import { wilsonInterval } from "../stats";
import { MISSING, SUPPRESSED } from "./dialogueSheet";
import { svInterval, svNumber, svPpInterval } from "./format";
import {
  changeOf,
  Difference,
  differenceInDifferences,
  INCOME_SOURCES,
  SCB_GENDERS,
  SCB_TIMES,
  ScbGender,
  ScbModel,
  ScbTime,
  shareOf,
  SOCIAL_ASSISTANCE,
  TimeCounts,
  WORK,
} from "./scbModel";
import { SheetBuilder } from "./sheet";
import {
  BODY,
  CellStyle,
  COLORS,
  FORMATS,
  HEAD,
  RIGHT,
  SECTION,
  SheetDescription,
  SheetValue,
} from "./types";

const WIDTH = 8; // columns A..H
const NOTE: CellStyle = { italic: true };

export const SCB_TITLE = "Långsiktig uppföljning (SCB)";
const GENDER_TEXT: Record<ScbGender, string> = { T: "kvinnor och män", K: "kvinnor", M: "män" };
const TIME_TEXT: Record<ScbTime, string> = { [-1]: "1 år före", 1: "1 år efter", 2: "2 år efter" };
/** Colours of the seven income sources in the chart (distinct in grey print too, work in the section blue). */
export const SOURCE_COLORS = [
  "C00000",
  "F4B183",
  "ED7D31",
  "1F4E78",
  "9DC3E6",
  "A9D18E",
  "BFBFBF",
  "F2F2F2",
];

/** What the sheet is built from besides the model. */
export interface ScbSheetContext {
  made: string;
  settings: Settings;
  /** The source sheet and its data rows, for the header. */
  source: { sheet: string; rows: number };
  /** Unresolved validation errors of the source sheet (the banner). */
  errors: number;
}

function valueCell(b: SheetBuilder, r: number, c: number, value: SheetValue, format: string): void {
  b.put(
    r,
    c,
    value,
    typeof value === "number" ? { numberFormat: format, style: BODY } : { style: RIGHT }
  );
}

/** A share cell: the share, "–" when hidden, ".." when the extract has nothing for it. */
function shareValue(counts: TimeCounts, source: number): SheetValue {
  if (!counts.present) return MISSING;
  const share = shareOf(counts, source);
  return share ? share.p : SUPPRESSED;
}

/** The share's Wilson interval as text ("8,2–17,2 %"), with the marks of shareValue. */
export function shareInterval(counts: TimeCounts, source: number): string {
  if (!counts.present) return MISSING;
  const share = shareOf(counts, source);
  if (!share) return SUPPRESSED;
  const ci = wilsonInterval(share.count, share.n);
  return svInterval(ci.low, ci.high);
}

/** The group's size at a time point, with the marks of shareValue. */
export function sizeValue(counts: TimeCounts): number | string {
  if (!counts.present) return MISSING;
  return counts.n.hidden || counts.n.count === null ? SUPPRESSED : counts.n.count;
}

function header(b: SheetBuilder, model: ScbModel, context: ScbSheetContext): void {
  b.banner(
    `${SCB_TITLE} – ${model.subgroupLabel === "alla" ? "alla inskrivna" : model.subgroupLabel}`,
    WIDTH,
    { bold: true, fontSize: 16, color: COLORS.section }
  );
  b.rowHeights[b.row - 1] = 24;
  const years = model.years ? `inskrivna ${model.years}` : "inskrivningsår anges inte i uttaget";
  b.line([
    `Huvudsaklig inkomstkälla ett år före inskrivningen och ett och två år efter, enligt SCB (${years}).`,
  ]);
  b.line([`Skapad: ${context.made}`]);
  b.line([
    `Källa: ${context.source.sheet} (${svNumber(context.source.rows)} rader, SCB:s aggregerade uttag)`,
  ]);
  if (context.errors > 0) {
    b.banner(
      `Obs! Källbladet har ${svNumber(context.errors)} olösta valideringsfel. Kontrollera det innan siffrorna används.`,
      WIDTH,
      { bold: true, fill: COLORS.banner },
      2
    );
  }
  const when = model.years
    ? `dem som skrevs in ${model.years}`
    : "dem som skrevs in under uttagets år";
  b.banner(
    `Läs detta först: övriga inskrivna är ingen kontrollgrupp – vem som får ett Stockholmsjobb är ett urval, så skillnader mellan grupperna är inte effekter av Stockholmsjobb. SCB:s uppgifter kommer med ungefär två års fördröjning: siffrorna beskriver ${when}, inte dagens verksamhet.`,
    WIDTH,
    { bold: true, fill: COLORS.managerText },
    3
  );
  b.skip();
}

function distribution(b: SheetBuilder, model: ScbModel): void {
  b.line(["1. Huvudsaklig inkomstkälla före och efter inskrivningen"], SECTION);
  b.line(["Andel av gruppen i varje inkomstkälla, med 95 % konfidensintervall (Wilson)."], NOTE);
  for (const group of model.groups) {
    for (const gender of SCB_GENDERS) {
      b.line([`${group.name} – ${GENDER_TEXT[gender]}`], { bold: true });
      const h = b.line(
        ["Inkomstkälla", ...SCB_TIMES.flatMap((t) => [TIME_TEXT[t], "95 % KI"])],
        HEAD
      );
      b.rowHeights[h] = 30;
      const counts = group.counts[gender];
      INCOME_SOURCES.forEach((source, s) => {
        const r = b.line([source], BODY);
        SCB_TIMES.forEach((time, i) => {
          valueCell(b, r, 2 + 2 * i, shareValue(counts[time], s), FORMATS.rate);
          b.put(r, 3 + 2 * i, shareInterval(counts[time], s), { style: RIGHT });
        });
      });
      const r = b.line(["Antal personer"], { ...BODY, italic: true });
      SCB_TIMES.forEach((time, i) =>
        valueCell(b, r, 2 + 2 * i, sizeValue(counts[time]), FORMATS.count)
      );
      b.skip();
    }
  }
}

function differenceCells(b: SheetBuilder, r: number, c: number, d: Difference | null): void {
  valueCell(b, r, c, d ? d.pp : SUPPRESSED, FORMATS.pp);
  b.put(r, c + 1, d ? svPpInterval(d.lowPp, d.highPp) : SUPPRESSED, { style: RIGHT });
}

function changes(b: SheetBuilder, model: ScbModel): void {
  const work = INCOME_SOURCES.indexOf(WORK);
  const aid = INCOME_SOURCES.indexOf(SOCIAL_ASSISTANCE);
  b.line(["2. Förändring från 1 år före till 2 år efter inskrivningen"], SECTION);
  b.line(
    [
      "Andelen 2 år efter minus andelen 1 år före, i procentenheter (p.e.), med 95 % KI (normalapproximation).",
    ],
    NOTE
  );
  const h = b.line(
    ["Grupp", `${WORK} (p.e.)`, "95 % KI", `${SOCIAL_ASSISTANCE} (p.e.)`, "95 % KI"],
    HEAD
  );
  b.rowHeights[h] = 30;
  for (const group of model.groups) {
    for (const gender of SCB_GENDERS) {
      const r = b.line([`${group.name}, ${GENDER_TEXT[gender]}`], BODY);
      differenceCells(b, r, 2, changeOf(group, gender, work));
      differenceCells(b, r, 4, changeOf(group, gender, aid));
    }
  }
  b.skip();
}

/** What a difference in differences says, in words that do not claim an effect. */
export function didReading(d: Difference | null): string {
  if (!d) return SUPPRESSED;
  if (d.lowPp > 0)
    return "Ökade mer (eller minskade mindre) för Stockholmsjobb – säkerställd skillnad, inte en effekt i sig";
  if (d.highPp < 0)
    return "Minskade mer (eller ökade mindre) för Stockholmsjobb – säkerställd skillnad, inte en effekt i sig";
  return "Intervallet innehåller 0: ingen säkerställd skillnad mellan grupperna";
}

function comparison(b: SheetBuilder, model: ScbModel): void {
  b.line(["3. Stockholmsjobb jämfört med övriga inskrivna (skillnad i skillnader)"], SECTION);
  if (model.participants < 0 || model.comparison < 0) {
    b.banner(
      `${MISSING} Uttaget har inte både gruppen Stockholmsjobb och en jämförelsegrupp (finns: ${model.groups.map((g) => g.name).join(", ") || "inga grupper"}).`,
      WIDTH,
      NOTE
    );
    b.skip();
    return;
  }
  const [a, c] = [model.groups[model.participants], model.groups[model.comparison]];
  b.banner(
    `Stockholmsjobbs förändring minus förändringen för ${c.name.toLocaleLowerCase("sv-SE")}, i procentenheter. 95 % KI: normalapproximation av de fyra andelarna, ±1,96 × √(Σ p(1 − p)/n).`,
    WIDTH,
    NOTE,
    2
  );
  const h = b.line(
    [
      "Inkomstkälla och kön",
      `Förändring ${a.name} (p.e.)`,
      `Förändring ${c.name} (p.e.)`,
      "Skillnad i skillnader (p.e.)",
      "95 % KI",
      "Tolkning",
    ],
    HEAD
  );
  b.merge(h, 6, h, WIDTH + 1);
  b.rowHeights[h] = 44;
  for (const source of [WORK, SOCIAL_ASSISTANCE]) {
    const s = INCOME_SOURCES.indexOf(source);
    for (const gender of SCB_GENDERS) {
      const r = b.line([`${source}, ${GENDER_TEXT[gender]}`], BODY);
      b.rowHeights[r] = 30;
      const [da, dc] = [changeOf(a, gender, s), changeOf(c, gender, s)];
      valueCell(b, r, 2, da ? da.pp : SUPPRESSED, FORMATS.pp);
      valueCell(b, r, 3, dc ? dc.pp : SUPPRESSED, FORMATS.pp);
      const did = differenceInDifferences(model, gender, s);
      differenceCells(b, r, 4, did);
      b.put(r, 6, didReading(did), { style: { ...BODY, wrap: true, verticalTop: true } });
      b.merge(r, 6, r, WIDTH + 1);
    }
  }
  b.skip();
}

/** The chart's table: one row per group and time point, a column per income source; returns its range. */
function chartTable(b: SheetBuilder, model: ScbModel): { top: number; bottom: number } {
  b.line(["4. Fördelning över inkomstkällor, kvinnor och män"], SECTION);
  b.line(
    [
      "Dolda andelar ingår i ”Dolt” (summan av de dolda, som redan följer av de visade), så att varje stapel är 100 %.",
    ],
    NOTE
  );
  const top = b.line(["Grupp och tidpunkt", ...INCOME_SOURCES, "Dolt"], HEAD);
  b.rowHeights[top] = 44;
  for (const group of model.groups) {
    for (const time of SCB_TIMES) {
      const counts = group.counts.T[time];
      const r = b.line([`${group.name}, ${TIME_TEXT[time]}`], BODY);
      const shares = INCOME_SOURCES.map((_, s) => shareOf(counts, s)?.p ?? null);
      // Empty cells, not "–": a chart reads text as zero.
      shares.forEach((p, s) => b.put(r, 2 + s, p, { numberFormat: FORMATS.rate, style: BODY }));
      const shown = shares.filter((p): p is number => p !== null);
      const rest =
        counts.present && !counts.n.hidden
          ? Math.max(0, 1 - shown.reduce((x, y) => x + y, 0))
          : null;
      b.put(r, 2 + INCOME_SOURCES.length, rest !== null && rest > 1e-9 ? rest : null, {
        numberFormat: FORMATS.rate,
        style: BODY,
      });
    }
  }
  return { top, bottom: b.row - 1 };
}

function caveats(b: SheetBuilder, model: ScbModel, settings: Settings, made: string): void {
  b.line(["5. Vad siffrorna kan och inte kan visa"], SECTION);
  const years = model.years ?? "uttagets inskrivningsår";
  const notes = [
    "Urval, inte kontrollgrupp: vem som får ett Stockholmsjobb bestäms av bedömningar och av deltagarnas egna förutsättningar (tid i Sverige, utbildning, hälsa, motivation). Skillnaden i skillnader tar bort skillnader mellan grupperna som fanns redan året före och består, men inte skillnader i hur grupperna hade utvecklats ändå. Den beskriver – den mäter inte Stockholmsjobbs effekt.",
    "Ett Stockholmsjobb är en anställning: att fler förvärvsarbetar ett år efter kan vara själva Stockholmsjobbet. Två år efter säger mer om vad som händer sedan.",
    `Tidsfördröjning: SCB:s uppgifter om inkomstkälla för ett år kommer ungefär två år senare. Siffrorna avser dem som skrevs in ${years} och säger inget säkert om dem som är inskrivna i dag.`,
    "Huvudsaklig inkomstkälla: SCB:s indelning efter den största inkomsten under året (förvärvsarbete, ersättning vid arbetslöshet, ekonomiskt bistånd …).",
    "Intervallen för förändringar behandlar andelarna som oberoende. Före och efter gäller samma personer; eftersom den som arbetar ett år oftare arbetar senare är intervallen troligen något bredare än nödvändigt (försiktiga).",
  ];
  if (model.hiddenBySource > 0)
    notes.push(
      `SCB har själv dolt ${svNumber(model.hiddenBySource)} celler i de rader bladet bygger på; de visas som ${SUPPRESSED}, aldrig som 0, och ytterligare celler döljs så att de inte kan räknas fram.`
    );
  for (const group of model.groups) {
    for (const time of SCB_TIMES) {
      const from = group.counts.T[time].nFrom;
      if (from !== undefined)
        notes.push(
          `${group.name}, ${TIME_TEXT[time]}: en cell är dold av SCB; gruppens storlek är hämtad från ${TIME_TEXT[from]} (samma personer).`
        );
    }
  }
  if (model.unreadRows > 0)
    notes.push(
      `${svNumber(model.unreadRows)} rader i uttaget kunde inte läsas (okänd tidpunkt, inkomstkälla eller kön, eller inget antal) och ingår inte. Kör validate på bladet.`
    );
  for (const note of notes)
    b.banner(note, WIDTH, { italic: true, wrap: true }, note.length > 260 ? 3 : 2);
  b.skip();
  b.line(["Analys"], { bold: true });
  b.managerArea("SCB_ANALYS", WIDTH, 4, COLORS.managerText);
  b.skip();
  b.line(["Fotnoter"], { bold: true });
  const t = settings.suppressionThreshold;
  for (const note of [
    `${SUPPRESSED} = dolt: färre än ${t} personer i cellen eller utanför den, alla eller ingen i en grupp under ${settings.minGroupSize}, dolt redan av SCB, eller dolt för att ett annat dolt värde inte ska kunna räknas fram (inkomstkällorna summerar till gruppen, kvinnor och män till totalt).`,
    `${MISSING} = uppgift saknas i uttaget.`,
    `Värdena är en ögonblicksbild (${made}). Bladet bygger på SCB:s aggregerade uppgifter och innehåller inga personuppgifter.`,
  ]) {
    b.banner(note, WIDTH, { italic: true, fontSize: 9 }, 2);
  }
}

/** The sheet of one subgroup's long-term follow-up. */
export function scbSheet(
  model: ScbModel,
  name: string,
  context: ScbSheetContext
): SheetDescription {
  const b = new SheetBuilder();
  b.widths({ 1: 38, 2: 13, 3: 19, 4: 13, 5: 19, 6: 13, 7: 19, 8: 11, 9: 10 });
  header(b, model, context);
  distribution(b, model);
  changes(b, model);
  comparison(b, model);
  const table = chartTable(b, model);
  b.skip();
  scbChart(b, table);
  caveats(b, model, context.settings, context.made);
  return b.build(name, {
    template: "scb",
    unit: model.subgroup ? model.subgroupLabel : null,
    period: model.years ?? "",
    made: context.made,
  });
}

/** The 100 % stacked bar chart over the chart table: one bar per group and time point, a segment per source. */
function scbChart(b: SheetBuilder, table: { top: number; bottom: number }): void {
  const height = 20;
  const names = [...INCOME_SOURCES, "Dolt"];
  b.charts.push({
    kind: "percentStackedBar",
    title: "Huvudsaklig inkomstkälla, kvinnor och män",
    categories: { top: table.top + 1, left: 1, bottom: table.bottom, right: 1 },
    series: names.map((name, i) => ({
      name,
      nameCell: { row: table.top, col: 2 + i },
      values: { top: table.top + 1, left: 2 + i, bottom: table.bottom, right: 2 + i },
      color: SOURCE_COLORS[i] ?? "FFFFFF",
    })),
    anchor: { row: b.row, col: 1, width: WIDTH, height },
    numberFormat: "0%",
  });
  b.row += height + 1;
}

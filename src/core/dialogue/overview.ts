/**
 * The whole-unit overview of `--all`: one row per unit with each main indicator's total and assessment,
 * and for each rate indicator a funnel plot (funnel.ts) with a column saying where each unit lies.
 */
import { formatOf, goalAssessment, MISSING, shown, shownAssessment } from "./dialogueSheet";
import { funnel, Funnel } from "./funnel";
import type { DialogueModel, IndicatorRow } from "./model";
import { SheetBuilder } from "./sheet";
import { targetGroupOverview } from "./targetGroupSheet";
import { CellStyle, COLORS, FORMATS, HEAD, SECTION, SheetDescription } from "./types";

const NOTE: CellStyle = { italic: true, fontSize: 9 };

/** Colours of the funnel: the units, the pooled rate, the 95 % and the (dashed) 99.8 % limits. */
const FUNNEL_COLORS = {
  units: COLORS.section,
  target: "404040",
  inner: "C55A11",
  outer: "C00000",
} as const;

/** Rows and columns of the chart above a funnel's table. */
const CHART_HEIGHT = 20;
const CHART_WIDTH = 8;

/** The funnel section of one rate indicator: the chart, then the table it is drawn from. */
function funnelSection(
  b: SheetBuilder,
  label: string,
  plot: Funnel | null,
  unitsName: string
): void {
  b.line([`Trattdiagram: ${label}`], SECTION);
  if (!plot) {
    b.line(["För få enheter med visade värden för ett trattdiagram."], { italic: true });
    b.skip();
    return;
  }
  const chartRow = b.row;
  b.skip(CHART_HEIGHT + 1);
  // The first header names the points in the legend.
  const head = b.line(
    [
      unitsName,
      "Antal (n)",
      "Andel",
      "n",
      "Gemensam andel",
      "Undre 95 %",
      "Övre 95 %",
      "Undre 99,8 %",
      "Övre 99,8 %",
    ],
    HEAD
  );
  // Only the plotted units: a hidden unit gets no row, so neither its n nor its place can be read here.
  const units = plot.units.filter((u) => u.rate !== null);
  const rows = Math.max(units.length, plot.lines.length);
  const first = head + 1;
  for (let i = 0; i < rows; i++) {
    const r = b.line([]);
    const unit = units[i];
    if (unit) {
      b.put(r, 1, unit.unit, { style: { border: true } });
      b.put(r, 2, unit.n, { numberFormat: FORMATS.count, style: { border: true } });
      b.put(r, 3, unit.rate, { numberFormat: FORMATS.rate, style: { border: true } });
    }
    const line = plot.lines[i];
    if (line) {
      b.put(r, 4, line.n, { numberFormat: FORMATS.count, style: { border: true } });
      [plot.target, line.lower95, line.upper95, line.lower998, line.upper998].forEach((v, j) =>
        b.put(r, 5 + j, v, { numberFormat: FORMATS.rate, style: { border: true } })
      );
    }
  }
  const unitRange = (col: number) => ({
    top: first,
    left: col,
    bottom: first + units.length - 1,
    right: col,
  });
  const lineRange = (col: number) => ({
    top: first,
    left: col,
    bottom: first + plot.lines.length - 1,
    right: col,
  });
  const limit = (col: number, name: string, color: string, dash: boolean) => ({
    name,
    nameCell: { row: head, col },
    values: lineRange(col),
    x: lineRange(4),
    color,
    draw: "line" as const,
    dash,
  });
  // The value axis in steps of 10 % around every point and limit, so the funnel fills the chart.
  const ys = [...units.map((u) => u.rate!), ...plot.lines.flatMap((l) => [l.lower998, l.upper998])];
  const min = Math.max(0, Math.floor(Math.min(...ys) * 10 - 1e-9) / 10);
  const max = Math.min(1, Math.ceil(Math.max(...ys) * 10 + 1e-9) / 10);
  b.charts.push({
    kind: "scatterWithLines",
    title: `Trattdiagram: ${label.replace(/ \(andel.*\)$/, "")}`,
    series: [
      {
        name: unitsName,
        nameCell: { row: head, col: 1 },
        values: unitRange(3),
        x: unitRange(2),
        color: FUNNEL_COLORS.units,
        draw: "points",
      },
      {
        name: "Gemensam andel",
        nameCell: { row: head, col: 5 },
        values: lineRange(5),
        x: lineRange(4),
        color: FUNNEL_COLORS.target,
        draw: "line",
      },
      limit(6, "Undre 95 %", FUNNEL_COLORS.inner, false),
      limit(7, "Övre 95 %", FUNNEL_COLORS.inner, false),
      limit(8, "Undre 99,8 %", FUNNEL_COLORS.outer, true),
      limit(9, "Övre 99,8 %", FUNNEL_COLORS.outer, true),
    ],
    anchor: { row: chartRow, col: 1, width: CHART_WIDTH, height: CHART_HEIGHT },
    numberFormat: "0%",
    valueAxis: { min, max, title: "Andel" },
    xAxis: { min: 0, title: "Antal i underlaget (n)", numberFormat: "0" },
  });
  b.skip();
}

/** An overview of the models (one per unit); vux shows the indicators over all training types. */
export function overviewSheet(
  models: readonly DialogueModel[],
  name: string,
  made: string
): SheetDescription {
  const b = new SheetBuilder();
  const first = models[0];
  const keys = first.rows.filter((r) => !r.key.includes("_")).map((r) => r.key);
  const label = (key: string) => first.rows.find((r) => r.key === key)!.label;
  const rowOf = (model: DialogueModel, key: string): IndicatorRow | undefined =>
    model.rows.find((x) => x.key === key);
  const rateKeys = keys.filter((key) => rowOf(first, key)!.kind === "rate");
  const unitName = (model: DialogueModel) => model.unit ?? "Alla";
  const plots = new Map(
    rateKeys.map((key) => [
      key,
      funnel(
        models.flatMap((m) =>
          rowOf(m, key) ? [{ unit: unitName(m), measure: rowOf(m, key)!.total }] : []
        )
      ),
    ])
  );
  const what = first.template === "vux" ? "skolor" : "enheter";
  const gapKey = first.rows.find((r) => r.gap)?.key;
  const funnelCol = keys.length + (gapKey ? 3 : 2);
  const width = funnelCol + rateKeys.length - 1;
  b.banner(`Översikt alla ${what} – ${first.period.code}`, Math.max(2, width), {
    bold: true,
    fontSize: 16,
    color: COLORS.section,
  });
  b.line(
    [
      `Period: ${first.period.label}. Skapad: ${made}. Totalt per ${first.template === "vux" ? "skola" : "enhet"}; kvinnor och män finns på respektive blad.`,
    ],
    { italic: true }
  );
  b.skip();
  const headers = [
    first.template === "vux" ? "Skola" : "Enhet",
    ...keys.map(label),
    ...(gapKey ? [`Jämställdhet: ${label(gapKey)}`] : []),
    ...rateKeys.map(
      (key) => `Mot gemensam andel (95 %): ${label(key).replace(/ \(andel.*\)$/, "")}`
    ),
  ];
  const h = b.line(headers, HEAD);
  // Five lines of bold text: the longest header (the funnel column of SELFSUFF6M) needs them.
  b.rowHeights[h] = rateKeys.length > 0 ? 75 : 60;
  for (const model of models) {
    const r = b.line([unitName(model)], { border: true });
    keys.forEach((key, i) => {
      const row = rowOf(model, key);
      if (!row) return;
      const value = shown(row.total);
      const met = goalAssessment(row);
      const fill = met.startsWith("Uppfyllt")
        ? "E2EFDA"
        : met.startsWith("Ej uppfyllt")
          ? COLORS.banner
          : undefined;
      b.put(r, i + 2, value, {
        numberFormat: typeof value === "number" ? formatOf(row) : undefined,
        style: { border: true, fill, align: typeof value === "string" ? "right" : undefined },
      });
    });
    if (gapKey) {
      const gapRow = rowOf(model, gapKey);
      b.put(r, keys.length + 2, gapRow ? shownAssessment(gapRow) : MISSING, {
        style: { border: true },
      });
    }
    rateKeys.forEach((key, i) => {
      const position =
        plots.get(key)?.units.find((u) => u.unit === unitName(model))?.position ?? null;
      b.put(r, funnelCol + i, position ?? MISSING, {
        style: { border: true, align: position ? undefined : "right" },
      });
    });
  }
  b.skip();
  const notes = [
    "Grön: målet uppfyllt; röd: ej uppfyllt (mål från tabellen Mal). – = för få för att visa.",
    "Mot gemensam andel: inom, över eller under 95 %-gränserna i trattdiagrammet nedan (Spiegelhalter 2005): enhetens andel jämförd med den gemensamma andelen för enheter av samma storlek. Inom = skillnaden kan vara slump; 99,8 %-gränserna (streckade) visar tydligare avvikelser.",
    "Gränserna är exakta binomialgränser kring den gemensamma andelen: där 95 % respektive 99,8 % av enheterna skulle hamna om alla hade samma andel. En enhet vars andel inte visas (–) ritas inte, räknas inte in i den gemensamma andelen och får .. i kolumnen.",
    "Tertialerna är kumulativa (T2 = januari–augusti): skyddet av små tal gäller inom en arbetsbok. Två rapporter för olika tertial kan dras ifrån varandra och visa månaderna däremellan; lämna inte ut båda för små grupper.",
  ];
  for (const note of notes) {
    // Merged cells do not grow with their text: about 150 characters of 9 point text fit on a line.
    const r = b.banner(note, Math.max(2, width), NOTE);
    if (note.length > 150) b.rowHeights[r] = 12 * Math.ceil(note.length / 150) + 2;
  }
  b.skip();
  for (const key of rateKeys)
    funnelSection(b, label(key), plots.get(key) ?? null, what === "skolor" ? "Skolor" : "Enheter");
  if (first.targetGroups) targetGroupOverview(b, models);
  b.widths({
    1: 24,
    ...Object.fromEntries(keys.map((_, i) => [i + 2, 16])),
    ...(gapKey ? { [keys.length + 2]: 26 } : {}),
    ...Object.fromEntries(rateKeys.map((_, i) => [funnelCol + i, 18])),
  });
  return b.build(name, { template: "overview", unit: null, period: first.period.code, made });
}

/** The whole-unit overview of `--all`: one row per unit with each main indicator's total and assessment. */
import { formatOf, goalAssessment, MISSING, shown, shownAssessment } from "./dialogueSheet";
import type { DialogueModel } from "./model";
import { SheetBuilder } from "./sheet";
import { CellStyle, COLORS, SheetDescription } from "./types";

const HEAD: CellStyle = { bold: true, fill: COLORS.header, wrap: true, border: true, verticalTop: true };

/** An overview of the models (one per unit); vux shows the indicators over all training types. */
export function overviewSheet(models: readonly DialogueModel[], name: string, made: string): SheetDescription {
  const b = new SheetBuilder();
  const first = models[0];
  const keys = first.rows.filter((r) => !r.key.includes("_")).map((r) => r.key);
  const label = (key: string) => first.rows.find((r) => r.key === key)!.label;
  const what = first.template === "vux" ? "skolor" : "enheter";
  b.banner(`Översikt alla ${what} – ${first.period.code}`, Math.max(2, keys.length + 2), { bold: true, fontSize: 16, color: COLORS.section });
  b.line([`Period: ${first.period.label}. Skapad: ${made}. Totalt per ${first.template === "vux" ? "skola" : "enhet"}; kvinnor och män finns på respektive blad.`], { italic: true });
  b.skip();
  const gapKey = first.rows.find((r) => r.gap)?.key;
  const headers = [first.template === "vux" ? "Skola" : "Enhet", ...keys.map(label), ...(gapKey ? [`Jämställdhet: ${label(gapKey)}`] : [])];
  const h = b.line(headers, HEAD);
  b.rowHeights[h] = 60;
  for (const model of models) {
    const r = b.line([model.unit ?? "Alla"], { border: true });
    keys.forEach((key, i) => {
      const row = model.rows.find((x) => x.key === key);
      if (!row) return;
      const value = shown(row.total);
      const met = goalAssessment(row);
      const fill = met.startsWith("Uppfyllt") ? "E2EFDA" : met.startsWith("Ej uppfyllt") ? COLORS.banner : undefined;
      b.put(r, i + 2, value, { numberFormat: typeof value === "number" ? formatOf(row) : undefined, style: { border: true, fill, align: typeof value === "string" ? "right" : undefined } });
    });
    if (gapKey) {
      const gapRow = model.rows.find((x) => x.key === gapKey);
      b.put(r, keys.length + 2, gapRow ? shownAssessment(gapRow) : MISSING, { style: { border: true } });
    }
  }
  b.skip();
  b.line(["Grön: målet uppfyllt; röd: ej uppfyllt (mål från tabellen Mal). – = för få för att visa."], { italic: true, fontSize: 9 });
  b.widths({ 1: 24, ...Object.fromEntries(keys.map((_, i) => [i + 2, 16])), [keys.length + 2]: 26 });
  return b.build(name, { template: "overview", unit: null, period: first.period.code, made });
}

/** The lines `fix` prints: what the fixes changed, per kind, in Swedish or English. */
import type { FixCounts, FixPreview } from "../../core/registry/fixes";
import type { Language } from "../../core/messages";

const LABELS: Record<keyof FixCounts, { sv: string; en: string }> = {
  pnrNormalized: { sv: "personnummer till ÅÅÅÅMMDD-XXXX", en: "personnummer to YYYYMMDD-XXXX" },
  genderNormalized: { sv: "könskoder till K/M", en: "gender codes to K/M" },
  datesConverted: { sv: "textdatum till datum", en: "text dates to dates" },
  textTrimmed: { sv: "texter utan extra mellanslag", en: "texts with extra spaces removed" },
  duplicatesDropped: { sv: "exakta dubblettrader borttagna", en: "exact duplicate rows dropped" },
};

/** A count per kind of fix, and how many rows changed. */
export function fixSummary(preview: FixPreview, language: Language): string {
  const lines = [language === "sv" ? "Rättningar:" : "Fixes:"];
  for (const key of Object.keys(LABELS) as Array<keyof FixCounts>) {
    lines.push(`  ${String(preview.counts[key]).padStart(6)}  ${LABELS[key][language]}`);
  }
  lines.push(
    language === "sv"
      ? `  ${String(preview.changedRows.length).padStart(6)}  rader ändrade eller borttagna`
      : `  ${String(preview.changedRows.length).padStart(6)}  rows changed or dropped`
  );
  return lines.join("\n");
}

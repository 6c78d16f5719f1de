/** What the fixes changed, per kind, in Swedish or English: the lines `fix` prints and its "Ändringar" sheet. */
import type { FixCounts, FixPreview } from "../../core/registry/fixes";
import type { Language } from "../../core/messages";

const LABELS: Record<keyof FixCounts, { sv: string; en: string }> = {
  pnrNormalized: { sv: "personnummer till ÅÅÅÅMMDD-XXXX", en: "personnummer to YYYYMMDD-XXXX" },
  genderNormalized: { sv: "könskoder till K/M", en: "gender codes to K/M" },
  datesConverted: { sv: "textdatum till datum", en: "text dates to dates" },
  textTrimmed: { sv: "texter utan extra mellanslag", en: "texts with extra spaces removed" },
  duplicatesDropped: { sv: "exakta dubblettrader borttagna", en: "exact duplicate rows dropped" },
};

/** The counts of a fix run as (count, label) pairs: one per kind of fix, then the rows changed. */
export function fixChanges(
  preview: FixPreview,
  language: Language,
  blankRowsLeftOut = 0
): Array<{ count: number; label: string }> {
  const changes = (Object.keys(LABELS) as Array<keyof FixCounts>).map((key) => ({
    count: preview.counts[key],
    label: LABELS[key][language],
  }));
  changes.push({
    count: preview.changedRows.length,
    label: language === "sv" ? "rader ändrade eller borttagna" : "rows changed or dropped",
  });
  if (blankRowsLeftOut > 0) {
    changes.push({
      count: blankRowsLeftOut,
      label: language === "sv" ? "tomma rader utelämnade" : "blank rows left out",
    });
  }
  return changes;
}

/** A count per kind of fix, and how many rows changed. */
export function fixSummary(preview: FixPreview, language: Language, blankRowsLeftOut = 0): string {
  const lines = [language === "sv" ? "Rättningar:" : "Fixes:"];
  for (const { count, label } of fixChanges(preview, language, blankRowsLeftOut))
    lines.push(`  ${String(count).padStart(6)}  ${label}`);
  return lines.join("\n");
}

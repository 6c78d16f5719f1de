/**
 * The Office requirement sets this add-in needs. The manifest declares them, so Excel that lacks one
 * does not offer the add-in at all; the pane checks again with isSetSupported (the only way to ask a
 * host what it supports: an API object can exist in Office.js and still fail on an older Excel) and
 * says what is missing instead of failing at the first write. test/manifest.test.ts maps every Excel
 * API member used under src/excel/ to its set and checks that the manifest declares the highest.
 */
import type { Language } from "../core/messages";

/** The highest ExcelApi set used (Worksheet.customProperties); also in manifest.xml. */
export const REQUIRED_EXCEL_API = "1.12";

export const REQUIRED_SETS: ReadonlyArray<{ name: string; version: string }> = [
  { name: "ExcelApi", version: REQUIRED_EXCEL_API },
  { name: "SharedRuntime", version: "1.1" },
];

/** The part of Office.js asked (a fake in tests). */
export interface RequirementsHost {
  context?: { requirements?: { isSetSupported(name: string, minVersion?: string): boolean } };
}

/** The required sets the host lacks, as "ExcelApi 1.12"; none when the host cannot be asked. */
export function missingRequirementSets(office: RequirementsHost | undefined): string[] {
  const requirements = office?.context?.requirements;
  if (!requirements) return [];
  return REQUIRED_SETS.filter((s) => !requirements.isSetSupported(s.name, s.version)).map(
    (s) => `${s.name} ${s.version}`
  );
}

/** What to tell the user whose Excel lacks `missing`. */
export function missingRequirementsMessage(missing: string[], language: Language): string {
  const sets = missing.join(", ");
  return language === "sv"
    ? `Den här Excel-versionen saknar ${sets}, som Resultatdialog behöver. Använd Excel för webben eller Microsoft 365 (Windows, Mac), uppdaterat.`
    : `This version of Excel lacks ${sets}, which Resultatdialog needs. Use Excel on the web or an up-to-date Microsoft 365 Excel (Windows, Mac).`;
}

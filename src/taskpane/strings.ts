/** The task pane's texts in Swedish and English: one table for the whole pane. */
import type { Language } from "../core/messages";

const STRINGS = {
  version: { sv: "Version {version}", en: "Version {version}" },
  navigation: { sv: "Vyer", en: "Views" },
  tabValidate: { sv: "Validera", en: "Validate" },
  tabDialogue: { sv: "Resultatdialog", en: "Result dialogue" },
  tabSettings: { sv: "Inställningar", en: "Settings" },
  dialogueComingSoon: {
    sv: "Här skapar du snart resultatdialogens blad: resultat och måluppfyllelse per enhet och period, med jämställdhetsanalys.",
    en: "Soon you will create the result-dialogue sheets here: results and goal fulfilment per unit and period, with a gender-equality analysis.",
  },
  sheet: { sv: "Blad", en: "Sheet" },
  registerType: { sv: "Registertyp", en: "Register type" },
  detected: { sv: "{label} (identifierad)", en: "{label} (detected)" },
  notDetected: { sv: "Ingen registertyp känns igen – välj en.", en: "No register type recognised – choose one." },
  mapping: { sv: "Kolumner", en: "Columns" },
  mappingHint: {
    sv: "Kolumner vars rubrik inte kändes igen kan du koppla här.",
    en: "Columns whose header was not recognised can be mapped here.",
  },
  notMapped: { sv: "(saknas)", en: "(missing)" },
  required: { sv: "obligatorisk", en: "required" },
  recognised: { sv: "känd rubrik", en: "recognised header" },
  validate: { sv: "Validera", en: "Validate" },
  cancel: { sv: "Avbryt", en: "Cancel" },
  reading: { sv: "Läser rad {done} av {total}", en: "Reading row {done} of {total}" },
  checking: { sv: "Kontrollerar…", en: "Checking…" },
  cancelled: { sv: "Valideringen avbröts.", en: "Validation cancelled." },
  result: { sv: "Resultat för {sheet}: {rows} rader", en: "Result for {sheet}: {rows} rows" },
  errors: { sv: "Fel", en: "Errors" },
  warnings: { sv: "Varningar", en: "Warnings" },
  notes: { sv: "Noteringar", en: "Notes" },
  noIssues: { sv: "Inga problem hittades.", en: "No problems found." },
  issuesByCheck: { sv: "Problem per kontroll", en: "Problems by check" },
  rowsList: { sv: "Rader: {rows}", en: "Rows: {rows}" },
  moreIssues: { sv: "… och {count} till", en: "… and {count} more" },
  goToCell: { sv: "Gå till {address}", en: "Go to {address}" },
  row: { sv: "Rad", en: "Row" },
  highlight: { sv: "Markera i bladet", en: "Highlight in sheet" },
  clearHighlight: { sv: "Ta bort markering", en: "Remove highlight" },
  highlighted: { sv: "{count} celler markerade i {sheet}.", en: "{count} cells highlighted in {sheet}." },
  cleared: { sv: "Markeringen togs bort från {count} celler.", en: "Highlight removed from {count} cells." },
  createReport: { sv: "Skapa rapportblad", en: "Create report sheet" },
  reportCreated: { sv: "Rapporten finns i bladet {sheet}.", en: "The report is in the sheet {sheet}." },
  fix: { sv: "Åtgärda", en: "Fix" },
  fixPreview: { sv: "Förhandsgranskning av åtgärder", en: "Preview of fixes" },
  fixPnr: { sv: "Personnummer till ÅÅÅÅMMDD-NNNN", en: "Personnummer to YYYYMMDD-NNNN" },
  fixGender: { sv: "Könskoder till K/M", en: "Gender codes to K/M" },
  fixDates: { sv: "Textdatum till datum", en: "Text dates to dates" },
  fixTrim: { sv: "Mellanslag borttagna", en: "Spaces trimmed" },
  fixDuplicates: { sv: "Dubblerade rader borttagna", en: "Duplicate rows dropped" },
  fixNothing: { sv: "Det finns inget att åtgärda automatiskt.", en: "There is nothing to fix automatically." },
  fixApply: { sv: "Skapa rättad kopia", en: "Create fixed copy" },
  fixNote: {
    sv: "Originalbladet ändras inte; åtgärderna skrivs till ett nytt blad.",
    en: "The original sheet is not changed; the fixes go to a new sheet.",
  },
  fixed: { sv: "Den rättade kopian finns i bladet {sheet}.", en: "The fixed copy is in the sheet {sheet}." },
  createTable: { sv: "Skapa tabell", en: "Create table" },
  tableCreated: { sv: "Tabellen {name} skapades.", en: "The table {name} was created." },
  tableRenamed: {
    sv: "Namnet {wanted} var upptaget; tabellen heter {name}. Funktioner och mallar söker {wanted}.",
    en: "The name {wanted} was taken; the table is called {name}. Functions and templates look for {wanted}.",
  },
  tableExists: { sv: "Bladet har redan tabellen {name}.", en: "The sheet already has the table {name}." },
  failed: { sv: "Det gick inte: {reason}", en: "That did not work: {reason}" },
  emptySheet: { sv: "Bladet är tomt.", en: "The sheet is empty." },
  settingsTitle: { sv: "Inställningar för arbetsboken", en: "Workbook settings" },
  positiveReasons: { sv: "Positiva avslutsorsaker (arbete eller studier), en per rad", en: "Positive exit reasons (work or studies), one per line" },
  exitReasons: { sv: "Kodlista för avslutsorsaker, en per rad", en: "Code list of exit reasons, one per line" },
  suppression: { sv: "Gräns för röjandeskydd (antal)", en: "Suppression threshold (count)" },
  gapThreshold: { sv: "Skillnad att analysera (procentenheter)", en: "Gap worth analysing (percentage points)" },
  significance: { sv: "Signifikansnivå", en: "Significance level" },
  minGroup: { sv: "Minsta gruppstorlek", en: "Minimum group size" },
  language: { sv: "Språk", en: "Language" },
  languageAuto: { sv: "Som Office", en: "As Office" },
  save: { sv: "Spara", en: "Save" },
  reset: { sv: "Återställ standard", en: "Restore defaults" },
  saved: { sv: "Inställningarna sparades i arbetsboken.", en: "The settings were saved in the workbook." },
  invalidSetting: { sv: "Kontrollera värdet: {field}", en: "Check the value: {field}" },
  reportTitle: { sv: "Valideringsrapport", en: "Validation report" },
  reportSheetName: { sv: "Valideringsrapport", en: "Valideringsrapport" },
  reportMade: { sv: "Skapad", en: "Made" },
  reportRows: { sv: "Datarader", en: "Data rows" },
  reportCheck: { sv: "Kontroll", en: "Check" },
  reportCode: { sv: "Kod", en: "Code" },
  reportSeverity: { sv: "Allvarlighet", en: "Severity" },
  reportCount: { sv: "Antal", en: "Count" },
  reportColumn: { sv: "Kolumn", en: "Column" },
  reportCell: { sv: "Cell", en: "Cell" },
  reportMessage: { sv: "Meddelande", en: "Message" },
  reportCapped: {
    sv: "Listan visar högst {cap} problem per kontroll; antalen ovan är exakta.",
    en: "The list shows at most {cap} problems per check; the counts above are exact.",
  },
  severityError: { sv: "Fel", en: "Error" },
  severityWarning: { sv: "Varning", en: "Warning" },
  severityInfo: { sv: "Notering", en: "Note" },
} as const;

export type StringKey = keyof typeof STRINGS;

/** The text for a key in a language, `{name}` placeholders filled from params. */
export function t(language: Language, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The label of a severity in a language. */
export function severityLabel(language: Language, severity: "error" | "warning" | "info"): string {
  return t(language, severity === "error" ? "severityError" : severity === "warning" ? "severityWarning" : "severityInfo");
}

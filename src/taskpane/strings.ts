/**
 * The task pane's labels (tabs, buttons, headings, hints) in Swedish and English. Its messages
 * (status, results, errors) are in the one message table, core/messages.ts; `t` gives either.
 */
import {
  fillTemplate,
  formatMessage,
  type Language,
  type MessageKey,
  type MessageParams,
} from "../core/messages";

const STRINGS = {
  version: { sv: "Version {version}", en: "Version {version}" },
  navigation: { sv: "Vyer", en: "Views" },
  tabValidate: { sv: "Validera", en: "Validate" },
  tabDialogue: { sv: "Resultatdialog", en: "Result dialogue" },
  tabSettings: { sv: "Inställningar", en: "Settings" },
  dlgCreateTitle: { sv: "Skapa resultatdialog", en: "Create result dialogue" },
  dlgTemplate: { sv: "Mall", en: "Template" },
  dlgBuiltIn: { sv: "Inbyggda mallar", en: "Built-in templates" },
  dlgOwn: { sv: "Egna mallar i arbetsboken", en: "Own templates in the workbook" },
  dlgJobbtorg: { sv: "Jobbtorg", en: "Job centres" },
  dlgVux: { sv: "Vuxenutbildning", en: "Adult education" },
  dlgKalkyl: { sv: "Kommunalekonomisk kalkyl", en: "Municipal-economic calculation" },
  dlgSections: {
    sv: "Med avsnitten {sections} (från tabellerna Enkat och Progression).",
    en: "With the sections {sections} (from the Enkat and Progression tables).",
  },
  dlgScb: { sv: "Långsiktig uppföljning (SCB)", en: "Long-term follow-up (SCB)" },
  dlgSubgroup: {
    sv: "Undergrupp (Hela registret = alla)",
    en: "Subgroup (The whole register = everyone)",
  },
  dlgSfi: { sv: "Sfi – avbrott", en: "Sfi – dropout" },
  dlgUnit: { sv: "Enhet", en: "Unit" },
  dlgWhole: { sv: "Hela registret", en: "The whole register" },
  dlgAllUnits: { sv: "Alla enheter (ett blad per enhet)", en: "All units (one sheet each)" },
  dlgPeriod: { sv: "Period", en: "Period" },
  dlgPeriodHint: {
    sv: "ÅÅÅÅ, ÅÅÅÅT1 (jan–apr), ÅÅÅÅT2 (jan–aug) eller ÅÅÅÅT3",
    en: "YYYY, YYYYT1 (Jan–Apr), YYYYT2 (Jan–Aug) or YYYYT3",
  },
  dlgCreate: { sv: "Skapa", en: "Create" },
  dlgReadAgain: { sv: "Läs registren", en: "Read the registers" },
  dlgUnknown: { sv: "okänd platshållare", en: "unknown placeholder" },
  dlgMalformed: { sv: "felskriven platshållare", en: "malformed placeholder" },
  dlgUpdateTitle: { sv: "Uppdatera ett skapat blad", en: "Update a generated sheet" },
  dlgUpdateSheet: { sv: "Skapat blad", en: "Generated sheet" },
  dlgUpdateHint: {
    sv: "Räknar om siffrorna i samma blad med dagens register. Text du skrivit i de gula fälten behålls.",
    en: "Recomputes the numbers in the same sheet from today's registers. Text you wrote in the yellow fields is kept.",
  },
  dlgUpdate: { sv: "Uppdatera", en: "Update" },
  dlgSaveOwn: { sv: "Spara som egen fil", en: "Save as own file" },
  dlgSaveOwnHint: {
    sv: "Öppnar bladet som en ny arbetsbok, med din text och utan register eller personuppgifter, att spara och skicka.",
    en: "Opens the sheet as a new workbook, with your text and without registers or personal data, to save and send.",
  },
  sheet: { sv: "Blad", en: "Sheet" },
  registerType: { sv: "Registertyp", en: "Register type" },
  detected: { sv: "{label} (identifierad)", en: "{label} (detected)" },
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
  errors: { sv: "Fel", en: "Errors" },
  warnings: { sv: "Varningar", en: "Warnings" },
  notes: { sv: "Noteringar", en: "Notes" },
  issuesByCheck: { sv: "Problem per kontroll", en: "Problems by check" },
  rowsList: { sv: "Rader: {rows}", en: "Rows: {rows}" },
  goToCell: { sv: "Gå till {address}", en: "Go to {address}" },
  row: { sv: "Rad", en: "Row" },
  highlight: { sv: "Markera i bladet", en: "Highlight in sheet" },
  clearHighlight: { sv: "Ta bort markering", en: "Remove highlight" },
  createReport: { sv: "Skapa rapportblad", en: "Create report sheet" },
  fix: { sv: "Åtgärda", en: "Fix" },
  fixPreview: { sv: "Förhandsgranskning av åtgärder", en: "Preview of fixes" },
  fixPnr: { sv: "Personnummer till ÅÅÅÅMMDD-NNNN", en: "Personnummer to YYYYMMDD-NNNN" },
  fixGender: { sv: "Könskoder till K/M", en: "Gender codes to K/M" },
  fixDates: { sv: "Textdatum till datum", en: "Text dates to dates" },
  fixTrim: { sv: "Mellanslag borttagna", en: "Spaces trimmed" },
  fixDuplicates: { sv: "Dubblerade rader borttagna", en: "Duplicate rows dropped" },
  fixApply: { sv: "Skapa rättad kopia", en: "Create fixed copy" },
  fixNote: {
    sv: "Originalbladet ändras inte; åtgärderna skrivs till ett nytt blad.",
    en: "The original sheet is not changed; the fixes go to a new sheet.",
  },
  createTable: { sv: "Skapa tabell", en: "Create table" },
  settingsTitle: { sv: "Inställningar för arbetsboken", en: "Workbook settings" },
  positiveReasons: {
    sv: "Positiva avslutsorsaker (arbete eller studier), en per rad",
    en: "Positive exit reasons (work or studies), one per line",
  },
  exitReasons: {
    sv: "Kodlista för avslutsorsaker, en per rad",
    en: "Code list of exit reasons, one per line",
  },
  suppression: { sv: "Gräns för röjandeskydd (antal)", en: "Suppression threshold (count)" },
  gapThreshold: {
    sv: "Skillnad att analysera (procentenheter)",
    en: "Gap worth analysing (percentage points)",
  },
  significance: { sv: "Signifikansnivå", en: "Significance level" },
  minGroup: { sv: "Minsta gruppstorlek", en: "Minimum group size" },
  minResponseRate: {
    sv: "Lägsta svarsfrekvens i enkäter (andel, t.ex. 0,5)",
    en: "Lowest survey response rate (a share, e.g. 0.5)",
  },
  youthMinAge: {
    sv: "Unga: lägsta ålder vid avslutet",
    en: "Young people: lowest age at the exit",
  },
  youthMaxAge: {
    sv: "Unga: högsta ålder vid avslutet",
    en: "Young people: highest age at the exit",
  },
  youthBandOrder: {
    sv: "Lägsta åldern får inte vara högre än den högsta",
    en: "The lowest age must not be above the highest",
  },
  newArrivalYears: {
    sv: "Nyanlända: högst antal år sedan folkbokföringen",
    en: "Newly arrived: at most this many years since registration",
  },
  sfiAgeBands: {
    sv: "Sfi: åldersgrupper börjar vid (t.ex. 25, 40)",
    en: "Sfi: age bands start at (e.g. 25, 40)",
  },
  invalidAgeBands: {
    sv: "Skriv stigande hela åldrar 1–120 med komma emellan",
    en: "Write ascending whole ages 1–120 separated by commas",
  },
  language: { sv: "Språk", en: "Language" },
  languageAuto: { sv: "Som Office", en: "As Office" },
  save: { sv: "Spara", en: "Save" },
  reset: { sv: "Återställ standard", en: "Restore defaults" },
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
  severityError: { sv: "Fel", en: "Error" },
  severityWarning: { sv: "Varning", en: "Warning" },
  severityInfo: { sv: "Notering", en: "Note" },
} as const;

export type StringKey = keyof typeof STRINGS;

/** A label or a message of the pane in a language, `{name}` placeholders filled (and masked) from params. */
export function t(
  language: Language,
  key: StringKey | MessageKey,
  params: MessageParams = {}
): string {
  if (key in STRINGS) return fillTemplate(STRINGS[key as StringKey][language], params, language);
  return formatMessage(key as MessageKey, params, language);
}

/** The label of a severity in a language. */
export function severityLabel(language: Language, severity: "error" | "warning" | "info"): string {
  return t(
    language,
    severity === "error"
      ? "severityError"
      : severity === "warning"
        ? "severityWarning"
        : "severityInfo"
  );
}

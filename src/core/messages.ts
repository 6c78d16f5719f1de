/**
 * Every message a person reads — Excel error messages, validation issues, report refusals, CLI lines
 * and the pane's messages — in Swedish and English: one table of keys with frictionless-style
 * templates (`{row}`, `{column}`, `{value}` …). Texts said in several places (a personnummer's faults,
 * what a date looks like) are written once below and placed into each template that says them.
 * `fillTemplate` is the one place a template gets its parameters, and every parameter passes the
 * personnummer mask there. The pane's labels (button texts, headings) are in taskpane/strings.ts.
 */
import { maskPersonalNumbers } from "./pnr";

export type Language = "sv" | "en";

/** A text in both languages. */
export interface Text {
  sv: string;
  en: string;
}

/** A template's parameters; a Text parameter is taken in the message's language. */
export type MessageParams = Record<string, string | number | Text>;

// ---- texts said in more than one message --------------------------------------------------------

const NOT_DATE = {
  sv: "{value} är inget datum (ÅÅÅÅ-MM-DD eller Excel-datum).",
  en: "{value} is not a date (YYYY-MM-DD or an Excel date).",
};
const NOT_MONTH = {
  sv: "{value} är ingen månad (ÅÅÅÅ-MM eller ett datum).",
  en: "{value} is not a month (YYYY-MM or a date).",
};
const NOT_NUMBER = { sv: "{value} är inget tal.", en: "{value} is not a number." };
const PNR_FORMAT = {
  sv: "{value} är inget personnummer (10 eller 12 siffror).",
  en: "{value} is not a personnummer (10 or 12 digits).",
};
const PNR_CHECKSUM = {
  sv: "{value} har fel kontrollsiffra.",
  en: "{value} has a wrong check digit.",
};
const PNR_DATE = {
  sv: "{value} innehåller ett datum som inte finns.",
  en: "{value} contains a date that does not exist.",
};

/** Where a message is: a row of an argument, an argument, a cell of a sheet, a row of a sheet. */
const inArgumentRow = (t: Text): Text => ({
  sv: `Rad {row} i {arg}: ${t.sv}`,
  en: `Row {row} of {arg}: ${t.en}`,
});
const inArgument = (t: Text): Text => ({ sv: `{arg}: ${t.sv}`, en: `{arg}: ${t.en}` });
const inCell = (t: Text): Text => ({
  sv: `Rad {row}, kolumn "{column}": ${t.sv}`,
  en: `Row {row}, column "{column}": ${t.en}`,
});
const inRow = (t: Text): Text => ({ sv: `Rad {row}: ${t.sv}`, en: `Row {row}: ${t.en}` });

const MESSAGES = {
  // ---- the custom functions and the indicators (AmfError keys) --------------------------------
  shapeMismatch: {
    sv: "Områdena har olika antal rader: {a} har {na}, {b} har {nb}.",
    en: "The ranges have different row counts: {a} has {na}, {b} has {nb}.",
  },
  notSingleColumn: {
    sv: "{arg} måste vara en kolumn (en cell bred).",
    en: "{arg} must be a single column.",
  },
  invalidDate: inArgumentRow(NOT_DATE),
  invalidMonth: inArgumentRow(NOT_MONTH),
  invalidNumber: inArgumentRow(NOT_NUMBER),
  invalidGender: inArgumentRow({
    sv: "{value} är ingen könskod (K eller M).",
    en: "{value} is not a gender code (K or M).",
  }),
  invalidGenderArgument: inArgument({
    sv: "{value} är ingen könskod (K, M eller tomt för alla).",
    en: "{value} is not a gender code (K, M or blank for all).",
  }),
  invalidOption: inArgument({
    sv: "{value} är inget giltigt val ({allowed}).",
    en: "{value} is not a valid choice ({allowed}).",
  }),
  outOfRange: {
    sv: "{arg} måste ligga mellan {min} och {max}.",
    en: "{arg} must lie between {min} and {max}.",
  },
  noObservations: { sv: "Inga observationer i urvalet.", en: "No observations in scope." },
  noSupportCoverage: {
    sv: "Registret över försörjningsstöd är tomt: inget avslut kan mätas.",
    en: "The income-support register is empty: no exit can be measured.",
  },
  pnrFormat: PNR_FORMAT,
  pnrChecksum: PNR_CHECKSUM,
  pnrDate: PNR_DATE,
  bornAfterDate: {
    sv: "{value} är född efter datumet: ingen ålder.",
    en: "{value} was born after the date: no age.",
  },
  costNotPositive: inRow({
    sv: "kostnaden måste vara större än 0.",
    en: "the cost must be greater than 0.",
  }),
  referenceZero: {
    sv: "Referensen har inga positiva utfall eller ingen kostnad.",
    en: "The reference has no positive outcomes or no cost.",
  },
  noEffect: {
    sv: "Effekten per deltagare är 0: ingen brytpunkt finns.",
    en: "The effect per participant is 0: there is no break-even point.",
  },
  filterNeedsColumn: {
    sv: "{arg} kräver att även {needs} anges.",
    en: "{arg} needs {needs} as well.",
  },
  dateOrder: inRow({
    sv: "slutdatum {end} ligger före startdatum {start}.",
    en: "the end date {end} is before the start date {start}.",
  }),
  unexpected: {
    sv: "Ett oväntat fel inträffade i beräkningen.",
    en: "An unexpected error occurred in the calculation.",
  },
  notSingleCell: { sv: "{arg} måste vara en enda cell.", en: "{arg} must be a single cell." },
  invalidDateArgument: inArgument(NOT_DATE),
  invalidNumberArgument: inArgument(NOT_NUMBER),
  headerYear: { sv: "År", en: "Year" },
  headerEffect: { sv: "Effekt (nuvärde)", en: "Effect (present value)" },
  headerCumulativeEffect: { sv: "Kumulativ effekt", en: "Cumulative effect" },
  headerCumulativeNet: { sv: "Kumulativt nettovärde", en: "Cumulative net value" },
  // Issue #15 (sfi dropout): DROPOUTRISK's course statuses.
  invalidStatus: {
    sv: "Rad {row} i {arg}: {value} är ingen status (Slutförd, Avbruten eller Pågående).",
    en: "Row {row} of {arg}: {value} is not a status (Slutförd, Avbruten or Pågående).",
  },
  endDateMissing: {
    sv: "Rad {row} i {arg}: slutdatum saknas för en kurs som är slutförd eller avbruten.",
    en: "Row {row} of {arg}: the end date is missing for a completed or dropped-out course.",
  },
  // Issue #10 (statistics): GENDERGAP's minimal detectable difference.
  noVariation: {
    sv: "Alla eller ingen uppfyllde villkoret: ingen minsta påvisbara skillnad kan anges.",
    en: "Everyone or no one met the criterion: no minimal detectable difference can be given.",
  },
  // Issue #14 (surveys and progression): SURVEYMEAN's answers, PROGRESSION's measurements.
  invalidAnswer: {
    sv: 'Rad {row} i {arg}: {value} är inget svar på skalan 1–{max} (tomt, 0 eller "Vet ej" = inget svar).',
    en: 'Row {row} of {arg}: {value} is not an answer on the scale 1–{max} (blank, 0 or "Vet ej" = no answer).',
  },
  invalidOccasion: {
    sv: "Rad {row} i {arg}: {value} är inget mättillfälle (Före, Efter eller ett datum).",
    en: "Row {row} of {arg}: {value} is not an occasion (Före, Efter or a date).",
  },
  duplicateOccasion: {
    sv: "Rad {row} i {arg}: personen har redan en skattning vid {value}.",
    en: "Row {row} of {arg}: the person already has a rating at {value}.",
  },
  singleObservation: {
    sv: "Bara en observation: ingen spridning och inget intervall kan skattas.",
    en: "Only one observation: no spread and no interval can be estimated.",
  },
  missingId: {
    sv: "Rad {row} i {arg}: skattningen saknar person-ID.",
    en: "Row {row} of {arg}: the rating has no person ID.",
  },

  // ---- the registry checks (values come quoted and masked, headers masked) ---------------------
  tableEmpty: {
    sv: 'Bladet "{sheet}" har inga datarader under rubrikraden.',
    en: 'Sheet "{sheet}" has no data rows below the header row.',
  },
  columnMissing: inRow({
    sv: 'den obligatoriska kolumnen "{column}" saknas.',
    en: 'the required column "{column}" is missing.',
  }),
  columnDuplicate: inCell({
    sv: 'avser samma uppgift ({field}) som kolumnen "{first}", som används.',
    en: 'names the same field ({field}) as column "{first}", which is the one used.',
  }),
  columnSensitive: inCell({
    sv: "känsliga personuppgifter (GDPR art. 9) hör inte hemma i uppföljningen. Ta bort kolumnen.",
    en: "special-category personal data (GDPR art. 9) must not be in the follow-up. Remove the column.",
  }),
  columnIdentifying: inCell({
    sv: "direkta identifierare behövs inte för uppföljningen (uppgiftsminimering). Ta bort kolumnen.",
    en: "direct identifiers are not needed for follow-up (data minimisation). Remove the column.",
  }),
  cellRequired: inCell({ sv: "cellen är tom.", en: "the cell is blank." }),
  cellPnrFormat: inCell(PNR_FORMAT),
  cellPnrChecksum: inCell(PNR_CHECKSUM),
  cellPnrDate: inCell(PNR_DATE),
  cellPnrCoordination: inCell({
    sv: "{value} är ett samordningsnummer.",
    en: "{value} is a coordination number (samordningsnummer).",
  }),
  cellPnrMisplaced: inCell({
    sv: "{value} innehåller ett personnummer; det hör hemma i ID-kolumnen, inte här (det skulle synas i rapporterna).",
    en: "{value} holds a personnummer; it belongs in the ID column, not here (it would show in the reports).",
  }),
  cellNotDate: inCell(NOT_DATE),
  cellNotMonth: inCell(NOT_MONTH),
  cellNotPeriod: inCell({
    sv: "{value} är ingen period (ÅÅÅÅ, ÅÅÅÅT1–T3, ÅÅÅÅ-MM eller ett datum).",
    en: "{value} is not a period (YYYY, YYYYT1–T3, YYYY-MM or a date).",
  }),
  cellNotOccasion: inCell({
    sv: "{value} är inget mättillfälle (Före, Efter eller ett datum).",
    en: "{value} is not an occasion (Före, Efter or a date).",
  }),
  cellAnswerScale: inCell({
    sv: '{value} är inget svar på skalan 1–{max} (tomt, 0 eller "Vet ej" = inget svar).',
    en: '{value} is not an answer on the scale 1–{max} (blank, 0 or "Vet ej" = no answer).',
  }),
  cellTotalMismatch: inCell({
    sv: "{what}: summan är {total} vid tidpunkt {at} men {first} vid {firstAt}; samma personer bör räknas vid varje tidpunkt (saknas celler, eller blandas årgångar?).",
    en: "{what}: the total is {total} at time point {at} but {first} at {firstAt}; the same persons should be counted at each time point (cells missing, or cohorts mixed?).",
  }),
  cellDateFuture: inCell({
    sv: "{value} ligger efter dagens datum ({today}).",
    en: "{value} is after today ({today}).",
  }),
  cellDateOrder: inCell({
    sv: '{value} ligger före "{startColumn}" ({start}).',
    en: '{value} is before "{startColumn}" ({start}).',
  }),
  cellCodeUnknown: inCell({
    sv: "{value} finns inte i kodlistan.",
    en: "{value} is not in the code list.",
  }),
  cellCodeUnknownSuggestion: inCell({
    sv: '{value} finns inte i kodlistan. Menade du "{suggestion}"?',
    en: '{value} is not in the code list. Did you mean "{suggestion}"?',
  }),
  cellNotNumber: inCell(NOT_NUMBER),
  cellNotPositive: inCell({
    sv: "{value} måste vara större än 0.",
    en: "{value} must be greater than 0.",
  }),
  cellNegative: inCell({
    sv: "{value} får inte vara negativt.",
    en: "{value} must not be negative.",
  }),
  cellGenderInvalid: inCell({
    sv: "{value} är ingen könskod (K, Kvinna, M, Man …).",
    en: "{value} is not a gender code (K, Kvinna, M, Man …).",
  }),
  cellGenderMismatch: inCell({
    sv: "{value} skiljer sig från personnumrets könssiffra ({fromPnr}).",
    en: "{value} differs from the personnummer's gender digit ({fromPnr}).",
  }),
  rowDuplicate: inRow({ sv: "identisk med rad {earlier}.", en: "identical to row {earlier}." }),
  cellKeyDuplicate: inCell({
    sv: "samma {key} som rad {earlier}.",
    en: "the same {key} as row {earlier}.",
  }),
  cellConditional: inCell({
    sv: 'måste fyllas i när "{when}" är {whenValue}.',
    en: 'must be filled in when "{when}" is {whenValue}.',
  }),

  // ---- the checks' labels (catalogue order is in registry/checks/catalogue.ts) -----------------
  "label/table/empty": { sv: "Tabellen saknar rader", en: "The table has no rows" },
  "label/column/missing": { sv: "Kolumn saknas", en: "Missing column" },
  "label/column/duplicate": { sv: "Dubblerad kolumn", en: "Duplicate column" },
  "label/column/sensitive": {
    sv: "Känsliga personuppgifter",
    en: "Special-category personal data",
  },
  "label/column/identifying": {
    sv: "Onödiga identifierande uppgifter",
    en: "Unneeded identifying data",
  },
  "label/cell/required": { sv: "Obligatorisk cell är tom", en: "Required cell is blank" },
  "label/cell/uncalculated": {
    sv: "Formel utan beräknat värde",
    en: "Formula without a calculated value",
  },
  "label/pnr/format": { sv: "Inget personnummer", en: "Not a personnummer" },
  "label/pnr/checksum": { sv: "Fel kontrollsiffra", en: "Wrong check digit" },
  "label/pnr/date": { sv: "Omöjligt datum i personnummer", en: "Impossible date in personnummer" },
  "label/pnr/coordination": { sv: "Samordningsnummer", en: "Coordination number" },
  "label/pnr/misplaced": {
    sv: "Personnummer i fel kolumn",
    en: "Personnummer outside the ID column",
  },
  "label/date/invalid": { sv: "Inget datum", en: "Not a date" },
  "label/date/future": { sv: "Datum i framtiden", en: "Date in the future" },
  "label/date/order": { sv: "Slut före start", en: "End before start" },
  "label/code/unknown": { sv: "Okänd kod", en: "Unknown code" },
  "label/number/invalid": { sv: "Inget tal", en: "Not a number" },
  "label/number/negative": { sv: "Negativt tal", en: "Negative number" },
  "label/gender/invalid": { sv: "Ogiltig könskod", en: "Invalid gender code" },
  "label/gender/mismatch": {
    sv: "Kön skiljer sig från personnumret",
    en: "Gender differs from the personnummer",
  },
  "label/row/duplicate": { sv: "Dubblerad rad", en: "Duplicate row" },
  "label/key/duplicate": { sv: "Dubblerad nyckel", en: "Duplicate key" },
  "label/row/conditional": { sv: "Villkorad uppgift saknas", en: "Conditional value missing" },
  "label/total/mismatch": {
    sv: "Olika summor vid olika tidpunkter",
    en: "Totals differ between time points",
  },
  "label/answer/scale": { sv: "Svar utanför skalan", en: "Answer off the scale" },

  // ---- the result dialogue's refusals (DialogueError keys) -------------------------------------
  periodInvalid: {
    sv: 'Ogiltig period "{text}": använd ÅÅÅÅ, ÅÅÅÅT1, ÅÅÅÅT2 eller ÅÅÅÅT3.',
    en: 'Invalid period "{text}": use YYYY, YYYYT1, YYYYT2 or YYYYT3.',
  },
  subgroupUnknown: {
    sv: 'Undergruppen "{subgroup}" finns inte (eller finns i flera kolumner) i uttaget (finns: {known}).',
    en: 'Subgroup "{subgroup}" is not in the extract, or in several columns (present: {known}).',
  },
  unitUnknown: {
    sv: 'Enheten "{unit}" finns inte i registret (finns: {known}).',
    en: 'Unit "{unit}" is not in the register (present: {known}).',
  },
  registerMissing: {
    sv: "Arbetsboken har inget blad {table}, som mallen behöver.",
    en: "The workbook has no {table} sheet, which the template needs.",
  },
  unitHasPnr: {
    sv: '{kind} "{unit}" innehåller ett personnummer och kan inte ge namn åt ett blad: rätta registret först (validate visar pnr/misplaced).',
    en: '{kind} "{unit}" holds a personnummer and cannot name a sheet: correct the register first (validate reports pnr/misplaced).',
  },
  unitKindUnit: { sv: "Enheten", en: "Unit" },
  unitKindSchool: { sv: "Skolan", en: "School" },
  sheetHasPnr: {
    sv: 'Bladet "{sheet}" har ett personnummer i namnet och kan inte stå i rapporten: byt namn på bladet först.',
    en: 'Sheet "{sheet}" has a personnummer in its name and cannot appear in the report: rename the sheet first.',
  },
  templateHasPnr: {
    sv: 'Mallbladet "{sheet}" har ett personnummer i namnet och kan inte ge namn åt ett blad: byt namn på bladet först.',
    en: 'Template sheet "{sheet}" has a personnummer in its name and cannot name a sheet: rename the sheet first.',
  },

  // ---- the task pane's messages (its labels are in taskpane/strings.ts) -------------------------
  dlgBadPeriod: {
    sv: "Ange perioden som ÅÅÅÅ, ÅÅÅÅT1, ÅÅÅÅT2 eller ÅÅÅÅT3.",
    en: "Give the period as YYYY, YYYYT1, YYYYT2 or YYYYT3.",
  },
  dlgReading: { sv: "Läser registren …", en: "Reading the registers …" },
  dlgReadingSheet: {
    sv: "Läser {sheet} ({index} av {count}): rad {done} av {total}",
    en: "Reading {sheet} ({index} of {count}): row {done} of {total}",
  },
  dlgCancelled: {
    sv: "Inläsningen av registren avbröts.",
    en: "Reading the registers was cancelled.",
  },
  dlgWorking: { sv: "Arbetar …", en: "Working …" },
  dlgCreated: { sv: "Skapade: {names}", en: "Created: {names}" },
  dlgBanner: {
    sv: "Källbladen har olösta valideringsfel: {sheets}",
    en: "The source sheets have unresolved validation errors: {sheets}",
  },
  dlgNoRegister: {
    sv: "Arbetsboken har inget registerblad som mallen behöver.",
    en: "The workbook has no register sheet the template needs.",
  },
  dlgProblems: {
    sv: "Mallen har {count} fel i platshållarna; inget skrevs:",
    en: "The template has {count} placeholder problems; nothing was written:",
  },
  dlgSavedOwn: {
    sv: "Bladet {sheet} är öppnat som en ny arbetsbok: spara den och skicka den.",
    en: "The sheet {sheet} is open as a new workbook: save it and send it.",
  },
  dlgNoGenerated: { sv: "Inga skapade blad ännu.", en: "No generated sheets yet." },
  dlgUpdated: {
    sv: "Bladet {sheet} är uppdaterat; din text är kvar.",
    en: "The sheet {sheet} is updated; your text is kept.",
  },
  dlgOrphaned: {
    sv: "Text för {keys} har ingen plats längre och står nu längst ned i bladet.",
    en: "Text for {keys} has no place any more and is now at the bottom of the sheet.",
  },
  notDetected: {
    sv: "Ingen registertyp känns igen – välj en.",
    en: "No register type recognised – choose one.",
  },
  reading: { sv: "Läser rad {done} av {total}", en: "Reading row {done} of {total}" },
  checking: { sv: "Kontrollerar…", en: "Checking…" },
  cancelled: { sv: "Valideringen avbröts.", en: "Validation cancelled." },
  result: { sv: "Resultat för {sheet}: {rows} rader", en: "Result for {sheet}: {rows} rows" },
  noIssues: { sv: "Inga problem hittades.", en: "No problems found." },
  moreIssues: { sv: "… och {count} till", en: "… and {count} more" },
  highlighted: {
    sv: "{count} celler markerade i {sheet}.",
    en: "{count} cells highlighted in {sheet}.",
  },
  cleared: {
    sv: "Markeringen togs bort från {count} celler.",
    en: "Highlight removed from {count} cells.",
  },
  reportCreated: {
    sv: "Rapporten finns i bladet {sheet}.",
    en: "The report is in the sheet {sheet}.",
  },
  fixNothing: {
    sv: "Det finns inget att åtgärda automatiskt.",
    en: "There is nothing to fix automatically.",
  },
  fixed: {
    sv: "Den rättade kopian finns i bladet {sheet}.",
    en: "The fixed copy is in the sheet {sheet}.",
  },
  tableCreated: { sv: "Tabellen {name} skapades.", en: "The table {name} was created." },
  tableRenamed: {
    sv: "Namnet {wanted} var upptaget; tabellen heter {name}. Funktioner och mallar söker {wanted}.",
    en: "The name {wanted} was taken; the table is called {name}. Functions and templates look for {wanted}.",
  },
  tableExists: {
    sv: "Bladet har redan tabellen {name}.",
    en: "The sheet already has the table {name}.",
  },
  failed: { sv: "Det gick inte: {reason}", en: "That did not work: {reason}" },
  emptySheet: { sv: "Bladet är tomt.", en: "The sheet is empty." },
  saved: {
    sv: "Inställningarna sparades i arbetsboken.",
    en: "The settings were saved in the workbook.",
  },
  invalidSetting: { sv: "Kontrollera värdet: {field}", en: "Check the value: {field}" },
  reportCapped: {
    sv: "Listan visar högst {cap} problem per kontroll; antalen ovan är exakta.",
    en: "The list shows at most {cap} problems per check; the counts above are exact.",
  },

  // ---- the command line -----------------------------------------------------------------------
  cliInternalError: { sv: "internt fel: {detail}", en: "internal error: {detail}" },
  cliBadLanguage: { sv: "--lang måste vara sv eller en", en: "--lang must be sv or en" },
  cliUnknownCommand: {
    sv: 'okänt kommando "{name}"; kommandon: {commands}',
    en: 'unknown command "{name}"; commands: {commands}',
  },
  cliUnexpectedArgument: { sv: 'oväntat argument "{value}"', en: 'unexpected argument "{value}"' },
  cliBadToday: {
    sv: '--today måste vara ett datum ÅÅÅÅ-MM-DD, inte "{value}"',
    en: '--today must be a date YYYY-MM-DD, not "{value}"',
  },
  cliBadType: {
    sv: '--type måste vara {allowed}, inte "{value}"',
    en: '--type must be {allowed}, not "{value}"',
  },
  cliTypeNotRecognised: {
    sv: 'bladet "{sheet}": registertypen känns inte igen på rubrikerna; ange --type',
    en: 'sheet "{sheet}": the register type is not recognised from the headers; give --type',
  },
  cliDemoWritten: {
    sv: "Skrev {path} (syntetiska data, frö {seed}): {counts} rader.",
    en: "Wrote {path} (synthetic data, seed {seed}): {counts} rows.",
  },
  cliDemoTry: {
    sv: 'Prova: resultatdialog validate {path} --sheet "Avslut (import)"',
    en: 'Try: resultatdialog validate {path} --sheet "Avslut (import)"',
  },
  cliFixNote: {
    sv: 'Rättningar av bladet "{sheet}" i bladet "{written}"; inga värden listas.',
    en: 'Fixes of the sheet "{sheet}" in the sheet "{written}"; no values are listed.',
  },
  cliFixWritten: {
    sv: 'Skrev {path} med bladen "{written}" ({rows} rader) och "Ändringar". Originalet är oförändrat.',
    en: 'Wrote {path} with the sheets "{written}" ({rows} rows) and "Ändringar". The original is unchanged.',
  },
  cliValidateHeading: {
    sv: "Blad: {sheet} · typ: {type} ({label}) · {rows} rader",
    en: "Sheet: {sheet} · type: {type} ({label}) · {rows} rows",
  },
  cliValidateCounts: {
    sv: "Fel: {error} · Varningar: {warning} · Info: {info}",
    en: "Errors: {error} · Warnings: {warning} · Info: {info}",
  },
  cliValidateFirst: {
    sv: "Första {shown} av {total} (rad · kolumn · cell · kod):",
    en: "First {shown} of {total} (row · column · cell · code):",
  },
  cliByCheck: { sv: "Per kontroll:", en: "By check:" },
  cliUseJson: { sv: "Använd --json för hela listan.", en: "Use --json for the full list." },
  cliValidateIssue: {
    sv: "rad {row} · {column} · {address} · {code}: {message}",
    en: "row {row} · {column} · {address} · {code}: {message}",
  },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/**
 * Every argument of the AMF functions, by its English parameter name (the name Excel shows and the
 * functions' messages use), with the words a manager reads when the same failure reaches a report's
 * footnote: the register's own terms, not a parameter name.
 */
const ARGUMENTS = {
  exit_reasons: { sv: "avslutsorsak", en: "exit reason" },
  genders: { sv: "kön", en: "gender" },
  gender: { sv: "valt kön", en: "chosen gender" },
  exit_dates: { sv: "avslutsdatum", en: "exit date" },
  period_end: { sv: "periodens slut", en: "end of period" },
  months: { sv: "antal månader", en: "number of months" },
  output: { sv: "utdata", en: "output" },
  exit_ids: { sv: "personnummer för avslut", en: "personnummer of the exits" },
  support_ids: { sv: "personnummer med försörjningsstöd", en: "personnummer with income support" },
  support_months: { sv: "månad med försörjningsstöd", en: "month with income support" },
  positive_outcomes: { sv: "positiva utfall", en: "positive outcomes" },
  staff_costs: { sv: "personalkostnad", en: "staff cost" },
  reference_outcomes: { sv: "referensens utfall", en: "reference outcomes" },
  reference_costs: { sv: "referensens kostnad", en: "reference cost" },
  participants: { sv: "deltagare", en: "participants" },
  annual_effect: { sv: "årlig effekt", en: "annual effect" },
  intervention_cost: { sv: "insatskostnad", en: "intervention cost" },
  years: { sv: "antal år", en: "number of years" },
  discount_rate: { sv: "diskonteringsränta", en: "discount rate" },
  deadweight: { sv: "dödvikt", en: "deadweight" },
  decay: { sv: "avtagande effekt", en: "decay" },
  values: { sv: "värden", en: "values" },
  positive_values: { sv: "positiva värden", en: "positive values" },
  start_dates: { sv: "startdatum", en: "start date" },
  end_dates: { sv: "slutdatum", en: "end date" },
  statistic: { sv: "mått", en: "statistic" },
  id: { sv: "personnummer", en: "personnummer" },
  answers: { sv: "svar", en: "answers" },
  scale_max: { sv: "skalans högsta värde", en: "top of the scale" },
  ids: { sv: "person-ID", en: "person ID" },
  occasions: { sv: "mättillfälle", en: "occasion" },
  scores: { sv: "skattning", en: "rating" },
  statuses: { sv: "status", en: "status" },
  days: { sv: "antal dagar", en: "number of days" },
  as_of: { sv: "uppföljningsdatum", en: "follow-up date" },
  date: { sv: "datum", en: "date" },
} as const;

/** The English parameter name of an AMF function argument. */
export type ArgumentName = keyof typeof ARGUMENTS;

/** Parameters that hold an argument's name (see ARGUMENTS): in the manager's words in a report. */
const ARGUMENT_PARAMS = ["arg", "a", "b", "needs"];

/** How an argument is named: as the function's parameter (Excel), or in the manager's words (reports). */
export type ArgumentWording = "parameter" | "words";

/**
 * A template with its `{name}` placeholders filled from params. The one choke point of every text a
 * person reads: each parameter passes the personnummer mask, since values, names, sheet names and
 * counts may all come from cells.
 */
export function fillTemplate(template: string, params: MessageParams, language: Language): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in params)) return whole;
    const value = params[name];
    return maskPersonalNumbers(typeof value === "object" ? value[language] : String(value));
  });
}

/**
 * The message for a key in a language. With `wording` "words" an argument's name becomes the
 * manager's term (a report's footnote says "avslutsdatum", not `exit_dates`).
 */
export function formatMessage(
  key: MessageKey,
  params: MessageParams = {},
  language: Language = "en",
  wording: ArgumentWording = "parameter"
): string {
  let filled = params;
  if (wording === "words") {
    filled = { ...params };
    for (const name of ARGUMENT_PARAMS) {
      const arg = params[name];
      if (typeof arg === "string" && arg in ARGUMENTS)
        filled[name] = ARGUMENTS[arg as ArgumentName];
    }
  }
  return fillTemplate(MESSAGES[key][language], filled, language);
}

/** The message in both languages (validation issues and report refusals carry both). */
export function bilingual(key: MessageKey, params: MessageParams = {}): Text {
  return { sv: formatMessage(key, params, "sv"), en: formatMessage(key, params, "en") };
}

/**
 * The one language choice of the add-in (functions and pane alike): the workbook's language setting
 * ("sv", "en"), or on "auto" Office's display language.
 */
export function chooseLanguage(
  setting: string,
  displayLanguage: string | null | undefined
): Language {
  return setting === "sv" || setting === "en" ? setting : languageOf(displayLanguage);
}

/** Swedish for any Office locale of Swedish (sv, sv-SE, sv-FI), English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^sv\b/i.test(locale) ? "sv" : "en";
}

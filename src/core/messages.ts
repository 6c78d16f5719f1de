/** User-facing message texts in Swedish and English: one table for the whole core. */
import { maskPersonalNumbers } from "./pnr";

export type Language = "sv" | "en";

const MESSAGES = {
  shapeMismatch: {
    sv: "Områdena har olika antal rader: {a} har {na}, {b} har {nb}.",
    en: "The ranges have different row counts: {a} has {na}, {b} has {nb}.",
  },
  notSingleColumn: {
    sv: "{arg} måste vara en kolumn (en cell bred).",
    en: "{arg} must be a single column.",
  },
  invalidDate: {
    sv: "Rad {row} i {arg}: {value} är inget datum (ÅÅÅÅ-MM-DD eller Excel-datum).",
    en: "Row {row} of {arg}: {value} is not a date (YYYY-MM-DD or an Excel date).",
  },
  invalidMonth: {
    sv: "Rad {row} i {arg}: {value} är ingen månad (ÅÅÅÅ-MM eller ett datum).",
    en: "Row {row} of {arg}: {value} is not a month (YYYY-MM or a date).",
  },
  invalidNumber: {
    sv: "Rad {row} i {arg}: {value} är inget tal.",
    en: "Row {row} of {arg}: {value} is not a number.",
  },
  invalidGender: {
    sv: "Rad {row} i {arg}: {value} är ingen könskod (K eller M).",
    en: "Row {row} of {arg}: {value} is not a gender code (K or M).",
  },
  invalidGenderArgument: {
    sv: "{arg}: {value} är ingen könskod (K, M eller tomt för alla).",
    en: "{arg}: {value} is not a gender code (K, M or blank for all).",
  },
  invalidOption: {
    sv: "{arg}: {value} är inget giltigt val ({allowed}).",
    en: "{arg}: {value} is not a valid choice ({allowed}).",
  },
  outOfRange: {
    sv: "{arg} måste ligga mellan {min} och {max}.",
    en: "{arg} must lie between {min} and {max}.",
  },
  noObservations: {
    sv: "Inga observationer i urvalet.",
    en: "No observations in scope.",
  },
  noSupportCoverage: {
    sv: "Registret över försörjningsstöd är tomt: inget avslut kan mätas.",
    en: "The income-support register is empty: no exit can be measured.",
  },
  pnrFormat: {
    sv: "{value} är inget personnummer (10 eller 12 siffror).",
    en: "{value} is not a personnummer (10 or 12 digits).",
  },
  pnrChecksum: {
    sv: "{value} har fel kontrollsiffra.",
    en: "{value} has a wrong check digit.",
  },
  pnrDate: {
    sv: "{value} innehåller ett datum som inte finns.",
    en: "{value} contains a date that does not exist.",
  },
  costNotPositive: {
    sv: "Rad {row}: kostnaden måste vara större än 0.",
    en: "Row {row}: the cost must be greater than 0.",
  },
  referenceZero: {
    sv: "Referensen har inga positiva utfall eller ingen kostnad.",
    en: "The reference has no positive outcomes or no cost.",
  },
  noEffect: {
    sv: "Effekten per deltagare är 0: ingen brytpunkt finns.",
    en: "The effect per participant is 0: there is no break-even point.",
  },
  filterNeedsColumn: {
    sv: "{arg} kräver att även {column} anges.",
    en: "{arg} needs {column} as well.",
  },
  dateOrder: {
    sv: "Rad {row}: slutdatum {end} ligger före startdatum {start}.",
    en: "Row {row}: the end date {end} is before the start date {start}.",
  },
  unexpected: {
    sv: "Ett oväntat fel inträffade i beräkningen.",
    en: "An unexpected error occurred in the calculation.",
  },
  notSingleCell: {
    sv: "{arg} måste vara en enda cell.",
    en: "{arg} must be a single cell.",
  },
  invalidDateArgument: {
    sv: "{arg}: {value} är inget datum (ÅÅÅÅ-MM-DD eller Excel-datum).",
    en: "{arg}: {value} is not a date (YYYY-MM-DD or an Excel date).",
  },
  invalidNumberArgument: {
    sv: "{arg}: {value} är inget tal.",
    en: "{arg}: {value} is not a number.",
  },
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
} as const;

export type MessageKey = keyof typeof MESSAGES;

/**
 * The message for a key in a language, with `{name}` placeholders filled from params. Every
 * parameter passes the personnummer mask: values, argument names and counts may all come from cells,
 * and this is the one place every AmfError's text is made.
 */
export function formatMessage(
  key: MessageKey,
  params: Record<string, string | number> = {},
  language: Language = "en"
): string {
  const template: string = MESSAGES[key][language];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? maskPersonalNumbers(String(params[name])) : whole
  );
}

/** Swedish for any Office locale of Swedish (sv, sv-SE, sv-FI), English otherwise. */
export function languageOf(locale: string | null | undefined): Language {
  return typeof locale === "string" && /^sv\b/i.test(locale) ? "sv" : "en";
}

/**
 * Declarative schemas of the four registry types of SPEC §5, header matching with synonyms,
 * type detection and column mapping. Checks read these schemas; they hold no rules of their own.
 */
import { type CellValue, normalizeCode } from "../cells";
import type { CodeListName } from "./codeLists";
import type { RegisterType } from "./types";

import { normalizeHeader } from "./headers";

export { classifyHeader, normalizeHeader, type HeaderClass } from "./headers";

export type FieldType =
  | "pnr"
  | "gender"
  | "date"
  | "month"
  | "period"
  | "code"
  | "text"
  | "number"
  | "answer"
  | "occasion";

export interface FieldSchema {
  /** Stable English key, used by `ValidationOptions.mapping` and the task pane. */
  key: string;
  /** The standard header, as the templates and the fixed copy write it. */
  header: string;
  synonyms: readonly string[];
  type: FieldType;
  required: boolean;
  codeList?: CodeListName;
  /** Numbers: "positive" (> 0) or "nonNegative" (≥ 0); anything below is number/negative. */
  sign?: "positive" | "nonNegative";
  /** Unit of a number, for messages (e.g. "SEK"). */
  unit?: string;
  /** Answers: the top of the scale (1..scaleMax; blank, 0 and "Vet ej" are no answer). */
  scaleMax?: number;
  /** Dates: a date after today is allowed when the row's `field` holds one of `values` (planned end). */
  futureAllowedWhen?: { field: string; values: readonly string[] };
  /** Numbers: marks that say the value is hidden by the deliverer (SCB's ".."), read as unknown, not 0. */
  hiddenMarks?: readonly string[];
  /**
   * Codes: a value that is no code may be a country name instead (Bakgrund or Födelseland); only a near
   * miss of a code is code/unknown (`readBackground` in countries.ts decides).
   */
  orCountry?: boolean;
}

/** `field` must be filled when the row's `when.field` holds one of `when.values` (row/conditional). */
export interface ConditionalRule {
  field: string;
  when: { field: string; values: readonly string[] };
}

export interface RegisterSchema {
  type: RegisterType;
  /** Standard Excel table name the functions and templates refer to. */
  table: string;
  label: { sv: string; en: string };
  fields: readonly FieldSchema[];
  /** Fields that together must be unique (key/duplicate); a pnr field compares normalised. */
  key: readonly string[];
  conditionals: readonly ConditionalRule[];
  /** `end` must not be before `start` (date/order). */
  dateOrder: readonly { start: string; end: string }[];
  /** Identical rows are real data (anonymous survey answers): no row/duplicate, and fix keeps them. */
  rowsMayRepeat?: boolean;
  /**
   * total/mismatch: the `sum` field, added up over `over` within each combination of the other fields,
   * should give the same total at every value of `across` (the same persons counted at each time point).
   */
  equalTotals?: { sum: string; across: string; over: readonly string[] };
}

/**
 * SCB's marks for a figure it does not give: ".." (not available or too uncertain), "x" and "."; and
 * "–", which SCB's tables use for zero but an extract for a cell it hid. Read as hidden either way: a
 * hidden cell shown as a made-up 0 would be a wrong number, a true 0 shown as hidden only a lost one.
 */
export const SCB_HIDDEN_MARKS: readonly string[] = ["..", "…", ".", "x", "–", "—", "-", "−"];

/** Whether a cell holds one of the field's hidden marks (a number the deliverer hid). */
export function isHiddenMark(field: FieldSchema, value: CellValue): boolean {
  if (field.hiddenMarks === undefined || typeof value !== "string") return false;
  const text = normalizeCode(value);
  return field.hiddenMarks.some((mark) => normalizeCode(mark) === text);
}

const pnrField: FieldSchema = {
  key: "personalNumber",
  header: "Personnummer",
  synonyms: [
    "Pnr",
    "Personnr",
    "Pers nr",
    "Person-ID",
    "Personnummer/samordningsnummer",
    "Samordningsnummer",
  ],
  type: "pnr",
  required: true,
};
const genderField: FieldSchema = {
  key: "gender",
  header: "Kön",
  synonyms: ["Kon", "Gender", "Sex", "Juridiskt kön"],
  type: "gender",
  required: false,
};
/** The insats (Stockholmsjobb, Jobbcoachning …) of an exit or a progression rating. */
const interventionField: FieldSchema = {
  key: "intervention",
  header: "Insats",
  synonyms: ["Insatstyp", "Aktivitet"],
  type: "text",
  required: false,
};
/** The school of an adult-education or sfi course (both registers name it alike). */
const schoolField: FieldSchema = {
  key: "school",
  header: "Skola",
  synonyms: ["Anordnare", "Utbildningsanordnare"],
  type: "text",
  required: true,
};
const unitField: FieldSchema = {
  key: "unit",
  header: "Enhet",
  synonyms: ["Enhetsnamn", "Jobbtorg", "Unit"],
  type: "text",
  required: true,
};

const surveyUnitField: FieldSchema = {
  ...unitField,
  // The adult-education survey is reported per school.
  synonyms: [...unitField.synonyms, "Skola", "Anordnare", "Utbildningsanordnare"],
};

/** A course's start, end and status: the same columns in the adult-education follow-up and in sfi. */
const courseFields: readonly FieldSchema[] = [
  { key: "startDate", header: "Startdatum", synonyms: ["Kursstart"], type: "date", required: true },
  {
    key: "endDate",
    header: "Slutdatum",
    synonyms: ["Kursslut"],
    type: "date",
    required: false,
    // A course still running has a planned end date, which may well lie ahead.
    futureAllowedWhen: { field: "status", values: ["Pågående"] },
  },
  {
    key: "status",
    header: "Status",
    synonyms: [],
    type: "code",
    required: true,
    codeList: "studyStatuses",
  },
];

/** The registry types, in the order the task pane lists them. */
export const SCHEMAS: Readonly<Record<RegisterType, RegisterSchema>> = {
  avslut: {
    type: "avslut",
    table: "Avslut",
    label: { sv: "Avslut (Jobbtorg)", en: "Exits (job centres)" },
    fields: [
      pnrField,
      genderField,
      unitField,
      interventionField,
      {
        key: "enrolmentDate",
        header: "Inskrivningsdatum",
        synonyms: ["Startdatum", "Inskrivning", "Inskriven"],
        type: "date",
        required: true,
      },
      {
        key: "exitDate",
        header: "Avslutsdatum",
        synonyms: ["Slutdatum", "Avslutad"],
        type: "date",
        required: true,
      },
      {
        key: "exitReason",
        header: "Avslutsorsak",
        synonyms: ["Orsak", "Avslutskod", "Orsak till avslut"],
        type: "code",
        required: true,
        codeList: "exitReasons",
      },
      // Issue #13: the optional columns the target groups and the follow-up of an insats read.
      {
        key: "educationLevel",
        header: "Utbildningsnivå",
        synonyms: [
          "Utbildningsnivå (SUN)",
          "Högsta utbildningsnivå",
          "Högsta utbildning",
          "Utbildningsbakgrund",
        ],
        type: "code",
        required: false,
        codeList: "educationLevels",
      },
      {
        key: "background",
        header: "Bakgrund",
        synonyms: [
          "Födelseland",
          "Inrikes/utrikes född",
          "Född i Sverige/utomlands",
          "Födelseregion",
        ],
        type: "code",
        required: false,
        codeList: "backgrounds",
        orCountry: true,
      },
      {
        key: "registrationDate",
        header: "Folkbokföringsdatum",
        synonyms: [
          "Folkbokförd",
          "Folkbokförd sedan",
          "Första folkbokföring",
          "Datum för folkbokföring",
          "Invandringsdatum",
        ],
        type: "date",
        required: false,
      },
      {
        key: "partnership",
        header: "Partnerskap",
        synonyms: ["Via partnerskap", "Arbetsgivarpartnerskap", "Partnerskapsjobb"],
        type: "code",
        required: false,
        codeList: "yesNo",
      },
      {
        key: "followUp3m",
        header: "Sysselsättning 3 mån",
        synonyms: [
          "Sysselsättning 3 månader",
          "Sysselsättning efter 3 mån",
          "Uppföljning 3 mån",
          "Sysselsättning tre månader",
        ],
        type: "code",
        required: false,
        codeList: "occupations",
      },
    ],
    key: ["personalNumber", "exitDate"],
    conditionals: [],
    dateOrder: [{ start: "enrolmentDate", end: "exitDate" }],
  },
  forsorjningsstod: {
    type: "forsorjningsstod",
    table: "Forsorjningsstod",
    label: { sv: "Försörjningsstöd", en: "Income support" },
    fields: [
      pnrField,
      {
        key: "month",
        header: "Månad",
        synonyms: ["Utbetalningsmånad", "Avser månad", "Månad för utbetalning"],
        type: "month",
        required: true,
      },
      {
        key: "amount",
        header: "Belopp",
        synonyms: ["Utbetalt belopp", "Belopp (kr)", "Summa"],
        type: "number",
        required: false,
        sign: "nonNegative",
        unit: "SEK",
      },
    ],
    key: ["personalNumber", "month"],
    conditionals: [],
    dateOrder: [],
  },
  vux: {
    type: "vux",
    table: "VuxUppfoljning",
    label: { sv: "Uppföljning vuxenutbildning", en: "Adult-education follow-up" },
    fields: [
      pnrField,
      genderField,
      schoolField,
      {
        key: "programme",
        header: "Utbildning",
        synonyms: ["Kurs", "Program"],
        type: "text",
        required: false,
      },
      {
        key: "educationType",
        header: "Utbildningstyp",
        synonyms: ["Typ av utbildning"],
        type: "code",
        required: true,
        codeList: "educationTypes",
      },
      ...courseFields,
      {
        key: "dropoutReason",
        header: "Avbrottsorsak",
        synonyms: ["Orsak till avbrott"],
        type: "text",
        required: false,
      },
      {
        key: "occupationBefore",
        header: "Sysselsättning före",
        synonyms: ["Sysselsättning före utbildning"],
        type: "code",
        required: false,
        codeList: "occupations",
      },
      {
        key: "occupationAfter",
        header: "Sysselsättning efter",
        synonyms: ["Sysselsättning efter utbildning"],
        type: "code",
        required: false,
        codeList: "occupations",
      },
    ],
    key: [],
    conditionals: [
      { field: "dropoutReason", when: { field: "status", values: ["Avbruten"] } },
      // A finished or dropped course has ended on some day; without it enrolment time cannot be computed.
      { field: "endDate", when: { field: "status", values: ["Slutförd", "Avbruten"] } },
    ],
    dateOrder: [{ start: "startDate", end: "endDate" }],
  },
  personalkostnad: {
    type: "personalkostnad",
    table: "Personalkostnad",
    label: { sv: "Personalkostnad", en: "Staff cost" },
    fields: [
      unitField,
      {
        key: "period",
        header: "Period",
        synonyms: ["Tertial", "Avser period"],
        type: "period",
        required: true,
      },
      {
        key: "staffCost",
        header: "Personalkostnad",
        synonyms: ["Personalkostnad (SEK)", "Personalkostnad (kr)", "Kostnad", "Lönekostnad"],
        type: "number",
        required: true,
        sign: "positive",
        unit: "SEK",
      },
    ],
    // The same unit's cost twice for one period would double its cost in AMF.EFFINDEX.
    key: ["unit", "period"],
    conditionals: [],
    dateOrder: [],
  },
  // Issue #14: the user / student survey, its invited sample, and self-rated progression.
  enkat: {
    type: "enkat",
    table: "Enkat",
    label: { sv: "Brukar- eller elevenkät", en: "User or student survey" },
    fields: [
      surveyUnitField,
      genderField,
      {
        key: "question",
        header: "Fråga",
        synonyms: ["Frågetext", "Påstående", "Question", "Item"],
        type: "text",
        required: true,
      },
      // A required column whose blank cells are "no answer", not missing data (the answer pass skips them).
      {
        key: "answer",
        header: "Svar",
        synonyms: ["Svarsvärde", "Värde", "Answer", "Skalvärde"],
        type: "answer",
        required: true,
        scaleMax: 5,
      },
    ],
    key: [],
    conditionals: [],
    dateOrder: [],
    // Two women of a unit giving the same answer to a question are two identical rows, not a double import.
    rowsMayRepeat: true,
  },
  enkaturval: {
    type: "enkaturval",
    table: "EnkatUrval",
    label: { sv: "Enkätens urval (tillfrågade)", en: "Survey sample (invited)" },
    fields: [
      surveyUnitField,
      genderField,
      {
        key: "invited",
        header: "Antal tillfrågade",
        synonyms: ["Tillfrågade", "Antal i urvalet", "Urval", "Antal inbjudna", "Invited"],
        type: "number",
        required: true,
        sign: "positive",
      },
    ],
    key: [],
    conditionals: [],
    dateOrder: [],
  },
  progression: {
    type: "progression",
    table: "Progression",
    label: { sv: "Progression (självskattning)", en: "Progression (self-rating)" },
    fields: [
      pnrField,
      genderField,
      unitField,
      interventionField,
      {
        key: "occasion",
        header: "Mättillfälle",
        synonyms: ["Tillfälle", "Mätning", "Mätdatum", "Före/Efter"],
        type: "occasion",
        required: true,
      },
      {
        key: "score",
        header: "Skattning",
        synonyms: ["Poäng", "Självskattning", "Score", "ORS"],
        type: "number",
        required: true,
        sign: "nonNegative",
      },
    ],
    // Two ratings of one person on one occasion of one insats leave "first" and "last" undecided.
    key: ["personalNumber", "intervention", "occasion"],
    conditionals: [],
    dateOrder: [],
  },
  // SCB's aggregated extract (issue #16): one row per cell, no person in it.
  scb: {
    type: "scb",
    table: "ScbInkomstkalla",
    label: { sv: "SCB-uttag: huvudsaklig inkomstkälla", en: "SCB extract: main income source" },
    fields: [
      {
        key: "group",
        header: "Grupp",
        synonyms: ["Deltagargrupp", "Population", "Kategori"],
        type: "text",
        required: true,
      },
      {
        key: "gender",
        header: "Kön",
        synonyms: ["Kon", "Gender", "Sex"],
        type: "code",
        required: true,
        codeList: "scbGenders",
      },
      {
        key: "ageGroup",
        header: "Åldersgrupp",
        synonyms: ["Ålder", "Åldersklass", "Age group"],
        type: "text",
        required: false,
      },
      {
        key: "educationLevel",
        header: "Utbildningsnivå",
        synonyms: ["Utbildning", "Högsta utbildning", "Education level"],
        type: "text",
        required: false,
      },
      {
        key: "background",
        header: "Bakgrund",
        synonyms: ["Födelseland", "Födelseregion", "Svensk/utländsk bakgrund", "Background"],
        type: "text",
        required: false,
      },
      {
        key: "timePoint",
        header: "Tidpunkt",
        synonyms: ["År relativt inskrivning", "Mättidpunkt", "Relativt år", "Time point"],
        type: "code",
        required: true,
        codeList: "scbTimePoints",
      },
      {
        key: "incomeSource",
        header: "Inkomstkälla",
        synonyms: [
          "Huvudsaklig inkomstkälla",
          "Försörjningskälla",
          "Huvudsaklig försörjning",
          "Income source",
        ],
        type: "code",
        required: true,
        codeList: "incomeSources",
      },
      {
        key: "count",
        header: "Antal",
        synonyms: ["Antal personer", "Personer", "Count"],
        type: "number",
        required: true,
        sign: "nonNegative",
        hiddenMarks: SCB_HIDDEN_MARKS,
      },
      {
        key: "enrolmentYear",
        header: "Inskrivningsår",
        synonyms: ["Inskrivningsårgång", "Kohort", "År för inskrivning"],
        type: "number",
        required: false,
        sign: "positive",
      },
    ],
    // Optional dimensions are blank in SCB's margin rows, so a key over them would skip those rows.
    key: [],
    conditionals: [],
    dateOrder: [],
    equalTotals: { sum: "count", across: "timePoint", over: ["incomeSource"] },
  },
  // Issue #15: sfi courses, for who drops out, when, and what they do after.
  sfi: {
    type: "sfi",
    table: "Sfi",
    label: { sv: "Sfi (svenska för invandrare)", en: "Sfi (Swedish for immigrants)" },
    fields: [
      pnrField,
      genderField,
      schoolField,
      {
        key: "course",
        header: "Kurs",
        synonyms: ["Sfi-kurs", "Kurs (A–D)"],
        type: "code",
        required: true,
        codeList: "sfiCourses",
      },
      ...courseFields,
      {
        key: "country",
        header: "Födelseland",
        synonyms: [
          "Medborgarskap",
          "Födelseland/medborgarskap",
          "Ursprungsland",
          "Land",
          "Country of birth",
          "Citizenship",
        ],
        type: "text",
        required: false,
      },
      {
        key: "occupationAfter",
        header: "Sysselsättning efter",
        synonyms: ["Sysselsättning efter kursen", "Sysselsättning efter avslut"],
        type: "code",
        required: false,
        codeList: "sfiOccupations",
      },
    ],
    key: [],
    conditionals: [
      { field: "endDate", when: { field: "status", values: ["Slutförd", "Avbruten"] } },
    ],
    dateOrder: [{ start: "startDate", end: "endDate" }],
  },
};

export interface RegisterTypeInfo {
  type: RegisterType;
  table: string;
  label: { sv: string; en: string };
}

/** The register types with labels and table names, for the task pane's type picker and the CLI. */
export const registerTypes: readonly RegisterTypeInfo[] = Object.values(SCHEMAS).map((s) => ({
  type: s.type,
  table: s.table,
  label: s.label,
}));

// ---- header matching ---------------------------------------------------------------------------

// Precompiled once: normalised header → field key, per type.
const HEADER_INDEX: Record<RegisterType, Map<string, string>> = (() => {
  const index = {} as Record<RegisterType, Map<string, string>>;
  for (const schema of Object.values(SCHEMAS)) {
    const map = new Map<string, string>();
    for (const field of schema.fields) {
      for (const name of [field.header, ...field.synonyms]) {
        const key = normalizeHeader(name);
        if (!map.has(key)) map.set(key, field.key);
      }
    }
    index[schema.type] = map;
  }
  return index;
})();

export interface ColumnMapping {
  /** Field key → column index (0-based within the table). */
  fields: Record<string, number>;
  /** Column indexes that name no field. */
  unmatched: number[];
  /** Fields named by more than one column; the first column is the one used. */
  duplicates: Array<{ field: string; columns: number[] }>;
}

/**
 * Maps headers to the fields of a type. Manual `overrides` (field → column index, from the task pane)
 * win over the headers; a column taken by an override no longer counts for another field.
 */
export function mapColumns(
  headers: readonly unknown[],
  type: RegisterType,
  overrides: Record<string, number> = {}
): ColumnMapping {
  const schema = SCHEMAS[type];
  const fields: Record<string, number> = {};
  const claimed = new Map<number, string>();
  for (const [field, column] of Object.entries(overrides)) {
    const known = schema.fields.some((f) => f.key === field);
    if (
      known &&
      Number.isInteger(column) &&
      column >= 0 &&
      column < headers.length &&
      !claimed.has(column)
    ) {
      fields[field] = column;
      claimed.set(column, field);
    }
  }
  const byField = new Map<string, number[]>();
  const unmatched: number[] = [];
  headers.forEach((header, column) => {
    if (claimed.has(column)) return;
    const field = HEADER_INDEX[type].get(normalizeHeader(header));
    if (field === undefined || field in overrides) {
      if (field === undefined) unmatched.push(column);
      return;
    }
    const columns = byField.get(field) ?? [];
    columns.push(column);
    byField.set(field, columns);
  });
  const duplicates: ColumnMapping["duplicates"] = [];
  for (const [field, columns] of byField) {
    fields[field] = columns[0];
    if (columns.length > 1) duplicates.push({ field, columns });
  }
  return { fields, unmatched, duplicates };
}

export interface TypeScore {
  type: RegisterType;
  requiredMatched: number;
  requiredTotal: number;
  matched: number;
}

/** How well the headers fit each type: required fields matched, then all fields matched. */
export function scoreTypes(headers: readonly unknown[]): TypeScore[] {
  return Object.values(SCHEMAS).map((schema) => {
    const { fields } = mapColumns(headers, schema.type);
    const required = schema.fields.filter((f) => f.required);
    return {
      type: schema.type,
      requiredMatched: required.filter((f) => f.key in fields).length,
      requiredTotal: required.length,
      matched: Object.keys(fields).length,
    };
  });
}

/**
 * The type the headers fit best (share of required fields matched, then their number, then all fields),
 * or null when no required field of any type is there.
 */
export function detectType(headers: readonly unknown[]): RegisterType | null {
  let best: TypeScore | null = null;
  for (const score of scoreTypes(headers)) {
    if (score.requiredMatched === 0) continue;
    if (best === null || compareScores(score, best) > 0) best = score;
  }
  return best === null ? null : best.type;
}

function compareScores(a: TypeScore, b: TypeScore): number {
  const share = a.requiredMatched / a.requiredTotal - b.requiredMatched / b.requiredTotal;
  if (Math.abs(share) > 1e-9) return share;
  if (a.requiredMatched !== b.requiredMatched) return a.requiredMatched - b.requiredMatched;
  return a.matched - b.matched;
}

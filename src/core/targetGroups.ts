/**
 * The administration's priority groups (issue 13): who counts as young, foreign-born, short-educated
 * or newly arrived at the moment of an exit. One place, so the sheets, the overview and the formulas
 * of "Så beräknades det" agree on the definitions.
 */
import { ageInYears } from "./age";
import { type CellValue, normalizeCode } from "./cells";
import {
  type CodeListName,
  type CodeLists,
  codeLookupWithSynonyms,
  DEFAULT_CODE_LISTS,
} from "./registry/codeLists";
import { readBackground } from "./registry/countries";
import { DEFAULT_TARGET_GROUP_SETTINGS, type TargetGroupSettings } from "./settings";

// The settings own the bounds (parsed with the workbook's other settings); the groups are defined here.
export { DEFAULT_TARGET_GROUP_SETTINGS, type TargetGroupSettings };

export type TargetGroup = "unga" | "utrikes" | "inrikes" | "kortutbildade" | "nyanlanda";

/** The listing order of the sheets. */
export const TARGET_GROUPS: readonly TargetGroup[] = [
  "unga",
  "utrikes",
  "inrikes",
  "kortutbildade",
  "nyanlanda",
];

export type EducationLevel = "Förgymnasial" | "Gymnasial" | "Eftergymnasial";

const EDUCATION_LEVELS: readonly EducationLevel[] = ["Förgymnasial", "Gymnasial", "Eftergymnasial"];

/** What one exit row says about a person; `undefined` when the register has no such column. */
export interface ExitPerson {
  exitSerial: number;
  /** Birth date (from the personnummer); null when the id is not a valid one. */
  birthSerial: number | null;
  educationLevel?: EducationLevel | null;
  bornAbroad?: boolean | null;
  /** Folkbokföringsdatum: the first registration in Sweden. */
  registeredSerial?: number | null;
}

/** True/false for a group, or null when this row cannot tell (the value is blank or invalid). */
export function inTargetGroup(
  group: TargetGroup,
  person: ExitPerson,
  settings: TargetGroupSettings
): boolean | null {
  switch (group) {
    case "unga": {
      if (person.birthSerial === null) return null;
      const age = ageInYears(person.birthSerial, person.exitSerial);
      return age >= settings.youthMinAge && age <= settings.youthMaxAge;
    }
    case "utrikes":
      return person.bornAbroad ?? null;
    case "inrikes":
      return person.bornAbroad === undefined || person.bornAbroad === null
        ? null
        : !person.bornAbroad;
    case "kortutbildade":
      return person.educationLevel === undefined || person.educationLevel === null
        ? null
        : person.educationLevel === "Förgymnasial";
    case "nyanlanda": {
      // A person registered in Sweden is newly arrived until the same calendar day N years later.
      // Born in Sweden is never newly arrived, whether or not the register gives a date for them.
      if (person.bornAbroad === false) return false;
      if (person.registeredSerial === undefined || person.registeredSerial === null) return null;
      const yearsSince = ageInYears(person.registeredSerial, person.exitSerial);
      return person.exitSerial >= person.registeredSerial && yearsSince < settings.newArrivalYears;
    }
  }
}

/** The source column a group needs, by its schema key (the sheet names it when the column is absent). */
export const GROUP_SOURCE: Readonly<Record<TargetGroup, string>> = {
  unga: "personalNumber",
  utrikes: "background",
  inrikes: "background",
  kortutbildade: "educationLevel",
  nyanlanda: "registrationDate",
};

// ---- reading the Avslut columns ----------------------------------------------------------------------

// The lookups of a set of lists, built once: the functions below are called once per row.
const lookups = new WeakMap<CodeLists, Map<CodeListName, Map<string, string>>>();

function lookupOf(name: CodeListName, lists: CodeLists): Map<string, string> {
  let byName = lookups.get(lists);
  if (byName === undefined) lookups.set(lists, (byName = new Map()));
  let lookup = byName.get(name);
  if (lookup === undefined) byName.set(name, (lookup = codeLookupWithSynonyms(name, lists)));
  return lookup;
}

/** The code as the list writes it, for a cell holding a code or one of its synonyms; null otherwise. */
function codeOf(name: CodeListName, value: CellValue, lists: CodeLists): string | null {
  return lookupOf(name, lists).get(normalizeCode(value)) ?? null;
}

/** Whether the list's code is the default list's `code` (a workbook's list may write it in another case). */
function isCode(written: string | null, code: string): boolean {
  return written !== null && normalizeCode(written) === normalizeCode(code);
}

/** Utbildningsnivå: the level of a code or synonym ("Grundskola" is Förgymnasial); null when blank or no code. */
export function educationLevelOf(
  value: CellValue,
  lists: CodeLists = DEFAULT_CODE_LISTS
): EducationLevel | null {
  const written = codeOf("educationLevels", value, lists);
  return EDUCATION_LEVELS.find((level) => isCode(written, level)) ?? null;
}

/**
 * Bakgrund/Födelseland: true for Utrikes född or a country other than Sweden, false for Inrikes född or
 * Sverige; null when blank, unknown ("Okänt") or a typo of a code (`readBackground`, which the check
 * of the column shares, so a value read as unknown here is the one validation reported).
 */
export function bornAbroadOf(
  value: CellValue,
  lists: CodeLists = DEFAULT_CODE_LISTS
): boolean | null {
  const reading = readBackground(value, lookupOf("backgrounds", lists));
  switch (reading.kind) {
    case "code":
      return isCode(reading.code, "Utrikes född")
        ? true
        : isCode(reading.code, "Inrikes född")
          ? false
          : null;
    case "country":
      return !reading.sweden;
    default:
      return null;
  }
}

/** Partnerskap: Ja (true), Nej (false) or one of their spellings; null when blank or neither. */
export function yesNoOf(value: CellValue, lists: CodeLists = DEFAULT_CODE_LISTS): boolean | null {
  if (typeof value === "boolean") return value;
  const written = codeOf("yesNo", value, lists);
  return isCode(written, "Ja") ? true : isCode(written, "Nej") ? false : null;
}

/**
 * Sysselsättning 3 mån: the occupations code as the list writes it ("arbete " → "Arbete"); null when
 * blank (not followed up) or no code.
 */
export function followUpOf(value: CellValue, lists: CodeLists = DEFAULT_CODE_LISTS): string | null {
  return codeOf("occupations", value, lists);
}

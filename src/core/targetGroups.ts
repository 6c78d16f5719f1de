/**
 * The administration's priority groups (issue 13): who counts as young, foreign-born, short-educated
 * or newly arrived at the moment of an exit. One place, so the sheets, the overview and the formulas
 * of "Så beräknades det" agree on the definitions.
 */
import { ageInYears } from "./age";

export type TargetGroup = "unga" | "utrikes" | "inrikes" | "kortutbildade" | "nyanlanda";

/** The listing order of the sheets. */
export const TARGET_GROUPS: readonly TargetGroup[] = ["unga", "utrikes", "inrikes", "kortutbildade", "nyanlanda"];

export interface TargetGroupSettings {
  /** Arbetsförmedlingen's youth band: 16–24 years at the exit date. */
  youthMinAge: number;
  youthMaxAge: number;
  /** Newly arrived: the exit is less than this many years after the first registration in Sweden. */
  newArrivalYears: number;
}

export const DEFAULT_TARGET_GROUP_SETTINGS: Readonly<TargetGroupSettings> = Object.freeze({
  youthMinAge: 16,
  youthMaxAge: 24,
  newArrivalYears: 3,
});

/** What one exit row says about a person; `undefined` when the register has no such column. */
export interface ExitPerson {
  exitSerial: number;
  /** Birth date (from the personnummer); null when the id is not a valid one. */
  birthSerial: number | null;
  educationLevel?: "Förgymnasial" | "Gymnasial" | "Eftergymnasial" | null;
  bornAbroad?: boolean | null;
  /** Folkbokföringsdatum: the first registration in Sweden. */
  registeredSerial?: number | null;
}

/** True/false for a group, or null when this row cannot tell (the value is blank or invalid). */
export function inTargetGroup(group: TargetGroup, person: ExitPerson, settings: TargetGroupSettings): boolean | null {
  switch (group) {
    case "unga": {
      if (person.birthSerial === null) return null;
      const age = ageInYears(person.birthSerial, person.exitSerial);
      return age >= settings.youthMinAge && age <= settings.youthMaxAge;
    }
    case "utrikes":
      return person.bornAbroad ?? null;
    case "inrikes":
      return person.bornAbroad === undefined || person.bornAbroad === null ? null : !person.bornAbroad;
    case "kortutbildade":
      return person.educationLevel === undefined || person.educationLevel === null
        ? null
        : person.educationLevel === "Förgymnasial";
    case "nyanlanda": {
      // A person registered in Sweden is newly arrived until the same calendar day N years later.
      if (person.registeredSerial === undefined || person.registeredSerial === null) return null;
      if (person.bornAbroad === false) return false;
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


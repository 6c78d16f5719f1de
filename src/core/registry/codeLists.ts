/**
 * The registry code lists and their defaults (SPEC §5). They are workbook settings: the task pane
 * passes the workbook's lists through `ValidationOptions.codeLists`, anything not given falls back here.
 */
import { normalizeCode } from "../cells";
import { DEFAULT_EXIT_REASONS, DEFAULT_POSITIVE_EXIT_REASONS } from "../settings";

// One source for the exit reasons: the workbook settings' defaults (`Settings.exitReasons` has this name too).
export { DEFAULT_POSITIVE_EXIT_REASONS };

export interface CodeLists {
  /** Avslutsorsak of the exit register; the first four are the positive outcomes of AMF.EXITRATE. */
  exitReasons: string[];
  /** Utbildningstyp of the adult-education follow-up. */
  educationTypes: string[];
  /** Status of an adult-education course. */
  studyStatuses: string[];
  /** Sysselsättning före/efter (a blank means no answer, which is not a code). */
  occupations: string[];
  /** Kurs of an sfi course (issue #15). */
  sfiCourses: string[];
  /** Sysselsättning efter an sfi course (a blank means unknown, which is not a code). */
  sfiOccupations: string[];
}

export type CodeListName = keyof CodeLists;

/** The defaults of SPEC §5, as a user would write them. */
export const DEFAULT_CODE_LISTS: Readonly<CodeLists> = Object.freeze({
  exitReasons: [...DEFAULT_EXIT_REASONS],
  educationTypes: ["Yrkesutbildning", "Kombinationsutbildning", "Yrkeshögskola"],
  studyStatuses: ["Slutförd", "Avbruten", "Pågående"],
  occupations: ["Arbete", "Studier", "Arbetssökande", "Annat"],
  sfiCourses: ["A", "B", "C", "D"],
  sfiOccupations: ["Arbete", "Studier", "Varken arbete eller studier"],
});

/** The effective lists: each given list replaces its default; an empty or missing list keeps the default. */
export function resolveCodeLists(overrides?: Partial<CodeLists>): CodeLists {
  const pick = (name: CodeListName): string[] => {
    const given = overrides?.[name];
    return Array.isArray(given) && given.length > 0 ? given.map(String) : DEFAULT_CODE_LISTS[name].slice();
  };
  return {
    exitReasons: pick("exitReasons"),
    educationTypes: pick("educationTypes"),
    studyStatuses: pick("studyStatuses"),
    occupations: pick("occupations"),
    sfiCourses: pick("sfiCourses"),
    sfiOccupations: pick("sfiOccupations"),
  };
}

/** A code list as a lookup from normalised code (SPEC §3: case and spaces ignored) to the code as written. */
export function codeLookup(codes: readonly string[]): Map<string, string> {
  const lookup = new Map<string, string>();
  for (const code of codes) {
    const key = normalizeCode(code);
    if (key !== "" && !lookup.has(key)) lookup.set(key, code.trim());
  }
  return lookup;
}

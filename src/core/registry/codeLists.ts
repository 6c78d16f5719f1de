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
  /** Inkomstkälla of an SCB extract: SCB's seven main income sources (huvudsaklig inkomstkälla). */
  incomeSources: string[];
  /** Tidpunkt of an SCB extract: years relative to enrolment. */
  scbTimePoints: string[];
  /** Kön of an SCB extract, where SCB also delivers the total of both. */
  scbGenders: string[];
  /** Kurs of an sfi course (issue #15). */
  sfiCourses: string[];
  /** Sysselsättning efter an sfi course (a blank means unknown, which is not a code). */
  sfiOccupations: string[];
  /** Utbildningsnivå of an exit (issue #13): Förgymnasial is the target group *kortutbildade*. */
  educationLevels: string[];
  /** Bakgrund of an exit (issue #13); the column may hold a country name instead (see `readBackground`). */
  backgrounds: string[];
  /** Partnerskap of an exit (issue #13): did the job come through an employer partnership. */
  yesNo: string[];
}

export type CodeListName = keyof CodeLists;

/** The defaults of SPEC §5, as a user would write them. */
export const DEFAULT_CODE_LISTS: Readonly<CodeLists> = Object.freeze({
  exitReasons: [...DEFAULT_EXIT_REASONS],
  educationTypes: ["Yrkesutbildning", "Kombinationsutbildning", "Yrkeshögskola"],
  studyStatuses: ["Slutförd", "Avbruten", "Pågående"],
  occupations: ["Arbete", "Studier", "Arbetssökande", "Annat"],
  incomeSources: [
    "Arbetslös",
    "Arbetsmarknadspolitisk åtgärd",
    "Ekonomiskt bistånd",
    "Förvärvsarbete",
    "Studerande",
    "Vård av barn/anhörig",
    "Övrigt",
  ],
  scbTimePoints: ["-1", "1", "2"],
  scbGenders: ["Kvinnor", "Män", "Totalt"],
  sfiCourses: ["A", "B", "C", "D"],
  sfiOccupations: ["Arbete", "Studier", "Varken arbete eller studier"],
  educationLevels: ["Förgymnasial", "Gymnasial", "Eftergymnasial"],
  backgrounds: ["Inrikes född", "Utrikes född"],
  yesNo: ["Ja", "Nej"],
});

/**
 * Other spellings of a code that mean it (SCB's deliveries word the same category in several ways):
 * code as the default list writes it → synonyms. A synonym counts only while its code is in the list.
 */
export const CODE_SYNONYMS: Readonly<
  Partial<Record<CodeListName, Readonly<Record<string, readonly string[]>>>>
> = {
  incomeSources: {
    Arbetslös: ["Arbetslösa", "Arbetslöshet", "Arbetslöshetsersättning", "Arbetssökande"],
    "Arbetsmarknadspolitisk åtgärd": [
      "Arbetsmarknadspolitiska åtgärder",
      "Arbetsmarknadsåtgärd",
      "Åtgärd",
      "Aktivitetsstöd",
    ],
    "Ekonomiskt bistånd": ["Försörjningsstöd", "Socialbidrag", "Ek. bistånd"],
    Förvärvsarbete: [
      "Förvärvsarbetande",
      "Förvärvsarbetare",
      "Arbete",
      "Sysselsatt",
      "Förvärvsinkomst",
    ],
    Studerande: ["Studier", "Studerar", "Studiemedel"],
    "Vård av barn/anhörig": [
      "Vård av barn",
      "Vård av anhörig",
      "Föräldraledig",
      "Föräldrapenning",
      "Vård av barn eller anhörig",
    ],
    Övrigt: ["Övriga", "Annat", "Annan"],
  },
  scbTimePoints: {
    "-1": ["−1", "–1", "T-1", "T−1", "1 år före", "ett år före", "År -1", "Året före"],
    "1": ["+1", "T+1", "1 år efter", "ett år efter", "År 1", "År +1"],
    "2": ["+2", "T+2", "2 år efter", "två år efter", "År 2", "År +2"],
  },
  scbGenders: {
    Kvinnor: ["Kvinna", "K", "F", "W", "Female", "2"],
    Män: ["Man", "M", "Male", "1"],
    Totalt: ["Total", "Samtliga", "Alla", "Båda könen", "Kvinnor och män"],
  },
  // SCB's SUN levels as registers word them (Arbetsförmedlingen's and the schools' extracts).
  educationLevels: {
    Förgymnasial: [
      "Förgymnasial utbildning",
      "Förgymnasial utbildning kortare än 9 år",
      "Förgymnasial utbildning 9 (10) år",
      "Grundskola",
      "Grundskoleutbildning",
      "Grundskola eller motsvarande",
      "Folkskola",
    ],
    Gymnasial: [
      "Gymnasial utbildning",
      "Gymnasieutbildning",
      "Gymnasium",
      "Gymnasieskola",
      "Gymnasial utbildning högst 2 år",
      "Gymnasial utbildning 3 år",
    ],
    Eftergymnasial: [
      "Eftergymnasial utbildning",
      "Eftergymnasial utbildning kortare än 3 år",
      "Eftergymnasial utbildning 3 år eller längre",
      "Högskola",
      "Högskoleutbildning",
      "Universitet",
      "Universitet/högskola",
      "Forskarutbildning",
    ],
  },
  // "Svensk/utländsk bakgrund" is not a synonym: SCB counts the Swedish-born with two foreign-born
  // parents as having a foreign background, and this column is about where the person was born.
  backgrounds: {
    "Inrikes född": ["Inrikes", "Inrikes födda", "Född i Sverige", "Svenskfödd"],
    "Utrikes född": [
      "Utrikes",
      "Utrikes födda",
      "Född utomlands",
      "Född utanför Sverige",
      "Utlandsfödd",
    ],
  },
  // A checkbox column reads as TRUE/FALSE (normalised "true"/"false").
  yesNo: {
    Ja: ["J", "Yes", "Y", "True", "Sant", "X", "1"],
    Nej: ["N", "No", "False", "Falskt", "0"],
  },
};

/** The effective lists: each given list replaces its default; an empty or missing list keeps the default. */
export function resolveCodeLists(overrides?: Partial<CodeLists>): CodeLists {
  const pick = (name: CodeListName): string[] => {
    const given = overrides?.[name];
    return Array.isArray(given) && given.length > 0
      ? given.map(String)
      : DEFAULT_CODE_LISTS[name].slice();
  };
  return {
    exitReasons: pick("exitReasons"),
    educationTypes: pick("educationTypes"),
    studyStatuses: pick("studyStatuses"),
    occupations: pick("occupations"),
    incomeSources: pick("incomeSources"),
    scbTimePoints: pick("scbTimePoints"),
    scbGenders: pick("scbGenders"),
    sfiCourses: pick("sfiCourses"),
    sfiOccupations: pick("sfiOccupations"),
    educationLevels: pick("educationLevels"),
    backgrounds: pick("backgrounds"),
    yesNo: pick("yesNo"),
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

/**
 * A code list's lookup with its synonyms: normalised code or synonym → the code as the list writes it.
 * A synonym of a code the workbook has removed from its list is no code either.
 */
export function codeLookupWithSynonyms(
  name: CodeListName | undefined,
  lists: CodeLists
): Map<string, string> {
  if (name === undefined) return new Map();
  const lookup = codeLookup(lists[name]);
  for (const [code, synonyms] of Object.entries(CODE_SYNONYMS[name] ?? {})) {
    const written = lookup.get(normalizeCode(code));
    if (written === undefined) continue;
    for (const synonym of synonyms) {
      const key = normalizeCode(synonym);
      if (!lookup.has(key)) lookup.set(key, written);
    }
  }
  return lookup;
}

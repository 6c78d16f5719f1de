/**
 * Synthetic exits from the Jobbtorg units (the `Avslut` register): 2024 up to today, the default
 * exit-reason code list of SPEC §5 with about half positive, mild gender differences by reason; and
 * the optional target-group columns of issue #13, drawn on a stream of their own.
 */
import { serialOf } from "../cells";
import { dateOf, PersonFactory, Random } from "./random";
import { DATE_FORMAT, DemoExit, DemoSheet, DemoTargetGroupColumns, SYNTHETIC_NOTE } from "./types";

/** Units with their share of the exits and how much better or worse than average they do. */
export const DEMO_UNITS: ReadonlyArray<{ name: string; weight: number; positiveFactor: number }> = [
  { name: "Jobbtorg Järva", weight: 0.31, positiveFactor: 0.88 },
  { name: "Jobbtorg Söderort", weight: 0.27, positiveFactor: 1.0 },
  { name: "Jobbtorg City", weight: 0.18, positiveFactor: 1.12 },
  { name: "Jobbtorg Västerort", weight: 0.24, positiveFactor: 1.04 },
];

const INSATSER: ReadonlyArray<readonly [string, number]> = [
  ["Jobbcoachning", 30],
  ["Arbetsträning", 18],
  ["Praktik", 14],
  ["Stockholmsjobb", 12],
  ["Studievägledning", 10],
  ["Yrkessvenska", 8],
  ["Arbetsförberedande insats", 8],
];

/**
 * Exit-reason weights in per cent for women and men: positive (first four) ≈ 46 % for women and
 * ≈ 50 % for men; women more often leave for studies or parental leave, men more often to work.
 */
const REASONS: ReadonlyArray<readonly [string, number, number, boolean]> = [
  ["Arbete", 25, 30, true],
  ["Subventionerad anställning", 6, 8, true],
  ["Eget företag", 1.5, 2.5, true],
  ["Studier", 14, 9, true],
  ["Annan insats", 12, 12, false],
  ["Sjukskrivning", 10, 8, false],
  ["Föräldraledighet", 7, 2, false],
  ["Flyttat", 5, 6, false],
  ["Avbrott", 8, 11, false],
  ["Övrigt", 8, 8, false],
  ["Okänd", 3.5, 3.5, false],
];

/** The positive exit reasons of the default code list (exits to work or studies). */
export const POSITIVE_REASONS = new Set(REASONS.filter((r) => r[3]).map((r) => r[0]));

export const AVSLUT_HEADERS = [
  "Personnummer",
  "Kön",
  "Enhet",
  "Insats",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Avslutsorsak",
  "Utbildningsnivå",
  "Bakgrund",
  "Folkbokföringsdatum",
  "Partnerskap",
  "Sysselsättning 3 mån",
];

/** First and last possible exit date: 2024-01-01 (or a year back) up to today, at most 2026-12-31. */
export function exitWindow(today: number): { from: number; to: number } {
  const to = Math.min(today, serialOf(2026, 12, 31));
  const from = Math.min(serialOf(2024, 1, 1), to - 365);
  return { from, to };
}

function reasonFor(random: Random, gender: "K" | "M", positiveFactor: number): string {
  const weights = REASONS.map(
    ([reason, women, men, positive]) =>
      [reason, (gender === "K" ? women : men) * (positive ? positiveFactor : 1)] as const
  );
  return random.weighted(weights);
}

function enrolmentDays(random: Random): number {
  return Math.round(Math.min(1100, Math.max(14, random.logNormal(190, 0.55))));
}

/** `count` exits sorted by exit date; about 6 % of the people exit twice (never on the same day). */
export function generateExits(
  random: Random,
  people: PersonFactory,
  count: number,
  today: number
): DemoExit[] {
  const { from, to } = exitWindow(today);
  const unitWeights = DEMO_UNITS.map((u) => [u, u.weight] as const);
  const exits: DemoExit[] = [];
  while (exits.length < count) {
    const unit = random.weighted(unitWeights);
    const person = people.person(random.chance(0.55) ? "M" : "K", 1960, 2004);
    const end = random.int(from, to);
    exits.push({
      person,
      unit: unit.name,
      insats: random.weighted(INSATSER),
      start: end - enrolmentDays(random),
      end,
      reason: reasonFor(random, person.gender, unit.positiveFactor),
    });
    if (exits.length < count && random.chance(0.06)) {
      // Re-enrolment some weeks after the first exit, in the same unit.
      const start = end + random.int(30, 200);
      const secondEnd = start + enrolmentDays(random);
      if (secondEnd <= to) {
        exits.push({
          person,
          unit: unit.name,
          insats: random.weighted(INSATSER),
          start,
          end: secondEnd,
          reason: reasonFor(random, person.gender, unit.positiveFactor),
        });
      }
    }
  }
  return exits.sort(
    (a, b) => a.end - b.end || a.start - b.start || (a.person.pnr < b.person.pnr ? -1 : 1)
  );
}

// ---- the target-group columns (issue #13) -------------------------------------------------------

/** Countries of birth common among the foreign-born job seekers of Stockholm, with rough weights. */
const BIRTH_COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ["Syrien", 16],
  ["Irak", 12],
  ["Somalia", 11],
  ["Eritrea", 8],
  ["Afghanistan", 8],
  ["Iran", 7],
  ["Turkiet", 5],
  ["Polen", 5],
  ["Etiopien", 5],
  ["Ukraina", 5],
  ["Finland", 4],
  ["Indien", 3],
  ["Bosnien och Hercegovina", 3],
  ["Thailand", 3],
  ["Marocko", 3],
  ["Chile", 2],
];

/** Education level weights (blank last): more short education among the foreign-born, ≈ 35 % in all. */
const EDUCATION_ABROAD: ReadonlyArray<readonly [string, number]> = [
  ["Förgymnasial", 42],
  ["Gymnasial", 30],
  ["Eftergymnasial", 23],
  ["", 5],
];
const EDUCATION_SWEDEN: ReadonlyArray<readonly [string, number]> = [
  ["Förgymnasial", 25],
  ["Gymnasial", 50],
  ["Eftergymnasial", 22],
  ["", 3],
];
/** How some registers word the levels (the validation reads them as the codes). */
const EDUCATION_WORDING: Readonly<Record<string, string>> = {
  Förgymnasial: "Grundskola",
  Gymnasial: "Gymnasium",
  Eftergymnasial: "Högskola",
};

/** Sysselsättning 3 months after Stockholmsjobb: better after an exit to work or studies. */
const FOLLOW_UP_POSITIVE: ReadonlyArray<readonly [string, number]> = [
  ["Arbete", 62],
  ["Studier", 12],
  ["Arbetssökande", 20],
  ["Annat", 6],
];
const FOLLOW_UP_OTHER: ReadonlyArray<readonly [string, number]> = [
  ["Arbete", 25],
  ["Studier", 8],
  ["Arbetssökande", 55],
  ["Annat", 12],
];

const YEAR = 365;

/** What stays with a person across their exits: education, where they were born, when they arrived. */
type PersonColumns = Pick<DemoTargetGroupColumns, "educationLevel" | "background" | "registered">;

function personColumns(random: Random, firstExit: DemoExit): PersonColumns {
  const bornAbroad = random.chance(0.6);
  const background = bornAbroad
    ? random.chance(0.7)
      ? random.weighted(BIRTH_COUNTRIES)
      : "Utrikes född"
    : random.chance(0.6)
      ? "Inrikes född"
      : "Sverige";
  const level = random.weighted(bornAbroad ? EDUCATION_ABROAD : EDUCATION_SWEDEN);
  const educationLevel = level !== "" && random.chance(0.1) ? EDUCATION_WORDING[level] : level;
  // The foreign-born have a first registration (a few unknown); about a quarter of them arrived
  // less than three years before their first exit: the newly arrived.
  let registered: number | null = null;
  if (bornAbroad && random.chance(0.95)) {
    const birth = firstExit.person.birthSerial;
    registered = random.chance(0.25)
      ? Math.max(birth, firstExit.end - random.int(30, 3 * YEAR - 30))
      : random.int(birth + 180, firstExit.end - 3 * YEAR - 30);
  }
  return { educationLevel, background, registered };
}

/**
 * Fills `targetGroup` of every exit: a person keeps education, background and arrival across exits;
 * partnership is asked of exits to work, and Stockholmsjobb is followed up three months after the exit
 * (not yet for the last three months; about 15 % not reached).
 */
export function addTargetGroupColumns(random: Random, exits: DemoExit[], today: number): void {
  const byPerson = new Map<string, PersonColumns>();
  for (const exit of exits) {
    let person = byPerson.get(exit.person.pnr);
    if (person === undefined) byPerson.set(exit.person.pnr, (person = personColumns(random, exit)));
    const toWork = exit.reason === "Arbete" || exit.reason === "Subventionerad anställning";
    const partnership = toWork
      ? random.chance(exit.person.gender === "K" ? 0.25 : 0.32)
        ? "Ja"
        : "Nej"
      : "";
    const followedUp =
      exit.insats === "Stockholmsjobb" && exit.end <= today - 92 && random.chance(0.85);
    const followUp3m = followedUp
      ? random.weighted(POSITIVE_REASONS.has(exit.reason) ? FOLLOW_UP_POSITIVE : FOLLOW_UP_OTHER)
      : "";
    exit.targetGroup = { ...person, partnership, followUp3m };
  }
}

/** The `Avslut` table of the exits. */
export function avslutSheet(exits: DemoExit[]): DemoSheet {
  return {
    name: "Avslut",
    tableName: "Avslut",
    note: SYNTHETIC_NOTE,
    headers: AVSLUT_HEADERS,
    rows: exits.map((e) => [
      e.person.pnr,
      e.person.gender,
      e.unit,
      e.insats,
      dateOf(e.start),
      dateOf(e.end),
      e.reason,
      // Blank cells as the other registers leave them: empty, not an empty text.
      e.targetGroup?.educationLevel || null,
      e.targetGroup?.background || null,
      typeof e.targetGroup?.registered === "number" ? dateOf(e.targetGroup.registered) : null,
      e.targetGroup?.partnership || null,
      e.targetGroup?.followUp3m || null,
    ]),
    numberFormats: { 4: DATE_FORMAT, 5: DATE_FORMAT, 9: DATE_FORMAT },
    widths: { 0: 16, 1: 6, 2: 20, 3: 26, 4: 16, 5: 14, 6: 26, 7: 16, 8: 22, 9: 20, 10: 12, 11: 20 },
  };
}

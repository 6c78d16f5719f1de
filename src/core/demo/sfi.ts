/**
 * Synthetic sfi courses (`Sfi`, issue #15) with the pattern the council's statistical studies found:
 * dropout more common among men, the young and students from EU/EEA countries; most dropouts after
 * about half a year; almost half of those who dropped out neither work nor study afterwards.
 */
import { serialOf } from "../cells";
import { countryGroup } from "../registry/countries";
import { dateOf, PersonFactory, Random } from "./random";
import { DATE_FORMAT, DemoSheet, SYNTHETIC_NOTE } from "./types";

/** Fictitious schools: the demo must not suggest results for real providers. */
const SCHOOLS: ReadonlyArray<readonly [string, number]> = [
  ["Exempelskolan Norr", 40],
  ["Demo Språkcentrum", 35],
  ["Exempelskolan Söder", 25],
];

// A few spellings the registers really hold ("Rumanien", "POL") are there on purpose: they group the same.
const COUNTRIES: ReadonlyArray<readonly [string, number]> = [
  ["Syrien", 14],
  ["Afghanistan", 9],
  ["Ukraina", 10],
  ["Somalia", 7],
  ["Eritrea", 6],
  ["Irak", 7],
  ["Iran", 5],
  ["Thailand", 5],
  ["Turkiet", 4],
  ["Polen", 8],
  ["POL", 1],
  ["Rumänien", 5],
  ["Rumanien", 1],
  ["Litauen", 3],
  ["Tyskland", 2],
  ["Bulgarien", 2],
  ["Spanien", 2],
  ["Finland", 1],
];

const COURSES: ReadonlyArray<readonly [string, number]> = [
  ["A", 15],
  ["B", 35],
  ["C", 30],
  ["D", 20],
];

const AFTER_DROPPED: ReadonlyArray<readonly [string, number]> = [
  ["Arbete", 36],
  ["Studier", 17],
  ["Varken arbete eller studier", 47],
];

const AFTER_COMPLETED: ReadonlyArray<readonly [string, number]> = [
  ["Arbete", 38],
  ["Studier", 37],
  ["Varken arbete eller studier", 25],
];

export const SFI_HEADERS = [
  "Personnummer",
  "Kön",
  "Skola",
  "Kurs",
  "Startdatum",
  "Slutdatum",
  "Status",
  "Födelseland",
  "Sysselsättning efter",
];

/** Days after the end when the school asks what the student does (the sheet reads what is known). */
const FOLLOW_UP_DAYS = 90;

/** The chance that a course is broken off, by who studies it. */
function dropoutChance(gender: "K" | "M", age: number, euEea: boolean): number {
  let p = 0.2;
  if (gender === "M") p *= 1.45;
  if (age < 25) p *= 1.5;
  else if (age >= 40) p *= 0.75;
  if (euEea) p *= 1.6;
  return Math.min(p, 0.9);
}

/** The `Sfi` table: `count` courses started from 2023-08 up to ten days before today. */
export function sfiSheet(
  random: Random,
  people: PersonFactory,
  count: number,
  today: number
): DemoSheet {
  const from = Math.min(serialOf(2023, 8, 15), today - 400);
  const records: Array<{ start: number; row: Array<string | Date | null> }> = [];
  for (let i = 0; i < count; i++) {
    const person = people.person(random.chance(0.55) ? "K" : "M", 1962, 2006);
    const country = random.weighted(COUNTRIES);
    const start = random.int(from, today - 10);
    const age = (start - person.birthSerial) / 365.25;
    const planned = random.int(140, 420);
    let status: string;
    let end: number | null;
    if (random.chance(dropoutChance(person.gender, age, countryGroup(country) === "EU/EES"))) {
      // Most break off after about half a year.
      const day = Math.min(planned - 1, Math.max(7, Math.round(random.logNormal(175, 0.45))));
      [status, end] = start + day <= today ? ["Avbruten", start + day] : ["Pågående", null];
    } else {
      [status, end] = start + planned <= today ? ["Slutförd", start + planned] : ["Pågående", null];
    }
    let after: string | null = null;
    if (end !== null && end + FOLLOW_UP_DAYS <= today && !random.chance(0.15)) {
      after = random.weighted(status === "Avbruten" ? AFTER_DROPPED : AFTER_COMPLETED);
    }
    records.push({
      start,
      row: [
        person.pnr,
        person.gender,
        random.weighted(SCHOOLS),
        random.weighted(COURSES),
        dateOf(start),
        end === null ? null : dateOf(end),
        status,
        country,
        after,
      ],
    });
  }
  records.sort((a, b) => a.start - b.start);
  return {
    name: "Sfi",
    tableName: "Sfi",
    note: SYNTHETIC_NOTE,
    headers: SFI_HEADERS,
    rows: records.map((r) => r.row),
    numberFormats: { 4: DATE_FORMAT, 5: DATE_FORMAT },
    widths: { 0: 16, 1: 6, 2: 22, 3: 6, 4: 12, 5: 12, 6: 10, 7: 16, 8: 26 },
  };
}

/**
 * Synthetic adult-education follow-up (`VuxUppfoljning`) as reported by the schools: training type,
 * status with a drop-out reason when Avbruten, and occupation after (measured 3 months after the end,
 * 6 for Yrkeshögskola; blank when not yet measurable or not answered).
 */
import { serialOf } from "../cells";
import { dateOf, PersonFactory, Random } from "./random";
import { DATE_FORMAT, DemoSheet, SYNTHETIC_NOTE } from "./types";

/** Fictitious schools: the demo must not suggest results for real providers. */
const SCHOOLS: ReadonlyArray<readonly [string, number]> = [
  ["Exempelskolan Norr", 30],
  ["Exempelskolan Söder", 25],
  ["Demo Yrkesinstitut", 25],
  ["Demo Vårdakademi", 20],
];

type TrainingType = "Yrkesutbildning" | "Kombinationsutbildning" | "Yrkeshögskola";

const TRAININGS: Record<
  TrainingType,
  { weight: number; days: [number, number]; courses: string[] }
> = {
  Yrkesutbildning: {
    weight: 60,
    days: [120, 400],
    courses: [
      "Undersköterska",
      "Barnskötare",
      "Elektriker",
      "Lastbilsförare",
      "Kock",
      "Lokalvårdare",
    ],
  },
  Kombinationsutbildning: {
    weight: 25,
    days: [180, 500],
    courses: ["SFI med vård och omsorg", "SFI med lokalvård", "Svenska med restaurang"],
  },
  Yrkeshögskola: {
    weight: 15,
    days: [300, 730],
    courses: ["Redovisningsekonom", "Mjukvaruutvecklare", "Fastighetstekniker"],
  },
};

const DROPOUT_REASONS: ReadonlyArray<readonly [string, number]> = [
  ["Fått arbete", 30],
  ["Sjukdom", 20],
  ["Personliga skäl", 25],
  ["Flyttat", 10],
  ["Okänd", 15],
];

const BEFORE: ReadonlyArray<readonly [string, number]> = [
  ["Arbetssökande", 60],
  ["Arbete", 15],
  ["Studier", 10],
  ["Annat", 15],
];

const AFTER_COMPLETED: ReadonlyArray<readonly [string, number]> = [
  ["Arbete", 58],
  ["Studier", 14],
  ["Arbetssökande", 20],
  ["Annat", 8],
];

const AFTER_DROPPED: ReadonlyArray<readonly [string, number]> = [
  ["Arbete", 30],
  ["Studier", 8],
  ["Arbetssökande", 45],
  ["Annat", 17],
];

export const VUX_HEADERS = [
  "Personnummer",
  "Kön",
  "Skola",
  "Utbildning",
  "Utbildningstyp",
  "Startdatum",
  "Slutdatum",
  "Status",
  "Avbrottsorsak",
  "Sysselsättning före",
  "Sysselsättning efter",
];

/** Adds whole months to a serial date, keeping the day where the month allows. */
function addMonths(serial: number, months: number): number {
  const d = new Date((serial - 25569) * 86400000);
  const target = d.getUTCMonth() + months;
  const year = d.getUTCFullYear() + Math.floor(target / 12);
  const month = (((target % 12) + 12) % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return serialOf(year, month, Math.min(d.getUTCDate(), lastDay));
}

/** The `VuxUppfoljning` table: `count` trainings started from 2023-08 up to a month before today. */
export function vuxSheet(
  random: Random,
  people: PersonFactory,
  count: number,
  today: number
): DemoSheet {
  const from = Math.min(serialOf(2023, 8, 15), today - 400);
  const types = (Object.keys(TRAININGS) as TrainingType[]).map(
    (t) => [t, TRAININGS[t].weight] as const
  );
  const records: Array<{ start: number; row: Array<string | Date | null> }> = [];
  for (let i = 0; i < count; i++) {
    // Adult vocational training has a women majority (care courses weigh heavily).
    const person = people.person(random.chance(0.6) ? "K" : "M", 1965, 2005);
    const type = random.weighted(types);
    const training = TRAININGS[type];
    const start = random.int(from, today - 30);
    const plannedEnd = start + random.int(training.days[0], training.days[1]);
    const dropOutChance = person.gender === "M" ? 0.22 : 0.15;
    let status: string;
    let end: number;
    if (random.chance(dropOutChance)) {
      status = "Avbruten";
      end = Math.min(today, start + Math.round((plannedEnd - start) * (0.1 + 0.7 * random.next())));
    } else if (plannedEnd > today) {
      // Schools report the planned end of a running course; it may lie ahead.
      status = "Pågående";
      end = plannedEnd;
    } else {
      status = "Slutförd";
      end = plannedEnd;
    }
    let after: string | null = null;
    const measuredAt =
      status === "Pågående" ? null : addMonths(end, type === "Yrkeshögskola" ? 6 : 3);
    if (measuredAt !== null && measuredAt <= today && !random.chance(0.12)) {
      after = random.weighted(status === "Avbruten" ? AFTER_DROPPED : AFTER_COMPLETED);
    }
    records.push({
      start,
      row: [
        person.pnr,
        person.gender,
        random.weighted(SCHOOLS),
        random.pick(training.courses),
        type,
        dateOf(start),
        dateOf(end),
        status,
        status === "Avbruten" ? random.weighted(DROPOUT_REASONS) : null,
        random.weighted(BEFORE),
        after,
      ],
    });
  }
  records.sort((a, b) => a.start - b.start);
  return {
    name: "VuxUppfoljning",
    tableName: "VuxUppfoljning",
    note: SYNTHETIC_NOTE,
    headers: VUX_HEADERS,
    rows: records.map((r) => r.row),
    numberFormats: { 5: DATE_FORMAT, 6: DATE_FORMAT },
    widths: { 0: 16, 1: 6, 2: 22, 3: 26, 4: 24, 5: 12, 6: 12, 7: 10, 8: 16, 9: 20, 10: 20 },
  };
}

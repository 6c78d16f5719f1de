/**
 * Synthetic income-support register (`Forsorjningsstod`): one row per person and month paid, from
 * 2023-07 to the current month. Support is correlated with the exit reason, so that SELFSUFF6M has a
 * realistic value: most who leave for work are without support six months later, most others are not.
 */
import { CellValue, monthOfSerial, serialOf } from "../cells";
import { POSITIVE_REASONS } from "./avslut";
import { dateOf, Random } from "./random";
import { AMOUNT_FORMAT, DemoExit, DemoSheet, MONTH_FORMAT, SYNTHETIC_NOTE } from "./types";

/** First month the demo register covers (month index year × 12 + month − 1). */
export const SUPPORT_COVERAGE_START = 2023 * 12 + 6;

/** Chance of support in the sixth month after the exit, by whether the exit was positive. */
const SUPPORT_AT_SIX = { positive: 0.14, other: 0.55 };

/**
 * The `Forsorjningsstod` table derived from the exits; no person appears twice in one month. Rows are
 * ordered by month, then personnummer. A person-month is one number (month offset × people + the
 * person's rank in personnummer order), so that the 900,000 rows of a 100,000-exit demo need neither
 * a text key per row nor a sort by text: numeric order of the keys is the row order.
 */
export function forsorjningsstodSheet(random: Random, exits: DemoExit[], today: number): DemoSheet {
  const lastMonth = monthOfSerial(today);
  // Default sort compares UTF-16 code units, as `<` on strings does.
  const pnrs = [...new Set(exits.map((e) => e.person.pnr))].sort();
  const rankOf = new Map(pnrs.map((pnr, i) => [pnr, i]));
  const people = pnrs.length;
  const paid = new Map<number, number>(); // person-month key → amount
  const pay = (person: number, month: number, base: number): void => {
    if (month < SUPPORT_COVERAGE_START || month > lastMonth) return;
    const key = (month - SUPPORT_COVERAGE_START) * people + person;
    if (paid.has(key)) return;
    // Month-to-month variation of about ±10 %, rounded to whole tens of kronor as payments are.
    const amount = Math.round((base * (0.9 + 0.2 * random.next())) / 10) * 10;
    paid.set(key, amount);
  };

  for (const exit of exits) {
    const person = rankOf.get(exit.person.pnr)!;
    const base = Math.min(16000, Math.max(2500, random.logNormal(8200, 0.3)));
    const exitMonth = monthOfSerial(exit.end);
    // Most participants are referred by social services and receive support while enrolled.
    if (random.chance(0.72)) {
      for (let m = monthOfSerial(exit.start); m <= exitMonth; m++) pay(person, m, base);
    }
    const positive = POSITIVE_REASONS.has(exit.reason);
    const atSix = random.chance(positive ? SUPPORT_AT_SIX.positive : SUPPORT_AT_SIX.other);
    // With support at +6 it runs on for 6–12 months; without, it stops within 0–3 months.
    const monthsAfter = atSix ? random.int(6, 12) : random.chance(0.5) ? random.int(1, 3) : 0;
    for (let k = 1; k <= monthsAfter; k++) pay(person, exitMonth + k, base);
  }

  const keys = Float64Array.from(paid.keys()).sort();
  const firstDays = new Map<number, number>(); // month → time of its first day, computed once per month
  const rows: CellValue[][] = new Array(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i];
    const month = SUPPORT_COVERAGE_START + Math.floor(key / people);
    let time = firstDays.get(month);
    if (time === undefined) {
      time = dateOf(serialOf(Math.floor(month / 12), (month % 12) + 1, 1)).getTime();
      firstDays.set(month, time);
    }
    rows[i] = [pnrs[key % people], new Date(time), paid.get(key)!];
  }
  return {
    name: "Forsorjningsstod",
    tableName: "Forsorjningsstod",
    note: SYNTHETIC_NOTE,
    headers: ["Personnummer", "Månad", "Belopp"],
    rows,
    numberFormats: { 1: MONTH_FORMAT, 2: AMOUNT_FORMAT },
    widths: { 0: 16, 1: 10, 2: 10 },
  };
}

/**
 * Synthetic staff costs (`Personalkostnad`) per Jobbtorg unit and targets (`Mal`) per unit and
 * indicator. Whole years are `YYYY`; the current year is its last completed tertial to date
 * (`YYYYT1` = Jan–Apr, `YYYYT2` = Jan–Aug), matching the report periods of SPEC §7.
 */
import { ymdOf } from "../cells";
import { DEMO_UNITS } from "./avslut";
import { Random } from "./random";
import { AMOUNT_FORMAT, DemoSheet, SHARE_FORMAT, SYNTHETIC_NOTE } from "./types";

/** Annual staff cost in SEK per unit at the default size of 2,000 exits (2024 level). */
const ANNUAL_COST: Record<string, number> = {
  "Jobbtorg Järva": 31_500_000,
  "Jobbtorg Söderort": 26_800_000,
  "Jobbtorg City": 19_900_000,
  "Jobbtorg Västerort": 23_600_000,
};

/** The `Personalkostnad` table; costs scale with the number of exits so cost per exit stays realistic. */
export function personalkostnadSheet(random: Random, exits: number, today: number): DemoSheet {
  const [year, month] = ymdOf(today);
  const scale = Math.max(exits / 2000, 0.01);
  const periods: Array<[string, number, number]> = []; // period, calendar year, share of the year
  for (let y = 2024; y < year; y++) periods.push([String(y), y, 1]);
  const tertials = Math.floor((month - 1) / 4); // completed tertials of the current year
  if (year >= 2024 && tertials > 0)
    periods.push([`${year}T${tertials}`, year, (tertials * 4) / 12]);

  const rows: Array<[string, string, number]> = [];
  for (const unit of DEMO_UNITS) {
    for (const [period, y, share] of periods) {
      // About 3 % a year in wage growth and ±4 % noise between units and years.
      const cost =
        ANNUAL_COST[unit.name] *
        scale *
        share *
        Math.pow(1.03, y - 2024) *
        (0.96 + 0.08 * random.next());
      rows.push([unit.name, period, Math.round(cost / 1000) * 1000]);
    }
  }
  return {
    name: "Personalkostnad",
    tableName: "Personalkostnad",
    note: SYNTHETIC_NOTE,
    headers: ["Enhet", "Period", "Personalkostnad"],
    rows,
    numberFormats: { 2: AMOUNT_FORMAT },
    widths: { 0: 20, 1: 10, 2: 16 },
  };
}

/** The `Mal` table of targets: the administration's levels for every unit (SELFSUFF6M target 70 %). */
export function malSheet(): DemoSheet {
  const targets: Array<[string, number]> = [
    ["EXITRATE", 0.45],
    ["SELFSUFF6M", 0.7],
  ];
  const rows: Array<[string, string, number]> = [];
  for (const [indicator, target] of targets) {
    for (const unit of DEMO_UNITS) rows.push([indicator, unit.name, target]);
  }
  return {
    name: "Mal",
    tableName: "Mal",
    note: SYNTHETIC_NOTE,
    headers: ["Indikator", "Enhet", "Mål"],
    rows,
    numberFormats: { 2: SHARE_FORMAT },
    widths: { 0: 14, 1: 20, 2: 8 },
  };
}

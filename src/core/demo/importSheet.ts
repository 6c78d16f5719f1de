/**
 * The `Avslut (import)` sheet: part of the exits as a raw import (a plain range, a synonym header
 * "Personnr"/"Orsak", an extra "Namn" column) with the defects unit managers meet in real extracts,
 * each seeded once on a fixed row so the validator's findings can be checked exactly.
 */
import { CellValue, isoOf } from "../cells";
import { luhnCheckDigit } from "../pnr";
import { dateOf, pnrOf, Random } from "./random";
import { DATE_FORMAT, DemoExit, DemoSheet, SYNTHETIC_NOTE } from "./types";

export const IMPORT_HEADERS = [
  "Personnr",
  "Kön",
  "Enhet",
  "Insats",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Orsak",
  "Namn",
];

/** Rows taken from the clean exits before defects are seeded (a few more are added as duplicates). */
export const IMPORT_BASE_ROWS = 40;

/** The seeded defects in row order, described for the `Om demodata` sheet (Swedish / English). */
export const SEEDED_DEFECTS: readonly string[] = [
  "10-siffrigt personnummer / 10-digit personnummer (ÅÅMMDD-NNNK)",
  "fel kontrollsiffra / wrong check digit",
  'datum som text / date as text ("2025-03-04")',
  "avslutsdatum i framtiden / exit date in the future",
  "avslut före inskrivning / exit before enrolment",
  'kön skrivet "kvinna"/"man" / gender written as a word',
  'okänd könskod "X" / unknown gender code "X"',
  'felstavad orsak "Arbte" / misspelled reason "Arbte"',
  "mellanslag efter text / trailing spaces",
  "exakt dubblettrad / exact duplicate row",
  "samma person och avslutsdatum två gånger / duplicate key",
  "tom enhet / blank required cell (Enhet)",
  "samordningsnummer / coordination number",
  "kön stämmer inte med personnumret / gender differs from the personnummer",
  "personnummer med för få siffror / personnummer with too few digits",
  'datum som inte finns ("2025-02-30") / impossible date',
  "personnummer med omöjligt datum / personnummer with an impossible date",
  "kolumnen Namn (direkt identifierande) / the Namn column (direct identifier)",
];

const FIRST_NAMES: Record<"K" | "M", string[]> = {
  K: ["Anna", "Fatima", "Maria", "Sara", "Amina", "Elin", "Leila", "Johanna"],
  M: ["Ahmed", "Erik", "Johan", "Mohamed", "Lars", "Ali", "Daniel", "Omar"],
};
// Surnames that no real register would hold, so a name can never be mistaken for a person's.
const SURNAMES = ["Demosson", "Exempelberg", "Testström", "Provlund", "Fiktivsson", "Påhittad"];

function shiftedPnr(pnr: string, change: (digits: string) => string): string {
  return change(pnr.replace("-", "")).replace(/^(\d{8})/, "$1-");
}

/**
 * The import sheet built from the clean exits (evenly spaced, so early rows lie well before today).
 * `today` places the future date; `exits` must hold at least IMPORT_BASE_ROWS / 2 rows.
 */
export function importSheet(random: Random, exits: DemoExit[], today: number): DemoSheet {
  const n = Math.min(IMPORT_BASE_ROWS, exits.length);
  const picked = Array.from({ length: n }, (_, i) => exits[Math.floor((i * exits.length) / n)]);
  const rows: CellValue[][] = picked.map((e) => [
    e.person.pnr,
    e.person.gender,
    e.unit,
    e.insats,
    dateOf(e.start),
    dateOf(e.end),
    e.reason,
    `${random.pick(FIRST_NAMES[e.person.gender])} ${random.pick(SURNAMES)}`,
  ]);
  const [PNR, GENDER, UNIT, , START, END, REASON] = [0, 1, 2, 3, 4, 5, 6];
  const e = (i: number): DemoExit => picked[i];

  rows[0][PNR] = e(0).person.pnr.slice(2); // YYMMDD-NNNC
  rows[1][PNR] = shiftedPnr(
    e(1).person.pnr,
    (d) => d.slice(0, 11) + String((Number(d[11]) + 1) % 10)
  );
  rows[2][END] = isoOf(e(2).end);
  rows[3][END] = dateOf(today + 45);
  rows[4][START] = dateOf(Math.min(e(4).end + 20, today));
  rows[4][END] = dateOf(e(4).end);
  const word = (g: "K" | "M"): string => (g === "K" ? "kvinna" : "man");
  rows[5][GENDER] = word(e(5).person.gender);
  // Show the other word too, on the first later row of the other gender.
  const other = picked.findIndex((p, i) => i > 16 && p.person.gender !== e(5).person.gender);
  if (other > 0) rows[other][GENDER] = word(e(other).person.gender);
  rows[6][GENDER] = "X";
  rows[7][REASON] = "Arbte";
  rows[8][UNIT] = `${e(8).unit}  `;
  rows[8][REASON] = `${e(8).reason} `;
  // rows[9] is duplicated exactly and rows[10] gets a second exit on the same day (below).
  rows[11][UNIT] = null;
  const coordinationSerial = e(12).person.birthSerial;
  rows[12][PNR] = pnrOf(coordinationSerial, 42, e(12).person.gender, 2, true);
  rows[13][GENDER] = e(13).person.gender === "K" ? "M" : "K";
  rows[14][PNR] = e(14).person.pnr.slice(0, -1);
  rows[15][START] = "2025-02-30";
  // A 30 February birth date with a correct check digit: only the date is wrong.
  const impossible = `${String(e(16).person.pnr).slice(2, 4)}0230` + "123";
  rows[16][PNR] = `${e(16).person.pnr.slice(0, 4)}0230-123${luhnCheckDigit(impossible)}`;

  const duplicateKey = [...rows[10]];
  duplicateKey[REASON] = rows[10][REASON] === "Avbrott" ? "Övrigt" : "Avbrott";
  rows.splice(11, 0, duplicateKey);
  rows.splice(10, 0, [...rows[9]]);

  return {
    name: "Avslut (import)",
    headers: IMPORT_HEADERS,
    rows,
    // No note row (the header must be the first row, as in a real import): a comment says it instead.
    headerComment: SYNTHETIC_NOTE,
    numberFormats: { 4: DATE_FORMAT, 5: DATE_FORMAT },
    widths: { 0: 16, 1: 8, 2: 22, 3: 26, 4: 16, 5: 14, 6: 26, 7: 22 },
  };
}

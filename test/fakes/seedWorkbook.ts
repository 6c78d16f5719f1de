/**
 * A synthetic workbook for the pane's tests and the browser harness: an exit register with seeded
 * defects, a clean income-support sheet, and a generator of large exit registers for the benchmark.
 * Every personnummer is generated here (Luhn-valid unless a defect says otherwise); none is real.
 */
import type { CellValue } from "../../src/core/cells";
import { FakeWorkbook } from "./fakeExcel";

export const EXIT_HEADERS = [
  "Personnummer",
  "Kön",
  "Enhet",
  "Insats",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Avslutsorsak",
];

/** Luhn check digit over nine digits (own code, so tests do not check the parser against itself). */
function luhn(nine: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    const p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
    sum += Math.floor(p / 10) + (p % 10);
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * A synthetic 12-digit personnummer YYYYMMDD-NNNC for person `i`, distinct for every i below 1.68 million
 * (year, month, day and serial number are the digits of i in a mixed radix); odd `i` gives a man.
 */
export function syntheticPnr(i: number): string {
  const year = 1950 + (i % 50);
  const month = 1 + (Math.floor(i / 50) % 12);
  const day = 1 + (Math.floor(i / 600) % 28);
  const serial = String(Math.floor(i / 16800) % 100).padStart(2, "0") + String(i % 2 === 1 ? 1 : 2);
  const ymd = `${String(year).slice(2)}${String(month).padStart(2, "0")}${String(day).padStart(2, "0")}`;
  return `${year}${ymd.slice(2)}-${serial}${luhn(ymd + serial)}`;
}

const UNITS = ["Jobbtorg Söder", "Jobbtorg Kista", "Jobbtorg Skärholmen"];
const REASONS = ["Arbete", "Studier", "Annan insats", "Flyttat", "Subventionerad anställning"];
// 2025-01-02 as an Excel serial: every date of the register lies in 2025, safely in the past.
const JAN_2025 = 45659;

/** One clean exit row for person `i`. */
export function exitRow(i: number): CellValue[] {
  const start = JAN_2025 + (i % 200);
  return [
    syntheticPnr(i),
    i % 2 === 1 ? "M" : "K",
    UNITS[i % 3],
    "Matchning",
    start,
    start + 30 + (i % 60),
    REASONS[i % 5],
  ];
}

/**
 * The exit register with seeded defects, one per data row from row 2 of the sheet:
 * row 3 wrong check digit, row 4 gender "X", row 5 unknown reason "Arbte", row 6 end before start,
 * row 7 blank unit, row 8 a 10-digit personnummer, row 9 gender "kvinna", row 10 a text date,
 * row 11 a copy of row 2; rows 12–21 clean.
 */
export function defectiveExits(): CellValue[][] {
  const rows: CellValue[][] = [EXIT_HEADERS];
  for (let i = 0; i < 20; i++) rows.push(exitRow(i));
  const pnr = String(rows[2][0]);
  rows[2][0] = pnr.slice(0, -1) + String((Number(pnr.slice(-1)) + 1) % 10);
  rows[3][1] = "X";
  rows[4][6] = "Arbte";
  rows[5][5] = Number(rows[5][4]) - 10;
  rows[6][2] = "";
  rows[7][0] = String(rows[7][0]).slice(2);
  rows[8][1] = "kvinna";
  rows[9][5] = "2025-06-30";
  rows[10] = rows[1].slice();
  return rows;
}

/** An exit register of `n` clean rows (the benchmark's sheet). */
export function largeExits(n: number): CellValue[][] {
  const rows: CellValue[][] = [EXIT_HEADERS];
  for (let i = 0; i < n; i++) rows.push(exitRow(i));
  return rows;
}

/** The workbook of the tests: "Avslut T1" (defects, active), "Försörjningsstöd", optionally "Stort register". */
export function seedWorkbook(largeRows = 0): FakeWorkbook {
  const wb = new FakeWorkbook();
  wb.addSheet("Avslut T1", defectiveExits());
  wb.addSheet("Försörjningsstöd", [
    ["Personnummer", "Månad", "Belopp"],
    [syntheticPnr(1), "2025-03", 8200],
    [syntheticPnr(2), "2025-04", 7900],
  ]);
  if (largeRows > 0) wb.addSheet("Stort register", largeExits(largeRows));
  return wb;
}

/**
 * A synthetic workbook for the Resultatdialog screen: the demo generator's Avslut, Forsorjningsstod and
 * Mal registers (with the demo's note line above the headers, as the CLI writes them) and an own
 * template sheet with placeholders. Every personnummer comes from the generator; none is real.
 */
import type { CellValue } from "../../src/core/cells";
import { serialOf } from "../../src/core/cells";
import { generateDemo } from "../../src/core/demo";
import { FakeWorkbook } from "./fakeWorkbook";

/** The day the demo data is generated for (every date of it lies before). */
export const DIALOGUE_TODAY = serialOf(2026, 11, 27);

const MS_PER_DAY = 86_400_000;
const toCell = (v: CellValue): CellValue =>
  v instanceof Date ? v.getTime() / MS_PER_DAY + 25_569 : v;

/** The own template: whole-cell placeholders (one with its own number format) and one inside text. */
export const TEMPLATE_SHEET = "Min mall";
export const TEMPLATE_CELLS: CellValue[][] = [
  ["Resultat för {{ENHET}}", null],
  ["Period", "{{PERIOD}}"],
  ["Andel till arbete eller studier, kvinnor", "{{EXITRATE.K}}"],
  ["Antal avslut, totalt", "{{EXITRATE.N.T}}"],
  ["Kommentar", "Andelen var {{EXITRATE.T}} ({{GAP.EXITRATE}} mellan kvinnor och män)."],
];

/** Adds a sheet of the demo workbook as the CLI writes it (its note line above the headers). */
export function addDemoSheet(
  wb: FakeWorkbook,
  demo: ReturnType<typeof generateDemo>,
  name: string
): void {
  const sheet = demo.sheets.find((s) => s.name === name)!;
  const rows = sheet.rows.map((row) => row.map(toCell));
  wb.addSheet(
    name,
    sheet.note ? [[sheet.note], [], sheet.headers, ...rows] : [sheet.headers, ...rows]
  );
}

/** The workbook: Avslut, Forsorjningsstod, Mal and "Min mall"; `exits` sets the register's size. */
export function dialogueWorkbook(exits = 600): FakeWorkbook {
  const demo = generateDemo({ exits, seed: 1, today: DIALOGUE_TODAY });
  const wb = new FakeWorkbook();
  for (const name of ["Avslut", "Forsorjningsstod", "Mal"]) addDemoSheet(wb, demo, name);
  const template = wb.addSheet(
    TEMPLATE_SHEET,
    TEMPLATE_CELLS.map((r) => r.slice())
  );
  // A format of the user's own that the filled value must keep.
  template.numberFormats.set("B3", "0.00%");
  return wb;
}

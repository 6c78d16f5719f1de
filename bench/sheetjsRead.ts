/**
 * The peer of read.bench.ts, run as its own process: SheetJS (@e965/xlsx 0.20.3, dense mode) reads
 * the named sheets of a workbook into arrays of rows, as a program that wants the values would.
 * Usage: node sheetjsRead.js FILE SHEET [SHEET …]
 */
import * as XLSX from "@e965/xlsx";

const [path, ...sheets] = process.argv.slice(2);
const workbook = XLSX.readFile(path, { sheets, dense: true, cellDates: true });
let rows = 0;
for (const name of sheets) {
  const sheet = workbook.Sheets[name];
  if (!sheet) throw new Error(`no sheet ${name}`);
  rows += XLSX.utils.sheet_to_json<unknown[]>(sheet, { header: 1, raw: true }).length;
}
process.stdout.write(`${rows} rows\n`);

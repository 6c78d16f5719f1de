/**
 * Our side of read.bench.ts's reading-only figure, run as its own process: the CLI's reader reads
 * the named sheets of a workbook into tables, as SheetJS does in sheetjsRead.ts.
 * Usage: node oursRead.js FILE SHEET [SHEET …]
 */
import { XlsxReader } from "../src/cli/xlsxReader";

async function read(): Promise<void> {
  const [path, ...sheets] = process.argv.slice(2);
  const reader = await XlsxReader.open(path);
  let rows = 0;
  for (const name of sheets) rows += (await reader.readSheet(name)).rows.length;
  reader.close();
  process.stdout.write(`${rows} rows\n`);
}

read().catch((e: unknown) => {
  process.stderr.write(`oursRead: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

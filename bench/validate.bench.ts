/**
 * Benchmark of issue 3: validate a generated 100,000-row `Avslut` sheet. Prints the time to read the
 * .xlsx with the CLI's streaming reader and the time to validate it, measured in the same run (median of 3),
 * their ratio (target ≤ 0.5: validation adds at most half the read time) and the peak RSS (target < 1 GB).
 *
 * The file is written by a child process, so the peak RSS is that of reading and validating only.
 * Run with `npm run bench` (compiled by tsconfig.bench.json, run with --expose-gc).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { serialOf } from "../src/core/cells";
import { avslutSheet, generateExits, PersonFactory, Random } from "../src/core/demo";
import { validateTable } from "../src/core/registry/validate";
import { XlsxReader } from "../src/cli/xlsxReader";
import { XlsxWorkbook } from "../src/cli/xlsxWorkbook";

const ROWS = 100_000;
const RUNS = 3;
// A fixed "today", so the data and the validation are the same on every run and machine.
const TODAY = serialOf(2026, 6, 30);
const RATIO_TARGET = 0.5;
const RSS_TARGET_MB = 1024;

async function writeFile(path: string): Promise<void> {
  const random = new Random(1);
  const exits = generateExits(random, new PersonFactory(random), ROWS, TODAY);
  const sheet = avslutSheet(exits);
  const workbook = XlsxWorkbook.create();
  workbook.writeSheet(sheet, { tableName: sheet.tableName });
  await workbook.save(path);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function measure(path: string): Promise<void> {
  const readTimes: number[] = [];
  const validateTimes: number[] = [];
  let summary = "";
  for (let run = 0; run < RUNS; run++) {
    collectGarbage();
    const t0 = process.hrtime.bigint();
    const reader = await XlsxReader.open(path);
    const table = await reader.readSheet("Avslut");
    reader.close();
    const t1 = process.hrtime.bigint();
    const report = validateTable(table, { type: "avslut", today: TODAY });
    const t2 = process.hrtime.bigint();
    readTimes.push(Number(t1 - t0) / 1e6);
    validateTimes.push(Number(t2 - t1) / 1e6);
    summary = `${report.rows} rows, ${report.counts.error} errors, ${report.counts.warning} warnings, ${report.counts.info} info`;
  }
  const read = median(readTimes);
  const validate = median(validateTimes);
  const ratio = validate / read;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  const ratioOk = ratio <= RATIO_TARGET;
  const rssOk = peakMb < RSS_TARGET_MB;
  const ms = (v: number): string => `${v.toFixed(0)} ms`;
  process.stdout.write(
    [
      `file:      ${(statSync(path).size / 1e6).toFixed(1)} MB, ${summary}`,
      `read:      ${ms(read)} (median of ${RUNS}: ${readTimes.map(ms).join(", ")})`,
      `validate:  ${ms(validate)} (median of ${RUNS}: ${validateTimes.map(ms).join(", ")})`,
      `ratio validate/read: ${ratio.toFixed(3)} (target ≤ ${RATIO_TARGET}) ${ratioOk ? "PASS" : "FAIL"}`,
      `peak RSS:  ${peakMb.toFixed(0)} MB (target < ${RSS_TARGET_MB} MB) ${rssOk ? "PASS" : "FAIL"}`,
      "",
    ].join("\n")
  );
  if (!ratioOk || !rssOk) process.exitCode = 1;
}

async function benchmark(): Promise<void> {
  if (process.argv[2] === "--write") {
    await writeFile(process.argv[3]);
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "resultatdialog-bench-"));
  try {
    const path = join(dir, "avslut-100k.xlsx");
    const t0 = Date.now();
    const child = spawnSync(
      process.execPath,
      ["--max-old-space-size=8192", __filename, "--write", path],
      {
        stdio: "inherit",
      }
    );
    if (child.status !== 0) throw new Error("writing the benchmark file failed");
    process.stdout.write(
      `generated ${ROWS.toLocaleString("en")} rows in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`
    );
    await measure(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

benchmark().catch((e: unknown) => {
  process.stderr.write(`validate.bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});

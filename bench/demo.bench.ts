/**
 * Benchmark of issue 12's demo target: `resultatdialog demo --rows 100000` in ≤ 20 s. Times what the
 * command does — generating the registers and streaming the workbook to a file — median of 3 runs,
 * and prints the generation and writing times apart, the rows per second and the file size.
 * Run with `npm run bench -- demo`.
 */
import { mkdtempSync, rmSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { demoWorkbook } from "../src/cli/commands/demo";
import { serialOf } from "../src/core/cells";
import { generateDemo } from "../src/core/demo";

const EXITS = 100_000;
const RUNS = 3;
const TARGET_S = 20;
// A fixed "today", so every run writes the same workbook.
const TODAY = serialOf(2026, 6, 30);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "demo-bench-"));
  const path = join(dir, "demo.xlsx");
  const generate: number[] = [];
  const write: number[] = [];
  const total: number[] = [];
  let rows = 0;
  try {
    for (let i = 0; i < RUNS; i++) {
      (globalThis as { gc?: () => void }).gc?.();
      const start = process.hrtime.bigint();
      const demo = generateDemo({ exits: EXITS, seed: 1, today: TODAY });
      const generated = process.hrtime.bigint();
      writeFileSync(path, await demoWorkbook(demo).toBuffer());
      const end = process.hrtime.bigint();
      generate.push(Number(generated - start) / 1e9);
      write.push(Number(end - generated) / 1e9);
      total.push(Number(end - start) / 1e9);
      rows = demo.sheets.reduce((n, s) => n + s.rows.length, 0);
    }
    const seconds = median(total);
    const verdict = seconds <= TARGET_S ? "PASS" : "FAIL";
    console.log(
      `demo --rows ${EXITS}: ${rows} rows in all, ${(statSync(path).size / 2 ** 20).toFixed(1)} MiB; median of ${RUNS} runs`
    );
    console.log(
      `  generate ${median(generate).toFixed(2)} s   write ${median(write).toFixed(2)} s   total ${seconds.toFixed(2)} s (runs ${total.map((t) => t.toFixed(2)).join(", ")})`
    );
    console.log(
      `  ${Math.round(EXITS / seconds)} exits/s, ${Math.round(rows / seconds)} rows/s   target ≤ ${TARGET_S} s   ${verdict}`
    );
    console.log(
      `Peak memory: rss ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB (at the end)`
    );
    process.exitCode = verdict === "PASS" ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});

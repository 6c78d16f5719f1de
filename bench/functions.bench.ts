/**
 * Benchmark of the custom functions on whole-column arguments (1,048,576 rows, 200,000 filled, the
 * rest null), each against a bare loop that touches the same cells once, measured in the same run.
 * Targets (issues 2 and 12): EXITRATE ≤ 3× its bare scan; SELFSUFF6M with 2,000,000 support rows ≤ 10×
 * the bare scan of both inputs. Beside EXITRATE it times a spreadsheet engine (HyperFormula) that
 * recalculates the same women's exit rate written as COUNTIFS after a one-cell edit, as a reference
 * (no target). Run with `npm run bench -- functions`.
 *
 * It calls the core indicators with the range arguments as they arrive, as src/functions/functions.ts
 * does (functions.ts itself needs the Office type definitions that the bench build leaves out).
 */
import { HyperFormula } from "hyperformula";
import { CellValue, genderFilterOf, periodWindow, serialOf } from "../src/core/cells";
import { efficiencyIndex } from "../src/core/indicators/efficiencyIndex";
import { enrollDays } from "../src/core/indicators/enrollDays";
import { exitRate } from "../src/core/indicators/exitRate";
import { genderCounts, genderGap } from "../src/core/indicators/genderGap";
import { netValue } from "../src/core/indicators/netValue";
import { rateOutput } from "../src/core/indicators/rate";
import { selfSufficiency } from "../src/core/indicators/selfSufficiency";
import { share } from "../src/core/indicators/share";
import { luhnCheckDigit, parsePnr } from "../src/core/pnr";
import { DEFAULT_EXIT_REASONS, DEFAULT_POSITIVE_EXIT_REASONS } from "../src/core/settings";

const ROWS = 1048576;
const FILLED = 200000;
const SUPPORT_ROWS = 2000000;
const RUNS = 7;
/** HyperFormula's recalculation takes seconds: three edits give a median. */
const HYPERFORMULA_EDITS = 3;

type Grid = CellValue[][];

// A seeded generator, so every run benchmarks the same synthetic data.
let seed = 20260831;
function random(): number {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
const two = (n: number) => String(n).padStart(2, "0");

function syntheticPnr(): { long: string; digits12: string } {
  const year = 1950 + Math.floor(random() * 55);
  const nine = `${two(year % 100)}${two(1 + Math.floor(random() * 12))}${two(1 + Math.floor(random() * 28))}${String(Math.floor(random() * 1000)).padStart(3, "0")}`;
  const ten = nine + luhnCheckDigit(nine);
  const century = String(Math.floor(year / 100));
  return { long: `${century}${ten.slice(0, 6)}-${ten.slice(6)}`, digits12: century + ten };
}

/**
 * A whole-column argument as Excel's runtime hands it over: built from JSON text, so that every cell
 * is its own deserialised value (as in the add-in), with a null tail up to `rows`.
 */
function grid(values: CellValue[], rows: number): Grid {
  const parsed = JSON.parse(JSON.stringify(values.map((v) => [v]))) as Grid;
  for (let r = parsed.length; r < rows; r++) parsed.push([null]);
  return parsed;
}

/** The bare loop: read every cell of every argument once. */
function bareScan(grids: Grid[]): number {
  let filled = 0;
  for (const g of grids) {
    for (let r = 0; r < g.length; r++) if (g[r][0] !== null) filled++;
  }
  return filled;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[sorted.length >> 1];
}

let peakRss = 0;
let peakHeap = 0;
function sampleMemory(): void {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
}

const pause = new Int32Array(new SharedArrayBuffer(4));

function once(fn: () => unknown): number {
  (globalThis as { gc?: () => void }).gc?.();
  // Let the collector's background sweeping finish first: on a two-core machine it would otherwise
  // compete with the timed run.
  Atomics.wait(pause, 0, 0, 150);
  const start = process.hrtime.bigint();
  fn();
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  sampleMemory();
  return ms;
}

/**
 * Median times of `fn` and of its bare loop over RUNS runs each (after a warm-up), interleaved so that
 * both see the same machine load (the bench machine is shared).
 */
function timePair(fn: () => unknown, bare: () => unknown): [number, number] {
  fn();
  bare();
  const fnTimes: number[] = [];
  const bareTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    fnTimes.push(once(fn));
    bareTimes.push(once(bare));
  }
  return [median(fnTimes), median(bareTimes)];
}

let failures = 0;
function report(name: string, [fnMs, bareMs]: [number, number], target: number | null): void {
  const ratio = fnMs / bareMs;
  const verdict = target === null ? "INFO" : ratio <= target ? "PASS" : "FAIL";
  if (verdict === "FAIL") failures++;
  const goal = target === null ? "no target" : `target ≤ ${target}×`;
  console.log(
    `${name.padEnd(12)} ${fnMs.toFixed(1).padStart(8)} ms   bare ${bareMs.toFixed(1).padStart(7)} ms   ratio ${ratio.toFixed(2).padStart(6)}×   ${goal.padEnd(13)} ${verdict}`
  );
}

/**
 * HyperFormula on the same three columns: the women's exit rate in the window as COUNTIFS (every
 * spelling of women in the data, every positive reason), then a one-cell edit of a reason and the
 * recalculation it triggers, timed. Returns the median recalculation time; fails the bench when
 * HyperFormula and EXITRATE disagree on the figures.
 */
function hyperFormulaRecalc(
  reasons: Grid,
  genders: Grid,
  exitDates: Grid,
  window: { from: number; to: number },
  expected: { count: number; total: number }
): number {
  const data: CellValue[][] = [];
  for (let r = 0; r < FILLED; r++) data.push([reasons[r][0], genders[r][0], exitDates[r][0]]);
  const women = ["K", "Kvinna"]; // the spellings of women the synthetic data uses
  const scope = (g: string) => `B:B,"${g}",C:C,">=${window.from}",C:C,"<=${window.to}"`;
  const positives = DEFAULT_POSITIVE_EXIT_REASONS.flatMap((reason) =>
    women.map((g) => `COUNTIFS(A:A,"${reason}",${scope(g)})`)
  );
  const totals = women.map((g) => `COUNTIFS(A:A,"<>",${scope(g)})`);
  data[0].push(`=${positives.join("+")}`, `=${totals.join("+")}`, "=D1/E1");
  const hf = HyperFormula.buildFromArray(data as (string | number | boolean | null)[][], {
    licenseKey: "gpl-v3",
    maxRows: ROWS,
  });
  const sheet = 0;
  const figures = () => ({
    count: hf.getCellValue({ sheet, row: 0, col: 3 }),
    total: hf.getCellValue({ sheet, row: 0, col: 4 }),
  });
  const built = figures();
  if (built.count !== expected.count || built.total !== expected.total) {
    console.log(
      `HyperFormula disagrees with EXITRATE: ${JSON.stringify(built)} vs ${JSON.stringify(expected)}`
    );
    failures++;
  }
  // Edit the reason of a woman's exit in the window, in the middle of the column, back and forth
  // (positive ↔ not): every edit changes the count, which is checked, and the data ends as it began.
  let row = FILLED >> 1;
  const inScope = (r: number) =>
    (genders[r][0] === "K" || genders[r][0] === "Kvinna") &&
    (exitDates[r][0] as number) >= window.from &&
    (exitDates[r][0] as number) <= window.to;
  while (!inScope(row)) row++;
  const original = String(reasons[row][0]);
  const wasPositive = DEFAULT_POSITIVE_EXIT_REASONS.includes(original);
  const edited = wasPositive ? "Okänd" : "Arbete";
  const times: number[] = [];
  for (let i = 0; i < HYPERFORMULA_EDITS; i++) {
    const editedNow = i % 2 === 0;
    times.push(
      once(() => hf.setCellContents({ sheet, row, col: 0 }, editedNow ? edited : original))
    );
    const shift = editedNow ? (wasPositive ? -1 : 1) : 0;
    const after = figures();
    if (after.count !== expected.count + shift || after.total !== expected.total) {
      console.log(
        `HyperFormula after edit ${i + 1}: ${JSON.stringify(after)}, expected count ${expected.count + shift}`
      );
      failures++;
    }
  }
  hf.destroy();
  return median(times);
}

function main(): void {
  console.log(
    `Building synthetic data: ${ROWS} rows, ${FILLED} filled; ${SUPPORT_ROWS} support rows …`
  );
  const people = Array.from({ length: 150000 }, syntheticPnr);
  const exitPeople = Array.from({ length: FILLED }, () => pick(people));
  const periodEnd = serialOf(2026, 8, 31);
  const firstExit = serialOf(2024, 1, 1);
  const exitSerials = Array.from(
    { length: FILLED },
    () => firstExit + Math.floor(random() * (periodEnd - firstExit))
  );

  const reasons = grid(
    Array.from({ length: FILLED }, () => pick(DEFAULT_EXIT_REASONS)),
    ROWS
  );
  const genders = grid(
    Array.from({ length: FILLED }, () => pick(["K", "M", "Kvinna", "Man", ""])),
    ROWS
  );
  const exitDates = grid(exitSerials, ROWS);
  const exitIds = grid(
    exitPeople.map((p) => p.long),
    ROWS
  );
  const starts = grid(
    exitSerials.map((s) => s - 30 - Math.floor(random() * 400)),
    ROWS
  );

  // Support: runs of consecutive months per person (as "YYYY-MM" text), 2023-07 to 2027-02.
  const supportIdValues: string[] = [];
  const supportMonthValues: string[] = [];
  while (supportIdValues.length < SUPPORT_ROWS) {
    const person = random() < 0.75 ? pick(exitPeople) : syntheticPnr();
    let month = 2023 * 12 + 6 + Math.floor(random() * 40);
    const length = 1 + Math.floor(random() * 18);
    for (let i = 0; i < length && supportIdValues.length < SUPPORT_ROWS; i++, month++) {
      supportIdValues.push(person.digits12);
      supportMonthValues.push(`${Math.floor(month / 12)}-${two((month % 12) + 1)}`);
    }
  }
  const supportIds = grid(supportIdValues, SUPPORT_ROWS);
  const supportMonths = grid(supportMonthValues, SUPPORT_ROWS);
  const outcomes = grid(
    Array.from({ length: FILLED }, () => Math.floor(random() * 200)),
    ROWS
  );
  const costs = grid(
    Array.from({ length: FILLED }, () => 100000 + Math.floor(random() * 5000000)),
    ROWS
  );
  sampleMemory();
  console.log("Median of", RUNS, "runs each; ratio = function / bare loop over the same cells.\n");

  const gender = genderFilterOf("K", "gender");
  const exitRateCall = () => {
    return rateOutput(
      exitRate({
        reasons,
        genders,
        gender,
        exitDates,
        periodEnd,
        months: 12,
        positiveReasons: DEFAULT_POSITIVE_EXIT_REASONS,
      }),
      "all"
    );
  };
  const exitRateTimes = timePair(exitRateCall, () => bareScan([reasons, genders, exitDates]));
  report("EXITRATE", exitRateTimes, 3);
  const expected = exitRate({
    reasons,
    genders,
    gender,
    exitDates,
    periodEnd,
    months: 12,
    positiveReasons: DEFAULT_POSITIVE_EXIT_REASONS,
  });
  const hfMs = hyperFormulaRecalc(
    reasons,
    genders,
    exitDates,
    periodWindow(periodEnd, 12),
    expected
  );
  console.log(
    `${"HyperFormula".padEnd(12)} ${hfMs.toFixed(1).padStart(8)} ms   recalculation of the same rate as COUNTIFS after a one-cell edit: ` +
      `${(hfMs / exitRateTimes[0]).toFixed(1)}× EXITRATE's ${exitRateTimes[0].toFixed(1)} ms   INFO`
  );

  const selfSuffCall = () => {
    return rateOutput(
      selfSufficiency({ exitIds, exitDates, supportIds, supportMonths, periodEnd }),
      "all"
    );
  };
  report(
    "SELFSUFF6M",
    timePair(selfSuffCall, () => bareScan([exitIds, exitDates, supportIds, supportMonths])),
    10
  );

  const shareCall = () => share({ values: reasons, positiveValues: ["Arbete", "Studier"] });
  report(
    "SHARE",
    timePair(shareCall, () => bareScan([reasons])),
    null
  );

  const gapCall = () => {
    const { women, men } = genderCounts({ values: reasons, positiveValues: ["Arbete"], genders });
    return genderGap(women, men);
  };
  report(
    "GENDERGAP",
    timePair(gapCall, () => bareScan([reasons, genders])),
    null
  );

  const enrollCall = () => {
    return enrollDays({ startDates: starts, endDates: exitDates, statistic: "median" });
  };
  report(
    "ENROLLDAYS",
    timePair(enrollCall, () => bareScan([starts, exitDates])),
    null
  );

  const effCall = () => {
    return efficiencyIndex({ outcomes, costs });
  };
  report(
    "EFFINDEX",
    timePair(effCall, () => bareScan([outcomes, costs])),
    null
  );

  const netCall = () =>
    netValue({
      participants: 120,
      annualEffect: 75045,
      interventionCost: 4e6,
      years: 50,
      discountRate: 0.03,
      decay: 0.1,
    });
  report(
    "NETVALUE",
    timePair(netCall, () => bareScan([[[120]], [[75045]], [[4e6]]])),
    null
  );

  const pnrCall = () => {
    for (let i = 0; i < 1000; i++) parsePnr(exitIds[i][0]);
  };
  report(
    "PNR ×1000",
    timePair(pnrCall, () => bareScan([exitIds.slice(0, 1000)])),
    null
  );

  console.log(
    `\nPeak memory: rss ${(peakRss / 2 ** 20).toFixed(0)} MiB, heapUsed ${(peakHeap / 2 ** 20).toFixed(0)} MiB (data included)`
  );
  process.exitCode = failures === 0 ? 0 : 1;
}

main();

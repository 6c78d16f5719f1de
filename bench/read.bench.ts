/**
 * Benchmark of issue 12: the CLI's reading path on `resultatdialog demo --rows 100000` (cached under
 * the system's temp folder, generated on the first run), against SheetJS reading the same sheets.
 * Each figure is one child process, timed and with its peak RSS from /usr/bin/time:
 *
 *   validate FILE --sheet Avslut            vs  SheetJS reading Avslut
 *   report FILE --period 2025T2 --all       vs  SheetJS reading the register sheets report reads
 *   our reader reading those sheets         vs  the same SheetJS read (reading alone, like for like)
 *
 * Targets: validate ≤ 1.0× SheetJS and ≤ 600 MB; report ≤ 1.0× SheetJS and ≤ 1 GB. Prints the runs
 * (min–max, the noise of the machine), the median ratios and peak RSS. RUNS=n sets the runs (default 3).
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const ROOT = join(__dirname, "..", "..", "..");
const CLI = join(ROOT, "bin", "resultatdialog.js");
const ROWS = 100_000;
const CACHE = join(tmpdir(), "resultatdialog-bench");
const FILE = join(CACHE, `demo-${ROWS}.xlsx`);
const RUNS = Math.max(1, Number(process.env.RUNS ?? 3));
const TIME = "/usr/bin/time";

interface Run {
  seconds: number;
  peakMb: number;
  status: number | null;
}

/** One child process under /usr/bin/time: wall-clock seconds and peak RSS. */
function timed(args: string[], heapMb: number): Run {
  const child = spawnSync(
    TIME,
    ["-f", "%e %M", process.execPath, `--max-old-space-size=${heapMb}`, ...args],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 64 * 1024 * 1024,
    }
  );
  const last = child.stderr.trim().split("\n").pop() ?? "";
  const [seconds, kb] = last.split(" ").map(Number);
  if (!Number.isFinite(seconds))
    throw new Error(`cannot time ${args.join(" ")}: ${child.stderr.slice(-500)}`);
  return { seconds, peakMb: kb / 1024, status: child.status };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function series(name: string, args: string[], heapMb: number, okStatus: readonly number[]): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = timed(args, heapMb);
    if (run.status === null || !okStatus.includes(run.status))
      throw new Error(`${name} exited with ${run.status}`);
    runs.push(run);
  }
  return runs;
}

function describe(name: string, runs: Run[]): string {
  const s = runs.map((r) => r.seconds);
  const mb = Math.max(...runs.map((r) => r.peakMb));
  return `${name.padEnd(34)} ${median(s).toFixed(2).padStart(7)} s  (runs ${s.map((v) => v.toFixed(2)).join(", ")}; min–max ${Math.min(...s).toFixed(2)}–${Math.max(...s).toFixed(2)})  peak RSS ${mb.toFixed(0)} MB`;
}

function ensureFile(): void {
  if (existsSync(FILE)) return;
  mkdirSync(CACHE, { recursive: true });
  const partial = mkdtempSync(join(CACHE, "gen-"));
  const out = join(partial, "demo.xlsx");
  const t0 = Date.now();
  execFileSync(
    process.execPath,
    [
      "--max-old-space-size=8192",
      CLI,
      "demo",
      "--rows",
      String(ROWS),
      "--today",
      "2026-06-30",
      "--out",
      out,
    ],
    {
      stdio: "inherit",
    }
  );
  renameSync(out, FILE);
  rmSync(partial, { recursive: true, force: true });
  process.stdout.write(`generated ${FILE} in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

function main(): void {
  // The CLI runs from lib/: build it from the current sources first.
  execFileSync(
    process.execPath,
    [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
    { cwd: ROOT, stdio: "inherit" }
  );
  ensureFile();
  process.stdout.write(
    `file: ${FILE} (${(statSync(FILE).size / 1e6).toFixed(1)} MB), ${RUNS} runs each\n`
  );
  const peer = join(__dirname, "sheetjsRead.js");
  const reader = join(__dirname, "oursRead.js");
  const reportSheets = ["Avslut", "Forsorjningsstod", "VuxUppfoljning", "Personalkostnad", "Mal"];
  // The CLI gets the memory cap the tests use; SheetJS gets room, so its time is not a GC struggle.
  const cases = [
    {
      name: "validate --sheet Avslut",
      ours: [CLI, "validate", FILE, "--sheet", "Avslut", "--today", "2026-06-30"],
      peer: [peer, FILE, "Avslut"],
      rssTarget: 600,
    },
    {
      name: "report --period 2025T2 --all",
      ours: [
        CLI,
        "report",
        FILE,
        "--period",
        "2025T2",
        "--all",
        "--today",
        "2026-06-30",
        "--out",
        join(CACHE, "bench-report.xlsx"),
        "--force",
      ],
      // report reads the registers it summarises: exits and income support (plus the small ones).
      peer: [peer, FILE, ...reportSheets],
      rssTarget: 1024,
    },
    {
      // The reading alone, like for like: what report's reading path costs before validating and
      // building the dialogue (which the line above includes).
      name: "reading report's sheets",
      ours: [reader, FILE, ...reportSheets],
      peer: [peer, FILE, ...reportSheets],
      rssTarget: 1024,
    },
  ];
  let failed = false;
  for (const c of cases) {
    rmSync(join(CACHE, "bench-report.xlsx"), { force: true });
    const ours = series(`ours ${c.name}`, c.ours, 1536, [0, 1]);
    const theirs = series(`SheetJS ${c.name}`, c.peer, 8192, [0]);
    const ratio = median(ours.map((r) => r.seconds)) / median(theirs.map((r) => r.seconds));
    const peak = Math.max(...ours.map((r) => r.peakMb));
    const ratioOk = ratio <= 1.0;
    const rssOk = peak <= c.rssTarget;
    failed ||= !ratioOk || !rssOk;
    process.stdout.write(
      [
        describe(`ours    ${c.name}`, ours),
        describe(`SheetJS ${c.name}`, theirs),
        `ratio ours/SheetJS: ${ratio.toFixed(2)}× (target ≤ 1.0×) ${ratioOk ? "PASS" : "FAIL"} · peak RSS ${peak.toFixed(0)} MB (target ≤ ${c.rssTarget} MB) ${rssOk ? "PASS" : "FAIL"}`,
        "",
      ].join("\n")
    );
  }
  rmSync(join(CACHE, "bench-report.xlsx"), { force: true });
  if (failed) process.exitCode = 1;
}

try {
  main();
} catch (e) {
  process.stderr.write(`read.bench: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
}

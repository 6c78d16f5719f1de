/**
 * Runs the real `bin/resultatdialog.js` in a child process. The CLI is compiled to lib/ first, but
 * only when a source is newer than the compiled entry point, and under a lock file so that parallel
 * jest workers never compile over each other.
 */
import { execFileSync, spawnSync } from "child_process";
import { closeSync, existsSync, openSync, readdirSync, statSync, unlinkSync } from "fs";
import { join } from "path";

export const ROOT = join(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "resultatdialog.js");
const ENTRY = join(ROOT, "lib", "cli", "main.js");
const LOCK = join(ROOT, "lib", ".build-cli.lock");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function upToDate(): boolean {
  if (!existsSync(ENTRY)) return false;
  const built = statSync(ENTRY).mtimeMs;
  return (
    newestSource(join(ROOT, "src", "core")) <= built &&
    newestSource(join(ROOT, "src", "cli")) <= built
  );
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Compiles src/cli and src/core to lib/ when needed (npm run build:cli), once across workers. */
export function ensureCliBuilt(): void {
  if (upToDate()) return;
  execFileSync("mkdir", ["-p", join(ROOT, "lib")]);
  const deadline = Date.now() + 180_000;
  for (;;) {
    let fd: number | null = null;
    try {
      fd = openSync(LOCK, "wx");
    } catch {
      // Another worker is compiling; a lock older than three minutes is a leftover of a killed run.
      if (existsSync(LOCK) && Date.now() - statSync(LOCK).mtimeMs > 180_000) unlinkSync(LOCK);
      if (Date.now() > deadline) throw new Error("timed out waiting for the CLI build lock");
      sleep(250);
      if (upToDate()) return;
      continue;
    }
    try {
      if (upToDate()) return;
      const tsc = require.resolve("typescript/bin/tsc");
      const run = spawnSync(process.execPath, [tsc, "-p", "tsconfig.cli.json"], {
        cwd: ROOT,
        encoding: "utf8",
      });
      // tsc emits even with type errors; type errors are the lint step's business, a missing entry is ours.
      if (!existsSync(ENTRY) || (run.status !== 0 && !upToDate())) {
        throw new Error(`npm run build:cli failed:\n${run.stdout}${run.stderr}`);
      }
      return;
    } finally {
      closeSync(fd);
      unlinkSync(LOCK);
    }
  }
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the bin with arguments in a directory, with a controlled locale (English unless given). */
export function runCli(
  args: string[],
  options: { cwd?: string; env?: Record<string, string> } = {}
): CliRun {
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    LANG: "en_US.UTF-8",
    ...options.env,
  };
  const run = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    env,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: run.status ?? -1, stdout: run.stdout, stderr: run.stderr };
}

/** A personnummer-like run of 10 or 12 digits (with or without separator) whose last four are not masked. */
export const UNMASKED_PNR = /(?<!\d)(\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/;

#!/usr/bin/env node
"use strict";
// Runs every benchmark script (bench/*.bench.ts, compiled to build/bench) in its own Node process,
// so that one benchmark's heap does not disturb the next one's peak-memory figure.
const { execFileSync, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
execFileSync(
  process.execPath,
  [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.bench.json"],
  {
    cwd: root,
    stdio: "inherit",
  }
);
const only = process.argv.slice(2);
const dir = path.join(root, "build", "bench", "bench");
const scripts = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".bench.js"))
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
  .sort();
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n=== ${script.replace(/\.js$/, "")} ===\n`);
  const run = spawnSync(
    process.execPath,
    ["--expose-gc", "--max-old-space-size=8192", path.join(dir, script)],
    {
      cwd: root,
      stdio: "inherit",
    }
  );
  if (run.status !== 0) failed++;
}
process.exitCode = failed === 0 ? 0 : 1;

#!/usr/bin/env node
"use strict";
// The CLI is compiled from src/cli to lib/cli by `npm run build:cli` (run on install by `prepare`).
const { main } = require("../lib/cli/main.js");
main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`resultatdialog: ${err && err.message ? err.message : String(err)}\n`);
    process.exitCode = 2;
  }
);

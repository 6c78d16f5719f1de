#!/usr/bin/env node
"use strict";
// `npm start`: build the add-in, write the demo workbook, then serve on https://localhost:3000.
// On Windows and Mac, office-addin-debugging also sideloads into desktop Excel; it cannot on Linux,
// so there we serve and print how to sideload into Excel on the web instead of failing.
// `npm start -- web --document URL` (or any other arguments) passes them on, on every system:
// `office-addin-debugging start manifest.xml web --document URL` sideloads into Excel on the web.
// RESULTATDIALOG_START_DRY_RUN=1 prints the commands, one JSON array a line, instead of running them.
const { spawn, spawnSync } = require("child_process");
const fs = require("fs");
const path = require("path");
const { debuggingCommand, root } = require("./debugging");

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const port = process.env.npm_package_config_dev_server_port || 3000;
const demoPath = path.join(root, "demo.xlsx");
const dryRun = Boolean(process.env.RESULTATDIALOG_START_DRY_RUN);
const passThrough = process.argv.slice(2);

function run(command, args) {
  if (dryRun) return void process.stdout.write(JSON.stringify([command, ...args]) + "\n");
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  if (result.status !== 0) {
    process.stderr.write(`\n${command} ${args.join(" ")} failed (exit ${result.status}).\n`);
    process.exit(result.status || 1);
  }
}

/** Runs a long-lived command (dev server, debugging) and exits with it. */
function hand(command, args, options = {}) {
  if (dryRun) return void process.stdout.write(JSON.stringify([command, ...args]) + "\n");
  const child = spawn(command, args, { cwd: root, stdio: "inherit", ...options });
  const stop = () => child.kill("SIGTERM");
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  child.on("exit", (code) => process.exit(code || 0));
}

run(npm, ["run", "build:dev"]);
run(npm, ["run", "build:cli"]);
if (!fs.existsSync(demoPath)) {
  run(process.execPath, [path.join(root, "bin", "resultatdialog.js"), "demo", "--out", demoPath]);
}
if (!dryRun) process.stdout.write(`\nDemo workbook (synthetic data only): ${demoPath}\n`);

const sideloadable = process.platform === "win32" || process.platform === "darwin";
if (passThrough.length > 0) {
  // Builds nothing more: office-addin-debugging starts `npm run dev-server` and opens Excel.
  const [command, ...args] = debuggingCommand(["start", "manifest.xml", ...passThrough]);
  hand(command, args);
} else if (sideloadable && !process.env.RESULTATDIALOG_NO_SIDELOAD) {
  const [command, ...args] = debuggingCommand(["start", "manifest.xml"]);
  hand(command, args);
} else {
  const manifest = path.join(root, "dist", "manifest.xml");
  if (!dryRun) {
    process.stdout.write(
      [
        "",
        "Excel desktop is not available on this system, so the add-in is served for Excel on the web.",
        `  1. Leave this running: the add-in is served on https://localhost:${port}/`,
        `  2. Open https://localhost:${port}/taskpane.html in the browser you use for Excel on the web and`,
        "     accept the development certificate once (it is self-signed).",
        "  3. In Excel on the web open a workbook (e.g. upload demo.xlsx to OneDrive), then",
        "     Home > Add-ins > More Add-ins > Upload My Add-in (My Add-ins > Manage > Upload),",
        `     and choose ${manifest}`,
        "     (or: npm start -- web --document <the workbook's URL> sideloads it for you).",
        "  4. Type =AMF.EXITRATE( in a cell, or open Resultatdialog on the Home tab.",
        "Stop with Ctrl+C.",
        "",
      ].join("\n")
    );
  }
  hand(npm, ["run", "dev-server"], { shell: process.platform === "win32" });
}

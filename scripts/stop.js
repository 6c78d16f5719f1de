#!/usr/bin/env node
"use strict";
// `npm stop`: on Windows and Mac, unregister the sideloaded add-in and stop the dev server;
// on Linux the dev server started by `npm start` stops with Ctrl+C and nothing was sideloaded.
const { spawnSync } = require("child_process");
const path = require("path");

if (process.platform === "win32" || process.platform === "darwin") {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const result = spawnSync(npm, ["exec", "--", "office-addin-debugging", "stop", "manifest.xml"], {
    cwd: path.join(__dirname, ".."),
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  process.exit(result.status || 0);
} else {
  process.stdout.write("Nothing to stop: on Linux `npm start` only serves the add-in; stop it with Ctrl+C.\n");
}

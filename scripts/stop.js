#!/usr/bin/env node
"use strict";
// `npm stop`: on Windows and Mac, unregister the sideloaded add-in and stop the dev server
// (office-addin-debugging stop). On Linux a plain `npm start` sideloaded nothing (stop its server with
// Ctrl+C); after `npm start -- web --document URL`, `npm stop -- web` stops that the same way.
const { spawnSync } = require("child_process");
const { debuggingCommand, root } = require("./debugging");

const passThrough = process.argv.slice(2);
if (passThrough.length > 0 || process.platform === "win32" || process.platform === "darwin") {
  const [command, ...args] = debuggingCommand(["stop", "manifest.xml", ...passThrough]);
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  process.exit(result.status || 0);
} else {
  process.stdout.write(
    "Nothing to stop: on Linux `npm start` only serves the add-in; stop it with Ctrl+C (after `npm start -- web …`: npm stop -- web).\n"
  );
}

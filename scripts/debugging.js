"use strict";
// office-addin-debugging run by Node directly (its cli.js), not through npm or a shell: arguments
// such as a document URL with `&` reach it unchanged on Windows as on Mac and Linux.
const path = require("path");

const root = path.join(__dirname, "..");

/** The command line that runs `office-addin-debugging <args>`: [executable, ...arguments]. */
function debuggingCommand(args) {
  const cli = path.join(
    path.dirname(require.resolve("office-addin-debugging/package.json", { paths: [root] })),
    "cli.js"
  );
  return [process.execPath, cli, ...args];
}

module.exports = { debuggingCommand, root };

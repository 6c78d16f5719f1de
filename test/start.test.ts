// `npm start` and its arguments, run as a dry run (the commands printed, nothing started).
import { spawnSync } from "child_process";
import { join } from "path";

const ROOT = join(__dirname, "..");

function plannedCommands(args: string[]): string[][] {
  const result = spawnSync(process.execPath, [join(ROOT, "scripts", "start.js"), ...args], {
    cwd: ROOT,
    env: { ...process.env, RESULTATDIALOG_START_DRY_RUN: "1" },
    encoding: "utf8",
  });
  expect(result.status).toBe(0);
  return result.stdout
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as string[]);
}

describe("npm start", () => {
  it("passes `web --document URL` on to office-addin-debugging unchanged, by Node and without a shell", () => {
    const url =
      "https://contoso.sharepoint.com/:x:/r/sites/amf/Doc.aspx?sourcedoc=%7B1%7D&file=demo.xlsx";
    const commands = plannedCommands(["web", "--document", url]);
    expect(commands.slice(0, 2)).toEqual([
      [expect.stringMatching(/^npm(\.cmd)?$/), "run", "build:dev"],
      [expect.stringMatching(/^npm(\.cmd)?$/), "run", "build:cli"],
    ]);
    const last = commands[commands.length - 1];
    expect(last[0]).toBe(process.execPath);
    expect(last[1]).toMatch(/office-addin-debugging[\\/]cli\.js$/);
    expect(last.slice(2)).toEqual(["start", "manifest.xml", "web", "--document", url]);
  });

  it("without arguments serves for Excel on the web where no desktop Excel can be sideloaded", () => {
    const last = plannedCommands([]).pop()!;
    if (process.platform === "win32" || process.platform === "darwin")
      expect(last.slice(2)).toEqual(["start", "manifest.xml"]);
    else expect(last.slice(1)).toEqual(["run", "dev-server"]);
  });
});

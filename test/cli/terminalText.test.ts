/**
 * Control characters from a file never reach the terminal: escape sequences and control characters
 * are stripped inside each line, and a cell's own line breaks become spaces before it is quoted.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { displayValue, oneLine } from "../../src/core/cells";
import { terminalText } from "../../src/cli/terminalText";
import { mulberry32, syntheticPnr } from "../helpers/synthetic";
import { ensureCliBuilt, runCli, UNMASKED_PNR } from "./runCli";

describe("terminalText", () => {
  test("strips CSI and OSC sequences, C0 and C1 controls within lines; keeps the program's line breaks", () => {
    expect(terminalText("a\u001b[31mred\u001b[0m b")).toBe("ared b");
    expect(terminalText("title\u001b]0;pwned\u0007 x")).toBe("title x");
    expect(terminalText("over\rwrite\u0000\u0007\u007f\u0085\u009b2Jend")).toBe("overwriteend");
    expect(terminalText("one\ntwo\tthree\n")).toBe("one\ntwo three\n");
    expect(terminalText("Kön: Övrigt – “ok” €")).toBe("Kön: Övrigt – “ok” €");
  });

  test("a cell's line breaks and controls become one space before a message quotes it", () => {
    expect(oneLine("rad ett\r\nrad två\u2028tre")).toBe("rad ett rad två tre");
    expect(displayValue("2024-01-10\nErrors: 0")).toBe('"2024-01-10 Errors: 0"');
  });
});

describe("validate on a file with escape sequences and line breaks in cells", () => {
  beforeAll(() => ensureCliBuilt(), 180_000);

  test("every issue stays on its line, no escape reaches stdout or stderr, personnummer masked", () => {
    const dir = mkdtempSync(join(tmpdir(), "rd-terminal-"));
    const rng = mulberry32(21);
    const [a, b] = [syntheticPnr(rng, { gender: "K" }), syntheticPnr(rng, { gender: "M" })];
    const lines = [
      "Personnummer;Kön;Enhet;Insats;Inskrivningsdatum;Avslutsdatum;Avslutsorsak",
      `${a.long};K;Jobbtorg City;Praktik;"2024\u001b[2J-01-10";2024-06-30;Arbete`,
      `${b.long};M;Jobbtorg City;Praktik;"2024-01-10\nErrors: 0 \u00b7 Warnings: 0";2024-06-30;Arbete`,
    ];
    const path = join(dir, "escapes.csv");
    writeFileSync(path, lines.join("\n") + "\n");
    const run = runCli(["validate", path, "--today", "2026-03-15"]);
    expect(run.code).toBe(1);
    // eslint-disable-next-line no-control-regex -- asserts that no control character reaches the terminal
    expect(run.stdout + run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(run.stdout).not.toMatch(UNMASKED_PNR);
    const issueLines = run.stdout.split("\n").filter((l) => l.includes("date/invalid:"));
    expect(issueLines).toHaveLength(2);
    expect(issueLines[0]).toContain('"2024 [2J-01-10"');
    expect(issueLines[1]).toContain('"2024-01-10 Errors: 0 · Warnings: 0"');
    // Only the program's own summary line starts with "Errors:".
    expect(run.stdout.split("\n").filter((l) => l.startsWith("Errors:"))).toHaveLength(1);
  });
});

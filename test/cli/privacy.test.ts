/**
 * Found: personnummer in sheet names, Enhet values and file names reached validate's text and JSON,
 * report's sheets and the terminal. The real CLI, in a child process, on workbooks made here.
 */
import { copyFileSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { ensureCliBuilt, runCli } from "./runCli";
import { mulberry32, syntheticPnr, syntheticPnrs } from "../helpers/synthetic";

const TODAY = "2026-11-27";
const rng = mulberry32(808);
const named = syntheticPnr(rng, { year: 1985 }); // in the sheet name
const inUnit = syntheticPnr(rng, { year: 1979 }); // typed into Enhet
const inFile = syntheticPnr(rng, { year: 1990 }); // in a file name
const people = syntheticPnrs(rng, 30);
const spaced = (p: typeof named) => `${p.digits10.slice(0, 6)} - ${p.digits10.slice(6)}`;
const TAILS = [named, inUnit, inFile, ...people].map((p) => p.digits10.slice(6));

let dir: string;
let leaky: string; // sheet "Avslut <pnr>", Enhet with a personnummer in two rows
let unitOnly: string; // sheet "Avslut", Enhet with a personnummer
let clean: string; // no personnummer outside the ID column

async function workbook(
  path: string,
  sheetName: string,
  unitOf: (i: number) => string
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRow(["Personnummer", "Kön", "Enhet", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"]);
  people.forEach((p, i) =>
    ws.addRow([
      p.long,
      p.gender,
      unitOf(i),
      "2025-01-10",
      `2025-0${1 + (i % 7)}-15`,
      i % 3 === 0 ? "Studier" : "Arbete",
    ])
  );
  await wb.xlsx.writeFile(path);
}

/** The output lines of a run, none of which may hold a last-four group of any number used here. */
function expectNoPersonalNumber(...texts: string[]): void {
  for (const text of texts)
    for (const tail of TAILS) expect(text).not.toMatch(new RegExp(`(?<!\\d)${tail}(?!\\d)`));
}

beforeAll(async () => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), "resultatdialog-privacy-"));
  leaky = join(dir, "leaky.xlsx");
  unitOnly = join(dir, "unit.xlsx");
  clean = join(dir, "clean.xlsx");
  await workbook(leaky, `Avslut ${spaced(named)}`, (i) =>
    i === 3 ? `Nord ${spaced(inUnit)}` : i === 7 ? inUnit.long : "Jobbtorg Syd"
  );
  await workbook(unitOnly, "Avslut", (i) => (i === 5 ? inUnit.short : "Jobbtorg Syd"));
  await workbook(clean, "Avslut", (i) => (i % 2 ? "Jobbtorg Syd" : "Jobbtorg Nord"));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("validate: a sheet whose name and Enhet values hold a personnummer", () => {
  test("text: masked, pnr/misplaced reported, exit 1", () => {
    const run = runCli(["validate", leaky, "--today", TODAY]);
    expect(run.code).toBe(1);
    expect(run.stdout.split("\n")[0]).toMatch(
      new RegExp(`^Sheet: Avslut ${named.digits10.slice(0, 6)} - \\*\\*\\*\\* · type: avslut`)
    );
    expect(run.stdout).toMatch(/pnr\/misplaced\s+2\s+error/);
    expect(run.stdout).toContain(
      `row 5 · Enhet · C5 · pnr/misplaced: Row 5, column "Enhet": "Nord ${inUnit.digits10.slice(0, 6)} - ****" holds a personnummer`
    );
    expectNoPersonalNumber(run.stdout, run.stderr);
  });

  test("--json: the sheet field masked, the issues as [row, column, code]", () => {
    const run = runCli(["validate", leaky, "--json", "--today", TODAY, "--lang", "sv"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report.sheet).toBe(`Avslut ${named.digits10.slice(0, 6)} - ****`);
    const misplaced = report.issues.filter((i: { code: string }) => i.code === "pnr/misplaced");
    expect(
      misplaced.map((i: { row: number; column: string; code: string }) => [i.row, i.column, i.code])
    ).toEqual([
      [5, "Enhet", "pnr/misplaced"],
      [9, "Enhet", "pnr/misplaced"],
    ]);
    expect(misplaced[1].message).toBe(
      `Rad 9, kolumn "Enhet": "${inUnit.long.slice(0, 9)}****" innehåller ett personnummer; det hör hemma i ID-kolumnen, inte här (det skulle synas i rapporterna).`
    );
    expectNoPersonalNumber(run.stdout, run.stderr);
  });
});

describe("report refuses to name a unit or a sheet after a personnummer", () => {
  test.each([
    ["a sheet name and Enhet", () => leaky, ["--all"]],
    ["Enhet, --all", () => unitOnly, ["--all"]],
    ["Enhet, --unit", () => unitOnly, ["--unit", inUnit.short]],
    ["Enhet, kalkyl", () => unitOnly, ["--all", "--template", "kalkyl"]],
  ])("%s: exit 2, one line, nothing personal", (_name, file, extra) => {
    const out = join(dir, `refused-${Math.random().toString(36).slice(2)}.xlsx`);
    const run = runCli([
      "report",
      file(),
      "--period",
      "2025T2",
      ...extra,
      "--out",
      out,
      "--today",
      TODAY,
    ]);
    expect(run.code).toBe(2);
    const lines = run.stderr.trimEnd().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^resultatdialog: .*personnummer/);
    expect(run.stdout).toBe("");
    expectNoPersonalNumber(run.stdout, run.stderr);
  });
});

describe("a file name holding a personnummer is masked in every output line", () => {
  test("validate, report and a missing file", () => {
    const named = join(dir, `utdrag ${inFile.long}.xlsx`);
    copyFileSync(clean, named);
    const runs = [
      runCli(["validate", named, "--today", TODAY]),
      runCli(["validate", named, "--json", "--today", TODAY]),
      runCli(["report", named, "--period", "2025T2", "--all", "--today", TODAY]),
      runCli([
        "report",
        clean,
        "--period",
        "2025T2",
        "--out",
        join(dir, `rapport ${spaced(inFile)}.xlsx`),
        "--today",
        TODAY,
      ]),
      runCli(["validate", join(dir, `saknas ${inFile.digits12}.xlsx`)]),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 2]);
    for (const run of runs) expectNoPersonalNumber(run.stdout, run.stderr);
    expect(runs[2].stdout).toContain(`utdrag ${inFile.long.slice(0, 9)}****`);
    expect(runs[3].stdout).toContain(`rapport ${inFile.digits10.slice(0, 6)} - ****.xlsx`);
    expect(runs[4].stderr).toContain(`saknas ${inFile.digits12.slice(0, 8)}****.xlsx`);
  });
});

/**
 * The privacy corpus test of issue #8: every command of the real CLI (validate text and --json, fix,
 * report --all / --unit / an own template) and every custom function, on workbooks and CSVs with
 * synthetic personnummer in every accepted spelling in every place (see corpus.ts). No stdout,
 * stderr, JSON field, cell, sheet name or document property of any written file may hold the digits
 * of one. fix's corrected sheet is the user's register itself: the numbers of its cells may stay
 * there, nowhere else.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { ensureCliBuilt, runCli, type CliRun } from "../cli/runCli";
import { col, installRuntimeStub, StubError } from "../functions/stub";
import {
  dropoutRisk,
  efficiencyIndex,
  enrollDays,
  exitRate,
  genderGap,
  netValue,
  pnr,
  selfSufficiency6m,
  share,
} from "../../src/functions/functions";
import { maskPersonalNumbers } from "../../src/core/pnr";
import { mulberry32, pnrSpellings, syntheticPnr } from "../helpers/synthetic";
import { buildCorpus, findPlanted, xlsxParts, type Corpus, type Planted } from "./corpus";

const TODAY = "2026-11-27";
let corpus: Corpus;
let outDir: string;

beforeAll(async () => {
  ensureCliBuilt();
  const dir = mkdtempSync(join(tmpdir(), "resultatdialog-corpus-"));
  corpus = await buildCorpus(dir);
  outDir = join(dir, "ut");
  mkdirSync(outDir);
}, 180_000);

afterAll(() => {
  if (corpus) rmSync(corpus.dir, { recursive: true, force: true });
});

const describeLeaks = (found: Planted[]): string[] =>
  found.map((p) => `${p.place} (${p.form}: ${JSON.stringify(p.value)})`);

/** Planted numbers a CLI run let through on the terminal; a refusal (exit 2) must be one line. */
function terminalLeaks(run: CliRun): string[] {
  expect([0, 1, 2]).toContain(run.code);
  if (run.code === 2) expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(run.stderr).not.toMatch(/internal error|internt fel|\n\s+at /);
  return describeLeaks(findPlanted(run.stdout + "\n" + run.stderr, corpus.planted));
}

let outCount = 0;
/** An --out path whose file name itself holds a personnummer (spelled as a user might). */
function outPath(): string {
  const p = syntheticPnr(mulberry32(++outCount), { year: 1970 + outCount });
  return join(outDir, `ut ${outCount} ${p.long}.xlsx`);
}

/** Planted numbers in any XML part of a written .xlsx (cells, shared strings, sheet names, docProps). */
function fileLeaks(path: string, allowedInRegisterCopy: readonly Planted[] = []): string[] {
  const parts = xlsxParts(readFileSync(path));
  expect(parts.has("docProps/core.xml")).toBe(true);
  expect(parts.has("xl/workbook.xml")).toBe(true);
  const leaks: string[] = [];
  // Where fix's corrected copy of the register keeps its cells: its worksheet (the first) and the shared strings.
  const registerParts = new Set(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml"]);
  const others = corpus.planted.filter((p) => !allowedInRegisterCopy.includes(p));
  for (const [name, xml] of parts) {
    const checked =
      allowedInRegisterCopy.length > 0 && registerParts.has(name) ? others : corpus.planted;
    for (const leak of describeLeaks(findPlanted(xml, checked))) leaks.push(`${name}: ${leak}`);
  }
  return leaks;
}

describe("the scanner finds what was planted (control)", () => {
  test("every planted number is found in the input files or their names", () => {
    const inputs = Object.values(corpus.files);
    const texts: string[] = inputs.map((f) => f);
    for (const file of inputs) {
      if (file.endsWith(".xlsx")) texts.push(...xlsxParts(readFileSync(file)).values());
      else if (file === corpus.files.csvUtf16)
        texts.push(readFileSync(file).toString("latin1")); // NULs between the digits
      else texts.push(readFileSync(file, "utf8"));
    }
    const found = new Set(findPlanted(texts.join("\n"), corpus.planted));
    const missed = corpus.planted.filter((p) => !found.has(p));
    expect(describeLeaks(missed)).toEqual([]);
    expect(corpus.planted.length).toBeGreaterThan(300);
    // Every spelling of pnrSpellings is planted somewhere, in cells and in sheet names.
    const forms = new Set(
      pnrSpellings(mulberry32(1), syntheticPnr(mulberry32(1), { year: 2004 })).map((s) => s.form)
    );
    expect(new Set(corpus.planted.map((p) => p.form))).toEqual(forms);
    const inSheetNames = new Set(
      corpus.planted.filter((p) => p.place.endsWith("sheet name")).map((p) => p.form)
    );
    expect(inSheetNames.size).toBeGreaterThanOrEqual(forms.size - 1); // a "/" cannot be in a sheet name
  });

  test("each spelling is found inside text and XML, and not once it is masked", () => {
    const sample = corpus.planted.filter((p) => p.place.includes("Personnummer row"));
    for (const p of sample) {
      const text = String(p.value);
      expect(findPlanted(`Rad 4: "${text}" x`, [p])).toEqual([p]);
      expect(
        findPlanted(`<t xml:space="preserve">${text.replace(/\t/g, "&#9;")}</t>`, [p])
      ).toEqual([p]);
      // Masked as a message quotes a value: in quotes (a number cell that lost its zero is masked so).
      expect(findPlanted(maskPersonalNumbers(`Rad 4: "${text}" x`), [p])).toEqual([]);
    }
  });
});

describe("validate", () => {
  const files = (): Array<[string, string]> => Object.entries(corpus.files);
  test.each(["text", "--json"])("%s on every file: nothing personal on the terminal", (mode) => {
    for (const [name, file] of files()) {
      const run = runCli([
        "validate",
        file,
        "--today",
        TODAY,
        ...(mode === "--json" ? ["--json"] : []),
      ]);
      expect([name, run.code]).toEqual([name, 1]); // numbers outside the ID column are errors
      expect(run.stdout).toContain("pnr/misplaced");
      expect([name, terminalLeaks(run)]).toEqual([name, []]);
      if (mode === "--json") {
        const report = JSON.parse(run.stdout);
        expect(describeLeaks(findPlanted(JSON.stringify(report), corpus.planted))).toEqual([]);
        expect(report.issues.length).toBeGreaterThan(10);
      }
    }
  });

  test("a sheet chosen by a name that holds a personnummer, in Swedish", () => {
    const sheet = String(
      corpus.planted.find((p) => p.place === "avslut.xlsx register sheet name")!.value
    );
    const run = runCli([
      "validate",
      corpus.files.avslut,
      "--sheet",
      `Avslut ${sheet}`,
      "--lang",
      "sv",
      "--today",
      TODAY,
    ]);
    expect(run.code).toBe(1);
    expect(terminalLeaks(run)).toEqual([]);
  });
});

describe("fix", () => {
  test.each([
    ["avslut", "avslut"],
    ["reportable", "reportable"],
    ["namedTemplate", "namedTemplate"],
    ["vux", "vux"],
    ["csvUtf8", "csvUtf8"],
    ["csvUtf16", "csvUtf16"],
  ] as const)(
    "%s: terminal clean; the new workbook holds the register's own cells only in its copy",
    (key, cells) => {
      const out = outPath();
      const run = runCli(["fix", corpus.files[key], "--out", out, "--today", TODAY]);
      expect(run.code).toBe(0);
      expect(terminalLeaks(run)).toEqual([]);
      expect(fileLeaks(out, corpus.inRegisterCells.get(cells) ?? [])).toEqual([]);
    }
  );

  test("the Ändringar sheet and the sheet names hold none, the copy does hold the IDs (the scan can see them)", async () => {
    const out = outPath();
    expect(runCli(["fix", corpus.files.avslut, "--out", out, "--today", TODAY]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((ws) => ws.name)).toHaveLength(2);
    const changes = wb.worksheets[1];
    const texts: string[] = [wb.worksheets.map((ws) => ws.name).join("\n")];
    changes.eachRow((row) => texts.push(JSON.stringify(row.values)));
    expect(describeLeaks(findPlanted(texts.join("\n"), corpus.planted))).toEqual([]);
    const ids = corpus.inRegisterCells
      .get("avslut")!
      .filter((p) => p.place.includes("Personnummer"));
    expect(findPlanted([...xlsxParts(readFileSync(out)).values()].join("\n"), ids)).toHaveLength(
      ids.length
    );
  });
});

describe("report", () => {
  const unit = "Jobbtorg Nord";

  test.each([
    ["--all", ["--all"]],
    ["--unit", ["--unit", "Jobbtorg Nord"]],
    ["kalkyl", ["--all", "--template", "kalkyl"]],
  ])("the reportable register, %s: written, nothing personal in the file", (_name, extra) => {
    const out = outPath();
    const run = runCli([
      "report",
      corpus.files.reportable,
      "--period",
      "2025T2",
      ...extra,
      "--out",
      out,
      "--today",
      TODAY,
    ]);
    expect(terminalLeaks(run)).toEqual([]);
    expect(run.code).toBe(0);
    expect(fileLeaks(out)).toEqual([]);
  });

  test.each([
    [
      "an own template with personnummer in its cells",
      () => corpus.files.reportable,
      () => corpus.templateSheet,
      true,
    ],
    [
      "the same template named after a personnummer",
      () => corpus.files.namedTemplate,
      () => corpus.namedTemplateSheet,
      false,
    ],
  ])("%s", async (_name, file, sheet, mustWrite) => {
    const out = outPath();
    const run = runCli([
      "report",
      file(),
      "--period",
      "2025T2",
      "--unit",
      unit,
      "--template-sheet",
      sheet(),
      "--out",
      out,
      "--today",
      TODAY,
    ]);
    expect(terminalLeaks(run)).toEqual([]);
    if (mustWrite) expect(run.code).toBe(0);
    if (run.code === 0) {
      expect(fileLeaks(out)).toEqual([]);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      const filled = wb.worksheets.find((ws) =>
        String(ws.getCell("A1").value).startsWith("Resultat för")
      );
      expect(String(filled?.getCell("A1").value)).toMatch(new RegExp(`^Resultat för ${unit}, `));
    } else {
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/personnummer/);
      expect(existsSync(out)).toBe(false);
    }
  });

  test("the default output next to an input named after a personnummer", () => {
    const run = runCli([
      "report",
      corpus.files.reportable,
      "--period",
      "2025",
      "--all",
      "--today",
      TODAY,
    ]);
    expect(terminalLeaks(run)).toEqual([]);
    expect(run.code).toBe(0);
    const out = corpus.files.reportable.replace(/\.xlsx$/, "-resultatdialog.xlsx");
    expect(fileLeaks(out)).toEqual([]);
  });

  test.each([
    ["avslut, units named after personnummer, --all", () => corpus.files.avslut, () => ["--all"]],
    [
      "avslut, --unit a personnummer",
      () => corpus.files.avslut,
      () => ["--unit", String(corpus.planted.find((p) => p.place.includes("Enhet"))!.value)],
    ],
    [
      "vux, schools named after personnummer",
      () => corpus.files.vux,
      () => ["--all", "--template", "vux"],
    ],
    ["UTF-16 CSV", () => corpus.files.csvUtf16, () => ["--all"]],
    ["UTF-8 CSV, --unit", () => corpus.files.csvUtf8, () => ["--unit", "Jobbtorg Nord"]],
  ])("%s: refused or written, never personal", (_name, file, extra) => {
    const out = outPath();
    const run = runCli([
      "report",
      file(),
      "--period",
      "2025T2",
      ...extra(),
      "--out",
      out,
      "--today",
      TODAY,
    ]);
    expect(terminalLeaks(run)).toEqual([]);
    if (run.code === 0) expect(fileLeaks(out)).toEqual([]);
    else {
      expect(run.code).toBe(2);
      expect(existsSync(out)).toBe(false);
    }
  });
});

describe("custom functions", () => {
  installRuntimeStub()(undefined);
  type Arg = { range: boolean; value: unknown };
  const R = (value: unknown): Arg => ({ range: true, value });
  const S = (value: unknown): Arg => ({ range: false, value });
  const reasons = col("Arbete", "Studier");
  const dates = col("2026-01-15", "2026-02-15");
  // Each function with a valid call; every argument in turn is replaced by a personnummer.
  const FUNCTIONS: Array<[string, (...args: unknown[]) => unknown, Arg[]]> = [
    [
      "EXITRATE",
      exitRate as never,
      [R(reasons), R(col("K", "M")), S("K"), R(dates), S("2026-08-31"), S(12), S("all")],
    ],
    [
      "SELFSUFF6M",
      selfSufficiency6m as never,
      [
        R(col("a", "b")),
        R(dates),
        R(col("a", "b")),
        R(col("2026-01", "2026-02")),
        R(col("K", "M")),
        S("K"),
        S("2026-08-31"),
        S(6),
        S("all"),
      ],
    ],
    [
      "EFFINDEX",
      efficiencyIndex as never,
      [R(col(1, 2)), R(col(100, 100)), R(col(1, 1)), R(col(100, 100))],
    ],
    [
      "NETVALUE",
      netValue as never,
      [S(10), R(col(1000, 1000)), S(500), S(5), S(0.03), S(0.1), S(0.2), S("all")],
    ],
    ["SHARE", share as never, [R(reasons), R(col("Arbete")), R(col("K", "M")), S("K"), S("all")]],
    [
      "ENROLLDAYS",
      enrollDays as never,
      [R(dates), R(col("2026-03-15", "2026-04-15")), R(col("K", "M")), S("K"), S("mean")],
    ],
    [
      "DROPOUTRISK",
      dropoutRisk as never,
      [
        R(dates),
        R(col("2026-03-15", "")),
        R(col("Avbruten", "Pågående")),
        S(90),
        R(col("K", "M")),
        S("K"),
        S("2026-08-31"),
      ],
    ],
    ["GENDERGAP", genderGap as never, [R(reasons), R(col("Arbete")), R(col("K", "M")), S("all")]],
    ["PNR", pnr as never, [S("19850101-1236"), S("gender")]],
  ];

  /**
   * Every text a result shows: error messages and texts of a spilled matrix. Numbers are left out:
   * a personnummer passed where a count is due is a number to the function (EFFINDEX(8501011236; 100)),
   * and arithmetic on it is no quote of it.
   */
  function shown(result: unknown): string {
    const cells = Array.isArray(result) ? (result as unknown[][]).flat() : [result];
    return cells
      .map((c) =>
        c instanceof StubError
          ? `${c.code} ${c.message ?? ""}`
          : typeof c === "number"
            ? ""
            : String(c)
      )
      .join("\n");
  }

  test.each(FUNCTIONS.map(([name, fn, args]) => [name, fn, args] as const))(
    "%s: no argument in any spelling comes back",
    (name, fn, args) => {
      const planted = corpus.planted.filter(
        (p) => p.place.includes("Personnummer row") && p.place.startsWith("avslut.xlsx")
      );
      const leaks: string[] = [];
      let errors = 0;
      for (let a = 0; a < args.length; a++) {
        for (const p of planted) {
          const values = args.map((arg, i) =>
            i === a ? (arg.range ? col(p.value, p.value) : p.value) : arg.value
          );
          const result = fn(...values);
          const text = shown(result);
          if (text.includes("#")) errors++;
          // AMF.PNR(id) returning the normalised number is its job; its other outputs and errors are not.
          if (name === "PNR" && a === 0 && !text.includes("#") && text !== "K" && text !== "M")
            continue;
          for (const leak of describeLeaks(findPlanted(text, [p])))
            leaks.push(`argument ${a + 1}: ${leak}`);
        }
      }
      expect(leaks).toEqual([]);
      expect(errors).toBeGreaterThan(0); // the numbers did reach the functions' messages
    }
  );
});

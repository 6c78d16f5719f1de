/**
 * The CLI through the real bin: exit codes, the JSON shape of SPEC §9, the demo workbook's seeded
 * defects, the clean registers, `fix`, and masking of personnummer in everything printed.
 */
import { createHash } from "crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { XlsxReader } from "../../src/cli/xlsxReader";
import { ensureCliBuilt, runCli, UNMASKED_PNR } from "./runCli";

const TODAY = "2026-03-15";
let dir: string;
let demo: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), "resultatdialog-cli-"));
  demo = join(dir, "demo.xlsx");
  // A small demo keeps each run quick; the import sheet and its defects do not depend on the size.
  const run = runCli(["demo", "--out", demo, "--rows", "300", "--seed", "1", "--today", TODAY]);
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectOneCleanLine(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^resultatdialog: /);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe("usage and unreadable input", () => {
  test("--help lists the commands and exits 0", () => {
    const run = runCli(["--help"]);
    expect(run.code).toBe(0);
    for (const command of ["validate", "fix", "demo"])
      expect(run.stdout).toMatch(new RegExp(`^  ${command} +\\S`, "m"));
  });

  test("a command's --help exits 0 in Swedish under a Swedish locale", () => {
    const run = runCli(["validate", "--help"], { env: { LANG: "sv_SE.UTF-8" } });
    expect(run.code).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(
      "Användning: resultatdialog validate FIL [--sheet NAMN] [--type TYP] [--json] [--lang sv|en]"
    );
  });

  test("no command exits 2", () => {
    expect(runCli([]).code).toBe(2);
  });

  test("an unknown option exits 2 with one line naming it", () => {
    const run = runCli(["validate", demo, "--shet", "Avslut"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain("--shet");
    expect(run.stdout).toBe("");
  });

  test("an unknown command, a bad --type and a bad --lang exit 2", () => {
    expect(runCli(["valdate", demo]).code).toBe(2);
    const badType = runCli(["validate", demo, "--type", "avslutt"]);
    expect(badType.code).toBe(2);
    expect(badType.stderr).toContain(
      "avslut|forsorjningsstod|vux|personalkostnad|enkat|enkaturval|progression|scb|sfi"
    );
    expect(runCli(["validate", demo, "--lang", "de"]).code).toBe(2);
  });

  test("a missing file exits 2 with one line", () => {
    const run = runCli(["validate", join(dir, "missing.xlsx")]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toBe("resultatdialog: missing.xlsx: no such file\n");
  });

  test("a corrupt .xlsx exits 2 with one line and no stack trace", () => {
    const corrupt = join(dir, "corrupt.xlsx");
    writeFileSync(corrupt, Buffer.concat([Buffer.from("PK\u0003\u0004"), Buffer.alloc(200, 7)]));
    const run = runCli(["validate", corrupt]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain("corrupt.xlsx: the file cannot be read as .xlsx");
  });

  test("an unknown sheet exits 2 and lists the sheets", () => {
    const run = runCli(["validate", demo, "--sheet", "Nope"]);
    expect(run.code).toBe(2);
    expectOneCleanLine(run.stderr);
    expect(run.stderr).toContain(
      "Avslut, Forsorjningsstod, VuxUppfoljning, Personalkostnad, Mal, Sfi, Avslut (import)"
    );
  });
});

describe("validate on the demo workbook", () => {
  test("the import sheet shows every seeded defect, counted exactly (JSON, exit 1)", () => {
    const run = runCli([
      "validate",
      demo,
      "--sheet",
      "Avslut (import)",
      "--json",
      "--today",
      TODAY,
    ]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(Object.keys(report)).toEqual(["sheet", "type", "rows", "issues", "counts"]);
    expect(Object.keys(report.counts)).toEqual(["error", "warning", "info"]);
    for (const issue of report.issues) {
      expect(Object.keys(issue)).toEqual([
        "row",
        "column",
        "address",
        "code",
        "severity",
        "message",
      ]);
      expect(typeof issue.message).toBe("string");
    }
    expect(report.sheet).toBe("Avslut (import)");
    expect(report.type).toBe("avslut");
    expect(report.rows).toBe(42);
    expect(report.counts).toEqual({ error: 9, warning: 3, info: 2 });
    const found = report.issues.map(
      (i: { row: number; address: string; code: string }) => `${i.row} ${i.address} ${i.code}`
    );
    expect(found.sort()).toEqual(
      [
        "1 H1 column/identifying",
        "3 A3 pnr/checksum",
        "5 F5 date/future",
        "6 F6 date/order",
        "8 B8 gender/invalid",
        "9 G9 code/unknown",
        "12 A12 row/duplicate",
        "14 A14 key/duplicate",
        "15 C15 cell/required",
        "16 A16 pnr/coordination",
        "17 B17 gender/mismatch",
        "18 A18 pnr/format",
        "19 E19 date/invalid",
        "20 A20 pnr/date",
      ].sort()
    );
  });

  test("the text summary in Swedish lists each check with its count", () => {
    const run = runCli([
      "validate",
      demo,
      "--sheet",
      "Avslut (import)",
      "--lang",
      "sv",
      "--today",
      TODAY,
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("Fel: 9 · Varningar: 3 · Info: 2");
    expect(run.stdout).toMatch(/pnr\/checksum +1 +fel +Fel kontrollsiffra/);
    expect(run.stdout).toMatch(/row\/duplicate +1 +varning +Dubblerad rad/);
    expect(run.stdout).toContain("rad 9 · Orsak · G9 · code/unknown");
  });

  test.each(["Avslut", "Forsorjningsstod", "VuxUppfoljning", "Personalkostnad"])(
    "the clean register %s validates with 0 errors (exit 0)",
    (sheet) => {
      const run = runCli(["validate", demo, "--sheet", sheet, "--json", "--today", TODAY]);
      expect(run.code).toBe(0);
      const report = JSON.parse(run.stdout);
      expect(report.counts).toEqual({ error: 0, warning: 0, info: 0 });
      expect(report.rows).toBeGreaterThan(0);
    }
  );

  test("without --sheet the first sheet with a recognised type (Avslut) is checked", () => {
    const run = runCli(["validate", demo, "--json", "--today", TODAY]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ sheet: "Avslut", type: "avslut", rows: 300 });
  });

  test("no unmasked personnummer in text or JSON output, in either language", () => {
    for (const extra of [[], ["--json"], ["--lang", "sv"], ["--json", "--lang", "sv"]]) {
      const run = runCli([
        "validate",
        demo,
        "--sheet",
        "Avslut (import)",
        "--today",
        TODAY,
        ...extra,
      ]);
      expect(run.stdout.length).toBeGreaterThan(100);
      expect(run.stdout).not.toMatch(UNMASKED_PNR);
      expect(run.stdout).toContain("-****");
    }
  });
});

describe("fix", () => {
  test('writes a new workbook with "Avslut (import) (rättad)" and "Ändringar", and leaves the original as it was', async () => {
    const before = createHash("sha256").update(readFileSync(demo)).digest("hex");
    const out = join(dir, "fixed.xlsx");
    const run = runCli(["fix", demo, "--sheet", "Avslut (import)", "--out", out, "--today", TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/1 +personnummer to YYYYMMDD-XXXX/);
    expect(run.stdout).toMatch(/1 +exact duplicate rows dropped/);
    expect(run.stdout).not.toMatch(UNMASKED_PNR);
    expect(createHash("sha256").update(readFileSync(demo)).digest("hex")).toBe(before);

    const original = await XlsxReader.open(demo);
    const copy = await XlsxReader.open(out);
    // Issue #8: only the corrected sheet and the list of changes, not a copy of every register.
    expect(await copy.listSheets()).toEqual(["Avslut (import) (rättad)", "Ändringar"]);
    const originalImport = await original.readSheet("Avslut (import)");
    const changes = await copy.readSheet("Ändringar");
    expect(changes.headers).toEqual(["Count", "Change"]);
    expect(changes.rows).toEqual([
      [1, "personnummer to YYYYMMDD-XXXX"],
      [2, "gender codes to K/M"],
      [1, "text dates to dates"],
      [2, "texts with extra spaces removed"],
      [1, "exact duplicate rows dropped"],
      [6, "rows changed or dropped"],
    ]);
    const fixed = await copy.readSheet("Avslut (import) (rättad)");
    expect(fixed.rows).toHaveLength(originalImport.rows.length - 1);
    // The 10-digit number of the first data row is written out in full, the word genders as K/M.
    expect(String(fixed.rows[0][0])).toMatch(/^\d{8}-\d{4}$/);
    expect(String(fixed.rows[0][0]).slice(2)).toBe(originalImport.rows[0][0]);
    expect(fixed.rows[5][1]).toMatch(/^[KM]$/);

    const again = runCli([
      "validate",
      out,
      "--sheet",
      "Avslut (import) (rättad)",
      "--json",
      "--today",
      TODAY,
    ]);
    const codes = JSON.parse(again.stdout).issues.map((i: { code: string }) => i.code);
    expect(codes).not.toContain("row/duplicate");
    expect(codes).toContain("pnr/checksum");
  });

  test("a CSV input gives the same two sheets", async () => {
    const csv = join(dir, "avslut.csv");
    writeFileSync(
      csv,
      "Personnummer;Kön;Enhet;Insats;Startdatum;Avslutsdatum;Orsak\n198501011236; k ;Jobbtorg City;Coachning;2025-01-02;2025-03-04;Arbete\n\n\n"
    );
    const out = join(dir, "avslut-fixed.xlsx");
    const run = runCli(["fix", csv, "--type", "avslut", "--out", out, "--today", TODAY]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const copy = await XlsxReader.open(out);
    expect(await copy.listSheets()).toEqual(["avslut (rättad)", "Ändringar"]);
    expect((await copy.readSheet("avslut (rättad)")).rows).toHaveLength(1);
  });

  // A sheet with one value in the last row Excel allows would otherwise be written as a million rows.
  test("blank rows are left out of the corrected sheet and counted", async () => {
    const sparse = join(dir, "sparse.csv");
    const blank = ";;;;;;\n".repeat(5000);
    writeFileSync(
      sparse,
      `Personnummer;Kön;Enhet;Insats;Startdatum;Avslutsdatum;Orsak\n198501011236;K;Jobbtorg City;Coachning;2025-01-02;2025-03-04;Arbete\n${blank}199001011233;M;Jobbtorg City;Coachning;2025-01-02;2025-03-04;Arbete\n`
    );
    const out = join(dir, "sparse-fixed.xlsx");
    const run = runCli(["fix", sparse, "--type", "avslut", "--out", out, "--today", TODAY]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/5000 +blank rows left out/);
    const fixed = await (await XlsxReader.open(out)).readSheet("sparse (rättad)");
    expect(fixed.rows).toHaveLength(2);
  });

  test("refuses to write over its input and needs --out", () => {
    const same = runCli(["fix", demo, "--out", demo]);
    expect(same.code).toBe(2);
    expectOneCleanLine(same.stderr);
    expect(runCli(["fix", demo]).code).toBe(2);
  });
});

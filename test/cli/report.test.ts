/**
 * `resultatdialog report` end to end on .xlsx files written by the demo command: a new workbook of
 * only the generated sheets (no register, no personnummer in any part of the file), the input
 * untouched, charts, kalkyl formulas, own templates, and LibreOffice opening the result.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOf } from "../../src/core/cells";
import { main } from "../../src/cli/main";
import type { CliContext } from "../../src/cli/context";
import { addCharts } from "../../src/xlsx";
import type { ChartSpec } from "../../src/core/dialogue/types";

const dir = mkdtempSync(join(tmpdir(), "rd-report-"));
const demo = join(dir, "demo.xlsx");

function run(args: string[]): { code: Promise<number>; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = {
    language: "sv",
    today: serialOf(2026, 11, 27),
    out: (t) => out.push(t),
    err: (t) => err.push(t),
  };
  return { code: main([...args, "--lang", "sv"], ctx), out, err };
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

function texts(sheet: ExcelJS.Worksheet): string[] {
  const all: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => {
      if (typeof cell.value === "string") all.push(cell.value);
    })
  );
  return all;
}

function sha256(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

/** Every XML part of an .xlsx file, by its path in the zip. */
async function xmlParts(path: string): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(readFileSync(path));
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f)))
    parts.set(name, await zip.file(name)!.async("string"));
  return parts;
}

/**
 * A 10- or 12-digit personnummer, with or without separator. Digits after a decimal point or a comma
 * are parts of numbers (0.4791666667), not personnummer.
 */
const PNR_IN_XML = /(?<![\d.,])(\d{6}|\d{8})[-+ ]?\d{4}(?!\d)/g;

/** The personnummer of the demo's Avslut register, as their last ten digits. */
async function registerPnrs(path: string): Promise<string[]> {
  const sheet = (await load(path)).getWorksheet("Avslut")!;
  const pnrs: string[] = [];
  sheet.eachRow((row) => {
    const digits = String(row.getCell(1).value ?? "").replace(/\D/g, "");
    if (digits.length === 12) pnrs.push(digits.slice(2));
  });
  return pnrs;
}

beforeAll(async () => {
  expect(
    await run(["demo", "--out", demo, "--rows", "400", "--seed", "3", "--today", "2026-11-27"]).code
  ).toBe(0);
}, 120_000);

describe("report --all", () => {
  const out = join(dir, "all.xlsx");
  let result: ReturnType<typeof run>;
  beforeAll(async () => {
    result = run(["report", demo, "--period", "2025T2", "--all", "--out", out]);
    expect(await result.code).toBe(0);
  }, 120_000);

  // Issue #8 item 7: the report used to be a copy of the workbook, registers and all.
  test("holds only the generated sheets: an overview and one sheet per unit, no register", async () => {
    const names = (await load(out)).worksheets.map((w) => w.name);
    expect(names[0]).toBe("Översikt 2025T2");
    // Units come in the order the register first names them.
    expect([...names.slice(1)].sort()).toEqual([
      "RD Jobbtorg City 2025T2",
      "RD Jobbtorg Järva 2025T2",
      "RD Jobbtorg Söderort 2025T2",
      "RD Jobbtorg Västerort 2025T2",
    ]);
    expect(result.out.join("\n")).toContain("Översikt 2025T2");
  });

  test("no personnummer in any XML part of the file (cells, shared strings, names, properties)", async () => {
    const parts = await xmlParts(out);
    expect(parts.size).toBeGreaterThan(10);
    const pnrs = await registerPnrs(demo);
    expect(pnrs.length).toBe(400);
    for (const [name, xml] of parts) {
      expect([name, xml.match(PNR_IN_XML)]).toEqual([name, null]);
      expect([name, pnrs.filter((p) => xml.includes(p))]).toEqual([name, []]);
    }
    // The pattern finds what it looks for: the input's shared strings are full of them.
    const input = await xmlParts(demo);
    expect([...input.values()].join("").match(PNR_IN_XML)?.length).toBeGreaterThan(400);
  });

  test("values are written as values with number formats, the header names the sources", async () => {
    const sheet = (await load(out)).getWorksheet("RD Jobbtorg City 2025T2")!;
    expect(sheet.getCell("A1").value).toBe("Resultatdialog Jobbtorg – Jobbtorg City");
    expect(String(sheet.getCell("A4").value)).toMatch(/^Källor: Avslut \(400 rader\)/);
    expect(sheet.getCell("B8").numFmt).toBe("0.0%");
    expect(typeof sheet.getCell("D8").value).toBe("number");
  });

  test("each unit sheet gets a clustered column chart in the file, the overview a funnel per rate", async () => {
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    const xmls = await Promise.all(charts.map((f) => zip.file(f)!.async("string")));
    const columns = xmls.filter((xml) =>
      xml.includes('<c:barDir val="col"/><c:grouping val="clustered"/>')
    );
    expect(columns).toHaveLength(4);
    expect(columns.every((xml) => xml.includes("Kvinnor och män"))).toBe(true);
    const funnels = xmls.filter((xml) => xml.includes("<c:scatterChart>"));
    expect(funnels.map((xml) => /<a:t>(Trattdiagram: [^<]+)<\/a:t>/.exec(xml)?.[1])).toEqual([
      "Trattdiagram: Avslut till arbete eller studier",
      "Trattdiagram: Utan försörjningsstöd 6 månader efter avslut",
    ]);
    expect(charts).toHaveLength(6);
  });

  test("running again never replaces the report without --force; with it, the same sheets", async () => {
    const before = sha256(out);
    const again = run(["report", demo, "--period", "2025T2", "--all", "--out", out]);
    expect(await again.code).toBe(2);
    expect(again.err).toEqual([
      `resultatdialog: ${out}: filen finns redan; ange --force för att ersätta den, eller en annan --out`,
    ]);
    expect(sha256(out)).toBe(before);
    const forced = run([
      "report",
      demo,
      "--period",
      "2025T2",
      "--unit",
      "jobbtorg city",
      "--out",
      out,
      "--force",
    ]);
    expect(await forced.code).toBe(0);
    expect((await load(out)).worksheets.map((w) => w.name)).toEqual(["RD Jobbtorg City 2025T2"]);
  }, 120_000);
});

describe("report --template kalkyl", () => {
  test("writes live NETVALUE formulas in the form Excel stores add-in functions, with their results", async () => {
    const out = join(dir, "kalkyl.xlsx");
    expect(
      await run([
        "report",
        demo,
        "--period",
        "2025",
        "--unit",
        "Jobbtorg Järva",
        "--template",
        "kalkyl",
        "--out",
        out,
      ]).code
    ).toBe(0);
    const sheet = (await load(out)).getWorksheet("Kalkyl Jobbtorg Järva 2025")!;
    const formulas: ExcelJS.CellFormulaValue[] = [];
    sheet.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value && typeof cell.value === "object" && "formula" in cell.value)
          formulas.push(cell.value as ExcelJS.CellFormulaValue);
      })
    );
    const netValue = formulas.filter((f) => f.formula.startsWith("_xldudf_AMF_NETVALUE("));
    expect(netValue.length).toBe(12); // net, break-even, ten years
    expect(netValue.every((f) => typeof f.result === "number")).toBe(true);
    expect(texts(sheet)).toContain(
      "Socialstyrelsen, ekonomiskt bistånd 2024, riket (genomsnitt per biståndshushåll)"
    );
  }, 120_000);
});

describe("usage errors", () => {
  test.each([
    [["--period", "2025T4"], /Ogiltig period "2025T4"/],
    [["--period", "2025", "--unit", "Jobbtorg Mars"], /Enheten "Jobbtorg Mars" finns inte/],
    [["--period", "2025", "--unit", "X", "--all"], /ange --unit eller --all, inte båda/],
    [["--period", "2025", "--template", "pdf"], /--template måste vara jobbtorg\|vux\|kalkyl/],
    [[], /--period behövs/],
  ])(
    "%p → exit 2 with one line",
    async (args, message) => {
      const out = join(dir, "never.xlsx");
      const r = run(["report", demo, ...args, "--out", out]);
      expect(await r.code).toBe(2);
      expect(r.err.join("\n")).toMatch(message);
      expect(existsSync(out)).toBe(false);
    },
    60_000
  );
});

describe("own template", () => {
  const withTemplate = join(dir, "mall.xlsx");
  beforeAll(async () => {
    const wb = await load(demo);
    const mall = wb.addWorksheet("Mall");
    mall.getCell("A1").value = "Resultat för {{ENHET}}, {{PERIOD}}";
    mall.getCell("B2").value = "{{EXITRATE.K}}";
    mall.getCell("B2").numFmt = "0.00%";
    mall.getCell("B3").value = "{{EXITRATE.N.T}}";
    mall.getCell("A4").value = "Kvinnor {{EXITRATE.K}}, män {{EXITRATE.M}}: {{BEDOMNING.EXITRATE}}";
    mall.getCell("A6").value = "Fast text";
    mall.getCell("A6").font = { bold: true, color: { argb: "FF1F4E78" } };
    mall.mergeCells("A6:C6");
    mall.getCell("A7").value = {
      formula: "Avslut!A2",
      result: "198501011236",
    } as ExcelJS.CellFormulaValue;
    mall.getColumn(1).width = 50;
    await wb.xlsx.writeFile(withTemplate);
  }, 60_000);

  test("fills a copy, keeps the cell's number format, formats text in Swedish, leaves the template alone", async () => {
    const out = join(dir, "mall-out.xlsx");
    const before = sha256(withTemplate);
    const r = run([
      "report",
      withTemplate,
      "--period",
      "2025",
      "--unit",
      "Jobbtorg City",
      "--template-sheet",
      "Mall",
      "--out",
      out,
    ]);
    expect(await r.code).toBe(0);
    const wb = await load(out);
    const filled = wb.getWorksheet("Mall Jobbtorg City 2025")!;
    expect(filled.getCell("A1").value).toBe("Resultat för Jobbtorg City, 2025");
    expect(typeof filled.getCell("B2").value).toBe("number");
    expect(filled.getCell("B2").numFmt).toBe("0.00%");
    expect(typeof filled.getCell("B3").value).toBe("number");
    expect(String(filled.getCell("A4").value)).toMatch(
      /^Kvinnor \d+,\d\u00a0%, män \d+,\d\u00a0%: (Skillnad att analysera|Ingen säkerställd skillnad|För få för analys)$/
    );
    expect(filled.getColumn(1).width).toBe(50);
    // Formats and merges come across from the user's file into the new workbook.
    expect(filled.getCell("A6").value).toBe("Fast text");
    expect(filled.getCell("A6").font).toMatchObject({ bold: true, color: { argb: "FF1F4E78" } });
    expect((filled.model as unknown as { merges: string[] }).merges).toEqual(["A6:C6"]);
    // A formula into a register would point at nothing here; it becomes its value, masked.
    expect(filled.getCell("A7").value).toBe("19850101****");
    // The new workbook holds only the filled copy: no template sheet, no register.
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Mall Jobbtorg City 2025"]);
    expect(sha256(withTemplate)).toBe(before);
  }, 120_000);

  test("unknown placeholders are listed and nothing is written", async () => {
    const wb = await load(withTemplate);
    wb.getWorksheet("Mall")!.getCell("C5").value = "{{EXITRATE.Q}} och {{ENHET}";
    const bad = join(dir, "bad.xlsx");
    await wb.xlsx.writeFile(bad);
    const out = join(dir, "bad-out.xlsx");
    const r = run(["report", bad, "--period", "2025", "--template-sheet", "Mall", "--out", out]);
    expect(await r.code).toBe(2);
    expect(r.err.slice(0, 2)).toEqual([
      "Mall!C5: {{EXITRATE.Q}} – okänd platshållare",
      "Mall!C5: {{ENHET} – felskriven platshållare",
    ]);
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

// Issue #8 item 6: a workbook ExcelJS would rewrite (losing its charts) is never rewritten.
describe("a workbook with 4 charts", () => {
  const withCharts = join(dir, "charts.xlsx");
  const range = (
    top: number,
    col: number
  ): { top: number; left: number; bottom: number; right: number } => ({
    top,
    left: col,
    bottom: top + 3,
    right: col,
  });
  const spec = (i: number): ChartSpec => ({
    kind: "clusteredColumn",
    title: `Diagram ${i}`,
    categories: range(4, 1),
    series: [{ name: "Mål", nameCell: { row: 3, col: 2 }, values: range(4, 2), color: "8E5EA2" }],
    anchor: { row: 2 + i * 16, col: 10, width: 8, height: 15 },
    numberFormat: "0%",
  });
  beforeAll(async () => {
    const charts = [0, 1, 2, 3].map((i) => ({
      sheet: i < 2 ? "Mal" : "Personalkostnad",
      chart: spec(i),
    }));
    writeFileSync(withCharts, await addCharts(readFileSync(demo), charts));
    const zip = await JSZip.loadAsync(readFileSync(withCharts));
    expect(
      Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f))
    ).toHaveLength(4);
  }, 60_000);

  test.each([
    ["report", ["--period", "2025T2", "--unit", "Jobbtorg City"], ["RD Jobbtorg City 2025T2"]],
    ["fix", ["--sheet", "Avslut (import)"], ["Avslut (import) (rättad)", "Ändringar"]],
  ])(
    "stays byte-identical after %s, which writes a new file of its own sheets",
    async (command, args, sheets) => {
      const before = sha256(withCharts);
      const out = join(dir, `charts-${command}.xlsx`);
      expect(await run([command, withCharts, ...args, "--out", out]).code).toBe(0);
      expect(sha256(withCharts)).toBe(before);
      expect(statSync(out).ino).not.toBe(statSync(withCharts).ino);
      expect((await load(out)).worksheets.map((w) => w.name)).toEqual(sheets);
    },
    120_000
  );
});

const soffice = spawnSync("which", ["soffice"]).status === 0;
(soffice ? describe : describe.skip)("LibreOffice", () => {
  test("opens a report written by the CLI and exports it as a PDF", async () => {
    const small = join(dir, "small.xlsx");
    expect(
      await run(["demo", "--out", small, "--rows", "20", "--seed", "5", "--today", "2026-11-27"])
        .code
    ).toBe(0);
    const out = join(dir, "small-report.xlsx");
    expect(
      await run(["report", small, "--period", "2025", "--unit", "Jobbtorg Järva", "--out", out])
        .code
    ).toBe(0);
    const profile = mkdtempSync(join(tmpdir(), "rd-lo-"));
    const conversion = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${profile}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        dir,
        out,
      ],
      { timeout: 170_000 }
    );
    expect(conversion.status).toBe(0);
    const pdf = join(dir, "small-report.pdf");
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
  }, 180_000);
});
if (!soffice) {
  console.warn(
    "soffice not found: the LibreOffice test is skipped (.ci/run installs libreoffice-calc-nogui)"
  );
}

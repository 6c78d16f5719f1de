/**
 * `resultatdialog report --template sfi` end to end (issue #15): the all-schools sheet and one per
 * school in a new workbook, the curve as a line chart over days, and no personnummer in the file.
 */
import { mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOf } from "../../src/core/cells";
import { main } from "../../src/cli/main";
import type { CliContext } from "../../src/cli/context";

const dir = mkdtempSync(join(tmpdir(), "rd-sfi-"));
const demo = join(dir, "demo.xlsx");
const out = join(dir, "sfi.xlsx");

function run(args: string[]): { code: Promise<number>; out: string[]; err: string[] } {
  const lines: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { language: "sv", today: serialOf(2026, 11, 27), out: (t) => lines.push(t), err: (t) => err.push(t) };
  return { code: main([...args, "--lang", "sv"], ctx), out: lines, err };
}

beforeAll(async () => {
  expect(await run(["demo", "--out", demo, "--rows", "400", "--seed", "3", "--today", "2026-11-27"]).code).toBe(0);
  expect(await run(["report", demo, "--period", "2025", "--template", "sfi", "--all", "--out", out]).code).toBe(0);
}, 180_000);

test("the all-schools sheet first, then one per school, with the three parts", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const names = wb.worksheets.map((w) => w.name);
  expect(names[0]).toBe("Sfi alla 2025");
  // Schools come in the order the register first names them.
  expect(names.slice(1).sort()).toEqual(["Sfi Demo Språkcentrum 2025", "Sfi Exempelskolan Norr 2025", "Sfi Exempelskolan Söder 2025"]);
  const sheet = wb.getWorksheet("Sfi alla 2025")!;
  expect(sheet.getCell("A1").value).toBe("Sfi – avbrott: alla skolor");
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value))));
  expect(texts).toEqual(expect.arrayContaining(["1. Vilka avbryter?", "2. När avbryter de?", "3. Vad gör de sedan?", "  EU/EES", "Avbrutit"]));
});

test("each sheet's curve is a line over days (an XY chart with lines, x from 0 to 365)", async () => {
  const zip = await JSZip.loadAsync(readFileSync(out));
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
  expect(charts).toHaveLength(4);
  const xml = await zip.file(charts[0])!.async("string");
  expect(xml).toContain("<c:scatterChart>");
  expect(xml).toContain("Andel avbrutna (kumulativ incidens)");
  expect(xml).toContain('<c:max val="365"/>');
});

test("no personnummer of the Sfi register anywhere in the file", async () => {
  const input = new ExcelJS.Workbook();
  await input.xlsx.readFile(demo);
  const pnrs: string[] = [];
  input.getWorksheet("Sfi")!.eachRow((row) => {
    const digits = String(row.getCell(1).value ?? "").replace(/\D/g, "");
    if (digits.length === 12) pnrs.push(digits.slice(2));
  });
  expect(pnrs.length).toBe(180);
  const zip = await JSZip.loadAsync(readFileSync(out));
  for (const name of Object.keys(zip.files).filter((f) => f.endsWith(".xml"))) {
    const xml = await zip.file(name)!.async("string");
    expect([name, pnrs.filter((p) => xml.includes(p))]).toEqual([name, []]);
  }
});

test("an own template sheet is not filled as sfi: exit 2", async () => {
  const r = run(["report", demo, "--period", "2025", "--template", "sfi", "--template-sheet", "Mal", "--out", join(dir, "x.xlsx")]);
  expect(await r.code).toBe(2);
});

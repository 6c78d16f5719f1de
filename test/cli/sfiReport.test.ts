/**
 * `resultatdialog report --template sfi` end to end (issue #15): the all-schools sheet and one per
 * school in a new workbook, the curve as a line chart over days, no personnummer in the file, and an own
 * template sheet filled with the sfi placeholders.
 */
import { existsSync, mkdtempSync, readFileSync } from "fs";
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
  const ctx: CliContext = {
    language: "sv",
    today: serialOf(2026, 11, 27),
    out: (t) => lines.push(t),
    err: (t) => err.push(t),
  };
  return { code: main([...args, "--lang", "sv"], ctx), out: lines, err };
}

beforeAll(async () => {
  expect(
    await run(["demo", "--out", demo, "--rows", "400", "--seed", "3", "--today", "2026-11-27"]).code
  ).toBe(0);
  expect(
    await run(["report", demo, "--period", "2025", "--template", "sfi", "--all", "--out", out]).code
  ).toBe(0);
}, 180_000);

test("the all-schools sheet first, then one per school, with the three parts", async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const names = wb.worksheets.map((w) => w.name);
  expect(names[0]).toBe("Sfi alla 2025");
  // Schools come in the order the register first names them.
  expect(names.slice(1).sort()).toEqual([
    "Sfi Demo Språkcentrum 2025",
    "Sfi Exempelskolan Norr 2025",
    "Sfi Exempelskolan Söder 2025",
  ]);
  const sheet = wb.getWorksheet("Sfi alla 2025")!;
  expect(sheet.getCell("A1").value).toBe("Sfi – avbrott: alla skolor");
  const texts: string[] = [];
  sheet.eachRow((row) =>
    row.eachCell((cell) => void (typeof cell.value === "string" && texts.push(cell.value)))
  );
  expect(texts).toEqual(
    expect.arrayContaining([
      "1. Vilka avbryter?",
      "2. När avbryter de?",
      "3. Vad gör de sedan?",
      "  EU/EES",
      "Avbrutit",
    ])
  );
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

describe("an own template sheet filled as sfi", () => {
  const withTemplate = join(dir, "mall.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo);
    const mall = wb.addWorksheet("Mall");
    mall.getCell("A1").value = "Avbrott i sfi, {{ENHET}} {{PERIOD}}";
    mall.getCell("B2").value = "{{DROPOUT_SFI.T}}";
    mall.getCell("B3").value = "{{DROPOUT_SFI.N.T}}";
    mall.getCell("B4").value = "{{ DropOut_Sfi.EU }}";
    mall.getCell("B5").value = "{{KI.DROPOUT_SFI.EU}}";
    mall.getCell("B6").value = "{{DROPOUTRISK365.T}}";
    mall.getCell("B6").numFmt = "0%";
    mall.getCell("A7").value =
      "Män {{DROPOUT_SFI.M}} mot kvinnor {{DROPOUT_SFI.K}}: {{BEDOMNING.DROPOUT_SFI.M}}";
    await wb.xlsx.writeFile(withTemplate);
  }, 60_000);

  test("the copies hold the figures of the built-in sheets, all schools first", async () => {
    const filledOut = join(dir, "mall-out.xlsx");
    const r = run([
      "report",
      withTemplate,
      "--period",
      "2025",
      "--template",
      "sfi",
      "--all",
      "--template-sheet",
      "Mall",
      "--out",
      filledOut,
    ]);
    expect(await r.code).toBe(0);
    const filled = new ExcelJS.Workbook();
    await filled.xlsx.readFile(filledOut);
    // Schools in the order the register first names them, as the built-in sheets.
    const names = filled.worksheets.map((w) => w.name);
    expect(names[0]).toBe("Mall alla 2025");
    expect(names.slice(1).sort()).toEqual([
      "Mall Demo Språkcentrum 2025",
      "Mall Exempelskolan Norr 2025",
      "Mall Exempelskolan Söder 2025",
    ]);
    const built = new ExcelJS.Workbook();
    await built.xlsx.readFile(out);
    for (const [copy, sheet] of [
      ["Mall alla 2025", "Sfi alla 2025"],
      ["Mall Exempelskolan Norr 2025", "Sfi Exempelskolan Norr 2025"],
    ]) {
      const mine = filled.getWorksheet(copy)!;
      const theirs = built.getWorksheet(sheet)!;
      const rowOf = (label: string) => {
        let found = 0;
        theirs.eachRow((row, r) => void (found ||= row.getCell(1).value === label ? r : 0));
        return theirs.getRow(found);
      };
      const all = rowOf("Alla avslutade kurser");
      const eu = rowOf("  EU/EES");
      expect([copy, mine.getCell("B2").value, mine.getCell("B3").value]).toEqual([
        copy,
        all.getCell(4).value,
        all.getCell(2).value,
      ]);
      expect(typeof mine.getCell("B2").value).toBe("number");
      expect(mine.getCell("B2").numFmt).toBe("0.0%");
      expect([mine.getCell("B4").value, mine.getCell("B5").value]).toEqual([
        eu.getCell(4).value,
        eu.getCell(5).value,
      ]);
      const risk = rowOf("Totalt");
      expect(mine.getCell("B6").value).toBe(risk.getCell(5).value);
      expect(mine.getCell("B6").numFmt).toBe("0%");
      expect(String(mine.getCell("A7").value)).toMatch(
        /^Män (\d+,\d\u00a0%|–) mot kvinnor (\d+,\d\u00a0%|–): (Högre än övriga|Lägre än övriga|Ingen säkerställd skillnad|För få för analys|–)$/
      );
    }
    expect(filled.getWorksheet("Mall alla 2025")!.getCell("A1").value).toBe(
      "Avbrott i sfi, Alla skolor 2025"
    );
    expect(filled.getWorksheet("Mall Exempelskolan Norr 2025")!.getCell("A1").value).toBe(
      "Avbrott i sfi, Exempelskolan Norr 2025"
    );
  }, 120_000);

  test("a Jobbtorg placeholder is unknown to the sfi template: listed, exit 2, nothing written", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(withTemplate);
    wb.getWorksheet("Mall")!.getCell("C9").value = "{{EXITRATE.K}}";
    const bad = join(dir, "mall-bad.xlsx");
    await wb.xlsx.writeFile(bad);
    const never = join(dir, "never.xlsx");
    const r = run([
      "report",
      bad,
      "--period",
      "2025",
      "--template",
      "sfi",
      "--template-sheet",
      "Mall",
      "--out",
      never,
    ]);
    expect(await r.code).toBe(2);
    expect(r.err[0]).toBe("Mall!C9: {{EXITRATE.K}} – okänd platshållare");
    expect(existsSync(never)).toBe(false);
  }, 120_000);

  test("kalkyl has no placeholders: --template-sheet is refused with exit 2", async () => {
    const r = run([
      "report",
      demo,
      "--period",
      "2025",
      "--template",
      "kalkyl",
      "--template-sheet",
      "Mall",
      "--out",
      join(dir, "x.xlsx"),
    ]);
    expect(await r.code).toBe(2);
    expect(r.err.join("\n")).toMatch(/--template-sheet fylls som jobbtorg, vux, sfi eller scb/);
  });
});

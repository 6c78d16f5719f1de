/**
 * `resultatdialog report --template scb` end to end (issue #16): the demo's synthetic SCB extract into
 * a workbook of only the sheet "Långsiktig uppföljning (SCB)", with its 100 % stacked bar chart;
 * --subgroup and its usage errors; an own template sheet filled with the scb placeholders; and the sheet
 * as LibreOffice prints it, read back from the PDF.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, readFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { serialOf } from "../../src/core/cells";
import { main } from "../../src/cli/main";
import type { CliContext } from "../../src/cli/context";

const dir = mkdtempSync(join(tmpdir(), "rd-scb-"));
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

beforeAll(async () => {
  expect(
    await run(["demo", "--out", demo, "--rows", "100", "--seed", "2", "--today", "2026-11-27"]).code
  ).toBe(0);
}, 120_000);

describe("report --template scb", () => {
  const out = join(dir, "scb.xlsx");

  test("validates the demo extract cleanly as type scb", async () => {
    const r = run([
      "validate",
      demo,
      "--sheet",
      "ScbInkomstkalla",
      "--type",
      "scb",
      "--today",
      "2026-11-27",
    ]);
    expect(await r.code).toBe(0);
    expect(r.out.join("\n")).toContain("typ: scb (SCB-uttag (inkomstkälla))");
  }, 60_000);

  test("writes the sheet without --period, with a percent-stacked bar chart", async () => {
    const r = run(["report", demo, "--template", "scb", "--out", out]);
    expect(await r.code).toBe(0);
    expect(r.out).toEqual([`Skrev ${out}: SCB alla 2022`]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["SCB alla 2022"]);
    expect(wb.worksheets[0].getCell("A1").value).toBe(
      "Långsiktig uppföljning (SCB) – alla inskrivna"
    );
    const zip = await JSZip.loadAsync(readFileSync(out));
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f));
    expect(charts).toHaveLength(1);
    const xml = await zip.file(charts[0])!.async("string");
    expect(xml).toContain('<c:barDir val="bar"/><c:grouping val="percentStacked"/>');
    expect(xml.match(/<c:ser>/g)).toHaveLength(8);
  }, 60_000);

  test("--subgroup picks one subgroup; --all writes one sheet per subgroup", async () => {
    const young = join(dir, "young.xlsx");
    const r = run([
      "report",
      demo,
      "--template",
      "scb",
      "--subgroup",
      "Åldersgrupp: 16-24 år",
      "--out",
      young,
    ]);
    expect(await r.code).toBe(0);
    expect(r.out).toEqual([`Skrev ${young}: SCB 16–24 år 2022`]);
    const all = run(["report", demo, "--template", "scb", "--all", "--out", join(dir, "all.xlsx")]);
    expect(await all.code).toBe(0);
    expect(all.out[0]).toContain(
      "SCB alla 2022, SCB 16–24 år 2022, SCB 25–34 år 2022, SCB 35–49 år 2022, SCB 50–64 år 2022, SCB Förgymnasial 2022"
    );
  }, 60_000);

  test.each([
    [
      ["--template", "scb", "--subgroup", "Doktorsexamen"],
      /Undergruppen "Doktorsexamen" finns inte.*finns: alla; Åldersgrupp: 16–24 år/,
    ],
    [
      ["--template", "scb", "--unit", "Jobbtorg City"],
      /--template scb har --subgroup, inte --unit/,
    ],
    [["--period", "2025", "--subgroup", "16-24 år"], /--subgroup gäller --template scb/],
    [["--template", "scb", "--template-sheet", "Mall"], /mallbladet "Mall" finns inte/],
  ])("refuses %j with exit code 2 and one line", async (args, message) => {
    const r = run(["report", demo, ...args, "--out", join(dir, "never.xlsx")]);
    expect(await r.code).toBe(2);
    expect(r.err.join("\n")).toMatch(message);
  });
});

describe("an own template sheet filled as scb", () => {
  const withTemplate = join(dir, "mall.xlsx");
  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(demo);
    const mall = wb.addWorksheet("Mall");
    mall.getCell("A1").value = "{{UNDERGRUPP}}, inskrivna {{INSKRIVNINGSAR}}";
    mall.getCell("B2").value = "{{SJ.ARBETE.FORE1.T}}";
    mall.getCell("B3").value = "{{KI.SJ.ARBETE.FORE1.T}}";
    mall.getCell("B4").value = "{{SJ.N.FORE1.T}}";
    mall.getCell("B5").value = "{{DID.ARBETE.T}}";
    mall.getCell("B6").value = "{{KI.DID.ARBETE.T}}";
    mall.getCell("A7").value =
      "{{GRUPP.SJ}} mot {{GRUPP.JMF}}: {{FORANDRING.SJ.ARBETE.T}} mot {{FORANDRING.JMF.ARBETE.T}}";
    await wb.xlsx.writeFile(withTemplate);
  }, 60_000);

  test("--subgroup fills the copy with the figures of the built-in sheet of that subgroup", async () => {
    const filledOut = join(dir, "mall-out.xlsx");
    const builtOut = join(dir, "mall-built.xlsx");
    const subgroup = ["--template", "scb", "--subgroup", "Åldersgrupp: 16-24 år"];
    const r = run([
      "report",
      withTemplate,
      ...subgroup,
      "--template-sheet",
      "Mall",
      "--out",
      filledOut,
    ]);
    expect(await r.code).toBe(0);
    expect(r.out).toEqual([`Skrev ${filledOut}: Mall 16–24 år 2022`]);
    expect(await run(["report", demo, ...subgroup, "--out", builtOut]).code).toBe(0);
    const [filled, built] = [new ExcelJS.Workbook(), new ExcelJS.Workbook()];
    await filled.xlsx.readFile(filledOut);
    await built.xlsx.readFile(builtOut);
    const mine = filled.getWorksheet("Mall 16–24 år 2022")!;
    const theirs = built.worksheets[0];
    // The cell `offset` columns right of `label`, in the first row holding it after a row holding each label before it.
    const beside = (labels: string[], offset: number) => {
      let row = 0;
      for (const label of labels) {
        for (let r = row + 1; r <= theirs.rowCount; r++) {
          if (theirs.getRow(r).values && (theirs.getRow(r).values as unknown[]).includes(label)) {
            row = r;
            break;
          }
        }
      }
      const cells = theirs.getRow(row).values as unknown[];
      return theirs.getRow(row).getCell(cells.indexOf(labels[labels.length - 1]) + offset).value;
    };
    const sj = "Stockholmsjobb – kvinnor och män";
    const did = [
      "3. Stockholmsjobb jämfört med övriga inskrivna (skillnad i skillnader)",
      "Förvärvsarbete, kvinnor och män",
    ];
    expect(mine.getCell("A1").value).toBe("Åldersgrupp: 16–24 år, inskrivna 2022");
    expect(typeof mine.getCell("B2").value).toBe("number");
    expect(mine.getCell("B2").numFmt).toBe("0.0%");
    expect([mine.getCell("B2").value, mine.getCell("B3").value]).toEqual([
      beside([sj, "Förvärvsarbete"], 1),
      beside([sj, "Förvärvsarbete"], 2),
    ]);
    expect(mine.getCell("B4").value).toBe(beside([sj, "Antal personer"], 1));
    expect(mine.getCell("B5").value).toBeCloseTo(Number(beside(did, 3)), 10);
    expect(mine.getCell("B6").value).toBe(beside(did, 4));
    expect(String(mine.getCell("A7").value)).toMatch(
      /^Stockholmsjobb mot Övriga inskrivna: ([+−]?\d+,\d\u00a0procentenheter|–) mot ([+−]?\d+,\d\u00a0procentenheter|–)$/
    );
  }, 120_000);

  test("a placeholder of another template is unknown to scb: exit 2, nothing written", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(withTemplate);
    wb.getWorksheet("Mall")!.getCell("C9").value = "{{PERIOD}}";
    const bad = join(dir, "mall-bad.xlsx");
    await wb.xlsx.writeFile(bad);
    const never = join(dir, "never.xlsx");
    const r = run(["report", bad, "--template", "scb", "--template-sheet", "Mall", "--out", never]);
    expect(await r.code).toBe(2);
    expect(r.err[0]).toBe("Mall!C9: {{PERIOD}} – okänd platshållare");
    expect(existsSync(never)).toBe(false);
  }, 120_000);
});

const soffice =
  spawnSync("which", ["soffice"]).status === 0 && spawnSync("which", ["pdftotext"]).status === 0;
(soffice ? describe : describe.skip)("the SCB sheet printed by LibreOffice", () => {
  test("reads as a sheet with its comparison, its caveats and no personnummer", async () => {
    const out = join(dir, "print.xlsx");
    expect(await run(["report", demo, "--template", "scb", "--out", out]).code).toBe(0);
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
    const text = spawnSync("pdftotext", ["-layout", join(dir, "print.pdf"), "-"], {
      encoding: "utf8",
    }).stdout.replace(/\s+/g, " ");
    expect(text).toContain("Långsiktig uppföljning (SCB) – alla inskrivna");
    expect(text).toContain(
      "3. Stockholmsjobb jämfört med övriga inskrivna (skillnad i skillnader)"
    );
    // The typed numbers print in LibreOffice's locale (a point here), the interval text is Swedish.
    expect(text).toMatch(
      /Förvärvsarbete, kvinnor och män \+\d+[.,]\d \+\d+[.,]\d \+\d+[.,]\d [+−]\d+,\d till \+\d+,\d p\.e\./
    );
    expect(text).toContain("säkerställd skillnad, inte en effekt i sig");
    expect(text).toContain("övriga inskrivna är ingen kontrollgrupp");
    expect(text).toContain("Huvudsaklig inkomstkälla, kvinnor och män"); // the chart's title
    expect(text).not.toMatch(/(?<![\d.,])(\d{6}|\d{8})[-+]\d{4}(?!\d)/);
  }, 180_000);
});

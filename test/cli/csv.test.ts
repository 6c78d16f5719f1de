/**
 * CSV input: the reader's encoding and separator detection and RFC 4180 quoting, then `validate`
 * on CSV files through the real bin (UTF-8 with `,`, Windows-1252 with `;`, UTF-8 with a BOM, and
 * Excel's "Unicode text": UTF-16LE with a BOM and tabs; UTF-16BE too).
 */
import iconv from "iconv-lite";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { decodeCsv, detectSeparator, parseCsv, readCsv } from "../../src/cli/csv";
import { mulberry32, syntheticPnr } from "../helpers/synthetic";
import { ensureCliBuilt, runCli, UNMASKED_PNR } from "./runCli";

const TODAY = "2026-03-15";
const HEADERS = [
  "Personnummer",
  "Kön",
  "Enhet",
  "Insats",
  "Inskrivningsdatum",
  "Avslutsdatum",
  "Avslutsorsak",
];
let dir: string;

beforeAll(() => {
  ensureCliBuilt();
  dir = mkdtempSync(join(tmpdir(), "resultatdialog-csv-"));
}, 180_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function people(seed: number, count: number): Array<{ pnr: string; gender: "K" | "M" }> {
  const rng = mulberry32(seed);
  return Array.from({ length: count }, (_, i) => {
    const p = syntheticPnr(rng, { year: 1980 + i, gender: i % 2 === 0 ? "K" : "M" });
    return { pnr: p.long, gender: p.gender };
  });
}

describe("the CSV reader", () => {
  test("decodes UTF-8 with and without a BOM, else Windows-1252", () => {
    expect(decodeCsv(Buffer.from("\uFEFFKön;Övrigt", "utf8"))).toEqual({
      text: "Kön;Övrigt",
      encoding: "utf-8",
    });
    expect(decodeCsv(Buffer.from("Kön;Övrigt", "utf8"))).toEqual({
      text: "Kön;Övrigt",
      encoding: "utf-8",
    });
    expect(decodeCsv(iconv.encode("Kön;Föräldraledighet", "win1252"))).toEqual({
      text: "Kön;Föräldraledighet",
      encoding: "windows-1252",
    });
  });

  test("decodes UTF-16 and UTF-32 by their BOM, and UTF-16 without one by its NUL bytes", () => {
    const text = "Kön\tÖvrigt\r\n19850101-1236\t€";
    const bom = (encoding: string): Buffer => iconv.encode(text, encoding, { addBOM: true });
    expect(decodeCsv(bom("utf16le"))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeCsv(bom("utf16be"))).toEqual({ text, encoding: "utf-16be" });
    expect(decodeCsv(bom("utf32le"))).toEqual({ text, encoding: "utf-32le" });
    expect(decodeCsv(bom("utf32be"))).toEqual({ text, encoding: "utf-32be" });
    expect(decodeCsv(iconv.encode(text, "utf16le"))).toEqual({ text, encoding: "utf-16le" });
    expect(decodeCsv(iconv.encode(text, "utf16be"))).toEqual({ text, encoding: "utf-16be" });
    expect(decodeCsv(iconv.encode(text, "utf16le", { addBOM: true })).text).not.toContain("\u0000");
  });

  test("picks the separator counted in the header line outside quotes", () => {
    expect(detectSeparator("a;b;c\n1,2,3,4,5")).toBe(";");
    expect(detectSeparator("a,b,c\n1;2")).toBe(",");
    expect(detectSeparator('"x;y;z",b,c\n')).toBe(",");
    expect(detectSeparator("Enhet")).toBe(";");
  });

  test("parses RFC 4180 quotes, doubled quotes, quoted line breaks and CRLF", () => {
    expect(parseCsv('a;"b;c";"say ""hi"""\r\n1;"two\r\nlines";3\r\n', ";")).toEqual([
      ["a", "b;c", 'say "hi"'],
      ["1", "two\r\nlines", "3"],
    ]);
    expect(parseCsv("a,b\n1,\n,2", ",")).toEqual([
      ["a", "b"],
      ["1", ""],
      ["", "2"],
    ]);
  });

  test("reads a file as a sheet: header row 1, blanks as null, trailing empty lines dropped", async () => {
    const path = join(dir, "Export.csv");
    writeFileSync(
      path,
      "Enhet;Period;Personalkostnad\nJobbtorg City;2025;1200000\nJobbtorg Järva;;\n\n\n"
    );
    const table = await readCsv(path);
    expect(table).toEqual({
      name: "Export",
      headerRow: 1,
      firstColumn: 1,
      headers: ["Enhet", "Period", "Personalkostnad"],
      rows: [
        ["Jobbtorg City", "2025", "1200000"],
        ["Jobbtorg Järva", null, null],
      ],
      encoding: "utf-8",
      separator: ";",
    });
  });
});

describe("validate on CSV files", () => {
  test("UTF-8 with `,`: a bad date is reported by row and column, exit 1", () => {
    const [a, b, c] = people(11, 3);
    const lines = [
      HEADERS.join(","),
      `${a.pnr},${a.gender},"Jobbtorg City, Kungsholmen",Praktik,2024-01-10,2024-06-30,Arbete`,
      `${b.pnr},${b.gender},Jobbtorg Järva,Jobbcoachning,2024-02-01,2024-13-01,Studier`,
      `${c.pnr},${c.gender},Jobbtorg Söderort,Arbetsträning,2024-03-05,2024-09-30,Övrigt`,
    ];
    const path = join(dir, "avslut-utf8.csv");
    writeFileSync(path, lines.join("\n") + "\n", "utf8");
    const run = runCli(["validate", path, "--json", "--today", TODAY]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({ sheet: "avslut-utf8", type: "avslut", rows: 3 });
    expect(report.counts).toEqual({ error: 1, warning: 0, info: 0 });
    expect(
      report.issues.map((i: { row: number; column: string; address: string; code: string }) => [
        i.row,
        i.column,
        i.address,
        i.code,
      ])
    ).toEqual([[3, "Avslutsdatum", "F3", "date/invalid"]]);
  });

  test("Windows-1252 with `;`: Kön, Övrigt and Föräldraledighet are read right, exit 0", () => {
    const [a, b, c] = people(12, 3);
    const lines = [
      HEADERS.join(";"),
      `${a.pnr};${a.gender};Jobbtorg Västerort;Praktik;2024-01-10;2024-06-30;Övrigt`,
      `${b.pnr};${b.gender};Jobbtorg Järva;Jobbcoachning;2024-02-01;2024-08-15;Föräldraledighet`,
      `${c.pnr};${c.gender};Jobbtorg Söderort;Arbetsträning;2024-03-05;2024-09-30;Subventionerad anställning`,
    ];
    const path = join(dir, "avslut-1252.csv");
    writeFileSync(path, iconv.encode(lines.join("\r\n") + "\r\n", "win1252"));
    const run = runCli(["validate", path, "--json", "--today", TODAY]);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    // A mis-decoded "Kön" would be a missing column, a mis-decoded "Övrigt" an unknown code.
    expect(JSON.parse(run.stdout)).toEqual({
      sheet: "avslut-1252",
      type: "avslut",
      rows: 3,
      issues: [],
      counts: { error: 0, warning: 0, info: 0 },
    });
  });

  test.each([
    ["utf16le", "utf-16le"],
    ["utf16be", "utf-16be"],
  ])(
    "Excel's Unicode text (%s with a BOM, tabs): read as the register, personnummer masked",
    (iconvName, label) => {
      const [a, b, c] = people(14, 3);
      const wrong = c.pnr.slice(0, -1) + String((Number(c.pnr.slice(-1)) + 1) % 10);
      const lines = [
        HEADERS.join("\t"),
        `${a.pnr}\t${a.gender}\tJobbtorg Västerort\tPraktik\t2024-01-10\t2024-06-30\tÖvrigt`,
        `${b.pnr}\t${b.gender}\tJobbtorg Järva\tJobbcoachning\t2024-02-01\t2024-08-15\tArbete`,
        `${wrong}\t${c.gender}\tJobbtorg Söderort\tPraktik\t2024-03-05\t2024-09-30\tArbete`,
      ];
      const path = join(dir, `unicode-${label}.txt`);
      writeFileSync(path, iconv.encode(lines.join("\r\n") + "\r\n", iconvName, { addBOM: true }));
      const json = runCli(["validate", path, "--json", "--today", TODAY]);
      expect(json.code).toBe(1);
      const report = JSON.parse(json.stdout);
      expect(report).toMatchObject({
        type: "avslut",
        rows: 3,
        counts: { error: 1, warning: 0, info: 0 },
      });
      expect(
        report.issues.map((i: { address: string; code: string }) => [i.address, i.code])
      ).toEqual([["A4", "pnr/checksum"]]);
      const text = runCli(["validate", path, "--today", TODAY]);
      for (const out of [json.stdout, text.stdout, text.stderr]) {
        expect(out).not.toMatch(UNMASKED_PNR);
        expect(out).not.toContain("\u0000");
      }
      expect(text.stdout).toContain("pnr/checksum");
    }
  );

  test("UTF-8 with a BOM and `;`: quoted separators and line breaks stay in their cell; output is masked", () => {
    const [a, b] = people(13, 2);
    const text =
      "\uFEFF" +
      [
        HEADERS.join(";"),
        `${a.pnr};${a.gender};Jobbtorg City;"Praktik; ""bas""\nrad två";2024-01-10;2024-06-30;Arbete`,
        `${b.pnr};X;Jobbtorg City;Praktik;2024-01-10;2024-06-30;Arbete`,
      ].join("\n");
    const path = join(dir, "avslut-bom.csv");
    writeFileSync(path, text, "utf8");
    const run = runCli(["validate", path, "--today", TODAY]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("avslut-bom · type: avslut (exits (job centres)) · 2 rows");
    expect(run.stdout).toContain("row 3 · Kön · B3 · gender/invalid");
    expect(run.stdout).not.toMatch(UNMASKED_PNR);
  });

  test("an unknown file type exits 2 with one line", () => {
    const path = join(dir, "avslut.ods");
    writeFileSync(path, "x");
    const run = runCli(["validate", path]);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "resultatdialog: avslut.ods: unknown file type; give an .xlsx or .csv file\n"
    );
  });
});

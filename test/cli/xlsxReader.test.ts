/**
 * The streaming .xlsx reader: the demo workbook read back as the generator made it, and bounded
 * on crafted files (claims of A1:XFD1048576, whole-column tables, absolute part names, zip bombs,
 * formulas without cached values, the last row of the grid, damaged and non-zip files) — read in
 * process and run through `validate` and `report` under a 1.5 GB heap.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { parseDate, serialOf, type CellValue } from "../../src/core/cells";
import type { CliContext } from "../../src/cli/context";
import { main } from "../../src/cli/main";
import { XlsxReader } from "../../src/cli/xlsxReader";
import { XlsxReadError } from "../../src/cli/xlsxRead/limits";
import { isDateFormat, resolveTarget } from "../../src/cli/xlsxRead/packageParts";
import { generateDemo } from "../../src/core/demo";
import { validateTable } from "../../src/core/registry/validate";
import { AVSLUT_HEADERS, avslutRow, person } from "../core/registry/fixtures";
import { CraftedWorkbook, rowXml, writeBomb, writeXlsx } from "./craftedXlsx";
import { ensureCliBuilt, runCli, UNMASKED_PNR } from "./runCli";

const dir = mkdtempSync(join(tmpdir(), "rd-xlsxreader-"));
const at = (name: string): string => join(dir, name);

/** A small Avslut register as sheet rows starting at `top` (header row first). */
function avslutRows(top: number, count: number): string {
  const rows = [rowXml(top, AVSLUT_HEADERS)];
  for (let i = 0; i < count; i++) rows.push(rowXml(top + 1 + i, avslutRow(person())));
  return rows.join("");
}

const avslutBook = (
  sheetData: string,
  extra: Partial<CraftedWorkbook["sheets"][0]> = {},
  book: Partial<CraftedWorkbook> = {}
): CraftedWorkbook => ({
  sheets: [{ name: "Avslut", sheetData, ...extra }],
  ...book,
});

async function readFirst(path: string): Promise<ReturnType<XlsxReader["readSheet"]>> {
  const reader = await XlsxReader.open(path);
  try {
    return await reader.readSheet((await reader.listSheets())[0]);
  } finally {
    reader.close();
  }
}

async function problemOf(read: Promise<unknown>): Promise<string> {
  try {
    await read;
  } catch (e) {
    if (e instanceof XlsxReadError) return e.problem.kind;
    return `other: ${e instanceof Error ? e.message : String(e)}`;
  }
  return "none";
}

describe("the demo workbook", () => {
  const demo = at("demo.xlsx");
  beforeAll(async () => {
    const ctx: CliContext = {
      language: "en",
      today: serialOf(2026, 11, 27),
      out: () => undefined,
      err: () => undefined,
    };
    expect(
      await main(
        ["demo", "--out", demo, "--rows", "300", "--seed", "5", "--today", "2026-11-27"],
        ctx
      )
    ).toBe(0);
  }, 120_000);

  test("reads every sheet as the generator made it: header row below the note line, headers, every value", async () => {
    const demoBook = generateDemo({ exits: 300, seed: 5, today: serialOf(2026, 11, 27) });
    const reader = await XlsxReader.open(demo);
    const sheets = await reader.listSheets();
    expect(sheets).toEqual([demoBook.about.name, ...demoBook.sheets.map((s) => s.name)]);
    // Date-formatted serials come back as dates of the same day; everything else as written.
    const plain = (v: CellValue): CellValue =>
      v instanceof Date ? parseDate(v) : v === undefined ? null : v;
    let cells = 0;
    let dates = 0;
    for (const sheet of demoBook.sheets) {
      const table = await reader.readSheet(sheet.name);
      expect({
        name: sheet.name,
        headerRow: table.headerRow,
        firstColumn: table.firstColumn,
        headers: table.headers,
      }).toEqual({
        name: sheet.name,
        headerRow: sheet.note ? 3 : 1,
        firstColumn: 1,
        headers: sheet.headers,
      });
      expect(await reader.headersOf(sheet.name)).toEqual(sheet.headers);
      expect(table.rows.length).toBe(sheet.rows.length);
      table.rows.forEach((row, r) => {
        const expected = sheet.headers.map((_, c) => plain(sheet.rows[r][c]));
        expect([sheet.name, r, row.map(plain)]).toEqual([sheet.name, r, expected]);
        for (const v of row) {
          if (v !== null) cells++;
          if (v instanceof Date) dates++;
        }
      });
      expect(table.uncalculated).toBeUndefined();
    }
    const about = await reader.readSheet(demoBook.about.name);
    expect([about.headers[0], ...about.rows.map((r) => r[0] ?? "")]).toEqual(demoBook.about.lines);
    // The comparison covered real data, dates among it.
    expect(cells).toBeGreaterThan(5000);
    expect(dates).toBeGreaterThan(500);
    reader.close();
  }, 60_000);

  test("headersOf stops at the header row: a fraction of the sheet is inflated", async () => {
    const reader = await XlsxReader.open(demo);
    await reader.headersOf("Forsorjningsstod");
    const headerBytes = reader.inflatedBytes;
    await reader.readSheet("Forsorjningsstod");
    expect(headerBytes * 5).toBeLessThan(reader.inflatedBytes - headerBytes);
    reader.close();
  });
});

describe("crafted files, read in process", () => {
  test("a dimension claiming A1:XFD1048576 allocates nothing by it", async () => {
    const path = at("dimension.xlsx");
    writeXlsx(path, avslutBook(avslutRows(1, 3), { dimension: "A1:XFD1048576" }));
    const table = await readFirst(path);
    expect(table.headers).toEqual(AVSLUT_HEADERS);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[0]).toHaveLength(AVSLUT_HEADERS.length);
  });

  test("a table ref of the whole grid is cut to its headers and filled rows", async () => {
    const path = at("table-xfd.xlsx");
    writeXlsx(
      path,
      avslutBook(avslutRows(1, 4), { table: { ref: "A1:XFD1048576", columns: AVSLUT_HEADERS } })
    );
    const table = await readFirst(path);
    expect(table.headers).toEqual(AVSLUT_HEADERS);
    expect(table.rows).toHaveLength(4);
  });

  test("a table over whole columns (A1:G1048576) reads its rows, blank rows inside kept, trailing dropped", async () => {
    const path = at("table-columns.xlsx");
    const rows = [
      rowXml(1, AVSLUT_HEADERS),
      rowXml(2, avslutRow(person())),
      rowXml(4, avslutRow(person())),
      `<row r="9"><c r="A9" s="0"/></row>`,
    ];
    writeXlsx(
      path,
      avslutBook(rows.join(""), { table: { ref: "A1:G1048576", columns: AVSLUT_HEADERS } })
    );
    const table = await readFirst(path);
    expect(table.rows).toHaveLength(3);
    expect(table.rows[1]).toEqual(new Array(7).fill(null));
    expect(validateTable(table, { today: serialOf(2026, 11, 27) }).rows).toBe(2);
  });

  test("absolute relationship targets (openpyxl) find the sheets and the table", async () => {
    const path = at("absolute.xlsx");
    // A title, a two-cell line that is not the table, then the table: only the table's ref finds row 4.
    const sheetData =
      rowXml(1, ["Export"]) + rowXml(2, ["Skapad", "2026-01-01"]) + avslutRows(4, 2);
    writeXlsx(
      path,
      avslutBook(
        sheetData,
        { table: { ref: "A4:G6", columns: AVSLUT_HEADERS, target: "absolute" } },
        { absoluteTargets: true }
      )
    );
    const table = await readFirst(path);
    expect(table.headerRow).toBe(4);
    expect(table.headers).toEqual(AVSLUT_HEADERS);
    expect(table.rows).toHaveLength(2);
    expect(resolveTarget("xl/worksheets/sheet1.xml", "/xl/tables/table1.xml")).toBe(
      "xl/tables/table1.xml"
    );
    expect(resolveTarget("xl/worksheets/sheet1.xml", "../tables/table1.xml")).toBe(
      "xl/tables/table1.xml"
    );
  });

  test("a totals row is not data", async () => {
    const path = at("totals.xlsx");
    const sheetData = avslutRows(1, 2) + rowXml(4, ["Summa", null, null, null, null, null, 2]);
    writeXlsx(
      path,
      avslutBook(sheetData, { table: { ref: "A1:G4", columns: AVSLUT_HEADERS, totalsRowCount: 1 } })
    );
    const table = await readFirst(path);
    expect(table.rows).toHaveLength(2);
  });

  test("formulas: the cached value is the value, shared formulas too; none cached is reported, not blank", async () => {
    const path = at("formulas.xlsx");
    const sheetData =
      rowXml(1, ["Enhet", "Period", "Personalkostnad"]) +
      `<row r="2"><c r="A2" t="inlineStr"><is><t>Nord</t></is></c><c r="B2" t="str"><f>"2025"&amp;"T1"</f><v>2025T1</v></c><c r="C2"><f t="shared" ref="C2:C4" si="0">10*2</f><v>20</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><t>Syd</t></is></c><c r="B3" t="str"><v>2025T1</v></c><c r="C3"><f t="shared" si="0"/><v>30</v></c></row>` +
      `<row r="4"><c r="A4" t="inlineStr"><is><t>Väst</t></is></c><c r="B4" t="str"><v>2025T1</v></c><c r="C4"><f t="shared" si="0"/></c></row>` +
      `<row r="5"><c r="A5"><f>1+1</f></c></row>`;
    writeXlsx(path, { sheets: [{ name: "Kostnad", sheetData }] });
    const table = await readFirst(path);
    expect(table.rows.slice(0, 2)).toEqual([
      ["Nord", "2025T1", 20],
      ["Syd", "2025T1", 30],
    ]);
    expect(table.rows[2]).toEqual(["Väst", "2025T1", null]);
    // The uncalculated row keeps its place, although its only cell reads as blank.
    expect(table.rows).toHaveLength(4);
    expect(table.uncalculated).toEqual([
      [2, 2],
      [3, 0],
    ]);
    const report = validateTable(table, { type: "personalkostnad", today: serialOf(2026, 11, 27) });
    expect(report.countsByCode["cell/uncalculated"]).toBe(2);
    const issue = report.issues.find((i) => i.code === "cell/uncalculated")!;
    expect(issue).toMatchObject({ row: 4, address: "C4", severity: "error" });
    expect(issue.message.sv).toBe(
      'Rad 4, kolumn "Personalkostnad": formel utan beräknat värde; öppna och spara filen i Excel.'
    );
    expect(issue.message.en).toContain("formula without a calculated value");
  });

  test("strings (shared, rich, phonetic, inline), booleans, errors and dates by number format", async () => {
    const path = at("values.xlsx");
    const sheetData =
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>` +
      `<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2" t="b"><v>1</v></c><c r="C2" t="e"><v>#N/A</v></c>` +
      `<c r="D2" s="1"><v>45658</v></c><c r="E2" s="2"><v>45658.5</v></c><c r="F2" s="3"><v>3</v></c></row>` +
      `<row r="3"><c r="A3" t="inlineStr"><is><r><t>Jobb</t></r><r><rPr><b/></rPr><t>torg</t></r></is></c><c r="B3" t="b"><v>0</v></c>` +
      `<c r="C3" t="str"><f>A1</f><v>x &amp; y</v></c><c r="D3" s="4"><v>45658</v></c><c r="E3" s="5"><v>45658</v></c><c r="F3" s="6"><v>7</v></c></row>`;
    writeXlsx(path, {
      sheets: [{ name: "Blad1", sheetData }],
      sharedStrings: [
        "Text",
        "Sant",
        "Fel",
        "Datum",
        "Tid",
        "Dagar",
        '<r><t>Rik </t></r><r><rPr><i/></rPr><t>text</t></r><rPh sb="0" eb="1"><t>ヨミ</t></rPh>',
      ],
      numFmts: {
        164: "yyyy-mm-dd",
        165: '0.0 "dagar"',
        166: "[$-41D]d mmmm yyyy",
        167: "[Red]0.00",
      },
      cellXfs: [0, 14, 22, 165, 166, 164, 167],
    });
    const table = await readFirst(path);
    expect(table.headers).toEqual(["Text", "Sant", "Fel", "Datum", "Tid", "Dagar"]);
    expect(table.rows).toEqual([
      [
        "Rik text",
        true,
        "#N/A",
        new Date(Date.UTC(2025, 0, 1)),
        new Date(Date.UTC(2025, 0, 1, 12)),
        3,
      ],
      [
        "Jobbtorg",
        false,
        "x & y",
        new Date(Date.UTC(2025, 0, 1)),
        new Date(Date.UTC(2025, 0, 1)),
        7,
      ],
    ]);
  });

  test("date formats: d, m, y, h, s outside quotes, brackets and escapes", () => {
    expect(
      [
        "yyyy-mm-dd",
        "d/m/yy",
        "[$-41D]d mmmm yyyy",
        "h:mm:ss",
        "[h]:mm",
        "mmm-yy",
        "YYYY-MM-DD",
      ].map(isDateFormat)
    ).toEqual(new Array(7).fill(true));
    expect(
      ["0.00", '0.0 "dagar"', "[Red]0.00", "#,##0 \\d", "General", "@", '#,##0 "kr"'].map(
        isDateFormat
      )
    ).toEqual(new Array(7).fill(false));
  });

  test("equal dates are one Date object, as equal texts are one string (the core memoizes by identity)", async () => {
    const path = at("shared-dates.xlsx");
    const sheetData =
      rowXml(1, ["Personnummer", "Månad"]) +
      [2, 3, 4]
        .map(
          (r) =>
            `<row r="${r}"><c r="A${r}" t="s"><v>0</v></c><c r="B${r}" s="1"><v>${r < 4 ? 45658 : 45689}</v></c></row>`
        )
        .join("");
    writeXlsx(path, {
      sheets: [{ name: "Stod", sheetData }],
      sharedStrings: ["x"],
      cellXfs: [0, 14],
    });
    const { rows } = await readFirst(path);
    expect(rows[0][1]).toBe(rows[1][1]);
    expect(rows[0][0]).toBe(rows[1][0]);
    expect(rows[2][1]).toEqual(new Date(Date.UTC(2025, 1, 1)));
  });

  test("the 1904 date system", async () => {
    const path = at("date1904.xlsx");
    const sheetData =
      rowXml(1, ["Datum", "Tal"]) +
      `<row r="2"><c r="A2" s="1"><v>0</v></c><c r="B2"><v>0</v></c></row>`;
    writeXlsx(path, { sheets: [{ name: "Blad1", sheetData }], cellXfs: [0, 14], date1904: true });
    expect((await readFirst(path)).rows).toEqual([[new Date(Date.UTC(1904, 0, 1)), 0]]);
  });

  test("a value in row 1,048,576 is read; the blank rows above share one row; row 1,048,577 is refused", async () => {
    const last = at("last-row.xlsx");
    writeXlsx(last, avslutBook(rowXml(1, ["Enhet", "Period"]) + rowXml(1048576, ["Nord", "2025"])));
    const table = await readFirst(last);
    expect(table.rows).toHaveLength(1048575);
    expect(table.rows[1048574]).toEqual(["Nord", "2025"]);
    expect(table.rows[0]).toBe(table.rows[1048573]);
    expect(Object.isFrozen(table.rows[0])).toBe(true);
    const beyond = at("beyond.xlsx");
    writeXlsx(
      beyond,
      avslutBook(
        rowXml(1, ["Enhet", "Period"]) + `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`
      )
    );
    expect(await problemOf(readFirst(beyond))).toBe("rows");
    const wide = at("wide.xlsx");
    writeXlsx(
      wide,
      avslutBook(rowXml(1, ["Enhet", "Period"]) + `<row r="2"><c r="XFE2"><v>1</v></c></row>`)
    );
    expect(await problemOf(readFirst(wide))).toBe("columns");
  });

  test("rows without numbers count on: a bomb of a million little rows stops at the grid's end", async () => {
    const path = at("rows-bomb.xlsx");
    await writeBomb(path, avslutBook(""), {
      head: rowXml(1, ["Enhet", "Period"]),
      padding: "<row><c><v>1</v></c></row>",
      times: 1_100_000,
    });
    expect(await problemOf(readFirst(path))).toBe("rows");
  }, 60_000);

  test("the inflated budget counts what really inflates, re-reads included", async () => {
    const path = at("budget.xlsx");
    const { inflated } = await writeBomb(path, avslutBook(""), {
      head: avslutRows(1, 2),
      padding: " ".repeat(1 << 20),
      times: 20,
    });
    const reader = await XlsxReader.open(path, inflated + 200_000);
    expect((await reader.readSheet("Avslut")).rows).toHaveLength(2);
    expect(await problemOf(reader.readSheet("Avslut"))).toBe("inflated");
    reader.close();
  }, 60_000);

  test("damaged, truncated and non-zip files fail as XlsxReadError or a zip error, never a crash", async () => {
    const text = at("text.xlsx");
    writeFileSync(text, "Personnummer;Enhet\n");
    await expect(XlsxReader.open(text)).rejects.toThrow();
    const good = at("good.xlsx");
    writeXlsx(good, avslutBook(avslutRows(1, 2)));
    const bytes = readFileSync(good);
    const truncated = at("truncated.xlsx");
    writeFileSync(truncated, bytes.subarray(0, Math.floor(bytes.length * 0.6)));
    await expect(readFirst(truncated)).rejects.toThrow();
    const badXml = at("bad-xml.xlsx");
    writeXlsx(badXml, avslutBook(`<row r="1"><c r="A1"><v>1</v></row>`));
    expect(await problemOf(readFirst(badXml))).toBe("damaged");
  });
});

describe("crafted files through the CLI under a 1.5 GB heap", () => {
  const HEAP = { NODE_OPTIONS: "--max-old-space-size=1536" };
  const files: Record<string, string> = {};
  let underInflated = 0;

  beforeAll(async () => {
    ensureCliBuilt();
    const make = (name: string, book: CraftedWorkbook): void => {
      files[name] = at(`cli-${name}.xlsx`);
      writeXlsx(files[name], book);
    };
    make("dimension", avslutBook(avslutRows(1, 3), { dimension: "A1:XFD1048576" }));
    make(
      "table-xfd",
      avslutBook(avslutRows(1, 3), { table: { ref: "A1:XFD1048576", columns: AVSLUT_HEADERS } })
    );
    make(
      "table-columns",
      avslutBook(avslutRows(1, 3), { table: { ref: "A1:G1048576", columns: AVSLUT_HEADERS } })
    );
    make(
      "absolute",
      avslutBook(
        avslutRows(1, 3),
        { table: { ref: "A1:G4", columns: AVSLUT_HEADERS, target: "absolute" } },
        { absoluteTargets: true }
      )
    );
    make("last-row", avslutBook(avslutRows(1, 2) + rowXml(1048576, avslutRow(person()))));
    make(
      "beyond",
      avslutBook(avslutRows(1, 2) + `<row r="1048577"><c r="A1048577"><v>1</v></c></row>`)
    );
    make(
      "uncalculated",
      avslutBook(
        avslutRows(1, 2) +
          `<row r="4"><c r="A4" t="inlineStr"><is><t>x</t></is></c><c r="E4" s="0"><f>TODAY()</f></c></row>`
      )
    );
    files["bomb-under"] = at("cli-bomb-under.xlsx");
    underInflated = (
      await writeBomb(files["bomb-under"], avslutBook(""), {
        head: avslutRows(1, 3),
        padding: " ".repeat(1 << 20),
        times: 350,
      })
    ).inflated;
    files["bomb-over"] = at("cli-bomb-over.xlsx");
    await writeBomb(files["bomb-over"], avslutBook(""), {
      head: avslutRows(1, 3),
      padding: " ".repeat(1 << 20),
      times: 1100,
    });
    files["bomb-lying"] = at("cli-bomb-lying.xlsx");
    await writeBomb(files["bomb-lying"], avslutBook(""), {
      head: avslutRows(1, 3),
      padding: " ".repeat(1 << 20),
      times: 400,
      declaredSize: 9000,
    });
    files["not-zip"] = at("cli-not-zip.xlsx");
    writeFileSync(files["not-zip"], "PK\u0003\u0004 this is not really a zip");
  }, 120_000);

  test("the bombs are small files that inflate to hundreds of megabytes", () => {
    expect(readFileSync(files["bomb-under"]).length).toBeLessThan(2_000_000);
    expect(underInflated).toBeGreaterThan(350_000_000);
    expect(readFileSync(files["bomb-over"]).length).toBeLessThan(3_000_000);
  });

  /** One run: success (0/1) with a report, or exit 2 with exactly one line and no stack trace. */
  function expectBounded(args: string[], outcome: "read" | "refused"): string {
    const started = Date.now();
    const run = runCli(args, { env: HEAP });
    expect(Date.now() - started).toBeLessThan(60_000);
    expect(run.stderr).not.toMatch(/\n\s+at |heap out of memory|internal error/i);
    expect(run.stdout + run.stderr).not.toMatch(UNMASKED_PNR);
    if (outcome === "refused") {
      expect(run.code).toBe(2);
      expect(run.stderr.trim().split("\n")).toHaveLength(1);
      return run.stderr.trim();
    }
    expect([0, 1]).toContain(run.code);
    return run.stdout;
  }

  const TODAY = ["--today", "2026-11-27"];

  test.each([
    ["dimension"],
    ["table-xfd"],
    ["table-columns"],
    ["absolute"],
    ["last-row"],
    ["bomb-under"],
  ])(
    "%s: validate reads the register",
    (name) => {
      const out = expectBounded(["validate", files[name], ...TODAY], "read");
      expect(out).toMatch(/Sheet: Avslut · type: avslut/);
    },
    90_000
  );

  test("the absolute-target workbook validates clean, with its three rows", () => {
    const out = expectBounded(["validate", files.absolute, ...TODAY, "--json"], "read");
    expect(JSON.parse(out)).toMatchObject({
      sheet: "Avslut",
      type: "avslut",
      rows: 3,
      counts: { error: 0 },
    });
  });

  test("a formula without a cached value is reported as cell/uncalculated", () => {
    const json = JSON.parse(
      expectBounded(["validate", files.uncalculated, ...TODAY, "--json"], "read")
    );
    expect(json.issues.filter((i: { code: string }) => i.code === "cell/uncalculated")).toEqual([
      expect.objectContaining({
        row: 4,
        address: "E4",
        severity: "error",
        message:
          'Row 4, column "Inskrivningsdatum": formula without a calculated value; open and save the file in Excel.',
      }),
    ]);
  });

  test.each([
    ["beyond", /row 1048577 is beyond Excel's 1 048 576 rows/],
    ["bomb-over", /inflates to more than 1 024 MB of XML/],
    ["bomb-lying", /cannot be read as \.xlsx/],
    ["not-zip", /cannot be read as \.xlsx/],
  ])(
    "%s: validate and report refuse it in one line",
    (name, message) => {
      expect(expectBounded(["validate", files[name], ...TODAY], "refused")).toMatch(message);
      expect(
        expectBounded(
          [
            "report",
            files[name],
            "--period",
            "2025T2",
            "--out",
            at(`${name}-report.xlsx`),
            ...TODAY,
          ],
          "refused"
        )
      ).toMatch(message);
    },
    90_000
  );

  test.each([
    ["dimension"],
    ["table-xfd"],
    ["table-columns"],
    ["absolute"],
    ["last-row"],
    ["bomb-under"],
    ["uncalculated"],
  ])(
    "%s: report writes its dialogue sheet",
    (name) => {
      const out = expectBounded(
        ["report", files[name], "--period", "2025T2", "--out", at(`${name}-report.xlsx`), ...TODAY],
        "read"
      );
      expect(out).toMatch(/^Wrote .*: RD alla 2025T2/);
    },
    90_000
  );

  // Issue #8 item 8: one value in row 1,048,576 (or a table claiming every row) must not make fix
  // write a million-row sheet: blank rows are left out of the corrected copy.
  test.each([["dimension"], ["table-xfd"], ["table-columns"], ["last-row"], ["bomb-under"]])(
    "%s: fix writes a corrected sheet of only the filled rows",
    (name) => {
      const out = expectBounded(
        ["fix", files[name], "--out", at(`${name}-fixed.xlsx`), ...TODAY],
        "read"
      );
      const rows = Number(/with the sheets "Avslut \(rättad\)" \((\d+) rows\)/.exec(out)?.[1]);
      expect(rows).toBeGreaterThan(0);
      expect(rows).toBeLessThan(10);
      expect(statSync(at(`${name}-fixed.xlsx`)).size).toBeLessThan(100_000);
    },
    90_000
  );
});

/**
 * The privacy corpus (issue #8, "Tests"): registers, CSVs and templates with synthetic personnummer
 * planted in every accepted spelling in every place a command reads (ID columns, Enhet, Skola,
 * Avslutsorsak, Kön, other codes, sheet names, file names, template cells, the template sheet's
 * name), and a scanner that finds a planted number in any text however it is spelled.
 *
 * Every planted number is its own synthetic person, so a leak names the place and spelling it came from.
 */
import { writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { unzipSync, strFromU8 } from "fflate";
import {
  mulberry32,
  pnrSpellings,
  syntheticPnr,
  type Rng,
  type SyntheticPnr,
} from "../helpers/synthetic";

/** One personnummer put somewhere in the corpus. */
export interface Planted {
  /** Where it was put ("avslut.xlsx Enhet row 4", "file name" …). */
  place: string;
  /** Which spelling of pnrSpellings it was written in. */
  form: string;
  /** The text (or number) as planted. */
  value: string | number;
  pnr: SyntheticPnr;
}

/**
 * Separators removed from a scanned text before looking for the digits: every character that a
 * spelling puts between digits (whitespace of any kind, dashes, + . / _ quotes) and the control
 * characters (a UTF-16 text read byte-wise has a NUL between the digits).
 */
const SEPARATORS =
  // eslint-disable-next-line no-control-regex -- NUL and other controls are separators here, see above
  /[\s\u0000-\u001f\u00a0\u2000-\u200d\u202f\u2060\u2010-\u2015\u2212\-+./_"'\u201d]/g;

/** XML text with its character references and OOXML's _xHHHH_ escapes decoded. */
export function decodeXml(xml: string): string {
  return xml
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/&#x([0-9A-Fa-f]+);/g, (_, hex) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec) => String.fromCodePoint(Number(dec)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/**
 * The digit strings that betray a planted number: its ten digits, and for a number cell that lost
 * its leading zero, the digits without it (what the cell holds).
 */
export function signatures(p: Planted): string[] {
  const sigs = [p.pnr.digits10];
  if (typeof p.value === "number") sigs.push(String(p.value));
  if (/^"\d+"$/.test(String(p.value))) sigs.push(String(p.value).slice(1, -1));
  return sigs;
}

/** The planted numbers whose digits occur in a text (separators ignored). */
export function findPlanted(text: string, planted: readonly Planted[]): Planted[] {
  const squeezed = decodeXml(text).replace(SEPARATORS, "");
  return planted.filter((p) => signatures(p).some((sig) => squeezed.includes(sig)));
}

/** Every XML part of an .xlsx (sheets, shared strings, workbook.xml with the sheet names, docProps …). */
export function xlsxParts(bytes: Uint8Array): Map<string, string> {
  const parts = new Map<string, string>();
  for (const [name, data] of Object.entries(unzipSync(bytes))) parts.set(name, strFromU8(data));
  return parts;
}

const SHEET_NAME_FORBIDDEN = /[[\]:*?/\\]/;

/** What the corpus builder hands to the test: files, the planted numbers, names to run commands with. */
export interface Corpus {
  dir: string;
  planted: Planted[];
  files: {
    /** Avslut register with numbers everywhere: ID, Kön, Enhet, Avslutsorsak, Insats, sheet names. */
    avslut: string;
    /** The same register with clean units and sheet names, so that reports get written; a template sheet. */
    reportable: string;
    /** As `reportable`, its template sheet named after a personnummer. */
    namedTemplate: string;
    /** Vux register with numbers in Skola, Utbildningstyp, Status, Avbrottsorsak. */
    vux: string;
    /** The Avslut register as CSV, UTF-8 and UTF-16LE (tab-separated, as Excel's "Unicode text"). */
    csvUtf8: string;
    csvUtf16: string;
  };
  /** The template sheet of `reportable`, and of `namedTemplate` (named after a personnummer). */
  templateSheet: string;
  namedTemplateSheet: string;
  /** The numbers planted in cells of each file's register sheet (allowed in fix's corrected copy). */
  inRegisterCells: Map<string, Planted[]>;
  units: string[];
}

function cellOf(s: { text: string; form: string }, pnr: SyntheticPnr): string | number {
  // A number cell is how Excel stores a personnummer typed without separator: plant that too.
  if (s.form === "10 digits" && pnr.digits10[0] !== "0") return Number(pnr.digits10);
  if (s.form === "number cell, quoted") return Number(pnr.digits10);
  return s.text;
}

/** Builds the corpus in `dir` (small files: the whole test runs in well under two minutes). */
export async function buildCorpus(dir: string, seed = 8080): Promise<Corpus> {
  const rng: Rng = mulberry32(seed);
  const planted: Planted[] = [];
  const inRegisterCells = new Map<string, Planted[]>();
  // Births 2000–2009 give the leading-zero forms (a number cell that lost its zero).
  const person = (): SyntheticPnr =>
    syntheticPnr(rng, { year: rng() < 0.3 ? 2000 + Math.floor(rng() * 9) : undefined });
  const forms = pnrSpellings(rng, syntheticPnr(rng, { year: 2004 })).map((s) => s.form);

  /** A fresh person in spelling `form`, recorded as planted at `place`. */
  const plant = (place: string, form: string, asCell = false): Planted => {
    let p = person();
    let spelling = pnrSpellings(rng, p).find((s) => s.form === form);
    while (!spelling) {
      p = syntheticPnr(rng, { year: 2003 }); // "number cell, quoted" needs a leading zero
      spelling = pnrSpellings(rng, p).find((s) => s.form === form);
    }
    const item: Planted = {
      place,
      form,
      value: asCell ? cellOf(spelling, p) : spelling.text,
      pnr: p,
    };
    planted.push(item);
    return item;
  };
  const plantName = (place: string, prefix: string, form: string): string => {
    for (;;) {
      const item = plant(place, form);
      const name = `${prefix}${item.value}`;
      if (!SHEET_NAME_FORBIDDEN.test(name) && name.length <= 31 && !/^'|'$/.test(name)) return name;
      planted.pop(); // not a legal sheet name in this spelling: leave it out of the sheet names
      if (form.includes("slashes")) return `${prefix}x`;
    }
  };

  const units = ["Jobbtorg Nord", "Jobbtorg Syd"];
  const reasons = ["Arbete", "Studier", "Flytt", "Annat"];
  const register = (
    ws: ExcelJS.Worksheet,
    file: string,
    polluted: { unit: boolean }
  ): Planted[] => {
    const cells: Planted[] = [];
    ws.addRow([
      "Personnummer",
      "Kön",
      "Enhet",
      "Insats",
      "Inskrivningsdatum",
      "Avslutsdatum",
      "Avslutsorsak",
    ]);
    forms.forEach((form, i) => {
      const id = plant(`${file} Personnummer row ${i + 2}`, form, true);
      const gender = plant(`${file} Kön row ${i + 2}`, forms[(i + 1) % forms.length], true);
      const unit = polluted.unit
        ? plant(`${file} Enhet row ${i + 2}`, forms[(i + 2) % forms.length])
        : null;
      const intervention = plant(`${file} Insats row ${i + 2}`, forms[(i + 3) % forms.length]);
      const reason = plant(`${file} Avslutsorsak row ${i + 2}`, forms[(i + 4) % forms.length]);
      cells.push(id, gender, intervention, reason, ...(unit ? [unit] : []));
      ws.addRow([
        id.value,
        gender.value,
        unit ? `${units[i % 2]} ${unit.value}` : units[i % 2],
        `Coachning ${intervention.value}`,
        "2025-01-10",
        `2025-0${1 + (i % 7)}-15`,
        reason.value,
      ]);
    });
    // Clean rows, so that the indicators have something to count and the units exist.
    for (let i = 0; i < 12; i++) {
      const p = person();
      const item: Planted = {
        place: `${file} Personnummer clean row ${forms.length + 2 + i}`,
        form: "long",
        value: p.long,
        pnr: p,
      };
      planted.push(item);
      cells.push(item);
      ws.addRow([
        p.long,
        p.gender,
        units[i % 2],
        "Coachning",
        "2025-01-10",
        `2025-0${1 + (i % 7)}-15`,
        reasons[i % reasons.length],
      ]);
    }
    return cells;
  };

  const otherSheets = (wb: ExcelJS.Workbook, file: string): void => {
    // Every spelling once as a sheet name, each sheet a tiny table of its own.
    for (const form of forms) {
      const name = plantName(`${file} sheet name`, "S ", form);
      if (wb.getWorksheet(name)) continue;
      const ws = wb.addWorksheet(name);
      ws.addRow(["Enhet", "Period", "Personalkostnad"]);
      ws.addRow([units[0], "2025T1", 100000]);
    }
  };

  // 1. The Avslut register polluted everywhere, its sheet named after a personnummer.
  const avslutFile = `avslut ${plant("avslut file name", "long").value}.xlsx`;
  const avslut = new ExcelJS.Workbook();
  const avslutSheetName = plantName("avslut.xlsx register sheet name", "Avslut ", "short");
  inRegisterCells.set(
    "avslut",
    register(avslut.addWorksheet(avslutSheetName), "avslut.xlsx", { unit: true })
  );
  otherSheets(avslut, "avslut.xlsx");
  avslut.creator = "Handläggare";
  await avslut.xlsx.writeFile(join(dir, avslutFile));

  // 2. A reportable register (clean units, clean sheet names: report refuses a workbook with a sheet named
  // after a personnummer), numbers in its template's cells. Then the same with the template named after one.
  const templateSheet = "Mall";
  const template = (wb: ExcelJS.Workbook, name: string, label: string): void => {
    const mall = wb.addWorksheet(name);
    mall.getCell("A1").value = "Resultat för {{ENHET}}, {{PERIOD}}";
    mall.getCell("B2").value = "{{EXITRATE.K}}";
    mall.getCell("B3").value = "{{EXITRATE.N.T}}";
    forms.forEach((form, i) => {
      const item = plant(`${label} cell C${i + 1}`, form, true);
      mall.getCell(`C${i + 1}`).value =
        typeof item.value === "number" ? item.value : `Kontakt ${item.value} {{ENHET}}`;
    });
    const cached = plant(`${label} formula's cached value`, "12 digits");
    mall.getCell("D1").value = {
      formula: "Avslut!A2",
      result: cached.value,
    } as ExcelJS.CellFormulaValue;
  };
  const reportableFile = `rapport ${plant("reportable file name", "spaced separator").value}.xlsx`;
  const reportable = new ExcelJS.Workbook();
  inRegisterCells.set(
    "reportable",
    register(reportable.addWorksheet("Avslut"), "reportable.xlsx", { unit: false })
  );
  template(reportable, templateSheet, "template");
  // Document properties of the input: a new workbook must not carry them over.
  reportable.creator = `Handläggare ${plant("reportable docProps creator", "long").value}`;
  reportable.title = `Utdrag ${plant("reportable docProps title", "short").value}`;
  reportable.keywords = String(plant("reportable docProps keywords", "12 digits").value);
  await reportable.xlsx.writeFile(join(dir, reportableFile));

  const namedTemplateFile = `mall ${plant("named-template file name", "dash 12").value}.xlsx`;
  const namedTemplate = new ExcelJS.Workbook();
  inRegisterCells.set(
    "namedTemplate",
    register(namedTemplate.addWorksheet("Avslut"), "named-template.xlsx", { unit: false })
  );
  const namedTemplateSheet = plantName("template sheet name", "Mall ", "10 digits");
  template(namedTemplate, namedTemplateSheet, "named template");
  await namedTemplate.xlsx.writeFile(join(dir, namedTemplateFile));

  // 3. Vux: numbers in Skola, the codes and the free-text reason.
  const vuxFile = `vux ${plant("vux file name", "date dashes 12").value}.xlsx`;
  const vux = new ExcelJS.Workbook();
  const vuxSheet = vux.addWorksheet(plantName("vux.xlsx register sheet name", "Vux ", "space 12"));
  vuxSheet.addRow([
    "Personnummer",
    "Kön",
    "Skola",
    "Utbildningstyp",
    "Startdatum",
    "Slutdatum",
    "Status",
    "Avbrottsorsak",
  ]);
  const vuxCells: Planted[] = [];
  forms.forEach((form, i) => {
    const id = plant(`vux.xlsx Personnummer row ${i + 2}`, form, true);
    const school = plant(`vux.xlsx Skola row ${i + 2}`, forms[(i + 1) % forms.length]);
    const type = plant(`vux.xlsx Utbildningstyp row ${i + 2}`, forms[(i + 2) % forms.length]);
    const status = plant(`vux.xlsx Status row ${i + 2}`, forms[(i + 3) % forms.length]);
    const reason = plant(`vux.xlsx Avbrottsorsak row ${i + 2}`, forms[(i + 4) % forms.length]);
    vuxCells.push(id, school, type, status, reason);
    vuxSheet.addRow([
      id.value,
      "K",
      `Komvux ${school.value}`,
      type.value,
      "2025-01-10",
      "2025-06-10",
      status.value,
      `Sjuk ${reason.value}`,
    ]);
  });
  for (let i = 0; i < 8; i++) {
    const p = person();
    const item: Planted = { place: `vux.xlsx clean row ${i}`, form: "long", value: p.long, pnr: p };
    planted.push(item);
    vuxCells.push(item);
    vuxSheet.addRow([
      p.long,
      p.gender,
      "Komvux Väst",
      "Yrkesutbildning",
      "2025-01-10",
      "2025-06-10",
      "Slutförd",
      "",
    ]);
  }
  inRegisterCells.set("vux", vuxCells);
  await vux.xlsx.writeFile(join(dir, vuxFile));

  // 4. CSVs of a polluted Avslut register: UTF-8 with ; and UTF-16LE with tabs (Excel's "Unicode text").
  const csvRows = (file: string): string[][] => {
    const rows = [
      ["Personnummer", "Kön", "Enhet", "Inskrivningsdatum", "Avslutsdatum", "Avslutsorsak"],
    ];
    const cells: Planted[] = [];
    forms.forEach((form, i) => {
      const id = plant(`${file} Personnummer row ${i + 2}`, form);
      const gender = plant(`${file} Kön row ${i + 2}`, forms[(i + 1) % forms.length]);
      const unit = plant(`${file} Enhet row ${i + 2}`, forms[(i + 2) % forms.length]);
      const reason = plant(`${file} Avslutsorsak row ${i + 2}`, forms[(i + 3) % forms.length]);
      cells.push(id, gender, unit, reason);
      rows.push([
        String(id.value),
        String(gender.value),
        `${units[i % 2]} ${unit.value}`,
        "2025-01-10",
        "2025-03-15",
        String(reason.value),
      ]);
    });
    inRegisterCells.set(file, cells);
    return rows;
  };
  const quote = (v: string): string => (/[;\t"\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const csvUtf8 = `avslut ${plant("csv file name", "plus").value}.csv`;
  writeFileSync(
    join(dir, csvUtf8),
    "\ufeff" +
      csvRows("csvUtf8")
        .map((r) => r.map(quote).join(";"))
        .join("\r\n") +
      "\r\n",
    "utf8"
  );
  const csvUtf16 = `unicode ${plant("utf-16 csv file name", "dot 12").value}.csv`;
  const utf16Text =
    "\ufeff" +
    csvRows("csvUtf16")
      .map((r) => r.map(quote).join("\t"))
      .join("\r\n") +
    "\r\n";
  writeFileSync(join(dir, csvUtf16), Buffer.from(utf16Text, "utf16le"));

  return {
    dir,
    planted,
    files: {
      avslut: join(dir, avslutFile),
      reportable: join(dir, reportableFile),
      namedTemplate: join(dir, namedTemplateFile),
      vux: join(dir, vuxFile),
      csvUtf8: join(dir, csvUtf8),
      csvUtf16: join(dir, csvUtf16),
    },
    templateSheet,
    namedTemplateSheet,
    inRegisterCells,
    units,
  };
}

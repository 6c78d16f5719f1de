/**
 * The small parts of a workbook: relationships, the sheet list, which cell styles are dates, the
 * shared strings and the sheets' tables. Each is read once, when first needed.
 */
import { posix } from "path";
import type { TextBudget } from "./limits";
import { attribute, elements, localName, parseXml } from "./xml";
import type { ZipParts } from "./zipParts";

export interface Relationship {
  id: string;
  type: string;
  /** Resolved part name ("xl/tables/table1.xml"), relative or absolute targets alike. */
  target: string;
}

/** The rels part of a part: xl/workbook.xml → xl/_rels/workbook.xml.rels. */
export function relsPartOf(part: string): string {
  return posix.join(posix.dirname(part), "_rels", `${posix.basename(part)}.rels`);
}

/**
 * A relationship target as a part name. OPC allows absolute part names ("/xl/tables/table1.xml", as
 * openpyxl writes them) as well as targets relative to the source part's folder ("../tables/table1.xml").
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const path = target.startsWith("/") ? target : posix.join(posix.dirname(sourcePart), target);
  return posix.normalize(path).replace(/^\/+/, "");
}

/** The internal relationships of a part (external links are not parts). */
export async function relationships(zip: ZipParts, sourcePart: string): Promise<Relationship[]> {
  const rels = relsPartOf(sourcePart);
  if (!zip.has(rels)) return [];
  const found = await elements(zip.chunks(rels), new Set(["Relationship"]));
  return found
    .filter(([, a]) => (a.TargetMode ?? "").toLowerCase() !== "external" && a.Target !== undefined)
    .map(([, a]) => ({
      id: a.Id ?? "",
      type: a.Type ?? "",
      target: resolveTarget(sourcePart, a.Target),
    }));
}

const endsWith = (type: string, suffix: string): boolean =>
  type.toLowerCase().endsWith(`/${suffix.toLowerCase()}`);

export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookInfo {
  part: string;
  sheets: SheetEntry[];
  date1904: boolean;
  stylesPart: string | null;
  sharedStringsPart: string | null;
}

/** The workbook part (from the package rels), its worksheets in tab order, and where styles and strings are. */
export async function readWorkbook(zip: ZipParts): Promise<WorkbookInfo> {
  const root = await relationships(zip, "");
  const part = root.find((r) => endsWith(r.type, "officeDocument"))?.target ?? "xl/workbook.xml";
  const rels = await relationships(zip, part);
  const byId = new Map(rels.map((r) => [r.id, r]));
  const found = await elements(zip.chunks(part), new Set(["sheet", "workbookPr"]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (const [name, a] of found) {
    if (name === "workbookPr") {
      const flag = (a.date1904 ?? "").toLowerCase();
      date1904 = flag === "1" || flag === "true";
      continue;
    }
    const rel = byId.get(attribute(a, "id") ?? "");
    // Chart sheets and dialog sheets hold no cells: only worksheets are listed.
    if (!rel || !endsWith(rel.type, "worksheet") || a.name === undefined) continue;
    sheets.push({ name: a.name, part: rel.target });
  }
  return {
    part,
    sheets,
    date1904,
    stylesPart: rels.find((r) => endsWith(r.type, "styles"))?.target ?? null,
    sharedStringsPart: rels.find((r) => endsWith(r.type, "sharedStrings"))?.target ?? null,
  };
}

/** Excel's built-in date and time formats (ids 14–22 and 45–47; the rest of 0–49 are numbers or text). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/**
 * Whether a number format shows a date or time: a d, m, y, h or s outside quoted text, bracketed
 * parts ([Red], [$-41D], [h] is elapsed time and still counts via its h… only outside) and escapes.
 */
export function isDateFormat(code: string): boolean {
  const bare = code
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*]/g, "")
    .replace(/\\./g, "")
    .replace(/_.|\*./g, "");
  return /[dmyhs]/i.test(bare);
}

/** For each cell style index (the `s` of a cell), 1 if it formats numbers as dates. */
export async function readDateStyles(
  zip: ZipParts,
  stylesPart: string | null
): Promise<Uint8Array> {
  if (!stylesPart || !zip.has(stylesPart)) return new Uint8Array(0);
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parseXml(zip.chunks(stylesPart), {
    open: (name, a) => {
      if (name === "numFmt") custom.set(Number(a.numFmtId), a.formatCode ?? "");
      else if (name === "cellXfs") inCellXfs = true;
      else if (name === "xf" && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === "cellXfs") inCellXfs = false;
    },
    text: () => undefined,
    done: () => false,
  });
  const dates = new Uint8Array(xfFormats.length);
  xfFormats.forEach((id, i) => {
    const code = custom.get(id);
    dates[i] = (code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)) ? 1 : 0;
  });
  return dates;
}

/**
 * Text runs of a string item (`<si>` or `<is>`): plain `<t>` and rich-text runs `<r><t>` joined;
 * phonetic runs (`<rPh>`, Japanese readings) are not part of the text.
 */
export class StringItemText {
  private depthInPhonetic = 0;
  private inText = false;
  private parts = "";

  open(name: string): void {
    if (name === "rPh") this.depthInPhonetic++;
    else if (name === "t" && this.depthInPhonetic === 0) this.inText = true;
  }

  close(name: string): void {
    if (name === "rPh") this.depthInPhonetic--;
    else if (name === "t") this.inText = false;
  }

  text(text: string): void {
    if (this.inText) this.parts += text;
  }

  take(): string {
    const text = this.parts;
    this.parts = "";
    this.inText = false;
    this.depthInPhonetic = 0;
    return text;
  }
}

/** The shared-string table: each distinct text once, so repeated cell texts are one string in memory. */
export async function readSharedStrings(
  zip: ZipParts,
  part: string | null,
  budget: TextBudget
): Promise<string[]> {
  if (!part || !zip.has(part)) return [];
  const strings: string[] = [];
  const item = new StringItemText();
  let inItem = false;
  await parseXml(zip.chunks(part), {
    open: (name) => {
      if (name === "si") {
        inItem = true;
        item.take();
      } else if (inItem) item.open(name);
    },
    close: (name) => {
      if (name === "si") {
        strings.push(budget.take(item.take()));
        inItem = false;
      } else if (inItem) item.close(name);
    },
    text: (text) => {
      if (inItem) item.text(text);
    },
    done: () => false,
  });
  return strings;
}

export interface TableInfo {
  ref: string;
  totalsRowCount: number;
}

/** The Excel tables of a sheet (via its rels), as their refs. */
export async function readTables(zip: ZipParts, sheetPart: string): Promise<TableInfo[]> {
  const rels = await relationships(zip, sheetPart);
  const tables: TableInfo[] = [];
  for (const rel of rels) {
    if (!endsWith(rel.type, "table") || !zip.has(rel.target)) continue;
    let info: TableInfo | null = null;
    await parseXml(zip.chunks(rel.target), {
      open: (name, a) => {
        if (info === null && localName(name) === "table")
          info = { ref: a.ref ?? "", totalsRowCount: Number(a.totalsRowCount ?? 0) || 0 };
      },
      close: () => undefined,
      text: () => undefined,
      done: () => info !== null,
    });
    if (info) tables.push(info);
  }
  return tables;
}

/** Where Office keeps an add-in's settings in a workbook: one part per add-in (web extension). */
const WEB_EXTENSION_PART = /^xl\/webextensions\/webextension\d*\.xml$/;

/**
 * The value of an add-in setting (`<we:property name="…" value="…"/>` of a web-extension part), as the
 * attribute text; null when no add-in of the workbook stores it.
 */
export async function readWebExtensionProperty(
  zip: ZipParts,
  name: string
): Promise<string | null> {
  for (const part of zip
    .partNames()
    .filter((p) => WEB_EXTENSION_PART.test(p))
    .sort()) {
    const found = await elements(zip.chunks(part), new Set(["property"]));
    const property = found.find(([, a]) => a.name === name && a.value !== undefined);
    if (property) return property[1].value;
  }
  return null;
}

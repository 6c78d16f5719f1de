/**
 * A streaming .xlsx writer for large generated workbooks (the demo's 100,000 exits and 900,000 support
 * rows): it writes the sheet XML row by row into a zip stream instead of building ExcelJS's cell
 * objects, whose document writer needs minutes and gigabytes for that size. ExcelJS's own streaming
 * writer cannot write Excel tables, and the demo's functions refer to them (`Avslut[Avslutsorsak]`).
 *
 * It writes what XlsxWorkbook.writeSheet and writeTextSheet write, for the same descriptions: a note
 * line above the table, an Excel table (TableStyleMedium2, banded rows, filter buttons) or a bold
 * header with an autofilter, a frozen header, column widths, number formats on the data cells, and
 * a cell comment. Strings go to the shared-string table, dates as serials with their date format.
 * The zip container is archiver's (with Node's zlib); only the SpreadsheetML parts are written here.
 */
import archiver from "archiver";
import { PassThrough, Readable } from "stream";
import type { CellValue } from "../core/cells";
import type { NewTableSheet } from "../core/registry/types";
import { columnLetters } from "../core/workbook/addresses";
import { freeSheetName } from "../core/workbook/sheetNames";
import type { WriteSheetOptions } from "./xlsxWorkbook";

/** Options of a streamed table sheet: those of XlsxWorkbook.writeSheet and a comment on the header's first cell. */
export interface StreamSheetOptions extends WriteSheetOptions {
  headerComment?: string;
}

/** Document properties (docProps/core.xml). */
export interface StreamWorkbookProperties {
  creator?: string;
  title?: string;
  subject?: string;
}

const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Excel's built-in number formats that need no numFmt entry. */
const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
};
/** The format Excel (and ExcelJS) gives a date cell that has none of its own. */
const DEFAULT_DATE_FORMAT_ID = 14;
const DAY_MS = 86400000;
const SERIAL_OF_1970 = 25569;
/** Rows per chunk handed to the zip stream: large enough to keep per-chunk overhead small. */
const ROWS_PER_CHUNK = 2000;

type FontKey = "regular" | "bold" | "note" | "title";
const FONTS: Record<FontKey, string> = {
  regular:
    '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  bold: '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  note: '<font><i/><sz val="11"/><color rgb="FF595959"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
  title:
    '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>',
};
const FONT_IDS: Record<FontKey, number> = { regular: 0, bold: 1, note: 2, title: 3 };

/** Text safe inside XML elements and attribute values; characters XML cannot hold are dropped. */
function xmlText(text: string): string {
  // eslint-disable-next-line no-control-regex -- the control characters XML cannot hold are what it drops
  return text.replace(/[&<>"]|[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (ch) =>
    ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : ch === '"' ? "&quot;" : ""
  );
}

/** The styles of the workbook: cell formats by font and number format, registered as sheets are added. */
class Styles {
  private readonly customFormats = new Map<string, number>();
  private readonly cellFormats: Array<{ font: FontKey; numFmtId: number }> = [
    { font: "regular", numFmtId: 0 },
  ];
  private readonly index = new Map<string, number>([["regular|0", 0]]);

  /** The cellXfs index of a font and number format (text; undefined for General). */
  style(font: FontKey, format?: string): number {
    const numFmtId = format === undefined ? 0 : this.formatId(format);
    const key = `${font}|${numFmtId}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.cellFormats.length;
      this.cellFormats.push({ font, numFmtId });
      this.index.set(key, id);
    }
    return id;
  }

  /** The style of a date cell without a format of its own. */
  defaultDateStyle(): number {
    const key = `regular|${DEFAULT_DATE_FORMAT_ID}`;
    let id = this.index.get(key);
    if (id === undefined) {
      id = this.cellFormats.length;
      this.cellFormats.push({ font: "regular", numFmtId: DEFAULT_DATE_FORMAT_ID });
      this.index.set(key, id);
    }
    return id;
  }

  private formatId(format: string): number {
    const builtin = BUILTIN_FORMATS[format];
    if (builtin !== undefined) return builtin;
    let id = this.customFormats.get(format);
    if (id === undefined) {
      id = 164 + this.customFormats.size; // custom number formats start at 164
      this.customFormats.set(format, id);
    }
    return id;
  }

  xml(): string {
    const numFmts = [...this.customFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${xmlText(code)}"/>`
    );
    const fonts = (Object.keys(FONTS) as FontKey[]).map((k) => FONTS[k]);
    const xfs = this.cellFormats.map(
      ({ font, numFmtId }) =>
        `<xf numFmtId="${numFmtId}" fontId="${FONT_IDS[font]}" fillId="0" borderId="0" xfId="0"` +
        `${numFmtId ? ' applyNumberFormat="1"' : ""}${font !== "regular" ? ' applyFont="1"' : ""}/>`
    );
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      `<fonts count="${fonts.length}">${fonts.join("")}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }
}

/** The shared-string table: every distinct text once, referred to by index. */
class SharedStrings {
  private readonly ids = new Map<string, number>();
  private readonly texts: string[] = [];
  count = 0;

  id(text: string): number {
    this.count++;
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.texts.length;
      this.texts.push(text);
      this.ids.set(text, id);
    }
    return id;
  }

  *xml(): Generator<string> {
    yield `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.texts.length}">`;
    let chunk = "";
    for (let i = 0; i < this.texts.length; i++) {
      const text = this.texts[i];
      // Leading or trailing spaces (a seeded defect of the import sheet) survive only when preserved.
      const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : "";
      chunk += `<si><t${preserve}>${xmlText(text)}</t></si>`;
      if (chunk.length > 1 << 16) {
        yield chunk;
        chunk = "";
      }
    }
    yield `${chunk}</sst>`;
  }
}

/** A sheet as it will be written: cells above the table, its header and data rows, and its parts. */
interface StreamSheet {
  name: string;
  /** Single cells in column A above the table (a note line, or the lines of a text sheet): [row, text, style]. */
  lines: Array<[number, string, number]>;
  /** The header row (at `top`) and its style; the data rows follow it. */
  header: { values: readonly string[]; style: number } | null;
  top: number;
  rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  /** Style per column of the data rows (0 = none). */
  columnStyles: number[];
  width: number;
  widths: number[];
  frozenRows: number;
  table?: { id: number; name: string; headers: readonly string[]; top: number; bottom: number };
  autoFilter?: string;
  comment?: { ref: string; text: string };
}

/** A workbook written by streaming its sheets into a zip file; add sheets, then save once. */
export class XlsxStreamWriter {
  private readonly sheets: StreamSheet[] = [];
  private readonly styles = new Styles();
  private readonly strings = new SharedStrings();
  private readonly tableNames: string[] = [];

  constructor(private readonly properties: StreamWorkbookProperties = {}) {}

  /** Adds a sheet of text lines in column A (an explanation sheet); the first line is a title. */
  addTextSheet(name: string, lines: readonly string[]): string {
    const sheetName = this.freeName(name);
    const title = this.styles.style("title");
    this.sheets.push({
      name: sheetName,
      lines: lines.map((line, i) => [i + 1, line, i === 0 ? title : 0]),
      header: null,
      top: lines.length + 1,
      rows: [],
      columnStyles: [],
      width: 1,
      widths: [110],
      frozenRows: 0,
    });
    return sheetName;
  }

  /**
   * Adds a sheet under a free name: an Excel table when `tableName` is free and there are rows, else
   * a bold header with an autofilter; a note line above it when given. The rows are read at save.
   */
  addTableSheet(table: NewTableSheet, options: StreamSheetOptions = {}): string {
    const name = this.freeName(table.name);
    const top = options.note ? 3 : 1;
    const width = table.headers.length;
    const free = options.tableName !== undefined && this.tableNameFree(options.tableName);
    const tableName = free && table.rows.length > 0 ? options.tableName : undefined;
    const sheet: StreamSheet = {
      name,
      lines: options.note ? [[1, options.note, this.styles.style("note")]] : [],
      // A table's header takes the table style's look; a plain range's header is bold.
      header: { values: table.headers, style: tableName ? 0 : this.styles.style("bold") },
      top,
      rows: table.rows,
      // Formats go on the data cells only, so the header keeps its text look.
      columnStyles: Array.from({ length: width }, (_, c) => {
        const format = table.numberFormats?.[c];
        return format ? this.styles.style("regular", format) : 0;
      }),
      width,
      widths: Array.from(
        { length: width },
        (_, c) => options.widths?.[c] ?? Math.min(40, Math.max(10, table.headers[c].length + 4))
      ),
      frozenRows: top,
    };
    if (tableName) {
      this.tableNames.push(tableName);
      sheet.table = {
        id: this.tableNames.length,
        name: tableName,
        headers: table.headers,
        top,
        bottom: top + table.rows.length,
      };
    } else if (width > 0) {
      sheet.autoFilter = `A${top}:${columnLetters(width)}${top}`;
    }
    if (options.headerComment) sheet.comment = { ref: `A${top}`, text: options.headerComment };
    this.sheets.push(sheet);
    return name;
  }

  /**
   * The workbook as .xlsx bytes, for the CLI's safe writer (which alone puts files on disk). The zip
   * is streamed into memory: it is a fraction of the rows it compresses (20 MB for 100,000 exits).
   */
  async toBuffer(): Promise<Buffer> {
    this.styles.defaultDateStyle();
    const archive = archiver("zip", { zlib: { level: 6 } });
    const output = new PassThrough();
    const chunks: Buffer[] = [];
    output.on("data", (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise<void>((resolve, reject) => {
      output.on("end", () => resolve());
      output.on("error", reject);
      archive.on("error", reject);
    });
    archive.pipe(output);
    const add = (name: string, text: string) => archive.append(Buffer.from(text, "utf8"), { name });

    add("[Content_Types].xml", this.contentTypes());
    add(
      "_rels/.rels",
      rels([
        ["rId1", `${REL_TYPE}/officeDocument`, "xl/workbook.xml"],
        [
          "rId2",
          "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
          "docProps/core.xml",
        ],
        ["rId3", `${REL_TYPE}/extended-properties`, "docProps/app.xml"],
      ])
    );
    add("docProps/core.xml", this.coreProperties());
    add(
      "docProps/app.xml",
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>resultatdialog</Application></Properties>`
    );
    add("xl/workbook.xml", this.workbookXml());
    add(
      "xl/_rels/workbook.xml.rels",
      rels([
        ...this.sheets.map((_, i): [string, string, string] => [
          `rId${i + 1}`,
          `${REL_TYPE}/worksheet`,
          `worksheets/sheet${i + 1}.xml`,
        ]),
        [`rId${this.sheets.length + 1}`, `${REL_TYPE}/styles`, "styles.xml"],
        [`rId${this.sheets.length + 2}`, `${REL_TYPE}/sharedStrings`, "sharedStrings.xml"],
      ])
    );
    add("xl/styles.xml", this.styles.xml());
    this.sheets.forEach((sheet, i) => {
      const n = i + 1;
      archive.append(Readable.from(chunksOf(this.sheetXml(sheet))), {
        name: `xl/worksheets/sheet${n}.xml`,
      });
      const sheetRels: Array<[string, string, string]> = [];
      if (sheet.table)
        sheetRels.push(["rId1", `${REL_TYPE}/table`, `../tables/table${sheet.table.id}.xml`]);
      if (sheet.comment) {
        sheetRels.push(["rId2", `${REL_TYPE}/comments`, `../comments${n}.xml`]);
        sheetRels.push(["rId3", `${REL_TYPE}/vmlDrawing`, `../drawings/vmlDrawing${n}.vml`]);
        add(`xl/comments${n}.xml`, commentsXml(sheet.comment));
        add(`xl/drawings/vmlDrawing${n}.vml`, vmlDrawing(sheet.comment.ref));
      }
      if (sheetRels.length) add(`xl/worksheets/_rels/sheet${n}.xml.rels`, rels(sheetRels));
      if (sheet.table) add(`xl/tables/table${sheet.table.id}.xml`, tableXml(sheet.table));
    });
    // The shared strings are known only once every sheet has been written: append them after the
    // last sheet's entry is done (archiver writes entries one after another, in order).
    await new Promise<void>((resolve, reject) => {
      const last = `xl/worksheets/sheet${this.sheets.length}.xml`;
      const onEntry = (entry: archiver.EntryData) => {
        if (entry.name !== last) return;
        archive.off("entry", onEntry);
        resolve();
      };
      archive.on("entry", onEntry);
      archive.on("error", reject);
      output.on("error", reject);
    });
    archive.append(Readable.from(chunksOf(this.strings.xml())), { name: "xl/sharedStrings.xml" });
    await archive.finalize();
    await done;
    return Buffer.concat(chunks);
  }

  private freeName(wanted: string): string {
    return freeSheetName(
      this.sheets.map((s) => s.name),
      wanted
    );
  }

  private tableNameFree(name: string): boolean {
    const lower = name.toLowerCase();
    return !this.tableNames.some((t) => t.toLowerCase() === lower);
  }

  private *sheetXml(sheet: StreamSheet): Generator<string> {
    const lastRow = Math.max(
      1,
      sheet.header ? sheet.top + sheet.rows.length : 0,
      ...sheet.lines.map((l) => l[0])
    );
    yield `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">`;
    yield `<dimension ref="A1:${columnLetters(Math.max(1, sheet.width))}${lastRow}"/>`;
    yield sheet.frozenRows > 0
      ? `<sheetViews><sheetView workbookViewId="0"><pane ySplit="${sheet.frozenRows}" topLeftCell="A${sheet.frozenRows + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>`
      : '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
    yield '<sheetFormatPr defaultRowHeight="15"/>';
    yield `<cols>${sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("")}</cols>`;
    yield "<sheetData>";
    for (const [row, text, style] of sheet.lines) {
      if (text === "") continue; // an empty line is an empty cell
      yield `<row r="${row}">${this.cellXml(`A${row}`, text, style)}</row>`;
    }
    if (sheet.header) {
      const { values, style } = sheet.header;
      yield `<row r="${sheet.top}">${values.map((v, c) => this.cellXml(columnLetters(c + 1) + sheet.top, v, style)).join("")}</row>`;
      yield* this.rowsXml(sheet);
    }
    yield "</sheetData>";
    if (sheet.autoFilter) yield `<autoFilter ref="${sheet.autoFilter}"/>`;
    yield '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
    if (sheet.comment) yield '<legacyDrawing r:id="rId3"/>';
    if (sheet.table) yield '<tableParts count="1"><tablePart r:id="rId1"/></tableParts>';
    yield "</worksheet>";
  }

  /** The data rows below the header, a few thousand rows per piece. */
  private *rowsXml(sheet: StreamSheet): Generator<string> {
    const letters = Array.from({ length: sheet.width }, (_, c) => columnLetters(c + 1));
    let chunk = "";
    for (let i = 0; i < sheet.rows.length; i++) {
      const rowNumber = sheet.top + 1 + i;
      const values = sheet.rows[i];
      let xml = `<row r="${rowNumber}">`;
      for (let c = 0; c < sheet.width; c++)
        xml += this.cellXml(letters[c] + rowNumber, values[c], sheet.columnStyles[c]);
      chunk += `${xml}</row>`;
      if (i % ROWS_PER_CHUNK === ROWS_PER_CHUNK - 1) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }

  /** One cell's XML: text as a shared string, numbers and booleans as values, dates as serials. */
  private cellXml(ref: string, value: CellValue, style: number): string {
    if (value === null || value === undefined) return "";
    const s = style ? ` s="${style}"` : "";
    if (typeof value === "string")
      return `<c r="${ref}" t="s"${s}><v>${this.strings.id(value)}</v></c>`;
    if (typeof value === "number")
      return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : "";
    if (typeof value === "boolean") return `<c r="${ref}" t="b"${s}><v>${value ? 1 : 0}</v></c>`;
    const time = value.getTime();
    if (Number.isNaN(time)) return "";
    // A Date is a calendar day at UTC midnight (as ExcelJS reads and writes them): its 1900-system serial.
    return `<c r="${ref}" s="${style || this.styles.defaultDateStyle()}"><v>${time / DAY_MS + SERIAL_OF_1970}</v></c>`;
  }

  private contentTypes(): string {
    const overrides = [
      `<Override PartName="/xl/workbook.xml" ContentType="${CT}.spreadsheetml.sheet.main+xml"/>`,
      `<Override PartName="/xl/styles.xml" ContentType="${CT}.spreadsheetml.styles+xml"/>`,
      `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.spreadsheetml.sharedStrings+xml"/>`,
      `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
      `<Override PartName="/docProps/app.xml" ContentType="${CT}.extended-properties+xml"/>`,
    ];
    this.sheets.forEach((sheet, i) => {
      overrides.push(
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.spreadsheetml.worksheet+xml"/>`
      );
      if (sheet.table)
        overrides.push(
          `<Override PartName="/xl/tables/table${sheet.table.id}.xml" ContentType="${CT}.spreadsheetml.table+xml"/>`
        );
      if (sheet.comment)
        overrides.push(
          `<Override PartName="/xl/comments${i + 1}.xml" ContentType="${CT}.spreadsheetml.comments+xml"/>`
        );
    });
    return (
      `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
      `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
      `<Default Extension="xml" ContentType="application/xml"/>` +
      `<Default Extension="vml" ContentType="${CT}.vmlDrawing"/>` +
      `${overrides.join("")}</Types>`
    );
  }

  private coreProperties(): string {
    const { creator, title, subject } = this.properties;
    const now = new Date().toISOString().replace(/\.\d{3}Z$/, "Z");
    return (
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      (title ? `<dc:title>${xmlText(title)}</dc:title>` : "") +
      (subject ? `<dc:subject>${xmlText(subject)}</dc:subject>` : "") +
      (creator ? `<dc:creator>${xmlText(creator)}</dc:creator>` : "") +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${now}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${now}</dcterms:modified>` +
      "</cp:coreProperties>"
    );
  }

  private workbookXml(): string {
    const sheets = this.sheets.map(
      (s, i) => `<sheet name="${xmlText(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`
    );
    // Excel keeps an autofilter's range as the sheet's hidden _FilterDatabase name.
    const filters = this.sheets
      .map((s, i) =>
        s.autoFilter
          ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(absoluteRange(s.name, s.autoFilter))}</definedName>`
          : ""
      )
      .join("");
    return (
      `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
      '<bookViews><workbookView xWindow="0" yWindow="0" windowWidth="12000" windowHeight="24000"/></bookViews>' +
      `<sheets>${sheets.join("")}</sheets>` +
      (filters ? `<definedNames>${filters}</definedNames>` : "") +
      '<calcPr calcId="171027"/></workbook>'
    );
  }
}

function rels(entries: Array<[string, string, string]>): string {
  const items = entries.map(
    ([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${xmlText(target)}"/>`
  );
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${items.join("")}</Relationships>`;
}

function tableXml(table: NonNullable<StreamSheet["table"]>): string {
  const ref = `A${table.top}:${columnLetters(table.headers.length)}${table.bottom}`;
  const columns = table.headers.map((h, i) => `<tableColumn id="${i + 1}" name="${xmlText(h)}"/>`);
  return (
    `${XML_HEAD}<table xmlns="${NS_MAIN}" id="${table.id}" name="${xmlText(table.name)}" displayName="${xmlText(table.name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.join("")}</tableColumns>` +
    '<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

function commentsXml(comment: NonNullable<StreamSheet["comment"]>): string {
  return (
    `${XML_HEAD}<comments xmlns="${NS_MAIN}"><authors><author></author></authors><commentList>` +
    `<comment ref="${comment.ref}" authorId="0"><text><r><t xml:space="preserve">${xmlText(comment.text)}</t></r></text></comment>` +
    "</commentList></comments>"
  );
}

/** The VML shape Excel needs to show a cell comment (a note box beside the cell). */
function vmlDrawing(ref: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  const column = m ? [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1 : 0;
  const row = m ? Number(m[2]) - 1 : 0;
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
    '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:240pt;height:60pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    '<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>' +
    '<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData>` +
    "</v:shape></xml>"
  );
}

/** 'Sheet name'!$A$1:$H$1 for a range on a sheet. */
function absoluteRange(sheetName: string, range: string): string {
  const absolute = range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
  return `'${sheetName.replace(/'/g, "''")}'!${absolute}`;
}

/** Joins small XML pieces into chunks of some tens of kilobytes, as Buffers for the zip stream. */
function* chunksOf(pieces: Iterable<string>): Generator<Buffer> {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 1 << 16) {
      yield Buffer.from(chunk, "utf8");
      chunk = "";
    }
  }
  if (chunk) yield Buffer.from(chunk, "utf8");
}

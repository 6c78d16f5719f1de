/**
 * Hand-made .xlsx packages for the reader's tests: the parts are written as XML text (so a test can
 * put in exactly the oddity it is about) and zipped with fflate. A zip bomb's sheet is deflated by
 * Node's zlib chunk by chunk, so a gigabyte of XML never sits in the test's memory.
 */
import { createWriteStream, writeFileSync } from "fs";
import { crc32, createDeflateRaw } from "zlib";
import { strToU8, Zip, ZipInputFile, ZipPassThrough, zipSync } from "fflate";
import type { CellValue } from "../../src/core/cells";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";

export interface CraftedSheet {
  name: string;
  /** The sheet part's XML from `<sheetData>` to `</sheetData>` (the worksheet element is added). */
  sheetData: string;
  /** A `<dimension ref>` written before the data (any claim, true or not). */
  dimension?: string;
  /** An Excel table on this sheet. */
  table?: {
    ref: string;
    columns: string[];
    totalsRowCount?: number;
    target?: "relative" | "absolute";
  };
}

export interface CraftedWorkbook {
  sheets: CraftedSheet[];
  /** Shared strings (index = position); rich items as raw `<si>` content. */
  sharedStrings?: string[];
  /** Extra custom number formats (id ≥ 164) and the cellXfs' numFmtIds, in style-index order. */
  numFmts?: Record<number, string>;
  cellXfs?: number[];
  date1904?: boolean;
  /** Relationship targets of the workbook's parts as absolute part names (as openpyxl writes them). */
  absoluteTargets?: boolean;
}

export const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** A `<row>` of inline-string and number cells from plain values (null = no cell). */
export function rowXml(row: number, values: readonly CellValue[], firstColumn = 1): string {
  const cells = values
    .map((v, i) => {
      const ref = `${columnLetters(firstColumn + i)}${row}`;
      if (v === null || v === undefined) return "";
      if (typeof v === "number") return `<c r="${ref}"><v>${v}</v></c>`;
      if (typeof v === "boolean") return `<c r="${ref}" t="b"><v>${v ? 1 : 0}</v></c>`;
      return `<c r="${ref}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(String(v))}</t></is></c>`;
    })
    .join("");
  return `<row r="${row}">${cells}</row>`;
}

/** The parts of a workbook, except the sheets' XML (each sheet's head and tail are given for streaming). */
function parts(book: CraftedWorkbook): {
  files: Record<string, string>;
  sheetHeads: string[];
  sheetTail: string;
} {
  const abs = (p: string): string => (book.absoluteTargets ? `/xl/${p}` : p);
  const files: Record<string, string> = {};
  files["[Content_Types].xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>` +
    book.sheets
      .map(
        (_, i) =>
          `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`
      )
      .join("") +
    book.sheets
      .map((s, i) =>
        s.table
          ? `<Override PartName="/xl/tables/table${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml"/>`
          : ""
      )
      .join("") +
    `<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>` +
    (book.sharedStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>`
      : "") +
    `</Types>`;
  files["_rels/.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="${book.absoluteTargets ? "/xl/workbook.xml" : "xl/workbook.xml"}"/></Relationships>`;
  files["xl/workbook.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    (book.date1904 ? `<workbookPr date1904="1"/>` : "") +
    `<sheets>${book.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 10}"/>`).join("")}</sheets></workbook>`;
  files["xl/_rels/workbook.xml.rels"] =
    `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}">` +
    book.sheets
      .map(
        (_, i) =>
          `<Relationship Id="rId${i + 10}" Type="${REL_NS}/worksheet" Target="${abs(`worksheets/sheet${i + 1}.xml`)}"/>`
      )
      .join("") +
    `<Relationship Id="rId1" Type="${REL_NS}/styles" Target="${abs("styles.xml")}"/>` +
    (book.sharedStrings
      ? `<Relationship Id="rId2" Type="${REL_NS}/sharedStrings" Target="${abs("sharedStrings.xml")}"/>`
      : "") +
    `</Relationships>`;
  const numFmts = Object.entries(book.numFmts ?? {});
  const xfs = book.cellXfs ?? [0];
  files["xl/styles.xml"] =
    `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN_NS}">` +
    (numFmts.length
      ? `<numFmts count="${numFmts.length}">${numFmts.map(([id, code]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`).join("")}</numFmts>`
      : "") +
    `<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>` +
    `<cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs>` +
    `<cellXfs count="${xfs.length}">${xfs.map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`).join("")}</cellXfs></styleSheet>`;
  if (book.sharedStrings) {
    files["xl/sharedStrings.xml"] =
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="${book.sharedStrings.length}" uniqueCount="${book.sharedStrings.length}">` +
      book.sharedStrings
        .map((s) =>
          s.startsWith("<")
            ? `<si>${s}</si>`
            : `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`
        )
        .join("") +
      `</sst>`;
  }
  const sheetHeads: string[] = [];
  book.sheets.forEach((s, i) => {
    sheetHeads.push(
      `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
        (s.dimension ? `<dimension ref="${s.dimension}"/>` : "")
    );
    if (s.table) {
      const target =
        s.table.target === "absolute"
          ? `/xl/tables/table${i + 1}.xml`
          : `../tables/table${i + 1}.xml`;
      files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] =
        `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/table" Target="${target}"/></Relationships>`;
      files[`xl/tables/table${i + 1}.xml`] =
        `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN_NS}" id="${i + 1}" name="Tabell${i + 1}" displayName="Tabell${i + 1}" ref="${s.table.ref}"` +
        (s.table.totalsRowCount ? ` totalsRowCount="${s.table.totalsRowCount}"` : "") +
        `><autoFilter ref="${s.table.ref}"/><tableColumns count="${s.table.columns.length}">` +
        s.table.columns
          .map((c, j) => `<tableColumn id="${j + 1}" name="${escapeXml(c)}"/>`)
          .join("") +
        `</tableColumns></table>`;
    }
  });
  return { files, sheetHeads, sheetTail: `</worksheet>` };
}

/** Writes a small workbook (everything in memory). */
export function writeXlsx(path: string, book: CraftedWorkbook): void {
  const { files, sheetHeads, sheetTail } = parts(book);
  const entries: Record<string, Uint8Array> = {};
  for (const [name, text] of Object.entries(files)) entries[name] = strToU8(text);
  book.sheets.forEach((s, i) => {
    entries[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(
      `${sheetHeads[i]}<sheetData>${s.sheetData}</sheetData>${sheetTail}`
    );
  });
  writeFileSync(path, zipSync(entries, { level: 6 }));
}

/**
 * Writes a workbook whose single sheet holds `head` rows, then `padding` repeated `times` times, then
 * `tail`: a zip bomb of about `padding.length × times` bytes of sheet XML in a small file. With
 * `declaredSize`, the zip's directory claims that uncompressed size instead of the real one.
 */
export async function writeBomb(
  path: string,
  book: CraftedWorkbook,
  bomb: { head: string; padding: string; times: number; tail?: string; declaredSize?: number }
): Promise<{ inflated: number }> {
  const { files, sheetHeads, sheetTail } = parts(book);
  const out = createWriteStream(path);
  const done = new Promise<void>((resolve, reject) => {
    out.on("finish", resolve);
    out.on("error", reject);
  });
  const zip = new Zip((err, chunk, final) => {
    if (err) throw err;
    out.write(Buffer.from(chunk));
    if (final) out.end();
  });
  for (const [name, text] of Object.entries(files)) {
    const file = new ZipPassThrough(name);
    zip.add(file);
    file.push(strToU8(text), true);
  }
  const pieces = [
    Buffer.from(`${sheetHeads[0]}<sheetData>${bomb.head}`),
    Buffer.from(bomb.padding),
    Buffer.from(`${bomb.tail ?? ""}</sheetData>${sheetTail}`),
  ];
  // One deflate stream across the pieces: the padding repeats, so each repeat costs a few bytes.
  const deflated: Buffer[] = [];
  let crc = 0;
  let size = 0;
  const deflate = createDeflateRaw({ level: 9 });
  deflate.on("data", (d: Buffer) => deflated.push(d));
  const finished = new Promise<void>((resolve) => deflate.on("end", resolve));
  const feed = async (buffer: Buffer): Promise<void> => {
    crc = crc32(buffer, crc);
    size += buffer.length;
    if (!deflate.write(buffer))
      await new Promise<void>((resolve) => deflate.once("drain", resolve));
  };
  await feed(pieces[0]);
  // The padding goes in by the megabyte: a write per tiny repeat would take minutes.
  const perWrite = Math.max(1, Math.floor((1 << 20) / pieces[1].length));
  const block = Buffer.from(bomb.padding.repeat(perWrite));
  for (let left = bomb.times; left > 0; left -= perWrite)
    await feed(left >= perWrite ? block : Buffer.from(bomb.padding.repeat(left)));
  await feed(pieces[2]);
  deflate.end();
  await finished;
  const sheet: ZipInputFile = {
    filename: "xl/worksheets/sheet1.xml",
    size: bomb.declaredSize ?? size,
    crc,
    compression: 8,
  };
  zip.add(sheet);
  const data = Buffer.concat(deflated);
  sheet.ondata!(null, new Uint8Array(data.buffer, data.byteOffset, data.length), true);
  zip.end();
  await done;
  return { inflated: size };
}

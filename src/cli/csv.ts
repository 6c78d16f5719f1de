/**
 * CSV files as registry tables. Swedish exports come as UTF-8 (often with a BOM) or Windows-1252,
 * separated by `;` (Excel with a Swedish locale) or `,`; Excel's "Unicode text" export is UTF-16LE
 * with a BOM and separated by tabs. Quoting follows RFC 4180.
 */
import { readFile } from "fs/promises";
import { basename, extname } from "path";
import { TextDecoder } from "util";
import iconv from "iconv-lite";
import { CellValue, isBlank } from "../core/cells";
import type { SheetTable } from "../core/registry/types";

export type CsvEncoding =
  "utf-8" | "utf-16le" | "utf-16be" | "utf-32le" | "utf-32be" | "windows-1252";

/** Byte-order marks, the four-byte ones first (the UTF-32LE mark begins with the UTF-16LE one). */
const BOMS: ReadonlyArray<{ bytes: number[]; encoding: CsvEncoding }> = [
  { bytes: [0xff, 0xfe, 0x00, 0x00], encoding: "utf-32le" },
  { bytes: [0x00, 0x00, 0xfe, 0xff], encoding: "utf-32be" },
  { bytes: [0xef, 0xbb, 0xbf], encoding: "utf-8" },
  { bytes: [0xff, 0xfe], encoding: "utf-16le" },
  { bytes: [0xfe, 0xff], encoding: "utf-16be" },
];

/**
 * UTF-16 without a BOM: text of Latin letters and digits has a NUL in every other byte. Read as
 * UTF-8 it would pass as valid, NULs between the digits, and slip a personnummer past the mask.
 */
function bomlessUtf16(bytes: Buffer): CsvEncoding | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096);
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return "utf-16le";
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return "utf-16be";
  return null;
}

function decodeAs(body: Buffer, encoding: CsvEncoding): string {
  if (encoding === "utf-8") return new TextDecoder("utf-8", { fatal: true }).decode(body);
  if (encoding === "windows-1252") return iconv.decode(body, "win1252");
  return iconv.decode(body, encoding.replace("-", ""));
}

/**
 * Text of a CSV file: by its BOM (UTF-8, UTF-16LE/BE, UTF-32LE/BE), else UTF-16 recognised by its
 * NUL bytes, else valid UTF-8, else Windows-1252 (the other usual export, which decodes every byte).
 */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  const bom = BOMS.find(
    (b) => b.bytes.length <= bytes.length && b.bytes.every((v, i) => bytes[i] === v)
  );
  if (bom)
    return {
      text: decodeAs(bytes.subarray(bom.bytes.length), bom.encoding),
      encoding: bom.encoding,
    };
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { text: decodeAs(bytes, utf16), encoding: utf16 };
  try {
    return { text: decodeAs(bytes, "utf-8"), encoding: "utf-8" };
  } catch {
    return { text: decodeAs(bytes, "windows-1252"), encoding: "windows-1252" };
  }
}

/** The separator of the header line: the most frequent of `;`, `,` and tab outside quotes (`;` wins ties). */
export function detectSeparator(text: string): string {
  const counts: Record<string, number> = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ";";
  for (const sep of [",", "\t"]) if (counts[sep] > counts[best]) best = sep;
  return best;
}

/** RFC 4180 records: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF or CR end a line. */
export function parseCsv(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = (): void => {
    record.push(field);
    field = "";
  };
  const endRecord = (): void => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === "") quoted = true;
    else if (ch === separator) endField();
    else if (ch === "\r") {
      endRecord();
      if (text[i + 1] === "\n") i++;
    } else if (ch === "\n") endRecord();
    else field += ch;
    i++;
  }
  // The last line may lack its line break; a file ending in one does not get an extra empty record.
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

/**
 * A CSV file as a sheet table named after the file: the first non-empty line is the header row,
 * empty fields become blanks, everything else stays text for the checks to interpret.
 */
export async function readCsv(
  path: string
): Promise<SheetTable & { encoding: CsvEncoding; separator: string }> {
  const { text, encoding } = decodeCsv(await readFile(path));
  const separator = detectSeparator(text.replace(/^(\s*\r?\n)+/, ""));
  const records = parseCsv(text, separator);
  let headerIndex = records.findIndex((r) => r.some((f) => f.trim() !== ""));
  if (headerIndex < 0) headerIndex = 0;
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  const rows: CellValue[][] = [];
  for (const record of records.slice(headerIndex + 1)) {
    rows.push(
      headers.map((_, c) => (record[c] === undefined || record[c] === "" ? null : record[c]))
    );
  }
  // Trailing empty lines are not data.
  while (rows.length > 0 && rows[rows.length - 1].every(isBlank)) rows.pop();
  return {
    name: basename(path, extname(path)).slice(0, 31),
    headerRow: headerIndex + 1,
    firstColumn: 1,
    headers,
    rows,
    encoding,
    separator,
  };
}

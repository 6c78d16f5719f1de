/**
 * CSV files as registry tables. Swedish exports come as UTF-8 (often with a BOM) or Windows-1252,
 * separated by `;` (Excel with a Swedish locale) or `,`; quoting follows RFC 4180.
 */
import { readFile } from "fs/promises";
import { basename, extname } from "path";
import { TextDecoder } from "util";
import iconv from "iconv-lite";
import type { CellValue } from "../core/cells";
import type { SheetTable } from "../core/registry/types";

export type CsvEncoding = "utf-8" | "windows-1252";

/** Text of a CSV file: valid UTF-8 (a BOM is dropped), else Windows-1252, the other usual export. */
export function decodeCsv(bytes: Buffer): { text: string; encoding: CsvEncoding } {
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), encoding: "utf-8" };
  } catch {
    // Not UTF-8: Windows-1252 decodes every byte, so it is the safe fallback for Swedish exports.
    return { text: iconv.decode(body, "win1252"), encoding: "windows-1252" };
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
export async function readCsv(path: string): Promise<SheetTable & { encoding: CsvEncoding; separator: string }> {
  const { text, encoding } = decodeCsv(await readFile(path));
  const separator = detectSeparator(text.replace(/^(\s*\r?\n)+/, ""));
  const records = parseCsv(text, separator);
  let headerIndex = records.findIndex((r) => r.some((f) => f.trim() !== ""));
  if (headerIndex < 0) headerIndex = 0;
  const headers = (records[headerIndex] ?? []).map((h) => h.trim());
  const rows: CellValue[][] = [];
  for (const record of records.slice(headerIndex + 1)) {
    rows.push(headers.map((_, c) => (record[c] === undefined || record[c] === "" ? null : record[c])));
  }
  // Trailing empty lines are not data.
  while (rows.length > 0 && rows[rows.length - 1].every((v) => v === null || String(v).trim() === "")) rows.pop();
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

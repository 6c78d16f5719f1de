/**
 * The opt-in fixes of SPEC §5, previewed with counts and applied to a copy: personnummer to
 * YYYYMMDD-XXXX, gender to K/M, text dates to dates, trimmed text, exact duplicate rows dropped.
 *
 * Dates are written as Excel serial numbers with the number format "yyyy-mm-dd" (not Date objects):
 * both adapters can write a number plus a format faithfully (Office.js takes no Date values), and the
 * copy validates and computes exactly like a sheet typed by hand.
 */
import { CellValue, parseDate, parseGender, todaySerial } from "../cells";
import { parsePnr } from "../pnr";
import { filledRowCount, rowHash, sameRow } from "./checks/duplicates";
import { HashedSet, rowFilled } from "./checks/rowHash";
import type { ValidationOptions } from "./options";
import { detectType, FieldType, mapColumns, SCHEMAS } from "./schemas";
import type { NewTableSheet, SheetTable } from "./types";

export interface FixCounts {
  /** Valid personnummer rewritten to YYYYMMDD-XXXX. */
  pnrNormalized: number;
  /** Gender codes rewritten to K or M. */
  genderNormalized: number;
  /** Date texts turned into dates. */
  datesConverted: number;
  /** Other texts with surrounding (or, in code columns, repeated) spaces removed. */
  textTrimmed: number;
  /** Rows identical, after the fixes above, to an earlier row. */
  duplicatesDropped: number;
}

export interface FixPreview {
  counts: FixCounts;
  /** Excel row numbers (of the original sheet) that a fix changes or drops, ascending. */
  changedRows: number[];
}

/** The number format of date columns in the fixed copy. */
export const FIXED_DATE_FORMAT = "yyyy-mm-dd";

const MULTIPLE_SPACES = /\s{2,}/g;

interface FixResult {
  preview: FixPreview;
  headers: string[];
  rows: CellValue[][];
  numberFormats: Record<number, string>;
}

function computeFixes(table: SheetTable, options: ValidationOptions): FixResult {
  const headers = (Array.isArray(table.headers) ? table.headers : []).map((h) =>
    h === null || h === undefined ? "" : String(h).trim()
  );
  const type = options.type ?? detectType(headers) ?? "avslut";
  const mapping = mapColumns(headers, type, options.mapping);
  const today = Math.floor(options.today ?? todaySerial());
  const width = headers.length;
  const kinds: Array<FieldType | undefined> = new Array(width).fill(undefined);
  for (const field of SCHEMAS[type].fields) {
    const column = mapping.fields[field.key];
    if (column !== undefined) kinds[column] = field.type;
  }
  const numberFormats: Record<number, string> = {};
  kinds.forEach((kind, column) => {
    if (kind === "date") numberFormats[column] = FIXED_DATE_FORMAT;
  });

  const counts: FixCounts = {
    pnrNormalized: 0,
    genderNormalized: 0,
    datesConverted: 0,
    textTrimmed: 0,
    duplicatesDropped: 0,
  };
  const changedRows: number[] = [];
  const rows: CellValue[][] = [];
  const source = Array.isArray(table.rows) ? table.rows : [];
  const rowCount = filledRowCount(source, width);
  // Indexes into `rows`, the fixed rows kept so far.
  const seen = new HashedSet(rowCount, (a, b) => sameRow(rows[a], rows[b], width));
  // Anonymous survey answers repeat by nature: dropping them would lose answers.
  const dropRepeats = !SCHEMAS[type].rowsMayRepeat;
  for (let i = 0; i < rowCount; i++) {
    const original = source[i] ?? [];
    const fixed: CellValue[] = new Array(width);
    const fixesBefore = totalCellFixes(counts);
    for (let c = 0; c < width; c++) fixed[c] = fixCell(original[c], kinds[c], today, counts);
    const changed = totalCellFixes(counts) > fixesBefore;
    // Blank rows are kept where they are: they are not repeats of each other.
    rows.push(fixed);
    if (
      dropRepeats &&
      rowFilled(fixed, width) &&
      seen.add(rows.length - 1, rowHash(fixed, width)) !== -1
    ) {
      rows.pop();
      counts.duplicatesDropped++;
      changedRows.push(table.headerRow + 1 + i);
      continue;
    }
    if (changed) changedRows.push(table.headerRow + 1 + i);
  }
  return { preview: { counts, changedRows }, headers, rows, numberFormats };
}

function totalCellFixes(counts: FixCounts): number {
  return (
    counts.pnrNormalized + counts.genderNormalized + counts.datesConverted + counts.textTrimmed
  );
}

// Returns the fixed value (the same value when nothing applies) and counts what it did.
function fixCell(
  value: CellValue,
  kind: FieldType | undefined,
  today: number,
  counts: FixCounts
): CellValue {
  if (kind === "date" && value instanceof Date) {
    // Same day, written as a serial like every other date in the copy; not a fix to count.
    return parseDate(value) ?? value;
  }
  // A personnummer or gender code typed as a number (leading zeros lost, 1/2) is fixed like text.
  if (kind === "pnr" && (typeof value === "string" || typeof value === "number")) {
    const parsed = parsePnr(value, today);
    if (parsed.ok && parsed.pnr.normalized !== value) {
      counts.pnrNormalized++;
      return parsed.pnr.normalized;
    }
  } else if (kind === "gender" && (typeof value === "string" || typeof value === "number")) {
    const gender = parseGender(value);
    if (gender !== null && gender !== undefined && gender !== value) {
      counts.genderNormalized++;
      return gender;
    }
  } else if (kind === "date" && typeof value === "string") {
    const serial = parseDate(value);
    if (serial !== null) {
      counts.datesConverted++;
      return serial;
    }
  }
  if (typeof value !== "string") return value;
  // Codes compare space-insensitively (SPEC §3), so their inner runs of spaces can go too.
  const trimmed = kind === "code" ? value.trim().replace(MULTIPLE_SPACES, " ") : value.trim();
  if (trimmed !== value) {
    counts.textTrimmed++;
    return trimmed === "" ? null : trimmed;
  }
  return value;
}

/** What the fixes would change, with counts; the table is not changed. */
export function previewFixes(table: SheetTable, options: ValidationOptions = {}): FixPreview {
  return computeFixes(table, options).preview;
}

/** The fixed copy as a new sheet "<name> (rättad)", and what changed; the input table is not changed. */
export function applyFixes(
  table: SheetTable,
  options: ValidationOptions = {}
): { sheet: NewTableSheet; preview: FixPreview } {
  const { preview, headers, rows, numberFormats } = computeFixes(table, options);
  return { sheet: { name: `${table.name} (rättad)`, headers, rows, numberFormats }, preview };
}

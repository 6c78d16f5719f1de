/**
 * A1 addresses in Excel's own numbering: rows and columns from 1, as in "B5", in SheetTable's
 * headerRow/firstColumn and in CellSpec. The Office adapter, whose getRangeByIndexes counts from 0,
 * converts at its calls (src/excel/addresses.ts).
 */

/** Column letters of a 1-based column number (1 → "A", 27 → "AA"). */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The 1-based column number of column letters ("A" → 1, "AA" → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** A block of cells, 1-based and inclusive. */
export interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The bounds of a range reference ("A3:G2002", "$A$1:$G$1048576", "B2"), or null when it is not one. */
export function parseRange(ref: string): Bounds | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(
    ref
      .slice(ref.lastIndexOf("!") + 1)
      .replace(/\$/g, "")
      .toUpperCase()
  );
  if (!m) return null;
  const bounds = {
    top: Number(m[2]),
    left: columnNumber(m[1]),
    bottom: Number(m[4] ?? m[2]),
    right: columnNumber(m[3] ?? m[1]),
  };
  return bounds.top >= 1 &&
    bounds.left >= 1 &&
    bounds.bottom >= bounds.top &&
    bounds.right >= bounds.left
    ? bounds
    : null;
}

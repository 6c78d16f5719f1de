/** A1 addresses: column letters and cell addresses from 0-based indexes, as Excel writes them. */

/** Column letters of a 0-based column index (0 → "A", 26 → "AA"). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of column letters ("A" → 0, "AA" → 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The A1 address of a 0-based row and column ("A1" for 0, 0). */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row + 1}`;
}

/** The A1 address of a block of cells from its top-left corner (0-based) and size. */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const start = cellAddress(row, column);
  return rows === 1 && columns === 1 ? start : `${start}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** The address without a sheet prefix ("'Blad 1'!B5" → "B5"). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang < 0 ? address : address.slice(bang + 1);
}

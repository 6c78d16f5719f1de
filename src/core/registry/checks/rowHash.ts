/**
 * Finding repeats among 100,000 rows without building a key string per row: rows and keys are hashed
 * (FNV-1a over their values) and only rows with equal hashes are compared cell by cell.
 */
import { CellValue, isBlank } from "../../cells";

/** Start value of every hash. */
export const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;
const numberView = new Float64Array(1);
const wordView = new Int32Array(numberView.buffer);

/** Mixes a 32-bit word into a hash. */
export function mixWord(hash: number, word: number): number {
  return Math.imul(hash ^ word, FNV_PRIME);
}

/** Mixes the characters of a string into a hash. */
export function mixString(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** Mixes the bits of a number into a hash. */
export function mixNumber(hash: number, value: number): number {
  numberView[0] = value;
  return mixWord(mixWord(hash, wordView[0]), wordView[1]);
}

// Type tags keep 5 and "5" apart.
const TAG_BLANK = 0;
const TAG_TEXT = 1;
const TAG_NUMBER = 2;
const TAG_DATE = 3;
const TAG_BOOLEAN = 4;

/** Mixes a cell into a hash: text trimmed, Dates by their time, each type tagged. */
export function mixCell(hash: number, value: CellValue): number {
  if (isBlank(value)) return mixWord(hash, TAG_BLANK);
  if (typeof value === "string") return mixString(mixWord(hash, TAG_TEXT), value.trim());
  if (typeof value === "number") return mixNumber(mixWord(hash, TAG_NUMBER), value);
  if (value instanceof Date) return mixNumber(mixWord(hash, TAG_DATE), value.getTime());
  return mixWord(hash, value ? TAG_BOOLEAN + 8 : TAG_BOOLEAN);
}

/** Whether two cells are the same for row identity (the equality `mixCell` hashes). */
export function sameCell(a: CellValue, b: CellValue): boolean {
  const aBlank = isBlank(a);
  if (aBlank || isBlank(b)) return aBlank && isBlank(b);
  if (typeof a === "string") return typeof b === "string" && a.trim() === b.trim();
  if (typeof a === "number") return typeof b === "number" && (a === b || (a !== a && b !== b));
  if (a instanceof Date) return b instanceof Date && Object.is(a.getTime(), b.getTime());
  return a === b;
}

/** Whether a row has any non-blank cell among its first `width`. */
export function rowFilled(row: readonly CellValue[] | undefined, width: number): boolean {
  if (row === undefined) return false;
  for (let c = 0; c < width && c < row.length; c++) if (!isBlank(row[c])) return true;
  return false;
}

/** Final avalanche (MurmurHash3 fmix32): spreads FNV's weak low bits over the whole word. */
function finish(hash: number): number {
  let h = hash ^ (hash >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A set of items (indexes 0 … capacity − 1) under a hash, the equality decided by the caller: `add`
 * returns the index of an equal item already there, or −1 after adding this one. Open addressing in
 * typed arrays: no allocation per item, which matters at 100,000 rows.
 */
export class HashedSet {
  private readonly slots: Int32Array;
  private readonly hashes: Int32Array;
  private readonly mask: number;

  constructor(
    capacity: number,
    private readonly equal: (a: number, b: number) => boolean
  ) {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    this.slots = new Int32Array(size);
    this.hashes = new Int32Array(Math.max(capacity, 0));
    this.mask = size - 1;
  }

  /** The earlier equal item, or −1 when `item` is new (it is then added). */
  add(item: number, rawHash: number): number {
    const hash = finish(rawHash);
    for (let slot = hash & this.mask; ; slot = (slot + 1) & this.mask) {
      const occupant = this.slots[slot];
      if (occupant === 0) {
        this.slots[slot] = item + 1;
        this.hashes[item] = hash;
        return -1;
      }
      const earlier = occupant - 1;
      if (this.hashes[earlier] === hash && this.equal(item, earlier)) return earlier;
    }
  }
}

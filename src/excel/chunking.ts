/**
 * Row-chunk sizing for reads and writes that must stay under Excel's limits: a 5 MB payload on
 * Excel on the web and 5 million cells per read. The planner starts small, learns the bytes per row
 * from what it has seen, and halves when Excel still answers that a payload was too large.
 */

export interface ChunkLimits {
  /** Largest request or response payload Excel accepts, in bytes. */
  payloadBytes: number;
  /** Largest number of cells one read may return. */
  maxCells: number;
  /** Share of `payloadBytes` a chunk aims at, leaving room for Excel's own envelope and a heavier row. */
  targetShare: number;
  /** Rows of the first chunk, before anything is known about the sheet's rows. */
  firstChunkRows: number;
}

/** Excel on the web's limits with a margin (the desktop clients allow more; the web is the binding one). */
export const EXCEL_LIMITS: Readonly<ChunkLimits> = Object.freeze({
  payloadBytes: 5 * 1024 * 1024,
  maxCells: 5_000_000,
  targetShare: 0.7,
  firstChunkRows: 1000,
});

// Excel's error codes for payloads over the limit; older hosts answer with a generic code and this message.
const PAYLOAD_CODES = new Set([
  "RequestPayloadSizeLimitExceeded",
  "ResponsePayloadSizeLimitExceeded",
]);

/** True when Excel rejected a batch because its request or response payload was too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === "string" && PAYLOAD_CODES.has(code)) return true;
  return typeof message === "string" && /payload size limit/i.test(message);
}

/** Approximate UTF-8 size of a JSON-serialisable value, the unit Excel's payload limit counts in. */
export function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? "";
  let bytes = json.length;
  for (let i = 0; i < json.length; i++) {
    const code = json.charCodeAt(i);
    // Two UTF-16 units of a surrogate pair make four UTF-8 bytes: counted 2 + 1 + 1 here.
    if (code > 0x7f) bytes += code > 0x7ff ? 2 : 1;
  }
  return bytes;
}

/** Decides the number of rows of each chunk of one read or write. */
export class ChunkPlanner {
  private bytesPerRow = 0;
  private readonly maxRowsByCells: number;
  private ceiling = Number.POSITIVE_INFINITY;

  constructor(
    private readonly limits: ChunkLimits,
    columns: number
  ) {
    this.maxRowsByCells = Math.max(1, Math.floor(limits.maxCells / Math.max(1, columns)));
  }

  /** Rows for the next chunk, at most `remaining`. */
  nextRows(remaining: number): number {
    let rows: number;
    if (this.bytesPerRow === 0) rows = this.limits.firstChunkRows;
    else rows = Math.floor((this.limits.payloadBytes * this.limits.targetShare) / this.bytesPerRow);
    return Math.max(1, Math.min(rows, this.maxRowsByCells, this.ceiling, remaining));
  }

  /** Learns from a chunk that went through; the heaviest rows seen so far set the pace. */
  observe(rows: number, bytes: number): void {
    if (rows > 0) this.bytesPerRow = Math.max(this.bytesPerRow, bytes / rows);
  }

  /**
   * After Excel rejected `rows` rows as too large: later chunks stay at half of that.
   * Returns false when even a single row was too large, which no smaller chunk can fix.
   */
  shrink(rows: number): boolean {
    if (rows <= 1) return false;
    this.ceiling = Math.floor(rows / 2);
    return true;
  }
}

/**
 * Syncs one chunk's batch. A chunk Excel rejects as too large shrinks the later chunks and answers
 * false, for the caller to send the same rows again smaller; any other failure is thrown.
 */
export async function syncChunk(
  sync: () => Promise<void>,
  planner: ChunkPlanner,
  rows: number
): Promise<boolean> {
  try {
    await sync();
    return true;
  } catch (error) {
    if (isPayloadTooLarge(error) && planner.shrink(rows)) return false;
    throw error;
  }
}

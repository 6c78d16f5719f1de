/**
 * The parts of an .xlsx package, read through yauzl (zip directory, CRC and size checks) and Node's
 * native zlib (inflating). Every byte inflated is counted against one budget per opened workbook, so a
 * zip bomb stops at the limit whatever its directory declares.
 */
import { StringDecoder } from "string_decoder";
import type { Readable } from "stream";
import yauzl from "yauzl";
import { MAX_INFLATED_BYTES, XlsxReadError } from "./limits";

export class ZipParts {
  private inflated = 0;

  private constructor(
    private readonly zip: yauzl.ZipFile,
    /** Entries by lower-cased part name (OPC part names compare case-insensitively). */
    private readonly entries: Map<string, yauzl.Entry>,
    private readonly limit: number
  ) {}

  /** Opens a zip and reads its central directory (entry names and sizes, no data). */
  static async open(path: string, limit = MAX_INFLATED_BYTES): Promise<ZipParts> {
    const zip = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(
        path,
        { lazyEntries: true, autoClose: false, validateEntrySizes: true, strictFileNames: false },
        (err, z) => (err || !z ? reject(err ?? new Error("no zip")) : resolve(z))
      )
    );
    const entries = new Map<string, yauzl.Entry>();
    try {
      await new Promise<void>((resolve, reject) => {
        zip.on("entry", (entry: yauzl.Entry) => {
          entries.set(entry.fileName.replace(/^\/+/, "").toLowerCase(), entry);
          zip.readEntry();
        });
        zip.on("end", () => resolve());
        zip.on("error", reject);
        zip.readEntry();
      });
    } catch (e) {
      zip.close();
      throw e;
    }
    return new ZipParts(zip, entries, limit);
  }

  /** The part names of the package (lower-cased, as they are compared). */
  partNames(): string[] {
    return [...this.entries.keys()];
  }

  has(part: string): boolean {
    return this.entries.has(part.toLowerCase());
  }

  /** Bytes inflated so far (all parts, re-reads included). */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /**
   * The text of a part, chunk by chunk, as it inflates. Stopping the iteration early (a `break` in
   * `for await`) closes the stream, so reading just the top of a sheet costs just that.
   */
  async *chunks(part: string): AsyncGenerator<string> {
    const entry = this.entries.get(part.toLowerCase());
    if (!entry) throw new XlsxReadError({ kind: "damaged" });
    if (entry.isEncrypted()) throw new XlsxReadError({ kind: "encrypted" });
    // A declared size over the budget is refused at once; a smaller declared size is not trusted:
    // yauzl fails when more comes out than declared, and the budget counts what really comes out.
    if (this.inflated + entry.uncompressedSize > this.limit) {
      throw new XlsxReadError({ kind: "inflated", limit: this.limit });
    }
    const stream = await new Promise<Readable>((resolve, reject) =>
      this.zip.openReadStream(entry, (err, s) =>
        err || !s ? reject(err ?? new Error("no stream")) : resolve(s)
      )
    );
    const decoder = new StringDecoder("utf8");
    try {
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        this.inflated += chunk.length;
        if (this.inflated > this.limit)
          throw new XlsxReadError({ kind: "inflated", limit: this.limit });
        const text = decoder.write(chunk);
        if (text.length > 0) yield text;
      }
      const rest = decoder.end();
      if (rest.length > 0) yield rest;
    } finally {
      stream.destroy();
    }
  }

  /** A whole (small) part as text, or null when the package does not have it. */
  async text(part: string): Promise<string | null> {
    if (!this.has(part)) return null;
    let text = "";
    for await (const chunk of this.chunks(part)) text += chunk;
    return text;
  }

  close(): void {
    this.zip.close();
  }
}

/**
 * The one way the CLI writes a file. A user's file is never lost: the output may not be the input
 * (compared by device and inode, so symlinks and hard links count), an existing file is replaced only
 * with --force, and the bytes go to a temporary file in the target folder that is renamed into place
 * only once every byte is written and synced. Any failure removes the temporary file and becomes one
 * bilingual line (exit 2).
 *
 * A file-size limit (`ulimit -f`) makes the kernel send SIGXFSZ, which kills a process by default;
 * Node ignores SIGXFSZ at start-up, so the write comes back short and the next one fails with EFBIG
 * instead. That is why the bytes are written in a loop and counted: a short write is never taken as done.
 */
import { randomBytes } from "crypto";
import { constants, Stats } from "fs";
import { link, lstat, open, rename, stat, unlink } from "fs/promises";
import { basename, dirname, extname, join, resolve } from "path";
import { Bilingual, CliError } from "./context";

export interface OutputOptions {
  /** The file the command read: the output may never be it (nor a link to it). None for `demo`. */
  input?: string;
  /** Replace an existing output file (never the input). */
  force: boolean;
}

function fail(text: Bilingual): CliError {
  return new CliError(text, 2);
}

function errorCode(e: unknown): string | undefined {
  return (e as { code?: string } | null)?.code;
}

async function statOrNull(path: string, follow = true): Promise<Stats | null> {
  try {
    return follow ? await stat(path) : await lstat(path);
  } catch (e) {
    if (errorCode(e) === "ENOENT" || errorCode(e) === "ENOTDIR") return null;
    throw e;
  }
}

function sameFile(a: Stats, b: Stats): boolean {
  return a.dev === b.dev && a.ino === b.ino;
}

/** The one line for a failed write, by the error code the system gave. */
function writeFailure(out: string, e: unknown): CliError {
  const folder = dirname(out);
  switch (errorCode(e)) {
    case "EACCES":
    case "EPERM":
      return fail({
        sv: `${out}: saknar behörighet att skriva i mappen ${folder}`,
        en: `${out}: no permission to write in the folder ${folder}`,
      });
    case "EROFS":
      return fail({
        sv: `${out}: mappen ${folder} är skrivskyddad`,
        en: `${out}: the folder ${folder} is read-only`,
      });
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
    case "SHORT_WRITE":
      return fail({
        sv: `${out}: disken är full eller filstorleksgränsen nådd; ingenting skrevs`,
        en: `${out}: the disk is full or the file size limit was reached; nothing was written`,
      });
    case "ENOENT":
    case "ENOTDIR":
      return fail({
        sv: `${out}: mappen ${folder} finns inte`,
        en: `${out}: the folder ${folder} does not exist`,
      });
    case "EISDIR":
      return fail({
        sv: `${out}: är en mapp; ange ett filnamn som slutar på .xlsx`,
        en: `${out}: is a folder; give a file name ending in .xlsx`,
      });
    default:
      return fail({
        sv: `${out}: kan inte skriva filen (${errorCode(e) ?? "okänt fel"}); ingenting skrevs`,
        en: `${out}: cannot write the file (${errorCode(e) ?? "unknown error"}); nothing was written`,
      });
  }
}

/**
 * Refuses an output that cannot or must not be written, before any work is done: not .xlsx, the input
 * itself (or a link to it), a folder, an existing file without --force, a missing folder. Called again
 * by writeOutput just before the file is put in place.
 */
export async function checkOutput(out: string, options: OutputOptions): Promise<void> {
  // A folder first: "must end in .xlsx" would not say what is wrong with `--out reports/`.
  if ((await statOrNull(out).catch(() => null))?.isDirectory())
    throw writeFailure(out, { code: "EISDIR" });
  if (extname(out).toLowerCase() !== ".xlsx") {
    throw fail({
      sv: `${out}: utfilen måste sluta på .xlsx (den skrivs som en Excel-arbetsbok)`,
      en: `${out}: the output file must end in .xlsx (it is written as an Excel workbook)`,
    });
  }
  try {
    const input = options.input === undefined ? null : await statOrNull(options.input);
    const existing = await statOrNull(out);
    if (existing?.isDirectory()) throw writeFailure(out, { code: "EISDIR" });
    if (existing && input && sameFile(existing, input)) {
      throw fail({
        sv: `${out}: är indatafilen (eller en länk till den); originalet skrivs aldrig över – ange en annan --out`,
        en: `${out}: is the input file (or a link to it); the original is never overwritten – give another --out`,
      });
    }
    // lstat too: a dangling symlink is an existing name the user may not mean to lose.
    if ((existing || (await statOrNull(out, false))) && !options.force) {
      throw fail({
        sv: `${out}: filen finns redan; ange --force för att ersätta den, eller en annan --out`,
        en: `${out}: the file already exists; give --force to replace it, or another --out`,
      });
    }
    const folder = await statOrNull(dirname(resolve(out)));
    if (!folder || !folder.isDirectory()) throw writeFailure(out, { code: "ENOENT" });
  } catch (e) {
    if (e instanceof CliError) throw e;
    throw writeFailure(out, e);
  }
}

/** Writes every byte through the descriptor: a write that returns short is continued, never taken as done. */
async function writeFully(
  handle: import("fs/promises").FileHandle,
  bytes: Uint8Array
): Promise<void> {
  let written = 0;
  while (written < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, written, bytes.length - written);
    if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "SHORT_WRITE" });
    written += bytesWritten;
  }
  const size = (await handle.stat()).size;
  if (size !== bytes.length) throw Object.assign(new Error("short write"), { code: "SHORT_WRITE" });
}

/**
 * Writes the bytes to `out` atomically: a temporary file beside it, written in full, synced, then
 * renamed into place (without --force linked, which fails if a file appeared meanwhile). On any failure
 * nothing is left behind. Returns the absolute path written.
 */
export async function writeOutput(
  out: string,
  bytes: Uint8Array,
  options: OutputOptions
): Promise<string> {
  await checkOutput(out, options);
  const target = resolve(out);
  const temporary = join(
    dirname(target),
    `.${basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`
  );
  let created = false;
  try {
    const handle = await open(
      temporary,
      constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL,
      0o666
    );
    created = true;
    try {
      await writeFully(handle, bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The input may have been linked to the output name while we wrote: check again just before.
    await checkOutput(out, options);
    if (options.force) {
      await rename(temporary, target);
    } else {
      await placeWithoutReplacing(temporary, target);
    }
    created = false;
    await syncFolder(dirname(target));
    return target;
  } catch (e) {
    if (created) await unlink(temporary).catch(() => undefined);
    if (e instanceof CliError) throw e;
    if (errorCode(e) === "EEXIST") {
      throw fail({
        sv: `${out}: filen finns redan; ange --force för att ersätta den, eller en annan --out`,
        en: `${out}: the file already exists; give --force to replace it, or another --out`,
      });
    }
    throw writeFailure(out, e);
  }
}

/** link() refuses an existing name atomically; file systems without hard links fall back to rename. */
async function placeWithoutReplacing(temporary: string, target: string): Promise<void> {
  try {
    await link(temporary, target);
  } catch (e) {
    if (!["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EMLINK"].includes(errorCode(e) ?? ""))
      throw e;
    await rename(temporary, target);
    return;
  }
  // The file is in place under its name; a leftover second name is only untidy.
  await unlink(temporary).catch(() => undefined);
}

/** Syncs the folder so the rename itself survives a crash; not every platform can open a folder. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Best effort: the file itself is complete and synced.
  }
}

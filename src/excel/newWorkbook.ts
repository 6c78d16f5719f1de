/**
 * "Spara som egen fil": a generated sheet opened as a new workbook of its own, so a manager can send
 * it. The sheet is written to .xlsx bytes by the CLI's writer (src/xlsx: ExcelJS) and handed to
 * `Excel.createWorkbook` (ExcelApi 1.8) as base64; the new workbook holds that sheet and nothing else.
 * The writer is about 1 MB, so it is imported when the button is pressed, as a chunk of its own.
 */
import type { SheetDescription } from "../core/dialogue/types";

/** `Excel.createWorkbook` as the adapter uses it, injectable for the fake host. */
export type CreateWorkbook = (base64: string) => Promise<void>;

/** Excel's own, looked up at call time (the adapter is imported before Office is ready). */
export const officeCreateWorkbook: CreateWorkbook = (base64) => Excel.createWorkbook(base64);

/** Bytes as base64, in slices (String.fromCharCode takes a bounded number of arguments). */
export function base64Of(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = "";
  for (let i = 0; i < bytes.length; i += SLICE)
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  return btoa(binary);
}

/** Writes the description as the one sheet of a new .xlsx and opens it in Excel; returns its size in bytes. */
export async function openInNewWorkbook(
  create: CreateWorkbook,
  description: SheetDescription
): Promise<number> {
  const { descriptionsToXlsx } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx");
  const { bytes } = await descriptionsToXlsx([description]);
  await create(base64Of(bytes));
  return bytes.length;
}

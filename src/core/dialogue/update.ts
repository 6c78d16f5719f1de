/**
 * "Uppdatera": a recomputed sheet takes over what the manager wrote. The manager's cells are found by
 * their keys, not their addresses, so text follows its indicator even when rows move (a new indicator,
 * a banner that appears or goes).
 */
import type { SheetDescription, SheetValue } from "./types";

/** The manager's text of a written sheet by key, read at the addresses its description gave them. */
export function managerTextOf(
  previous: SheetDescription,
  read: (row: number, col: number) => SheetValue
): Map<string, SheetValue> {
  const texts = new Map<string, SheetValue>();
  for (const cell of previous.cells) {
    if (!cell.managerText) continue;
    const value = read(cell.row, cell.col);
    if (value !== null && value !== "") texts.set(cell.managerText, value);
  }
  return texts;
}

/**
 * The fresh description with the manager's text put back; keys the fresh sheet no longer has (an
 * indicator that disappeared) are returned so the caller can show them rather than lose them.
 */
export function carryManagerText(
  fresh: SheetDescription,
  texts: ReadonlyMap<string, SheetValue>
): { sheet: SheetDescription; orphaned: string[] } {
  const used = new Set<string>();
  const cells = fresh.cells.map((cell) => {
    if (!cell.managerText || !texts.has(cell.managerText)) return cell;
    used.add(cell.managerText);
    return { ...cell, value: texts.get(cell.managerText)! };
  });
  return { sheet: { ...fresh, cells }, orphaned: [...texts.keys()].filter((k) => !used.has(k)) };
}

/** "Did you mean": the closest code of a list to an unknown one (Damerau–Levenshtein, or a prefix). */
import { normalizeHeader } from "../headers";

/** Optimal-string-alignment distance (insertions, deletions, substitutions, adjacent swaps). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(
        d[(i - 1) * cols + j] + 1,
        d[i * cols + j - 1] + 1,
        d[(i - 1) * cols + j - 1] + cost
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[(i - 2) * cols + j - 2] + 1);
      }
      d[i * cols + j] = best;
    }
  }
  return d[rows * cols - 1];
}

/**
 * The code (as written in the list) an unknown normalised code most likely meant: within two edits,
 * ignoring diacritics and spaces ("ovrigt" → "Övrigt"), else one the unknown begins or the code begins.
 * Null when nothing is close.
 */
export function suggestCode(unknown: string, lookup: ReadonlyMap<string, string>): string | null {
  const bare = normalizeHeader(unknown);
  if (bare === "") return null;
  // Short inputs are within two edits of too much: allow fewer edits for them.
  const allowed = Math.min(2, Math.floor(bare.length / 2));
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const code of lookup.values()) {
    const distance = editDistance(bare, normalizeHeader(code));
    if (distance <= allowed && distance < bestDistance) {
      best = code;
      bestDistance = distance;
    }
  }
  if (best !== null) return best;
  if (bare.length < 3) return null;
  for (const code of lookup.values()) {
    const target = normalizeHeader(code);
    if (target.startsWith(bare) || bare.startsWith(target)) return code;
  }
  return null;
}

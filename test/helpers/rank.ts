/** Linear algebra for the attacker tests (disclosure): which hidden counts the shown numbers determine. */

/** Rank of a matrix (rows of equal length) by Gaussian elimination with partial pivoting. */
export function rank(matrix: number[][]): number {
  const a = matrix.map((r) => [...r]);
  let rk = 0;
  const cols = a[0]?.length ?? 0;
  for (let c = 0; c < cols && rk < a.length; c++) {
    let pivot = rk;
    for (let r = rk + 1; r < a.length; r++)
      if (Math.abs(a[r][c]) > Math.abs(a[pivot][c])) pivot = r;
    if (Math.abs(a[pivot][c]) < 1e-9) continue;
    [a[rk], a[pivot]] = [a[pivot], a[rk]];
    for (let r = 0; r < a.length; r++) {
      if (r === rk) continue;
      const f = a[r][c] / a[rk][c];
      if (f !== 0) for (let j = c; j < cols; j++) a[r][j] -= f * a[rk][j];
    }
    rk++;
  }
  return rk;
}

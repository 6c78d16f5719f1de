/** The row a mean function's `"all"` spills: mean, n, sd, 95 % t low, high (SURVEYMEAN, PROGRESSION). */
import { AmfError } from "../errors";
import type { MeanInterval } from "../stats";

/**
 * mean, n, sd, low, high; with one observation the last three are #N/A (no spread can be estimated),
 * as error values in their own cells so the mean and n still show.
 */
export function meanRow(m: MeanInterval): Array<number | AmfError> {
  const orNa = (v: number) => (Number.isFinite(v) ? v : new AmfError("na", "singleObservation"));
  return [m.mean, m.n, orNa(m.sd), orNa(m.low), orNa(m.high)];
}

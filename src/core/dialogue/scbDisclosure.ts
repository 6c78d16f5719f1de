/**
 * Disclosure control of the SCB sheets, by the rules of the other sheets (statistics.ts, disclosure.ts):
 * a primary rule on each count, then the sum relations applied until nothing changes, a relation with
 * exactly one hidden cell getting its next-smallest shown cell hidden too. The cells here are counts
 * of an aggregated table rather than indicator rows, so the relations are this table's own:
 *
 * - the income sources of a group, gender and time point add up to its size (which is shown);
 * - women + men = both, per income source and for the size;
 * - a group size hidden hides every share of it;
 * - with one sheet per subgroup in a workbook (`--all`), a dimension's subgroups add up to everyone.
 *
 * A cell SCB already hid counts as hidden from the start: it is as unknown to the reader as one we hide,
 * and one shown complement would give it away.
 */
import type { Settings } from "../settings";
import { belowThreshold } from "./statistics";
import {
  CountCell,
  INCOME_SOURCES,
  SCB_DIMENSIONS,
  SCB_GENDERS,
  SCB_TIMES,
  ScbModel,
} from "./scbModel";

function hide(cell: CountCell): boolean {
  if (cell.hidden) return false;
  cell.hidden = true;
  return true;
}

// The next cell to hide: the smallest count that tells something, an empty cell only when nothing else is left.
const rank = (c: CountCell) =>
  c.count !== null && c.count > 0 ? c.count : Number.MAX_SAFE_INTEGER;

/** `sum(parts) = total` (or a sum known otherwise when `total` is null): one hidden cell must not stay alone. */
export function protectSum(parts: readonly CountCell[], total: CountCell | null): boolean {
  const all = total ? [...parts, total] : parts;
  if (all.filter((c) => c.hidden).length !== 1) return false;
  const candidates = parts.filter((c) => !c.hidden).sort((a, b) => rank(a) - rank(b));
  if (candidates.length > 0) return hide(candidates[0]);
  return total ? hide(total) : false;
}

function primary(model: ScbModel, settings: Settings): void {
  const { suppressionThreshold: threshold, minGroupSize } = settings;
  for (const group of model.groups) {
    for (const gender of SCB_GENDERS) {
      for (const time of SCB_TIMES) {
        const at = group.counts[gender][time];
        const n = at.n.count;
        if (n !== null && n > 0 && n < threshold) at.n.hidden = true;
        for (const c of at.sources) {
          if (c.count === null || n === null) continue;
          if (
            belowThreshold(
              { value: n > 0 ? c.count / n : NaN, n, count: c.count },
              threshold,
              minGroupSize
            )
          )
            c.hidden = true;
        }
      }
    }
  }
}

function relationsOf(models: readonly ScbModel[]): Array<() => boolean> {
  const relations: Array<() => boolean> = [];
  for (const model of models) {
    for (const group of model.groups) {
      for (const time of SCB_TIMES) {
        const [t, k, m] = SCB_GENDERS.map((g) => group.counts[g][time]);
        relations.push(() => protectSum([k.n, m.n], t.n));
        INCOME_SOURCES.forEach((_, s) =>
          relations.push(() => protectSum([k.sources[s], m.sources[s]], t.sources[s]))
        );
        for (const at of [t, k, m]) {
          relations.push(() =>
            at.n.hidden ? at.sources.reduce((changed, c) => hide(c) || changed, false) : false
          );
          relations.push(() => protectSum(at.sources, null));
        }
      }
    }
  }
  // Subgroups of one dimension that are all in the workbook, beside everyone: their counts add up.
  const everyone = models.find((m) => m.subgroup === null);
  if (everyone) {
    for (const { key } of SCB_DIMENSIONS) {
      const parts = models.filter((m) => m.subgroup?.dimension === key);
      if (parts.length === 0) continue;
      everyone.groups.forEach((group, g) => {
        for (const gender of SCB_GENDERS) {
          for (const time of SCB_TIMES) {
            const cells = parts.map(
              (p) => p.groups.find((x) => x.name === group.name)?.counts[gender][time]
            );
            if (cells.some((c) => c === undefined)) continue;
            const total = everyone.groups[g].counts[gender][time];
            relations.push(() =>
              protectSum(
                cells.map((c) => c!.n),
                total.n
              )
            );
            INCOME_SOURCES.forEach((_, s) =>
              relations.push(() =>
                protectSum(
                  cells.map((c) => c!.sources[s]),
                  total.sources[s]
                )
              )
            );
          }
        }
      });
    }
  }
  return relations;
}

/** Hides small counts and whatever would give them away, in place, across the models of one workbook. */
export function protectScb(models: readonly ScbModel[], settings: Settings): void {
  for (const model of models) primary(model, settings);
  const relations = relationsOf(models);
  for (let round = 0; round < 100; round++) {
    let changed = false;
    for (const relation of relations) changed = relation() || changed;
    if (!changed) return;
  }
}

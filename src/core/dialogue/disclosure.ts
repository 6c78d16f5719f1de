/**
 * Complementary suppression (issue #10): within one generated workbook, no hidden value may be
 * derivable exactly from shown ones. The primary and group-disclosure rules (statistics.ts) hide small
 * cells one at a time; here the sum relations between cells are applied until nothing changes, and a
 * relation with exactly one hidden cell gets its next-smallest shown cell hidden too (the usual
 * heuristic of statistics offices). A shown rate and its group size give the count, so a relation
 * over counts is a relation over the shown cells.
 *
 * The relations:
 * - women + men = total, per row;
 * - a vux indicator over all training types = the sum of the types, per gender and in total;
 * - completed and dropped out are complements (same ended courses), so they are hidden together;
 *   answered courses (WORKSTUDY's group size) are the numerator of the response rate;
 * - the target groups Utrikes + Inrikes födda = the indicator row (when every exit's background is known);
 * - a unit's EFFINDEX (with its cost and the reference in the formula text) gives its positive exits,
 *   and the reference outcomes are the sum over the units: the units' EXITRATE totals form a relation.
 *
 * Known limit: the tertials are cumulative (T2 = January–August), so sheets of T2 and T3 generated
 * separately can be differenced; the protection holds within one workbook (README, footnote).
 */
import type { DialogueModel, IndicatorRow } from "./model";
import type { Measure } from "./statistics";
import { interventionRelations } from "./interventionModel";

type Group = "women" | "men" | "total";

/** Any row of women's, men's and total cells: an indicator, a survey question, an insats's progression. */
type GroupedRow = Pick<IndicatorRow, Group>;

interface CellRef {
  // An indicator row, or a group cell of the sfi sheet (issue #15), which holds its figure as `total`.
  row: Partial<Record<Group, Measure | null>>;
  group: Group;
}

function measureOf(cell: CellRef): Measure | null {
  return cell.row[cell.group] ?? null;
}

/** A cell a reader does not know: hidden, with observations behind it (an empty cell is known to be 0). */
function unknown(cell: CellRef): boolean {
  const m = measureOf(cell);
  return !!m && !!m.suppressed && m.n > 0;
}

function hide(cell: CellRef): boolean {
  const m = measureOf(cell);
  if (!m || m.suppressed) return false;
  cell.row[cell.group] = { ...m, suppressed: true };
  return true;
}

/**
 * One relation `sum(parts) = total` (or a sum known from elsewhere when `total` is null): with exactly
 * one unknown cell, the smallest shown part with observations is hidden (the total only when no part
 * is left). Returns whether a cell was hidden.
 */
function protectSum(parts: CellRef[], total: CellRef | null): boolean {
  const all = total ? [...parts, total] : parts;
  if (all.filter(unknown).length !== 1) return false;
  const candidates = parts.filter((c) => {
    const m = measureOf(c);
    return m && !m.suppressed && m.n > 0;
  });
  candidates.sort((a, b) => measureOf(a)!.n - measureOf(b)!.n);
  if (candidates.length > 0) return hide(candidates[0]);
  return total ? hide(total) : false;
}

/** Cells that tell each other: hidden together. */
function protectLinked(cells: CellRef[]): boolean {
  if (!cells.some((c) => measureOf(c)?.suppressed)) return false;
  let changed = false;
  for (const c of cells) changed = hide(c) || changed;
  return changed;
}

const GROUPS: Group[] = ["women", "men", "total"];
const TYPE_SUFFIX = /^(.+)_(YRK|KOMB|YH)$/;

function relationsOf(models: readonly DialogueModel[]): Array<() => boolean> {
  const relations: Array<() => boolean> = [];
  for (const model of models) {
    const byKey = new Map(model.rows.map((r) => [r.key, r]));
    // Survey questions and insatser (issue #14) have the same women + men = total relation; the insatser
    // also add up to "Alla insatser" (the last row), per group.
    const sectionRows: GroupedRow[] = [
      ...(model.survey?.questions ?? []),
      ...(model.progression?.rows ?? []),
    ];
    sectionRows.push(...(model.targetGroups?.rows ?? []));
    for (const row of [...model.rows, ...sectionRows]) {
      if (row.women && row.men)
        relations.push(() =>
          protectSum(
            [
              { row, group: "women" },
              { row, group: "men" },
            ],
            { row, group: "total" }
          )
        );
    }
    const insatser = model.progression?.rows ?? [];
    if (insatser.length >= 2) {
      const allRow = insatser[insatser.length - 1];
      for (const group of GROUPS)
        relations.push(() =>
          protectSum(
            insatser.slice(0, -1).map((row) => ({ row, group })),
            { row: allRow, group }
          )
        );
    }
    // Issue #13: Utrikes + Inrikes födda = the indicator row's exits, for the genders whose background is all known.
    for (const p of model.targetGroups?.partitions ?? []) {
      for (const group of p.groups)
        relations.push(() =>
          protectSum(
            p.parts.map((row) => ({ row, group })),
            { row: p.total, group }
          )
        );
    }
    // Issue #13: the section "Insatser" (its insatser partition the unit's exits).
    const section = interventionRelations(model);
    for (const sum of section.sums) relations.push(() => protectSum(sum.parts, sum.total));
    for (const [from, to] of section.links)
      relations.push(() => (measureOf(from)?.suppressed ? hide(to) : false));
    if (model.template === "vux") {
      for (const base of model.rows.filter((r) => !TYPE_SUFFIX.test(r.key))) {
        const types = model.rows.filter((r) => TYPE_SUFFIX.exec(r.key)?.[1] === base.key);
        for (const group of GROUPS)
          relations.push(() =>
            protectSum(
              types.map((row) => ({ row, group })),
              { row: base, group }
            )
          );
      }
      for (const row of model.rows.filter((r) => r.key.startsWith("COMPLETED"))) {
        const dropout = byKey.get(row.key.replace("COMPLETED", "DROPOUT"));
        if (dropout)
          for (const group of GROUPS)
            relations.push(() =>
              protectLinked([
                { row, group },
                { row: dropout, group },
              ])
            );
      }
      for (const row of model.rows.filter((r) => r.key.startsWith("RESPONSE"))) {
        const answered = byKey.get(row.key.replace("RESPONSE", "WORKSTUDY"));
        if (answered) {
          for (const group of GROUPS) {
            relations.push(() =>
              measureOf({ row, group })?.suppressed ? hide({ row: answered, group }) : false
            );
          }
        }
      }
    } else {
      const exits = byKey.get("EXITRATE");
      const index = byKey.get("EFFINDEX");
      if (exits && index)
        relations.push(() =>
          exits.total.suppressed ? hide({ row: index, group: "total" }) : false
        );
    }
  }
  // The reference of EFFINDEX (shown in its formula, and recoverable from any unit's index) is the sum
  // of the units' positive exits.
  const units = models.filter(
    (m) =>
      m.template === "jobbtorg" &&
      m.unit !== null &&
      m.rows.some(
        (r) => r.key === "EFFINDEX" && !r.total.suppressed && Number.isFinite(r.total.value)
      )
  );
  const totals = units
    .map((m) => ({ row: m.rows.find((r) => r.key === "EXITRATE")!, group: "total" as const }))
    .filter((c) => c.row);
  if (totals.length > 1) relations.push(() => protectSum(totals, null));
  return relations;
}

/** Applies complementary suppression to the models of one workbook, in place, until nothing changes. */
export function protectWorkbook(models: readonly DialogueModel[]): void {
  untilStable(relationsOf(models));
}

function untilStable(relations: ReadonlyArray<() => boolean>): void {
  for (let round = 0; round < 100; round++) {
    let changed = false;
    for (const relation of relations) changed = relation() || changed;
    if (!changed) return;
  }
}

/** A figure of a group table outside the indicator rows (the sfi sheet): replaced, not changed, when hidden. */
export interface GroupCell {
  total: Measure;
}

/**
 * Complementary suppression of group tables (issue #15): in each partition the parts sum to the total
 * (or to a sum known from elsewhere when `total` is null), applied with the same rule as the dialogue
 * sheets until nothing changes.
 */
export function protectPartitions(
  partitions: ReadonlyArray<{ parts: readonly GroupCell[]; total: GroupCell | null }>
): void {
  const ref = (cell: GroupCell): CellRef => ({ row: cell, group: "total" });
  untilStable(
    partitions.map((p) => () => protectSum(p.parts.map(ref), p.total ? ref(p.total) : null))
  );
}

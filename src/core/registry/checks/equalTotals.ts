/**
 * total/mismatch: an aggregated extract that follows the same persons over time (SCB's main income
 * source one year before and one and two years after enrolment) should count as many persons at each
 * time point. A difference means cells are missing or the delivery mixes cohorts; the shares of such a
 * table would rest on different people at different times. A warning: deaths and emigration do move
 * totals a little, and the reader decides.
 */
import { isBlank, normalizeCode, parseNumber } from "../../cells";
import { codeLookupWithSynonyms } from "../codeLists";
import { isHiddenMark } from "../schemas";
import { cellAt, Check, CheckContext, fieldOf, mappedColumns, masked, report } from "./context";
import { MESSAGES } from "./messages";

interface Total {
  /** Sum of the numbers; NaN once a hidden or unreadable count is in it (no total can be named). */
  sum: number;
  firstRow: number;
}

/** Compares the totals of each combination across the schema's `equalTotals.across` field. */
export const equalTotalsCheck: Check = {
  name: "equal totals",
  codes: ["total/mismatch"],
  needs: ["rows"],
  gives: [],
  run: checkEqualTotals,
};

function checkEqualTotals(ctx: CheckContext): void {
  const rule = ctx.schema.equalTotals;
  const sumColumn = rule && ctx.mapping.fields[rule.sum];
  const acrossColumn = rule && ctx.mapping.fields[rule.across];
  const sumField = rule && fieldOf(ctx, rule.sum);
  const acrossField = rule && fieldOf(ctx, rule.across);
  if (!rule || sumColumn === undefined || acrossColumn === undefined || !sumField || !acrossField)
    return;
  const skipped = new Set([rule.sum, rule.across, ...rule.over]);
  const byFields = mappedColumns(ctx).filter(([field]) => !skipped.has(field.key));
  // Code fields compare through their code list and synonyms ("K" and "Kvinnor" are one group).
  const lookups = byFields.map(([field]) => codeLookupWithSynonyms(field.codeList, ctx.codeLists));
  const acrossLookup = codeLookupWithSynonyms(acrossField.codeList, ctx.codeLists);
  const canonical = (lookup: Map<string, string>, text: string) => lookup.get(text) ?? text;
  const overTotals = new Set(["totalt", "total", "samtliga", "alla"]);

  const combos = new Map<string, { label: string[]; totals: Map<string, Total> }>();
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const acrossValue = cellAt(ctx, i, acrossColumn);
    if (isBlank(acrossValue)) continue;
    // A margin row of a summed field ("Totalt" income source) is the total itself, not a part of it.
    if (
      rule.over.some((key) =>
        overTotals.has(normalizeCode(cellAt(ctx, i, ctx.mapping.fields[key] ?? -1)))
      )
    )
      continue;
    const label = byFields.map(([, column], f) =>
      canonical(lookups[f], normalizeCode(cellAt(ctx, i, column)))
    );
    const key = label.join("\u0000");
    let combo = combos.get(key);
    if (combo === undefined) {
      const shownLabel = byFields.map(([, column]) => String(cellAt(ctx, i, column) ?? "").trim());
      combos.set(key, (combo = { label: shownLabel, totals: new Map() }));
    }
    const at = canonical(acrossLookup, normalizeCode(acrossValue));
    const value = cellAt(ctx, i, sumColumn);
    const number = isHiddenMark(sumField, value)
      ? NaN
      : isBlank(value)
        ? 0
        : (parseNumber(value) ?? NaN);
    const total = combo.totals.get(at);
    if (total === undefined) combo.totals.set(at, { sum: number, firstRow: i });
    else total.sum += number;
  }

  for (const { label, totals } of combos.values()) {
    const known = [...totals.entries()].filter(([, t]) => Number.isFinite(t.sum));
    if (known.length < 2) continue;
    const [firstAt, first] = known[0];
    const differing = known.find(([, t]) => Math.abs(t.sum - first.sum) > 1e-9);
    if (differing === undefined) continue;
    const [at, total] = differing;
    report(ctx, "total/mismatch", total.firstRow, sumColumn, (row, header) => {
      const what = masked(label.filter((v) => v !== "").join(", ") || "hela tabellen");
      return MESSAGES.totalMismatch(row, header, what, firstAt, first.sum, at, total.sum);
    });
  }
}

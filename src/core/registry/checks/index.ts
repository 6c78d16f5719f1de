/**
 * The checks of SPEC §5 as a list of check objects. Each declares what it needs from the others;
 * `inDependencyOrder` derives the order they run in, so a new check is added to the list and nothing
 * else (no pass order to keep in step).
 */
import { codeCheck } from "./codeList";
import { columnCheck } from "./columns";
import { conditionalCheck } from "./conditional";
import type { Check, Product } from "./context";
import { dateCheck } from "./dates";
import { dateOrderCheck } from "./dateOrder";
import { keyCheck, rowCheck } from "./duplicates";
import { equalTotalsCheck } from "./equalTotals";
import { genderCheck } from "./gender";
import { misplacedCheck } from "./misplaced";
import { numberCheck } from "./numbers";
import { pnrCheck } from "./pnr";
import { answerCheck } from "./survey";
import { tableCheck } from "./table";
import { uncalculatedCheck } from "./uncalculated";

export { WALKER_CODES, type Check, type Product } from "./context";

/**
 * The checks ordered so that each runs after every check that gives what it needs; otherwise in the
 * order given. Throws when a need is given by no check, or when needs go round in a circle.
 */
export function inDependencyOrder(checks: readonly Check[]): Check[] {
  const givers = new Map<Product, Check[]>();
  for (const check of checks)
    for (const product of check.gives) givers.set(product, [...(givers.get(product) ?? []), check]);
  const ordered: Check[] = [];
  const placed = new Set<Check>();
  const visiting = new Set<Check>();
  const place = (check: Check): void => {
    if (placed.has(check)) return;
    if (visiting.has(check))
      throw new Error(`check "${check.name}" depends on itself through its needs`);
    visiting.add(check);
    for (const need of check.needs) {
      const from = givers.get(need);
      if (from === undefined)
        throw new Error(`check "${check.name}" needs "${need}", which no check gives`);
      for (const giver of from) if (giver !== check) place(giver);
    }
    visiting.delete(check);
    placed.add(check);
    ordered.push(check);
  };
  for (const check of checks) place(check);
  return ordered;
}

/**
 * Every check. Each code of the catalogue is owned by exactly one of them or by the shared column
 * walker (`WALKER_CODES`). The column checks stand in the order their cell/required issues are listed
 * under a cap (personnummer first); the rest as in the catalogue.
 */
export const CHECK_LIST: readonly Check[] = inDependencyOrder([
  tableCheck,
  columnCheck,
  uncalculatedCheck,
  pnrCheck,
  codeCheck,
  genderCheck,
  numberCheck,
  answerCheck,
  dateCheck,
  misplacedCheck,
  dateOrderCheck,
  rowCheck,
  keyCheck,
  conditionalCheck,
  equalTotalsCheck,
]);

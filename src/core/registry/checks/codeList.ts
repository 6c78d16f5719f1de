/** code/unknown: a value not in the column's code list, with a "did you mean" suggestion. */
import { isBlank, normalizeCode } from "../../cells";
import { codeLookupWithSynonyms } from "../codeLists";
import type { FieldSchema } from "../schemas";
import type { CheckCode } from "../types";
import { cellAt, cellIssue, CheckContext, headerOf, shown } from "./context";
import { MESSAGES } from "./messages";
import { reportBlank } from "./required";
import { suggestCode } from "./suggest";

export const codes: readonly CheckCode[] = ["code/unknown"];

// Verdict per distinct value: known, or unknown with its suggestion (computed once, not per cell).
type Verdict = { known: true } | { known: false; suggestion: string | null };
const KNOWN: Verdict = { known: true };

/** One pass over a code column; leaves the normalised code of each row ("" when blank). */
export function checkCodeColumn(ctx: CheckContext, field: FieldSchema, column: number): void {
  const { sink } = ctx;
  const lookup = codeLookupWithSynonyms(field.codeList, ctx.codeLists);
  const normalisedOf = new Map<string, string>();
  const verdicts = new Map<string, Verdict>();
  const normalised: string[] = new Array(ctx.rowCount).fill("");
  for (let i = 0; i < ctx.rowCount; i++) {
    if (ctx.blankRows[i]) continue;
    const value = cellAt(ctx, i, column);
    if (isBlank(value)) {
      reportBlank(ctx, field, column, i);
      continue;
    }
    let code: string | undefined;
    if (typeof value === "string") {
      code = normalisedOf.get(value);
      if (code === undefined) normalisedOf.set(value, (code = normalizeCode(value)));
    } else {
      code = normalizeCode(value);
    }
    normalised[i] = code;
    if (lookup.size === 0) continue;
    let verdict = verdicts.get(code);
    if (verdict === undefined) {
      verdict = lookup.has(code) ? KNOWN : { known: false, suggestion: suggestCode(code, lookup) };
      verdicts.set(code, verdict);
    }
    if (verdict.known || !sink.take("code/unknown")) continue;
    const row = ctx.table.headerRow + 1 + i;
    const message = MESSAGES.codeUnknown(row, headerOf(ctx, column), shown(value), verdict.suggestion);
    sink.push(cellIssue(ctx, "code/unknown", i, column, message));
  }
  ctx.parsed.codes.set(field.key, normalised);
}

/** code/unknown: a value not in the column's code list, with a "did you mean" suggestion. */
import { normalizeCode } from "../../cells";
import { codeLookupWithSynonyms } from "../codeLists";
import { Check, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";
import { suggestCode } from "./suggest";

// Verdict per distinct value: known, or unknown with its suggestion (computed once, not per cell).
type Verdict = { known: true } | { known: false; suggestion: string | null };
const KNOWN: Verdict = { known: true };

/**
 * Every code and text column: leaves the normalised code of each row ("" when blank) for keys and
 * conditions, and looks the codes of a code-list column up in its list.
 */
export const codeCheck: Check = {
  name: "codes",
  codes: ["code/unknown"],
  needs: ["rows"],
  gives: ["codes"],
  run(ctx) {
    // Registers repeat a few codes on every row: normalise each distinct text once.
    const normalisedOf = new Map<string, string>();
    for (const [field, column] of mappedColumns(ctx, "code", "text")) {
      const lookup = codeLookupWithSynonyms(field.codeList, ctx.codeLists);
      const verdicts = new Map<string, Verdict>();
      const normalised: string[] = new Array(ctx.rowCount).fill("");
      walkColumn(ctx, field, column, (value, i) => {
        let code: string | undefined;
        if (typeof value === "string") {
          code = normalisedOf.get(value);
          if (code === undefined) normalisedOf.set(value, (code = normalizeCode(value)));
        } else {
          code = normalizeCode(value);
        }
        normalised[i] = code;
        if (lookup.size === 0) return;
        let verdict = verdicts.get(code);
        if (verdict === undefined) {
          verdict = lookup.has(code) ? KNOWN : { known: false, suggestion: suggestCode(code, lookup) };
          verdicts.set(code, verdict);
        }
        if (verdict.known) return;
        const { suggestion } = verdict;
        report(ctx, "code/unknown", i, column, (row, header) => MESSAGES.codeUnknown(row, header, shown(value), suggestion));
      });
      ctx.parsed.codes.set(field.key, normalised);
    }
  },
};

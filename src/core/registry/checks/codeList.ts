/** code/unknown: a value not in the column's code list, with a "did you mean" suggestion. */
import { type CellValue, normalizeCode } from "../../cells";
import { codeLookupWithSynonyms } from "../codeLists";
import { readBackground } from "../countries";
import { Check, mappedColumns, report, shown, walkColumn } from "./context";
import { MESSAGES } from "./messages";
import { suggestCode } from "./suggest";

// Verdict per distinct value: known, or unknown with its suggestion (computed once, not per cell).
type Verdict = { known: true } | { known: false; suggestion: string | null };
const KNOWN: Verdict = { known: true };

function unknown(code: string, lookup: ReadonlyMap<string, string>): Verdict {
  return { known: false, suggestion: suggestCode(code, lookup) };
}

// A country name is as good as a code; only a typo of a code is not (it would read as foreign-born).
function countryVerdict(value: CellValue, lookup: ReadonlyMap<string, string>): Verdict {
  const reading = readBackground(value, lookup);
  return reading.kind === "nearMiss" ? { known: false, suggestion: reading.suggestion } : KNOWN;
}

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
          verdict = lookup.has(code)
            ? KNOWN
            : field.orCountry
              ? countryVerdict(value, lookup)
              : unknown(code, lookup);
          verdicts.set(code, verdict);
        }
        if (verdict.known) return;
        const { suggestion } = verdict;
        report(ctx, "code/unknown", i, column, (row, header) =>
          MESSAGES.codeUnknown(row, header, shown(value), suggestion)
        );
      });
      ctx.parsed.codes.set(field.key, normalised);
    }
  },
};

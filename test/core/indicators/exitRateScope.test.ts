/**
 * EXITRATE writes its scope test out in the loop (with a shortcut for serial-number dates)
 * instead of calling rowFilter. These properties check that the two agree on every row of mixed
 * columns: the same count and total, or the same error (kind, message key and its row and value).
 */
import fc from "fast-check";
import { CellValue, codeSet, isBlankOrZero, normalizeCode } from "../../../src/core/cells";
import { AmfError } from "../../../src/core/errors";
import { cellAt, Column, columnsLength } from "../../../src/core/indicators/columns";
import { exitRate, ExitRateInput } from "../../../src/core/indicators/exitRate";
import { RateResult } from "../../../src/core/indicators/rate";
import { rowFilter } from "../../../src/core/indicators/scope";
import { DEFAULT_EXIT_REASONS, DEFAULT_POSITIVE_EXIT_REASONS } from "../../../src/core/settings";

const NAMES = {
  reasons: "exit_reasons",
  genders: "genders",
  gender: "gender",
  dates: "exit_dates",
  periodEnd: "period_end",
  months: "months",
};

/** The loop as it was before it was written out: rowFilter's closure per row. */
function throughRowFilter(input: ExitRateInput): RateResult {
  const length = columnsLength([
    [NAMES.reasons, input.reasons],
    [NAMES.genders, input.genders],
    [NAMES.dates, input.exitDates],
  ]);
  const inScope = rowFilter(input, input.exitDates, NAMES);
  const positives = codeSet([...input.positiveReasons]);
  let count = 0;
  let total = 0;
  for (let r = 0; r < length; r++) {
    const reason = cellAt(input.reasons, r);
    if (isBlankOrZero(reason)) continue;
    if (inScope !== null && !inScope(r)) continue;
    total++;
    if (positives.has(normalizeCode(reason))) count++;
  }
  return { count, total };
}

function outcome(f: () => RateResult): unknown {
  try {
    return f();
  } catch (e) {
    if (!(e instanceof AmfError)) throw e;
    return { kind: e.kind, key: e.key, params: e.params };
  }
}

// Dates around a window ending 2026-08-31 (serial 46265): whole and fractional serials at both
// edges, YYYYMMDD numbers, text dates, and cells that are no date at all.
const dateCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 45860, max: 46300 }),
  fc.constantFrom(
    45900,
    45900.5,
    45899.99,
    46265,
    46265.75,
    46266,
    20260115,
    20250101,
    0.5,
    -3,
    Number.NaN
  ),
  fc.constantFrom(
    "2026-01-15",
    "20260831",
    "2025-08-31",
    " 2026-03-01 ",
    "2026-02-30",
    "igår",
    "",
    null
  )
);
const genderCell: fc.Arbitrary<CellValue> = fc.constantFrom(
  "K",
  "M",
  "Kvinna",
  "man",
  "2",
  "",
  null,
  "X",
  0
);
const reasonCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...DEFAULT_EXIT_REASONS),
  fc.constantFrom(" studier ", "", null, 0, "Arbte")
);

const rows = fc.array(fc.tuple(reasonCell, genderCell, dateCell), { minLength: 1, maxLength: 40 });

test("the written-out loop and rowFilter's closure give the same result or the same error", () => {
  fc.assert(
    fc.property(
      rows,
      fc.constantFrom<"K" | "M" | null>("K", "M", null),
      fc.constantFrom<number | null>(46265, 46265.5, 45900, null),
      fc.constantFrom(1, 12, 24),
      fc.boolean(),
      (data, gender, periodEnd, months, asRange) => {
        // Columns as flat lists or as a range argument's rows of one cell.
        const column = (i: number): Column =>
          asRange ? data.map((row) => [row[i]]) : data.map((row) => row[i]);
        const input: ExitRateInput = {
          reasons: column(0),
          genders: column(1),
          exitDates: column(2),
          gender,
          periodEnd,
          months,
          positiveReasons: DEFAULT_POSITIVE_EXIT_REASONS,
        };
        expect(outcome(() => exitRate(input))).toEqual(outcome(() => throughRowFilter(input)));
      }
    ),
    { numRuns: 2000, seed: 20260901 }
  );
});

test("a YYYYMMDD number is read as that day, not as a serial", () => {
  // 20260115 as a date cell is 2026-01-15 (serial 46037), inside the window ending 2026-08-31 like
  // the serial 46265 of the second row; as a serial it would lie in the year 57,000.
  const input: ExitRateInput = {
    reasons: ["Arbete", "Arbete"],
    exitDates: [20260115, 46265],
    periodEnd: 46265,
    months: 12,
    positiveReasons: DEFAULT_POSITIVE_EXIT_REASONS,
  };
  expect(outcome(() => exitRate(input))).toEqual(outcome(() => throughRowFilter(input)));
  expect(exitRate(input)).toEqual({ count: 2, total: 2 });
});

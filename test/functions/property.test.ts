import fc from "fast-check";
import { installRuntimeStub, StubError } from "./stub";
import { exitRate, genderGap, selfSufficiency6m, share } from "../../src/functions/functions";

installRuntimeStub()(undefined);

// Any mix of what a cell can hold: codes, genders, dates as text and serials, blanks, booleans, junk.
const cell = fc.oneof(
  fc.constantFrom(
    "Arbete",
    " studier ",
    "Flyttat",
    "K",
    "M",
    "kvinna",
    "2",
    "1",
    "",
    "  ",
    "2026-01-15",
    "202601",
    "2026-13-01",
    "19850101-1234"
  ),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 3000000 }),
  fc.double({ noNaN: false }),
  fc.string({ maxLength: 12 })
);
const column = (n: number) =>
  fc.array(
    fc.tuple(cell).map(([v]) => [v]),
    { minLength: n, maxLength: n }
  );
const columns = fc
  .integer({ min: 0, max: 25 })
  .chain((n) => fc.tuple(column(n), column(n), column(n), column(n)));
const scalar = fc.oneof(cell, fc.constant(undefined));

/** The result cell of a rate function: a share in [0, 1] or an error value, never anything else. */
function isRateOrError(result: unknown): boolean {
  if (!Array.isArray(result) || result.length !== 1 || result[0].length !== 1) return false;
  const v = result[0][0];
  return v instanceof StubError || (typeof v === "number" && v >= 0 && v <= 1);
}

describe("rate functions never throw and return a share or an error", () => {
  test("EXITRATE", () => {
    fc.assert(
      fc.property(columns, scalar, scalar, scalar, (c, gender, periodEnd, months) =>
        isRateOrError(
          exitRate(c[0] as never, c[1] as never, gender, c[2] as never, periodEnd, months)
        )
      ),
      { numRuns: 300 }
    );
  });

  test("SELFSUFF6M", () => {
    fc.assert(
      fc.property(columns, scalar, scalar, (c, gender, periodEnd) =>
        isRateOrError(
          selfSufficiency6m(
            c[0] as never,
            c[1] as never,
            c[2] as never,
            c[3] as never,
            c[0] as never,
            gender,
            periodEnd
          )
        )
      ),
      { numRuns: 300 }
    );
  });

  test("SHARE", () => {
    fc.assert(
      fc.property(columns, scalar, (c, gender) =>
        isRateOrError(share(c[0] as never, c[1] as never, c[2] as never, gender))
      ),
      { numRuns: 300 }
    );
  });

  test("GENDERGAP p-value", () => {
    fc.assert(
      fc.property(columns, (c) =>
        isRateOrError(genderGap(c[0] as never, c[1] as never, c[2] as never, "p"))
      ),
      { numRuns: 300 }
    );
  });

  test("GENDERGAP gap is within ±100 percentage points or an error", () => {
    fc.assert(
      fc.property(columns, (c) => {
        const v = (genderGap(c[0] as never, c[1] as never, c[2] as never) as unknown[][])[0][0];
        return v instanceof StubError || (typeof v === "number" && v >= -100 && v <= 100);
      }),
      { numRuns: 300 }
    );
  });
});

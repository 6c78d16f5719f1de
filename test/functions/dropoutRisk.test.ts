/** AMF.DROPOUTRISK as Excel calls it: ranges as rows of one cell, errors as error values with messages. */
import { col, installRuntimeStub, StubError, wholeColumn } from "./stub";
import { dropoutRisk } from "../../src/functions/functions";
import { serialOf } from "../../src/core/cells";

installRuntimeStub()(undefined);

// Four courses started 2025-01-01: a dropout on day 10, a completion on day 10, a dropout on day 40, one running.
const starts = col(
  serialOf(2025, 1, 1),
  serialOf(2025, 1, 1),
  serialOf(2025, 1, 1),
  serialOf(2025, 1, 1)
);
const ends = col("2025-01-11", "2025-01-11", "2025-02-10", "");
const statuses = col("Avbruten", "Slutförd", "Avbruten", "Pågående");
const genders = col("K", "M", "K", "M");
const AS_OF = serialOf(2025, 12, 31);

describe("DROPOUTRISK", () => {
  test("works: the Aalen–Johansen incidence at 10 and 40 days", () => {
    // R: time <- c(10, 10, 40, 364); status <- c(1, 2, 1, 0); survfit(Surv(time, factor(status, 0:2), type = "mstate") ~ 1)
    // pstate[, 2] at 10 = 1/4; at 40 = 1/4 + (2/4)·(1/2) = 1/2
    expect(dropoutRisk(starts, ends, statuses, 10, null as never, null, AS_OF)).toBeCloseTo(
      0.25,
      12
    );
    expect(dropoutRisk(starts, ends, statuses, 40, null as never, null, AS_OF)).toBeCloseTo(
      0.5,
      12
    );
    // 1 − KM with the completion censored would give 1 − (3/4)(1/2) = 0.625: the overstatement.
  });

  test("arguments: the gender filter, days as text, as_of as ISO text, whole columns", () => {
    // Women: dropouts on day 10 and 40 of two courses → 1.
    expect(dropoutRisk(starts, ends, statuses, "40", genders, "K", "2025-12-31")).toBe(1);
    expect(
      dropoutRisk(
        wholeColumn([serialOf(2025, 1, 1), serialOf(2025, 1, 1)]),
        wholeColumn(["2025-01-11", ""]),
        wholeColumn(["Avbruten", "Pågående"]),
        10,
        null as never,
        null,
        AS_OF
      )
    ).toBeCloseTo(0.5, 12);
  });

  test("errors: a bad status names its row, no courses is #DIV/0!, negative days #NUM!", () => {
    const bad = dropoutRisk(
      starts,
      ends,
      col("Avbruten", "Klar", "Avbruten", "Pågående"),
      10,
      null as never,
      null,
      AS_OF
    ) as StubError;
    expect(bad.code).toBe("#VALUE!");
    expect(bad.message).toBe(
      'Row 2 of statuses: "Klar" is not a status (Slutförd, Avbruten or Pågående).'
    );
    expect((dropoutRisk(col(""), col(""), col(""), 10) as StubError).code).toBe("#DIV/0!");
    expect((dropoutRisk(starts, ends, statuses, -1) as StubError).code).toBe("#NUM!");
  });
});

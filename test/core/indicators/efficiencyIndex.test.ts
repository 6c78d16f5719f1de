import { efficiencyIndex } from "../../../src/core/indicators/efficiencyIndex";
import { AmfError } from "../../../src/core/errors";

describe("efficiencyIndex", () => {
  // Pool: 100 outcomes for 4,000,000 kr = 2.5e-5 per krona.
  const outcomes = [30, 20, "50"];
  const costs = [1000000, 500000, "2 500 000"];

  test("without a reference, one index per row against the pooled rows", () => {
    const result = efficiencyIndex({ outcomes, costs });
    expect(result.map((v) => (typeof v === "number" ? Number(v.toFixed(9)) : v))).toEqual([
      120, 160, 80,
    ]);
  });

  test("with a reference (summed), the index per row against it", () => {
    // Reference: 100 for 5,000,000 kr = 2e-5 per krona.
    const result = efficiencyIndex({
      outcomes,
      costs,
      referenceOutcomes: [60, 40],
      referenceCosts: [5000000],
    });
    expect(result.map((v) => Number((v as number).toFixed(9)))).toEqual([150, 200, 100]);
  });

  test("a bad row gets its own error and stays out of the pool; blank rows stay blank", () => {
    const result = efficiencyIndex({
      outcomes: [30, 10, "", 20, 5, 50],
      costs: [1000000, 0, "", 500000, "", 2500000],
    });
    expect(Number((result[0] as number).toFixed(9))).toBe(120);
    expect([(result[1] as AmfError).kind, (result[1] as AmfError).key]).toEqual([
      "num",
      "costNotPositive",
    ]);
    expect(result[2]).toBeNull();
    expect(Number((result[3] as number).toFixed(9))).toBe(160);
    expect([(result[4] as AmfError).kind, (result[4] as AmfError).params.row]).toEqual([
      "value",
      5,
    ]);
    expect(Number((result[5] as number).toFixed(9))).toBe(80);
  });

  test("a reference without outcomes is #DIV/0!; half a reference is #VALUE!", () => {
    expect(() =>
      efficiencyIndex({ outcomes, costs, referenceOutcomes: [0], referenceCosts: [1] })
    ).toThrow(expect.objectContaining({ kind: "div0" }));
    expect(() => efficiencyIndex({ outcomes, costs, referenceOutcomes: [10] })).toThrow(
      expect.objectContaining({ kind: "value", key: "filterNeedsColumn" })
    );
  });

  test("no usable row at all is #DIV/0!", () => {
    expect(() => efficiencyIndex({ outcomes: ["", null], costs: ["", null] })).toThrow(
      expect.objectContaining({ kind: "div0" })
    );
  });
});

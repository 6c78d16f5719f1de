import { share } from "../../../src/core/indicators/share";
import { AmfError } from "../../../src/core/errors";

describe("share", () => {
  const values = ["Godkänd", "IG", " godkänd ", "", null, 0, 1];
  const genders = ["K", "M", "M", "K", "K", "Kvinnor", "Män"];

  test("counts positive values among the non-blank rows; 0 is a value, not a blank", () => {
    expect(share({ values, positiveValues: ["Godkänd", 1] })).toEqual({ count: 3, total: 5 });
  });

  test("matches numbers and text of numbers alike", () => {
    expect(share({ values: [1, "1", 2, " 1 "], positiveValues: ["1"] })).toEqual({
      count: 3,
      total: 4,
    });
  });

  test("filters by gender", () => {
    // Women: "Godkänd", 0 → 1 of 2. Men: "IG", " godkänd ", 1 → 2 of 3.
    expect(share({ values, positiveValues: ["Godkänd", 1], genders, gender: "K" })).toEqual({
      count: 1,
      total: 2,
    });
    expect(share({ values, positiveValues: ["Godkänd", 1], genders, gender: "M" })).toEqual({
      count: 2,
      total: 3,
    });
  });

  test("ignores the blank tail of a whole-column range", () => {
    const column = [...values, ...new Array(1048576 - values.length).fill("")];
    expect(share({ values: column, positiveValues: ["godkänd"] })).toEqual({ count: 2, total: 5 });
  });

  test("trailing zeros are values, not a blank tail (issue #10)", () => {
    expect(share({ values: [1, 0, 1, 0], positiveValues: [1] })).toEqual({ count: 2, total: 4 });
    expect(share({ values: [[1], [0], [0]], positiveValues: [1] })).toEqual({ count: 1, total: 3 });
    // A 0 in the gender column's tail is still blank there (a code column): the values decide the length.
    expect(
      share({ values: [1, 0, 0], positiveValues: [1], genders: ["K", "K", 0], gender: "K" })
    ).toEqual({ count: 1, total: 2 });
  });

  test("refuses a gender column of another length", () => {
    expect(() => share({ values, positiveValues: ["x"], genders: ["K"] })).toThrow(AmfError);
  });
});

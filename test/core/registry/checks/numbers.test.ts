import { numberCheck } from "../../../../src/core/registry/checks/numbers";
import { check, person, sheet, triplesOf } from "../fixtures";

const { codes } = numberCheck;

describe("number checks", () => {
  it("accepts numbers and Swedish numeric text; reports text, negatives, and zero staff cost", () => {
    const report = check(
      sheet(
        ["Enhet", "Period", "Personalkostnad"],
        [
          ["A", "2026T1", 1250000],
          ["B", "2026T1", "1 250 000,50"],
          ["C", "2026T1", "många"],
          ["D", "2026T1", -5],
          ["E", "2026T1", 0],
        ]
      )
    );
    expect(triplesOf(report, codes)).toEqual([
      [4, "Personalkostnad", "number/invalid"],
      [5, "Personalkostnad", "number/negative"],
      [6, "Personalkostnad", "number/negative"],
    ]);
    expect(report.issues.map((i) => i.message.en)).toEqual([
      'Row 4, column "Personalkostnad": "många" is not a number.',
      'Row 5, column "Personalkostnad": "-5" must be greater than 0.',
      'Row 6, column "Personalkostnad": "0" must be greater than 0.',
    ]);
  });

  it("lets an income-support amount be 0 but not negative", () => {
    const report = check(
      sheet(
        ["Personnummer", "Månad", "Belopp"],
        [
          [person().long, "2026-01", 0],
          [person().long, "2026-01", "-100"],
        ]
      )
    );
    expect(triplesOf(report, codes)).toEqual([[3, "Belopp", "number/negative"]]);
    expect(report.issues[0].message.sv).toBe(
      'Rad 3, kolumn "Belopp": "-100" får inte vara negativt.'
    );
  });
});

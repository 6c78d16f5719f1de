import { genderCheck } from "../../../../src/core/registry/checks/gender";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, triplesOf } from "../fixtures";

const { codes } = genderCheck;

describe("gender checks", () => {
  const woman = person({ gender: "K" });
  const man = person({ gender: "M" });

  it("accepts every gender code of SPEC §3 that agrees with the personnummer", () => {
    const rows = ["K", "kvinna", "Kvinnor", "F", "w", "Female", "2"].map((g) =>
      avslutRow(person({ gender: "K" }), { Kön: g })
    );
    rows.push(
      ...["M", "man", "Män", "male", 1].map((g) => avslutRow(person({ gender: "M" }), { Kön: g }))
    );
    expect(triplesOf(check(sheet(AVSLUT_HEADERS, rows)), codes)).toEqual([]);
  });

  it("reports a non-code as an error and a disagreement with the gender digit as info; blank is allowed", () => {
    const rows = [
      avslutRow(woman, { Kön: "X" }),
      avslutRow(man, { Kön: "Kvinna" }),
      avslutRow(person(), { Kön: "" }),
    ];
    const report = check(sheet(AVSLUT_HEADERS, rows));
    expect(triplesOf(report, [...codes, "cell/required"])).toEqual([
      [2, "Kön", "gender/invalid"],
      [3, "Kön", "gender/mismatch"],
    ]);
    expect(report.issues.map((i) => i.severity)).toEqual(["error", "info"]);
    expect(report.issues[1].message.en).toBe(
      `Row 3, column "Kön": "Kvinna" differs from the personnummer's gender digit (M).`
    );
  });
});

import { pnrCheck } from "../../../../src/core/registry/checks/pnr";
import { luhnDigit } from "../../../helpers/synthetic";
import { check, person, sheet, triplesOf, wrongCheckDigit } from "../fixtures";

const { codes } = pnrCheck;

// Right shape and check digit, but 30 February does not exist.
const FEBRUARY_30 = `19850230-123${luhnDigit("850230123")}`;

describe("pnr checks", () => {
  const woman = person({ gender: "K", year: 1985 });
  const man = person({ gender: "M", year: 1979 });
  const coordination = person({ coordination: true, year: 1990 });

  it("accepts every spelling of a valid personnummer", () => {
    const rows = [
      woman.long,
      woman.short,
      woman.digits12,
      woman.digits10,
      Number(man.digits12),
    ].map((id, i) => [id, `2026-0${i + 1}`]);
    expect(
      triplesOf(check(sheet(["Personnummer", "Månad"], rows)), [...codes, "cell/required"])
    ).toEqual([]);
  });

  it("reports format, check digit, impossible date, blank and samordningsnummer", () => {
    const rows = [
      ["abc", "2026-01"],
      [wrongCheckDigit(woman), "2026-02"],
      [FEBRUARY_30, "2026-03"],
      ["", "2026-04"],
      [coordination.long, "2026-05"],
    ];
    const report = check(sheet(["Pnr", "Månad"], rows, { headerRow: 3 }));
    expect(triplesOf(report, [...codes, "cell/required"])).toEqual([
      [4, "Pnr", "pnr/format"],
      [5, "Pnr", "pnr/checksum"],
      [6, "Pnr", "pnr/date"],
      [7, "Pnr", "cell/required"],
      [8, "Pnr", "pnr/coordination"],
    ]);
    expect(report.issues.map((i) => i.severity)).toEqual([
      "error",
      "error",
      "error",
      "error",
      "info",
    ]);
    expect(report.issues[1].address).toBe("A5");
  });

  it("masks the personnummer in its messages", () => {
    const report = check(
      sheet(
        ["Pnr", "Månad"],
        [
          [wrongCheckDigit(woman), "2026-01"],
          [coordination.long, "2026-01"],
        ]
      )
    );
    const [bad, coord] = report.issues;
    expect(bad.message.sv).toBe(
      `Rad 2, kolumn "Pnr": "${woman.long.slice(0, 9)}****" har fel kontrollsiffra.`
    );
    expect(coord.message.en).toBe(
      `Row 3, column "Pnr": "${coordination.long.slice(0, 9)}****" is a coordination number (samordningsnummer).`
    );
  });
});

describe("pnr messages", () => {
  it("masks a near-miss personnummer down to its birth date", () => {
    const report = check(
      sheet(
        ["Personnummer", "Månad"],
        [
          ["19710717-491", "2026-01"],
          ["7107174-91", "2026-02"],
        ]
      )
    );
    const messages = report.issues
      .filter((i) => i.code === "pnr/format")
      .flatMap((i) => [i.message.sv, i.message.en]);
    expect(messages).toHaveLength(4);
    expect(messages[0]).toContain('"19710717-***"');
    expect(messages[2]).toContain('"710717*-**"');
    for (const message of messages) expect(message).not.toMatch(/491|4-91/);
  });
});

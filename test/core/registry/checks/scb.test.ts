/** The SCB extract type (issue #16): detection, synonyms, SCB's hidden marks and the totals warning. */
import { equalTotalsCheck } from "../../../../src/core/registry/checks/equalTotals";
import { detectType, isHiddenMark, SCHEMAS } from "../../../../src/core/registry/schemas";
import { check, sheet, triples, triplesOf } from "../fixtures";

const HEADERS = [
  "Grupp",
  "Kön",
  "Åldersgrupp",
  "Tidpunkt",
  "Inkomstkälla",
  "Antal",
  "Inskrivningsår",
];

/** One group's cells at one time point: the seven sources with the given counts. */
function timePoint(
  group: string,
  gender: string,
  age: string,
  time: string | number,
  counts: Array<number | string>
) {
  const sources = SCHEMAS.scb.fields.find((f) => f.key === "incomeSource")!;
  expect(sources.codeList).toBe("incomeSources");
  const names = [
    "Arbetslös",
    "Arbetsmarknadspolitisk åtgärd",
    "Ekonomiskt bistånd",
    "Förvärvsarbete",
    "Studerande",
    "Vård av barn/anhörig",
    "Övrigt",
  ];
  return names.map((source, i) => [group, gender, age, time, source, counts[i], 2022]);
}

describe("SCB extract (ScbInkomstkalla)", () => {
  it("is recognised by its headers, also as SCB words them", () => {
    expect(detectType(HEADERS)).toBe("scb");
    expect(
      detectType(["Population", "Kön", "Mättidpunkt", "Huvudsaklig inkomstkälla", "Antal personer"])
    ).toBe("scb");
    // An exit register is not mistaken for it (both have Kön).
    expect(
      detectType([
        "Personnummer",
        "Kön",
        "Enhet",
        "Inskrivningsdatum",
        "Avslutsdatum",
        "Avslutsorsak",
      ])
    ).toBe("avslut");
  });

  it("accepts SCB's synonyms for time points, income sources and genders without a warning", () => {
    const rows = [
      ["Stockholmsjobb", "K", "16–24 år", "1 år före", "Förvärvsarbetande", 10, 2022],
      ["Stockholmsjobb", "Kvinnor", "16–24 år", "+1", "Försörjningsstöd", 10, 2022],
      ["Stockholmsjobb", "Totalt", "16–24 år", -1, "Studier", 10, 2022],
      ["Stockholmsjobb", "Män", "16–24 år", "2 år efter", "Vård av barn", 10, 2022],
    ];
    expect(triples(check(sheet(HEADERS, rows), { type: "scb" }))).toEqual([]);
  });

  it("flags an unknown income source or time point as a code warning with a suggestion", () => {
    const rows = [
      ["Stockholmsjobb", "Män", "", "3 år efter", "Förvärvsarbete", 10, 2022],
      ["Stockholmsjobb", "Män", "", 2, "Förvärsarbete", 10, 2022],
    ];
    const report = check(sheet(HEADERS, rows), { type: "scb" });
    expect(triplesOf(report, ["code/unknown"])).toEqual([
      [2, "Tidpunkt", "code/unknown"],
      [3, "Inkomstkälla", "code/unknown"],
    ]);
    expect(report.issues[1].message.sv).toBe(
      'Rad 3, kolumn "Inkomstkälla": "Förvärsarbete" finns inte i kodlistan. Menade du "Förvärvsarbete"?'
    );
  });

  it("reads SCB's suppression marks as hidden, not as an invalid number, but still flags other text", () => {
    const antal = SCHEMAS.scb.fields.find((f) => f.key === "count")!;
    for (const mark of ["..", " .. ", "–", "-", "x", "."])
      expect(isHiddenMark(antal, mark)).toBe(true);
    for (const other of ["0", 0, "", "fem", "..."]) expect(isHiddenMark(antal, other)).toBe(false);
    const rows = [
      ["Stockholmsjobb", "Män", "", -1, "Förvärvsarbete", "..", 2022],
      ["Stockholmsjobb", "Män", "", -1, "Studerande", "–", 2022],
      ["Stockholmsjobb", "Män", "", -1, "Övrigt", "fem", 2022],
      ["Stockholmsjobb", "Män", "", -1, "Arbetslös", -2, 2022],
    ];
    expect(
      triplesOf(check(sheet(HEADERS, rows), { type: "scb" }), ["number/invalid", "number/negative"])
    ).toEqual([
      [4, "Antal", "number/invalid"],
      [5, "Antal", "number/negative"],
    ]);
    // The same marks in another register's number column are not numbers.
    const cost = check(sheet(["Enhet", "Period", "Personalkostnad"], [["A", "2026T1", ".."]]));
    expect(triplesOf(cost, ["number/invalid"])).toEqual([[2, "Personalkostnad", "number/invalid"]]);
  });

  it("warns when a group's counts do not add up to the same total at each time point", () => {
    const rows = [
      ...timePoint("Stockholmsjobb", "Kvinnor", "16–24 år", -1, [10, 5, 30, 40, 5, 5, 5]), // 100
      ...timePoint("Stockholmsjobb", "Kvinnor", "16–24 år", 1, [10, 5, 20, 50, 5, 5, 5]), // 100
      ...timePoint("Stockholmsjobb", "Kvinnor", "16–24 år", 2, [10, 5, 20, 50, 5, 5, 3]), // 98
      ...timePoint("Stockholmsjobb", "Män", "16–24 år", -1, [10, 5, 30, 40, 5, 5, 5]),
      ...timePoint("Stockholmsjobb", "Män", "16–24 år", 2, [10, 5, 30, 40, 5, 5, 5]),
    ];
    const report = check(sheet(HEADERS, rows), { type: "scb" });
    // Rows 2–8 at −1, 9–15 at 1, 16–22 at 2: the women's +2 total is the one reported, at its first row.
    expect(triplesOf(report, equalTotalsCheck.codes)).toEqual([[16, "Antal", "total/mismatch"]]);
    expect(report.issues.find((i) => i.code === "total/mismatch")!.message.sv).toBe(
      'Rad 16, kolumn "Antal": Stockholmsjobb, Kvinnor, 16–24 år, 2022: summan är 98 vid tidpunkt 2 men 100 vid -1; samma personer bör räknas vid varje tidpunkt (saknas celler, eller blandas årgångar?).'
    );
    expect(report.counts.warning).toBe(1);
  });

  it("compares no total that holds a hidden cell, and groups K with Kvinnor", () => {
    const rows = [
      ...timePoint("Övriga inskrivna", "K", "", "1 år före", [10, 5, 30, 40, 5, 5, 5]),
      ...timePoint("Övriga inskrivna", "Kvinnor", "", 1, [10, 5, 30, 40, 5, 5, 5]),
      ...timePoint("Övriga inskrivna", "Kvinnor", "", 2, [10, 5, 30, 40, 5, "..", 2]),
    ];
    expect(triplesOf(check(sheet(HEADERS, rows), { type: "scb" }), equalTotalsCheck.codes)).toEqual(
      []
    );
    rows[7][5] = 11; // the +1 total is now 101
    expect(triplesOf(check(sheet(HEADERS, rows), { type: "scb" }), equalTotalsCheck.codes)).toEqual(
      [[9, "Antal", "total/mismatch"]]
    );
  });
});

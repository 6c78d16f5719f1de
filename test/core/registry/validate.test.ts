import { CHECK_LIST, WALKER_CODES } from "../../../src/core/registry/checks";
import { ALL_CHECK_CODES, summarizeByCode } from "../../../src/core/registry/validate";
import { luhnDigit } from "../../helpers/synthetic";
import {
  AVSLUT_HEADERS,
  avslutRow,
  check,
  person,
  sheet,
  triples,
  wrongCheckDigit,
} from "./fixtures";

describe("validateTable", () => {
  it("has one check declaring each code of SPEC §5, and no code twice", () => {
    const declared = [...CHECK_LIST.flatMap((check) => check.codes), ...WALKER_CODES];
    expect([...declared].sort()).toEqual([...ALL_CHECK_CODES].sort());
    expect(ALL_CHECK_CODES).toHaveLength(25);
  });

  it("sorts issues by row, then column, with column issues on the header row first", () => {
    const p = person({ gender: "M" });
    const rows = [
      avslutRow(p, { Avslutsorsak: "Arbte", Kön: "K", Enhet: "" }),
      avslutRow(person(), { Personnummer: "x" }),
    ];
    const report = check(
      sheet(
        [...AVSLUT_HEADERS, "Namn"],
        rows.map((r) => [...r, "N"])
      )
    );
    expect(triples(report)).toEqual([
      [1, "Namn", "column/identifying"],
      [2, "Kön", "gender/mismatch"],
      [2, "Enhet", "cell/required"],
      [2, "Avslutsorsak", "code/unknown"],
      [3, "Personnummer", "pnr/format"],
    ]);
    expect(report.counts).toEqual({ error: 2, warning: 2, info: 1 });
    expect(report.countsByCode).toEqual({
      "column/identifying": 1,
      "cell/required": 1,
      "pnr/format": 1,
      "code/unknown": 1,
      "gender/mismatch": 1,
    });
    expect(report).toMatchObject({ sheet: "Blad1", type: "avslut", rows: 2 });
  });

  it("counts exactly and lists at most capPerCode issues of each code", () => {
    const rows = Array.from({ length: 2500 }, () =>
      avslutRow(person(), { Avslutsorsak: "Okänt", Enhet: "" })
    );
    const capped = check(sheet(AVSLUT_HEADERS, rows));
    expect(capped.countsByCode).toEqual({ "cell/required": 2500, "code/unknown": 2500 });
    expect(capped.counts).toEqual({ error: 2500, warning: 2500, info: 0 });
    expect(capped.issues).toHaveLength(2000);
    expect(
      capped.issues
        .filter((i) => i.code === "code/unknown")
        .map((i) => i.row)
        .slice(-1)
    ).toEqual([1001]);
    const small = check(sheet(AVSLUT_HEADERS, rows), { capPerCode: 3 });
    expect(triples(small)).toEqual([
      [2, "Enhet", "cell/required"],
      [2, "Avslutsorsak", "code/unknown"],
      [3, "Enhet", "cell/required"],
      [3, "Avslutsorsak", "code/unknown"],
      [4, "Enhet", "cell/required"],
      [4, "Avslutsorsak", "code/unknown"],
    ]);
    expect(small.counts.error).toBe(2500);
  });

  it("lets an explicit type win over detection, and uses manual column mappings", () => {
    const p = person();
    const asSupport = check(sheet(["Personnummer", "Månad"], [[p.long, "2026-01"]]), {
      type: "avslut",
    });
    expect(asSupport.type).toBe("avslut");
    expect(triples(asSupport).map(([, column, code]) => [column, code])).toEqual([
      ["Enhet", "column/missing"],
      ["Inskrivningsdatum", "column/missing"],
      ["Avslutsdatum", "column/missing"],
      ["Avslutsorsak", "column/missing"],
    ]);
    const mapped = check(sheet(["ID", "Utbetald"], [[p.long, "2026-13"]]), {
      type: "forsorjningsstod",
      mapping: { personalNumber: 0, month: 1 },
    });
    expect(triples(mapped)).toEqual([[2, "Utbetald", "date/invalid"]]);
    expect(mapped.mapping).toEqual({ personalNumber: 0, month: 1 });
  });

  it("covers every code of SPEC §5 on a small sheet of defects", () => {
    const man = person({ gender: "M" });
    const headers = [...AVSLUT_HEADERS, "Diagnos", "Telefon", "Enhet"];
    const rows = [
      avslutRow(man, { Kön: "Kvinna" }), // gender/mismatch
      avslutRow(person(), { Personnummer: "123" }), // pnr/format
      avslutRow(person(), { Personnummer: wrongCheckDigit(person()) }), // pnr/checksum
      avslutRow(person(), { Personnummer: `19850230-123${luhnDigit("850230123")}` }), // pnr/date
      avslutRow(person({ coordination: true })), // pnr/coordination
      avslutRow(person(), { Inskrivningsdatum: "igår" }), // date/invalid
      avslutRow(person(), { Avslutsdatum: "2027-01-01" }), // date/future
      avslutRow(person(), { Inskrivningsdatum: "2026-02-01" }), // date/order
      avslutRow(person(), { Avslutsorsak: "Arbte" }), // code/unknown
      avslutRow(person(), { Kön: "Q" }), // gender/invalid
      avslutRow(person(), { Enhet: "" }), // cell/required
      avslutRow(person(), { Enhet: person().long }), // pnr/misplaced
      avslutRow(man), // same person and exit date as the first row, other gender: key/duplicate
      avslutRow(man, { Kön: "Kvinna" }), // row/duplicate of the first
    ].map((r) => [...r, "", "", "x"]);
    const avslut = check(sheet(headers, rows));
    const support = check(
      sheet(
        ["Personnummer", "Månad", "Belopp"],
        [
          [man.long, "2026-01", "fem"],
          [man.long, "2026-02", -1],
        ]
      )
    );
    const vux = check(
      sheet(
        ["Personnummer", "Skola", "Utbildningstyp", "Startdatum", "Status"],
        [[man.long, "S", "Yrkesutbildning", "2025-01-01", "Avbruten"]]
      )
    );
    const empty = check(sheet(["Enhet", "Period"], []));
    const formulas = check({
      ...sheet(["Personnummer", "Månad"], [[man.long, null]]),
      uncalculated: [[0, 1]],
    });
    const answers = check(sheet(["Enhet", "Kön", "Fråga", "Svar"], [["E", "K", "Bemötande", 6]])); // answer/scale
    const scbHeaders = ["Grupp", "Kön", "Tidpunkt", "Inkomstkälla", "Antal"];
    const scb = check(
      sheet(scbHeaders, [
        ["Stockholmsjobb", "Män", -1, "Förvärvsarbete", 5],
        ["Stockholmsjobb", "Män", 2, "Förvärvsarbete", 4],
      ])
    ); // total/mismatch
    const seen = new Set(
      [avslut, support, vux, empty, formulas, answers, scb].flatMap((r) =>
        Object.keys(r.countsByCode)
      )
    );
    expect([...seen].sort()).toEqual([...ALL_CHECK_CODES].sort());
  });
});

describe("summarizeByCode", () => {
  it("groups by code with exact counts, labels and the first rows, errors first", () => {
    const rows = Array.from({ length: 15 }, (_, i) =>
      avslutRow(person(), {
        Avslutsorsak: i % 2 === 0 ? "Okänt" : "Arbete",
        Enhet: i < 2 ? "" : "A",
      })
    );
    const report = check(sheet(AVSLUT_HEADERS, rows), { capPerCode: 5 });
    expect(summarizeByCode(report, 3)).toEqual([
      {
        code: "cell/required",
        severity: "error",
        count: 2,
        label: { sv: "Obligatorisk cell är tom", en: "Required cell is blank" },
        rows: [2, 3],
      },
      {
        code: "code/unknown",
        severity: "warning",
        count: 8,
        label: { sv: "Okänd kod", en: "Unknown code" },
        rows: [2, 4, 6],
      },
    ]);
  });
});

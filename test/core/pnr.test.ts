import fc from "fast-check";
import { serialOf } from "../../src/core/cells";
import { luhnCheckDigit, parsePnr, personKey, PnrResult, pnrText } from "../../src/core/pnr";
import {
  luhnDigit,
  mulberry32,
  SYNTHETIC_REFERENCE,
  syntheticPnr,
  syntheticPnrs,
} from "../helpers/synthetic";

// All numbers below are synthetic: birth dates and birth numbers made up, check digits computed by hand.
// Luhn: digits × 2,1,2,1,2,1,2,1,2; a two-digit product counts as its digit sum; C = (10 − sum mod 10) mod 10.
//   010101-123 → 0+1+0+1+0+1+2+2+6 = 13 → C 7    (man, ninth digit 3)
//   850615-246 → 7(16)+5+0+6+2+5+4+4+3(12) = 36 → C 4    (woman, ninth digit 6)
//   850675-246 → 7(16)+5+0+6+5(14)+5+4+4+3(12) = 39 → C 1    (samordningsnummer of 850615, day 15 + 60)
//   261231-123 → 4+6+2+2+6+1+2+2+6 = 31 → C 9
//   261127-123 → 4+6+2+1+4+7+2+2+6 = 34 → C 6
//   261128-123 → 4+6+2+1+4+8+2+2+6 = 35 → C 5
//   000229-123 → 0+0+0+2+4+9+2+2+6 = 25 → C 5
//   000101-123 → 0+0+0+1+0+1+2+2+6 = 12 → C 8
//   010101-120 → 0+1+0+1+0+1+2+2+0 = 7 → C 3    (woman, ninth digit 0)
//   991231-999 → 9(18)+9+2+2+6+1+9(18)+9+9(18) = 56 → C 4    (man, ninth digit 9)
//   850230-246 → 7+5+0+2+6+0+4+4+3 = 31 → C 9    (February 30)
//   851315-246 → 7+5+2+3+2+5+4+4+3 = 35 → C 5    (month 13)
//   850491-246 → 7+5+0+4+9(18)+1+4+4+3 = 37 → C 3    (samordningsnummer of April 31)
//   780229-987 → 5(14)+8+0+2+4+9+9(18)+8+5(14) = 50 → C 0    (1978 is no leap year)

// Reference date 2026-11-27: 2026-01-01 = 46023 (see cells.test.ts) + Jan–Oct (304 days) + 26 = 46353.
const REF = 46353;

function okPnr(result: PnrResult) {
  if (!result.ok) throw new Error(`expected a valid personnummer, got "${result.reason}"`);
  return result.pnr;
}

describe("luhnCheckDigit", () => {
  it("computes the hand-checked check digits above", () => {
    const cases: Array<[string, number]> = [
      ["010101123", 7],
      ["850615246", 4],
      ["850675246", 1],
      ["261231123", 9],
      ["000101123", 8],
      ["010101120", 3],
      ["991231999", 4],
      ["780229987", 0],
    ];
    expect(cases.map(([nine]) => luhnCheckDigit(nine))).toEqual(cases.map(([, c]) => c));
  });
  it("agrees with the independent implementation in the synthetic helper", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{9}$/), (nine) => luhnCheckDigit(nine) === luhnDigit(nine))
    );
  });
});

describe("parsePnr: spellings", () => {
  const woman1985 = {
    normalized: "19850615-2464",
    birthSerial: 31213, // 1985-01-01 = 36526 − (15 × 365 + 3 leap days) = 31048; + 151 (Jan–May) + 14
    coordination: false,
    gender: "K",
  };
  it("reads 10 digits with and without the hyphen", () => {
    expect(okPnr(parsePnr("850615-2464", REF))).toEqual(woman1985);
    expect(okPnr(parsePnr("8506152464", REF))).toEqual(woman1985);
  });
  it("reads 12 digits with and without the hyphen, and stray spaces", () => {
    expect(okPnr(parsePnr("19850615-2464", REF))).toEqual(woman1985);
    expect(okPnr(parsePnr("198506152464", REF))).toEqual(woman1985);
    expect(okPnr(parsePnr(" 19850615 - 2464 ", REF))).toEqual(woman1985);
    expect(okPnr(parsePnr("850615 2464", REF))).toEqual(woman1985);
  });
  // Bug fixed: an en dash (Word, web pages) or minus sign in place of the hyphen was a "format" error.
  it("reads typographic dashes as the hyphen", () => {
    expect(okPnr(parsePnr("850615\u20132464", REF)).normalized).toBe("19850615-2464"); // en dash
    expect(okPnr(parsePnr("19850615\u22122464", REF)).normalized).toBe("19850615-2464"); // minus sign
  });
  it("reads number cells: 12 digits, 10 digits, and 10 digits that lost their leading zeros", () => {
    expect(okPnr(parsePnr(198506152464, REF))).toEqual(woman1985);
    expect(okPnr(parsePnr(8506152464, REF))).toEqual(woman1985);
    expect(okPnr(parsePnr(101011237, REF)).normalized).toBe("20010101-1237"); // 0101011237
    expect(okPnr(parsePnr(1011238, REF)).normalized).toBe("20000101-1238"); // 0001011238: seven digits left
  });
});

describe("parsePnr: century of a 10-digit number (reference 2026-11-27)", () => {
  it("takes the latest century giving an age below 100", () => {
    const p = okPnr(parsePnr("010101-1237", REF));
    expect([p.normalized, p.birthSerial]).toEqual(["20010101-1237", 36892]); // 2000-01-01 = 36526, + 366
  });
  it("takes the century before with `+` (100 or older)", () => {
    const p = okPnr(parsePnr("010101+1237", REF));
    expect([p.normalized, p.birthSerial]).toEqual(["19010101-1237", 367]); // Excel's 1900 has 366 days
  });
  it("puts a date later in the year than the reference, in the reference's own year, 100 years back", () => {
    expect(okPnr(parsePnr("261231-1239", REF)).normalized).toBe("19261231-1239"); // aged 99
    expect(okPnr(parsePnr("261128-1235", REF)).normalized).toBe("19261128-1235"); // 100 tomorrow
    expect(okPnr(parsePnr("261127-1236", REF)).normalized).toBe("20261127-1236"); // born on the reference day
  });
  it("moves with the reference date", () => {
    expect(okPnr(parsePnr("261231-1239", serialOf(2027, 1, 1))).normalized).toBe("20261231-1239");
    expect(okPnr(parsePnr("261231-1239", serialOf(2026, 12, 31))).normalized).toBe("20261231-1239");
  });
  it("ignores the separator's century rule when the century is written", () => {
    expect(okPnr(parsePnr("20261231-1239", REF)).normalized).toBe("20261231-1239");
    expect(okPnr(parsePnr("19010101+1237", REF)).normalized).toBe("19010101-1237");
  });
  it("checks leap days in the century the rule picks", () => {
    expect(okPnr(parsePnr("000229-1235", REF)).birthSerial).toBe(36585); // 2000-02-29 = 36526 + 31 + 28
    expect(parsePnr("000229+1235", REF)).toEqual({ ok: false, reason: "date" }); // 1900 is no leap year
  });
  // Bug fixed: a birth year before 1900 (12 digits starting 00–18, or `+` on a date over 200 years back)
  // passed, with a normalized form like "10101-1237" and a meaningless serial.
  it("refuses birth years before 1900 as impossible dates", () => {
    expect(parsePnr("000101011237", REF)).toEqual({ ok: false, reason: "date" });
    expect(parsePnr("18010101-1237", REF)).toEqual({ ok: false, reason: "date" });
    expect(parsePnr("261231+1239", REF)).toEqual({ ok: false, reason: "date" }); // would be 1826
  });
});

describe("parsePnr: samordningsnummer", () => {
  it("reads day + 60 as coordination, keeps it in normalized and gives the real birth day", () => {
    expect(okPnr(parsePnr("850675-2461", REF))).toEqual({
      normalized: "19850675-2461",
      birthSerial: 31213, // 1985-06-15, as for 850615-2464
      coordination: true,
      gender: "K",
    });
    expect(okPnr(parsePnr("198506752461", REF)).normalized).toBe("19850675-2461");
  });
});

describe("parsePnr: failures", () => {
  it("reports a wrong check digit as checksum", () => {
    const wrong = [0, 1, 2, 3, 5, 6, 7, 8, 9].map((c) => parsePnr(`850615-246${c}`, REF));
    expect(wrong).toEqual(wrong.map(() => ({ ok: false, reason: "checksum" })));
    expect(parsePnr("19850615-2465", REF)).toEqual({ ok: false, reason: "checksum" });
    expect(parsePnr("8506512464", REF)).toEqual({ ok: false, reason: "checksum" }); // two digits swapped
  });
  it("reports impossible dates with a correct check digit as date", () => {
    const impossible = [
      "850230-2469",
      "851315-2465",
      "850491-2463",
      "780229-9870",
      "19850230-2469",
    ];
    expect(impossible.map((v) => parsePnr(v, REF))).toEqual(
      impossible.map(() => ({ ok: false, reason: "date" }))
    );
  });
  it("reports anything not shaped like a personnummer as format", () => {
    const garbage = [
      "abc",
      "",
      "   ",
      "850615-246",
      "85061-52464",
      "8506152464X",
      "850615--2464",
      "850615/2464",
      "1985061524640",
      null,
      undefined,
      true,
      new Date(Date.UTC(1985, 5, 15)),
      8506152464.5,
      -8506152464,
      0, // a blank cell sent as 0
      123456,
      10101012370, // eleven digits
    ];
    expect(garbage.map((v) => parsePnr(v, REF))).toEqual(
      garbage.map(() => ({ ok: false, reason: "format" }))
    );
  });
});

describe("parsePnr: gender digit", () => {
  it("reads an odd ninth digit as M and an even one (0 included) as K", () => {
    const genders = ["010101-1237", "850615-2464", "010101-1203", "991231-9994"].map(
      (v) => okPnr(parsePnr(v, REF)).gender
    );
    expect(genders).toEqual(["M", "K", "K", "M"]);
  });
});

describe("pnrText", () => {
  it("pads number cells that lost leading zeros and leaves other numbers alone", () => {
    expect([pnrText(101011237), pnrText(1011238), pnrText(198506152464), pnrText(123456)]).toEqual([
      "0101011237",
      "0001011238",
      "198506152464",
      "123456",
    ]);
    expect([pnrText(null), pnrText(" 850615 \u2013 2464 ")]).toEqual(["", "850615-2464"]);
  });
});

describe("personKey", () => {
  it("gives one key for every spelling of one person", () => {
    const spellings = [
      "19850615-2464",
      "850615-2464",
      "198506152464",
      8506152464,
      " 850615 2464 ",
      198506152464,
    ];
    expect(spellings.map((v) => personKey(v, REF))).toEqual(spellings.map(() => "19850615-2464"));
  });
  it("keeps the century from `+` in the key", () => {
    expect([personKey("010101+1237", REF), personKey("19010101-1237", REF)]).toEqual([
      "19010101-1237",
      "19010101-1237",
    ]);
    expect(personKey("010101-1237", REF)).toBe("20010101-1237");
  });
  it("matches other IDs (and broken personnummer) as trimmed text", () => {
    expect(
      ["  AB-123 ", 12345, "850615-2465", null, undefined].map((v) => personKey(v, REF))
    ).toEqual(["AB-123", "12345", "850615-2465", "", ""]);
  });
});

describe("synthetic helper", () => {
  it("mulberry32 repeats its sequence for a seed and stays in [0, 1)", () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43)()).not.toBe(xs[0]);
  });
  it("builds every spelling of a chosen person", () => {
    const p = syntheticPnr(mulberry32(1), { year: 1985, month: 6, day: 15, gender: "K" });
    expect(p.long).toMatch(/^19850615-\d{4}$/);
    expect(p.short).toBe(`${p.digits10.slice(0, 6)}-${p.digits10.slice(6)}`);
    expect(p.digits12).toBe(`19${p.digits10}`);
    expect(Number(p.digits10[8]) % 2).toBe(0);
    expect(Number(p.digits10[9])).toBe(luhnDigit(p.digits10.slice(0, 9)));
    const c = syntheticPnr(mulberry32(1), {
      year: 1985,
      month: 6,
      day: 15,
      gender: "M",
      coordination: true,
    });
    expect(c.long).toMatch(/^19850675-\d{4}$/);
    expect(Number(c.digits10[8]) % 2).toBe(1);
  });
  it("writes `+` from the 100th birthday on the reference date", () => {
    expect(SYNTHETIC_REFERENCE).toEqual([2026, 11, 27]);
    const rng = mulberry32(7);
    expect(syntheticPnr(rng, { year: 1926, month: 11, day: 27 }).short[6]).toBe("+");
    expect(syntheticPnr(rng, { year: 1926, month: 11, day: 28 }).short[6]).toBe("-");
  });
});

describe("parsePnr on synthetic numbers", () => {
  it("reads every spelling of 500 synthetic people (men, women, samordningsnummer) as one", () => {
    const rng = mulberry32(20260115);
    const people = [
      ...syntheticPnrs(rng, 200),
      ...syntheticPnrs(rng, 100, { coordination: true }),
      ...syntheticPnrs(rng, 100, { year: 1926 }), // around the 100-year line of the reference date
      ...syntheticPnrs(rng, 100, { year: 2026, month: 11 }), // babies and centenarians of the reference year
    ].filter((p) => p.year < 2026 || p.month < 11 || p.day <= 27); // not yet born on the reference date
    for (const p of people) {
      // Without a separator a 10-digit number cannot say `+`: those spellings only for people under 100.
      const under100 = p.short[6] === "-";
      const spellings = [p.long, p.short, p.digits12, Number(p.digits12)];
      if (under100) spellings.push(p.digits10, Number(p.digits10));
      for (const spelling of spellings) {
        const parsed = okPnr(parsePnr(spelling, REF));
        expect([parsed.normalized, parsed.gender, parsed.coordination, parsed.birthSerial]).toEqual(
          [p.long, p.gender, p.coordination, serialOf(p.year, p.month, p.day)]
        );
      }
    }
  });
  it("reports every other check digit of a synthetic number as checksum", () => {
    const rng = mulberry32(99);
    for (const p of syntheticPnrs(rng, 50)) {
      const good = Number(p.digits10[9]);
      for (let c = 0; c <= 9; c++) {
        if (c === good) continue;
        expect(parsePnr(`${p.long.slice(0, 12)}${c}`, REF)).toEqual({
          ok: false,
          reason: "checksum",
        });
      }
    }
  });
});

import { CellValue, serialOf } from "../../../src/core/cells";
import { selfSufficiency, selfSufficiencyWith } from "../../../src/core/indicators/selfSufficiency";
import { SupportIndex } from "../../../src/core/indicators/supportIndex";
import { mulberry32, randomInt, syntheticPnr } from "../../helpers/synthetic";

const reference = serialOf(2026, 11, 27);
const rng = mulberry32(2612);
const [a, b, c] = Array.from({ length: 3 }, () => syntheticPnr(rng, { year: 1980 }));
const month = (y: number, m: number) => y * 12 + m - 1;

describe("SupportIndex", () => {
  test("groups the months by person over every spelling of one personnummer, other IDs by trimmed text", () => {
    const ids: CellValue[] = [
      a.digits12,
      b.long,
      a.long,
      " X-17 ",
      a.digits10,
      null,
      "X-17",
      c.short,
      Number(b.digits12),
    ];
    const months: CellValue[] = [
      "2026-01",
      "2026-02",
      "2026-03",
      "2026-04",
      "2026-05",
      "garbage",
      "2026-06",
      "2025-12",
      46204,
    ];
    const index = new SupportIndex(ids, months, reference);
    expect(index.rowError).toBeNull();
    expect(index.columnsError).toBeNull();
    // a, b, X-17 and c: four people; the blank ID row is not read (its month is never looked at).
    expect(index.personCount).toBe(4);
    expect([index.firstMonth, index.lastMonth]).toEqual([month(2025, 12), month(2026, 7)]);
    const pa = index.personOf(a.short);
    expect(pa).toBe(index.personOf(a.digits12));
    expect([1, 3, 5, 2].map((m) => index.hasMonth(pa, month(2026, m)))).toEqual([
      true,
      true,
      true,
      false,
    ]);
    const pb = index.personOf(`${b.digits12.slice(0, 8)}+${b.digits12.slice(8)}`);
    expect([2, 7, 1].map((m) => index.hasMonth(pb, month(2026, m)))).toEqual([true, true, false]);
    const px = index.personOf("X-17  ");
    expect([4, 6, 5].map((m) => index.hasMonth(px, month(2026, m)))).toEqual([true, true, false]);
    expect(index.hasMonth(index.personOf(c.long), month(2025, 12))).toBe(true);
    // Someone without support rows, and no person at all.
    expect(index.personOf(syntheticPnr(rng, { year: 1970 }).long)).toBe(-1);
    expect(index.personOf("Y")).toBe(-1);
    expect(index.hasMonth(-1, month(2026, 1))).toBe(false);
  });

  test("keeps SELFSUFF6M's errors for the call: a bad month row, columns of different length", () => {
    const bad = new SupportIndex([a.long, b.long, c.long], ["2026-01", "2026-13", "x"], reference);
    expect(bad.rowError).toEqual(
      expect.objectContaining({ key: "invalidMonth", params: expect.objectContaining({ row: 2 }) })
    );
    const shape = new SupportIndex([a.long, b.long], ["2026-01"], reference);
    expect(shape.columnsError).toEqual(expect.objectContaining({ key: "shapeMismatch" }));
  });
});

describe("selfSufficiencyWith", () => {
  /** A random register pair with every ID spelling, blanks, other IDs and invalid 12-digit forms. */
  function registers(seed: number) {
    const r = mulberry32(seed);
    const people = Array.from({ length: 30 }, () =>
      syntheticPnr(r, { year: randomInt(r, 1950, 2000) })
    );
    const spell = (i: number): CellValue => {
      const p = people[i % people.length];
      const pick = randomInt(r, 0, 7);
      if (pick === 0) return p.long;
      if (pick === 1) return p.short;
      if (pick === 2) return p.digits10;
      if (pick === 3) return Number(p.digits12);
      if (pick === 4) return `ID-${i % 7}${randomInt(r, 0, 1) ? " " : ""}`;
      if (pick === 5) return p.digits12.slice(0, 11) + String((Number(p.digits12[11]) + 1) % 10); // bad check digit
      if (pick === 6) return randomInt(r, 0, 3) === 0 ? null : p.digits12;
      return p.digits12;
    };
    const n = 120;
    const exitIds = Array.from({ length: n }, (_, i) => spell(randomInt(r, 0, 200) + i));
    const exitDates = Array.from({ length: n }, () =>
      serialOf(2025, randomInt(r, 1, 12), randomInt(r, 1, 28))
    );
    const genders = Array.from({ length: n }, () => ["K", "M", "Kvinna", ""][randomInt(r, 0, 3)]);
    const supportIds = Array.from({ length: 600 }, (_, i) => spell(randomInt(r, 0, 200) + i));
    const supportMonths = supportIds
      .map(() => `2025-${String(randomInt(r, 1, 12)).padStart(2, "0")}`)
      .map((m, i) => (i % 5 === 0 ? m.replace("2025", "2026") : m));
    return { exitIds, exitDates, genders, supportIds, supportMonths };
  }

  test("gives selfSufficiency's figures for every gender and window, on many random registers", () => {
    for (let seed = 1; seed <= 25; seed++) {
      const { exitIds, exitDates, genders, supportIds, supportMonths } = registers(seed);
      const index = new SupportIndex(supportIds, supportMonths, reference);
      for (const gender of ["K", "M", null] as const) {
        for (const [periodEnd, months] of [
          [serialOf(2025, 12, 31), 12],
          [serialOf(2025, 6, 30), 3],
          [null, null],
        ] as const) {
          const exits = {
            exitIds,
            exitDates,
            genders: gender ? genders : null,
            gender,
            periodEnd,
            months,
          };
          const expected = selfSufficiency({
            ...exits,
            supportIds,
            supportMonths,
            referenceSerial: reference,
          });
          expect({ seed, gender, periodEnd, ...selfSufficiencyWith(exits, index) }).toEqual({
            seed,
            gender,
            periodEnd,
            ...expected,
          });
        }
      }
    }
  });

  test("raises selfSufficiency's error, in its order: an exit's bad date before a support row's bad month", () => {
    const index = new SupportIndex([a.long], ["2026-13"], reference);
    expect(() =>
      selfSufficiencyWith({ exitIds: [a.long], exitDates: ["2026-01-15"] }, index)
    ).toThrow(expect.objectContaining({ key: "invalidMonth" }));
    expect(() => selfSufficiencyWith({ exitIds: [a.long], exitDates: ["someday"] }, index)).toThrow(
      expect.objectContaining({ key: "invalidDate" })
    );
    expect(() =>
      selfSufficiency({
        exitIds: [a.long],
        exitDates: ["someday"],
        supportIds: [a.long],
        supportMonths: ["2026-13"],
      })
    ).toThrow(expect.objectContaining({ key: "invalidDate" }));
  });
});

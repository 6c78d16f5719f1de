import { selfSufficiency } from "../../../src/core/indicators/selfSufficiency";
import { serialOf, parseMonth, parseDate, CellValue } from "../../../src/core/cells";
import { personKey } from "../../../src/core/pnr";
import { mulberry32, randomInt, syntheticPnr } from "../../helpers/synthetic";

// The ID spellings SELFSUFF6M reads by their characters (12 digits, with or without -/+) and those it
// hands to the general rules must match alike (SPEC §4, §6).
const reference = serialOf(2026, 11, 27);
const rng = mulberry32(4711);
const [a, b, c, d] = Array.from({ length: 4 }, () => syntheticPnr(rng, { year: 1985 }));
const coord = syntheticPnr(rng, { year: 1990, coordination: true });

/** The 12 digits with the check digit changed: the right shape, but no personnummer. */
function badChecksum(digits12: string): string {
  return digits12.slice(0, 11) + String((Number(digits12[11]) + 1) % 10);
}

describe("selfSufficiency ID spellings", () => {
  test("10-digit, 12-digit, dashed, plus and number spellings of one person match", () => {
    // Every exit 2026-01 → measured 2026-07; coverage 2026-06..2026-08 from the support rows.
    const exitIds = [a.digits12, b.short, c.long, d.digits10, coord.long];
    const exitDates = Array(5).fill("2026-01-15");
    const supportIds = [
      a.long, // exit 12 digits, support dashed
      `${b.digits12.slice(0, 8)}+${b.digits12.slice(8)}`, // exit 10-digit, support 12 with "+"
      Number(c.digits12), // exit dashed, support a number cell
      d.digits12, // exit 10 digits without separator, support 12 digits
      coord.digits12, // samordningsnummer
      "x",
      "x",
    ];
    const supportMonths = [
      "2026-07",
      "2026-07",
      "2026-07",
      "2026-07",
      "2026-07",
      "2026-06",
      "2026-08",
    ];
    expect(
      selfSufficiency({ exitIds, exitDates, supportIds, supportMonths, referenceSerial: reference })
    ).toEqual({
      count: 0,
      total: 5,
    });
    // Support in the wrong month for all: every exit is self-sufficient.
    const otherMonth = supportMonths.map((m, i) => (i < 5 ? "2026-08" : m));
    expect(
      selfSufficiency({
        exitIds,
        exitDates,
        supportIds,
        supportMonths: otherMonth,
        referenceSerial: reference,
      })
    ).toEqual({ count: 5, total: 5 });
  });

  test("a 12-digit ID that is no personnummer matches only as the same trimmed text", () => {
    const bad = badChecksum(a.digits12);
    const exitIds = [` ${bad} `, a.long, "ABC-123456789"];
    const exitDates = Array(3).fill("2026-01-15");
    // `bad` supported in 2026-07 (text match); a's real number not supported; the other ID with a
    // dash at position 8 only looks like a dashed form.
    const supportIds = [bad, "ABC-123456789 ", "y"];
    const supportMonths = ["2026-07", "2026-07", "2026-08"];
    expect(
      selfSufficiency({ exitIds, exitDates, supportIds, supportMonths, referenceSerial: reference })
    ).toEqual({
      count: 1,
      total: 3,
    });
    // The valid number does not match a support row with the check digit wrong, nor the reverse.
    expect(
      selfSufficiency({
        exitIds: [a.long],
        exitDates: ["2026-01-15"],
        supportIds: [bad],
        supportMonths: ["2026-07"],
        referenceSerial: reference,
      })
    ).toEqual({ count: 1, total: 1 });
    expect(
      selfSufficiency({
        exitIds: [bad],
        exitDates: ["2026-01-15"],
        supportIds: [a.digits12],
        supportMonths: ["2026-07"],
        referenceSerial: reference,
      })
    ).toEqual({ count: 1, total: 1 });
  });

  test("an impossible date in 12 digits (Luhn-valid) is no personnummer", () => {
    // 1985-02-30 with a correct check digit matches only as the same text.
    const nine = "850230123";
    let sum = 0;
    for (let i = 0; i < 9; i++) {
      let p = Number(nine[i]) * (i % 2 === 0 ? 2 : 1);
      if (p > 9) p -= 9;
      sum += p;
    }
    const digits12 = `19${nine}${(10 - (sum % 10)) % 10}`;
    const run = (supportId: string) =>
      selfSufficiency({
        exitIds: [digits12],
        exitDates: ["2026-01-15"],
        supportIds: [supportId],
        supportMonths: ["2026-07"],
        referenceSerial: reference,
      });
    expect(run(digits12)).toEqual({ count: 0, total: 1 });
    expect(run(`${digits12.slice(0, 8)}-${digits12.slice(8)}`)).toEqual({ count: 1, total: 1 });
  });

  test("agrees with matching on personKey for random mixed spellings", () => {
    const r = mulberry32(99);
    const persons = Array.from({ length: 40 }, () => syntheticPnr(r, { coordination: r() < 0.2 }));
    const spell = (i: number): CellValue => {
      const p = persons[i];
      switch (randomInt(r, 0, 6)) {
        case 0:
          return p.long;
        case 1:
          return p.short;
        case 2:
          return p.digits12;
        case 3:
          return p.digits10;
        case 4:
          return ` ${p.long} `;
        case 5:
          return badChecksum(p.digits12);
        default:
          return Number(p.digits12);
      }
    };
    const months = ["2026-03", "2026-04", "2026-05", "2026-06", "2026-07", "2026-08"];
    for (let round = 0; round < 20; round++) {
      const exitIds = Array.from({ length: 30 }, () => spell(randomInt(r, 0, persons.length - 1)));
      const exitDates = exitIds.map(
        () => `2025-${String(randomInt(r, 9, 12)).padStart(2, "0")}-10`
      );
      const supportIds = Array.from({ length: 120 }, () =>
        spell(randomInt(r, 0, persons.length - 1))
      );
      const supportMonths = supportIds.map(() => months[randomInt(r, 0, months.length - 1)]);

      // The reference: keys by personKey, support months as sets.
      const supportedIn = new Set(
        supportIds.map((id, i) => `${personKey(id, reference)}|${parseMonth(supportMonths[i])}`)
      );
      const monthIdx = supportMonths.map((m) => parseMonth(m) as number);
      const [lo, hi] = [Math.min(...monthIdx), Math.max(...monthIdx)];
      let count = 0;
      let total = 0;
      exitIds.forEach((id, i) => {
        const serial = parseDate(exitDates[i]) as number;
        const month = parseMonth(serial) as number;
        const measured = month + 6;
        if (measured < lo || measured > hi) return;
        total++;
        if (!supportedIn.has(`${personKey(id, reference)}|${measured}`)) count++;
      });
      expect(
        selfSufficiency({
          exitIds,
          exitDates,
          supportIds,
          supportMonths,
          referenceSerial: reference,
        })
      ).toEqual({ count, total });
    }
  });
});

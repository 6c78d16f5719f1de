import fc from "fast-check";
import { maskPersonalNumbers } from "../../src/core/pnr";
import { mulberry32, pnrSpellings, syntheticPnr } from "../helpers/synthetic";

// All personnummer below are synthetic (Luhn digits computed by test/helpers/synthetic.ts or by hand:
// 850101-123 → 7(16)+5+0+1+0+1+2+2+6 = 24 → C 6).

describe("maskPersonalNumbers: the forms the parser accepts, and the other shapes of a personnummer", () => {
  test.each([
    ["850101-1236", "850101-****"],
    ["19850101-1236", "19850101-****"],
    ["8501011236", "850101****"],
    ["198501011236", "19850101****"],
    ["850101+1236", "850101+****"],
    ["850161-1236", "850161-****"], // samordningsnummer
    ["850101\u20131236", "850101\u2013****"],
    ["850101\u22121236", "850101\u2212****"],
    // Found: these came out unmasked in validate messages, --json, sheet names and stdout.
    ["850101 - 1236", "850101 - ****"],
    ["8501 01-1236", "8501 01-****"],
    ["1985 01 01 1236", "1985 01 01 ****"],
    ["850101.1236", "850101.****"],
    ["1985-01-01-1236", "1985-01-01-****"],
    ["85.01.01 1236", "85.01.01 ****"],
    ["850101-12 36", "850101-** **"],
    ["85\u00a00101\u202f1236", "85\u00a00101\u202f****"],
    ["19850101\u200b1236", "19850101\u200b****"],
    // Cut short: still nearly the whole number.
    ["19710717-491", "19710717-***"],
    // A number cell that lost its leading zero, quoted as a message quotes a value (010101-1238).
    ['"101011238"', '"10101****"'],
    ['"1234567"', '"123****"'], // could be 000123-4567: quoted, short numbers with a birth date go too
    // A longer run may hold one (a pasted 13-digit ID): everything after the eighth digit.
    ["1198501011236", "11985010*****"],
  ])("%s → %s", (text, masked) => {
    expect(maskPersonalNumbers(text)).toBe(masked);
    expect(maskPersonalNumbers(`Wrote x.xlsx: RD ${text} 2025T2`)).toBe(
      `Wrote x.xlsx: RD ${masked} 2025T2`
    );
  });

  test("every number in a sentence, whatever its spelling", () => {
    const text =
      "Dubbletter: 19850615-2464, 850615-2464 och 8506152464; samordn. 198506752461, " +
      "gammal 010101+1237, med mellanslag 850615 2464, tankstreck 850615\u20132464, " +
      "fel kontrollsiffra 850615-2465, lista 850101-1236,850615-2464.";
    const masked = maskPersonalNumbers(text);
    expect(masked).toBe(
      "Dubbletter: 19850615-****, 850615-**** och 850615****; samordn. 19850675****, " +
        "gammal 010101+****, med mellanslag 850615 ****, tankstreck 850615\u2013****, " +
        "fel kontrollsiffra 850615-****, lista 850101-****,850615-****."
    );
    expect(masked).not.toMatch(/2464|2461|1237|2465|1236/);
  });

  test("numbers glued to letters", () => {
    expect(maskPersonalNumbers("id:8506152464x")).toBe("id:850615****x");
  });
});

describe("maskPersonalNumbers leaves what is not a personnummer alone", () => {
  test.each([
    "2025-08-31",
    "2025-08-31 12:30",
    "2012-08-31 12:30",
    "2025-01-01 2025-02-01",
    "2025-01-01–2025-12-31",
    "20250101-20251231",
    "202501-202512",
    "2 386 094,67",
    "12 386 094,67",
    "1 234 567 890",
    "Belopp 12345 kr, tel 08-123 45 67, år 2026",
    "Rad 1048576, 2000 rader, 18194 personer",
    "2025T2",
    "2025-08",
    "kvartal 202503",
    '"1354567"', // a quoted seven-digit count: 000135 has no real day
    "3.14159",
    "",
    "Nord",
  ])("%s", (text) => {
    expect(maskPersonalNumbers(text)).toBe(text);
  });
});

// The property: a synthetic number in any spelling, with random text on both sides, never keeps its
// last four digits. The mask changes digits into * and nothing else, so the number stays at the
// same place in the output and its four last digits can be looked up by position.
const ALPHABET = [..."ab xyzÅ0123456789-+.:/\"'()\t", "\u2013", "\u00a0"];
const around = fc.string({ unit: fc.constantFrom(...ALPHABET), maxLength: 16 });
// Anything but a digit may touch the number on its left. On its right a digit, or - : . / and a
// digit, means the run goes on (a time, a second date) and is deliberately not read as one number.
const leftEdge = fc.constantFrom(" ", ";", "(", '"', ":", "x", "Ä", "\n", "-", "/");
const rightEdge = fc.constantFrom(" ", ";", ")", '"', ",", "x", "Ä", "\n", "!");
const spelled = fc
  .record({
    seed: fc.integer(),
    year: fc.integer({ min: 1900, max: 2025 }),
    coordination: fc.boolean(),
    which: fc.nat(),
  })
  .map(({ seed, year, coordination, which }) => {
    const rng = mulberry32(seed);
    const spellings = pnrSpellings(rng, syntheticPnr(rng, { year, coordination }));
    return spellings[which % spellings.length];
  });

function leakOf(mask: (text: string) => string) {
  return fc.property(
    around,
    leftEdge,
    spelled,
    rightEdge,
    around,
    (before, left, spelling, right, after) => {
      const prefix = before + left;
      const text = prefix + spelling.text + right + after;
      const masked = mask(text);
      expect(masked.length).toBe(text.length);
      const region = masked.slice(prefix.length, prefix.length + spelling.text.length);
      const digitPositions = [...spelling.text].flatMap((c, i) => (/\d/.test(c) ? [i] : []));
      const lastFour = digitPositions.slice(-4);
      // The privacy claim: not one of the last four digits is left.
      expect(lastFour.map((i) => region[i])).toEqual(["*", "*", "*", "*"]);
      // And the birth date is still there to read, for the spellings whose reading is unambiguous
      // (digits just before the number open other readings, whose last four are hidden too).
      if (spelling.dateKept && !/\d$/.test(before))
        expect(region.slice(0, lastFour[0])).toBe(spelling.text.slice(0, lastFour[0]));
    }
  );
}

describe("property: no personnummer survives the mask", () => {
  test("in every spelling, embedded in random text", () => {
    fc.assert(leakOf(maskPersonalNumbers), { numRuns: 3000 });
  });

  test("the property catches a mask that misses a spelling (so it can fail)", () => {
    const missesSpaces = (text: string) =>
      text.replace(/(?<!\d)(\d{6}|\d{8})([-+]?)(\d{4})(?!\d)/g, "$1$2****");
    expect(fc.check(leakOf(missesSpaces), { numRuns: 3000 }).failed).toBe(true);
    expect(
      fc.check(
        leakOf((text) => text),
        { numRuns: 200 }
      ).failed
    ).toBe(true);
  });
});

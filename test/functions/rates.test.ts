import { col, installRuntimeStub, only, StubError, wholeColumn } from "./stub";
import { exitRate, genderGap, selfSufficiency6m, share } from "../../src/functions/functions";
import { resetSettings, setSettings } from "../../src/core/settings";

installRuntimeStub()(undefined);
afterEach(() => resetSettings());

const reasons = col("Arbete", "Annan insats", " studier ", "", "Sjukskrivning", "EGET  FÖRETAG");
const genders = col("K", "M", "Kvinna", "K", "man", 2);
const dates = col(45900, 45901, "2026-01-15", 46037, "20260831", "2026-09-01");

describe("EXITRATE", () => {
  test("arguments: omitted optionals arrive as null; output is case-insensitive", () => {
    expect(
      only(exitRate(reasons, null as never, null, null as never, null, null, null as never))
    ).toBe(0.6);
    expect(only(exitRate(reasons))).toBe(0.6);
    expect(
      only(exitRate(reasons, undefined, undefined, undefined, undefined, undefined, "COUNT"))
    ).toBe(3);
    expect(
      only(exitRate(reasons, undefined, undefined, undefined, undefined, undefined, "total"))
    ).toBe(5);
  });

  test("works: all spills rate, count, total and the Wilson interval in one row", () => {
    const [row] = exitRate(reasons, undefined, undefined, undefined, undefined, undefined, "all");
    expect(row.slice(0, 3)).toEqual([0.6, 3, 5]);
    // binom::binom.wilson(3, 5): Wilson formula in Python with z = qnorm(0.975)
    expect(row[3]).toBeCloseTo(0.2307242812760128, 12);
    expect(row[4]).toBeCloseTo(0.882379225767352, 12);
  });

  test("works: gender filter and the 12-month window to 2026-08-31", () => {
    expect(only(exitRate(reasons, genders, "k"))).toBe(1);
    expect(only(exitRate(reasons, genders, "Män"))).toBe(0);
    expect(only(exitRate(reasons, undefined, undefined, dates, "2026-08-31", 12, "total"))).toBe(3);
    expect(only(exitRate(reasons, undefined, undefined, dates, 46265, "8", "total"))).toBe(2);
  });

  test("reads the positive reasons from the settings at call time", () => {
    setSettings({ positiveExitReasons: ["Sjukskrivning"] });
    expect(only(exitRate(reasons))).toBe(0.2);
  });

  test('coercion: blanks as "", null or 0; a whole column with a blank tail', () => {
    expect(only(exitRate(col("Arbete", "", null, 0, "Flyttat")))).toBe(0.5);
    expect(
      only(
        exitRate(
          wholeColumn(["Arbete", "Flyttat", "Studier"]),
          wholeColumn(["K", "M", "F"], ""),
          "K"
        )
      )
    ).toBe(1);
    expect(
      only(
        exitRate(
          wholeColumn(["Arbete", "Flyttat"], 0),
          undefined,
          undefined,
          undefined,
          undefined,
          undefined,
          "count"
        )
      )
    ).toBe(1);
  });

  test("errors: shape mismatch, nothing in scope, out-of-range months, bad arguments", () => {
    const mismatch = only(exitRate(reasons, col("K", "M"))) as StubError;
    expect([mismatch.code, mismatch.message]).toEqual([
      "#VALUE!",
      "The ranges have different row counts: exit_reasons has 6, genders has 2.",
    ]);
    expect((only(exitRate(col("", null))) as StubError).code).toBe("#DIV/0!");
    expect((only(exitRate(col("", null))) as StubError).message).toBeUndefined();
    expect((only(exitRate(reasons, undefined, undefined, dates, 46265, 0)) as StubError).code).toBe(
      "#NUM!"
    );
    expect((only(exitRate(reasons, genders, "X")) as StubError).code).toBe("#VALUE!");
    expect(
      (
        only(
          exitRate(reasons, undefined, undefined, undefined, undefined, undefined, "share")
        ) as StubError
      ).message
    ).toBe('output: "share" is not a valid choice (rate, count, total, all).');
    expect(
      (only(exitRate(reasons, undefined, undefined, dates, "31.08.2026")) as StubError).code
    ).toBe("#VALUE!");
    expect((only(exitRate([["a", "b"]])) as StubError).message).toBe(
      "exit_reasons must be a single column."
    );
  });
});

describe("SELFSUFF6M", () => {
  // Non-personnummer IDs match as trimmed text; 2026-01-15 → July, 2026-02-10 → August.
  const ids = col("P1", "P2", " P3", "");
  const exitDates = col("2026-01-15", 46037, 46063, "");
  const supportIds = col("P1", "P3", "P9", "P9");
  const supportMonths = col("2026-07", "2026-07", "2026-01", 46235);

  test("works: P2 is without support in July; P3's August is not measured as support", () => {
    expect(only(selfSufficiency6m(ids, exitDates, supportIds, supportMonths))).toBeCloseTo(
      2 / 3,
      12
    );
    const [row] = selfSufficiency6m(
      ids,
      exitDates,
      supportIds,
      supportMonths,
      undefined,
      undefined,
      undefined,
      undefined,
      "all"
    );
    expect(row.slice(0, 3)).toEqual([2 / 3, 2, 3]);
  });

  test("coercion: whole columns with blank tails on both registers", () => {
    const result = selfSufficiency6m(
      wholeColumn(["P1", "P2", " P3"]),
      wholeColumn(["2026-01-15", 46037, 46063]),
      wholeColumn(["P1", "P3", "P9", "P9"], ""),
      wholeColumn(["2026-07", "2026-07", "2026-01", 46235], "")
    );
    expect(only(result)).toBeCloseTo(2 / 3, 12);
  });

  test("errors: nothing measurable is #DIV/0!; a bad month names its row", () => {
    expect(
      (only(selfSufficiency6m(ids, exitDates, col("", ""), col("", ""))) as StubError).code
    ).toBe("#DIV/0!");
    const bad = only(
      selfSufficiency6m(ids, exitDates, supportIds, col("2026-07", "juli", "2026-01", 46235))
    ) as StubError;
    expect([bad.code, bad.message]).toEqual([
      "#VALUE!",
      'Row 2 of support_months: "juli" is not a month (YYYY-MM or a date).',
    ]);
  });
});

describe("SHARE", () => {
  test("works with a range or an array constant of positive values, and a gender filter", () => {
    const values = col("Godkänd", "IG", "godkänd", "", 1);
    expect(only(share(values, [["Godkänd", 1]]))).toBe(0.75);
    expect(only(share(values, col("IG"), col("K", "M", "M", "K", "K"), "M"))).toBe(0.5);
    expect((only(share(col("", null), [["x"]])) as StubError).code).toBe("#DIV/0!");
  });
});

describe("GENDERGAP", () => {
  const values = col("Ja", "Ja", "Nej", "Ja", "Nej", "Nej", "Nej");
  const genders = col("K", "K", "K", "M", "M", "M", "");

  test("works: gap in percentage points, p and all", () => {
    // Women 2/3, men 1/3 → 33.33 pp. R: fisher.test(matrix(c(2,1,1,2),2))$p.value = 1
    expect(only(genderGap(values, [["Ja"]], genders))).toBeCloseTo(100 / 3, 10);
    expect(only(genderGap(values, [["Ja"]], genders, "p"))).toBeCloseTo(1, 12);
    const [row] = genderGap(values, [["Ja"]], genders, "all");
    expect(row.slice(0, 4)).toEqual([2 / 3, 3, 1 / 3, 3]);
  });

  test("ci, mdd and the longer all (issue #10)", () => {
    // 2/3 vs 1/3: Newcombe method 10 from scipy's Wilson bounds, binomtest(2,3) → (0.2076, 0.9385),
    // binomtest(1,3) → (0.0615, 0.7924): d − hypot(2/3−l1, u2−1/3), d + hypot(u1−2/3, 1/3−l2), in pp.
    const [[low, high]] = genderGap(values, [["Ja"]], genders, "ci") as number[][];
    expect(low).toBeCloseTo(-31.580068443749127, 9);
    expect(high).toBeCloseTo(71.77751119240841, 9);
    // (norm.ppf(0.975) + norm.ppf(0.8)) * sqrt(0.5*0.5*(1/3+1/3)) * 100 (scipy)
    expect(only(genderGap(values, [["Ja"]], genders, "mdd"))).toBeCloseTo(114.37423758834481, 9);
    setSettings({ significanceLevel: 0.1 });
    // (norm.ppf(0.95) + norm.ppf(0.8)) * sqrt(0.5*0.5*(2/3)) * 100 (scipy)
    expect(only(genderGap(values, [["Ja"]], genders, "mdd"))).toBeCloseTo(101.5099111090453, 9);
    const [row] = genderGap(values, [["Ja"]], genders, "all");
    expect(row).toHaveLength(9);
    expect(row.slice(6, 8) as number[]).toEqual([low, high]);
  });

  test("mdd without variation is #NUM!", () => {
    expect(
      (
        only(
          genderGap(col("Ja", "Ja", "Ja", "Ja"), [["Ja"]], col("K", "K", "M", "M"), "mdd")
        ) as StubError
      ).code
    ).toBe("#NUM!");
  });

  test("errors: a missing group is #DIV/0!", () => {
    expect((only(genderGap(col("Ja"), [["Ja"]], col("K"))) as StubError).code).toBe("#DIV/0!");
  });
});

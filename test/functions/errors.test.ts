import { installRuntimeStub, col, only, StubError } from "./stub";
import { exitRate, pnr } from "../../src/functions/functions";
import { excelError, toExcelError } from "../../src/functions/runtime";
import { call, defineFunction } from "../../src/functions/call";
import { AmfError } from "../../src/core/errors";
import { resetSettings, setSettings } from "../../src/core/settings";

const setLanguage = installRuntimeStub();
afterEach(() => {
  setLanguage(undefined);
  resetSettings();
});

describe("error mapping", () => {
  test.each([
    ["value", "#VALUE!", "No observations in scope."],
    ["num", "#NUM!", undefined],
    ["div0", "#DIV/0!", undefined],
    ["na", "#N/A", "No observations in scope."],
  ] as const)("%s → %s (message only for #VALUE! and #N/A)", (kind, code, message) => {
    const e = toExcelError(new AmfError(kind, "noObservations")) as unknown as StubError;
    expect(e).toBeInstanceOf(StubError);
    expect([e.code, e.message]).toEqual([code, message]);
  });

  test("anything unexpected is #VALUE! with a generic message that repeats nothing from the data", () => {
    const broken = defineFunction({
      params: {},
      shape: "cell",
      compute: () => {
        throw new TypeError("19850101-1234 broke");
      },
    });
    const e = call(broken, []) as StubError;
    expect([e.code, e.message]).toEqual([
      "#VALUE!",
      "An unexpected error occurred in the calculation.",
    ]);
  });

  test("Swedish messages when Office's display language is Swedish", () => {
    setLanguage("sv-SE");
    const e = only(exitRate(col("Arbete", "Studier"), col("K"))) as StubError;
    expect(e.message).toBe("Områdena har olika antal rader: exit_reasons har 2, genders har 1.");
    setLanguage("sv-FI");
    expect((pnr("abc") as StubError).message).toBe(
      "abc är inget personnummer (10 eller 12 siffror)."
    );
    setLanguage("en-US");
    expect((pnr("abc") as StubError).message).toBe("abc is not a personnummer (10 or 12 digits).");
  });

  test("the language setting overrides Office's display language", () => {
    setLanguage("en-GB");
    setSettings({ language: "sv" });
    expect((pnr("abc") as StubError).message).toBe(
      "abc är inget personnummer (10 eller 12 siffror)."
    );
  });

  test("a display language that cannot be read falls back to English", () => {
    (globalThis as Record<string, unknown>).Office = {
      get context(): never {
        throw new Error("not ready");
      },
    };
    expect((pnr("abc") as StubError).message).toBe("abc is not a personnummer (10 or 12 digits).");
  });

  test("outside Excel (no runtime) errors keep the same code and message", () => {
    const saved = (globalThis as Record<string, unknown>).CustomFunctions;
    delete (globalThis as Record<string, unknown>).CustomFunctions;
    try {
      const e = excelError("div0", "ignored") as unknown as { code: string; message?: string };
      expect([e.code, e.message]).toEqual(["#DIV/0!", undefined]);
    } finally {
      (globalThis as Record<string, unknown>).CustomFunctions = saved;
    }
  });
});

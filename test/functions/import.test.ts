import { readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import CustomFunctionsMetadataPlugin from "custom-functions-metadata-plugin";
import loader from "custom-functions-metadata-plugin/lib/loader";

describe("functions.ts in plain Node", () => {
  const g = globalThis as Record<string, unknown>;

  test("loads without Office or CustomFunctions globals and computes", () => {
    delete g.CustomFunctions;
    delete g.Office;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads a fresh copy only through require
      const functions = require("../../src/functions/functions");
      expect(functions.exitRate([["Arbete"], ["Flyttat"]])).toEqual([[0.5]]);
      expect(Object.keys(functions).sort()).toEqual([
        "age",
        "dropoutRisk",
        "efficiencyIndex",
        "enrollDays",
        "exitRate",
        "genderGap",
        "netValue",
        "pnr",
        "progression",
        "selfSufficiency6m",
        "share",
        "surveyMean",
      ]);
    });
    expect(g.CustomFunctions).toBeUndefined();
  });

  test("the metadata plugin's loader appends one CustomFunctions.associate per id, the only registration", async () => {
    // What the build does: custom-functions-metadata-plugin's loader appends these calls to functions.ts.
    const input = join(__dirname, "../../src/functions/functions.ts");
    const generated = await generateCustomFunctionsMetadata(input, true);
    (
      CustomFunctionsMetadataPlugin as unknown as { generateResults: Record<string, unknown> }
    ).generateResults[input] = generated;
    const source = readFileSync(input, "utf8");
    const appended = (loader as (this: unknown, source: string) => string).call(
      { getOptions: () => ({ input, file: input }) },
      source
    );
    const calls = [
      ...appended.slice(source.length).matchAll(/CustomFunctions\.associate\("(\w+)", (\w+)\);/g),
    ];
    expect(calls.map((c) => c[1])).toEqual([
      "EXITRATE",
      "SELFSUFF6M",
      "EFFINDEX",
      "NETVALUE",
      "SHARE",
      "ENROLLDAYS",
      "DROPOUTRISK",
      "GENDERGAP",
      "PNR",
      "AGE",
      "SURVEYMEAN",
      "PROGRESSION",
    ]);
    // functions.ts has none of its own: each id is registered once.
    expect(source).not.toMatch(/CustomFunctions\.associate\("/);

    // Those calls go through registration.ts's stand-in: inside Excel they reach the runtime, with the
    // exported function of that name; outside it they do nothing (no ReferenceError, no global made).
    const associated: Array<[string, unknown]> = [];
    jest.isolateModules(() => {
      /* eslint-disable @typescript-eslint/no-require-imports -- isolateModules loads a fresh copy only through require */
      const functions = require("../../src/functions/functions");
      const { registrar } = require("../../src/functions/registration");
      /* eslint-enable @typescript-eslint/no-require-imports */
      for (const [, id, name] of calls) registrar.associate(id, functions[name]);
      expect(g.CustomFunctions).toBeUndefined();
      g.CustomFunctions = {
        associate: (id: string, fn: unknown) => associated.push([id, fn]),
        Error: class {},
        ErrorCode: {},
      };
      try {
        for (const [, id, name] of calls) registrar.associate(id, functions[name]);
      } finally {
        delete g.CustomFunctions;
      }
      expect(associated.map(([id]) => id)).toEqual(calls.map((c) => c[1]));
      expect(associated.every(([, fn]) => typeof fn === "function")).toBe(true);
      expect(associated[0][1]).toBe(functions.exitRate);
    });
  }, 60000);
});

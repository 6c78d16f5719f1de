describe("functions.ts in plain Node", () => {
  const g = globalThis as Record<string, unknown>;

  test("loads without Office or CustomFunctions globals and computes", () => {
    delete g.CustomFunctions;
    delete g.Office;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const functions = require("../../src/functions/functions");
      expect(functions.exitRate([["Arbete"], ["Flyttat"]])).toEqual([[0.5]]);
      expect(Object.keys(functions).sort()).toEqual(
        ["efficiencyIndex", "enrollDays", "exitRate", "genderGap", "netValue", "pnr", "selfSufficiency6m", "share"]
      );
    });
    expect(g.CustomFunctions).toBeUndefined();
  });

  test("registers the eight ids with CustomFunctions.associate inside Excel's runtime", () => {
    const associated: string[] = [];
    g.CustomFunctions = { associate: (id: string) => associated.push(id), Error: class {}, ErrorCode: {} };
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports -- isolateModules loads a fresh copy only through require
        require("../../src/functions/functions");
      });
      expect(associated).toEqual(["EXITRATE", "SELFSUFF6M", "EFFINDEX", "NETVALUE", "SHARE", "ENROLLDAYS", "GENDERGAP", "PNR"]);
    } finally {
      delete g.CustomFunctions;
    }
  });
});

import * as path from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import swedish from "../../src/functions/functions.sv-SE.json";
import type { FunctionSpec, Params } from "../../src/functions/call";
import * as specs from "../../src/functions/specs";

interface Parameter {
  name: string;
  description?: string;
  type: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}
interface Fn {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result?: { type?: string; dimensionality?: string };
}

// The English metadata is generated from functions.ts's JSDoc, as the build does; the Swedish file is
// written by hand and must describe exactly the same functions and parameters.
let english: Fn[];
beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(
    path.join(__dirname, "../../src/functions/functions.ts"),
    false
  );
  expect(result.errors).toEqual([]);
  english = JSON.parse(result.metadataJson).functions;
}, 60000);

const shape = (f: Fn) => ({
  id: f.id,
  name: f.name,
  result: f.result,
  parameters: f.parameters.map((p) => [
    p.type,
    p.dimensionality ?? "scalar",
    !!p.optional,
    !!p.repeating,
  ]),
});

describe("functions.sv-SE.json", () => {
  test("the generated metadata lists the twelve functions", () => {
    expect(english.map((f) => f.id).sort()).toEqual([
      "AGE",
      "DROPOUTRISK",
      "EFFINDEX",
      "ENROLLDAYS",
      "EXITRATE",
      "GENDERGAP",
      "NETVALUE",
      "PNR",
      "PROGRESSION",
      "SELFSUFF6M",
      "SHARE",
      "SURVEYMEAN",
    ]);
  });

  test("has the same ids, names, results and parameters (type, dimensionality, optional) in order", () => {
    expect((swedish.functions as Fn[]).map(shape)).toEqual(english.map(shape));
  });

  test("is actually Swedish: every description and parameter name differs from the English one", () => {
    const byId = new Map(english.map((f) => [f.id, f]));
    for (const f of swedish.functions as Fn[]) {
      const en = byId.get(f.id)!;
      expect(f.description).not.toBe(en.description);
      f.parameters.forEach((p, i) => {
        expect(p.description).toBeTruthy();
        expect(p.description).not.toBe(en.parameters[i].description);
      });
    }
  });

  test("parameter names are unique within each function", () => {
    for (const f of swedish.functions as Fn[]) {
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }
  });
});

describe("the function specs (specs.ts)", () => {
  // A message names an argument by its spec name: it must be the name Excel shows (the JSDoc's), in order.
  test("declare exactly the parameters of the JSDoc, in order; required ones with a kind that has no default", () => {
    const byId = specs as unknown as Record<string, FunctionSpec<Params>>;
    const requiredKinds = ["column", "value list", "sum", "cell", "number"];
    for (const f of english) {
      const params = byId[f.id].params as Record<string, { kind: string }>;
      expect([f.id, Object.keys(params)]).toEqual([f.id, f.parameters.map((p) => p.name)]);
      const kinds = f.parameters.map((p) => [
        p.name,
        !!p.optional,
        p.optional ? true : requiredKinds.includes(params[p.name].kind),
      ]);
      expect(kinds).toEqual(f.parameters.map((p) => [p.name, !!p.optional, true]));
    }
  });
});

/** The Sfi registry type (issue #15): header detection, its checks, the EU/EEA grouping and the demo register. */
import { serialOf } from "../../../src/core/cells";
import { generateDemo } from "../../../src/core/demo";
import { SFI_HEADERS } from "../../../src/core/demo/sfi";
import { countryGroup, EU_EEA_COUNTRIES } from "../../../src/core/registry/countries";
import { detectType, mapColumns } from "../../../src/core/registry/schemas";
import { validateTable } from "../../../src/core/registry/validate";
import { VUX_HEADERS } from "../../../src/core/demo/vux";
import { mulberry32, syntheticPnrs } from "../../helpers/synthetic";

const TODAY = serialOf(2026, 3, 15);

describe("detection", () => {
  test("the sfi headers are an Sfi register, the vux headers still vux", () => {
    expect(detectType(SFI_HEADERS)).toBe("sfi");
    expect(detectType(VUX_HEADERS)).toBe("vux");
    expect(
      detectType([
        "Pnr",
        "Kön",
        "Anordnare",
        "Sfi-kurs",
        "Kursstart",
        "Kursslut",
        "Status",
        "Medborgarskap",
      ])
    ).toBe("sfi");
  });

  test("Medborgarskap and Födelseland both name the country", () => {
    expect(mapColumns(["Medborgarskap"], "sfi").fields).toEqual({ country: 0 });
    expect(mapColumns(["Födelseland"], "sfi").fields).toEqual({ country: 0 });
  });
});

describe("the EU/EEA grouping", () => {
  test("the 26 EU states besides Sweden, Iceland, Liechtenstein and Norway; Sweden is a group of its own", () => {
    expect(EU_EEA_COUNTRIES).toHaveLength(29);
    expect(new Set(EU_EEA_COUNTRIES.map((c) => c[0])).size).toBe(29);
    expect(EU_EEA_COUNTRIES.map((c) => c[0])).toEqual(
      expect.arrayContaining(["Island", "Liechtenstein", "Norge", "Kroatien", "Österrike"])
    );
    expect(countryGroup("Sverige")).toBe("Sverige");
    expect(countryGroup("SE")).toBe("Sverige");
  });

  test.each([
    ["Polen", "EU/EES"],
    [" polen ", "EU/EES"],
    ["POL", "EU/EES"],
    ["Osterrike", "EU/EES"],
    ["Rumanien", "EU/EES"],
    ["Holland", "EU/EES"],
    ["Czech Republic", "EU/EES"],
    ["Norge", "EU/EES"],
    ["Storbritannien", "Övriga"],
    ["Schweiz", "Övriga"],
    ["Syrien", "Övriga"],
    ["Ukraina", "Övriga"],
  ])("%s is %s", (country, group) => {
    expect(countryGroup(country)).toBe(group);
  });

  test("a blank country is unknown, not Övriga", () => {
    expect(countryGroup("")).toBeNull();
    expect(countryGroup(null)).toBeNull();
  });
});

describe("checks", () => {
  const people = syntheticPnrs(mulberry32(15), 5, { year: 1990 });
  const pnr = (i: number) => people[i].long;
  const row = (i: number, over: Partial<Record<string, string | null>> = {}) => {
    const base: Record<string, string | null> = {
      Personnummer: pnr(i),
      Kön: null,
      Skola: "Exempelskolan Norr",
      Kurs: "B",
      Startdatum: "2025-01-10",
      Slutdatum: "2025-06-10",
      Status: "Slutförd",
      Födelseland: "Syrien",
      "Sysselsättning efter": "Arbete",
      ...over,
    };
    return SFI_HEADERS.map((h) => base[h]);
  };
  const check = (rows: Array<Array<string | null>>) =>
    validateTable(
      { name: "Sfi", headerRow: 1, firstColumn: 1, headers: SFI_HEADERS, rows },
      { today: TODAY }
    );

  test("a clean register has no issue", () => {
    const report = check([
      row(1),
      row(2, { Status: "Pågående", Slutdatum: null, "Sysselsättning efter": null }),
    ]);
    expect(report.type).toBe("sfi");
    expect(report.countsByCode).toEqual({});
  });

  test("an ended course needs its end date; a running one does not", () => {
    const report = check([row(1, { Status: "Avbruten", Slutdatum: null })]);
    expect(report.countsByCode["row/conditional"]).toBe(1);
    expect(report.issues[0].address).toBe("F2");
  });

  test("course, status and occupation after are code lists; end before start is an error", () => {
    const report = check([
      row(1, { Kurs: "E" }),
      row(2, { "Sysselsättning efter": "Arbetssökande" }),
      row(3, { Slutdatum: "2024-12-01" }),
    ]);
    expect(report.countsByCode["code/unknown"]).toBe(2);
    expect(report.countsByCode["date/order"]).toBe(1);
  });
});

test("the demo's Sfi register validates without errors", () => {
  const demo = generateDemo({ exits: 2000, seed: 1, today: TODAY });
  const sfi = demo.sheets.find((s) => s.name === "Sfi")!;
  const report = validateTable(
    { name: sfi.name, headerRow: 1, firstColumn: 1, headers: sfi.headers, rows: sfi.rows },
    { today: TODAY }
  );
  expect(report.type).toBe("sfi");
  expect(report.counts.error).toBe(0);
  expect(report.counts.warning).toBe(0);
});

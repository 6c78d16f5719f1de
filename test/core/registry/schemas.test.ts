import {
  classifyHeader,
  detectType,
  mapColumns,
  normalizeHeader,
  registerTypes,
  SCHEMAS,
  scoreTypes,
} from "../../../src/core/registry/schemas";

describe("normalizeHeader", () => {
  it("ignores case, spaces, hyphens, underscores and diacritics", () => {
    expect(normalizeHeader(" Kön ")).toBe("kon");
    expect(normalizeHeader("Person-ID")).toBe("personid");
    expect(normalizeHeader("AVSER_MÅNAD")).toBe("avsermanad");
    expect(normalizeHeader("Sysselsättning  efter")).toBe("sysselsattningefter");
    expect(normalizeHeader(null)).toBe("");
    expect(normalizeHeader(2026)).toBe("2026");
  });
});

describe("mapColumns", () => {
  it("maps the standard headers of every type to their fields", () => {
    for (const schema of Object.values(SCHEMAS)) {
      const mapping = mapColumns(
        schema.fields.map((f) => f.header),
        schema.type
      );
      expect(mapping.fields).toEqual(Object.fromEntries(schema.fields.map((f, i) => [f.key, i])));
      expect(mapping.unmatched).toEqual([]);
      expect(mapping.duplicates).toEqual([]);
    }
  });

  it("maps the synonyms of SPEC §5 whatever their case and diacritics", () => {
    const mapping = mapColumns(
      ["PNR", "kon", "enhet", "STARTDATUM", "slutdatum", "Orsak", "Övrigt"],
      "avslut"
    );
    expect(mapping.fields).toEqual({
      personalNumber: 0,
      gender: 1,
      unit: 2,
      enrolmentDate: 3,
      exitDate: 4,
      exitReason: 5,
    });
    expect(mapping.unmatched).toEqual([6]);
    expect(mapColumns(["Personnr", "Avser månad", "Belopp"], "forsorjningsstod").fields).toEqual({
      personalNumber: 0,
      month: 1,
      amount: 2,
    });
    expect(mapColumns(["Person-ID", "Utbetalningsmånad"], "forsorjningsstod").fields).toEqual({
      personalNumber: 0,
      month: 1,
    });
    expect(mapColumns(["Anordnare"], "vux").fields).toEqual({ school: 0 });
    expect(mapColumns(["Gender"], "avslut").fields).toEqual({ gender: 0 });
  });

  it("uses the first of two columns naming the same field and lists the duplicate", () => {
    const mapping = mapColumns(["Pnr", "Personnummer", "Enhet"], "avslut");
    expect(mapping.fields).toEqual({ personalNumber: 0, unit: 2 });
    expect(mapping.duplicates).toEqual([{ field: "personalNumber", columns: [0, 1] }]);
  });

  it("lets manual overrides win over the headers", () => {
    const mapping = mapColumns(["ID", "Enhet", "Datum ut"], "avslut", {
      personalNumber: 0,
      exitDate: 2,
      nonsense: 1,
    });
    expect(mapping.fields).toEqual({ personalNumber: 0, exitDate: 2, unit: 1 });
    expect(mapping.unmatched).toEqual([]);
    // An override beyond the last column is ignored rather than trusted.
    expect(mapColumns(["Enhet"], "avslut", { personalNumber: 5 }).fields).toEqual({ unit: 0 });
  });
});

describe("detectType", () => {
  it("detects each type from its headers", () => {
    expect(
      detectType([
        "Personnummer",
        "Kön",
        "Enhet",
        "Insats",
        "Inskrivningsdatum",
        "Avslutsdatum",
        "Avslutsorsak",
      ])
    ).toBe("avslut");
    expect(detectType(["Pnr", "Månad", "Belopp"])).toBe("forsorjningsstod");
    expect(
      detectType([
        "Personnummer",
        "Kön",
        "Skola",
        "Utbildningstyp",
        "Startdatum",
        "Slutdatum",
        "Status",
        "Avbrottsorsak",
      ])
    ).toBe("vux");
    expect(detectType(["Enhet", "Period", "Personalkostnad"])).toBe("personalkostnad");
  });

  it("prefers the type with the larger share of its required columns", () => {
    // Startdatum/Slutdatum are Avslut synonyms too, but Skola, Utbildningstyp and Status settle it.
    expect(
      detectType(["Personnummer", "Startdatum", "Slutdatum", "Skola", "Utbildningstyp", "Status"])
    ).toBe("vux");
    expect(detectType(["Personnummer", "Enhet", "Startdatum", "Slutdatum", "Orsak"])).toBe(
      "avslut"
    );
  });

  it("gives null when no required column of any type is there", () => {
    expect(detectType(["A", "B", "C"])).toBeNull();
    expect(detectType([])).toBeNull();
  });

  it("scores required columns matched per type", () => {
    const scores = scoreTypes(["Pnr", "Månad"]);
    expect(scores.find((s) => s.type === "forsorjningsstod")).toEqual({
      type: "forsorjningsstod",
      requiredMatched: 2,
      requiredTotal: 2,
      matched: 2,
    });
    expect(scores.find((s) => s.type === "avslut")).toEqual({
      type: "avslut",
      requiredMatched: 1,
      requiredTotal: 5,
      matched: 1,
    });
  });
});

describe("classifyHeader", () => {
  it("finds special-category columns, also inside longer headers", () => {
    for (const header of [
      "Funktionsnedsättning",
      "Diagnoskod",
      "Hälsa",
      "Hälsotillstånd",
      "Sjukdom",
      "Etnicitet",
      "Etniskt ursprung",
      "Religion",
      "Sexuell läggning",
      "Fackföreningsmedlemskap",
      "Politisk åsikt",
      "Biometrisk data",
    ]) {
      expect([header, classifyHeader(header)]).toEqual([header, "sensitive"]);
    }
  });

  it("finds direct identifiers but not unit or school names", () => {
    for (const header of [
      "Namn",
      "Förnamn",
      "Efternamn",
      "Adress",
      "Telefon",
      "Mobil",
      "Mobilnummer",
      "E-post",
      "Epost",
      "Email",
    ]) {
      expect([header, classifyHeader(header)]).toEqual([header, "identifying"]);
    }
    for (const header of ["Enhetsnamn", "Skolnamn", "Personnummer", "Avslutsorsak", "", "Insats"]) {
      expect([header, classifyHeader(header)]).toEqual([header, null]);
    }
  });
});

describe("registerTypes", () => {
  it("lists the types with their standard table names and labels", () => {
    expect(registerTypes.map((t) => [t.type, t.table])).toEqual([
      ["avslut", "Avslut"],
      ["forsorjningsstod", "Forsorjningsstod"],
      ["vux", "VuxUppfoljning"],
      ["personalkostnad", "Personalkostnad"],
      ["enkat", "Enkat"],
      ["enkaturval", "EnkatUrval"],
      ["progression", "Progression"],
      ["scb", "ScbInkomstkalla"],
      ["sfi", "Sfi"],
    ]);
    expect(registerTypes[0].label).toEqual({ sv: "Avslut (Jobbtorg)", en: "Exits (job centres)" });
  });
});

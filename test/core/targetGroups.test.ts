import { serialOf } from "../../src/core/cells";
import { resolveCodeLists } from "../../src/core/registry/codeLists";
import {
  bornAbroadOf,
  DEFAULT_TARGET_GROUP_SETTINGS,
  educationLevelOf,
  ExitPerson,
  followUpOf,
  inTargetGroup,
  yesNoOf,
} from "../../src/core/targetGroups";

const settings = DEFAULT_TARGET_GROUP_SETTINGS;
const exit = serialOf(2025, 6, 30);
const person = (p: Partial<ExitPerson>): ExitPerson => ({
  exitSerial: exit,
  birthSerial: null,
  ...p,
});

describe("target groups at the exit date", () => {
  it("counts 16 to 24 years at the exit as young, both ends included", () => {
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2009, 6, 30) }), settings)).toBe(
      true
    ); // 16 today
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2009, 7, 1) }), settings)).toBe(
      false
    ); // 15
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2000, 7, 1) }), settings)).toBe(
      true
    ); // 24
    expect(inTargetGroup("unga", person({ birthSerial: serialOf(2000, 6, 30) }), settings)).toBe(
      false
    ); // 25
    expect(inTargetGroup("unga", person({}), settings)).toBeNull();
    expect(
      inTargetGroup("unga", person({ birthSerial: serialOf(1998, 1, 1) }), {
        ...settings,
        youthMaxAge: 29,
      })
    ).toBe(true);
  });

  it("reads foreign- and Swedish-born from the background, unknown when blank or absent", () => {
    expect(inTargetGroup("utrikes", person({ bornAbroad: true }), settings)).toBe(true);
    expect(inTargetGroup("inrikes", person({ bornAbroad: true }), settings)).toBe(false);
    expect(inTargetGroup("inrikes", person({ bornAbroad: false }), settings)).toBe(true);
    expect(inTargetGroup("utrikes", person({ bornAbroad: null }), settings)).toBeNull();
    expect(inTargetGroup("inrikes", person({}), settings)).toBeNull();
  });

  it("counts only förgymnasial education as short", () => {
    expect(
      inTargetGroup("kortutbildade", person({ educationLevel: "Förgymnasial" }), settings)
    ).toBe(true);
    expect(inTargetGroup("kortutbildade", person({ educationLevel: "Gymnasial" }), settings)).toBe(
      false
    );
    expect(inTargetGroup("kortutbildade", person({ educationLevel: null }), settings)).toBeNull();
  });

  it("counts an exit less than three years after the first registration as newly arrived", () => {
    const arrived = (y: number, m: number, d: number) =>
      person({ bornAbroad: true, registeredSerial: serialOf(y, m, d) });
    expect(inTargetGroup("nyanlanda", arrived(2022, 7, 1), settings)).toBe(true); // 2 years 364 days
    expect(inTargetGroup("nyanlanda", arrived(2022, 6, 30), settings)).toBe(false); // exactly three years
    expect(inTargetGroup("nyanlanda", arrived(2025, 6, 30), settings)).toBe(true); // the same day
    expect(inTargetGroup("nyanlanda", arrived(2025, 7, 1), settings)).toBe(false); // registered after the exit
    expect(
      inTargetGroup(
        "nyanlanda",
        person({ bornAbroad: false, registeredSerial: serialOf(2024, 1, 1) }),
        settings
      )
    ).toBe(false);
    expect(inTargetGroup("nyanlanda", person({ bornAbroad: true }), settings)).toBeNull();
    expect(inTargetGroup("nyanlanda", person({ bornAbroad: false }), settings)).toBe(false); // no date needed
  });
});

describe("reading the Avslut columns", () => {
  it("reads the education level from its codes and SUN wordings, whatever the case", () => {
    expect(educationLevelOf("Förgymnasial")).toBe("Förgymnasial");
    expect(educationLevelOf(" grundskola ")).toBe("Förgymnasial");
    expect(educationLevelOf("Förgymnasial utbildning 9 (10) år")).toBe("Förgymnasial");
    expect(educationLevelOf("Gymnasium")).toBe("Gymnasial");
    expect(educationLevelOf("Gymnasieskola")).toBe("Gymnasial");
    expect(educationLevelOf("Universitet")).toBe("Eftergymnasial");
    expect(educationLevelOf("HÖGSKOLA")).toBe("Eftergymnasial");
    expect(educationLevelOf("Förgymn")).toBeNull();
    expect(educationLevelOf("")).toBeNull();
    expect(educationLevelOf(null)).toBeNull();
  });

  it("drops a synonym whose code the workbook removed from its list", () => {
    const lists = resolveCodeLists({ educationLevels: ["Gymnasial", "Eftergymnasial"] });
    expect(educationLevelOf("Grundskola", lists)).toBeNull();
    expect(educationLevelOf("Gymnasium", lists)).toBe("Gymnasial");
  });

  it("reads foreign-born from the codes, their synonyms and country names, Sverige being inrikes", () => {
    expect(bornAbroadOf("Utrikes född")).toBe(true);
    expect(bornAbroadOf("utrikes  FÖDD")).toBe(true);
    expect(bornAbroadOf("Född utomlands")).toBe(true);
    expect(bornAbroadOf("Inrikes född")).toBe(false);
    expect(bornAbroadOf("Född i Sverige")).toBe(false);
    for (const sweden of ["Sverige", "sverige ", "Sweden", "SE", "SWE"])
      expect([sweden, bornAbroadOf(sweden)]).toEqual([sweden, false]);
    for (const country of [
      "Irak",
      "Somalia",
      "Finland",
      "Syrien",
      "Eritrea",
      "Polen",
      "Iran",
      "Indien",
    ]) {
      expect([country, bornAbroadOf(country)]).toEqual([country, true]);
    }
  });

  it("cannot tell from a blank, an unknown country or a typo of a code", () => {
    expect(bornAbroadOf("")).toBeNull();
    expect(bornAbroadOf(null)).toBeNull();
    expect(bornAbroadOf("Okänt")).toBeNull();
    expect(bornAbroadOf("Uppgift saknas")).toBeNull();
    // Read as a country, these would count as foreign-born.
    expect(bornAbroadOf("Inrikse född")).toBeNull();
    expect(bornAbroadOf("Inrikes fodd")).toBeNull(); // as in every code list, validation suggests "Inrikes född"
    expect(bornAbroadOf("Sverge")).toBeNull();
  });

  it("reads Ja/Nej in their spellings and from a checkbox", () => {
    for (const yes of ["Ja", "ja", "J", "Yes", "X", true, 1])
      expect([yes, yesNoOf(yes)]).toEqual([yes, true]);
    for (const no of ["Nej", "NEJ", "N", "No", false, 0])
      expect([no, yesNoOf(no)]).toEqual([no, false]);
    expect(yesNoOf("")).toBeNull();
    expect(yesNoOf("Kanske")).toBeNull();
  });

  it("reads the 3-month follow-up as the occupations code, blank being not followed up", () => {
    expect(followUpOf("arbete ")).toBe("Arbete");
    expect(followUpOf("Studier")).toBe("Studier");
    expect(followUpOf("Arbetssökande")).toBe("Arbetssökande");
    expect(followUpOf("")).toBeNull();
    expect(followUpOf(null)).toBeNull();
    expect(followUpOf("Jobb")).toBeNull();
    expect(followUpOf("Jobb", resolveCodeLists({ occupations: ["Jobb", "Annat"] }))).toBe("Jobb");
  });
});

/** Issue #13: the optional target-group columns of Avslut, their codes, synonyms and the country rule. */
import type { CellValue } from "../../../../src/core/cells";
import { mapColumns } from "../../../../src/core/registry/schemas";
import { AVSLUT_HEADERS, avslutRow, check, person, sheet, triples } from "../fixtures";

const EXTRA = [
  "Utbildningsnivå",
  "Bakgrund",
  "Folkbokföringsdatum",
  "Partnerskap",
  "Sysselsättning 3 mån",
];
const HEADERS = [...AVSLUT_HEADERS, ...EXTRA];

/** A clean Avslut row with the five columns, each given or a valid default. */
function row(extra: Partial<Record<string, CellValue>> = {}): CellValue[] {
  const values: Record<string, CellValue> = {
    Utbildningsnivå: "Gymnasial",
    Bakgrund: "Utrikes född",
    Folkbokföringsdatum: "2019-05-02",
    Partnerskap: "Nej",
    "Sysselsättning 3 mån": "",
    ...extra,
  };
  return [...avslutRow(person()), ...EXTRA.map((h) => values[h])];
}

describe("the optional target-group columns of Avslut", () => {
  it("maps the five headers and their synonyms, and an Avslut sheet without them is still complete", () => {
    expect(mapColumns(HEADERS, "avslut").fields).toMatchObject({
      educationLevel: 7,
      background: 8,
      registrationDate: 9,
      partnership: 10,
      followUp3m: 11,
    });
    expect(
      mapColumns(
        [
          "Högsta utbildning",
          "Födelseland",
          "Folkbokförd sedan",
          "Via partnerskap",
          "Sysselsättning 3 månader",
        ],
        "avslut"
      ).fields
    ).toEqual({
      educationLevel: 0,
      background: 1,
      registrationDate: 2,
      partnership: 3,
      followUp3m: 4,
    });
    expect(triples(check(sheet(AVSLUT_HEADERS, [avslutRow(person())])))).toEqual([]);
  });

  it("accepts codes, synonyms, blanks and any country name", () => {
    const rows = [
      row(),
      row({
        Utbildningsnivå: "Grundskola",
        Bakgrund: "Inrikes född",
        Partnerskap: "Ja",
        "Sysselsättning 3 mån": "Arbete",
      }),
      row({
        Utbildningsnivå: "universitet",
        Bakgrund: "Sverige",
        Partnerskap: "J",
        "Sysselsättning 3 mån": "studier",
      }),
      row({
        Utbildningsnivå: "",
        Bakgrund: "Irak",
        Folkbokföringsdatum: "",
        Partnerskap: "",
        "Sysselsättning 3 mån": "Annat",
      }),
      row({ Bakgrund: "Somalia" }),
      row({ Bakgrund: "Eritrea" }),
      row({ Bakgrund: "Afghanistan" }),
      row({ Bakgrund: "Okänt" }),
      row({ Bakgrund: "Född utomlands" }),
      row({ Bakgrund: "" }),
    ];
    expect(triples(check(sheet(HEADERS, rows)))).toEqual([]);
  });

  it("takes the countries of birth common in Stockholm for countries, not for typos of a code", () => {
    const countries = [
      "Afghanistan",
      "Albanien",
      "Algeriet",
      "Bangladesh",
      "Bosnien och Hercegovina",
      "Brasilien",
      "Chile",
      "Colombia",
      "Egypten",
      "Eritrea",
      "Etiopien",
      "Filippinerna",
      "Gambia",
      "Ghana",
      "Indien",
      "Indonesien",
      "Irak",
      "Iran",
      "Jemen",
      "Jordanien",
      "Kenya",
      "Kina",
      "Kosovo",
      "Kuba",
      "Libanon",
      "Libyen",
      "Marocko",
      "Mexiko",
      "Nigeria",
      "Nordmakedonien",
      "Pakistan",
      "Palestina",
      "Peru",
      "Ryssland",
      "Serbien",
      "Somalia",
      "Sri Lanka",
      "Storbritannien",
      "Sudan",
      "Sydafrika",
      "Syrien",
      "Thailand",
      "Tunisien",
      "Turkiet",
      "Uganda",
      "Ukraina",
      "Ungern",
      "USA",
      "Uzbekistan",
      "Vietnam",
      "Vitryssland",
      "Statslös",
      "Polen",
      "Finland",
      "Norge",
      "Danmark",
      "Tyskland",
      "Schweiz",
    ];
    const report = check(
      sheet(
        HEADERS,
        countries.map((country) => row({ Bakgrund: country }))
      )
    );
    expect(triples(report)).toEqual([]);
  });

  it("reports unknown codes with a suggestion, and a typo of a Bakgrund code but not a country", () => {
    const rows = [
      row({ Utbildningsnivå: "Gymnasal" }),
      row({ Bakgrund: "Inrikse född" }),
      row({ Bakgrund: "Utrikesfödd" }), // as in every code list, a code written without its space
      row({ Bakgrund: "Sverge" }),
      row({ Partnerskap: "Jaa" }),
      row({ "Sysselsättning 3 mån": "Arbetsökande" }),
      row({ Folkbokföringsdatum: "2019-13-40" }),
      row({ Bakgrund: "Marocko" }),
    ];
    const report = check(sheet(HEADERS, rows));
    expect(triples(report)).toEqual([
      [2, "Utbildningsnivå", "code/unknown"],
      [3, "Bakgrund", "code/unknown"],
      [4, "Bakgrund", "code/unknown"],
      [5, "Bakgrund", "code/unknown"],
      [6, "Partnerskap", "code/unknown"],
      [7, "Sysselsättning 3 mån", "code/unknown"],
      [8, "Folkbokföringsdatum", "date/invalid"],
    ]);
    expect(
      report.issues
        .slice(0, 6)
        .map((i) => i.message.en.replace(/^.*is not in the code list\. ?/, ""))
    ).toEqual([
      'Did you mean "Gymnasial"?',
      'Did you mean "Inrikes född"?',
      'Did you mean "Utrikes född"?',
      'Did you mean "Sverige"?',
      'Did you mean "Ja"?',
      'Did you mean "Arbetssökande"?',
    ]);
    expect(report.issues[1].severity).toBe("warning");
  });
});
